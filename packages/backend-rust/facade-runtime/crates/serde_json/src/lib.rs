// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of serde_json 1.x (no serde traits).
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::hash::Hash;

pub type Result<T> = std::result::Result<T, Error>;

pub struct Error {
    inner: (),
}
impl Error {
    pub fn line(&self) -> usize {
        crate::__todo()
    }
    pub fn column(&self) -> usize {
        crate::__todo()
    }
    pub fn is_io(&self) -> bool {
        crate::__todo()
    }
    pub fn is_syntax(&self) -> bool {
        crate::__todo()
    }
    pub fn is_data(&self) -> bool {
        crate::__todo()
    }
    pub fn is_eof(&self) -> bool {
        crate::__todo()
    }
}
impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::error::Error for Error {}

#[derive(Clone, PartialEq, PartialOrd, Debug)]
pub struct Number {
    n: f64,
}
impl Number {
    pub fn is_i64(&self) -> bool {
        crate::__todo()
    }
    pub fn is_u64(&self) -> bool {
        crate::__todo()
    }
    pub fn is_f64(&self) -> bool {
        crate::__todo()
    }
    pub fn as_i64(&self) -> Option<i64> {
        crate::__todo()
    }
    pub fn as_u64(&self) -> Option<u64> {
        crate::__todo()
    }
    pub fn as_f64(&self) -> Option<f64> {
        crate::__todo()
    }
    pub fn from_f64(f: f64) -> Option<Number> {
        crate::__todo()
    }
}
impl Eq for Number {}
impl Hash for Number {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        crate::__todo()
    }
}
impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::str::FromStr for Number {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        crate::__todo()
    }
}
macro_rules! number_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(value: $t) -> Self { crate::__todo() }
        }
    )*};
}
number_from!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

pub mod map {
    use super::Value;
    use std::borrow::Borrow;
    use std::collections::BTreeMap;
    use std::hash::Hash;

    #[derive(Clone, PartialEq, Eq, Hash, Default, Debug)]
    pub struct Map<K, V> {
        map: BTreeMap<K, V>,
    }
    impl Map<String, Value> {
        pub fn new() -> Self {
            crate::__todo()
        }
        pub fn with_capacity(capacity: usize) -> Self {
            crate::__todo()
        }
        pub fn clear(&mut self) {
            crate::__todo()
        }
        pub fn get<Q>(&self, key: &Q) -> Option<&Value>
        where
            String: Borrow<Q>,
            Q: ?Sized + Ord + Eq + Hash,
        {
            crate::__todo()
        }
        pub fn contains_key<Q>(&self, key: &Q) -> bool
        where
            String: Borrow<Q>,
            Q: ?Sized + Ord + Eq + Hash,
        {
            crate::__todo()
        }
        pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut Value>
        where
            String: Borrow<Q>,
            Q: ?Sized + Ord + Eq + Hash,
        {
            crate::__todo()
        }
        pub fn insert(&mut self, k: String, v: Value) -> Option<Value> {
            crate::__todo()
        }
        pub fn remove<Q>(&mut self, key: &Q) -> Option<Value>
        where
            String: Borrow<Q>,
            Q: ?Sized + Ord + Eq + Hash,
        {
            crate::__todo()
        }
        pub fn append(&mut self, other: &mut Self) {
            crate::__todo()
        }
        pub fn len(&self) -> usize {
            crate::__todo()
        }
        pub fn is_empty(&self) -> bool {
            crate::__todo()
        }
        pub fn iter(&self) -> std::collections::btree_map::Iter<'_, String, Value> {
            crate::__todo()
        }
        pub fn iter_mut(&mut self) -> std::collections::btree_map::IterMut<'_, String, Value> {
            crate::__todo()
        }
        pub fn keys(&self) -> std::collections::btree_map::Keys<'_, String, Value> {
            crate::__todo()
        }
        pub fn values(&self) -> std::collections::btree_map::Values<'_, String, Value> {
            crate::__todo()
        }
        pub fn values_mut(&mut self) -> std::collections::btree_map::ValuesMut<'_, String, Value> {
            crate::__todo()
        }
        pub fn into_values(self) -> std::collections::btree_map::IntoValues<String, Value> {
            crate::__todo()
        }
        pub fn retain<F>(&mut self, f: F)
        where
            F: FnMut(&String, &mut Value) -> bool,
        {
            crate::__todo()
        }
    }
    impl<Q> std::ops::Index<&Q> for Map<String, Value>
    where
        String: Borrow<Q>,
        Q: ?Sized + Ord + Eq + Hash,
    {
        type Output = Value;
        fn index(&self, index: &Q) -> &Value {
            crate::__todo()
        }
    }
    impl<Q> std::ops::IndexMut<&Q> for Map<String, Value>
    where
        String: Borrow<Q>,
        Q: ?Sized + Ord + Eq + Hash,
    {
        fn index_mut(&mut self, index: &Q) -> &mut Value {
            crate::__todo()
        }
    }
    impl FromIterator<(String, Value)> for Map<String, Value> {
        fn from_iter<T: IntoIterator<Item = (String, Value)>>(iter: T) -> Self {
            crate::__todo()
        }
    }
    impl Extend<(String, Value)> for Map<String, Value> {
        fn extend<T: IntoIterator<Item = (String, Value)>>(&mut self, iter: T) {
            crate::__todo()
        }
    }
    impl<'a> IntoIterator for &'a Map<String, Value> {
        type Item = (&'a String, &'a Value);
        type IntoIter = std::collections::btree_map::Iter<'a, String, Value>;
        fn into_iter(self) -> Self::IntoIter {
            crate::__todo()
        }
    }
    impl<'a> IntoIterator for &'a mut Map<String, Value> {
        type Item = (&'a String, &'a mut Value);
        type IntoIter = std::collections::btree_map::IterMut<'a, String, Value>;
        fn into_iter(self) -> Self::IntoIter {
            crate::__todo()
        }
    }
    impl IntoIterator for Map<String, Value> {
        type Item = (String, Value);
        type IntoIter = std::collections::btree_map::IntoIter<String, Value>;
        fn into_iter(self) -> Self::IntoIter {
            crate::__todo()
        }
    }
}
pub use map::Map;

