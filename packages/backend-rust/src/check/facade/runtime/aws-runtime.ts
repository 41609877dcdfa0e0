/** Facades of `aws-types`, `aws-credential-types` and `aws-config` 1.x. */
import { CRATE_ATTRS, RUST_HEADER, type SupportCrate } from "./crate.js";

const AWS_TYPES = String.raw`
pub mod region {
    use std::borrow::Cow;
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct Region(Cow<'static, str>);
    impl AsRef<str> for Region {
        fn as_ref(&self) -> &str { crate::__todo() }
    }
    impl std::fmt::Display for Region {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
    }
    impl Region {
        pub fn new(region: impl Into<Cow<'static, str>>) -> Self { crate::__todo() }
        pub const fn from_static(region: &'static str) -> Self {
            Region(Cow::Borrowed(region))
        }
    }
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct SigningRegion(Cow<'static, str>);
    impl AsRef<str> for SigningRegion {
        fn as_ref(&self) -> &str { crate::__todo() }
    }
    impl From<Region> for SigningRegion {
        fn from(value: Region) -> Self { crate::__todo() }
    }
    impl From<&'static str> for SigningRegion {
        fn from(value: &'static str) -> Self { crate::__todo() }
    }
}

pub mod app_name {
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct AppName(std::borrow::Cow<'static, str>);
    impl AppName {
        pub fn new(app_name: impl Into<std::borrow::Cow<'static, str>>) -> Result<Self, InvalidAppName> {
            crate::__todo()
        }
    }
    impl AsRef<str> for AppName {
        fn as_ref(&self) -> &str { crate::__todo() }
    }
    #[derive(Debug)]
    pub struct InvalidAppName;
    impl std::fmt::Display for InvalidAppName {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
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
        fn request_id(&self) -> Option<&str> { crate::__todo() }
    }
    impl RequestId for aws_smithy_types::error::Unhandled {
        fn request_id(&self) -> Option<&str> { crate::__todo() }
    }
    impl RequestId for HttpResponse {
        fn request_id(&self) -> Option<&str> { crate::__todo() }
    }
    impl<E> RequestId for SdkError<E, HttpResponse>
    where
        E: RequestId,
    {
        fn request_id(&self) -> Option<&str> { crate::__todo() }
    }
    impl<O, E> RequestId for Result<O, E>
    where
        O: RequestId,
        E: RequestId,
    {
        fn request_id(&self) -> Option<&str> { crate::__todo() }
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
        pub fn builder() -> Builder { crate::__todo() }
        pub fn region(&self) -> Option<&Region> { crate::__todo() }
        pub fn endpoint_url(&self) -> Option<&str> { crate::__todo() }
        pub fn retry_config(&self) -> Option<&RetryConfig> { crate::__todo() }
        pub fn timeout_config(&self) -> Option<&TimeoutConfig> { crate::__todo() }
        pub fn credentials_provider(&self) -> Option<SharedCredentialsProvider> { crate::__todo() }
        pub fn http_client(&self) -> Option<SharedHttpClient> { crate::__todo() }
        pub fn app_name(&self) -> Option<&AppName> { crate::__todo() }
        pub fn use_fips(&self) -> Option<bool> { crate::__todo() }
        pub fn use_dual_stack(&self) -> Option<bool> { crate::__todo() }
        pub fn behavior_version(&self) -> Option<BehaviorVersion> { crate::__todo() }
        pub fn into_builder(self) -> Builder { crate::__todo() }
        pub fn to_builder(&self) -> Builder { crate::__todo() }
    }
    #[derive(Debug, Clone, Default)]
    pub struct Builder {
        inner: (),
    }
    impl Builder {
        pub fn region(self, region: impl Into<Option<Region>>) -> Self { crate::__todo() }
        pub fn set_region(&mut self, region: impl Into<Option<Region>>) -> &mut Self { crate::__todo() }
        pub fn endpoint_url(self, endpoint_url: impl Into<String>) -> Self { crate::__todo() }
        pub fn set_endpoint_url(&mut self, endpoint_url: Option<String>) -> &mut Self { crate::__todo() }
        pub fn retry_config(self, retry_config: RetryConfig) -> Self { crate::__todo() }
        pub fn timeout_config(self, timeout_config: TimeoutConfig) -> Self { crate::__todo() }
        pub fn credentials_provider(self, provider: SharedCredentialsProvider) -> Self { crate::__todo() }
        pub fn set_credentials_provider(&mut self, provider: Option<SharedCredentialsProvider>) -> &mut Self {
            crate::__todo()
        }
        pub fn http_client(self, http_client: impl HttpClient + 'static) -> Self { crate::__todo() }
        pub fn app_name(self, app_name: AppName) -> Self { crate::__todo() }
        pub fn use_fips(self, use_fips: bool) -> Self { crate::__todo() }
        pub fn use_dual_stack(self, use_dual_stack: bool) -> Self { crate::__todo() }
        pub fn behavior_version(self, behavior_version: BehaviorVersion) -> Self { crate::__todo() }
        pub fn build(self) -> SdkConfig { crate::__todo() }
    }
}
pub use sdk_config::SdkConfig;
`;

