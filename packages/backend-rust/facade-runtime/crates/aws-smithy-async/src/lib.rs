// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of aws-smithy-async 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

pub mod future {
    pub mod pagination_stream {
        use std::task::{Context, Poll};

        pub mod collect {
            pub mod sealed {
                pub trait Collectable<T> {}
            }
            impl<T> sealed::Collectable<T> for Vec<T> {}
            impl<T, U, E> sealed::Collectable<Result<T, E>> for Result<U, E> where U: sealed::Collectable<T> {}
        }

        pub struct PaginationStream<Item>(std::marker::PhantomData<Item>);
        impl<Item> PaginationStream<Item> {
            pub async fn next(&mut self) -> Option<Item> {
                crate::__todo()
            }
            pub fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<Item>> {
                crate::__todo()
            }
            pub async fn collect<T: collect::sealed::Collectable<Item>>(self) -> T {
                crate::__todo()
            }
        }
        impl<T, E> PaginationStream<Result<T, E>> {
            pub async fn try_next(&mut self) -> Result<Option<T>, E> {
                crate::__todo()
            }
            pub async fn try_collect(self) -> Result<Vec<T>, E> {
                crate::__todo()
            }
        }
        impl<Item> std::fmt::Debug for PaginationStream<Item> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }

        pub struct TryFlatMap<Page, Err>(PaginationStream<Result<Page, Err>>);
        impl<Page, Err> TryFlatMap<Page, Err> {
            pub fn new(stream: PaginationStream<Result<Page, Err>>) -> Self {
                crate::__todo()
            }
            pub fn flat_map<M, Item, Iter>(self, map: M) -> PaginationStream<Result<Item, Err>>
            where
                M: Fn(Page) -> Iter,
                Iter: IntoIterator<Item = Item>,
            {
                crate::__todo()
            }
        }
    }
}
