"""Work off the request: a Job row per piece of work and one Huey task that runs it.

Huey was chosen because it runs embedded on a SQLite file for `make run` and on Redis in a deployment with no change
of code, has crontab periodic tasks, retries and result storage, and integrates with Django (`fazhi run_huey`).

A job function is declared with `@job("kind")` and called as `func(progress, user, **params)`; it reports
`progress(done, total, stage)` and returns a `JobResult` (message, optional file). A `ValidationError` it raises
becomes the job's Chinese error list; it leaves no partial data when the function keeps its writes in one
transaction, as imports do. Progress goes to Huey's key-value store, not the database, so it is visible while the
job's own transaction is still open.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from huey.contrib.djhuey import HUEY, db_task

from . import audit
from .models import Job

log = logging.getLogger(__name__)
JOBS: dict[str, Callable] = {}


class JobError(ValidationError):
    """A job that could not be done because of its data: a headline and the list of what is wrong."""

    def __init__(self, headline: str, errors: list[str]):
        super().__init__(errors or [headline])
        self.headline = headline


@dataclass
class JobResult:
    message: str
    content: bytes | None = None
    filename: str = ""
    url: str = ""
    data: dict | None = None


def job(kind: str):
    """Declare the function that does the work of jobs of `kind`."""

    def declare(func: Callable) -> Callable:
        if kind in JOBS:
            raise ValueError(f"duplicate job kind {kind}")
        JOBS[kind] = func
        return func

    return declare


class Progress:
    """What a running job tells the page (throttled: at most a few writes a second), and a terminal bar for the CLI."""

    def __init__(self, job_id: str, echo: Callable[[str], None] | None = None):
        self.key, self.echo, self.last = f"fazhi-job:{job_id}", echo, 0.0

    def __call__(self, done: int, total: int | None = None, stage: str = "") -> None:
        now = time.monotonic()
        if now - self.last < 0.3 and (total is None or done < total):
            return
        self.last = now
        HUEY.put(self.key, json.dumps({"done": done, "total": total or 0, "stage": stage}))
        if self.echo:
            width = 30
            filled = int(width * done / total) if total else 0
            self.echo(f"\r{stage or '处理中'} [{'#' * filled}{'.' * (width - filled)}] {done}/{total or '?'}")


def progress_of(job_: Job) -> dict:
    """The latest progress of a job: from the store while it runs, from its row once it has finished."""
    if not job_.finished:
        raw = HUEY.get(f"fazhi-job:{job_.pk}", peek=True)
        if raw:
            data = json.loads(raw)
            done, total = data["done"], data["total"]
            return {"done": done, "total": total, "stage": data["stage"],
                    "percent": int(done * 100 / total) if total else 0}
    return {"done": job_.done, "total": job_.total, "stage": job_.stage, "percent": job_.percent}


def start(kind: str, user, label: str, **params) -> Job:
    """Create the job and queue it (after the surrounding transaction commits, so the worker finds the row)."""
    if kind not in JOBS:
        raise KeyError(f"unknown job kind {kind}")
    created = Job.objects.create(user=user, kind=kind, label=label[:200], params=params)
    if HUEY.immediate:
        run_job.call_local(str(created.pk))
    else:
        transaction.on_commit(lambda: run_job(str(created.pk)))
    created.refresh_from_db()
    return created


def run_now(kind: str, user, label: str, echo: Callable[[str], None] | None = None, **params) -> Job:
    """Run a job in this process (the CLI), with a progress bar on the terminal."""
    created = Job.objects.create(user=user, kind=kind, label=label[:200], params=params)
    execute(str(created.pk), echo=echo)
    created.refresh_from_db()
    return created


@db_task(retries=0, context=False)
def run_job(job_id: str) -> str:
    if not Job.objects.filter(pk=job_id).exists():  # queued for a database that no longer holds it (a restore)
        log.warning("job %s is not in this database; skipped", job_id)
        return job_id
    execute(job_id)
    return job_id


def execute(job_id: str, echo: Callable[[str], None] | None = None) -> None:
    job_ = Job.objects.select_related("user").get(pk=job_id)
    Job.objects.filter(pk=job_id).update(status=Job.Status.RUNNING, started_at=timezone.now())
    progress = Progress(job_id, echo)
    fields: dict = {"finished_at": None}
    try:
        with audit.audit_context(job_.user, source="job", request_id=job_id.replace("-", "")[:16]):
            result = JOBS[job_.kind](progress, job_.user, **job_.params)
    except ValidationError as exc:
        headline = getattr(exc, "headline", "") or "未完成：" + (exc.messages[0] if exc.messages else "数据有误")
        fields.update(status=Job.Status.FAILED, errors=[str(m) for m in exc.messages][:500], message=headline[:300])
    except Exception:  # a failure of the platform, not of the data: logged, and said plainly
        log.exception("job %s (%s) failed", job_id, job_.kind)
        fields.update(status=Job.Status.FAILED, message="未完成：处理时发生系统错误，已记录，请联系系统管理员。")
    else:
        fields.update(status=Job.Status.DONE, message=result.message[:300], result_url=result.url[:200],
                      data=result.data or {})
        if result.content is not None:
            job_.result_file.save(f"{job_id}-{result.filename or 'result'}", ContentFile(result.content), save=False)
            fields.update(result_file=job_.result_file.name, result_name=result.filename[:200])
    raw = HUEY.get(f"fazhi-job:{job_id}", peek=False)
    last = json.loads(raw) if raw else {"done": 0, "total": 0, "stage": ""}
    fields.update(done=last["done"], total=last["total"], stage=last["stage"], finished_at=timezone.now())
    if fields.get("status") == Job.Status.DONE and last["total"]:
        fields["done"] = last["total"]
    Job.objects.filter(pk=job_id).update(**fields)
    if echo:
        echo("\n")
