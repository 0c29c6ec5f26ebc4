// CDK app that synthesizes the CloudFormation templates in tests/data/cdk/.
// Plain JavaScript (no TypeScript build). Regenerate with:
//   node app.js [outdir] [dest]   (default outdir: ./cdk.out)
// It prints which <outdir>/<StackName>.template.json becomes which file; with
// `dest`, it also copies each template there under that name, byte for byte.
// `npx cdk synth --app "node app.js" --no-version-reporting --path-metadata false
// --asset-metadata false -o OUTDIR` writes the same templates.
'use strict';

const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const { Duration } = cdk;
const apigw = require('aws-cdk-lib/aws-apigateway');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const cognito = require('aws-cdk-lib/aws-cognito');
const sfn = require('aws-cdk-lib/aws-stepfunctions');

// Under `cdk synth` the CLI passes CDK_OUTDIR; otherwise argv[2] or ./cdk.out.
const outdir = process.env.CDK_OUTDIR || process.argv[2] || path.join(__dirname, 'cdk.out');
const dest = process.argv[3];

const app = new cdk.App({
  outdir,
  analyticsReporting: false,
  context: {
    'aws:cdk:version-reporting': false,
    'aws:cdk:enable-path-metadata': false,
    'aws:cdk:enable-asset-metadata': false,
  },
});

// No BootstrapVersion Parameter/Rule; everything else is the default synthesizer.
const synthesizer = () => new cdk.DefaultStackSynthesizer({ generateBootstrapVersionRule: false });

function fn(scope, id, body) {
  return new lambda.Function(scope, id, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(body || 'exports.handler = async () => ({ statusCode: 200, body: "ok" });'),
  });
}

const FILES = {};
function stack(id, file) {
  FILES[id] = file;
  return new cdk.Stack(app, id, { synthesizer: synthesizer() });
}

// ---------------------------------------------------------------------------
// 1. LambdaRestApi, proxy, default settings: ANY on / and ANY on {proxy+}.
{
  const s = stack('LambdaProxyStack', 'lambda-proxy.json');
  new apigw.LambdaRestApi(s, 'ProxyApi', { handler: fn(s, 'Handler') });
}

// ---------------------------------------------------------------------------
// 2. RestApi with defaultCorsPreflightOptions -> OPTIONS MOCK methods everywhere.
{
  const s = stack('CorsPreflightStack', 'cors-preflight.json');
  const api = new apigw.RestApi(s, 'CorsApi', {
    defaultCorsPreflightOptions: {
      allowOrigins: apigw.Cors.ALL_ORIGINS,
      allowHeaders: ['Content-Type', 'Authorization', 'X-Api-Key'],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
    },
  });
  const h = fn(s, 'Handler');
  api.root.addMethod('GET', new apigw.LambdaIntegration(h));
  const items = api.root.addResource('items');
  items.addMethod('GET', new apigw.LambdaIntegration(h));
  items.addMethod('POST', new apigw.LambdaIntegration(h));
  items.addResource('{id}').addMethod('GET', new apigw.LambdaIntegration(h));
  // A resource with its own, richer CORS options (explicit origins list,
  // credentials, exposed headers, max age, custom status code).
  const strict = api.root.addResource('strict', {
    defaultCorsPreflightOptions: {
      allowOrigins: ['https://a.example.com', 'https://b.example.com'],
      allowHeaders: apigw.Cors.DEFAULT_HEADERS,
      allowMethods: apigw.Cors.ALL_METHODS,
      allowCredentials: true,
      exposeHeaders: ['X-Request-Id'],
      maxAge: Duration.minutes(10),
      statusCode: 200,
    },
  });
  strict.addMethod('PUT', new apigw.MockIntegration({
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: [{
      statusCode: '200',
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'https://a.example.com'" },
    }],
  }), {
    methodResponses: [{
      statusCode: '200',
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': true },
    }],
  });
  // Single origin, disableCache.
  const single = api.root.addResource('single', {
    defaultCorsPreflightOptions: {
      allowOrigins: ['https://only.example.com'],
      disableCache: true,
    },
  });
  single.addMethod('GET', new apigw.LambdaIntegration(h));
}

