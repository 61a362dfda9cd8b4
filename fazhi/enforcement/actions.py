"""Steps of an enforcement case and of a case-file review, one function each; gates cite their article."""

from __future__ import annotations

import datetime as dt
import random
import re
from decimal import Decimal

from django.core.exceptions import ValidationError

from fazhi.core import bulk, steps
from fazhi.core.gates import check_date, require_status
from fazhi.core.registers.forms import OnDateForm
from fazhi.core.roles import Role
from fazhi.core.rules import due as rules_due

from . import rules
from .events import Event
from .forms import (
    ChangeForm,
    DecideForm,
    ExtendForm,
    HearingForm,
    NotifyForm,
    PayForm,
    PreservationDecideForm,
    PublishForm,
    RespondForm,
    ReviewForm,
    RevokeForm,
    SampleForm,
    ScoreForm,
    SubmitReviewForm,
    WithdrawForm,
)
from .models import Case, Certificate, FileReview, Officer, Preservation, ReviewCampaign

S = Case.Status
OPEN = [S.FILED, S.NOTIFIED, S.REVIEWING]


def _in(*statuses):
    return lambda c: c.status in statuses


def certificate_periods(officer_ids) -> dict[int, list[tuple[dt.date, dt.date]]]:
    """{officer id: [(issued, expires)]} of their valid certificates (one query)."""
    periods: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for officer_id, issued, expires in Certificate.objects.filter(
            officer_id__in=set(officer_ids), status=Certificate.Status.VALID).values_list(
            "officer_id", "issued_on", "expires_on"):
        periods.setdefault(officer_id, []).append((issued, expires))
    return periods


def certified(officers, on: dt.date, periods: dict | None = None) -> tuple[list[Officer], list[Officer]]:
    """Split officers into those with a valid certificate on `on` and those without."""
    officers = list(officers)
    if periods is None:
        periods = certificate_periods(o.pk for o in officers)
    ok_ids = {o.pk for o in officers if any(a <= on <= b for a, b in periods.get(o.pk, ()))}
    return [o for o in officers if o.pk in ok_ids], [o for o in officers if o.pk not in ok_ids]


def check_handlers(officers, on: dt.date, agency, periods: dict | None = None) -> None:
    """第四十二条: at least two handlers, each certified on the day, from the case's agency."""
    officers = list(officers)
    if len({o.pk for o in officers}) < rules.MIN_HANDLERS:
        raise ValidationError({"handlers": f"执法人员不得少于两人（{rules.BASIS['handlers']}），请选择至少两名承办人员。"})
    foreign = [o.name for o in officers if o.agency_id != agency.pk]
    if foreign:
        raise ValidationError({"handlers": f"{'、'.join(foreign)}不是本执法主体的执法人员。"})
    _, uncertified = certified(officers, on, periods)
    if uncertified:
        names = "、".join(o.name for o in uncertified)
        raise ValidationError({"handlers": f"{names}在{on}未持有有效执法证件，不得从事行政执法活动（{rules.BASIS['handlers']}）。"})


def check_limitation(case: Case) -> None:
    """第三十六条: an act not discovered within two years (five where life, health or financial security is harmed)
    is no longer penalised; counted from the act or, when continuing, its end. Checked at 立案."""
    if case.offence_on is None or case.filed_on is None:
        return
    check_date(case.offence_on, "offence_on", "违法行为发生（终了）日期", not_after=[(case.filed_on, "立案日期")])
    ends = rules.limitation_ends(case.offence_on, case.health_or_finance)
    if case.filed_on > ends:
        years = 5 if case.health_or_finance else 2
        raise ValidationError({"offence_on": f"违法行为自{case.offence_on}起{years}年内未被发现（期限至{ends}），"
                                             f"不再给予行政处罚（{rules.BASIS['limitation']}）。"})


