// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of aws-config 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

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
            pub fn first_try(provider: impl ProvideRegion + 'static) -> Self {
                crate::__todo()
            }
            pub fn or_else(self, fallback: impl ProvideRegion + 'static) -> Self {
                crate::__todo()
            }
            pub fn default_provider() -> Self {
                crate::__todo()
            }
            pub fn or_default_provider(self) -> Self {
                crate::__todo()
            }
            pub async fn region(&self) -> Option<Region> {
                crate::__todo()
            }
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
        pub fn behavior_version(self, behavior_version: BehaviorVersion) -> Self {
            crate::__todo()
        }
        pub fn region(self, region: impl ProvideRegion + 'static) -> Self {
            crate::__todo()
        }
        pub fn retry_config(self, retry_config: RetryConfig) -> Self {
            crate::__todo()
        }
        pub fn timeout_config(self, timeout_config: TimeoutConfig) -> Self {
            crate::__todo()
        }
        pub fn http_client(self, http_client: impl HttpClient + 'static) -> Self {
            crate::__todo()
        }
        pub fn credentials_provider(
            self,
            credentials_provider: impl ProvideCredentials + 'static,
        ) -> Self {
            crate::__todo()
        }
        pub fn no_credentials(self) -> Self {
            crate::__todo()
        }
        pub fn test_credentials(self) -> Self {
            crate::__todo()
        }
        pub fn empty_test_environment(self) -> Self {
            crate::__todo()
        }
        pub fn app_name(self, app_name: AppName) -> Self {
            crate::__todo()
        }
        pub fn profile_name(self, profile_name: impl Into<String>) -> Self {
            crate::__todo()
        }
        pub fn endpoint_url(self, endpoint_url: impl Into<String>) -> Self {
            crate::__todo()
        }
        pub fn use_fips(self, use_fips: bool) -> Self {
            crate::__todo()
        }
        pub fn use_dual_stack(self, use_dual_stack: bool) -> Self {
            crate::__todo()
        }
        pub fn disable_request_compression(self, disable_request_compression: bool) -> Self {
            crate::__todo()
        }
        pub async fn load(self) -> SdkConfig {
            crate::__todo()
        }
    }
}

pub fn from_env() -> ConfigLoader {
    crate::__todo()
}
pub async fn load_from_env() -> SdkConfig {
    crate::__todo()
}
pub fn defaults(version: BehaviorVersion) -> ConfigLoader {
    crate::__todo()
}
pub async fn load_defaults(version: BehaviorVersion) -> SdkConfig {
    crate::__todo()
}
