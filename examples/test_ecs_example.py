import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID as ACCOUNT_ID


@mock_aws
def test_create_and_list_clusters():
    client = boto3.client("ecs", region_name="us-east-2")
    resp = client.create_cluster(clusterName="alpha", tags=[{"key": "team", "value": "core"}])
    assert resp["cluster"]["clusterName"] == "alpha"
    assert resp["cluster"]["runningTasksCount"] == 0
    arns = client.list_clusters()["clusterArns"]
    assert len(arns) == 1
    assert f"arn:aws:ecs:us-east-2:{ACCOUNT_ID}:cluster/alpha" in arns


@mock_aws
def test_delete_missing_cluster():
    client = boto3.client("ecs", region_name="us-east-1")
    with pytest.raises(ClientError) as exc:
        client.delete_cluster(cluster="nope")
    assert exc.value.response["Error"]["Code"] == "ClusterNotFoundException"
