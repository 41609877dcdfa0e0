pub mod customize {
    pub struct CustomizableOperation<T, E, B> {
        _p: ::std::marker::PhantomData<(T, E, B)>,
    }
    impl<T, E, B> CustomizableOperation<T, E, B> {
        pub fn mutate_request<F>(self, f: F) -> Self
        where
            F: ::std::ops::Fn(&mut ::aws_smithy_runtime_api::client::orchestrator::HttpRequest)
                + ::std::marker::Send
                + ::std::marker::Sync
                + 'static,
        {
            crate::__todo()
        }
        pub fn config_override(
            self,
            config_override: impl ::std::convert::Into<crate::config::Builder>,
        ) -> Self {
            crate::__todo()
        }
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            T,
            ::aws_smithy_runtime_api::client::result::SdkError<
                E,
                ::aws_smithy_runtime_api::client::orchestrator::HttpResponse,
            >,
        > {
            crate::__todo()
        }
    }
}
