// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of tokio 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

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
        pub fn new() -> std::io::Result<Runtime> {
            crate::__todo()
        }
        pub fn block_on<F: ::core::future::Future>(&self, future: F) -> F::Output {
            crate::__todo()
        }
    }
    #[derive(Debug)]
    pub struct Builder {
        inner: (),
    }
    impl Builder {
        pub fn new_current_thread() -> Builder {
            crate::__todo()
        }
        pub fn new_multi_thread() -> Builder {
            crate::__todo()
        }
        pub fn enable_all(&mut self) -> &mut Self {
            crate::__todo()
        }
        pub fn build(&mut self) -> std::io::Result<Runtime> {
            crate::__todo()
        }
    }
}

pub mod time {
    pub use std::time::Duration;
    pub async fn sleep(duration: Duration) {
        crate::__todo()
    }
    pub async fn sleep_until(deadline: Instant) {
        crate::__todo()
    }
    pub async fn timeout<F: ::core::future::Future>(
        duration: Duration,
        future: F,
    ) -> Result<F::Output, error::Elapsed> {
        crate::__todo()
    }
    pub mod error {
        #[derive(Debug, PartialEq, Eq)]
        pub struct Elapsed(());
        impl std::fmt::Display for Elapsed {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl std::error::Error for Elapsed {}
    }
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Instant {
        std: std::time::Instant,
    }
    impl Instant {
        pub fn now() -> Instant {
            crate::__todo()
        }
        pub fn elapsed(&self) -> Duration {
            crate::__todo()
        }
        pub fn duration_since(&self, earlier: Instant) -> Duration {
            crate::__todo()
        }
        pub fn into_std(self) -> std::time::Instant {
            crate::__todo()
        }
    }
    impl std::ops::Add<Duration> for Instant {
        type Output = Instant;
        fn add(self, other: Duration) -> Instant {
            crate::__todo()
        }
    }
    impl std::ops::Sub<Instant> for Instant {
        type Output = Duration;
        fn sub(self, rhs: Instant) -> Duration {
            crate::__todo()
        }
    }
}

pub mod task {
    #[derive(Debug)]
    pub struct JoinError(());
    impl JoinError {
        pub fn is_cancelled(&self) -> bool {
            crate::__todo()
        }
        pub fn is_panic(&self) -> bool {
            crate::__todo()
        }
    }
    impl std::fmt::Display for JoinError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::error::Error for JoinError {}
    #[derive(Debug)]
    pub struct JoinHandle<T>(std::marker::PhantomData<T>);
    impl<T> JoinHandle<T> {
        pub fn abort(&self) {
            crate::__todo()
        }
        pub fn is_finished(&self) -> bool {
            crate::__todo()
        }
    }
    impl<T> ::core::future::Future for JoinHandle<T> {
        type Output = Result<T, JoinError>;
        fn poll(
            self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Self::Output> {
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
    pub async fn yield_now() {
        crate::__todo()
    }
}
pub use task::spawn;

pub mod sync {
    use std::ops::{Deref, DerefMut};
    impl<T: Default> Default for Mutex<T> {
        fn default() -> Self {
            crate::__todo()
        }
    }
    impl<T: ?Sized + std::fmt::Debug> std::fmt::Debug for Mutex<T> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    pub struct Mutex<T: ?Sized> {
        inner: std::sync::Mutex<T>,
    }
    impl<T> Mutex<T> {
        pub fn new(t: T) -> Self {
            crate::__todo()
        }
        pub fn into_inner(self) -> T {
            crate::__todo()
        }
    }
    impl<T: ?Sized> Mutex<T> {
        pub async fn lock(&self) -> MutexGuard<'_, T> {
            crate::__todo()
        }
        pub fn try_lock(&self) -> Result<MutexGuard<'_, T>, TryLockError> {
            crate::__todo()
        }
        pub fn get_mut(&mut self) -> &mut T {
            crate::__todo()
        }
    }
    #[derive(Debug)]
    pub struct TryLockError(());
    pub struct MutexGuard<'a, T: ?Sized> {
        lock: &'a Mutex<T>,
    }
    impl<T: ?Sized> Deref for MutexGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T {
            crate::__todo()
        }
    }
    impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
        fn deref_mut(&mut self) -> &mut T {
            crate::__todo()
        }
    }
    impl<T: Default> Default for RwLock<T> {
        fn default() -> Self {
            crate::__todo()
        }
    }
    impl<T: ?Sized + std::fmt::Debug> std::fmt::Debug for RwLock<T> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    pub struct RwLock<T: ?Sized> {
        inner: std::sync::RwLock<T>,
    }
    impl<T> RwLock<T> {
        pub fn new(t: T) -> Self {
            crate::__todo()
        }
    }
    impl<T: ?Sized> RwLock<T> {
        pub async fn read(&self) -> RwLockReadGuard<'_, T> {
            crate::__todo()
        }
        pub async fn write(&self) -> RwLockWriteGuard<'_, T> {
            crate::__todo()
        }
    }
    pub struct RwLockReadGuard<'a, T: ?Sized> {
        lock: &'a RwLock<T>,
    }
    impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T {
            crate::__todo()
        }
    }
    pub struct RwLockWriteGuard<'a, T: ?Sized> {
        lock: &'a RwLock<T>,
    }
    impl<T: ?Sized> Deref for RwLockWriteGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T {
            crate::__todo()
        }
    }
    impl<T: ?Sized> DerefMut for RwLockWriteGuard<'_, T> {
        fn deref_mut(&mut self) -> &mut T {
            crate::__todo()
        }
    }
    pub mod oneshot {
        #[derive(Debug)]
        pub struct Sender<T>(std::marker::PhantomData<T>);
        #[derive(Debug)]
        pub struct Receiver<T>(std::marker::PhantomData<T>);
        pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
            crate::__todo()
        }
        impl<T> Sender<T> {
            pub fn send(self, t: T) -> Result<(), T> {
                crate::__todo()
            }
        }
        #[derive(Debug)]
        pub struct RecvError(());
        impl<T> ::core::future::Future for Receiver<T> {
            type Output = Result<T, RecvError>;
            fn poll(
                self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<Self::Output> {
                crate::__todo()
            }
        }
    }
    pub mod mpsc {
        #[derive(Debug)]
        pub struct Sender<T>(std::marker::PhantomData<T>);
        impl<T> Clone for Sender<T> {
            fn clone(&self) -> Self {
                crate::__todo()
            }
        }
        #[derive(Debug)]
        pub struct Receiver<T>(std::marker::PhantomData<T>);
        #[derive(Debug)]
        pub struct SendError<T>(pub T);
        pub fn channel<T>(buffer: usize) -> (Sender<T>, Receiver<T>) {
            crate::__todo()
        }
        impl<T> Sender<T> {
            pub async fn send(&self, value: T) -> Result<(), SendError<T>> {
                crate::__todo()
            }
        }
        impl<T> Receiver<T> {
            pub async fn recv(&mut self) -> Option<T> {
                crate::__todo()
            }
        }
    }
}

#[macro_export]
macro_rules! join {
    ($($fut:expr),+ $(,)?) => {
        ($($fut.await,)+)
    };
}
