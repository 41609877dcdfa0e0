/** Facades of `winterbaume-core` and of one `winterbaume-<svc>` crate (its service structs). */
import { CRATE_ATTRS, RUST_HEADER, type SupportCrate } from "./crate.js";

const CORE = String.raw`
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
        fn handle(&self, request: MockRequest) -> Pin<Box<dyn Future<Output = MockResponse> + Send + '_>>;
    }
    impl<T: MockService> MockService for std::sync::Arc<T> {
        fn service_name(&self) -> &str { crate::__todo() }
        fn url_patterns(&self) -> Vec<&str> { crate::__todo() }
        fn handle(&self, request: MockRequest) -> Pin<Box<dyn Future<Output = MockResponse> + Send + '_>> {
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
        pub fn builder() -> MockAwsBuilder { crate::__todo() }
        pub fn http_client(&self) -> SharedHttpClient { crate::__todo() }
        pub fn credentials_provider(&self) -> SharedCredentialsProvider { crate::__todo() }
        pub fn account_id(&self) -> &str { crate::__todo() }
        pub async fn sdk_config(&self, region: &str) -> aws_config::SdkConfig { crate::__todo() }
    }
    pub struct MockAwsBuilder {
        inner: (),
    }
    impl MockAwsBuilder {
        pub fn with_service(self, service: impl MockService) -> Self { crate::__todo() }
        pub fn account_id(self, id: impl Into<String>) -> Self { crate::__todo() }
        pub fn build(self) -> MockAws { crate::__todo() }
    }
}
pub use mock_aws::{MockAws, MockAwsBuilder};
`;

export const WINTERBAUME_CORE: SupportCrate = {
  name: "winterbaume-core",
  lib: "winterbaume_core",
  deps: ["aws-config", "aws-credential-types", "aws-smithy-runtime-api"],
  files: { "src/lib.rs": RUST_HEADER + "//! Facade of winterbaume-core.\n" + CRATE_ATTRS + CORE.trimStart() },
};

/**
 * A `winterbaume-<svc>` facade exporting the given service structs (`EcsService`), each with
 * `new()`, `Default` and a `MockService` impl. `suffix` is the crate suffix (`ecs` for `winterbaume_ecs`).
 */
export function winterbaumeServiceCrate(suffix: string, structs: readonly string[]): SupportCrate {
  const names = [...new Set(structs)].sort();
  const items = names.map(
    (n) =>
      `pub struct ${n} {\n    inner: (),\n}\n` +
      `impl ${n} {\n    pub fn new() -> Self { crate::__todo() }\n}\n` +
      `impl Default for ${n} {\n    fn default() -> Self { crate::__todo() }\n}\n` +
      `impl winterbaume_core::MockService for ${n} {\n` +
      `    fn service_name(&self) -> &str { crate::__todo() }\n` +
      `    fn url_patterns(&self) -> Vec<&str> { crate::__todo() }\n` +
      `    fn handle(\n        &self,\n        request: winterbaume_core::MockRequest,\n` +
      `    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = winterbaume_core::MockResponse> + Send + '_>> {\n` +
      `        crate::__todo()\n    }\n}\n`,
  );
  return {
    name: `winterbaume-${suffix.replace(/_/g, "-")}`,
    lib: `winterbaume_${suffix}`,
    deps: ["winterbaume-core"],
    files: {
      "src/lib.rs":
        RUST_HEADER +
        `//! Facade of winterbaume-${suffix}: its service structs.\n` +
        CRATE_ATTRS +
        items.join("\n"),
    },
  };
}
