#[derive(Clone, Debug)]
pub struct PresigningConfig {
    _private: (),
}
impl PresigningConfig {
    pub fn builder() -> PresigningConfigBuilder {
        crate::__todo()
    }
    pub fn expires_in(
        expires_in: ::std::time::Duration,
    ) -> ::std::result::Result<PresigningConfig, PresigningConfigError> {
        crate::__todo()
    }
    pub fn expires(&self) -> ::std::time::Duration {
        crate::__todo()
    }
    pub fn start_time(&self) -> ::std::time::SystemTime {
        crate::__todo()
    }
}
#[derive(Debug)]
pub struct PresigningConfigError {
    _private: (),
}
impl ::std::fmt::Display for PresigningConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::__todo()
    }
}
impl ::std::error::Error for PresigningConfigError {}
#[derive(Default, Debug)]
pub struct PresigningConfigBuilder {
    _private: (),
}
impl PresigningConfigBuilder {
    pub fn start_time(self, start_time: ::std::time::SystemTime) -> Self {
        crate::__todo()
    }
    pub fn expires_in(self, expires_in: ::std::time::Duration) -> Self {
        crate::__todo()
    }
    pub fn build(self) -> ::std::result::Result<PresigningConfig, PresigningConfigError> {
        crate::__todo()
    }
}
#[derive(Debug, Clone)]
pub struct PresignedRequest {
    _private: (),
}
impl PresignedRequest {
    pub fn method(&self) -> &str {
        crate::__todo()
    }
    pub fn uri(&self) -> &str {
        crate::__todo()
    }
    pub fn headers(&self) -> ::std::vec::IntoIter<(&str, &str)> {
        crate::__todo()
    }
}
