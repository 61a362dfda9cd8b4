"""Storing a read report, and confirming its figures into the indicator space (one function each, audited)."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core import steps
from fazhi.core.indicators import Period
from fazhi.core.jobs import JobResult, job
from fazhi.indicators import catalogue
from fazhi.indicators.models import DataValue
from fazhi.intake import extract_file, other_statements
from fazhi.intake.document import SECTION_LABELS, deadline

from .models import ExtractedFigure, LexiconSuggestion, ReceivedReport


class Event(models.TextChoices):
    RECEIVE = "receive", "收到报告"
    CONFIRM = "confirm", "确认报告数据"

MAX_BYTES = 20 * 1024 * 1024
BASIS = "《法治政府建设与责任落实督察工作规定》（年度报告报送与公开）"


@steps.step(Event.RECEIVE, on=ReceivedReport, basis=BASIS)
def receive(unit, *, acting_user, name: str, data: bytes) -> ReceivedReport:
    """Read one uploaded file and store the result; an unreadable file is stored with its error."""
    if len(data) > MAX_BYTES:
        raise ValidationError(f"“{name}”超过{MAX_BYTES // 1048576}MB，请压缩或拆分后上传。")
    result = extract_file(name, data)
    report = ReceivedReport(unit=unit, source=name[:200], sha256=hashlib.sha256(data).hexdigest(), uploaded_by=acting_user)
    if "error" in result:
        report.error = result["error"][:300]
        report.save()
        return report
    earlier = (ReceivedReport.objects.filter(unit=unit, fingerprint=result["fingerprint"]).exclude(error="")
               .first() or ReceivedReport.objects.filter(unit=unit, fingerprint=result["fingerprint"]).first())
    if earlier is not None:  # the same report again, perhaps as PDF after DOCX: never two rows of its figures
        raise ValidationError(f"“{name}”与已收到的《{earlier.title or earlier.source}》（{earlier.source}，"
                              f"{earlier.received_at:%Y-%m-%d}）内容相同，未重复收录。")
    report.fingerprint = result["fingerprint"]
    report.title, report.issuer = result["title"][:300], result["issuer"][:200]
    report.year, report.document_number = result["year"], result["document_number"][:60]
    report.published_on = dt.date.fromisoformat(result["published_on"]) if result["published_on"] else None
    report.posted_on = dt.date.fromisoformat(result["posted_on"]) if result.get("posted_on") else None
    report.on_time, report.missing_sections = result["on_time"], result["missing_sections"]
    report.sections, report.text = result["sections"], result["text"]
    report.body = _match_body(unit, report.issuer)
    report.save()
    keys = catalogue.catalogue()
    ExtractedFigure.objects.bulk_create([
        ExtractedFigure(report=report, key=f["key"], value=Decimal(str(f["value"])), unit_label=f["unit"],
                        approx=f["approx"], evidence=f["text"][:300], start=f["start"], end=f["end"],
                        basis=f["why"][:300], others=other_statements(f)[:300])
        for f in result["figures"] if f["key"] in keys
    ])
    steps.record({"figures": len(result["figures"])})
    return report


def _match_body(unit, issuer: str):
    """The org unit the issuer names, among the receiving unit's subtree (longest name contained in it)."""
    from fazhi.core.models import OrgUnit

    names = OrgUnit.objects.filter(path__startswith=unit.path).values_list("pk", "name")
    best = max(((pk, name) for pk, name in names if name and name in issuer.replace(" ", "")),
               key=lambda x: len(x[1]), default=None)
    return OrgUnit.objects.get(pk=best[0]) if best else None


