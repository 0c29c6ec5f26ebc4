//! Named value forms (a URL, an ARN, a media type, a parameter mapping expression) and the
//! matcher that tests them against literals and against `Fn::Sub` / `Fn::Join` skeletons, where
//! each `${...}` or intrinsic part is a hole standing for text not known until deploy time.

/// One element of a form: the forms are sequences of these, tried left to right.
#[derive(Debug, Clone, Copy)]
pub enum Element {
    /// Exactly this text.
    Text(&'static str),
    /// One character of the class.
    One(fn(char) -> bool),
    /// One or more characters of the class.
    Many(fn(char) -> bool),
    /// Any text, possibly empty.
    Rest,
}

/// A named value form: the value must match one of the alternatives.
#[derive(Debug, Clone, Copy)]
pub struct Format {
    /// The name the spec refers to (`http-url`).
    pub name: &'static str,
    /// What the form is, for documentation.
    pub description: &'static str,
    /// The alternatives; a value matches the form when it matches one of them.
    pub alternatives: &'static [&'static [Element]],
}

/// A piece of a string value: known text, or a hole filled in at deploy time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    /// Literal text.
    Text(std::borrow::Cow<'a, str>),
    /// Text not known before deployment (`${AWS::Region}`, a `Ref` in `Fn::Join`).
    Hole,
}

/// How to read a hole when matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holes {
    /// A hole may be any text: "can this value match?" (used before reporting a value that
    /// must match, so that a value that may be right is never reported).
    AnyText,
    /// A hole is a name-like token (`[A-Za-z0-9._-]+`, as `${AWS::Region}` or `${Fn.Arn}`
    /// evaluate to in practice): "does this value match?" (used before reporting a value that
    /// must not match, or before acting on a condition).
    Token,
}

impl Format {
    /// Does the literal `text` match the form?
    pub fn matches(&self, text: &str) -> bool {
        self.matches_parts(&[Part::Text(text.into())], Holes::Token)
    }

    /// Does the skeleton `parts` match the form, reading holes as `holes` says?
    pub fn matches_parts(&self, parts: &[Part<'_>], holes: Holes) -> bool {
        self.alternatives
            .iter()
            .any(|elements| Matcher { elements }.accepts(parts, holes))
    }
}

/// A position in an alternative: the element index and, inside a `Text`, the byte offset (for
/// `Many`, 1 once a character was consumed).
type State = (usize, usize);

struct Matcher<'a> {
    elements: &'a [Element],
}

impl Matcher<'_> {
    fn accepts(&self, parts: &[Part<'_>], holes: Holes) -> bool {
        let mut states = self.closure(vec![(0, 0)]);
        for part in parts {
            states = match part {
                Part::Text(text) => text.chars().fold(states, |s, c| self.step(&s, c)),
                Part::Hole => match holes {
                    Holes::AnyText => self.skip_any(&states),
                    Holes::Token => self.skip_token(&states),
                },
            };
            if states.is_empty() {
                return false;
            }
        }
        states.contains(&(self.elements.len(), 0))
    }

    /// Adds the states reachable without consuming a character.
    fn closure(&self, mut states: Vec<State>) -> Vec<State> {
        let mut i = 0;
        while i < states.len() {
            let (index, offset) = states[i];
            let next = match self.elements.get(index) {
                Some(Element::Text(t)) if offset == t.len() => Some((index + 1, 0)),
                Some(Element::Many(_)) if offset == 1 => Some((index + 1, 0)),
                Some(Element::Rest) => Some((index + 1, 0)),
                _ => None,
            };
            if let Some(next) = next.filter(|n| !states.contains(n)) {
                states.push(next);
            }
            i += 1;
        }
        states
    }

    fn step(&self, states: &[State], c: char) -> Vec<State> {
        let mut next = Vec::new();
        for &(index, offset) in states {
            let moved = match self.elements.get(index) {
                Some(Element::Text(t)) if t[offset..].starts_with(c) => {
                    Some((index, offset + c.len_utf8()))
                }
                Some(Element::One(class)) if class(c) => Some((index + 1, 0)),
                Some(Element::Many(class)) if class(c) => Some((index, 1)),
                Some(Element::Rest) => Some((index, 0)),
                _ => None,
            };
            if let Some(m) = moved.filter(|m| !next.contains(m)) {
                next.push(m);
            }
        }
        self.closure(next)
    }

    /// A hole of any text: every position at or after a current one.
    fn skip_any(&self, states: &[State]) -> Vec<State> {
        let Some(first) = states.iter().map(|s| s.0).min() else {
            return Vec::new();
        };
        let mut next = states.to_vec();
        for index in first..=self.elements.len() {
            match self.elements.get(index) {
                Some(Element::Text(t)) => next.extend(
                    t.char_indices()
                        .map(|(o, _)| (index, o))
                        .chain([(index, t.len())]),
                ),
                Some(Element::Many(_)) => next.extend([(index, 0), (index, 1)]),
                _ => next.push((index, 0)),
            }
        }
        next.sort_unstable();
        next.dedup();
        self.closure(next)
    }

    /// A hole that is one or more name-like characters.
    fn skip_token(&self, states: &[State]) -> Vec<State> {
        const TOKEN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
        let mut reached: Vec<State> = Vec::new();
        let mut frontier = states.to_vec();
        while !frontier.is_empty() {
            let mut grown = Vec::new();
            for c in TOKEN.chars() {
                for s in self.step(&frontier, c) {
                    if !reached.contains(&s) && !grown.contains(&s) {
                        grown.push(s);
                    }
                }
            }
            reached.extend(grown.iter().copied());
            frontier = grown;
        }
        reached
    }
}

