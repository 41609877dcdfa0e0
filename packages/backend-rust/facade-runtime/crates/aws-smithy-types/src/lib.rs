// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of aws-smithy-types 1.x.
#![allow(warnings)]
#![allow(clippy::all)]
#![recursion_limit = "256"]

#[doc(hidden)]
#[inline(always)]
pub fn __todo() -> ! {
    ::core::panic!("moto2rust facade: signatures only")
}

pub mod blob {
    #[derive(Debug, Default, PartialEq, Eq, Hash, Clone)]
    pub struct Blob {
        inner: Vec<u8>,
    }
    impl Blob {
        pub fn new<T: Into<Vec<u8>>>(input: T) -> Self {
            crate::__todo()
        }
        pub fn from_maybe_shared<T: AsRef<[u8]> + 'static>(input: T) -> Self {
            crate::__todo()
        }
        pub fn into_bytes(self) -> ::bytes::Bytes {
            crate::__todo()
        }
        pub fn into_inner(self) -> Vec<u8> {
            crate::__todo()
        }
    }
    impl AsRef<[u8]> for Blob {
        fn as_ref(&self) -> &[u8] {
            crate::__todo()
        }
    }
    impl From<Vec<u8>> for Blob {
        fn from(value: Vec<u8>) -> Self {
            crate::__todo()
        }
    }
    impl From<Blob> for Vec<u8> {
        fn from(value: Blob) -> Self {
            crate::__todo()
        }
    }
    impl From<&[u8]> for Blob {
        fn from(value: &[u8]) -> Self {
            crate::__todo()
        }
    }
}
pub use blob::Blob;

pub mod date_time {
    use std::time::SystemTime;

    #[derive(PartialEq, Eq, Hash, Clone, Copy)]
    pub struct DateTime {
        seconds: i64,
        subsecond_nanos: u32,
    }
    impl DateTime {
        pub fn from_secs(epoch_seconds: i64) -> Self {
            crate::__todo()
        }
        pub fn from_millis(epoch_millis: i64) -> DateTime {
            crate::__todo()
        }
        pub fn from_nanos(epoch_nanos: i128) -> Result<Self, ConversionError> {
            crate::__todo()
        }
        pub fn as_nanos(&self) -> i128 {
            crate::__todo()
        }
        pub fn from_fractional_secs(epoch_seconds: i64, fraction: f64) -> Self {
            crate::__todo()
        }
        pub fn from_secs_and_nanos(seconds: i64, subsecond_nanos: u32) -> Self {
            crate::__todo()
        }
        pub fn as_secs_f64(&self) -> f64 {
            crate::__todo()
        }
        pub fn from_secs_f64(epoch_seconds: f64) -> Self {
            crate::__todo()
        }
        pub fn from_str(s: &str, format: Format) -> Result<Self, DateTimeParseError> {
            crate::__todo()
        }
        pub fn has_subsec_nanos(&self) -> bool {
            crate::__todo()
        }
        pub fn secs(&self) -> i64 {
            crate::__todo()
        }
        pub fn set_seconds(&mut self, seconds: i64) -> &mut Self {
            crate::__todo()
        }
        pub fn subsec_nanos(&self) -> u32 {
            crate::__todo()
        }
        pub fn set_subsec_nanos(&mut self, subsec_nanos: u32) -> &mut Self {
            crate::__todo()
        }
        pub fn to_millis(self) -> Result<i64, ConversionError> {
            crate::__todo()
        }
        pub fn read(
            s: &str,
            format: Format,
            delim: char,
        ) -> Result<(Self, &str), DateTimeParseError> {
            crate::__todo()
        }
        pub fn fmt(&self, format: Format) -> Result<String, DateTimeFormatError> {
            crate::__todo()
        }
    }
    impl TryFrom<DateTime> for SystemTime {
        type Error = ConversionError;
        fn try_from(value: DateTime) -> Result<Self, Self::Error> {
            crate::__todo()
        }
    }
    impl From<SystemTime> for DateTime {
        fn from(value: SystemTime) -> Self {
            crate::__todo()
        }
    }
    impl PartialOrd for DateTime {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for DateTime {
        fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            crate::__todo()
        }
    }
    impl std::fmt::Display for DateTime {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::fmt::Debug for DateTime {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    #[derive(Debug)]
    #[non_exhaustive]
    pub struct ConversionError(&'static str);
    impl std::fmt::Display for ConversionError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::error::Error for ConversionError {}
    #[derive(Debug)]
    pub struct DateTimeParseError {
        kind: (),
    }
    impl std::fmt::Display for DateTimeParseError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::error::Error for DateTimeParseError {}
    #[derive(Debug)]
    pub struct DateTimeFormatError {
        kind: (),
    }
    impl std::fmt::Display for DateTimeFormatError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::error::Error for DateTimeFormatError {}
    #[derive(Clone, Copy, Debug, Eq, PartialEq)]
    pub enum Format {
        DateTime,
        DateTimeWithOffset,
        HttpDate,
        EpochSeconds,
    }
}
pub use date_time::DateTime;

pub mod number {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Number {
        PosInt(u64),
        NegInt(i64),
        Float(f64),
    }
    impl Number {
        pub fn to_f64_lossy(self) -> f64 {
            crate::__todo()
        }
        pub fn to_f32_lossy(self) -> f32 {
            crate::__todo()
        }
    }
    #[derive(Debug)]
    pub struct TryFromNumberError {
        kind: (),
    }
    impl std::fmt::Display for TryFromNumberError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            crate::__todo()
        }
    }
    impl std::error::Error for TryFromNumberError {}
    macro_rules! try_from_number {
        ($($t:ty),*) => {$(
            impl TryFrom<Number> for $t {
                type Error = TryFromNumberError;
                fn try_from(value: Number) -> Result<Self, Self::Error> { crate::__todo() }
            }
        )*};
    }
    try_from_number!(u64, i64, f64, f32, u32, i32, u16, i16, u8, i8);
}
pub use number::Number;

pub mod document {
    use crate::Number;
    use std::collections::HashMap;