pub mod value {
    pub use super::Index;
    pub use super::{Map, Number, Value};
    pub fn to_value<T>(value: T) -> super::Result<Value> {
        crate::__todo()
    }
    pub fn from_value<T>(value: Value) -> super::Result<T> {
        crate::__todo()
    }
}

#[derive(Clone, Eq, PartialEq, Hash, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map<String, Value>),
}

mod private {
    pub trait Sealed {}
    impl Sealed for usize {}
    impl Sealed for str {}
    impl Sealed for String {}
    impl<T: ?Sized + Sealed> Sealed for &T {}
}
pub trait Index: private::Sealed {}
impl Index for usize {}
impl Index for str {}
impl Index for String {}
impl<T: ?Sized + Index> Index for &T {}

impl Value {
    pub fn get<I: Index>(&self, index: I) -> Option<&Value> {
        crate::__todo()
    }
    pub fn get_mut<I: Index>(&mut self, index: I) -> Option<&mut Value> {
        crate::__todo()
    }
    pub fn is_object(&self) -> bool {
        crate::__todo()
    }
    pub fn as_object(&self) -> Option<&Map<String, Value>> {
        crate::__todo()
    }
    pub fn as_object_mut(&mut self) -> Option<&mut Map<String, Value>> {
        crate::__todo()
    }
    pub fn is_array(&self) -> bool {
        crate::__todo()
    }
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        crate::__todo()
    }
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        crate::__todo()
    }
    pub fn is_string(&self) -> bool {
        crate::__todo()
    }
    pub fn as_str(&self) -> Option<&str> {
        crate::__todo()
    }
    pub fn is_number(&self) -> bool {
        crate::__todo()
    }
    pub fn as_number(&self) -> Option<&Number> {
        crate::__todo()
    }
    pub fn is_i64(&self) -> bool {
        crate::__todo()
    }
    pub fn is_u64(&self) -> bool {
        crate::__todo()
    }
    pub fn is_f64(&self) -> bool {
        crate::__todo()
    }
    pub fn as_i64(&self) -> Option<i64> {
        crate::__todo()
    }
    pub fn as_u64(&self) -> Option<u64> {
        crate::__todo()
    }
    pub fn as_f64(&self) -> Option<f64> {
        crate::__todo()
    }
    pub fn is_boolean(&self) -> bool {
        crate::__todo()
    }
    pub fn as_bool(&self) -> Option<bool> {
        crate::__todo()
    }
    pub fn is_null(&self) -> bool {
        crate::__todo()
    }
    pub fn as_null(&self) -> Option<()> {
        crate::__todo()
    }
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        crate::__todo()
    }
    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Value> {
        crate::__todo()
    }
    pub fn take(&mut self) -> Value {
        crate::__todo()
    }
}
impl<I: Index> std::ops::Index<I> for Value {
    type Output = Value;
    fn index(&self, index: I) -> &Value {
        crate::__todo()
    }
}
impl<I: Index> std::ops::IndexMut<I> for Value {
    fn index_mut(&mut self, index: I) -> &mut Value {
        crate::__todo()
    }
}
impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::str::FromStr for Value {
    type Err = Error;
    fn from_str(s: &str) -> Result<Value> {
        crate::__todo()
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        crate::__todo()
    }
}
impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Value> for str {
    fn eq(&self, other: &Value) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Value> for &str {
    fn eq(&self, other: &Value) -> bool {
        crate::__todo()
    }
}
impl PartialEq<String> for Value {
    fn eq(&self, other: &String) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Value> for String {
    fn eq(&self, other: &Value) -> bool {
        crate::__todo()
    }
}
macro_rules! partial_eq_prim {
    ($($t:ty),*) => {$(
        impl PartialEq<$t> for Value {
            fn eq(&self, other: &$t) -> bool { crate::__todo() }
        }
        impl PartialEq<Value> for $t {
            fn eq(&self, other: &Value) -> bool { crate::__todo() }
        }
        impl<'a> PartialEq<$t> for &'a Value {
            fn eq(&self, other: &$t) -> bool { crate::__todo() }
        }
        impl<'a> PartialEq<$t> for &'a mut Value {
            fn eq(&self, other: &$t) -> bool { crate::__todo() }
        }
    )*};
}
partial_eq_prim!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64, bool);

macro_rules! from_prim {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(value: $t) -> Self { crate::__todo() }
        }
    )*};
}
from_prim!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64, bool, String, Number, Map<String, Value>, ());
impl<'a> From<&'a str> for Value {
    fn from(value: &'a str) -> Self {
        crate::__todo()
    }
}
impl<'a> From<std::borrow::Cow<'a, str>> for Value {
    fn from(value: std::borrow::Cow<'a, str>) -> Self {
        crate::__todo()
    }
}
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(value: Vec<T>) -> Self {
        crate::__todo()
    }
}
impl<T: Clone + Into<Value>> From<&[T]> for Value {
    fn from(value: &[T]) -> Self {
        crate::__todo()
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Self {
        crate::__todo()
    }
}
impl<T: Into<Value>> FromIterator<T> for Value {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        crate::__todo()
    }
}
impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for Value {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        crate::__todo()
    }
}

