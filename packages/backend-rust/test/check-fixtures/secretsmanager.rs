// moto2rust check fixture (hand-written in the emitted style): must type-check against the secretsmanager facade.
use aws_sdk_secretsmanager::config::BehaviorVersion;
use aws_sdk_secretsmanager::error::ProvideErrorMetadata;
use aws_sdk_secretsmanager::primitives::Blob;
use winterbaume_core::MockAws;
use winterbaume_secretsmanager::SecretsManagerService;

async fn make_client() -> aws_sdk_secretsmanager::Client {
    let mock = MockAws::builder()
        .with_service(SecretsManagerService::new())
        .build();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(mock.http_client())
        .credentials_provider(mock.credentials_provider())
        .region(aws_sdk_secretsmanager::config::Region::new("us-west-2"))
        .load()
        .await;
    aws_sdk_secretsmanager::Client::new(&config)
}

#[tokio::test]
async fn test_create_and_get_secret() {
    let client = make_client().await;
    let created = client
        .create_secret()
        .name("db")
        .secret_string("s3cr3t")
        .tags(
            aws_sdk_secretsmanager::types::Tag::builder()
                .key("env")
                .value("dev")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(created.name(), Some("db"));
    let value = client
        .get_secret_value()
        .secret_id("db")
        .send()
        .await
        .unwrap();
    assert_eq!(value.secret_string(), Some("s3cr3t"));
    assert!(value.secret_binary().is_none());
    assert!(value.version_stages().contains(&"AWSCURRENT".to_string()));
    assert!(value.created_date().is_some());
}

#[tokio::test]
async fn test_binary_secret_and_filters() {
    let client = make_client().await;
    client
        .create_secret()
        .name("bin")
        .secret_binary(Blob::new(vec![1u8, 2, 3]))
        .send()
        .await
        .unwrap();
    let listed = client
        .list_secrets()
        .filters(
            aws_sdk_secretsmanager::types::Filter::builder()
                .key(aws_sdk_secretsmanager::types::FilterNameStringType::Name)
                .values("bin")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(listed.secret_list().len(), 1);
    assert_eq!(listed.secret_list()[0].name(), Some("bin"));
}

#[tokio::test]
async fn test_missing_secret() {
    let client = make_client().await;
    let err = client
        .get_secret_value()
        .secret_id("nope")
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert!(err.is_resource_not_found_exception());
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
    assert_eq!(
        err.message(),
        Some("Secrets Manager can't find the specified secret.")
    );
}
