// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of aws-smithy-http (event streams).
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

pub mod event_stream {
    pub struct EventStreamSender<T, E> {
        _p: std::marker::PhantomData<(T, E)>,
    }
    impl<T, E> EventStreamSender<T, E> {
        pub fn once(item: Result<T, E>) -> Self {
            crate::__todo()
        }
    }
    impl<T, E> std::fmt::Debug for EventStreamSender<T, E> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
}