const CREDENTIAL_TYPES = String.raw`
mod credentials_impl {
    use std::time::SystemTime;
    #[derive(Clone, Eq, PartialEq)]
    pub struct Credentials(std::sync::Arc<()>);
    impl std::fmt::Debug for Credentials {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
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
        pub fn for_tests() -> Self { crate::__todo() }
        pub fn for_tests_with_session_token() -> Self { crate::__todo() }
        pub fn access_key_id(&self) -> &str { crate::__todo() }
        pub fn secret_access_key(&self) -> &str { crate::__todo() }
        pub fn expiry(&self) -> Option<SystemTime> { crate::__todo() }
        pub fn expiry_mut(&mut self) -> &mut Option<SystemTime> { crate::__todo() }
        pub fn session_token(&self) -> Option<&str> { crate::__todo() }
        pub fn account_id(&self) -> Option<&crate::attributes::AccountId> { crate::__todo() }
    }
}
pub use credentials_impl::Credentials;

pub mod attributes {
    #[derive(Clone, Debug, Eq, PartialEq, Hash)]
    pub struct AccountId {
        inner: String,
    }
    impl AccountId {
        pub fn as_str(&self) -> &str { crate::__todo() }
    }
    impl<T> From<T> for AccountId
    where
        T: Into<String>,
    {
        fn from(value: T) -> Self { crate::__todo() }
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
            pub fn not_loaded(source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>) -> Self {
                crate::__todo()
            }
            pub fn provider_error(source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>) -> Self {
                crate::__todo()
            }
        }
        impl std::fmt::Display for CredentialsError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { crate::__todo() }
        }
        impl std::error::Error for CredentialsError {}
    }

    pub type Result = std::result::Result<Credentials, error::CredentialsError>;

    pub mod future {
        pub struct ProvideCredentials<'a>(std::marker::PhantomData<&'a ()>);
        impl<'a> ProvideCredentials<'a> {
            pub fn ready(credentials: super::Result) -> Self { crate::__todo() }
            pub fn new(future: impl std::future::Future<Output = super::Result> + Send + 'a) -> Self {
                crate::__todo()
            }
        }
        impl std::future::Future for ProvideCredentials<'_> {
            type Output = super::Result;
            fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
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
        pub fn new(provider: impl ProvideCredentials + 'static) -> Self { crate::__todo() }
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
`;