@steps.step(Event.CONFIRM, on=ReceivedReport, basis=BASIS)
def review(report: ReceivedReport, *, acting_user, body, confirm: list[int], reject: list[int],
           posted_on: dt.date | None = None, rekey: dict[int, str] | None = None) -> int:
    """Confirm or reject figures; confirmed ones become `extracted` values of `body` for the report's year. The
    publication date entered or confirmed here decides 按时公开 (before 1 April of the next year)."""
    if body is None:
        raise ValidationError({"body": "请选择该报告对应的平台单位，确认的数据将记入该单位。"})
    if not report.year:
        raise ValidationError("未能识别报告年度，不能记入指标。")
    if posted_on is not None:
        if posted_on > dt.date.today() or posted_on.year < report.year:
            raise ValidationError({"posted_on": "公开发布日期应在报告年度之后、不晚于今天。"})
        report.posted_on = posted_on
    date = report.posted_on or report.published_on
    report.on_time = date <= deadline(report.year) if date else None
    report.body = body
    report.save()
    corrected = _rekey(report, rekey or {}, acting_user)
    period = Period.year(report.year)
    made = 0
    for fig in report.figures.filter(pk__in=confirm):
        DataValue.objects.update_or_create(
            key=fig.key, unit=body, period_start=period.start, period_end=period.end,
            source=DataValue.Source.EXTRACTED,
            defaults={"period": period.code, "value": fig.value, "status": DataValue.Status.APPROVED,
                      "evidence": f"{report.title[:120]}：{fig.evidence[:150]}"[:300],
                      "comment": "约数" if fig.approx else "", "reviewed_by": acting_user, "reviewed_on": dt.date.today()})
        fig.status = ExtractedFigure.Status.CONFIRMED
        fig.save()
        made += 1
    report.figures.filter(pk__in=reject).update(status=ExtractedFigure.Status.REJECTED)
    steps.record({"confirmed": made, "rejected": len(reject), "corrected": corrected})
    return made


def _rekey(report: ReceivedReport, rekey: dict[int, str], user) -> list[dict]:
    """Figures the reviewer gave another key: corrected before confirmation, and each offered to the office as a
    lexicon suggestion (the words of the clause before the number, and the key)."""
    keys = catalogue.catalogue()
    unknown = sorted({k for k in rekey.values() if k and k not in keys})
    if unknown:
        raise ValidationError(f"指标目录中没有：{'、'.join(unknown)}。")
    out = []
    for fig in report.figures.filter(pk__in=list(rekey)):
        key = rekey[fig.pk]
        if not key or key == fig.key:
            continue
        LexiconSuggestion.objects.create(report=report, evidence=fig.evidence, term=suggested_term(fig.evidence),
                                         read_as=fig.key, key=key, created_by=user)
        out.append({"figure": fig.pk, "from": fig.key, "to": key})
        fig.key = key
        fig.save(update_fields=["key"])
    return out


def suggested_term(clause: str) -> str:
    """The words a reviewer's correction teaches: the clause up to its first number, without leading verbs and
    particles (全年/共/开展/组织 …), at most twenty characters."""
    import re

    head = re.split(r"\d|[零〇一二两三四五六七八九十百千万]+[件次项名人个场份条起余]", clause, maxsplit=1)[0]
    head = re.sub(r"^(全年|今年|年内|累计|共计|共|先后|开展|组织|举办|召开|完成|办理|发放|其中|同时)+", "", head.strip())
    return head[-20:]


@job("intake-receive")
def receive_file(progress, user, *, unit_id: int, path: str, name: str) -> JobResult:
    """Read one uploaded report off the request (a large PDF takes seconds) and store what it says."""
    from django.core.files.storage import default_storage

    from fazhi.core.models import OrgUnit

    unit = OrgUnit.objects.visible_to(user).get(pk=unit_id)
    progress(0, 1, "读取报告")
    try:
        with default_storage.open(path, "rb") as fh:
            data = fh.read()
    finally:
        default_storage.delete(path)
    report = receive(unit, acting_user=user, name=name, data=data)
    progress(1, 1, "完成")
    if report.error:
        raise ValidationError(f"“{name}”未能读取：{report.error}")
    return JobResult(f"已读取《{report.title or name}》，识别数据{report.figures.count()}项。", url=f"/intake/{report.pk}/",
                     data={"id": report.pk, "title": report.title, "error": report.error,
                           "figures": report.figures.count(), "missing": report.missing_sections,
                           "missing_labels": [SECTION_LABELS.get(k, k) for k in report.missing_sections]})
