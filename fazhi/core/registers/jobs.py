"""Register imports and large exports run as jobs (core.jobs): the page returns at once and shows progress."""

from __future__ import annotations

import datetime as dt

from django.core.files.storage import default_storage
from django.http import QueryDict

from ..jobs import JobError, JobResult, job
from . import excel
from .base import registry

EXPORT_INLINE_ROWS = 2000  # up to this many rows an export is written within the request (well under a second)


def export_filename(reg) -> str:
    return f"{reg.label}台账_{dt.date.today():%Y%m%d}.xlsx"


@job("register-import")
def import_rows(progress, user, *, slug: str, path: str, name: str, update: bool = False) -> JobResult:
    """All-or-nothing import of an uploaded ledger; the row and column of every error."""
    reg = registry[slug]
    stats: dict = {}
    try:
        with default_storage.open(path, "rb") as fh:
            fh.name, fh.size = name, default_storage.size(path)
            count, errors = excel.import_workbook(reg, user, fh, progress, update=update, stats=stats)
    finally:
        default_storage.delete(path)
    if errors:
        raise JobError(f"未导入任何数据：发现{len(errors)}处问题，请更正后重新上传。", [_line(e) for e in errors])
    if update:
        message = (f"已导入{reg.label}：新增 {stats['created']} 条，更新 {stats['updated']} 条，"
                   f"{stats['unchanged']} 条与平台一致未改动。")
    else:
        message = f"已导入 {count} 条记录（{reg.label}）。"
    return JobResult(message, url=reg.url("list"), data=stats)


def _line(error: excel.ImportError_) -> str:
    where = "".join([f"第{error.row}行" if error.row else "", f"“{error.column}”列" if error.column else ""])
    return f"{where}：{error.message}" if where else error.message


@job("register-export")
def export_rows(progress, user, *, slug: str, query: str) -> JobResult:
    from .views import filter_queryset

    reg = registry[slug]
    qs, _, _ = filter_queryset(reg, user, QueryDict(query))
    data = excel.export_workbook(reg, user, qs, progress)
    return JobResult(f"已导出{reg.label}。", content=data, filename=export_filename(reg))