@steps.step(Event.FILE, on=Case)
def file_case(case: Case, handlers, *, acting_user) -> Case:
    """立案: two certified handlers, within the limitation of 第三十六条; the 90-day period of 第六十条 starts for
    the ordinary procedure."""
    check_date(case.filed_on, "filed_on", "立案日期")
    case.full_clean(exclude=["handlers"])
    check_limitation(case)
    check_handlers(handlers, case.filed_on, case.agency)
    _open(case)
    case.save()
    case.handlers.set(handlers)
    steps.record(_filed(case, handlers), basis=_filed_basis(case))
    return case


def _open(case: Case) -> None:
    if case.procedure == Case.Procedure.ORDINARY:
        case.decision_due = rules.decision_due(case.filed_on)
    case.status = S.FILED


def _filed(case: Case, handlers) -> dict:
    return {"filed_on": case.filed_on, "procedure": case.get_procedure_display(),
            "handlers": [o.name for o in handlers], "decision_due": case.decision_due}


def _filed_basis(case: Case) -> str:
    return rules.BASIS["decision"] if case.decision_due else rules.BASIS["simple"]


@file_case.many
def file_cases(items: list[tuple[Case, list[Officer]]], *, acting_user) -> list[steps.Done]:
    """立案 of many cases (a ledger's import): the same checks as `file_case` — the record's own fields, two
    handlers of the case's agency certified on the filing day (第四十二条) — with the certificates of every handler
    read in one query, a case number already used by its agency found with one query per chunk, and the cases and
    their handlers written with bulk INSERTs."""
    periods = certificate_periods(o.pk for _, handlers in items for o in handlers)

    def check(item) -> None:
        case, handlers = item
        check_date(case.filed_on, "filed_on", "立案日期")
        case.full_clean(exclude=["handlers"], validate_unique=False, validate_constraints=False)
        check_limitation(case)
        check_handlers(handlers, case.filed_on, case.agency, periods)
        _open(case)

    failed = steps.unique_clashes([case for case, _ in items]) | steps.failures(items, check)
    if failed:
        raise steps.ManyErrors(failed)
    bulk.insert(Case, [case for case, _ in items], ids=True)
    through = Case.handlers.through
    bulk.insert(through, [through(case_id=case.pk, officer_id=o.pk) for case, handlers in items
                          for o in dict.fromkeys(handlers)])
    return [steps.Done(case, _filed(case, handlers), _filed_basis(case)) for case, handlers in items]


def update_case(user, case: Case, handlers) -> Case:
    if case.status in (S.DECIDED, S.CLOSED):
        raise ValidationError("已作出决定的案件不能修改立案信息。")
    case.full_clean(exclude=["handlers"])
    check_handlers(handlers, case.filed_on, case.agency)
    case.decision_due = rules.decision_due(case.filed_on) if case.procedure == Case.Procedure.ORDINARY else None
    case.save()
    case.handlers.set(handlers)
    return case


@steps.step(Event.NOTIFY, on=Case, form=NotifyForm, basis=rules.BASIS["notice"], available=_in(S.FILED))
def notify(case: Case, *, acting_user, on: dt.date, hearing_right_notified: bool = False,
           hearing_requested: bool = False) -> Case:
    """告知 the facts, reasons, basis and rights (第四十四条); a hearing request comes within 5 working days."""
    require_status(case, [S.FILED], "告知")
    check_date(on, "on", "告知日期", not_before=[(case.filed_on, "立案日期")])
    if hearing_requested and not hearing_right_notified:
        raise ValidationError({"hearing_requested": "未告知听证权利的，当事人无从提出听证申请；请先勾选“已告知听证权利”。"})
    case.notified_on, case.hearing_right_notified = on, hearing_right_notified
    case.hearing_requested, case.status = hearing_requested, S.NOTIFIED
    case.save()
    steps.record({"on": on, "hearing_requested": hearing_requested,
                                   "hearing_request_due": rules.hearing_request_due(on)})
    return case


@steps.step(Event.HEARING, on=Case, form=HearingForm, name='hearing', basis=rules.BASIS["hearing"],
            available=lambda c: c.status == S.NOTIFIED and c.hearing_requested and not c.hearing_held_on)
