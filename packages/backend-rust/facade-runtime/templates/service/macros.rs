macro_rules! __impl_cpd {
    ($($t:ty),* $(,)?) => {$(
        impl ::std::clone::Clone for $t {
            fn clone(&self) -> Self { crate::__todo() }
        }
        impl ::std::cmp::PartialEq for $t {
            fn eq(&self, other: &Self) -> bool { crate::__todo() }
        }
        impl ::std::fmt::Debug for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { crate::__todo() }
        }
    )*};
}
macro_rules! __impl_debug {
    ($($t:ty),* $(,)?) => {$(
        impl ::std::fmt::Debug for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { crate::__todo() }
        }
    )*};
}
macro_rules! __impl_clone {
    ($($t:ty),* $(,)?) => {$(
        impl ::std::clone::Clone for $t {
            fn clone(&self) -> Self { crate::__todo() }
        }
    )*};
}
macro_rules! __impl_default {
    ($($t:ty),* $(,)?) => {$(
        impl ::std::default::Default for $t {
            fn default() -> Self { crate::__todo() }
        }
    )*};
}
macro_rules! __impl_request_id {
    ($($t:ty),* $(,)?) => {$(
        impl ::aws_types::request_id::RequestId for $t {
            fn request_id(&self) -> ::std::option::Option<&str> { crate::__todo() }
        }
    )*};
}
macro_rules! __impl_error {
    ($($t:ty),* $(,)?) => {$(
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { crate::__todo() }
        }
        impl ::std::error::Error for $t {}
        impl ::aws_smithy_types::error::metadata::ProvideErrorMetadata for $t {
            fn meta(&self) -> &::aws_smithy_types::error::ErrorMetadata { crate::__todo() }
        }
        impl ::aws_types::request_id::RequestId for $t {
            fn request_id(&self) -> ::std::option::Option<&str> { crate::__todo() }
        }
    )*};
}
macro_rules! __impl_op_error {
    ($($t:ty),* $(,)?) => {$(
        __impl_error!($t);
        impl ::aws_smithy_runtime_api::client::result::CreateUnhandledError for $t {
            fn create_unhandled_error(
                source: ::std::boxed::Box<dyn ::std::error::Error + ::std::marker::Send + ::std::marker::Sync + 'static>,
                meta: ::std::option::Option<::aws_smithy_types::error::ErrorMetadata>,
            ) -> Self {
                crate::__todo()
            }
        }
        impl ::aws_smithy_types::retry::ProvideErrorKind for $t {
            fn code(&self) -> ::std::option::Option<&str> { crate::__todo() }
            fn retryable_error_kind(&self) -> ::std::option::Option<::aws_smithy_types::retry::ErrorKind> { crate::__todo() }
        }
        impl $t {
            pub fn unhandled(
                err: impl ::std::convert::Into<::std::boxed::Box<dyn ::std::error::Error + ::std::marker::Send + ::std::marker::Sync + 'static>>,
            ) -> Self {
                crate::__todo()
            }
            pub fn generic(err: ::aws_smithy_types::error::ErrorMetadata) -> Self { crate::__todo() }
            pub fn meta(&self) -> &::aws_smithy_types::error::ErrorMetadata { crate::__todo() }
        }
    )*};
}
macro_rules! __impl_enum {
    ($t:ident, [$($v:literal),* $(,)?]) => {
        impl ::std::clone::Clone for $t {
            fn clone(&self) -> Self { crate::__todo() }
        }
        impl ::std::cmp::PartialEq for $t {
            fn eq(&self, other: &Self) -> bool { crate::__todo() }
        }
        impl ::std::cmp::Eq for $t {}
        impl ::std::cmp::PartialOrd for $t {
            fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> { crate::__todo() }
        }
        impl ::std::cmp::Ord for $t {
            fn cmp(&self, other: &Self) -> ::std::cmp::Ordering { crate::__todo() }
        }
        impl ::std::hash::Hash for $t {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) { crate::__todo() }
        }
        impl ::std::fmt::Debug for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { crate::__todo() }
        }
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { crate::__todo() }
        }
        impl ::std::convert::From<&str> for $t {
            fn from(s: &str) -> Self { crate::__todo() }
        }
        impl ::std::str::FromStr for $t {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> ::std::result::Result<Self, <Self as ::std::str::FromStr>::Err> { crate::__todo() }
        }
        impl ::std::convert::AsRef<str> for $t {
            fn as_ref(&self) -> &str { crate::__todo() }
        }
        impl $t {
            pub fn as_str(&self) -> &str { crate::__todo() }
            pub const fn values() -> &'static [&'static str] {
                &[$($v),*]
            }
            pub fn try_parse(value: &str) -> ::std::result::Result<Self, crate::error::UnknownVariantError> { crate::__todo() }
        }
    };
}
