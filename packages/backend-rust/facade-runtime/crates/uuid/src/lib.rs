// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of uuid 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Uuid([u8; 16]);
impl Uuid {
    pub fn new_v4() -> Uuid {
        crate::__todo()
    }
    pub const fn nil() -> Uuid {
        Uuid([0; 16])
    }
    pub fn parse_str(input: &str) -> Result<Uuid, Error> {
        crate::__todo()
    }
    pub fn try_parse(input: &str) -> Result<Uuid, Error> {
        crate::__todo()
    }
    pub fn from_u128(v: u128) -> Uuid {
        crate::__todo()
    }
    pub fn as_u128(&self) -> u128 {
        crate::__todo()
    }
    pub fn from_bytes(bytes: [u8; 16]) -> Uuid {
        crate::__todo()
    }
    pub fn as_bytes(&self) -> &[u8; 16] {
        crate::__todo()
    }
    pub fn is_nil(&self) -> bool {
        crate::__todo()
    }
    pub fn get_version_num(&self) -> usize {
        crate::__todo()
    }
    pub fn hyphenated(self) -> fmt::Hyphenated {
        crate::__todo()
    }
    pub fn simple(self) -> fmt::Simple {
        crate::__todo()
    }
}
impl std::fmt::Display for Uuid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::str::FromStr for Uuid {
    type Err = Error;
    fn from_str(s: &str) -> Result<Uuid, Error> {
        crate::__todo()
    }
}
pub mod fmt {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Hyphenated(super::Uuid);
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Simple(super::Uuid);
    impl std::fmt::Display for Hyphenated {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::fmt::Display for Simple {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
}
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(());
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::error::Error for Error {}
