"""Jobs on a real queue: enqueued after commit, taken from the queue's storage and run as a worker would, with
progress in the queue's store — on the embedded SQLite queue and on Redis (FAZHI_TEST_REDIS_URL, default
127.0.0.1:6379; CI starts it, elsewhere the Redis case is skipped when no server answers)."""

import io
import os
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from fazhi.advisers.models import LegalAdviser
from fazhi.core import jobs
from fazhi.core.models import Job

REDIS_URL = os.environ.get("FAZHI_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(params=["sqlite", "redis"])
def queue(request, tmp_path, monkeypatch):
    from huey import RedisHuey, SqliteHuey

    if request.param == "redis":
        import redis

        try:
            redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
        except redis.RedisError:
            if os.environ.get("CI"):
                raise
            pytest.skip("no Redis server at " + REDIS_URL)
        q = RedisHuey(f"fazhi-test-{uuid.uuid4().hex[:8]}", url=REDIS_URL)
    else:
        q = SqliteHuey("fazhi-test", filename=str(tmp_path / "jobs.sqlite3"))
    monkeypatch.setattr(jobs, "HUEY", q)
    monkeypatch.setattr(jobs, "run_job", q.task(retries=0, context=False)(jobs.execute))
    yield q
    q.flush()


HEADER = ["姓名", "层级", "服务单位", "所在律师事务所/单位", "公职律师", "聘期开始", "聘期结束", "联系电话"]


def _ledger(rows: int, phones=None) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(rows):
        phone = (phones or {}).get(i, "13800000000")
        ws.append([f"律师{i}", "乡镇（街道）级", "城关镇", "正义律师事务所", "否", "2025-01-01", "2026-12-31", phone])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _worker_runs_one(q) -> None:
    task = q.dequeue()
    assert task is not None, "nothing was queued"
    q.execute(task)


def test_an_import_from_the_page_returns_at_once_and_a_worker_runs_it(queue, tree, users, login,
                                                                      django_capture_on_commit_callbacks):
    client = login(users["clerk_a"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/r/advisers/import/", {"file": SimpleUploadedFile("台账.xlsx", _ledger(3))})
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/jobs/{job.pk}/"
    assert job.status == Job.Status.QUEUED and queue.pending_count() == 1
    assert "排队中" in client.get(f"/jobs/{job.pk}/").content.decode()
    _worker_runs_one(queue)
    job.refresh_from_db()
    assert (job.status, job.message) == (Job.Status.DONE, "已导入 3 条记录（法律顾问）。")
    assert LegalAdviser.objects.count() == 3
    status = client.get(f"/jobs/{job.pk}/status/").json()
    assert status["status"] == "done" and status["percent"] == 100
    # a job is its starter's own: another user gets 404, as for a malformed id
    assert login(users["office"]).get(f"/jobs/{job.pk}/").status_code == 404
    assert client.get("/jobs/not-a-uuid/").status_code == 404


def test_a_failed_import_reports_rows_and_writes_nothing(queue, tree, users, login, django_capture_on_commit_callbacks):
    client = login(users["clerk_a"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/r/advisers/import/", {"file": SimpleUploadedFile("台账.xlsx", _ledger(2, {1: "1234"}))})
    _worker_runs_one(queue)
    job = Job.objects.get()
    assert job.status == Job.Status.FAILED and job.message.startswith("未导入任何数据")
    assert any(e.startswith("第3行“联系电话”列") for e in job.errors), job.errors
    assert not LegalAdviser.objects.exists()
    assert "第3行" in client.get(f"/jobs/{job.pk}/").content.decode()


def test_progress_is_visible_while_the_job_runs(queue, users, tree):
    job = Job.objects.create(user=users["office"], kind="register-export", label="测试")
    jobs.Progress(str(job.pk))(40, 100, "导出")
    assert jobs.progress_of(job) == {"done": 40, "total": 100, "stage": "导出", "percent": 40}


def test_a_queued_job_this_database_does_not_hold_is_skipped(db, caplog):
    """A message left in the queue for another database (a restore, a second instance) is logged and dropped,
    not a crash of the worker; and each database has a queue of its own by default."""
    from django.conf import settings

    missing = str(uuid.uuid4())
    assert jobs.run_job.call_local(missing) == missing
    assert "not in this database" in caplog.text
    assert settings.HUEY["name"].startswith("fazhi-")
