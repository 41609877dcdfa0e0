// moto2rust check fixture (hand-written in the emitted style): must type-check against the ecs facade.
use aws_sdk_ecs::config::BehaviorVersion;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{LaunchType, Tag};
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
        .tags(Tag::builder().key("team").value("core").build())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.cluster().unwrap().cluster_name(), Some("alpha"));
    assert_eq!(resp.cluster().unwrap().running_tasks_count(), 0);
    assert_eq!(resp.cluster().unwrap().tags().len(), 1);
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
    assert!(err.is_cluster_not_found_exception());
    assert_eq!(err.code(), Some("ClusterNotFoundException"));
    assert!(err.message().is_some());
}

#[tokio::test]
async fn test_task_definition_and_enums() {
    let client = make_client().await;
    let resp = client
        .register_task_definition()
        .family("web")
        .container_definitions(
            aws_sdk_ecs::types::ContainerDefinition::builder()
                .name("app")
                .image("nginx")
                .cpu(256)
                .essential(true)
                .build(),
        )
        .requires_compatibilities(aws_sdk_ecs::types::Compatibility::Fargate)
        .send()
        .await
        .unwrap();
    let td = resp.task_definition().unwrap();
    assert_eq!(td.family(), Some("web"));
    assert_eq!(td.revision(), 1);
    assert_eq!(td.container_definitions()[0].name(), Some("app"));
    let launch = LaunchType::from("FARGATE");
    assert_eq!(launch.as_str(), "FARGATE");
    assert_eq!(launch, LaunchType::Fargate);
    let _all: &[&str] = LaunchType::values();
}

#[tokio::test]
async fn test_paginator_and_raw_response() {
    let client = make_client().await;
    let mut pages = client.list_clusters().into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        assert!(page.cluster_arns().is_empty());
    }
    let err = client.describe_clusters().clusters("x").send().await.err();
    if let Some(e) = err {
        let status = e.raw_response().map(|r| r.status().as_u16());
        assert_ne!(status, Some(200));
    }
}