def hold_hearing(case: Case, *, acting_user, noticed_on: dt.date, on: dt.date) -> Case:
    """听证: the party and others told of its time and place at least seven working days before
    (第六十四条第二项, 第八十五条)."""
    require_status(case, [S.NOTIFIED], "举行听证")
    if not case.hearing_requested:
        raise ValidationError("当事人未要求听证。")
    check_date(noticed_on, "noticed_on", "听证通知日期", not_before=[(case.notified_on, "告知日期")])
    earliest = rules_due("penalty.hearing_notice", noticed_on)
    check_date(on, "on", "听证日期", not_before=[(noticed_on, "听证通知日期")])
    if on < earliest:
        raise ValidationError({"on": f"听证通知应当在举行听证的七日（工作日）前送达：{noticed_on}通知的，最早可于{earliest}"
                                     f"举行听证（{rules.BASIS['hearing_notice']}）。"})
    case.hearing_noticed_on, case.hearing_held_on = noticed_on, on
    case.save()
    steps.record({"noticed_on": noticed_on, "on": on}, basis=rules.BASIS["hearing_notice"])
    return case


@steps.step(Event.SUBMIT_REVIEW, on=Case, form=SubmitReviewForm, basis=rules.BASIS["review"], available=lambda c: c.status in (S.FILED, S.NOTIFIED) and c.procedure == "ordinary"
                   and c.review_opinion != "passed")
def submit_review(case: Case, *, acting_user, major_reason: str) -> Case:
    """送法制审核: mark why the decision is major (第五十八条第一款)."""
    require_status(case, [S.FILED, S.NOTIFIED], "送法制审核")
    case.major_reason, case.is_major, case.status = major_reason, True, S.REVIEWING
    case.review_opinion = ""
    case.save()
    steps.record({"reason": case.get_major_reason_display()})
    return case


@steps.step(Event.REVIEW, on=Case, form=ReviewForm, name='review', basis=rules.BASIS["review"],
            available=_in(S.REVIEWING))
def record_review(case: Case, *, acting_user, on: dt.date, reviewer: Officer, opinion: str, note: str = "") -> Case:
    """法制审核意见. A first-time reviewer must hold the 法律职业资格 (第五十八条第二款)."""
    require_status(case, [S.REVIEWING], "登记法制审核意见")
    check_date(on, "on", "审核日期", not_before=[(case.filed_on, "立案日期")])
    if reviewer.agency_id != case.agency_id or not reviewer.is_legal_reviewer:
        raise ValidationError({"reviewer": "审核人员应为本机关的法制审核人员。"})
    if reviewer in case.handlers.all():
        raise ValidationError({"reviewer": "承办人员不能审核本人承办的案件。"})
    first_time = not Case.objects.filter(reviewer=reviewer).exclude(pk=case.pk).exists()
    if first_time and not reviewer.has_legal_qualification:
        raise ValidationError({"reviewer": f"初次从事行政处罚决定法制审核的人员，应当取得法律职业资格（{rules.LAW}第五十八条第二款）。"})
    case.reviewer, case.reviewed_on, case.review_opinion = reviewer, on, opinion
    case.status = S.NOTIFIED if case.notified_on else S.FILED
    case.save()
    steps.record({"on": on, "reviewer": reviewer.name,
                                                                                  "note": note}, label="法制审核" + ("通过" if opinion == "passed" else "退回"))
    return case


@steps.step(Event.EXTEND, on=Case, form=ExtendForm, basis=rules.BASIS["decision"], style="secondary",
            available=lambda c: c.status in OPEN and c.procedure == "ordinary" and not c.extended)
