#[derive(Debug)]
pub struct EventReceiver<T, E> {
    _p: ::std::marker::PhantomData<(T, E)>,
}
impl<T, E> EventReceiver<T, E> {
    pub async fn recv(
        &mut self,
    ) -> ::std::result::Result<
        ::std::option::Option<T>,
        ::aws_smithy_runtime_api::client::result::SdkError<
            E,
            ::aws_smithy_types::event_stream::RawMessage,
        >,
    > {
        crate::__todo()
    }
}
