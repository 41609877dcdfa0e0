// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of aws-smithy-runtime-api 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

pub mod box_error {
    pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
}

pub mod http {
    use aws_smithy_types::body::SdkBody;

    #[derive(Copy, Clone, Debug, Eq, PartialEq)]
    pub struct StatusCode(u16);
    impl StatusCode {
        pub fn is_success(self) -> bool {
            crate::__todo()
        }
        pub fn is_client_error(self) -> bool {
            crate::__todo()
        }
        pub fn is_server_error(self) -> bool {
            crate::__todo()
        }
        pub fn as_u16(self) -> u16 {
            crate::__todo()
        }
    }
    impl TryFrom<u16> for StatusCode {
        type Error = HttpError;
        fn try_from(value: u16) -> Result<Self, Self::Error> {
            crate::__todo()
        }
    }
    impl From<StatusCode> for u16 {
        fn from(value: StatusCode) -> Self {
            crate::__todo()
        }
    }
    impl std::fmt::Display for StatusCode {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }

    #[derive(Debug)]
    pub struct HttpError(());
    impl std::fmt::Display for HttpError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::error::Error for HttpError {}

    #[derive(Clone, Default, Debug)]
    pub struct Headers {
        inner: (),
    }
    impl Headers {
        pub fn new() -> Self {
            crate::__todo()
        }
        pub fn get(&self, key: impl AsRef<str>) -> Option<&str> {
            crate::__todo()
        }
        pub fn get_all(&self, key: impl AsRef<str>) -> std::vec::IntoIter<&str> {
            crate::__todo()
        }
        pub fn iter(&self) -> HeadersIter<'_> {
            crate::__todo()
        }
        pub fn len(&self) -> usize {
            crate::__todo()
        }
        pub fn is_empty(&self) -> bool {
            crate::__todo()
        }
        pub fn contains_key(&self, key: impl AsRef<str>) -> bool {
            crate::__todo()
        }
        pub fn insert(
            &mut self,
            key: impl Into<String>,
            value: impl Into<String>,
        ) -> Option<String> {
            crate::__todo()
        }
        pub fn append(&mut self, key: impl Into<String>, value: impl Into<String>) -> bool {
            crate::__todo()
        }
        pub fn remove(&mut self, key: impl AsRef<str>) -> Option<String> {
            crate::__todo()
        }
    }
    pub struct HeadersIter<'a> {
        inner: std::marker::PhantomData<&'a ()>,
    }
    impl<'a> Iterator for HeadersIter<'a> {
        type Item = (&'a str, &'a str);
        fn next(&mut self) -> Option<Self::Item> {
            crate::__todo()
        }
    }
    impl<'a> IntoIterator for &'a Headers {
        type Item = (&'a str, &'a str);
        type IntoIter = HeadersIter<'a>;
        fn into_iter(self) -> Self::IntoIter {
            crate::__todo()
        }
    }

    #[derive(Debug)]
    pub struct Response<B = SdkBody> {
        status: StatusCode,
        body: B,
    }
    impl<B> Response<B> {
        pub fn new(status: StatusCode, body: B) -> Self {
            crate::__todo()
        }
        pub fn map<U>(self, f: impl Fn(B) -> U) -> Response<U> {
            crate::__todo()
        }
        pub fn status(&self) -> StatusCode {
            crate::__todo()
        }
        pub fn status_mut(&mut self) -> &mut StatusCode {
            crate::__todo()
        }
        pub fn headers(&self) -> &Headers {
            crate::__todo()
        }
        pub fn headers_mut(&mut self) -> &mut Headers {
            crate::__todo()
        }
        pub fn body(&self) -> &B {
            crate::__todo()
        }
        pub fn body_mut(&mut self) -> &mut B {
            crate::__todo()
        }
        pub fn into_body(self) -> B {
            crate::__todo()
        }
    }
    impl Response<SdkBody> {
        pub fn take_body(&mut self) -> SdkBody {
            crate::__todo()
        }
    }

    #[derive(Debug)]
    pub struct Request<B = SdkBody> {
        body: B,
    }
    impl<B> Request<B> {
        pub fn new(body: B) -> Self {
            crate::__todo()
        }
        pub fn uri(&self) -> &str {
            crate::__todo()
        }
        pub fn method(&self) -> &str {
            crate::__todo()
        }
        pub fn headers(&self) -> &Headers {
            crate::__todo()
        }
        pub fn headers_mut(&mut self) -> &mut Headers {
            crate::__todo()
        }
        pub fn body(&self) -> &B {
            crate::__todo()
        }
        pub fn body_mut(&mut self) -> &mut B {
            crate::__todo()
        }
        pub fn into_body(self) -> B {
            crate::__todo()
        }
    }
}

pub mod client {
    pub mod orchestrator {
        use aws_smithy_types::body::SdkBody;
        pub type HttpRequest = crate::http::Request<SdkBody>;
        pub type HttpResponse = crate::http::Response<SdkBody>;
    }

