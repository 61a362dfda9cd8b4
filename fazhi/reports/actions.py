"""Writes of the annual report that carry meaning: saving the text of sections, and 公示 (publication)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from fazhi.core import steps
from fazhi.core.gates import check_date, require_status
from fazhi.indicators import catalogue

from . import rules
from .events import Event
from .forms import PublishForm, WithdrawForm
from .models import PLACEHOLDER, AnnualReport

S = AnnualReport.Status

MAX_SECTION_CHARS = 50_000


@transaction.atomic
def save_text(user, report: AnnualReport, intro: str, bodies: dict[str, str]) -> AnnualReport:
    """Save the edited intro and sections; unknown {{ keys }} are refused so no figure silently disappears."""
    require_status(report, [AnnualReport.Status.DRAFT], "修改正文")
    cat = catalogue.catalogue()
    errors = []
    sections = {s.kind: s for s in report.sections.all()}
    for label, text in [("开头段落", intro), *((sections[k].get_kind_display(), t) for k, t in bodies.items()
                                             if k in sections)]:
        if len(text) > MAX_SECTION_CHARS:
            errors.append(f"{label}超过{MAX_SECTION_CHARS}字，请精简。")
        unknown = sorted({k for k in PLACEHOLDER.findall(text) if k not in cat})
        if unknown:
            errors.append(f"{label}引用了指标目录中没有的指标：{'、'.join(unknown)}。")
    if errors:
        raise ValidationError(errors)
    report.intro = intro.strip()
    report.save()
    for kind, text in bodies.items():
        if kind in sections:
            sections[kind].body = text.replace("\r\n", "\n").strip()
            sections[kind].save()
    return report


@steps.step(Event.PUBLISH, on=AnnualReport, form=PublishForm, basis=rules.BASIS,
            available=lambda r: r.status == S.DRAFT)
def publish(report: AnnualReport, *, acting_user, on: dt.date, channel: str, secrecy_reviewed: bool) -> AnnualReport:
    """公示: publish the report to the public page; a warning (not a refusal) when after the deadline."""
    require_status(report, [AnnualReport.Status.DRAFT], "公开发布")
    if not secrecy_reviewed:
        raise ValidationError({"secrecy_reviewed": "公开发布前须经保密审查（涉及党和国家秘密的内容不得公开）。"})
    if not report.signed_on:
        raise ValidationError({"on": "请先填写成文日期。"})
    check_date(on, "on", "发布日期", not_before=[(report.signed_on, "成文日期")])
    report.status, report.published_on, report.publish_channel = AnnualReport.Status.PUBLISHED, on, channel
    report.save()
    late = rules.is_late(report.year, on, report.unit.kind)
    steps.record({"on": on, "channel": channel, "late": late})
    return report


@steps.step(Event.WITHDRAW, on=AnnualReport, form=WithdrawForm, basis=rules.BASIS, style="danger",
            available=lambda r: r.status == S.PUBLISHED)
def withdraw(report: AnnualReport, *, acting_user, reason: str) -> AnnualReport:
    require_status(report, [AnnualReport.Status.PUBLISHED], "撤回")
    report.status = AnnualReport.Status.DRAFT
    report.save()
    steps.record({"reason": reason})
    return report