// ---------------------------------------------------------------------------
// 3. AwsIntegration to SQS and DynamoDB (non-proxy), MockIntegration.
{
  const s = stack('SqsServiceStack', 'sqs-service.json');
  const queue = new sqs.Queue(s, 'Queue');
  const table = new dynamodb.Table(s, 'Table', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  });
  const role = new iam.Role(s, 'ApiRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  queue.grantSendMessages(role);
  table.grantReadWriteData(role);

  const api = new apigw.RestApi(s, 'ServiceApi');

  const errorModel = api.addModel('ErrorModel', {
    contentType: 'application/json',
    modelName: 'ErrorResponse',
    schema: {
      schema: apigw.JsonSchemaVersion.DRAFT4,
      type: apigw.JsonSchemaType.OBJECT,
      properties: { message: { type: apigw.JsonSchemaType.STRING } },
    },
  });

  // SQS SendMessage via path override.
  api.root.addResource('queue').addMethod('POST', new apigw.AwsIntegration({
    service: 'sqs',
    path: `${cdk.Aws.ACCOUNT_ID}/${queue.queueName}`,
    integrationHttpMethod: 'POST',
    options: {
      credentialsRole: role,
      passthroughBehavior: apigw.PassthroughBehavior.NEVER,
      requestParameters: {
        'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'",
      },
      requestTemplates: {
        'application/json': 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)',
      },
      integrationResponses: [
        {
          statusCode: '200',
          responseParameters: {
            'method.response.header.Content-Type': "'application/json'",
            'method.response.header.X-Message-Id': 'integration.response.body.SendMessageResponse.SendMessageResult.MessageId',
          },
          responseTemplates: { 'application/json': '{"queued": true}' },
        },
        {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseTemplates: { 'application/json': '{"message": "bad request"}' },
        },
        {
          statusCode: '500',
          selectionPattern: '5\\d{2}',
          responseParameters: { 'method.response.header.Content-Type': "'application/json'" },
          responseTemplates: { 'application/json': '{"message": "internal error"}' },
        },
      ],
    },
  }), {
    methodResponses: [
      {
        statusCode: '200',
        responseParameters: {
          'method.response.header.Content-Type': true,
          'method.response.header.X-Message-Id': false,
        },
        responseModels: { 'application/json': apigw.Model.EMPTY_MODEL },
      },
      { statusCode: '400', responseModels: { 'application/json': errorModel } },
      {
        statusCode: '500',
        responseParameters: { 'method.response.header.Content-Type': true },
        responseModels: { 'application/json': apigw.Model.ERROR_MODEL },
      },
    ],
  });

  // SQS via action (query-string style) with path/querystring request parameters.
  // (actionParameters must be literal strings: a token such as queue.queueUrl
  // would be URL-encoded into the Uri as "%24%7BToken%5B...%5D%7D".)
  api.root.addResource('queue-action').addResource('{group}').addMethod('POST', new apigw.AwsIntegration({
    service: 'sqs',
    action: 'SendMessage',
    actionParameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo' },
    integrationHttpMethod: 'POST',
    options: {
      credentialsRole: role,
      requestParameters: {
        'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'",
        'integration.request.querystring.MessageGroupId': 'method.request.path.group',
        'integration.request.querystring.MessageBody': 'method.request.body',
      },
      integrationResponses: [{ statusCode: '200' }],
    },
  }), {
    requestParameters: { 'method.request.path.group': true },
    methodResponses: [{ statusCode: '200' }],
  });

  // DynamoDB GetItem / PutItem.
  const item = api.root.addResource('items').addResource('{pk}');
  item.addMethod('GET', new apigw.AwsIntegration({
    service: 'dynamodb',
    action: 'GetItem',
    options: {
      credentialsRole: role,
      requestTemplates: {
        'application/json': JSON.stringify({
          TableName: table.tableName,
          Key: { pk: { S: "$input.params('pk')" } },
        }),
      },
      integrationResponses: [
        {
          statusCode: '200',
          responseTemplates: { 'application/json': "$input.json('$.Item')" },
          responseParameters: { 'method.response.header.Cache-Control': "'no-store'" },
        },
        { statusCode: '404', selectionPattern: '404' },
        { statusCode: '500', selectionPattern: '5\\d{2}' },
      ],
    },
  }), {
    requestParameters: { 'method.request.path.pk': true, 'method.request.header.X-Trace': false },
    methodResponses: [
      { statusCode: '200', responseParameters: { 'method.response.header.Cache-Control': true } },
      { statusCode: '404' },
      { statusCode: '500' },
    ],
  });
  item.addMethod('PUT', new apigw.AwsIntegration({
    service: 'dynamodb',
    action: 'PutItem',
    options: {
      credentialsRole: role,
      passthroughBehavior: apigw.PassthroughBehavior.WHEN_NO_TEMPLATES,
      requestTemplates: {
        'application/json': `{"TableName": "${table.tableName}", "Item": {"pk": {"S": "$input.params('pk')"}, "body": {"S": "$util.escapeJavaScript($input.body)"}}}`,
      },
      integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{}' } }],
    },
  }), {
    requestParameters: { 'method.request.path.pk': true },
    methodResponses: [{ statusCode: '200' }],
  });

  // MockIntegration: 200 / 400 / 500 chosen by selectionPattern.
  api.root.addResource('mock').addMethod('GET', new apigw.MockIntegration({
    requestTemplates: {
      'application/json': "#if($input.params('fail') == 'yes'){\"statusCode\": 500}#elseif($input.params('bad') == 'yes'){\"statusCode\": 400}#else{\"statusCode\": 200}#end",
    },
    passthroughBehavior: apigw.PassthroughBehavior.NEVER,
    integrationResponses: [
      {
        statusCode: '200',
        responseParameters: {
          'method.response.header.X-Mock': "'true'",
          'method.response.header.Access-Control-Allow-Origin': "'*'",
        },
        responseTemplates: { 'application/json': '{"ok": true}' },
      },
      {
        statusCode: '400',
        selectionPattern: '400',
        responseTemplates: { 'application/json': '{"ok": false}' },
        contentHandling: apigw.ContentHandling.CONVERT_TO_TEXT,
      },
      {
        statusCode: '500',
        selectionPattern: '5\\d{2}',
        responseParameters: { 'method.response.header.X-Mock': "'error'" },
      },
    ],
  }), {
    requestParameters: {
      'method.request.querystring.fail': false,
      'method.request.querystring.bad': false,
    },
    methodResponses: [
      {
        statusCode: '200',
        responseParameters: {
          'method.response.header.X-Mock': true,
          'method.response.header.Access-Control-Allow-Origin': true,
        },
      },
      { statusCode: '400' },
      { statusCode: '500', responseParameters: { 'method.response.header.X-Mock': true } },
    ],
  });
}

