/**
 * Facade of `tokio` 1.x: a proc-macro crate (`tokio-macros`, built-in `proc_macro` only) whose
 * `#[tokio::test]` turns `async fn name() [-> R] { body }` into a `#[test] fn` that type-checks the
 * body as an `async` block with its output pinned to `R` (as tokio does), plus the handful of
 * runtime items tests use (`time::sleep`, `spawn`, `sync::Mutex`, `join!`).
 */
import { CRATE_ATTRS, RUST_HEADER, type SupportCrate } from "./crate.js";

const MACROS = String.raw`
#![allow(warnings)]
extern crate proc_macro;
use proc_macro::{Delimiter, Group, Span, TokenStream, TokenTree};

#[proc_macro_attribute]
pub fn test(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(item, true)
}

#[proc_macro_attribute]
pub fn main(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(item, false)
}

fn parse(src: &str) -> TokenStream {
    src.parse().expect("moto2rust tokio facade: internal token error")
}

fn error(msg: &str, span: Span) -> TokenStream {
    let mut out = TokenStream::new();
    let s = format!("::core::compile_error!({:?});", msg);
    for mut t in parse(&s) {
        t.set_span(span);
        out.extend(std::iter::once(t));
    }
    out
}

fn expand(item: TokenStream, is_test: bool) -> TokenStream {
    let tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    let body_idx = match tokens
        .iter()
        .rposition(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
    {
        Some(i) => i,
        None => return error("expected an async fn item", Span::call_site()),
    };
    let body = tokens[body_idx].clone();
    let mut sig: Vec<TokenTree> = Vec::new();
    let mut ret: Vec<TokenTree> = Vec::new();
    let mut seen_fn = false;
    let mut seen_params = false;
    let mut found_async = false;
    let mut state = 0u8; // 0: before the arrow, 1: saw '-', 2: in return type, 3: in where clause
    for t in &tokens[..body_idx] {
        match t {
            TokenTree::Ident(id) if !seen_fn && id.to_string() == "async" => {
                found_async = true;
                continue;
            }
            TokenTree::Ident(id) if !seen_fn && id.to_string() == "fn" => seen_fn = true,
            TokenTree::Group(g) if seen_fn && !seen_params && g.delimiter() == Delimiter::Parenthesis => {
                seen_params = true;
                sig.push(t.clone());
                continue;
            }
            _ => {}
        }
        if seen_params {
            match (state, t) {
                (0, TokenTree::Punct(p)) if p.as_char() == '-' => state = 1,
                (1, TokenTree::Punct(p)) if p.as_char() == '>' => state = 2,
                (2, TokenTree::Ident(id)) if id.to_string() == "where" => state = 3,
                (2, _) => ret.push(t.clone()),
                _ => {}
            }
        }
        sig.push(t.clone());
    }
    if !found_async {
        let span = tokens.iter().find_map(|t| match t {
            TokenTree::Ident(id) if id.to_string() == "fn" => Some(id.span()),
            _ => None,
        });
        return error(
            "the async keyword is missing from the function declaration",
            span.unwrap_or_else(Span::call_site),
        );
    }
    let mut out = TokenStream::new();
    if is_test {
        out.extend(parse("#[::core::prelude::v1::test]"));
    }
    out.extend(sig);
    let mut inner = TokenStream::new();
    inner.extend(parse("let __moto2rust_body = async"));
    inner.extend(std::iter::once(body));
    inner.extend(parse(
        "; let __moto2rust_body: ::core::pin::Pin<&mut dyn ::core::future::Future<Output =",
    ));
    if ret.is_empty() {
        inner.extend(parse("()"));
    } else {
        inner.extend(ret);
    }
    inner.extend(parse(
        "> > = ::core::pin::pin!(__moto2rust_body); ::tokio::runtime::__block_on(__moto2rust_body)",
    ));
    out.extend(std::iter::once(TokenTree::Group(Group::new(Delimiter::Brace, inner))));
    out
}
`;