    #[derive(Clone, Debug, PartialEq)]
    pub enum Document {
        Object(HashMap<String, Document>),
        Array(Vec<Document>),
        Number(Number),
        String(String),
        Bool(bool),
        Null,
    }
    impl Document {
        pub fn as_object(&self) -> Option<&HashMap<String, Document>> {
            crate::__todo()
        }
        pub fn as_object_mut(&mut self) -> Option<&mut HashMap<String, Document>> {
            crate::__todo()
        }
        pub fn as_array(&self) -> Option<&Vec<Document>> {
            crate::__todo()
        }
        pub fn as_array_mut(&mut self) -> Option<&mut Vec<Document>> {
            crate::__todo()
        }
        pub fn as_number(&self) -> Option<&Number> {
            crate::__todo()
        }
        pub fn as_string(&self) -> Option<&str> {
            crate::__todo()
        }
        pub fn as_bool(&self) -> Option<bool> {
            crate::__todo()
        }
        pub fn as_null(&self) -> Option<()> {
            crate::__todo()
        }
        pub fn is_object(&self) -> bool {
            crate::__todo()
        }
        pub fn is_array(&self) -> bool {
            crate::__todo()
        }
        pub fn is_number(&self) -> bool {
            crate::__todo()
        }
        pub fn is_string(&self) -> bool {
            crate::__todo()
        }
        pub fn is_bool(&self) -> bool {
            crate::__todo()
        }
        pub fn is_null(&self) -> bool {
            crate::__todo()
        }
    }
    impl Default for Document {
        fn default() -> Self {
            crate::__todo()
        }
    }
    impl From<bool> for Document {
        fn from(value: bool) -> Self {
            crate::__todo()
        }
    }
    impl<'a> From<&'a str> for Document {
        fn from(value: &'a str) -> Self {
            crate::__todo()
        }
    }
    impl<'a> From<std::borrow::Cow<'a, str>> for Document {
        fn from(value: std::borrow::Cow<'a, str>) -> Self {
            crate::__todo()
        }
    }
    impl From<String> for Document {
        fn from(value: String) -> Self {
            crate::__todo()
        }
    }
    impl From<Vec<Document>> for Document {
        fn from(value: Vec<Document>) -> Self {
            crate::__todo()
        }
    }
    impl From<HashMap<String, Document>> for Document {
        fn from(value: HashMap<String, Document>) -> Self {
            crate::__todo()
        }
    }
    impl From<u64> for Document {
        fn from(value: u64) -> Self {
            crate::__todo()
        }
    }
    impl From<i64> for Document {
        fn from(value: i64) -> Self {
            crate::__todo()
        }
    }
    impl From<i32> for Document {
        fn from(value: i32) -> Self {
            crate::__todo()
        }
    }
    impl From<f64> for Document {
        fn from(value: f64) -> Self {
            crate::__todo()
        }
    }
    impl From<Number> for Document {
        fn from(value: Number) -> Self {
            crate::__todo()
        }
    }
    impl<T> From<Option<T>> for Document
    where
        T: Into<Document>,
    {
        fn from(value: Option<T>) -> Self {
            crate::__todo()
        }
    }
}
pub use document::Document;

pub mod body {
    #[derive(Debug)]
    pub struct SdkBody {
        inner: (),
    }
    impl SdkBody {
        pub fn empty() -> Self {
            crate::__todo()
        }
        pub fn from_body_1_x<T>(body: T) -> Self {
            crate::__todo()
        }
        pub fn bytes(&self) -> Option<&[u8]> {
            crate::__todo()
        }
        pub fn try_clone(&self) -> Option<Self> {
            crate::__todo()
        }
        pub fn content_length(&self) -> Option<u64> {
            crate::__todo()
        }
        pub fn is_end_stream(&self) -> bool {
            crate::__todo()
        }
        pub fn taken() -> Self {
            crate::__todo()
        }
    }
    impl Default for SdkBody {
        fn default() -> Self {
            crate::__todo()
        }
    }
    impl From<&str> for SdkBody {
        fn from(value: &str) -> Self {
            crate::__todo()
        }
    }
    impl From<String> for SdkBody {
        fn from(value: String) -> Self {
            crate::__todo()
        }
    }
    impl From<Vec<u8>> for SdkBody {
        fn from(value: Vec<u8>) -> Self {
            crate::__todo()
        }
    }
    impl From<&[u8]> for SdkBody {
        fn from(value: &[u8]) -> Self {
            crate::__todo()
        }
    }
    impl From<::bytes::Bytes> for SdkBody {
        fn from(value: ::bytes::Bytes) -> Self {
            crate::__todo()
        }
    }
}

pub mod byte_stream {
    use crate::body::SdkBody;
    use ::bytes::Bytes;