// ---------------------------------------------------------------------------
// 4. HttpIntegration proxy on {proxy+} with path parameter mapping; cache keys.
{
  const s = stack('HttpProxyStack', 'http-proxy.json');
  const api = new apigw.RestApi(s, 'HttpProxyApi', {
    deployOptions: { cachingEnabled: true, cacheClusterEnabled: true, cacheClusterSize: '0.5' },
  });
  const proxy = api.root.addResource('{proxy+}');
  proxy.addMethod('ANY', new apigw.HttpIntegration('https://backend.example.com/{proxy}', {
    proxy: true,
    httpMethod: 'ANY',
    options: {
      requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
      cacheKeyParameters: ['method.request.path.proxy'],
      cacheNamespace: 'proxy-ns',
    },
  }), {
    requestParameters: { 'method.request.path.proxy': true },
  });

  // Non-proxy HTTP integration with query-string mapping, cache keys, and
  // integration/method responses.
  const search = api.root.addResource('search');
  search.addMethod('GET', new apigw.HttpIntegration('https://backend.example.com/search', {
    proxy: false,
    httpMethod: 'GET',
    options: {
      requestParameters: {
        'integration.request.querystring.q': 'method.request.querystring.q',
        'integration.request.header.X-Forwarded-Key': 'method.request.header.X-Api-Key',
      },
      cacheKeyParameters: ['method.request.querystring.q'],
      integrationResponses: [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.X-Backend': 'integration.response.header.Server' },
        },
        { statusCode: '502', selectionPattern: '5\\d{2}' },
      ],
    },
  }), {
    requestParameters: {
      'method.request.querystring.q': true,
      'method.request.header.X-Api-Key': false,
    },
    methodResponses: [
      { statusCode: '200', responseParameters: { 'method.response.header.X-Backend': true } },
      { statusCode: '502' },
    ],
  });

  // RestApi.addProxy: HttpIntegration proxy with default options (no
  // requestParameters), the shape many users write.
  const v2 = api.root.addResource('v2');
  v2.addProxy({
    defaultIntegration: new apigw.HttpIntegration('https://v2.example.com/', { proxy: true }),
    anyMethod: true,
  });
}