const AWS_CONFIG = String.raw`
pub use aws_smithy_runtime_api::client::behavior_version::BehaviorVersion;
pub use aws_types::{
    app_name::{AppName, InvalidAppName},
    region::Region,
    SdkConfig,
};

pub mod meta {
    pub mod region {
        use aws_types::region::Region;
        pub trait ProvideRegion: Send + Sync + std::fmt::Debug {}
        impl ProvideRegion for Option<Region> {}
        impl ProvideRegion for Region {}
        impl ProvideRegion for &Region {}
        impl ProvideRegion for Box<dyn ProvideRegion> {}
        impl ProvideRegion for &'static str {}
        impl ProvideRegion for RegionProviderChain {}
        #[derive(Debug)]
        pub struct RegionProviderChain {
            inner: (),
        }
        impl RegionProviderChain {
            pub fn first_try(provider: impl ProvideRegion + 'static) -> Self { crate::__todo() }
            pub fn or_else(self, fallback: impl ProvideRegion + 'static) -> Self { crate::__todo() }
            pub fn default_provider() -> Self { crate::__todo() }
            pub fn or_default_provider(self) -> Self { crate::__todo() }
            pub async fn region(&self) -> Option<Region> { crate::__todo() }
        }
    }
}

pub mod retry {
    pub use aws_smithy_types::retry::{RetryConfig, RetryMode};
}
pub mod timeout {
    pub use aws_smithy_types::timeout::{TimeoutConfig, TimeoutConfigBuilder};
}

pub use loader::ConfigLoader;

mod loader {
    use crate::meta::region::ProvideRegion;
    use aws_credential_types::provider::ProvideCredentials;
    use aws_smithy_runtime_api::client::behavior_version::BehaviorVersion;
    use aws_smithy_runtime_api::client::http::HttpClient;
    use aws_smithy_types::retry::RetryConfig;
    use aws_smithy_types::timeout::TimeoutConfig;
    use aws_types::app_name::AppName;
    use aws_types::SdkConfig;

    #[derive(Default, Debug)]
    pub struct ConfigLoader {
        inner: (),
    }
    impl ConfigLoader {
        pub fn behavior_version(self, behavior_version: BehaviorVersion) -> Self { crate::__todo() }
        pub fn region(self, region: impl ProvideRegion + 'static) -> Self { crate::__todo() }
        pub fn retry_config(self, retry_config: RetryConfig) -> Self { crate::__todo() }
        pub fn timeout_config(self, timeout_config: TimeoutConfig) -> Self { crate::__todo() }
        pub fn http_client(self, http_client: impl HttpClient + 'static) -> Self { crate::__todo() }
        pub fn credentials_provider(self, credentials_provider: impl ProvideCredentials + 'static) -> Self {
            crate::__todo()
        }
        pub fn no_credentials(self) -> Self { crate::__todo() }
        pub fn test_credentials(self) -> Self { crate::__todo() }
        pub fn empty_test_environment(self) -> Self { crate::__todo() }
        pub fn app_name(self, app_name: AppName) -> Self { crate::__todo() }
        pub fn profile_name(self, profile_name: impl Into<String>) -> Self { crate::__todo() }
        pub fn endpoint_url(self, endpoint_url: impl Into<String>) -> Self { crate::__todo() }
        pub fn use_fips(self, use_fips: bool) -> Self { crate::__todo() }
        pub fn use_dual_stack(self, use_dual_stack: bool) -> Self { crate::__todo() }
        pub fn disable_request_compression(self, disable_request_compression: bool) -> Self { crate::__todo() }
        pub async fn load(self) -> SdkConfig { crate::__todo() }
    }
}

pub fn from_env() -> ConfigLoader { crate::__todo() }
pub async fn load_from_env() -> SdkConfig { crate::__todo() }
pub fn defaults(version: BehaviorVersion) -> ConfigLoader { crate::__todo() }
pub async fn load_defaults(version: BehaviorVersion) -> SdkConfig { crate::__todo() }
`;

export const AWS_TYPES_CRATE: SupportCrate = {
  name: "aws-types",
  lib: "aws_types",
  deps: ["aws-smithy-types", "aws-smithy-runtime-api", "aws-credential-types"],
  files: {
    "src/lib.rs": RUST_HEADER + "//! Facade of aws-types 1.x.\n" + CRATE_ATTRS + AWS_TYPES.trimStart(),
  },
};

export const AWS_CREDENTIAL_TYPES: SupportCrate = {
  name: "aws-credential-types",
  lib: "aws_credential_types",
  deps: [],
  files: {
    "src/lib.rs":
      RUST_HEADER + "//! Facade of aws-credential-types 1.x.\n" + CRATE_ATTRS + CREDENTIAL_TYPES.trimStart(),
  },
};

export const AWS_CONFIG_CRATE: SupportCrate = {
  name: "aws-config",
  lib: "aws_config",
  deps: ["aws-smithy-types", "aws-smithy-runtime-api", "aws-credential-types", "aws-types"],
  files: {
    "src/lib.rs": RUST_HEADER + "//! Facade of aws-config 1.x.\n" + CRATE_ATTRS + AWS_CONFIG.trimStart(),
  },
};
