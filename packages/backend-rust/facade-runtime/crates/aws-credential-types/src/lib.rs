// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of aws-credential-types 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

mod credentials_impl {
    use std::time::SystemTime;
    #[derive(Clone, Eq, PartialEq)]
    pub struct Credentials(std::sync::Arc<()>);
    impl std::fmt::Debug for Credentials {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl Credentials {
        pub fn new(
            access_key_id: impl Into<String>,
            secret_access_key: impl Into<String>,
            session_token: Option<String>,
            expires_after: Option<SystemTime>,
            provider_name: &'static str,
        ) -> Self {
            crate::__todo()
        }
        pub fn from_keys(
            access_key_id: impl Into<String>,
            secret_access_key: impl Into<String>,
            session_token: Option<String>,
        ) -> Self {
            crate::__todo()
        }
        pub fn for_tests() -> Self {
            crate::__todo()
        }
        pub fn for_tests_with_session_token() -> Self {
            crate::__todo()
        }
        pub fn access_key_id(&self) -> &str {
            crate::__todo()
        }
        pub fn secret_access_key(&self) -> &str {
            crate::__todo()
        }
        pub fn expiry(&self) -> Option<SystemTime> {
            crate::__todo()
        }
        pub fn expiry_mut(&mut self) -> &mut Option<SystemTime> {
            crate::__todo()
        }
        pub fn session_token(&self) -> Option<&str> {
            crate::__todo()
        }
        pub fn account_id(&self) -> Option<&crate::attributes::AccountId> {
            crate::__todo()
        }
    }
}
pub use credentials_impl::Credentials;

pub mod attributes {
    #[derive(Clone, Debug, Eq, PartialEq, Hash)]
    pub struct AccountId {
        inner: String,
    }
    impl AccountId {
        pub fn as_str(&self) -> &str {
            crate::__todo()
        }
    }
    impl<T> From<T> for AccountId
    where
        T: Into<String>,
    {
        fn from(value: T) -> Self {
            crate::__todo()
        }
    }
}

pub mod provider {
    pub use crate::Credentials;

    pub mod error {
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum CredentialsError {
            CredentialsNotLoaded(()),
            ProviderTimedOut(()),
            InvalidConfiguration(()),
            ProviderError(()),
            Unhandled(()),
        }
        impl CredentialsError {
            pub fn not_loaded(
                source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
            ) -> Self {
                crate::__todo()
            }
            pub fn provider_error(
                source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
            ) -> Self {
                crate::__todo()
            }
        }
        impl std::fmt::Display for CredentialsError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl std::error::Error for CredentialsError {}
    }

    pub type Result = std::result::Result<Credentials, error::CredentialsError>;

    pub mod future {
        pub struct ProvideCredentials<'a>(std::marker::PhantomData<&'a ()>);
        impl<'a> ProvideCredentials<'a> {
            pub fn ready(credentials: super::Result) -> Self {
                crate::__todo()
            }
            pub fn new(
                future: impl std::future::Future<Output = super::Result> + Send + 'a,
            ) -> Self {
                crate::__todo()
            }
        }
        impl std::future::Future for ProvideCredentials<'_> {
            type Output = super::Result;
            fn poll(
                self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<Self::Output> {
                crate::__todo()
            }
        }
    }

    pub trait ProvideCredentials: Send + Sync + std::fmt::Debug {
        fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
        where
            Self: 'a;
    }
    impl ProvideCredentials for Credentials {
        fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            crate::__todo()
        }
    }

    #[derive(Clone, Debug)]
    pub struct SharedCredentialsProvider(std::sync::Arc<dyn ProvideCredentials>);
    impl SharedCredentialsProvider {
        pub fn new(provider: impl ProvideCredentials + 'static) -> Self {
            crate::__todo()
        }
    }
    impl ProvideCredentials for SharedCredentialsProvider {
        fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            crate::__todo()
        }
    }
}