    pub mod behavior_version {
        #[derive(Copy, Clone, PartialEq, Debug)]
        pub struct BehaviorVersion {
            inner: (),
        }
        impl BehaviorVersion {
            pub fn latest() -> Self {
                crate::__todo()
            }
            pub fn v2026_01_12() -> Self {
                crate::__todo()
            }
            pub fn v2025_08_07() -> Self {
                crate::__todo()
            }
            pub fn v2025_01_17() -> Self {
                crate::__todo()
            }
            pub fn v2024_03_28() -> Self {
                crate::__todo()
            }
            pub fn v2023_11_09() -> Self {
                crate::__todo()
            }
            pub fn is_at_least(&self, other: BehaviorVersion) -> bool {
                crate::__todo()
            }
        }
    }

    pub mod http {
        pub trait HttpClient: Send + Sync + std::fmt::Debug {}
        #[derive(Clone, Debug)]
        pub struct SharedHttpClient {
            inner: std::sync::Arc<dyn HttpClient>,
        }
        impl SharedHttpClient {
            pub fn new(client: impl HttpClient + 'static) -> Self {
                crate::__todo()
            }
        }
        impl HttpClient for SharedHttpClient {}
    }

    pub mod result {
        use crate::box_error::BoxError;
        use aws_smithy_types::error::metadata::ProvideErrorMetadata;
        use aws_smithy_types::error::operation::BuildError;
        use aws_smithy_types::error::ErrorMetadata;
        use std::error::Error;
        use std::fmt::{self, Debug, Display, Formatter};

        #[derive(Debug)]
        pub struct ConstructionFailure {
            pub(crate) source: BoxError,
        }
        #[derive(Debug)]
        pub struct TimeoutError {
            source: BoxError,
        }
        #[derive(Debug)]
        pub struct DispatchFailure {
            source: ConnectorError,
        }
        impl DispatchFailure {
            pub fn is_io(&self) -> bool {
                crate::__todo()
            }
            pub fn is_timeout(&self) -> bool {
                crate::__todo()
            }
            pub fn is_user(&self) -> bool {
                crate::__todo()
            }
            pub fn is_other(&self) -> bool {
                crate::__todo()
            }
            pub fn as_connector_error(&self) -> Option<&ConnectorError> {
                crate::__todo()
            }
        }
        #[derive(Debug)]
        pub struct ResponseError<R> {
            source: BoxError,
            raw: R,
        }
        impl<R> ResponseError<R> {
            pub fn raw(&self) -> &R {
                crate::__todo()
            }
            pub fn into_raw(self) -> R {
                crate::__todo()
            }
        }
        #[derive(Debug)]
        pub struct ServiceError<E, R> {
            source: E,
            raw: R,
        }
        impl<E, R> ServiceError<E, R> {
            pub fn err(&self) -> &E {
                crate::__todo()
            }
            pub fn into_err(self) -> E {
                crate::__todo()
            }
            pub fn raw(&self) -> &R {
                crate::__todo()
            }
            pub fn into_raw(self) -> R {
                crate::__todo()
            }
        }

        pub trait CreateUnhandledError {
            fn create_unhandled_error(
                source: Box<dyn Error + Send + Sync + 'static>,
                meta: Option<ErrorMetadata>,
            ) -> Self;
        }

        #[non_exhaustive]
        #[derive(Debug)]
        pub enum SdkError<E, R> {
            ConstructionFailure(ConstructionFailure),
            TimeoutError(TimeoutError),
            DispatchFailure(DispatchFailure),
            ResponseError(ResponseError<R>),
            ServiceError(ServiceError<E, R>),
        }
        impl<E, R> SdkError<E, R> {
            pub fn construction_failure(source: impl Into<BoxError>) -> Self {
                crate::__todo()
            }
            pub fn timeout_error(source: impl Into<BoxError>) -> Self {
                crate::__todo()
            }
            pub fn dispatch_failure(source: ConnectorError) -> Self {
                crate::__todo()
            }
            pub fn response_error(source: impl Into<BoxError>, raw: R) -> Self {
                crate::__todo()
            }
            pub fn service_error(source: E, raw: R) -> Self {
                crate::__todo()
            }
            pub fn into_service_error(self) -> E
            where
                E: std::error::Error + Send + Sync + CreateUnhandledError + 'static,
                R: Debug + Send + Sync + 'static,
            {
                crate::__todo()
            }
            pub fn as_service_error(&self) -> Option<&E> {
                crate::__todo()
            }
            pub fn into_source(self) -> Result<Box<dyn Error + Send + Sync + 'static>, Self>
            where
                E: std::error::Error + Send + Sync + 'static,
            {
                crate::__todo()
            }
            pub fn raw_response(&self) -> Option<&R> {
                crate::__todo()
            }
            pub fn map_service_error<E2>(self, map: impl FnOnce(E) -> E2) -> SdkError<E2, R> {
                crate::__todo()
            }
        }
        impl<E, R> Display for SdkError<E, R> {
            fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
                crate::__todo()
            }
        }
        impl<E, R> Error for SdkError<E, R>
        where
            E: Error + 'static,
            R: Debug,
        {
        }
        impl<E, R> From<BuildError> for SdkError<E, R> {
            fn from(value: BuildError) -> Self {
                crate::__todo()
            }
        }
        impl<E, R> ProvideErrorMetadata for SdkError<E, R>
        where
            E: ProvideErrorMetadata,
        {
            fn meta(&self) -> &ErrorMetadata {
                crate::__todo()
            }
        }