// ---------------------------------------------------------------------------
// 5. Authorizers: Cognito (with scopes), Token, Request, and IAM.
{
  const s = stack('AuthorizersStack', 'authorizers.json');
  const pool = new cognito.UserPool(s, 'Pool');
  const authFn = fn(s, 'AuthFn', 'exports.handler = async () => ({ principalId: "u", policyDocument: { Version: "2012-10-17", Statement: [] } });');
  const h = fn(s, 'Handler');

  const api = new apigw.RestApi(s, 'AuthApi');

  const cognitoAuth = new apigw.CognitoUserPoolsAuthorizer(s, 'CognitoAuth', {
    cognitoUserPools: [pool],
  });
  const tokenAuth = new apigw.TokenAuthorizer(s, 'TokenAuth', {
    handler: authFn,
    identitySource: apigw.IdentitySource.header('Authorization'),
    validationRegex: '^Bearer [-0-9a-zA-Z._]*$',
    resultsCacheTtl: Duration.minutes(5),
  });
  const requestAuth = new apigw.RequestAuthorizer(s, 'RequestAuth', {
    handler: authFn,
    identitySources: [
      apigw.IdentitySource.header('X-Auth'),
      apigw.IdentitySource.queryString('token'),
    ],
    resultsCacheTtl: Duration.seconds(0),
  });

  api.root.addResource('cognito').addMethod('GET', new apigw.LambdaIntegration(h), {
    authorizer: cognitoAuth,
    authorizationType: apigw.AuthorizationType.COGNITO,
    authorizationScopes: ['email', 'openid', 'api/read'],
  });
  api.root.addResource('token').addMethod('GET', new apigw.LambdaIntegration(h), {
    authorizer: tokenAuth,
  });
  api.root.addResource('request').addMethod('POST', new apigw.LambdaIntegration(h), {
    authorizer: requestAuth,
    authorizationType: apigw.AuthorizationType.CUSTOM,
  });
  api.root.addResource('iam').addMethod('GET', new apigw.LambdaIntegration(h), {
    authorizationType: apigw.AuthorizationType.IAM,
  });
  api.root.addResource('apikey').addMethod('GET', new apigw.LambdaIntegration(h), {
    apiKeyRequired: true,
    authorizationType: apigw.AuthorizationType.NONE,
  });
  api.addUsagePlan('Plan').addApiStage({ stage: api.deploymentStage });

  // Resource-level default authorizer inherited by child methods.
  const secured = api.root.addResource('secured', {
    defaultMethodOptions: { authorizer: cognitoAuth, authorizationScopes: ['api/admin'] },
  });
  secured.addMethod('GET', new apigw.LambdaIntegration(h));
  secured.addResource('{id}').addMethod('DELETE', new apigw.LambdaIntegration(h));
}