    pub mod error {
        #[derive(Debug)]
        pub struct Error {
            kind: (),
        }
        impl std::fmt::Display for Error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl std::error::Error for Error {}
        impl From<Error> for std::io::Error {
            fn from(value: Error) -> Self {
                crate::__todo()
            }
        }
    }
    use self::error::Error;

    #[derive(Debug)]
    pub struct ByteStream {
        inner: (),
    }
    impl ByteStream {
        pub fn new(body: SdkBody) -> Self {
            crate::__todo()
        }
        pub fn from_static(bytes: &'static [u8]) -> Self {
            crate::__todo()
        }
        pub fn into_inner(self) -> SdkBody {
            crate::__todo()
        }
        pub async fn next(&mut self) -> Option<Result<Bytes, Error>> {
            crate::__todo()
        }
        pub async fn try_next(&mut self) -> Result<Option<Bytes>, Error> {
            crate::__todo()
        }
        pub fn bytes(&self) -> Option<&[u8]> {
            crate::__todo()
        }
        pub fn size_hint(&self) -> (u64, Option<u64>) {
            crate::__todo()
        }
        pub async fn collect(self) -> Result<AggregatedBytes, Error> {
            crate::__todo()
        }
        pub fn read_from() -> FsBuilder {
            crate::__todo()
        }
        pub async fn from_path(path: impl AsRef<std::path::Path>) -> Result<ByteStream, Error> {
            crate::__todo()
        }
        pub fn map(self, f: impl Fn(SdkBody) -> SdkBody + Send + Sync + 'static) -> ByteStream {
            crate::__todo()
        }
    }
    impl Default for ByteStream {
        fn default() -> Self {
            crate::__todo()
        }
    }
    impl From<SdkBody> for ByteStream {
        fn from(value: SdkBody) -> Self {
            crate::__todo()
        }
    }
    impl From<Bytes> for ByteStream {
        fn from(value: Bytes) -> Self {
            crate::__todo()
        }
    }
    impl From<Vec<u8>> for ByteStream {
        fn from(value: Vec<u8>) -> Self {
            crate::__todo()
        }
    }
    #[derive(Debug, Clone)]
    pub struct AggregatedBytes(());
    impl AggregatedBytes {
        pub fn into_bytes(self) -> Bytes {
            crate::__todo()
        }
        pub fn into_segments(self) -> std::vec::IntoIter<Bytes> {
            crate::__todo()
        }
        pub fn to_vec(self) -> Vec<u8> {
            crate::__todo()
        }
    }
    #[derive(Debug, Default)]
    pub struct FsBuilder {
        inner: (),
    }
    impl FsBuilder {
        pub fn new() -> Self {
            crate::__todo()
        }
        pub fn path(self, path: impl AsRef<std::path::Path>) -> Self {
            crate::__todo()
        }
        pub fn buffer_size(self, buffer_size: usize) -> Self {
            crate::__todo()
        }
        pub fn length(self, length: Length) -> Self {
            crate::__todo()
        }
        pub fn offset(self, offset: u64) -> Self {
            crate::__todo()
        }
        pub async fn build(self) -> Result<ByteStream, Error> {
            crate::__todo()
        }
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Length {
        Exact(u64),
        UpTo(u64),
    }
}

pub mod str_bytes {
    #[derive(Clone, Debug, Eq, PartialEq)]
    pub struct StrBytes {
        bytes: ::bytes::Bytes,
    }
    impl StrBytes {
        pub fn as_bytes(&self) -> &::bytes::Bytes {
            crate::__todo()
        }
        pub fn as_str(&self) -> &str {
            crate::__todo()
        }
        pub fn try_as_str(&self) -> Option<&str> {
            crate::__todo()
        }
    }
    impl From<String> for StrBytes {
        fn from(value: String) -> Self {
            crate::__todo()
        }
    }
    impl From<&'static str> for StrBytes {
        fn from(value: &'static str) -> Self {
            crate::__todo()
        }
    }
}

pub mod event_stream {
    use crate::str_bytes::StrBytes;
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum HeaderValue {
        Bool(bool),
        Byte(i8),
        Int16(i16),
        Int32(i32),
        Int64(i64),
        ByteArray(::bytes::Bytes),
        String(StrBytes),
        Timestamp(crate::DateTime),
        Uuid(u128),
    }
    #[derive(Clone, Debug, PartialEq)]
    pub struct Header {
        name: StrBytes,
        value: HeaderValue,
    }
    impl Header {
        pub fn new(name: impl Into<StrBytes>, value: impl Into<HeaderValue>) -> Header {
            crate::__todo()
        }
        pub fn name(&self) -> &StrBytes {
            crate::__todo()
        }
        pub fn value(&self) -> &HeaderValue {
            crate::__todo()
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub enum RawMessage {
        Decoded(Message),
        Invalid(Option<::bytes::Bytes>),
    }
    #[derive(Clone, Debug, PartialEq)]
    pub struct Message {
        headers: Vec<Header>,
        payload: ::bytes::Bytes,
    }
    impl Message {
        pub fn new(payload: impl Into<::bytes::Bytes>) -> Message {
            crate::__todo()
        }
        pub fn add_header(self, header: Header) -> Self {
            crate::__todo()
        }
        pub fn headers(&self) -> &[Header] {
            crate::__todo()
        }
        pub fn payload(&self) -> &::bytes::Bytes {
            crate::__todo()
        }
    }
}

pub mod big_number {
    #[derive(Debug, Clone, PartialEq)]
    pub struct BigInteger(String);
    #[derive(Debug, Clone, PartialEq)]
    pub struct BigDecimal(String);
    impl std::str::FromStr for BigInteger {
        type Err = std::convert::Infallible;
        fn from_str(s: &str) -> Result<Self, Self::Err> {
            crate::__todo()
        }
    }
    impl std::str::FromStr for BigDecimal {
        type Err = std::convert::Infallible;
        fn from_str(s: &str) -> Result<Self, Self::Err> {
            crate::__todo()
        }
    }
    impl AsRef<str> for BigInteger {
        fn as_ref(&self) -> &str {
            crate::__todo()
        }
    }
    impl AsRef<str> for BigDecimal {
        fn as_ref(&self) -> &str {
            crate::__todo()
        }
    }
}
pub use big_number::{BigDecimal, BigInteger};

pub mod retry {
    #[derive(Clone, Copy, Eq, PartialEq, Debug)]
    #[non_exhaustive]
    pub enum ErrorKind {
        TransientError,
        ThrottlingError,
        ServerError,
        ClientError,
    }
    pub trait ProvideErrorKind {
        fn retryable_error_kind(&self) -> Option<ErrorKind>;
        fn code(&self) -> Option<&str>;
    }
    #[derive(Clone, Copy, Debug, Eq, PartialEq)]
    #[non_exhaustive]
    pub enum RetryMode {
        Standard,
        Adaptive,
    }
    #[derive(Debug, Clone, PartialEq)]
    pub struct RetryConfig {
        mode: RetryMode,
    }
    impl RetryConfig {
        pub fn standard() -> Self {
            crate::__todo()
        }
        pub fn adaptive() -> Self {
            crate::__todo()
        }
        pub fn disabled() -> Self {
            crate::__todo()
        }
        pub fn with_max_attempts(self, max_attempts: u32) -> Self {
            crate::__todo()
        }
        pub fn with_initial_backoff(self, initial_backoff: std::time::Duration) -> Self {
            crate::__todo()
        }
        pub fn with_max_backoff(self, max_backoff: std::time::Duration) -> Self {
            crate::__todo()
        }
        pub fn max_attempts(&self) -> u32 {
            crate::__todo()
        }
        pub fn mode(&self) -> RetryMode {
            crate::__todo()
        }
    }
}

pub mod timeout {
    #[derive(Clone, PartialEq, Debug)]
    pub struct TimeoutConfig {
        inner: (),
    }
    impl TimeoutConfig {
        pub fn builder() -> TimeoutConfigBuilder {
            crate::__todo()
        }
        pub fn disabled() -> TimeoutConfig {
            crate::__todo()
        }
        pub fn connect_timeout(&self) -> Option<std::time::Duration> {
            crate::__todo()
        }
        pub fn read_timeout(&self) -> Option<std::time::Duration> {
            crate::__todo()
        }
        pub fn operation_timeout(&self) -> Option<std::time::Duration> {
            crate::__todo()
        }
        pub fn operation_attempt_timeout(&self) -> Option<std::time::Duration> {
            crate::__todo()
        }
    }
    #[derive(Clone, Debug, Default)]
    pub struct TimeoutConfigBuilder {
        inner: (),
    }
    impl TimeoutConfigBuilder {
        pub fn new() -> Self {
            crate::__todo()
        }
        pub fn connect_timeout(self, connect_timeout: std::time::Duration) -> Self {
            crate::__todo()
        }
        pub fn read_timeout(self, read_timeout: std::time::Duration) -> Self {
            crate::__todo()
        }
        pub fn operation_timeout(self, operation_timeout: std::time::Duration) -> Self {
            crate::__todo()
        }
        pub fn operation_attempt_timeout(self, t: std::time::Duration) -> Self {
            crate::__todo()
        }
        pub fn build(self) -> TimeoutConfig {
            crate::__todo()
        }
    }
}

pub mod error {
    pub mod metadata {
        pub trait ProvideErrorMetadata {
            fn meta(&self) -> &ErrorMetadata;
            fn code(&self) -> Option<&str> {
                self.meta().code()
            }
            fn message(&self) -> Option<&str> {
                self.meta().message()
            }
        }
        pub const EMPTY_ERROR_METADATA: ErrorMetadata = ErrorMetadata {
            code: None,
            message: None,
            extras: None,
        };
        #[derive(Debug, Eq, PartialEq, Default, Clone)]
        pub struct ErrorMetadata {
            code: Option<String>,
            message: Option<String>,
            extras: Option<std::collections::HashMap<&'static str, String>>,
        }
        impl ProvideErrorMetadata for ErrorMetadata {
            fn meta(&self) -> &ErrorMetadata {
                crate::__todo()
            }
        }
        #[derive(Debug, Default)]
        pub struct Builder {
            inner: ErrorMetadata,
        }
        impl Builder {
            pub fn message(self, message: impl Into<String>) -> Self {
                crate::__todo()
            }
            pub fn code(self, code: impl Into<String>) -> Self {
                crate::__todo()
            }
            pub fn custom(self, key: &'static str, value: impl Into<String>) -> Self {
                crate::__todo()
            }
            pub fn build(self) -> ErrorMetadata {
                crate::__todo()
            }
        }
        impl ErrorMetadata {
            pub fn code(&self) -> Option<&str> {
                crate::__todo()
            }
            pub fn message(&self) -> Option<&str> {
                crate::__todo()
            }
            pub fn extra(&self, key: &'static str) -> Option<&str> {
                crate::__todo()
            }
            pub fn builder() -> Builder {
                crate::__todo()
            }
            pub fn into_builder(self) -> Builder {
                crate::__todo()
            }
        }
        impl std::fmt::Display for ErrorMetadata {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl std::error::Error for ErrorMetadata {}
        impl crate::retry::ProvideErrorKind for ErrorMetadata {
            fn retryable_error_kind(&self) -> Option<crate::retry::ErrorKind> {
                crate::__todo()
            }
            fn code(&self) -> Option<&str> {
                crate::__todo()
            }
        }
    }
    pub use metadata::ErrorMetadata;

