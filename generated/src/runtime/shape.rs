//! The JSON shapes of property values, as values the generated validators pass: a scalar
//! ([`Text`], [`Integer`], [`Double`], [`Boolean`], [`AnyJson`]), a property type's object
//! ([`Object`]), and lists and maps of a shape ([`List`], [`Map`]). The checker checks a value
//! against a shape ([`Shape::check`]) and the JSON twin decides a literal of it
//! ([`Shape::accept`]). Each shape is a type of its own, with nothing to read at run time, so
//! that both are compiled for it as a closure written in its place would be.

use std::marker::PhantomData;

use serde_json::Value as Json;

use super::accept::Accept;
use super::check::{Checker, Scalar};

/// A shape of JSON value, in the validators of a type whose rules read a context `C`.
pub trait Shape<C>: Copy {
    /// Checks that `value` has the shape: `Checker::scalar`, `list`, `map` or the checker of a
    /// property type.
    fn check<'r>(self, c: &mut Checker<'r>, context: &C, value: &'r Json);

    /// Decides `value` in the JSON twin `twin`: a literal of the shape is decided there,
    /// anything else goes to the checker or makes the twin unsure.
    fn accept<'r>(self, twin: &mut Accept<'r, C>, value: &'r Json);
}

/// The scalar shapes: each is a kind of [`Scalar`].
macro_rules! scalar_shapes {
    ($($(#[$doc:meta])* $name:ident => $kind:ident,)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        #[allow(
            dead_code,
            reason = "the runtime covers every primitive of the spec vocabulary; a spec may use only some"
        )]
        pub struct $name;

        impl<C> Shape<C> for $name {
            #[inline]
            fn check<'r>(self, c: &mut Checker<'r>, _context: &C, value: &'r Json) {
                c.scalar(value, Scalar::$kind);
            }

            #[inline]
            fn accept<'r>(self, twin: &mut Accept<'r, C>, value: &'r Json) {
                twin.scalar(value, Scalar::$kind);
            }
        }
    )*};
}

scalar_shapes! {
    /// A string (`Scalar::String`): CloudFormation also converts numbers and booleans.
    Text => String,
    /// An integer, or a string of one (`Scalar::Integer`).
    Integer => Integer,
    /// A number, or a string of one (`Scalar::Double`).
    Double => Double,
    /// A boolean, or `"true"` / `"false"` (`Scalar::Boolean`).
    Boolean => Boolean,
    /// Any JSON (`Scalar::Json`).
    AnyJson => Json,
}

/// A list whose items have the shape `S`.
#[derive(Debug, Clone, Copy)]
pub struct List<S>(pub S);

impl<C, S: Shape<C>> Shape<C> for List<S> {
    #[inline]
    fn check<'r>(self, c: &mut Checker<'r>, context: &C, value: &'r Json) {
        c.list(value, &|c, item| self.0.check(c, context, item));
    }

    #[inline]
    fn accept<'r>(self, twin: &mut Accept<'r, C>, value: &'r Json) {
        twin.list(value, |twin, item| self.0.accept(twin, item));
    }
}

/// A map with string keys whose values have the shape `S`.
#[derive(Debug, Clone, Copy)]
pub struct Map<S>(pub S);

impl<C, S: Shape<C>> Shape<C> for Map<S> {
    #[inline]
    fn check<'r>(self, c: &mut Checker<'r>, context: &C, value: &'r Json) {
        c.map(value, &|c, item| self.0.check(c, context, item));
    }

    #[inline]
    fn accept<'r>(self, twin: &mut Accept<'r, C>, value: &'r Json) {
        twin.map(value, |twin, item| self.0.accept(twin, item));
    }
}

/// A property type with its validator and its JSON twin, as each generated file implements it.
pub trait PropertyType<C> {
    /// Checks `value` as the property type's JSON.
    fn check_json<'r>(c: &mut Checker<'r>, context: &C, value: &'r Json);

    /// The JSON twin of [`Self::check_json`], within the twin of the value that holds it.
    fn accept_json<'r>(twin: &mut Accept<'r, C>, value: &'r Json);
}

/// The object of the property type `T`: the generated types have it as `T::SHAPE`.
pub struct Object<T>(PhantomData<fn() -> T>);

impl<T> Object<T> {
    /// The shape of `T`'s objects.
    pub const SHAPE: Self = Object(PhantomData);
}

// Not derived: `T` need not be `Clone` or `Copy` for its shape to be.
impl<T> Clone for Object<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Object<T> {}

impl<T> std::fmt::Debug for Object<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Object<{}>", std::any::type_name::<T>())
    }
}

impl<C, T: PropertyType<C>> Shape<C> for Object<T> {
    #[inline]
    fn check<'r>(self, c: &mut Checker<'r>, context: &C, value: &'r Json) {
        T::check_json(c, context, value);
    }

    #[inline]
    fn accept<'r>(self, twin: &mut Accept<'r, C>, value: &'r Json) {
        twin.object(value, T::accept_json);
    }
}
