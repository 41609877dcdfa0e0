pub mod sealed_enum_unknown {
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub struct UnknownVariantValue(pub(crate) ::std::string::String);
    impl UnknownVariantValue {
        pub(crate) fn as_str(&self) -> &str {
            crate::__todo()
        }
    }
    impl ::std::fmt::Display for UnknownVariantValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            crate::__todo()
        }
    }
}