// ---------------------------------------------------------------------------
// 6. LambdaIntegration with a 300 s timeout and response streaming.
{
  const s = stack('StreamingStack', 'streaming.json');
  const h = fn(s, 'StreamFn', 'exports.handler = awslambda.streamifyResponse(async (e, s) => { s.write("hi"); s.end(); });');
  const api = new apigw.RestApi(s, 'StreamingApi', {
    endpointConfiguration: { types: [apigw.EndpointType.REGIONAL] },
  });
  api.root.addResource('stream').addMethod('POST', new apigw.LambdaIntegration(h, {
    timeout: Duration.seconds(300),
    responseTransferMode: apigw.ResponseTransferMode.STREAM,
  }));
  api.root.addResource('slow').addMethod('GET', new apigw.LambdaIntegration(h, {
    timeout: Duration.seconds(120),
  }));
  api.root.addResource('buffered').addMethod('GET', new apigw.LambdaIntegration(h, {
    responseTransferMode: apigw.ResponseTransferMode.BUFFERED,
  }));
  api.root.addResource('http-stream').addResource('{proxy+}').addMethod('ANY', new apigw.HttpIntegration('https://stream.example.com/{proxy}', {
    proxy: true,
    httpMethod: 'ANY',
    options: {
      timeout: Duration.seconds(90),
      responseTransferMode: apigw.ResponseTransferMode.STREAM,
      requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    },
  }), {
    requestParameters: { 'method.request.path.proxy': true },
  });
}

// ---------------------------------------------------------------------------
// 7a. StepFunctionsRestApi, plus StepFunctionsIntegration on a plain RestApi.
{
  const s = stack('StepFunctionsStack', 'step-functions.json');
  const sm = new sfn.StateMachine(s, 'StateMachine', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'PassState')),
    stateMachineType: sfn.StateMachineType.EXPRESS,
  });
  new apigw.StepFunctionsRestApi(s, 'SfnApi', {
    stateMachine: sm,
    headers: true,
    path: true,
    querystring: true,
    authorizer: false,
    requestContext: { caller: true, user: true, requestId: true },
  });

  const api = new apigw.RestApi(s, 'SfnIntegrationApi');
  api.root.addResource('start').addMethod('POST', apigw.StepFunctionsIntegration.startExecution(sm));
  // useDefaultMethodResponses: false plus the user's own method responses for
  // the three status codes the integration always maps (200/400/500).
  api.root.addResource('start-custom').addMethod('POST', apigw.StepFunctionsIntegration.startExecution(sm, {
    useDefaultMethodResponses: false,
  }), {
    methodResponses: [
      { statusCode: '200', responseParameters: { 'method.response.header.X-Execution': false } },
      { statusCode: '400' },
      { statusCode: '500' },
    ],
  });
}