    pub mod operation {
        #[derive(Debug)]
        pub struct BuildError {
            kind: (),
        }
        impl BuildError {
            pub fn invalid_field(field: &'static str, details: impl Into<String>) -> Self {
                crate::__todo()
            }
            pub fn missing_field(field: &'static str, details: &'static str) -> Self {
                crate::__todo()
            }
            pub fn other(
                source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
            ) -> Self {
                crate::__todo()
            }
        }
        impl std::fmt::Display for BuildError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl std::error::Error for BuildError {}
        #[derive(Debug)]
        pub struct SerializationError {
            kind: (),
        }
        impl std::fmt::Display for SerializationError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl std::error::Error for SerializationError {}
    }

    pub mod display {
        pub struct DisplayErrorContext<E>(pub E);
        impl<E: std::error::Error> std::fmt::Display for DisplayErrorContext<E> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl<E: std::error::Error> std::fmt::Debug for DisplayErrorContext<E> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
    }

    pub mod unhandled {
        use super::ErrorMetadata;
        #[derive(Debug)]
        pub struct Unhandled {
            source: Box<dyn std::error::Error + Send + Sync + 'static>,
            meta: ErrorMetadata,
        }
        impl Unhandled {
            pub fn builder() -> Builder {
                crate::__todo()
            }
        }
        #[derive(Default, Debug)]
        pub struct Builder {
            source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
        }
        impl Builder {
            pub fn source(
                self,
                source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
            ) -> Self {
                crate::__todo()
            }
            pub fn set_source(
                &mut self,
                source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
            ) -> &mut Self {
                crate::__todo()
            }
            pub fn meta(self, meta: ErrorMetadata) -> Self {
                crate::__todo()
            }
            pub fn set_meta(&mut self, meta: Option<ErrorMetadata>) -> &mut Self {
                crate::__todo()
            }
            pub fn build(self) -> Unhandled {
                crate::__todo()
            }
        }
        impl std::fmt::Display for Unhandled {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::__todo()
            }
        }
        impl std::error::Error for Unhandled {}
        impl super::metadata::ProvideErrorMetadata for Unhandled {
            fn meta(&self) -> &ErrorMetadata {
                crate::__todo()
            }
        }
    }
    pub use display::DisplayErrorContext;
    pub use unhandled::Unhandled;
}
