// One service struct of a `winterbaume-<svc>` facade; `ServiceStruct` is replaced by its name.
pub struct ServiceStruct {
    inner: (),
}
impl ServiceStruct {
    pub fn new() -> Self {
        crate::__todo()
    }
}
impl Default for ServiceStruct {
    fn default() -> Self {
        crate::__todo()
    }
}
impl winterbaume_core::MockService for ServiceStruct {
    fn service_name(&self) -> &str {
        crate::__todo()
    }
    fn url_patterns(&self) -> Vec<&str> {
        crate::__todo()
    }
    fn handle(
        &self,
        request: winterbaume_core::MockRequest,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = winterbaume_core::MockResponse> + Send + '_>,
    > {
        crate::__todo()
    }
}
