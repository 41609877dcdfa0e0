// moto2rust check fixture: runtime facades (tokio test forms, errors, ByteStream, paginators,
// serde_json, uuid, DateTime, presigning) against the s3 facade. Must type-check.
use aws_sdk_s3::config::BehaviorVersion;
use aws_sdk_s3::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::types::{
    BucketLocationConstraint, CreateBucketConfiguration, Delete, ObjectIdentifier,
};
use serde_json::json;
use std::time::Duration;
use winterbaume_core::MockAws;
use winterbaume_s3::S3Service;

async fn make_client() -> aws_sdk_s3::Client {
    let mock = MockAws::builder().with_service(S3Service::new()).build();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(mock.http_client())
        .credentials_provider(mock.credentials_provider())
        .region(aws_sdk_s3::config::Region::new("us-east-1"))
        .load()
        .await;
    let conf = aws_sdk_s3::config::Builder::from(&config)
        .force_path_style(true)
        .build();
    aws_sdk_s3::Client::from_conf(conf)
}

#[tokio::test]
async fn test_result_return() -> Result<(), Box<dyn std::error::Error>> {
    let client = make_client().await;
    client
        .create_bucket()
        .bucket("b")
        .create_bucket_configuration(
            CreateBucketConfiguration::builder()
                .location_constraint(BucketLocationConstraint::UsWest2)
                .build(),
        )
        .send()
        .await?;
    client
        .put_object()
        .bucket("b")
        .key("k")
        .body(ByteStream::from_static(b"data"))
        .send()
        .await?;
    let obj = client.get_object().bucket("b").key("k").send().await?;
    assert_eq!(obj.content_length(), Some(4));
    let bytes = obj.body.collect().await?.into_bytes();
    assert_eq!(bytes.as_ref(), b"data");
    assert_eq!(&bytes[..], b"data");
    let body = ByteStream::from(vec![1u8, 2, 3]);
    let _ = body;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn test_flavor_and_ignore() {
    tokio::time::sleep(Duration::from_millis(1)).await;
    let (a, b) = tokio::join!(async { 1 }, async { "x" });
    assert_eq!(a, 1);
    assert_eq!(b, "x");
    let h = tokio::spawn(async move { 5 });
    assert_eq!(h.await.unwrap(), 5);
}

#[should_panic(expected = "boom")]
#[tokio::test]
async fn test_should_panic() {
    panic!("boom");
}

#[tokio::test]
async fn test_errors() {
    let client = make_client().await;
    let err = client
        .head_bucket()
        .bucket("nope")
        .send()
        .await
        .unwrap_err();
    let status = err.raw_response().unwrap().status().as_u16();
    assert_eq!(status, 404);
    println!("{}", DisplayErrorContext(&err));
    if let SdkError::ServiceError(se) = &err {
        assert_eq!(se.raw().status().as_u16(), 404);
        assert!(se.err().is_not_found());
    }
    assert_eq!(err.code(), None::<&str>);
    let e2 = client
        .get_object()
        .bucket("b")
        .key("nope")
        .send()
        .await
        .unwrap_err();
    assert!(
        e2.as_service_error()
            .map(|e| e.is_no_such_key())
            .unwrap_or(false)
    );
    let se = e2.into_service_error();
    assert_eq!(se.meta().code(), Some("NoSuchKey"));
}

async fn helper_q() -> Result<(), aws_sdk_s3::Error> {
    let client = make_client().await;
    client.list_buckets().send().await?;
    client
        .delete_objects()
        .bucket("b")
        .delete(
            Delete::builder()
                .objects(ObjectIdentifier::builder().key("k").build().unwrap())
                .build()
                .unwrap(),
        )
        .send()
        .await?;
    Ok(())
}

#[tokio::test]
async fn test_paginators_json_uuid() {
    let client = make_client().await;
    helper_q().await.unwrap();
    let objs = client
        .list_objects_v2()
        .bucket("b")
        .into_paginator()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(objs.len(), 1);
    assert_eq!(objs[0].key_count(), Some(0));
    let mut items = client.list_buckets().into_paginator().items().send();
    while let Some(b) = items.next().await {
        let b = b.unwrap();
        let _name: Option<&str> = b.name();
    }
    let name = "x";
    let v = json!({"a": {"b": [1, 2, {"c": null}]}, "name": name, "n": 1 + 1, "t": true, "s": format!("{name}-1")});
    assert_eq!(v["a"]["b"][0], 1);
    assert_eq!(v["name"], "x");
    assert_eq!(v["name"].as_str(), Some("x"));
    let s = serde_json::to_string(&v).unwrap();
    let back: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(back, v);
    let id = uuid::Uuid::new_v4().to_string();
    assert_eq!(id.len(), 36);
    let dt = aws_smithy_types::DateTime::from_secs(5);
    assert_eq!(dt.secs(), 5);
    let presigned = client
        .get_object()
        .bucket("b")
        .key("k")
        .presigned(
            aws_sdk_s3::presigning::PresigningConfig::expires_in(Duration::from_secs(60)).unwrap(),
        )
        .await
        .unwrap();
    assert!(presigned.uri().starts_with("http"));
}
