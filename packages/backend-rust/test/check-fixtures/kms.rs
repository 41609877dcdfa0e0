// moto2rust check fixture (hand-written in the emitted style): must type-check against the kms facade.
use aws_sdk_kms::config::BehaviorVersion;
use aws_sdk_kms::error::ProvideErrorMetadata;
use aws_sdk_kms::primitives::Blob;
use aws_sdk_kms::types::{KeySpec, KeyState, KeyUsageType};
use winterbaume_core::MockAws;
use winterbaume_kms::KmsService;

async fn make_client() -> aws_sdk_kms::Client {
    let mock = MockAws::builder().with_service(KmsService::new()).build();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(mock.http_client())
        .credentials_provider(mock.credentials_provider())
        .region(aws_sdk_kms::config::Region::new("us-west-2"))
        .load()
        .await;
    aws_sdk_kms::Client::new(&config)
}

#[tokio::test]
async fn test_create_key_and_describe() {
    let client = make_client().await;
    let resp = client
        .create_key()
        .description("my key")
        .key_usage(KeyUsageType::EncryptDecrypt)
        .key_spec(KeySpec::SymmetricDefault)
        .tags(
            aws_sdk_kms::types::Tag::builder()
                .tag_key("k")
                .tag_value("v")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let meta = resp.key_metadata().unwrap();
    assert_eq!(meta.description(), Some("my key"));
    assert_eq!(meta.key_state(), Some(&KeyState::Enabled));
    assert!(meta.enabled());
    let key_id: &str = meta.key_id();
    let described = client.describe_key().key_id(key_id).send().await.unwrap();
    assert_eq!(described.key_metadata().unwrap().key_id(), key_id);
}

#[tokio::test]
async fn test_encrypt_decrypt_blob() {
    let client = make_client().await;
    let enc = client
        .encrypt()
        .key_id("alias/k")
        .plaintext(Blob::new(b"secret".to_vec()))
        .send()
        .await
        .unwrap();
    let blob = enc.ciphertext_blob().unwrap().clone();
    let dec = client.decrypt().ciphertext_blob(blob).send().await.unwrap();
    assert_eq!(dec.plaintext().unwrap().as_ref(), b"secret");
    assert_eq!(
        dec.plaintext().unwrap().clone().into_inner(),
        b"secret".to_vec()
    );
}

#[tokio::test]
async fn test_missing_key() {
    let client = make_client().await;
    let err = client
        .describe_key()
        .key_id("nope")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("NotFoundException"));
    let se = err.into_service_error();
    assert!(se.is_not_found_exception());
}
