pub use ::aws_credential_types::provider::SharedCredentialsProvider;
pub use ::aws_credential_types::Credentials;
pub use ::aws_smithy_runtime_api::client::behavior_version::BehaviorVersion;
pub use ::aws_smithy_runtime_api::client::http::SharedHttpClient;
pub use ::aws_types::app_name::AppName;
pub use ::aws_types::region::Region;

pub mod retry {
    pub use ::aws_smithy_types::retry::{RetryConfig, RetryMode};
}
pub mod timeout {
    pub use ::aws_smithy_types::timeout::{TimeoutConfig, TimeoutConfigBuilder};
}

pub struct Config {
    _private: (),
}
__impl_clone!(Config);
__impl_debug!(Config);
impl Config {
    pub fn builder() -> Builder {
        crate::__todo()
    }
    pub fn to_builder(&self) -> Builder {
        crate::__todo()
    }
    pub fn new(config: &::aws_types::SdkConfig) -> Self {
        crate::__todo()
    }
    pub fn region(&self) -> ::std::option::Option<&Region> {
        crate::__todo()
    }
    pub fn credentials_provider(&self) -> ::std::option::Option<SharedCredentialsProvider> {
        crate::__todo()
    }
    pub fn http_client(&self) -> ::std::option::Option<SharedHttpClient> {
        crate::__todo()
    }
    pub fn behavior_version(&self) -> ::std::option::Option<BehaviorVersion> {
        crate::__todo()
    }
    pub fn retry_config(&self) -> ::std::option::Option<&retry::RetryConfig> {
        crate::__todo()
    }
    pub fn timeout_config(&self) -> ::std::option::Option<&timeout::TimeoutConfig> {
        crate::__todo()
    }
    pub fn app_name(&self) -> ::std::option::Option<&AppName> {
        crate::__todo()
    }
}
impl ::std::convert::From<&::aws_types::SdkConfig> for Config {
    fn from(sdk_config: &::aws_types::SdkConfig) -> Self {
        crate::__todo()
    }
}

pub struct Builder {
    _private: (),
}
__impl_clone!(Builder);
__impl_debug!(Builder);
__impl_default!(Builder);
impl Builder {
    pub fn new() -> Self {
        crate::__todo()
    }
    pub fn region(self, region: impl ::std::convert::Into<::std::option::Option<Region>>) -> Self {
        crate::__todo()
    }
    pub fn set_region(&mut self, region: ::std::option::Option<Region>) -> &mut Self {
        crate::__todo()
    }
    pub fn credentials_provider(
        self,
        credentials_provider: impl ::aws_credential_types::provider::ProvideCredentials + 'static,
    ) -> Self {
        crate::__todo()
    }
    pub fn set_credentials_provider(
        &mut self,
        credentials_provider: ::std::option::Option<SharedCredentialsProvider>,
    ) -> &mut Self {
        crate::__todo()
    }
    pub fn http_client(
        self,
        http_client: impl ::aws_smithy_runtime_api::client::http::HttpClient + 'static,
    ) -> Self {
        crate::__todo()
    }
    pub fn set_http_client(
        &mut self,
        http_client: ::std::option::Option<SharedHttpClient>,
    ) -> &mut Self {
        crate::__todo()
    }
    pub fn endpoint_url(
        self,
        endpoint_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        crate::__todo()
    }
    pub fn set_endpoint_url(
        &mut self,
        endpoint_url: ::std::option::Option<::std::string::String>,
    ) -> &mut Self {
        crate::__todo()
    }
    pub fn behavior_version(self, behavior_version: BehaviorVersion) -> Self {
        crate::__todo()
    }
    pub fn set_behavior_version(
        &mut self,
        behavior_version: ::std::option::Option<BehaviorVersion>,
    ) -> &mut Self {
        crate::__todo()
    }
    pub fn behavior_version_latest(self) -> Self {
        crate::__todo()
    }
    pub fn retry_config(self, retry_config: retry::RetryConfig) -> Self {
        crate::__todo()
    }
    pub fn timeout_config(self, timeout_config: timeout::TimeoutConfig) -> Self {
        crate::__todo()
    }
    pub fn app_name(self, app_name: AppName) -> Self {
        crate::__todo()
    }
    pub fn use_fips(self, use_fips: impl ::std::convert::Into<bool>) -> Self {
        crate::__todo()
    }
    pub fn use_dual_stack(self, use_dual_stack: impl ::std::convert::Into<bool>) -> Self {
        crate::__todo()
    }
    // @extra-builder-methods
    pub fn build(self) -> Config {
        crate::__todo()
    }
}
impl ::std::convert::From<&::aws_types::SdkConfig> for Builder {
    fn from(input: &::aws_types::SdkConfig) -> Self {
        crate::__todo()
    }
}
