// moto2rust check fixture (hand-written in the emitted style): must type-check against the iam facade.
use aws_sdk_iam::config::BehaviorVersion;
use aws_sdk_iam::error::ProvideErrorMetadata;
use aws_sdk_iam::types::{StatusType, SummaryKeyType};
use winterbaume_core::MockAws;
use winterbaume_iam::IamService;

async fn make_client() -> aws_sdk_iam::Client {
    let mock = MockAws::builder().with_service(IamService::new()).build();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(mock.http_client())
        .credentials_provider(mock.credentials_provider())
        .region(aws_sdk_iam::config::Region::new("us-east-1"))
        .load()
        .await;
    aws_sdk_iam::Client::new(&config)
}

#[tokio::test]
async fn test_create_user_with_tags() {
    let client = make_client().await;
    let resp = client
        .create_user()
        .user_name("alice")
        .path("/staff/")
        .tags(
            aws_sdk_iam::types::Tag::builder()
                .key("k")
                .value("v")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let user = resp.user().unwrap();
    assert_eq!(user.user_name(), "alice");
    assert_eq!(user.path(), "/staff/");
    assert!(user.password_last_used().is_none());
    let _created: &aws_smithy_types::DateTime = user.create_date();
    assert_eq!(user.tags()[0].key(), "k");
}

#[tokio::test]
async fn test_list_users_and_access_keys() {
    let client = make_client().await;
    let users = client.list_users().send().await.unwrap();
    assert!(!users.is_truncated());
    assert_eq!(users.users().len(), 0);
    assert_eq!(users.marker(), None);
    let key = client
        .create_access_key()
        .user_name("alice")
        .send()
        .await
        .unwrap();
    let key = key.access_key().unwrap();
    assert_eq!(key.status(), &StatusType::Active);
    assert_eq!(key.status().as_str(), "Active");
    assert!(!key.secret_access_key().is_empty());
}

#[tokio::test]
async fn test_get_missing_user() {
    let client = make_client().await;
    let err = client
        .get_user()
        .user_name("nope")
        .send()
        .await
        .unwrap_err();
    let se = err.into_service_error();
    assert!(se.is_no_such_entity_exception());
    assert_eq!(se.code(), Some("NoSuchEntity"));
    assert_eq!(se.meta().code(), Some("NoSuchEntity"));
}

#[tokio::test]
async fn test_account_summary_map() {
    let client = make_client().await;
    let resp = client.get_account_summary().send().await.unwrap();
    let summary = resp.summary_map().unwrap();
    assert_eq!(summary.get(&SummaryKeyType::Users), Some(&0));
}