def extend(case: Case, *, acting_user, on: dt.date, days: int, approval: str, legal_basis: str = "") -> Case:
    """办案期限延长 only where a law, regulation or rule allows it (第六十条 "法律、法规、规章另有规定的，从其规定"):
    第六十条 has no extension of its own, so the permitting provision is cited."""
    if case.procedure != Case.Procedure.ORDINARY or case.extended:
        raise ValidationError("只有普通程序案件可以延长一次办案期限。")
    if not re.search(rules.CITED_RULE, legal_basis or ""):
        raise ValidationError({"legal_basis": "行政处罚法第六十条本身没有规定延长；请写明允许延长的法律、法规或规章及条款，"
                                              "如“《市场监督管理行政处罚程序规定》第六十四条”。"})
    require_status(case, [S.FILED, S.NOTIFIED, S.REVIEWING], "延长办案期限")
    check_date(on, "on", "批准日期", not_before=[(case.filed_on, "立案日期")], not_after=[(case.decision_due, "办案期限")])
    if not 1 <= days <= 90:
        raise ValidationError({"days": "延长天数应在1至90日之间，并以法律、法规、规章的规定为限。"})
    case.extended, case.extension_note = True, f"{on} 经{approval}批准延长{days}日（{legal_basis.strip()}）"
    case.decision_due = rules.decision_due(case.filed_on, days)
    case.save()
    steps.record({"on": on, "days": days, "approval": approval, "legal_basis": legal_basis.strip()},
                 basis=rules.BASIS["extension"])
    return case


@steps.step(Event.DECIDE, on=Case, form=DecideForm, basis=rules.BASIS["decision"], style="success",
            available=_in(S.FILED, S.NOTIFIED, S.REVIEWING))
def decide(case: Case, *, acting_user, on: dt.date, decision_type: str, fine: Decimal | None = None,
           confiscation: Decimal | None = None, number: str = "") -> Case:
    """作出决定: every gate of the 行政处罚法 checked, then publicity starts (118号)."""
    if case.status == S.REVIEWING:
        raise ValidationError(f"法制审核尚未完成，不得作出决定（{rules.LAW}第五十八条）。")
    require_status(case, [S.FILED, S.NOTIFIED], "作出决定")
    check_date(on, "on", "决定日期", not_before=[(case.filed_on, "立案日期")])
    check_handlers(case.handlers.all(), on, case.agency)
    if decision_type == Case.DecisionType.FINE and not fine:
        raise ValidationError({"fine": "罚款决定须填写罚款金额。"})
    if case.procedure == Case.Procedure.SIMPLE:
        if not rules.simple_allowed(case.party_type, decision_type, fine):
            limit = rules.SIMPLE_FINE_LIMIT[case.party_type]
            raise ValidationError({"decision_type": f"简易程序（当场处罚）只适用于警告或{limit}元以下罚款"
                                                    f"（{rules.BASIS['simple']}），请改用普通程序。"})
    else:
        if decision_type in rules.PENALTY_DECISIONS and not case.notified_on:
            raise ValidationError(f"作出行政处罚决定前应当告知当事人（{rules.BASIS['notice']}）。")
        if rules.hearing_right_required(case.party_type, decision_type, fine, confiscation) \
                and not case.hearing_right_notified:
            raise ValidationError(f"拟作出较大数额罚款、吊销许可证件、责令停产停业等决定，应当告知当事人有要求听证的权利"
                                  f"（{rules.BASIS['hearing']}；本省较大数额标准："
                                  f"{rules.hearing_threshold(case.party_type)}元）。")
        if case.hearing_requested and not case.hearing_held_on:
            raise ValidationError(f"当事人要求听证，应当组织听证后再作出决定（{rules.BASIS['hearing']}）。")
        reasons = rules.review_reasons(case, decision_type, fine)
        if reasons and case.review_opinion != Case.ReviewOpinion.PASSED:
            raise ValidationError(f"本案须经法制审核（{'；'.join(reasons)}），未经法制审核或审核未通过的，不得作出决定"
                                  f"（{rules.LAW}第五十八条）。")
        if reasons and not case.is_major:
            case.is_major = True
    case.decision_type, case.decided_on, case.decision_number = decision_type, on, number
    case.fine_amount, case.confiscation_amount = fine, confiscation
    case.publicity_due = rules.publicity_due(decision_type, on)
    if case.procedure == Case.Procedure.SIMPLE:
        case.served_on = on  # handed over on the spot (第五十二条)
        case.payment_due = rules_due("penalty.payment", on) if fine else None
    else:  # handed over when announced; a party not present is served within seven working days (第六十一条)
        case.service_due = rules_due("penalty.service", on)
    case.status = S.DECIDED
    case.save()
    steps.record({"on": on, "type": case.get_decision_type_display(), "fine": fine,
                                       "publicity_due": case.publicity_due})
    return case


