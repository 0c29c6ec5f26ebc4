//! The API every generated property type shares, written once: the generated files state what
//! differs between types (fields, documentation, rules) and call [`property_type_api!`],
//! [`property_type_loaders!`] and [`builder_setters!`] for the rest.
//!
//! Besides writing the shared code once, the macros keep its local names (`map`, `key`,
//! `value`...) apart from the names of the properties, which the generated files pass in:
//! `macro_rules!` hygiene lets a type have properties called `Key`, `Value` or `Map`.

/// The shared API of a generated property type `$name`, whose builder is `$builder`, whose
/// validator is `$checker` and whose validation context is `$context`:
///
/// - inherent `TYPE_NAME`, `builder`, `check`, `check_with`, `from_value`, `from_value_with`,
///   `validate`, `validate_with` and `to_json` on `$name`;
/// - `Deserialize` for `$name`, which checks: it fails with the report's problems, never
///   skipping a rule. It reads straight into `$name` (`runtime::stream`) and asks the typed
///   twin (`accepts`); anything else is checked as the JSON written;
/// - `build` and `build_with` on `$builder`, which check the result.
///
/// - `accepts_json`, the JSON twin of `$checker`, and `Hold<$context>` for `$name`, which the
///   twins of the types that hold it ask.
///
/// `$name` must implement `Serialize`, `Literal`, `StreamedObject` and `PropertyType<$context>`
/// (its checker and JSON twin), and have the inherent
/// `fn accepts(&self, &$context, depth: usize) -> bool` (the typed twin of `$checker`);
/// `$builder` must implement `Serialize`, and `$checker` be
/// `fn<'r>(&mut Checker<'r>, &$context, &'r serde_json::Value)`.
macro_rules! property_type_api {
    ($name:ident, $type_name:literal, $builder:ident, $checker:ident, $context:ty) => {
        impl $name {
            /// The CloudFormation name of the property type.
            pub const TYPE_NAME: &'static str = $type_name;

            /// A builder; `build()` checks the result.
            pub fn builder() -> $builder {
                <$builder>::default()
            }

            /// Checks JSON as it appears in a template: every problem at once, each with a JSON
            /// Pointer relative to the value, a rule id and a message. Never panics.
            ///
            #[doc = concat!("The value may be `", stringify!($name), "` or an `Fn::If` choosing")]
            /// between such objects.
            pub fn check(value: &serde_json::Value) -> $crate::runtime::report::Report {
                Self::check_with(value, &<$context>::default())
            }

            /// [`Self::check`], with facts about the enclosing resource that some rules need.
            pub fn check_with(
                value: &serde_json::Value,
                context: &$context,
            ) -> $crate::runtime::report::Report {
                let checked = || {
                    let mut report = $crate::runtime::report::Report::new();
                    $checker(
                        &mut $crate::runtime::check::Checker::new(&mut report),
                        context,
                        value,
                    );
                    report
                };
                // The JSON twin first: most values are fine, and it decides them with less work.
                if Self::accepts_json(context, value) {
                    debug_assert!(
                        checked().is_empty(),
                        "the JSON twin accepts what the checker does not: {value}"
                    );
                    return $crate::runtime::report::Report::new();
                }
                checked()
            }

            /// Checks and loads JSON: `Err` carries the whole report (warnings too) when it
            /// holds at least one error.
            pub fn from_value(
                value: &serde_json::Value,
            ) -> Result<Self, $crate::runtime::report::Report> {
                Self::from_value_with(value, &<$context>::default())
            }

            /// [`Self::from_value`], with facts about the enclosing resource.
            pub fn from_value_with(
                value: &serde_json::Value,
                context: &$context,
            ) -> Result<Self, $crate::runtime::report::Report> {
                $crate::runtime::load(value, Self::check_with(value, context))
            }

            /// Checks a value built or changed in code, by the same rules as [`Self::check`].
            pub fn validate(&self) -> $crate::runtime::report::Report {
                Self::validate_with(self, &<$context>::default())
            }

            /// [`Self::validate`], with facts about the enclosing resource.
            pub fn validate_with(&self, context: &$context) -> $crate::runtime::report::Report {
                // The typed twin decides most values without writing their JSON.
                if self.accepts(context, 0) {
                    debug_assert!(
                        Self::check_with(&self.to_json(), context).is_empty(),
                        "the typed twin accepts only what the checker finds nothing in"
                    );
                    return $crate::runtime::report::Report::new();
                }
                Self::check_with(&self.to_json(), context)
            }

            /// The JSON CloudFormation reads: absent properties are omitted, intrinsic
            /// functions and converted literals are written as they were read.
            pub fn to_json(&self) -> serde_json::Value {
                // Serializing into a `serde_json::Value` fails only for maps with non-string
                // keys, which these types do not have.
                serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
            }

            #[doc = concat!("`true` when [`", stringify!($checker), "`] would find no problem at all in `value`:")]
            /// the JSON twin, which `check` runs first. It reads literals itself and hands the
            /// checker only what is not one; `false` when it is not sure.
            pub(crate) fn accepts_json(context: &$context, value: &serde_json::Value) -> bool {
                let mut report = $crate::runtime::report::Report::new();
                let twin = &mut $crate::runtime::accept::Accept::new(context, &mut report, 0);
                <Self as $crate::runtime::shape::PropertyType<$context>>::accept_json(twin, value);
                twin.fine()
            }
        }

        impl $name {
            /// The shape of the type's objects, for the validators of the types that hold it.
            #[allow(dead_code, reason = "a type that no other type holds has no use for it")]
            pub(crate) const SHAPE: $crate::runtime::shape::Object<Self> =
                $crate::runtime::shape::Object::SHAPE;
        }

        impl $crate::runtime::accept::Hold<$context> for $name {
            fn settled(&self, context: &$context, depth: usize) -> bool {
                self.accepts(context, depth)
            }
            fn json(&self) -> std::borrow::Cow<'_, serde_json::Value> {
                std::borrow::Cow::Owned(self.to_json())
            }
        }

        /// Deserializing checks: it fails with the report's problems, never skipping a rule.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use $crate::runtime::stream::{Typed, stream_boxed};
                let context = <$context>::default();
                // `Self`, not `$name`: a property type named `D` or `Typed` is shadowed here.
                match stream_boxed::<Self, D>(deserializer)? {
                    // Read straight into `Self`: checked by the typed twin, or as the JSON it
                    // serializes to, which is the JSON written.
                    Typed::Fits(value) => {
                        let report = value.validate_with(&context);
                        if report.has_errors() {
                            Err(serde::de::Error::custom(report))
                        } else {
                            Ok(*value)
                        }
                    }
                    // Something did not fit the types: the JSON written is checked and loaded.
                    Typed::Json(json) => {
                        let report = Self::check_with(&json, &context);
                        $crate::runtime::load_owned(json, report).map_err(serde::de::Error::custom)
                    }
                }
            }
        }

        impl $builder {
            /// Builds the value and checks it: `Err` lists every missing or invalid property.
            pub fn build(self) -> Result<$name, $crate::runtime::report::Report> {
                self.build_with(&<$context>::default())
            }

            /// [`Self::build`], with facts about the enclosing resource.
            pub fn build_with(
                self,
                context: &$context,
            ) -> Result<$name, $crate::runtime::report::Report> {
                // A builder holds only strings, numbers, lists and maps with string keys, so it
                // always serializes.
                let json = serde_json::to_value(&self).unwrap_or(serde_json::Value::Null);
                $crate::runtime::load(&json, <$name>::check_with(&json, context))
            }
        }
    };
}