fn partition(c: char) -> bool {
    c.is_ascii_lowercase() || c == '-'
}
fn region(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}
fn digit(c: char) -> bool {
    c.is_ascii_digit()
}
fn status_class(c: char) -> bool {
    ('1'..='5').contains(&c)
}
fn service(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')
}
fn host(c: char) -> bool {
    !c.is_whitespace() && !matches!(c, '/' | '?' | '#')
}
fn non_space(c: char) -> bool {
    !c.is_whitespace()
}
fn role_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || "+=,.@_-/".contains(c)
}
fn function_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '$')
}
/// An HTTP token character (RFC 9110 `tchar`).
fn token(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}
/// A parameter name in a mapping expression (`^[a-zA-Z0-9._$-]+$`).
fn parameter(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '$' | '-')
}

use Element::{Many, One, Rest, Text};

/// An absolute `http://` or `https://` URL.
pub const HTTP_URL: Format = Format {
    name: "http-url",
    description: "an absolute http:// or https:// URL",
    alternatives: &[
        &[Text("http://"), Many(host), Rest],
        &[Text("https://"), Many(host), Rest],
    ],
};

/// `arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API`.
pub const APIGATEWAY_SERVICE_URI: Format = Format {
    name: "apigateway-service-uri",
    description: "arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API",
    alternatives: &[
        &[
            Text("arn:"),
            Many(partition),
            Text(":apigateway:"),
            Many(region),
            Text(":"),
            Many(service),
            Text(":path/"),
            Many(non_space),
        ],
        &[
            Text("arn:"),
            Many(partition),
            Text(":apigateway:"),
            Many(region),
            Text(":"),
            Many(service),
            Text(":action/"),
            Many(non_space),
        ],
    ],
};

/// `arn:PARTITION:apigateway:REGION:lambda:path/.../invocations`: a Lambda integration URI.
pub const LAMBDA_INVOCATION_URI: Format = Format {
    name: "lambda-invocation-uri",
    description: "arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations",
    alternatives: &[&[
        Text("arn:"),
        Many(partition),
        Text(":apigateway:"),
        Many(region),
        Text(":lambda:path/"),
        Rest,
        Text("/invocations"),
    ]],
};

/// `arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`.
pub const LAMBDA_FUNCTION_ARN: Format = Format {
    name: "lambda-function-arn",
    description: "a Lambda function ARN (arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME)",
    alternatives: &[&[
        Text("arn:"),
        Many(partition),
        Text(":lambda:"),
        Many(region),
        Text(":"),
        Many(digit),
        Text(":function:"),
        Many(function_name),
    ]],
};