pub fn to_value<T>(value: T) -> Result<Value> {
    crate::__todo()
}
pub fn from_value<T>(value: Value) -> Result<T> {
    crate::__todo()
}
pub fn to_string<T: ?Sized>(value: &T) -> Result<String> {
    crate::__todo()
}
pub fn to_string_pretty<T: ?Sized>(value: &T) -> Result<String> {
    crate::__todo()
}
pub fn to_vec<T: ?Sized>(value: &T) -> Result<Vec<u8>> {
    crate::__todo()
}
pub fn to_vec_pretty<T: ?Sized>(value: &T) -> Result<Vec<u8>> {
    crate::__todo()
}
pub fn from_str<T>(s: &str) -> Result<T> {
    crate::__todo()
}
pub fn from_slice<T>(v: &[u8]) -> Result<T> {
    crate::__todo()
}
pub fn from_reader<R: std::io::Read, T>(rdr: R) -> Result<T> {
    crate::__todo()
}

#[doc(hidden)]
pub mod __private {
    pub use std::vec;
}

#[macro_export]
macro_rules! json {
    ($($json:tt)+) => {
        $crate::__json_internal!($($json)+)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! __json_internal {
    (@array [$($elems:expr,)*]) => {
        $crate::__private::vec![$($elems,)*]
    };
    (@array [$($elems:expr),*]) => {
        $crate::__private::vec![$($elems),*]
    };
    (@array [$($elems:expr,)*] null $($rest:tt)*) => {
        $crate::__json_internal!(@array [$($elems,)* $crate::__json_internal!(null)] $($rest)*)
    };
    (@array [$($elems:expr,)*] true $($rest:tt)*) => {
        $crate::__json_internal!(@array [$($elems,)* $crate::__json_internal!(true)] $($rest)*)
    };
    (@array [$($elems:expr,)*] false $($rest:tt)*) => {
        $crate::__json_internal!(@array [$($elems,)* $crate::__json_internal!(false)] $($rest)*)
    };
    (@array [$($elems:expr,)*] [$($array:tt)*] $($rest:tt)*) => {
        $crate::__json_internal!(@array [$($elems,)* $crate::__json_internal!([$($array)*])] $($rest)*)
    };
    (@array [$($elems:expr,)*] {$($map:tt)*} $($rest:tt)*) => {
        $crate::__json_internal!(@array [$($elems,)* $crate::__json_internal!({$($map)*})] $($rest)*)
    };
    (@array [$($elems:expr,)*] $next:expr, $($rest:tt)*) => {
        $crate::__json_internal!(@array [$($elems,)* $crate::__json_internal!($next),] $($rest)*)
    };
    (@array [$($elems:expr,)*] $last:expr) => {
        $crate::__json_internal!(@array [$($elems,)* $crate::__json_internal!($last)])
    };
    (@array [$($elems:expr),*] , $($rest:tt)*) => {
        $crate::__json_internal!(@array [$($elems,)*] $($rest)*)
    };

    (@object $object:ident () () ()) => {};
    (@object $object:ident [$($key:tt)+] ($value:expr) , $($rest:tt)*) => {
        let _ = $object.insert(($($key)+).into(), $value);
        $crate::__json_internal!(@object $object () ($($rest)*) ($($rest)*));
    };
    (@object $object:ident [$($key:tt)+] ($value:expr)) => {
        let _ = $object.insert(($($key)+).into(), $value);
    };
    (@object $object:ident ($($key:tt)+) (: null $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object [$($key)+] ($crate::__json_internal!(null)) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: true $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object [$($key)+] ($crate::__json_internal!(true)) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: false $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object [$($key)+] ($crate::__json_internal!(false)) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: [$($array:tt)*] $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object [$($key)+] ($crate::__json_internal!([$($array)*])) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: {$($map:tt)*} $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object [$($key)+] ($crate::__json_internal!({$($map)*})) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: $value:expr , $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object [$($key)+] ($crate::__json_internal!($value)) , $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: $value:expr) $copy:tt) => {
        $crate::__json_internal!(@object $object [$($key)+] ($crate::__json_internal!($value)));
    };
    (@object $object:ident () (($key:expr) : $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object ($key) (: $($rest)*) (: $($rest)*));
    };
    (@object $object:ident ($($key:tt)*) ($tt:tt $($rest:tt)*) $copy:tt) => {
        $crate::__json_internal!(@object $object ($($key)* $tt) ($($rest)*) ($($rest)*));
    };

    (null) => {
        $crate::Value::Null
    };
    (true) => {
        $crate::Value::Bool(true)
    };
    (false) => {
        $crate::Value::Bool(false)
    };
    ([]) => {
        $crate::Value::Array($crate::__private::vec![])
    };
    ([ $($tt:tt)+ ]) => {
        $crate::Value::Array($crate::__json_internal!(@array [] $($tt)+))
    };
    ({}) => {
        $crate::Value::Object($crate::Map::new())
    };
    ({ $($tt:tt)+ }) => {
        $crate::Value::Object({
            let mut object = $crate::Map::new();
            $crate::__json_internal!(@object object () ($($tt)+) ($($tt)+));
            object
        })
    };
    ($other:expr) => {
        $crate::__to_value_unchecked(&$other)
    };
}

#[doc(hidden)]
pub fn __to_value_unchecked<T: ?Sized>(value: &T) -> Value {
    crate::__todo()
}
