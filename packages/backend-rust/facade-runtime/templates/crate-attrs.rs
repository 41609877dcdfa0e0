#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}
