// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of aws-types 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

pub mod region {
    use std::borrow::Cow;
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct Region(Cow<'static, str>);
    impl AsRef<str> for Region {
        fn as_ref(&self) -> &str {
            crate::__todo()
        }
    }
    impl std::fmt::Display for Region {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl Region {
        pub fn new(region: impl Into<Cow<'static, str>>) -> Self {
            crate::__todo()
        }
        pub const fn from_static(region: &'static str) -> Self {
            Region(Cow::Borrowed(region))
        }
    }
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct SigningRegion(Cow<'static, str>);
    impl AsRef<str> for SigningRegion {
        fn as_ref(&self) -> &str {
            crate::__todo()
        }
    }
    impl From<Region> for SigningRegion {
        fn from(value: Region) -> Self {
            crate::__todo()
        }
    }
    impl From<&'static str> for SigningRegion {
        fn from(value: &'static str) -> Self {
            crate::__todo()
        }
    }
}

pub mod app_name {
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct AppName(std::borrow::Cow<'static, str>);
    impl AppName {
        pub fn new(
            app_name: impl Into<std::borrow::Cow<'static, str>>,
        ) -> Result<Self, InvalidAppName> {
            crate::__todo()
        }
    }
    impl AsRef<str> for AppName {
        fn as_ref(&self) -> &str {
            crate::__todo()
        }
    }
    #[derive(Debug)]
    pub struct InvalidAppName;
    impl std::fmt::Display for InvalidAppName {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::error::Error for InvalidAppName {}
}

pub mod request_id {
    use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
    use aws_smithy_runtime_api::client::result::SdkError;
    use aws_smithy_types::error::ErrorMetadata;

    pub trait RequestId {
        fn request_id(&self) -> Option<&str>;
    }
    impl RequestId for ErrorMetadata {
        fn request_id(&self) -> Option<&str> {
            crate::__todo()
        }
    }
    impl RequestId for aws_smithy_types::error::Unhandled {
        fn request_id(&self) -> Option<&str> {
            crate::__todo()
        }
    }
    impl RequestId for HttpResponse {
        fn request_id(&self) -> Option<&str> {
            crate::__todo()
        }
    }
    impl<E> RequestId for SdkError<E, HttpResponse>
    where
        E: RequestId,
    {
        fn request_id(&self) -> Option<&str> {
            crate::__todo()
        }
    }
    impl<O, E> RequestId for Result<O, E>
    where
        O: RequestId,
        E: RequestId,
    {
        fn request_id(&self) -> Option<&str> {
            crate::__todo()
        }
    }
}

pub mod sdk_config {
    use crate::app_name::AppName;
    use crate::region::Region;
    use aws_credential_types::provider::SharedCredentialsProvider;
    use aws_smithy_runtime_api::client::behavior_version::BehaviorVersion;
    use aws_smithy_runtime_api::client::http::{HttpClient, SharedHttpClient};
    use aws_smithy_types::retry::RetryConfig;
    use aws_smithy_types::timeout::TimeoutConfig;

    #[derive(Debug, Clone)]
    pub struct SdkConfig {
        inner: (),
    }
    impl SdkConfig {
        pub fn builder() -> Builder {
            crate::__todo()
        }
        pub fn region(&self) -> Option<&Region> {
            crate::__todo()
        }
        pub fn endpoint_url(&self) -> Option<&str> {
            crate::__todo()
        }
        pub fn retry_config(&self) -> Option<&RetryConfig> {
            crate::__todo()
        }
        pub fn timeout_config(&self) -> Option<&TimeoutConfig> {
            crate::__todo()
        }
        pub fn credentials_provider(&self) -> Option<SharedCredentialsProvider> {
            crate::__todo()
        }
        pub fn http_client(&self) -> Option<SharedHttpClient> {
            crate::__todo()
        }
        pub fn app_name(&self) -> Option<&AppName> {
            crate::__todo()
        }
        pub fn use_fips(&self) -> Option<bool> {
            crate::__todo()
        }
        pub fn use_dual_stack(&self) -> Option<bool> {
            crate::__todo()
        }
        pub fn behavior_version(&self) -> Option<BehaviorVersion> {
            crate::__todo()
        }
        pub fn into_builder(self) -> Builder {
            crate::__todo()
        }
        pub fn to_builder(&self) -> Builder {
            crate::__todo()
        }
    }
    #[derive(Debug, Clone, Default)]
    pub struct Builder {
        inner: (),
    }
    impl Builder {
        pub fn region(self, region: impl Into<Option<Region>>) -> Self {
            crate::__todo()
        }
        pub fn set_region(&mut self, region: impl Into<Option<Region>>) -> &mut Self {
            crate::__todo()
        }
        pub fn endpoint_url(self, endpoint_url: impl Into<String>) -> Self {
            crate::__todo()
        }
        pub fn set_endpoint_url(&mut self, endpoint_url: Option<String>) -> &mut Self {
            crate::__todo()
        }
        pub fn retry_config(self, retry_config: RetryConfig) -> Self {
            crate::__todo()
        }
        pub fn timeout_config(self, timeout_config: TimeoutConfig) -> Self {
            crate::__todo()
        }
        pub fn credentials_provider(self, provider: SharedCredentialsProvider) -> Self {
            crate::__todo()
        }
        pub fn set_credentials_provider(
            &mut self,
            provider: Option<SharedCredentialsProvider>,
        ) -> &mut Self {
            crate::__todo()
        }
        pub fn http_client(self, http_client: impl HttpClient + 'static) -> Self {
            crate::__todo()
        }
        pub fn app_name(self, app_name: AppName) -> Self {
            crate::__todo()
        }
        pub fn use_fips(self, use_fips: bool) -> Self {
            crate::__todo()
        }
        pub fn use_dual_stack(self, use_dual_stack: bool) -> Self {
            crate::__todo()
        }
        pub fn behavior_version(self, behavior_version: BehaviorVersion) -> Self {
            crate::__todo()
        }
        pub fn build(self) -> SdkConfig {
            crate::__todo()
        }
    }
}
pub use sdk_config::SdkConfig;