@steps.step(Event.SERVE, on=Case, form=OnDateForm, basis=rules.BASIS["service"],
            available=lambda c: c.status == S.DECIDED and not c.served_on)
def serve(case: Case, *, acting_user, on: dt.date) -> Case:
    require_status(case, [S.DECIDED], "登记送达")
    check_date(on, "on", "送达日期", not_before=[(case.decided_on, "决定日期")])
    case.served_on = on
    case.payment_due = rules_due("penalty.payment", on) if case.fine_amount else None  # 第六十七条第三款
    case.save()
    steps.record({"on": on, "due": case.service_due, "on_time": case.service_due is None or on <= case.service_due,
                  "payment_due": case.payment_due})
    return case


@steps.step(Event.PAY, on=Case, form=PayForm, basis=rules.BASIS["payment"],
            available=lambda c: bool(c.payment_due) and not c.paid_on)
def record_payment(case: Case, *, acting_user, on: dt.date, suspended_days: int | None = None) -> Case:
    """缴纳罚款: within fifteen days of receiving the decision; after that 3% of the fine a day, at most the fine
    (第六十七条第三款、第七十二条第一款第一项), the days of a 复议 or 诉讼 not counted (第七十三条第三款)."""
    if not case.payment_due or case.paid_on:
        raise ValidationError("没有待缴纳的罚款。")
    check_date(on, "on", "缴纳日期", not_before=[(case.served_on, "送达日期")])
    case.paid_on = on
    case.late_charge = rules.late_charge(case.fine_amount, case.payment_due, on, suspended_days or 0) or None
    case.save()
    steps.record({"on": on, "due": case.payment_due, "late_charge": case.late_charge,
                  "suspended_days": suspended_days or 0}, basis=rules.BASIS["late_charge"] if case.late_charge else "")
    return case


@steps.step(Event.PUBLISH, on=Case, form=PublishForm, basis=rules.BASIS["publicity"],
            available=lambda c: c.status in (S.DECIDED, S.CLOSED) and not c.published_on)
def publish(case: Case, *, acting_user, on: dt.date, url: str = "") -> Case:
    """公示 the decision: 7 working days for 许可/处罚, 20 for others (118号)."""
    require_status(case, [S.DECIDED, S.CLOSED], "公示")
    check_date(on, "on", "公示日期", not_before=[(case.decided_on, "决定日期")])
    case.published_on, case.publicity_url = on, url
    case.save()
    steps.record({"on": on, "url": url, "due": case.publicity_due,
                                    "on_time": on <= case.publicity_due})
    return case


@steps.step(Event.CLOSE, on=Case, form=OnDateForm, basis=rules.BASIS["decision"], style="secondary",
            available=_in(S.DECIDED))
def close(case: Case, *, acting_user, on: dt.date) -> Case:
    """结案 once executed; a published decision is a precondition (118号)."""
    require_status(case, [S.DECIDED], "结案")
    check_date(on, "on", "结案日期", not_before=[(case.decided_on, "决定日期")])
    if not case.published_on and case.decision_type != Case.DecisionType.NO_PENALTY:
        raise ValidationError(f"执法决定尚未公示，不能结案（{rules.BASIS['publicity']}）。")
    case.executed_on = case.executed_on or on
    case.closed_on, case.status = on, S.CLOSED
    case.save()
    steps.record({"on": on})
    return case


@steps.step(Event.CHANGE, on=Case, form=ChangeForm, basis=rules.BASIS["withdrawal"], style="secondary",
            available=lambda c: c.status in (S.DECIDED, S.CLOSED) and not c.changed_on)
