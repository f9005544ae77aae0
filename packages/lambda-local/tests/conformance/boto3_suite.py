"""Drives lambda-local with boto3 (Debian's python3-boto3), as a learner's script would.

Usage: python3 boto3_suite.py <endpoint>
Prints "ok <check>" per passing check; the first failing check raises and exits non-zero.
"""

import base64
import io
import json
import sys
import time
import urllib.request
import zipfile

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = sys.argv[1]
ROLE = "arn:aws:iam::123456789012:role/lambda-dojo-boto3"


def local_client(service):
    """A boto3 client for lambda-local, with dummy credentials and no retries."""
    return boto3.client(
        service,
        endpoint_url=ENDPOINT,
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key="local",
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


client = local_client("lambda")


def package(source, name="index.mjs"):
    """A zip written by Python's own zipfile module, not by lambda-local."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, source)
    return buffer.getvalue()


def ok(check):
    print("ok", check, flush=True)


def error_code(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        return error.response["Error"]["Code"], error.response["Error"]["Message"]
    raise AssertionError(f"{call.__name__} should have failed")


def create(name, source, **extra):
    return client.create_function(
        FunctionName=name,
        Runtime="nodejs22.x",
        Role=ROLE,
        Handler="index.handler",
        Code={"ZipFile": package(source)},
        **extra,
    )


created = create("py-echo", "export const handler = async (e) => ({ echo: e, arch: process.arch });",
                 Architectures=["arm64"])
assert created["State"] == "Pending", created["State"]
assert created["Architectures"] == ["arm64"], created["Architectures"]
ok("create-pending")

code, message = error_code(client.invoke, FunctionName="py-echo")
assert code == "ResourceConflictException", code
ok("invoke-while-pending-conflicts")

client.get_waiter("function_active_v2").wait(FunctionName="py-echo", WaiterConfig={"Delay": 1})
assert client.get_function_configuration(FunctionName="py-echo")["State"] == "Active"
ok("waiter-active")

out = client.invoke(FunctionName="py-echo", Payload=json.dumps({"n": 1}), LogType="Tail")
assert out["StatusCode"] == 200, out["StatusCode"]
assert json.loads(out["Payload"].read()) == {"echo": {"n": 1}, "arch": "x64"}
log = base64.b64decode(out["LogResult"]).decode()
assert "START RequestId:" in log and "REPORT RequestId:" in log, log
ok("invoke-tail")

failing = create("py-fail", "export const handler = async () => { throw new RangeError('no'); };")
client.get_waiter("function_active_v2").wait(FunctionName="py-fail", WaiterConfig={"Delay": 1})
out = client.invoke(FunctionName="py-fail")
assert out["FunctionError"] == "Unhandled", out
assert json.loads(out["Payload"].read())["errorType"] == "RangeError"
ok("function-error")

assert client.invoke(FunctionName="py-echo", InvocationType="Event", Payload=b"{}")["StatusCode"] == 202
assert client.invoke(FunctionName="py-echo", InvocationType="DryRun")["StatusCode"] == 204
ok("event-and-dry-run")

try:
    client.get_function(FunctionName="nobody")
    raise AssertionError("get_function should have failed")
except client.exceptions.ResourceNotFoundException as error:
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 404
ok("resource-not-found-class")

code, message = error_code(create, name="py-bad", source="x", MemorySize=20000)
assert code == "ValidationException", code
assert message == ("1 validation error detected: Value '20000' at 'memorySize' failed to satisfy "
                   "constraint: Member must have value less than or equal to 10240"), message
ok("validation-exception")

code, _ = error_code(create, name="py-layer", source="x",
                     Layers=["arn:aws:lambda:us-east-1:123456789012:layer:none:1"])
assert code == "InvalidParameterValueException", code
ok("missing-layer-refused")

first = client.publish_version(FunctionName="py-echo")
assert first["Version"] == "1", first["Version"]
assert client.publish_version(FunctionName="py-echo")["Version"] == "1"
client.update_function_code(FunctionName="py-echo", ZipFile=package("export const handler = async () => 2;"))
code, _ = error_code(client.update_function_configuration, FunctionName="py-echo", Timeout=9)
assert code == "ResourceConflictException", code
client.get_waiter("function_updated_v2").wait(FunctionName="py-echo", WaiterConfig={"Delay": 1})
second = client.publish_version(FunctionName="py-echo")
assert second["Version"] == "2", second["Version"]
versions = [v["Version"] for v in client.list_versions_by_function(FunctionName="py-echo")["Versions"]]
assert versions == ["$LATEST", "1", "2"], versions
assert json.loads(client.invoke(FunctionName="py-echo", Qualifier="1")["Payload"].read())["echo"] == {}
assert json.loads(client.invoke(FunctionName="py-echo")["Payload"].read()) == 2
ok("versions-and-update-waiter")

names = []
for page in client.get_paginator("list_functions").paginate(FunctionVersion="ALL",
                                                            PaginationConfig={"PageSize": 2}):
    for function in page["Functions"]:
        assert "State" not in function, function
        names.append(f"{function['FunctionName']}:{function['Version']}")
assert sorted(names) == ["py-echo:$LATEST", "py-echo:1", "py-echo:2", "py-fail:$LATEST"], names
ok("list-paginator-all-versions")

location = client.get_function(FunctionName="py-fail")["Code"]["Location"]
with urllib.request.urlopen(location) as response:
    with zipfile.ZipFile(io.BytesIO(response.read())) as archive:
        assert archive.namelist() == ["index.mjs"], archive.namelist()
ok("code-location")

settings = client.get_account_settings()
assert settings["AccountLimit"]["CodeSizeUnzipped"] == 262144000, settings
assert settings["AccountUsage"]["FunctionCount"] == 2, settings
ok("account-settings")

logs = local_client("logs")
groups = [g["logGroupName"] for page in logs.get_paginator("describe_log_groups").paginate(
    PaginationConfig={"PageSize": 1}) for g in page["logGroups"]]
assert groups == ["/aws/lambda/py-echo", "/aws/lambda/py-fail"], groups
streams = logs.describe_log_streams(logGroupName="/aws/lambda/py-echo")["logStreams"]
assert all("[$LATEST]" in s["logStreamName"] or "[1]" in s["logStreamName"] for s in streams), streams
events = [e["message"] for page in logs.get_paginator("filter_log_events").paginate(
    logGroupName="/aws/lambda/py-echo", filterPattern="REPORT", PaginationConfig={"PageSize": 2})
    for e in page["events"]]
assert events and all(m.startswith("REPORT RequestId: ") for m in events), events
code, _ = error_code(logs.get_log_events, logGroupName="/aws/lambda/nobody", logStreamName="x")
assert code == "ResourceNotFoundException", code
try:
    logs.describe_log_groups(limit=1)
    logs.get_log_events(logGroupName="/aws/lambda/py-echo", logStreamName="x")
    raise AssertionError("get_log_events should have failed")
except logs.exceptions.ResourceNotFoundException:
    pass
ok("cloudwatch-logs")

client.delete_function(FunctionName="py-fail")
code, _ = error_code(client.get_function, FunctionName="py-fail")
assert code == "ResourceNotFoundException"
ok("delete")
