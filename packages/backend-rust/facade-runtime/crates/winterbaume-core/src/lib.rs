// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of winterbaume-core.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

pub const DEFAULT_ACCOUNT_ID: &str = "123456789012";

pub mod service {
    use std::future::Future;
    use std::pin::Pin;

    #[derive(Debug)]
    pub struct MockRequest {
        inner: (),
    }
    #[derive(Debug)]
    pub struct MockResponse {
        inner: (),
    }
    pub trait MockService: Send + Sync + 'static {
        fn service_name(&self) -> &str;
        fn url_patterns(&self) -> Vec<&str>;
        fn handle(
            &self,
            request: MockRequest,
        ) -> Pin<Box<dyn Future<Output = MockResponse> + Send + '_>>;
    }
    impl<T: MockService> MockService for std::sync::Arc<T> {
        fn service_name(&self) -> &str {
            crate::__todo()
        }
        fn url_patterns(&self) -> Vec<&str> {
            crate::__todo()
        }
        fn handle(
            &self,
            request: MockRequest,
        ) -> Pin<Box<dyn Future<Output = MockResponse> + Send + '_>> {
            crate::__todo()
        }
    }
}
pub use service::{MockRequest, MockResponse, MockService};

pub mod mock_aws {
    use crate::service::MockService;
    use aws_credential_types::provider::SharedCredentialsProvider;
    use aws_smithy_runtime_api::client::http::SharedHttpClient;

    pub struct MockAws {
        inner: (),
    }
    impl MockAws {
        pub fn builder() -> MockAwsBuilder {
            crate::__todo()
        }
        pub fn http_client(&self) -> SharedHttpClient {
            crate::__todo()
        }
        pub fn credentials_provider(&self) -> SharedCredentialsProvider {
            crate::__todo()
        }
        pub fn account_id(&self) -> &str {
            crate::__todo()
        }
        pub async fn sdk_config(&self, region: &str) -> aws_config::SdkConfig {
            crate::__todo()
        }
    }
    pub struct MockAwsBuilder {
        inner: (),
    }
    impl MockAwsBuilder {
        pub fn with_service(self, service: impl MockService) -> Self {
            crate::__todo()
        }
        pub fn account_id(self, id: impl Into<String>) -> Self {
            crate::__todo()
        }
        pub fn build(self) -> MockAws {
            crate::__todo()
        }
    }
}
pub use mock_aws::{MockAws, MockAwsBuilder};