def record_change(case: Case, *, acting_user, on: dt.date, kind: str, reason: str) -> Case:
    """The decision was changed, revoked, found unlawful or void (by this organ, a 复议 decision or a judgment); a
    decision already published is withdrawn within three working days with the reasons made public (第四十八条第二款,
    第八十五条)."""
    require_status(case, [S.DECIDED, S.CLOSED], "登记决定被变更、撤销")
    if case.changed_on:
        raise ValidationError("已登记过该决定被变更、撤销的情况。")
    check_date(on, "on", "变更、撤销日期", not_before=[(case.decided_on, "决定日期")])
    if not reason.strip():
        raise ValidationError({"reason": "请写明作出变更、撤销的机关与理由。"})
    case.changed_on, case.change_kind, case.change_reason = on, kind, reason.strip()
    case.withdrawal_due = rules_due("penalty.withdrawal", on) if case.published_on else None
    case.save()
    steps.record({"on": on, "kind": case.get_change_kind_display(), "withdrawal_due": case.withdrawal_due})
    return case


@steps.step(Event.WITHDRAW, on=Case, form=WithdrawForm, basis=rules.BASIS["withdrawal"], style="secondary",
            available=lambda c: bool(c.withdrawal_due) and not c.withdrawn_on)
def withdraw_publicity(case: Case, *, acting_user, on: dt.date, statement: str) -> Case:
    """撤回 the published decision information and say publicly why (第四十八条第二款)."""
    if not case.withdrawal_due or case.withdrawn_on:
        raise ValidationError("该案件没有需要撤回的已公开决定信息。")
    check_date(on, "on", "撤回日期", not_before=[(case.changed_on, "变更、撤销日期")])
    if not statement.strip():
        raise ValidationError({"statement": f"撤回行政处罚决定信息应当公开说明理由（{rules.BASIS['withdrawal']}）。"})
    case.withdrawn_on, case.withdrawal_statement = on, statement.strip()
    case.save()
    steps.record({"on": on, "due": case.withdrawal_due, "on_time": on <= case.withdrawal_due})
    return case


@steps.step(Event.PRESERVE, on=Preservation, basis=rules.BASIS["preservation"])
def preserve(item: Preservation, *, acting_user) -> Preservation:
    """先行登记保存, approved by the head of the organ; the decision on it is due in seven working days (第五十六条)."""
    check_date(item.saved_on, "saved_on", "先行登记保存日期",
               not_after=[(item.case.decided_on, "执法决定日期")] if item.case.decided_on else ())
    if item.decided_on:
        raise ValidationError("已作出处理决定的先行登记保存不能修改。")
    item.full_clean()
    new = item.pk is None
    item.decision_due = rules_due("penalty.preservation", item.saved_on)
    item.save()
    if new:
        steps.record({"saved_on": item.saved_on, "decision_due": item.decision_due})
    else:
        steps.no_event()
    return item


@steps.step(Event.PRESERVATION_DECIDE, on=Preservation, form=PreservationDecideForm, name="decide",
            label="作出处理决定", basis=rules.BASIS["preservation"], available=lambda p: not p.decided_on)
def decide_preservation(item: Preservation, *, acting_user, on: dt.date, outcome: str) -> Preservation:
    if item.decided_on:
        raise ValidationError("已作出处理决定。")
    check_date(on, "on", "处理决定日期", not_before=[(item.saved_on, "先行登记保存日期")])
    item.decided_on, item.outcome = on, outcome
    item.save()
    steps.record({"on": on, "outcome": item.get_outcome_display(), "due": item.decision_due,
                  "on_time": on <= item.decision_due})
    return item


@steps.step(Event.REVOKE, on=Certificate, form=RevokeForm, name='revoke', label='注销证件', style="danger",
            available=lambda c: c.status != Certificate.Status.REVOKED)
def revoke_certificate(cert: Certificate, *, acting_user, on: dt.date, reason: str) -> Certificate:
    if cert.status == Certificate.Status.REVOKED:
        raise ValidationError("该证件已注销。")
    check_date(on, "on", "注销日期", not_before=[(cert.issued_on, "发证日期")])
    cert.status, cert.revoked_on, cert.revoke_reason = Certificate.Status.REVOKED, on, reason
    cert.save()
    steps.record({"on": on, "reason": reason}, basis=rules.BASIS["certificate"])
    return cert


