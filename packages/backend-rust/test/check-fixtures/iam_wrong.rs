// moto2rust check fixture: DELIBERATELY WRONG. Each `test_wrong_*` function holds exactly one error
// a faulty emitter could make; check.test.ts asserts each error is attributed to its function.
use aws_sdk_iam::config::BehaviorVersion;
use aws_sdk_iam::types::Tag;
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

fn helper_with_error() -> usize {
    "not a number"
}

#[tokio::test]
async fn test_right() {
    let client = make_client().await;
    let resp = client.get_user().user_name("alice").send().await.unwrap();
    assert_eq!(resp.user().unwrap().user_name(), "alice");
}

// Wrong accessor: the member is `user_name`, there is no `name()`.
#[tokio::test]
async fn test_wrong_accessor() {
    let client = make_client().await;
    let resp = client.get_user().user_name("alice").send().await.unwrap();
    assert_eq!(resp.user().unwrap().name(), "alice");
}

// `User::user_name()` is a required member: `&str`, not `Option<&str>`.
#[tokio::test]
async fn test_wrong_str_vs_some() {
    let client = make_client().await;
    let resp = client.get_user().user_name("alice").send().await.unwrap();
    assert_eq!(resp.user().unwrap().user_name(), Some("alice"));
}

// iam `Tag` has required members: `build()` returns `Result<Tag, BuildError>`.
#[tokio::test]
async fn test_wrong_missing_unwrap() {
    let client = make_client().await;
    client
        .tag_user()
        .user_name("alice")
        .tags(Tag::builder().key("k").value("v").build())
        .send()
        .await
        .unwrap();
}
