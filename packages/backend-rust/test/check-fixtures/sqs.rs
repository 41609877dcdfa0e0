// moto2rust check fixture (hand-written in the emitted style): must type-check against the sqs facade.
use aws_sdk_sqs::config::BehaviorVersion;
use aws_sdk_sqs::error::ProvideErrorMetadata;
use aws_sdk_sqs::types::{MessageAttributeValue, QueueAttributeName};
use winterbaume_core::MockAws;
use winterbaume_sqs::SqsService;

async fn make_client() -> aws_sdk_sqs::Client {
    let mock = MockAws::builder().with_service(SqsService::new()).build();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(mock.http_client())
        .credentials_provider(mock.credentials_provider())
        .region(aws_sdk_sqs::config::Region::new("us-east-1"))
        .load()
        .await;
    aws_sdk_sqs::Client::new(&config)
}

#[tokio::test]
async fn test_create_queue_with_attributes() {
    let client = make_client().await;
    let resp = client
        .create_queue()
        .queue_name("q.fifo")
        .attributes(QueueAttributeName::FifoQueue, "true")
        .attributes(QueueAttributeName::VisibilityTimeout, "60")
        .send()
        .await
        .unwrap();
    let url = resp.queue_url().unwrap();
    let attrs = client
        .get_queue_attributes()
        .queue_url(url)
        .attribute_names(QueueAttributeName::All)
        .send()
        .await
        .unwrap();
    let map = attrs.attributes().unwrap();
    assert_eq!(
        map.get(&QueueAttributeName::VisibilityTimeout)
            .map(|s| s.as_str()),
        Some("60")
    );
}

#[tokio::test]
async fn test_send_and_receive() {
    let client = make_client().await;
    client
        .send_message()
        .queue_url("url")
        .message_body("hello")
        .message_attributes(
            "attr",
            MessageAttributeValue::builder()
                .data_type("String")
                .string_value("v")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let resp = client
        .receive_message()
        .queue_url("url")
        .max_number_of_messages(1)
        .send()
        .await
        .unwrap();
    let messages = resp.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].body(), Some("hello"));
}

#[tokio::test]
async fn test_missing_queue() {
    let client = make_client().await;
    let err = client
        .get_queue_url()
        .queue_name("nope")
        .send()
        .await
        .unwrap_err();
    let se = err.into_service_error();
    assert!(se.is_queue_does_not_exist());
    assert_eq!(se.code(), Some("AWS.SimpleQueueService.NonExistentQueue"));
}