pub(crate) use property_type_api;

/// How a generated property type `$name` is loaded: `Literal` (from JSON that checked clean,
/// property by property) and `StreamedLiteral` with `StreamedObject` (straight from a
/// deserializer, each property typed where it fits).
///
/// `$what` names the type in the messages of values that do not fit (`"a Thing object"`) and
/// `$names` is its `PropertyNames`. Then come its properties, each as the runtime function that
/// loads it from checked JSON (`required` or `optional`), its index in `$names` and its field;
/// last, the fields without an `Option`, which the streamed object must have read:
///
/// ```ignore
/// property_type_loaders!(
///     Tag,
///     "a Tag object",
///     PROPERTY_NAMES,
///     [required(0, key), optional(1, value)],
///     [key],
/// );
/// ```
macro_rules! property_type_loaders {
    (
        $name:ident,
        $what:literal,
        $names:ident,
        [$($load:ident($index:literal, $field:ident)),* $(,)?],
        [$($required:ident),* $(,)?] $(,)?
    ) => {
        impl $crate::runtime::value::Literal for $name {
            fn from_json(
                json: &serde_json::Value,
            ) -> Result<Self, $crate::runtime::value::Mismatch> {
                Self::from_properties($crate::runtime::value::Properties::borrowed(json, $what)?)
            }
            fn from_json_owned(
                json: serde_json::Value,
            ) -> Result<Self, $crate::runtime::value::Mismatch> {
                Self::from_properties($crate::runtime::value::Properties::owned(json, $what)?)
            }
            fn is_canonical(json: &serde_json::Value) -> bool {
                json.is_object()
            }
        }

        impl $name {
            /// Loads the properties of checked JSON, one by one.
            fn from_properties(
                properties: $crate::runtime::value::Properties<'_>,
            ) -> Result<Self, $crate::runtime::value::Mismatch> {
                let [$($field),*] = properties.values(&$names);
                Ok(Self {
                    $($field: $crate::runtime::value::$load($field, $names.names[$index])?,)*
                })
            }
        }

        impl $crate::runtime::stream::StreamedLiteral for $name {
            fn stream_value<'de, D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<
                $crate::runtime::stream::Typed<$crate::runtime::value::Value<Self>>,
                D::Error,
            > {
                $crate::runtime::stream::stream_object(deserializer)
            }
        }

        impl $crate::runtime::stream::StreamedObject for $name {
            fn stream_entries<'de, A: serde::de::MapAccess<'de>, W>(
                first: std::borrow::Cow<'de, str>,
                mut map: A,
                wrap: impl FnOnce(Self) -> W,
            ) -> Result<$crate::runtime::stream::Typed<W>, A::Error> {
                // Each slot holds its property's typed value, `Option<_>`; `order` keeps where
                // each key first came, and the JSON of the values that do not fit their type.
                $(let mut $field = None;)*
                let mut order = $crate::runtime::stream::Order::default();
                // The entries are read in a closure, so that an error leaves from one place.
                $crate::runtime::stream::entries(first, &mut map, |key, map| {
                    match ($names.index)(&key) {
                        $(Some($index) => {
                            $crate::runtime::stream::next_value(map, &mut order, $index, &mut $field)
                        })*
                        _ => {
                            order.unknown(key.into_owned(), map.next_value()?);
                            Ok(())
                        }
                    }
                })?;
                Ok(match ($($required,)* order.fits(),) {
                    ($(Some($required),)* true,) => {
                        $crate::runtime::stream::Typed::Fits(wrap(Self { $($field,)* }))
                    }
                    ($($required,)* _,) => $crate::runtime::stream::Typed::Json(order.rebuild(
                        &$names.names,
                        &mut |i| match i {
                            $($index => $crate::runtime::stream::written_of(&$field),)*
                            _ => None,
                        },
                    )),
                })
            }
        }
    };
}

