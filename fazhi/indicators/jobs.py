"""The analytics refresh as a job with progress (the 刷新 button on the dashboard and indicators pages, the nightly
run, `fazhi analytics refresh`)."""

from fazhi.core.jobs import JobResult, job

from . import analytics


@job("analytics-refresh")
def refresh_analytics(progress, user, *, full: bool = True) -> JobResult:
    done = analytics.refresh_all(progress) if full else analytics.refresh_stale()
    return JobResult(f"指标预计算完成：重新计算 {done} 项（指标×期间）。", url="/indicators/dashboard/")