const TOKIO_LIB = String.raw`
pub use tokio_macros::{main, test};

pub mod runtime {
    #[doc(hidden)]
    pub fn __block_on<F: ::core::future::Future>(future: F) -> F::Output {
        crate::__todo()
    }
    #[derive(Debug)]
    pub struct Runtime {
        inner: (),
    }
    impl Runtime {
        pub fn new() -> std::io::Result<Runtime> { crate::__todo() }
        pub fn block_on<F: ::core::future::Future>(&self, future: F) -> F::Output { crate::__todo() }
    }
    #[derive(Debug)]
    pub struct Builder {
        inner: (),
    }
    impl Builder {
        pub fn new_current_thread() -> Builder { crate::__todo() }
        pub fn new_multi_thread() -> Builder { crate::__todo() }
        pub fn enable_all(&mut self) -> &mut Self { crate::__todo() }
        pub fn build(&mut self) -> std::io::Result<Runtime> { crate::__todo() }
    }
}

pub mod time {
    pub use std::time::Duration;
    pub async fn sleep(duration: Duration) { crate::__todo() }
    pub async fn sleep_until(deadline: Instant) { crate::__todo() }
    pub async fn timeout<F: ::core::future::Future>(duration: Duration, future: F) -> Result<F::Output, error::Elapsed> {
        crate::__todo()
    }
    pub mod error {
        #[derive(Debug, PartialEq, Eq)]
        pub struct Elapsed(());
        impl std::fmt::Display for Elapsed {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
        }
        impl std::error::Error for Elapsed {}
    }
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Instant {
        std: std::time::Instant,
    }
    impl Instant {
        pub fn now() -> Instant { crate::__todo() }
        pub fn elapsed(&self) -> Duration { crate::__todo() }
        pub fn duration_since(&self, earlier: Instant) -> Duration { crate::__todo() }
        pub fn into_std(self) -> std::time::Instant { crate::__todo() }
    }
    impl std::ops::Add<Duration> for Instant {
        type Output = Instant;
        fn add(self, other: Duration) -> Instant { crate::__todo() }
    }
    impl std::ops::Sub<Instant> for Instant {
        type Output = Duration;
        fn sub(self, rhs: Instant) -> Duration { crate::__todo() }
    }
}

pub mod task {
    #[derive(Debug)]
    pub struct JoinError(());
    impl JoinError {
        pub fn is_cancelled(&self) -> bool { crate::__todo() }
        pub fn is_panic(&self) -> bool { crate::__todo() }
    }
    impl std::fmt::Display for JoinError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
    }
    impl std::error::Error for JoinError {}
    #[derive(Debug)]
    pub struct JoinHandle<T>(std::marker::PhantomData<T>);
    impl<T> JoinHandle<T> {
        pub fn abort(&self) { crate::__todo() }
        pub fn is_finished(&self) -> bool { crate::__todo() }
    }
    impl<T> ::core::future::Future for JoinHandle<T> {
        type Output = Result<T, JoinError>;
        fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
            crate::__todo()
        }
    }
    pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
    where
        F: ::core::future::Future + Send + 'static,
        F::Output: Send + 'static,
    {
        crate::__todo()
    }
    pub fn spawn_blocking<F, R>(f: F) -> JoinHandle<R>
    where
        F: FnOnce() -> R + Send + 'static,
        R: Send + 'static,
    {
        crate::__todo()
    }
    pub async fn yield_now() { crate::__todo() }
}
pub use task::spawn;

pub mod sync {
    use std::ops::{Deref, DerefMut};
    impl<T: Default> Default for Mutex<T> {
        fn default() -> Self { crate::__todo() }
    }
    impl<T: ?Sized + std::fmt::Debug> std::fmt::Debug for Mutex<T> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
    }
    pub struct Mutex<T: ?Sized> {
        inner: std::sync::Mutex<T>,
    }
    impl<T> Mutex<T> {
        pub fn new(t: T) -> Self { crate::__todo() }
        pub fn into_inner(self) -> T { crate::__todo() }
    }
    impl<T: ?Sized> Mutex<T> {
        pub async fn lock(&self) -> MutexGuard<'_, T> { crate::__todo() }
        pub fn try_lock(&self) -> Result<MutexGuard<'_, T>, TryLockError> { crate::__todo() }
        pub fn get_mut(&mut self) -> &mut T { crate::__todo() }
    }
    #[derive(Debug)]
    pub struct TryLockError(());
    pub struct MutexGuard<'a, T: ?Sized> {
        lock: &'a Mutex<T>,
    }
    impl<T: ?Sized> Deref for MutexGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T { crate::__todo() }
    }
    impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
        fn deref_mut(&mut self) -> &mut T { crate::__todo() }
    }
    impl<T: Default> Default for RwLock<T> {
        fn default() -> Self { crate::__todo() }
    }
    impl<T: ?Sized + std::fmt::Debug> std::fmt::Debug for RwLock<T> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
    }
    pub struct RwLock<T: ?Sized> {
        inner: std::sync::RwLock<T>,
    }
    impl<T> RwLock<T> {
        pub fn new(t: T) -> Self { crate::__todo() }
    }
    impl<T: ?Sized> RwLock<T> {
        pub async fn read(&self) -> RwLockReadGuard<'_, T> { crate::__todo() }
        pub async fn write(&self) -> RwLockWriteGuard<'_, T> { crate::__todo() }
    }
    pub struct RwLockReadGuard<'a, T: ?Sized> {
        lock: &'a RwLock<T>,
    }
    impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T { crate::__todo() }
    }
    pub struct RwLockWriteGuard<'a, T: ?Sized> {
        lock: &'a RwLock<T>,
    }
    impl<T: ?Sized> Deref for RwLockWriteGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T { crate::__todo() }
    }
    impl<T: ?Sized> DerefMut for RwLockWriteGuard<'_, T> {
        fn deref_mut(&mut self) -> &mut T { crate::__todo() }
    }
    pub mod oneshot {
        #[derive(Debug)]
        pub struct Sender<T>(std::marker::PhantomData<T>);
        #[derive(Debug)]
        pub struct Receiver<T>(std::marker::PhantomData<T>);
        pub fn channel<T>() -> (Sender<T>, Receiver<T>) { crate::__todo() }
        impl<T> Sender<T> {
            pub fn send(self, t: T) -> Result<(), T> { crate::__todo() }
        }
        #[derive(Debug)]
        pub struct RecvError(());
        impl<T> ::core::future::Future for Receiver<T> {
            type Output = Result<T, RecvError>;
            fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
                crate::__todo()
            }
        }
    }
    pub mod mpsc {
        #[derive(Debug)]
        pub struct Sender<T>(std::marker::PhantomData<T>);
        impl<T> Clone for Sender<T> {
            fn clone(&self) -> Self { crate::__todo() }
        }
        #[derive(Debug)]
        pub struct Receiver<T>(std::marker::PhantomData<T>);
        #[derive(Debug)]
        pub struct SendError<T>(pub T);
        pub fn channel<T>(buffer: usize) -> (Sender<T>, Receiver<T>) { crate::__todo() }
        impl<T> Sender<T> {
            pub async fn send(&self, value: T) -> Result<(), SendError<T>> { crate::__todo() }
        }
        impl<T> Receiver<T> {
            pub async fn recv(&mut self) -> Option<T> { crate::__todo() }
        }
    }
}

#[macro_export]
macro_rules! join {
    ($($fut:expr),+ $(,)?) => {
        ($($fut.await,)+)
    };
}
`;

export const TOKIO_MACROS: SupportCrate = {
  name: "tokio-macros",
  lib: "tokio_macros",
  deps: [],
  procMacro: true,
  files: {
    "src/lib.rs":
      RUST_HEADER + "//! Facade of tokio-macros (built-in proc_macro only).\n" + MACROS.trimStart(),
  },
};

export const TOKIO: SupportCrate = {
  name: "tokio",
  lib: "tokio",
  deps: ["tokio-macros"],
  files: { "src/lib.rs": RUST_HEADER + "//! Facade of tokio 1.x.\n" + CRATE_ATTRS + TOKIO_LIB.trimStart() },
};
