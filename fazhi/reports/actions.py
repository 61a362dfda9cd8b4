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


@steps.step(Event.ADOPT, on=AnnualReport, basis=rules.BASIS, available=lambda r: r.status == S.DRAFT)
def adopt_findings(report: AnnualReport, *, acting_user, codes: list[str]) -> AnnualReport:
    """The drafter's choice among the shortcomings the data shows (reports.findings), in the chosen order: the
    shortcomings and plans sections are rewritten from them (every sentence traces to a figure or records)."""
    from . import findings

    require_status(report, [AnnualReport.Status.DRAFT], "采纳不足")
    found = {f.code: f for f in findings.candidates(report.unit, report.year, acting_user)}
    codes = list(dict.fromkeys(codes))
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise ValidationError("所选的不足已不在数据提示中（数据可能已更新），请刷新页面后重新选择。")
    if not codes:
        raise ValidationError("请至少选择一项不足。")
    chosen = [found[c] for c in codes]
    report.findings = codes
    report.save(update_fields=["findings"])
    sections = {s.kind: s for s in report.sections.all()}
    for kind, text in (("shortcomings", findings.shortcomings_text(chosen)),
                       ("plans", findings.plans_text(chosen, report.year))):
        if kind in sections:
            sections[kind].body = text
            sections[kind].save(update_fields=["body"])
    steps.record({"findings": [f"{f.source}：{f.area}" for f in chosen]})
    return report


def publication_problems(report: AnnualReport) -> list[str]:
    """What stops a report from being published: a validation rule its figures fail, a figure with no data, a
    key the catalogue does not know, and for an upward document (上行文) no 签发人."""
    from . import render

    bound = render.bind(report)
    problems = [f"数据校验未通过：{v.message}（{v.detail}）" for v in bound.violations]
    problems += [f"引用的数据缺失：{f.label}（文中显示为“××”）" for f in bound.missing]
    problems += [f"指标目录中没有该指标：{key}" for key in bound.unknown_keys]
    if report.addressee and not report.signers.strip():
        problems.append("报告为上行文，请填写签发人（GB/T 9704-2012 第7.2.4条）。")
    return problems


@steps.step(Event.PUBLISH, on=AnnualReport, form=PublishForm, basis=rules.BASIS,
            available=lambda r: r.status == S.DRAFT)
def publish(report: AnnualReport, *, acting_user, on: dt.date, channel: str, secrecy_reviewed: bool) -> AnnualReport:
    """公示: publish the report to the public page; a warning (not a refusal) when after the deadline."""
    require_status(report, [AnnualReport.Status.DRAFT], "公开发布")
    if not secrecy_reviewed:
        raise ValidationError({"secrecy_reviewed": "公开发布前须经保密审查（涉及党和国家秘密的内容不得公开）。"})
    if not report.signed_on:
        raise ValidationError({"on": "请先填写成文日期。"})
    problems = publication_problems(report)
    if problems:  # the consistency gate: what is published must agree with itself and with the records
        raise ValidationError(["以下问题解决前不能公开发布：", *problems])
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