pub(crate) use property_type_loaders;

/// The two setters of one property on a builder: `$field` to set it (or, for a list or a map,
/// to add one item or entry) and `$set` to set or clear the whole value. `$wire` is the
/// property's CloudFormation name; the last argument is the type of the value (of an item, for
/// a list or a map), `T` standing for a `Value<T>` (a literal or an intrinsic function) and
/// `serde_json::Value` for any JSON:
///
/// | invocation | `$field` takes | `$set` takes |
/// | --- | --- | --- |
/// | `builder_setters!(name, set_name, "Name", String)` | `impl Into<Value<String>>` | `Option<Value<String>>` |
/// | `builder_setters!(list tags, set_tags, "Tags", String)` | `impl Into<Value<String>>` (appended) | `Option<Value<Vec<Value<String>>>>` |
/// | `builder_setters!(map headers, set_headers, "Headers", String)` | a key and `impl Into<Value<String>>` | `Option<Value<BTreeMap<String, Value<String>>>>` |
/// | `builder_setters!(body, set_body, "Body", serde_json::Value)` | `impl Into<serde_json::Value>` | `Option<serde_json::Value>` |
macro_rules! builder_setters {
    // Lists and maps: `$item` is the Rust type of one item, already wrapped.
    (@list $field:ident, $set:ident, $wire:literal, $item:ty) => {
        #[doc = concat!(
            "Appends one item to `",
            $wire,
            "` (replacing an intrinsic function set with [`Self::",
            stringify!($set),
            "`])."
        )]
        pub fn $field(mut self, item: impl Into<$item>) -> Self {
            $crate::runtime::value::push_item(&mut self.$field, item.into());
            self
        }

        $crate::runtime::macros::builder_setters!(
            @set $field, $set, $wire, $crate::runtime::value::Value<Vec<$item>>
        );
    };
    (@map $field:ident, $set:ident, $wire:literal, $item:ty) => {
        #[doc = concat!(
            "Adds one entry to `",
            $wire,
            "` (replacing an intrinsic function set with [`Self::",
            stringify!($set),
            "`])."
        )]
        pub fn $field(mut self, key: impl Into<String>, value: impl Into<$item>) -> Self {
            $crate::runtime::value::insert_entry(&mut self.$field, key.into(), value.into());
            self
        }

        $crate::runtime::macros::builder_setters!(
            @set $field,
            $set,
            $wire,
            $crate::runtime::value::Value<std::collections::BTreeMap<String, $item>>
        );
    };
    // A single value: `$ty` is the Rust type of the property, already wrapped.
    (@one $field:ident, $set:ident, $wire:literal, $ty:ty) => {
        #[doc = concat!("Sets `", $wire, "`.")]
        pub fn $field(mut self, value: impl Into<$ty>) -> Self {
            self.$field = Some(value.into());
            self
        }

        $crate::runtime::macros::builder_setters!(@set $field, $set, $wire, $ty);
    };
    (@set $field:ident, $set:ident, $wire:literal, $ty:ty) => {
        #[doc = concat!("Sets `", $wire, "`, or clears it with `None`.")]
        pub fn $set(mut self, value: Option<$ty>) -> Self {
            self.$field = value;
            self
        }
    };
    (list $field:ident, $set:ident, $wire:literal, serde_json::Value) => {
        $crate::runtime::macros::builder_setters!(@list $field, $set, $wire, serde_json::Value);
    };
    (list $field:ident, $set:ident, $wire:literal, $item:ty) => {
        $crate::runtime::macros::builder_setters!(
            @list $field, $set, $wire, $crate::runtime::value::Value<$item>
        );
    };
    (map $field:ident, $set:ident, $wire:literal, serde_json::Value) => {
        $crate::runtime::macros::builder_setters!(@map $field, $set, $wire, serde_json::Value);
    };
    (map $field:ident, $set:ident, $wire:literal, $item:ty) => {
        $crate::runtime::macros::builder_setters!(
            @map $field, $set, $wire, $crate::runtime::value::Value<$item>
        );
    };
    ($field:ident, $set:ident, $wire:literal, serde_json::Value) => {
        $crate::runtime::macros::builder_setters!(@one $field, $set, $wire, serde_json::Value);
    };
    ($field:ident, $set:ident, $wire:literal, $ty:ty) => {
        $crate::runtime::macros::builder_setters!(
            @one $field, $set, $wire, $crate::runtime::value::Value<$ty>
        );
    };
}

pub(crate) use builder_setters;
