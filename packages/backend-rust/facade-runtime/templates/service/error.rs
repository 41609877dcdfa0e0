pub use ::aws_smithy_runtime_api::box_error::BoxError;
pub use ::aws_smithy_runtime_api::client::result::ConnectorError;
pub use ::aws_smithy_types::error::display::DisplayErrorContext;
pub use ::aws_smithy_types::error::metadata::ErrorMetadata;
pub use ::aws_smithy_types::error::metadata::ProvideErrorMetadata;
pub use ::aws_smithy_types::error::operation::BuildError;

pub type SdkError<E, R = ::aws_smithy_runtime_api::client::orchestrator::HttpResponse> =
    ::aws_smithy_runtime_api::client::result::SdkError<E, R>;

#[derive(Debug)]
pub struct UnknownVariantError {
    value: ::std::string::String,
}
impl ::std::fmt::Display for UnknownVariantError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        crate::__todo()
    }
}
impl ::std::error::Error for UnknownVariantError {}

pub(crate) mod sealed_unhandled {
    #[derive(Debug)]
    pub struct Unhandled {
        pub(crate) source: ::aws_smithy_runtime_api::box_error::BoxError,
        pub(crate) meta: ::aws_smithy_types::error::metadata::ErrorMetadata,
    }
}
