"""The analytics refresh as a job with progress (the 刷新 button on the dashboard and indicators pages, the nightly
run, `fazhi analytics refresh`)."""

from django.core.files.storage import default_storage

from fazhi.core.jobs import JobError, JobResult, job

from . import analytics


@job("analytics-refresh")
def refresh_analytics(progress, user, *, full: bool = True) -> JobResult:
    done = analytics.refresh_all(progress) if full else analytics.refresh_stale()
    return JobResult(f"指标预计算完成：重新计算 {done} 项（指标×期间）。", url="/indicators/dashboard/")


@job("platform-import")
def import_platform(progress, user, *, path: str, name: str, year: int) -> JobResult:
    """A 政务服务平台 statistical export, all or nothing: the figures wait for the office's approval."""
    from fazhi.core.registers.jobs import _line

    from . import platform

    try:
        with default_storage.open(path, "rb") as fh:
            fh.name, fh.size = name, default_storage.size(path)
            stats, errors = platform.import_export(fh, user, year, progress)
    finally:
        default_storage.delete(path)
    if errors:
        raise JobError(f"未导入任何数据：发现{len(errors)}处问题，请更正后重新上传。", [_line(e) for e in errors])
    return JobResult(f"已导入{year}年度政务服务平台数据：新增 {stats['created']} 项，更新 {stats['updated']} 项，"
                     f"{stats['unchanged']} 项与已导入的一致；请办公室审核采用。", url="/r/reported-values/?status=submitted",
                     data=stats)
