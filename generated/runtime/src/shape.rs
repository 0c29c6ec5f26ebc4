//! The JSON shapes of property values, as the generated validators pass them: a scalar
//! ([`Text`], [`Integer`], [`Double`], [`Boolean`], [`AnyJson`]), the object of a property type
//! ([`Object`]), and lists and maps of a shape ([`List`], [`Map`]).

use std::marker::PhantomData;

use serde_json::Value as Json;

use crate::PropertyType;
use crate::checker::{Checker, Scalar};

/// A shape of JSON value, in the validators of a type whose rules read a context `C`.
pub trait Shape<C>: Copy {
    /// Checks that `value` has the shape.
    fn check(self, c: &mut Checker<'_>, context: &C, value: &Json);
}

/// The scalar shapes: each is a kind of [`Scalar`].
macro_rules! scalar_shapes {
    ($($(#[$doc:meta])* $name:ident => $kind:ident,)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name;

        impl<C> Shape<C> for $name {
            fn check(self, c: &mut Checker<'_>, _context: &C, value: &Json) {
                c.scalar(value, Scalar::$kind);
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
    /// A boolean, or a text of one such as `"true"` (`Scalar::Boolean`).
    Boolean => Boolean,
    /// Any JSON (`Scalar::Json`).
    AnyJson => Json,
}

/// A list whose items have the shape `S`.
#[derive(Debug, Clone, Copy)]
pub struct List<S>(pub S);

impl<C, S: Shape<C>> Shape<C> for List<S> {
    fn check(self, c: &mut Checker<'_>, context: &C, value: &Json) {
        c.list(value, &|c, item| self.0.check(c, context, item));
    }
}

/// A map with string keys whose values have the shape `S`.
#[derive(Debug, Clone, Copy)]
pub struct Map<S>(pub S);

impl<C, S: Shape<C>> Shape<C> for Map<S> {
    fn check(self, c: &mut Checker<'_>, context: &C, value: &Json) {
        c.map(value, &|c, item| self.0.check(c, context, item));
    }
}

/// The object of the property type `T`.
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

impl<T: PropertyType> Shape<T::Context> for Object<T> {
    fn check(self, c: &mut Checker<'_>, context: &T::Context, value: &Json) {
        T::check_json(c, context, value);
    }
}