// ---------------------------------------------------------------------------
// 7b. Request validation and models, non-proxy Lambda with response mapping.
{
  const s = stack('ValidationStack', 'validation-models.json');
  const h = fn(s, 'Handler');
  const api = new apigw.RestApi(s, 'ValidationApi');
  const petModel = api.addModel('PetModel', {
    contentType: 'application/json',
    modelName: 'Pet',
    schema: {
      schema: apigw.JsonSchemaVersion.DRAFT4,
      title: 'pet',
      type: apigw.JsonSchemaType.OBJECT,
      required: ['name'],
      properties: {
        name: { type: apigw.JsonSchemaType.STRING },
        age: { type: apigw.JsonSchemaType.INTEGER, minimum: 0 },
      },
    },
  });
  const validator = api.addRequestValidator('BodyValidator', {
    requestValidatorName: 'body-only',
    validateRequestBody: true,
    validateRequestParameters: false,
  });

  const pets = api.root.addResource('pets');
  pets.addMethod('POST', new apigw.LambdaIntegration(h, {
    proxy: false,
    requestTemplates: { 'application/json': '{"body": $input.json(\'$\')}' },
    integrationResponses: [
      {
        statusCode: '201',
        responseParameters: { 'method.response.header.Location': 'integration.response.body.location' },
        responseTemplates: { 'application/json': "$input.json('$')" },
      },
      {
        statusCode: '400',
        selectionPattern: '.*ValidationError.*',
        responseTemplates: { 'application/json': '{"message": $input.json(\'$.errorMessage\')}' },
      },
    ],
  }), {
    requestModels: { 'application/json': petModel },
    requestValidator: validator,
    methodResponses: [
      {
        statusCode: '201',
        responseParameters: { 'method.response.header.Location': true },
        responseModels: { 'application/json': petModel },
      },
      { statusCode: '400', responseModels: { 'application/json': apigw.Model.ERROR_MODEL } },
    ],
  });

  // requestValidatorOptions creates an inline validator for this method.
  pets.addResource('{petId}').addMethod('GET', new apigw.LambdaIntegration(h), {
    requestParameters: {
      'method.request.path.petId': true,
      'method.request.querystring.verbose': false,
      'method.request.header.X-Client': true,
    },
    requestValidatorOptions: {
      requestValidatorName: 'params-only',
      validateRequestParameters: true,
    },
    methodResponses: [
      { statusCode: '200', responseModels: { 'application/json': petModel } },
      { statusCode: '404' },
    ],
  });

  // operationName and a Model.EMPTY_MODEL request model.
  pets.addMethod('GET', new apigw.LambdaIntegration(h), {
    operationName: 'ListPets',
    requestModels: { 'application/json': apigw.Model.EMPTY_MODEL },
    methodResponses: [{ statusCode: '200' }],
  });
}

// ---------------------------------------------------------------------------
// questionable/: shapes that aws-cdk-lib synthesizes without error but that are
// (or are likely to be) wrong at deploy time. Kept apart so a "no finding on
// CDK output" test can use the top-level files only.
{
  const s = stack('SfnNoMethodResponsesStack', 'questionable/step-functions-no-method-responses.json');
  const sm = new sfn.StateMachine(s, 'StateMachine', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'PassState')),
    stateMachineType: sfn.StateMachineType.EXPRESS,
  });
  // IntegrationResponses 200/400/500 are still emitted, but no MethodResponses.
  new apigw.StepFunctionsRestApi(s, 'SfnApi', { stateMachine: sm, useDefaultMethodResponses: false });
}
{
  const s = stack('SfnDuplicateStatusStack', 'questionable/step-functions-duplicate-method-responses.json');
  const sm = new sfn.StateMachine(s, 'StateMachine', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'PassState')),
    stateMachineType: sfn.StateMachineType.EXPRESS,
  });
  const api = new apigw.RestApi(s, 'Api');
  // Default method responses (200/400/500) plus a user 200 -> StatusCode "200"
  // twice in MethodResponses; synth records the warning
  // @aws-cdk/aws-apigateway:duplicateStatusCodes.
  api.root.addResource('start').addMethod('POST', apigw.StepFunctionsIntegration.startExecution(sm), {
    methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X-Execution': true } }],
  });
}

const assembly = app.synth();
for (const [id, file] of Object.entries(FILES)) {
  const st = assembly.getStackByName(id);
  const warnings = st.messages.map((m) => `${m.level}: ${m.entry.data}`);
  console.log(`${id}.template.json -> ${file}${warnings.length ? '\n    ' + warnings.join('\n    ') : ''}`);
  if (dest) {
    fs.mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
    fs.copyFileSync(path.join(assembly.directory, st.templateFile), path.join(dest, file));
  }
}
