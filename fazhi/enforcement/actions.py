"""Steps of an enforcement case and of a case-file review, one function each; gates cite their article."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Q

from fazhi.core import audit
from fazhi.core.gates import check_date, require_status

from . import rules
from .models import Case, Certificate, FileReview, Officer, ReviewCampaign

S = Case.Status


def _event(obj, event, label, detail, basis):
    audit.record_event(obj, event, label, detail, basis=basis)


def certified(officers, on: dt.date) -> tuple[list[Officer], list[Officer]]:
    """Split officers into those with a valid certificate on `on` and those without (one query)."""
    officers = list(officers)
    ok_ids = set(
        Certificate.objects.filter(officer__in=officers, status=Certificate.Status.VALID, issued_on__lte=on,
                                   expires_on__gte=on).values_list("officer_id", flat=True)
    )
    return [o for o in officers if o.pk in ok_ids], [o for o in officers if o.pk not in ok_ids]


def check_handlers(officers, on: dt.date, agency) -> None:
    """第四十二条: at least two handlers, each certified on the day, from the case's agency."""
    officers = list(officers)
    if len({o.pk for o in officers}) < rules.MIN_HANDLERS:
        raise ValidationError({"handlers": f"执法人员不得少于两人（{rules.BASIS['handlers']}），请选择至少两名承办人员。"})
    foreign = [o.name for o in officers if o.agency_id != agency.pk]
    if foreign:
        raise ValidationError({"handlers": f"{'、'.join(foreign)}不是本执法主体的执法人员。"})
    _, uncertified = certified(officers, on)
    if uncertified:
        names = "、".join(o.name for o in uncertified)
        raise ValidationError({"handlers": f"{names}在{on}未持有有效执法证件，不得从事行政执法活动（{rules.BASIS['handlers']}）。"})


def file_case(user, case: Case, handlers) -> Case:
    """立案: two certified handlers; the 90-day period of 第六十条 starts for the ordinary procedure."""
    check_date(case.filed_on, "filed_on", "立案日期")
    case.full_clean(exclude=["handlers"])
    check_handlers(handlers, case.filed_on, case.agency)
    if case.procedure == Case.Procedure.ORDINARY:
        case.decision_due = rules.decision_due(case.filed_on)
    case.status = S.FILED
    case.save()
    case.handlers.set(handlers)
    _event(case, "file", "立案", {"filed_on": case.filed_on, "procedure": case.get_procedure_display(),
                                 "handlers": [o.name for o in handlers], "decision_due": case.decision_due},
           rules.BASIS["decision"] if case.decision_due else rules.BASIS["simple"])
    return case


def update_case(user, case: Case, handlers) -> Case:
    if case.status in (S.DECIDED, S.CLOSED):
        raise ValidationError("已作出决定的案件不能修改立案信息。")
    case.full_clean(exclude=["handlers"])
    check_handlers(handlers, case.filed_on, case.agency)
    case.decision_due = rules.decision_due(case.filed_on) if case.procedure == Case.Procedure.ORDINARY else None
    case.save()
    case.handlers.set(handlers)
    return case


def notify(user, case: Case, *, on: dt.date, hearing_right_notified: bool = False,
           hearing_requested: bool = False) -> Case:
    """告知 the facts, reasons, basis and rights (第四十四条); a hearing request comes within 5 working days."""
    require_status(case, [S.FILED], "告知")
    check_date(on, "on", "告知日期", not_before=[(case.filed_on, "立案日期")])
    if hearing_requested and not hearing_right_notified:
        raise ValidationError({"hearing_requested": "未告知听证权利的，当事人无从提出听证申请；请先勾选“已告知听证权利”。"})
    case.notified_on, case.hearing_right_notified = on, hearing_right_notified
    case.hearing_requested, case.status = hearing_requested, S.NOTIFIED
    case.save()
    _event(case, "notify", "告知", {"on": on, "hearing_requested": hearing_requested,
                                   "hearing_request_due": rules.hearing_request_due(on)}, rules.BASIS["notice"])
    return case


def hold_hearing(user, case: Case, *, on: dt.date) -> Case:
    require_status(case, [S.NOTIFIED], "举行听证")
    if not case.hearing_requested:
        raise ValidationError("当事人未要求听证。")
    check_date(on, "on", "听证日期", not_before=[(case.notified_on, "告知日期")])
    case.hearing_held_on = on
    case.save()
    _event(case, "hearing", "听证", {"on": on}, rules.BASIS["hearing"])
    return case


def submit_review(user, case: Case, *, major_reason: str) -> Case:
    """送法制审核: mark why the decision is major (第五十八条第一款)."""
    require_status(case, [S.FILED, S.NOTIFIED], "送法制审核")
    case.major_reason, case.is_major, case.status = major_reason, True, S.REVIEWING
    case.review_opinion = ""
    case.save()
    _event(case, "submit_review", "送法制审核", {"reason": case.get_major_reason_display()}, rules.BASIS["review"])
    return case


