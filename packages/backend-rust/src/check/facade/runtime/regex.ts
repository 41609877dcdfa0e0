/** Facade of the `regex` crate: what `pytest.raises(match=...)` checks use. */
import { CRATE_ATTRS, RUST_HEADER, type SupportCrate } from "./crate.js";

const REGEX = String.raw`
#[derive(Debug)]
pub enum Error {
    Syntax(String),
    CompiledTooBig(usize),
}
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
}
impl std::error::Error for Error {}

#[derive(Clone, Debug)]
pub struct Regex {
    inner: (),
}
impl Regex {
    pub fn new(re: &str) -> Result<Regex, Error> { crate::__todo() }
    pub fn is_match(&self, haystack: &str) -> bool { crate::__todo() }
    pub fn as_str(&self) -> &str { crate::__todo() }
}
impl std::str::FromStr for Regex {
    type Err = Error;
    fn from_str(s: &str) -> Result<Regex, Error> { crate::__todo() }
}
impl std::fmt::Display for Regex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
}

pub fn escape(pattern: &str) -> String { crate::__todo() }
`;

export const REGEX_CRATE: SupportCrate = {
  name: "regex",
  lib: "regex",
  deps: [],
  files: { "src/lib.rs": RUST_HEADER + "//! Facade of regex 1.x.\n" + CRATE_ATTRS + REGEX.trimStart() },
};
