// moto2rust check fixture (hand-written in the emitted style): must type-check against the dynamodb facade.
use std::collections::HashMap;

use aws_sdk_dynamodb::config::BehaviorVersion;
use aws_sdk_dynamodb::error::ProvideErrorMetadata;
use aws_sdk_dynamodb::primitives::Blob;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, AttributeValue, BillingMode, KeySchemaElement, KeyType,
    ProvisionedThroughput, ScalarAttributeType, TableStatus,
};
use winterbaume_core::MockAws;
use winterbaume_dynamodb::DynamoDbService;

async fn make_client() -> aws_sdk_dynamodb::Client {
    let mock = MockAws::builder()
        .with_service(DynamoDbService::new())
        .build();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(mock.http_client())
        .credentials_provider(mock.credentials_provider())
        .region(aws_sdk_dynamodb::config::Region::new("us-east-1"))
        .load()
        .await;
    aws_sdk_dynamodb::Client::new(&config)
}

async fn create_table(client: &aws_sdk_dynamodb::Client, name: &str) {
    client
        .create_table()
        .table_name(name)
        .key_schema(
            KeySchemaElement::builder()
                .attribute_name("pk")
                .key_type(KeyType::Hash)
                .build()
                .unwrap(),
        )
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("pk")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
        )
        .provisioned_throughput(
            ProvisionedThroughput::builder()
                .read_capacity_units(5)
                .write_capacity_units(5)
                .build()
                .unwrap(),
        )
        .billing_mode(BillingMode::Provisioned)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn test_put_and_get_item() {
    let client = make_client().await;
    create_table(&client, "t").await;
    client
        .put_item()
        .table_name("t")
        .item("pk", AttributeValue::S("p1".into()))
        .item("n", AttributeValue::N("1".into()))
        .item("b", AttributeValue::B(Blob::new(vec![1u8])))
        .item("l", AttributeValue::L(vec![AttributeValue::Bool(true)]))
        .item(
            "m",
            AttributeValue::M(HashMap::from([(
                "x".to_string(),
                AttributeValue::Null(true),
            )])),
        )
        .send()
        .await
        .unwrap();
    let resp = client
        .get_item()
        .table_name("t")
        .key("pk", AttributeValue::S("p1".into()))
        .send()
        .await
        .unwrap();
    let item = resp.item().unwrap();
    assert_eq!(item.get("pk"), Some(&AttributeValue::S("p1".to_string())));
    assert_eq!(item["n"].as_n().unwrap(), "1");
    assert!(item["l"].is_l());
    assert_eq!(item["l"].as_l().unwrap().len(), 1);
}

#[tokio::test]
async fn test_describe_and_scan() {
    let client = make_client().await;
    create_table(&client, "t").await;
    let desc = client
        .describe_table()
        .table_name("t")
        .send()
        .await
        .unwrap();
    let table = desc.table().unwrap();
    assert_eq!(table.table_name(), Some("t"));
    assert_eq!(table.table_status(), Some(&TableStatus::Active));
    assert_eq!(table.key_schema()[0].attribute_name(), "pk");
    assert_eq!(table.key_schema()[0].key_type(), &KeyType::Hash);
    let scan = client.scan().table_name("t").send().await.unwrap();
    assert_eq!(scan.count(), 0);
    assert!(scan.items().is_empty());
}

#[tokio::test]
async fn test_missing_table() {
    let client = make_client().await;
    let err = client
        .describe_table()
        .table_name("nope")
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert!(err.is_resource_not_found_exception());
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
}