def record_review(user, case: Case, *, on: dt.date, reviewer: Officer, opinion: str, note: str = "") -> Case:
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
    _event(case, "review", "法制审核" + ("通过" if opinion == "passed" else "退回"), {"on": on, "reviewer": reviewer.name,
                                                                                  "note": note}, rules.BASIS["review"])
    return case


def extend(user, case: Case, *, on: dt.date, days: int, approval: str) -> Case:
    """办案期限延长 where a law, regulation or rule allows it (第六十条 "另有规定的，从其规定")."""
    if case.procedure != Case.Procedure.ORDINARY or case.extended:
        raise ValidationError("只有普通程序案件可以延长一次办案期限。")
    require_status(case, [S.FILED, S.NOTIFIED, S.REVIEWING], "延长办案期限")
    check_date(on, "on", "批准日期", not_before=[(case.filed_on, "立案日期")], not_after=[(case.decision_due, "办案期限")])
    if not 1 <= days <= 90:
        raise ValidationError({"days": "延长天数应在1至90日之间，并以法律、法规、规章的规定为限。"})
    case.extended, case.extension_note = True, f"{on} 经{approval}批准延长{days}日"
    case.decision_due = rules.decision_due(case.filed_on, days)
    case.save()
    _event(case, "extend", "延长办案期限", {"on": on, "days": days, "approval": approval}, rules.BASIS["decision"])
    return case


def decide(user, case: Case, *, on: dt.date, decision_type: str, fine: Decimal | None = None,
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
    case.status = S.DECIDED
    case.save()
    _event(case, "decide", "作出决定", {"on": on, "type": case.get_decision_type_display(), "fine": fine,
                                       "publicity_due": case.publicity_due}, rules.BASIS["decision"])
    return case


def serve(user, case: Case, *, on: dt.date) -> Case:
    require_status(case, [S.DECIDED], "登记送达")
    check_date(on, "on", "送达日期", not_before=[(case.decided_on, "决定日期")])
    case.served_on = on
    case.save()
    _event(case, "serve", "送达", {"on": on}, rules.BASIS["service"])
    return case


def publish(user, case: Case, *, on: dt.date, url: str = "") -> Case:
    """公示 the decision: 7 working days for 许可/处罚, 20 for others (118号)."""
    require_status(case, [S.DECIDED, S.CLOSED], "公示")
    check_date(on, "on", "公示日期", not_before=[(case.decided_on, "决定日期")])
    case.published_on, case.publicity_url = on, url
    case.save()
    _event(case, "publish", "公示", {"on": on, "url": url, "due": case.publicity_due,
                                    "on_time": on <= case.publicity_due}, rules.BASIS["publicity"])
    return case


def close(user, case: Case, *, on: dt.date) -> Case:
    """结案 once executed; a published decision is a precondition (118号)."""
    require_status(case, [S.DECIDED], "结案")
    check_date(on, "on", "结案日期", not_before=[(case.decided_on, "决定日期")])
    if not case.published_on and case.decision_type != Case.DecisionType.NO_PENALTY:
        raise ValidationError(f"执法决定尚未公示，不能结案（{rules.BASIS['publicity']}）。")
    case.executed_on = case.executed_on or on
    case.closed_on, case.status = on, S.CLOSED
    case.save()
    _event(case, "close", "结案", {"on": on}, rules.BASIS["decision"])
    return case


def revoke_certificate(user, cert: Certificate, *, on: dt.date, reason: str) -> Certificate:
    if cert.status == Certificate.Status.REVOKED:
        raise ValidationError("该证件已注销。")
    check_date(on, "on", "注销日期", not_before=[(cert.issued_on, "发证日期")])
    cert.status, cert.revoked_on, cert.revoke_reason = Certificate.Status.REVOKED, on, reason
    cert.save()
    audit.record_event(cert, "revoke", "注销执法证件", {"on": on, "reason": reason}, basis=rules.BASIS["certificate"])
    return cert


# -- case-file review ------------------------------------------------------------------------------
def sample_files(user, campaign: ReviewCampaign, *, seed: int | None = None) -> int:
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
    audit.record_event(campaign, "sample", "抽取案卷", {"files": len(chosen), "agencies": len(by_agency)},
                       basis=rules.BASIS["review_campaign"])
    return len(chosen)


def score(user, review: FileReview, *, on: dt.date, reviewer: str, veto: list[str], deductions: list[str],
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
    audit.record_event(review, "score", "案卷评查", {"grade": review.get_grade_display(), "total": review.total,
                                                   "notice_due": review.notice_due}, basis=rules.BASIS["review_campaign"])
    return review


def respond(user, review: FileReview, *, on: dt.date, response: str) -> FileReview:
    """The agency reports its rectification (整改反馈)."""
    if not review.notice_due:
        raise ValidationError("该案卷没有需要整改的问题。")
    check_date(on, "on", "反馈日期", not_before=[(review.scored_on, "评查日期")])
    review.response, review.responded_on = response, on
    review.save()
    audit.record_event(review, "respond", "整改反馈", {"on": on}, basis=rules.BASIS["review_campaign"])
    return review


def valid_certificate_filter(on: dt.date) -> Q:
    return Q(status=Certificate.Status.VALID, issued_on__lte=on, expires_on__gte=on)