# -- case-file review ------------------------------------------------------------------------------
@steps.step(Event.SAMPLE, on=ReviewCampaign, form=SampleForm, name='sample',
            basis=rules.BASIS["review_campaign"], roles=frozenset({Role.RULE_OF_LAW_OFFICE}))
def sample_files(campaign: ReviewCampaign, *, acting_user, seed: int | None = None) -> int:
    """抽取案卷: n decided files per agency in the campaign's subtree and year, at random (reproducible by seed)."""
    rng = random.Random(seed if seed is not None else campaign.pk)
    pool = (Case.objects.filter(agency__unit__path__startswith=campaign.unit.path, decided_on__year=campaign.year)
            .exclude(file_reviews__campaign=campaign).values_list("pk", "agency_id"))
    by_agency: dict[int, list[int]] = {}
    for pk, agency_id in pool:
        by_agency.setdefault(agency_id, []).append(pk)
    chosen = []
    for ids in by_agency.values():
        chosen += rng.sample(sorted(ids), min(campaign.files_per_agency, len(ids)))
    FileReview.objects.bulk_create([FileReview(campaign=campaign, case_id=pk) for pk in chosen])
    steps.record({"files": len(chosen), "agencies": len(by_agency)})
    return len(chosen)


@steps.step(Event.SCORE, on=FileReview, form=ScoreForm, label='评查打分', basis=rules.BASIS["review_campaign"],
            roles=frozenset({Role.RULE_OF_LAW_OFFICE}))
def score(review: FileReview, *, acting_user, on: dt.date, reviewer: str, veto: list[str], deductions: list[str],
          findings: str = "") -> FileReview:
    """评查打分: any veto item makes the file 不合格; deductions come off the form (40) and substance (60) parts."""
    rubric = {item["code"]: item for item in (review.campaign.rubric or rules.DEFAULT_RUBRIC)}
    unknown = [c for c in [*veto, *deductions] if c not in rubric]
    if unknown:
        raise ValidationError(f"评查标准中没有这些项目：{'、'.join(unknown)}")
    check_date(on, "on", "评查日期", not_before=[(review.campaign.started_on, "评查开始日期")])
    form = rules.FORM_FULL - sum(Decimal(str(rubric[c]["points"])) for c in deductions if rubric[c]["part"] == "form")
    substance = rules.SUBSTANCE_FULL - sum(Decimal(str(rubric[c]["points"])) for c in deductions
                                           if rubric[c]["part"] == "substance")
    form, substance = max(form, Decimal(0)), max(substance, Decimal(0))
    review.reviewer, review.scored_on = reviewer, on
    review.veto_items, review.deductions = list(veto), list(deductions)
    review.form_score, review.substance_score, review.total = form, substance, form + substance
    review.grade = rules.grade(review.total, bool(veto))
    problems = [rubric[c]["text"] for c in [*veto, *deductions]]
    review.findings = "；".join(problems + ([findings] if findings else []))
    if problems or findings:
        review.notice_due = on + dt.timedelta(days=review.campaign.rectification_days)
    review.save()
    steps.record({"grade": review.get_grade_display(), "total": review.total,
                                                   "notice_due": review.notice_due})
    return review


@steps.step(Event.RESPOND, on=FileReview, form=RespondForm, basis=rules.BASIS["review_campaign"],
            roles=frozenset({Role.ENFORCEMENT_STAFF}),
            available=lambda r: bool(r.notice_due) and not r.responded_on)
def respond(review: FileReview, *, acting_user, on: dt.date, response: str) -> FileReview:
    """The agency reports its rectification (整改反馈)."""
    if not review.notice_due:
        raise ValidationError("该案卷没有需要整改的问题。")
    check_date(on, "on", "反馈日期", not_before=[(review.scored_on, "评查日期")])
    review.response, review.responded_on = response, on
    review.save()
    steps.record({"on": on})
    return review
