"""Pages of a user's jobs: progress while they run, the result (a download, or the Chinese errors) when done."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import render

from .jobs import progress_of
from .models import Job


def _own(request, pk) -> Job:
    job = Job.objects.filter(pk=pk, user=request.user).first() if _uuid(pk) else None
    if job is None:
        raise Http404("任务不存在")
    return job


def _uuid(value) -> bool:
    import uuid

    try:
        uuid.UUID(str(value))
        return True
    except ValueError:
        return False


@login_required
def job_list(request):
    jobs = Job.objects.filter(user=request.user)[:50]
    return render(request, "jobs/list.html", {"jobs": jobs})


@login_required
def job_detail(request, pk):
    job = _own(request, pk)
    context = {"job": job, "progress": progress_of(job)}
    if request.htmx:
        return render(request, "jobs/_status.html", context)
    return render(request, "jobs/detail.html", context)


@login_required
def job_status(request, pk):
    job = _own(request, pk)
    return JsonResponse({"status": job.status, "status_label": job.get_status_display(), **progress_of(job),
                         "message": job.message, "errors": job.errors, "data": job.data,
                         "download": f"/jobs/{job.pk}/download/" if job.result_file else ""},
                        json_dumps_params={"ensure_ascii": False})


@login_required
def job_download(request, pk):
    job = _own(request, pk)
    if not job.result_file:
        raise Http404("该任务没有可下载的文件")
    response = FileResponse(job.result_file.open("rb"), as_attachment=True)
    name = job.result_name or "结果"
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response