        #[derive(Debug)]
        pub struct ConnectorError {
            source: BoxError,
        }
        impl Display for ConnectorError {
            fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
                crate::__todo()
            }
        }
        impl Error for ConnectorError {}
        impl ConnectorError {
            pub fn timeout(source: BoxError) -> Self {
                crate::__todo()
            }
            pub fn user(source: BoxError) -> Self {
                crate::__todo()
            }
            pub fn io(source: BoxError) -> Self {
                crate::__todo()
            }
            pub fn is_io(&self) -> bool {
                crate::__todo()
            }
            pub fn is_timeout(&self) -> bool {
                crate::__todo()
            }
            pub fn is_user(&self) -> bool {
                crate::__todo()
            }
            pub fn is_other(&self) -> bool {
                crate::__todo()
            }
            pub fn into_source(self) -> BoxError {
                crate::__todo()
            }
        }
    }

    pub mod waiters {
        use crate::client::orchestrator::HttpResponse;
        use crate::client::result::SdkError;

        #[derive(Debug)]
        pub struct FinalPoll<O, E> {
            result: Result<O, E>,
        }
        impl<O, E> FinalPoll<O, E> {
            pub fn new(result: Result<O, E>) -> Self {
                crate::__todo()
            }
            pub fn into_result(self) -> Result<O, E> {
                crate::__todo()
            }
            pub fn as_result(&self) -> Result<&O, &E> {
                crate::__todo()
            }
            pub fn map<O2, F: FnOnce(O) -> O2>(self, mapper: F) -> FinalPoll<O2, E> {
                crate::__todo()
            }
            pub fn map_err<E2, F: FnOnce(E) -> E2>(self, mapper: F) -> FinalPoll<O, E2> {
                crate::__todo()
            }
        }

        pub mod error {
            use super::FinalPoll;
            use crate::client::orchestrator::HttpResponse;
            use crate::client::result::SdkError;
            use std::time::Duration;

            #[non_exhaustive]
            #[derive(Debug)]
            pub enum WaiterError<O, E> {
                ConstructionFailure(crate::client::result::ConstructionFailure),
                ExceededMaxWait(ExceededMaxWait),
                FailureState(FailureState<O, E>),
                OperationFailed(OperationFailed<E>),
            }
            impl<O, E> std::fmt::Display for WaiterError<O, E> {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::__todo()
                }
            }
            impl<O, E> std::error::Error for WaiterError<O, E>
            where
                O: std::fmt::Debug,
                E: std::error::Error + std::fmt::Debug + 'static,
            {
            }
            impl<O, E> aws_smithy_types::error::metadata::ProvideErrorMetadata for WaiterError<O, E>
            where
                E: aws_smithy_types::error::metadata::ProvideErrorMetadata,
            {
                fn meta(&self) -> &aws_smithy_types::error::ErrorMetadata {
                    crate::__todo()
                }
            }
            #[derive(Debug)]
            pub struct ExceededMaxWait {
                max_wait: Duration,
            }
            impl ExceededMaxWait {
                pub fn max_wait(&self) -> Duration {
                    crate::__todo()
                }
                pub fn elapsed(&self) -> Duration {
                    crate::__todo()
                }
                pub fn poll_count(&self) -> u32 {
                    crate::__todo()
                }
            }
            #[derive(Debug)]
            pub struct FailureState<O, E> {
                final_poll: FinalPoll<O, E>,
            }
            impl<O, E> FailureState<O, E> {
                pub fn final_poll(&self) -> &FinalPoll<O, E> {
                    crate::__todo()
                }
                pub fn into_final_poll(self) -> FinalPoll<O, E> {
                    crate::__todo()
                }
            }
            #[derive(Debug)]
            pub struct OperationFailed<E> {
                source: SdkError<E, HttpResponse>,
            }
            impl<E> OperationFailed<E> {
                pub fn error(&self) -> &SdkError<E, HttpResponse> {
                    crate::__todo()
                }
                pub fn into_error(self) -> SdkError<E, HttpResponse> {
                    crate::__todo()
                }
            }
        }
    }
}