/// `arn:PARTITION:iam::ACCOUNT:role/NAME`.
pub const IAM_ROLE_ARN: Format = Format {
    name: "iam-role-arn",
    description: "an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME)",
    alternatives: &[&[
        Text("arn:"),
        Many(partition),
        Text(":iam::"),
        Many(digit),
        Text(":role/"),
        Many(role_name),
    ]],
};

/// Exactly `arn:aws:iam::*:user/*`: API Gateway passes the caller's credentials through.
pub const IAM_CALLER_PASSTHROUGH: Format = Format {
    name: "iam-caller-passthrough",
    description: "arn:aws:iam::*:user/* (the caller's identity is passed through)",
    alternatives: &[&[Text("arn:aws:iam::*:user/*")]],
};

/// A media type, `type/subtype` with optional parameters.
pub const MEDIA_TYPE: Format = Format {
    name: "media-type",
    description: "a media type (type/subtype), such as application/json",
    alternatives: &[&[Many(token), Text("/"), Many(token), Rest]],
};

/// `integration.request.LOCATION.NAME`.
pub const INTEGRATION_REQUEST_PARAMETER: Format = Format {
    name: "integration-request-parameter",
    description: "integration.request.LOCATION.NAME (LOCATION: path, querystring, multivaluequerystring, header, multivalueheader)",
    alternatives: &[
        &[Text("integration.request.path."), Many(parameter)],
        &[Text("integration.request.querystring."), Many(parameter)],
        &[
            Text("integration.request.multivaluequerystring."),
            Many(parameter),
        ],
        &[Text("integration.request.header."), Many(parameter)],
        &[
            Text("integration.request.multivalueheader."),
            Many(parameter),
        ],
    ],
};

/// `method.request.LOCATION.NAME`, `method.request.body` or `method.request.body.JSONPATH`.
pub const METHOD_REQUEST_PARAMETER: Format = Format {
    name: "method-request-parameter",
    description: "method.request.LOCATION.NAME or method.request.body[.JSONPATH]",
    alternatives: &[
        &[Text("method.request.path."), Many(parameter)],
        &[Text("method.request.querystring."), Many(parameter)],
        &[
            Text("method.request.multivaluequerystring."),
            Many(parameter),
        ],
        &[Text("method.request.header."), Many(parameter)],
        &[Text("method.request.multivalueheader."), Many(parameter)],
        &[Text("method.request.body")],
        &[Text("method.request.body."), Many(non_space)],
    ],
};

/// `integration.response.header.NAME` or `integration.response.body[.JSONPATH]`.
pub const INTEGRATION_RESPONSE_PARAMETER: Format = Format {
    name: "integration-response-parameter",
    description: "integration.response.header.NAME, integration.response.multivalueheader.NAME or integration.response.body[.JSONPATH]",
    alternatives: &[
        &[Text("integration.response.header."), Many(parameter)],
        &[
            Text("integration.response.multivalueheader."),
            Many(parameter),
        ],
        &[Text("integration.response.body")],
        &[Text("integration.response.body."), Many(non_space)],
    ],
};

/// `method.response.header.NAME`.
pub const METHOD_RESPONSE_HEADER: Format = Format {
    name: "method-response-header",
    description: "method.response.header.NAME",
    alternatives: &[&[Text("method.response.header."), Many(parameter)]],
};

/// `context.NAME`: an API Gateway context variable. Authorizer claims may carry any name
/// (`context.authorizer.claims['cognito:groups']`), so the name is any text without spaces.
pub const CONTEXT_VARIABLE: Format = Format {
    name: "context-variable",
    description: "context.NAME",
    alternatives: &[&[Text("context."), Many(non_space)]],
};

/// `stageVariables.NAME`: a stage variable.
pub const STAGE_VARIABLE: Format = Format {
    name: "stage-variable",
    description: "stageVariables.NAME",
    alternatives: &[&[Text("stageVariables."), Many(parameter)]],
};

/// A static value enclosed in single quotes (`'application/json'`).
pub const QUOTED_STATIC_VALUE: Format = Format {
    name: "quoted-static-value",
    description: "a static value in single quotes",
    alternatives: &[&[Text("'"), Rest, Text("'")]],
};

