// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of bytes 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

use std::borrow::Borrow;
use std::ops::{Deref, RangeBounds};

#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bytes {
    inner: Vec<u8>,
}
impl Bytes {
    pub const fn new() -> Self {
        Bytes { inner: Vec::new() }
    }
    pub fn from_static(bytes: &'static [u8]) -> Self {
        crate::__todo()
    }
    pub fn copy_from_slice(data: &[u8]) -> Self {
        crate::__todo()
    }
    pub fn len(&self) -> usize {
        crate::__todo()
    }
    pub fn is_empty(&self) -> bool {
        crate::__todo()
    }
    pub fn slice(&self, range: impl RangeBounds<usize>) -> Self {
        crate::__todo()
    }
    pub fn split_off(&mut self, at: usize) -> Self {
        crate::__todo()
    }
    pub fn split_to(&mut self, at: usize) -> Self {
        crate::__todo()
    }
    pub fn truncate(&mut self, len: usize) {
        crate::__todo()
    }
    pub fn clear(&mut self) {
        crate::__todo()
    }
}
impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        crate::__todo()
    }
}
impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        crate::__todo()
    }
}
impl Borrow<[u8]> for Bytes {
    fn borrow(&self) -> &[u8] {
        crate::__todo()
    }
}
impl IntoIterator for Bytes {
    type Item = u8;
    type IntoIter = std::vec::IntoIter<u8>;
    fn into_iter(self) -> Self::IntoIter {
        crate::__todo()
    }
}
impl<'a> IntoIterator for &'a Bytes {
    type Item = &'a u8;
    type IntoIter = std::slice::Iter<'a, u8>;
    fn into_iter(self) -> Self::IntoIter {
        crate::__todo()
    }
}
impl FromIterator<u8> for Bytes {
    fn from_iter<T: IntoIterator<Item = u8>>(into_iter: T) -> Self {
        crate::__todo()
    }
}
impl From<&'static [u8]> for Bytes {
    fn from(value: &'static [u8]) -> Self {
        crate::__todo()
    }
}
impl From<&'static str> for Bytes {
    fn from(value: &'static str) -> Self {
        crate::__todo()
    }
}
impl From<Vec<u8>> for Bytes {
    fn from(value: Vec<u8>) -> Self {
        crate::__todo()
    }
}
impl From<Box<[u8]>> for Bytes {
    fn from(value: Box<[u8]>) -> Self {
        crate::__todo()
    }
}
impl From<String> for Bytes {
    fn from(value: String) -> Self {
        crate::__todo()
    }
}
impl From<Bytes> for Vec<u8> {
    fn from(value: Bytes) -> Self {
        crate::__todo()
    }
}
impl PartialEq<[u8]> for Bytes {
    fn eq(&self, other: &[u8]) -> bool {
        crate::__todo()
    }
}
impl PartialEq<str> for Bytes {
    fn eq(&self, other: &str) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Vec<u8>> for Bytes {
    fn eq(&self, other: &Vec<u8>) -> bool {
        crate::__todo()
    }
}
impl PartialEq<String> for Bytes {
    fn eq(&self, other: &String) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Bytes> for [u8] {
    fn eq(&self, other: &Bytes) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Bytes> for str {
    fn eq(&self, other: &Bytes) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Bytes> for Vec<u8> {
    fn eq(&self, other: &Bytes) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Bytes> for String {
    fn eq(&self, other: &Bytes) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Bytes> for &[u8] {
    fn eq(&self, other: &Bytes) -> bool {
        crate::__todo()
    }
}
impl PartialEq<Bytes> for &str {
    fn eq(&self, other: &Bytes) -> bool {
        crate::__todo()
    }
}
impl<'a, T: ?Sized> PartialEq<&'a T> for Bytes
where
    Bytes: PartialEq<T>,
{
    fn eq(&self, other: &&'a T) -> bool {
        crate::__todo()
    }
}

pub trait Buf {
    fn remaining(&self) -> usize;
    fn chunk(&self) -> &[u8];
    fn advance(&mut self, cnt: usize);
}
impl Buf for Bytes {
    fn remaining(&self) -> usize {
        crate::__todo()
    }
    fn chunk(&self) -> &[u8] {
        crate::__todo()
    }
    fn advance(&mut self, cnt: usize) {
        crate::__todo()
    }
}
