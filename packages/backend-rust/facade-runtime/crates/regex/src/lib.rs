// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of regex 1.x: what `pytest.raises(match=...)` checks use.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

#[derive(Debug)]
pub enum Error {
    Syntax(String),
    CompiledTooBig(usize),
}
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}
impl std::error::Error for Error {}

#[derive(Clone, Debug)]
pub struct Regex {
    inner: (),
}
impl Regex {
    pub fn new(re: &str) -> Result<Regex, Error> {
        crate::__todo()
    }
    pub fn is_match(&self, haystack: &str) -> bool {
        crate::__todo()
    }
    pub fn as_str(&self) -> &str {
        crate::__todo()
    }
}
impl std::str::FromStr for Regex {
    type Err = Error;
    fn from_str(s: &str) -> Result<Regex, Error> {
        crate::__todo()
    }
}
impl std::fmt::Display for Regex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::__todo()
    }
}

pub fn escape(pattern: &str) -> String {
    crate::__todo()
}