/// A three-digit HTTP status code from 100 to 599.
pub const HTTP_STATUS_CODE: Format = Format {
    name: "http-status-code",
    description: "a three-digit HTTP status code (100 to 599)",
    alternatives: &[&[One(status_class), One(digit), One(digit)]],
};

/// Every named form, by name: the spec may refer to any of these.
pub const FORMATS: &[Format] = &[
    HTTP_URL,
    APIGATEWAY_SERVICE_URI,
    LAMBDA_INVOCATION_URI,
    LAMBDA_FUNCTION_ARN,
    IAM_ROLE_ARN,
    IAM_CALLER_PASSTHROUGH,
    MEDIA_TYPE,
    INTEGRATION_REQUEST_PARAMETER,
    METHOD_REQUEST_PARAMETER,
    INTEGRATION_RESPONSE_PARAMETER,
    METHOD_RESPONSE_HEADER,
    CONTEXT_VARIABLE,
    STAGE_VARIABLE,
    QUOTED_STATIC_VALUE,
    HTTP_STATUS_CODE,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(template: &str) -> Vec<Part<'_>> {
        crate::runtime::check::sub_skeleton(template)
    }

    #[test]
    fn literal_urls_and_arns() {
        assert!(HTTP_URL.matches("https://example.com/pets/{id}"));
        assert!(!HTTP_URL.matches("example.com"));
        assert!(!HTTP_URL.matches("https://"));
        assert!(APIGATEWAY_SERVICE_URI.matches(
            "arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/functions/arn:aws-cn:lambda:cn-north-1:123456789012:function:f/invocations"
        ));
        assert!(
            APIGATEWAY_SERVICE_URI
                .matches("arn:aws:apigateway:us-east-1:sqs.eu:action/SendMessage")
        );
        assert!(
            !APIGATEWAY_SERVICE_URI.matches("arn:aws:lambda:us-east-1:123456789012:function:f")
        );
        assert!(
            LAMBDA_FUNCTION_ARN
                .matches("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:f:live")
        );
        assert!(HTTP_STATUS_CODE.matches("404"));
        assert!(!HTTP_STATUS_CODE.matches("600"));
        assert!(!HTTP_STATUS_CODE.matches("20"));
        assert!(IAM_CALLER_PASSTHROUGH.matches("arn:aws:iam::*:user/*"));
        assert!(!IAM_ROLE_ARN.matches("arn:aws:iam::*:user/*"));
        assert!(QUOTED_STATIC_VALUE.matches("'*'"));
        assert!(!QUOTED_STATIC_VALUE.matches("*"));
        assert!(!QUOTED_STATIC_VALUE.matches("'"));
    }

    #[test]
    fn holes_may_be_any_text_when_asking_whether_a_value_can_match() {
        let uri = sub(
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations",
        );
        assert!(APIGATEWAY_SERVICE_URI.matches_parts(&uri, Holes::AnyText));
        assert!(sub("${WholeUri}").len() == 1);
        assert!(HTTP_URL.matches_parts(&sub("${WholeUri}"), Holes::AnyText));
        assert!(HTTP_URL.matches_parts(&sub("https://${Host}/x"), Holes::AnyText));
        assert!(!HTTP_URL.matches_parts(&sub("ftp://${Host}/x"), Holes::AnyText));
        let lambda_arn = sub("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}");
        assert!(!APIGATEWAY_SERVICE_URI.matches_parts(&lambda_arn, Holes::AnyText));
    }

    #[test]
    fn holes_are_tokens_when_asking_whether_a_value_does_match() {
        let lambda_arn = sub("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}");
        assert!(LAMBDA_FUNCTION_ARN.matches_parts(&lambda_arn, Holes::Token));
        assert!(!LAMBDA_FUNCTION_ARN.matches_parts(&sub("${FunctionArn}"), Holes::Token));
        let uri = sub(
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations",
        );
        assert!(LAMBDA_INVOCATION_URI.matches_parts(&uri, Holes::Token));
        assert!(!LAMBDA_INVOCATION_URI.matches_parts(&sub("${Uri}"), Holes::Token));
    }
}
