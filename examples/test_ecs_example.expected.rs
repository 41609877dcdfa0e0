use aws_sdk_ecs::config::BehaviorVersion;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use winterbaume_core::MockAws;
use winterbaume_ecs::EcsService;

const ACCOUNT_ID: &str = "123456789012";

async fn make_client() -> aws_sdk_ecs::Client {
    make_client_with_region("us-east-1").await
}

async fn make_client_with_region(region: &str) -> aws_sdk_ecs::Client {
    let mock = MockAws::builder().with_service(EcsService::new()).build();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(mock.http_client())
        .credentials_provider(mock.credentials_provider())
        .region(aws_sdk_ecs::config::Region::new(region.to_string()))
        .load()
        .await;
    aws_sdk_ecs::Client::new(&config)
}

// Ported from moto: test_ecs_example.py::test_create_and_list_clusters
#[tokio::test]
async fn test_create_and_list_clusters() {
    let client = make_client_with_region("us-east-2").await;
    let resp = client
        .create_cluster()
        .cluster_name("alpha")
        .tags(
            aws_sdk_ecs::types::Tag::builder()
                .key("team")
                .value("core")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.cluster().unwrap().cluster_name(), Some("alpha"));
    assert_eq!(resp.cluster().unwrap().running_tasks_count(), 0);
    let list_clusters = client.list_clusters().send().await.unwrap();
    let arns = list_clusters.cluster_arns();
    assert_eq!(arns.len(), 1);
    assert!(arns.contains(&format!("arn:aws:ecs:us-east-2:{ACCOUNT_ID}:cluster/alpha")));
}

// Ported from moto: test_ecs_example.py::test_delete_missing_cluster
#[tokio::test]
async fn test_delete_missing_cluster() {
    let client = make_client().await;
    let err = client
        .delete_cluster()
        .cluster("nope")
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert_eq!(err.code(), Some("ClusterNotFoundException"));
}
