"""Steps of a major decision, one function each: each checks its gate, cites the article and records the event."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from fazhi.core import steps
from fazhi.core.gates import check_date, require_status
from fazhi.core.registers.forms import OnDateForm, PublishedForm

from . import rules
from .events import Event
from .forms import (
    AnswerForm,
    CompletePublicForm,
    DecideForm,
    EvaluateForm,
    ExecutionForm,
    ExpertForm,
    LegalityForm,
    OpenCommentsForm,
    PublishForm,
    RiskForm,
    SubmitLegalityForm,
    WaiveForm,
    WithdrawForm,
)
from .models import LEGALITY_OPINIONS, Catalogue, Comment, FollowUp, MajorDecision, Procedure, Step

S = MajorDecision.Status


def _step_open(kind):
    return lambda d: d.status == S.STARTED and any(p.kind == kind and p.state in ("pending", "active")
                                                    for p in d.procedures.all())
P = Procedure.State


def _proc(decision: MajorDecision, kind: str) -> Procedure:
    return decision.procedures.get(kind=kind)


def _finish(proc: Procedure, **fields) -> Procedure:
    for k, v in fields.items():
        setattr(proc, k, v)
    proc.save()
    return proc


# -- catalogue ------------------------------------------------------------------------------------------------------
@steps.step(Event.APPROVE, on=Catalogue, form=OnDateForm, name='approve', label='登记党委同意',
            basis=rules.BASIS["catalogue"], available=lambda c: c.status == Catalogue.Status.DRAFT)
def approve_catalogue(catalogue: Catalogue, *, acting_user, on: dt.date) -> Catalogue:
    """同级党委同意: the items proposed so far become the catalogue (第三条第三款)."""
    require_status(catalogue, [Catalogue.Status.DRAFT], "登记党委同意")
    check_date(on, "on", "党委同意日期")
    items = catalogue.decisions.exclude(status=S.WITHDRAWN)
    if not items.exists():
        raise ValidationError("目录中尚无决策事项，不能报请同意。")
    catalogue.status, catalogue.approved_on = Catalogue.Status.APPROVED, on
    catalogue.save()
    items.update(in_catalogue=True)
    steps.record({"on": on, "items": items.count()})
    return catalogue


@steps.step(Event.PUBLISH, on=Catalogue, form=PublishedForm, name='publish', label='向社会公布',
            basis=rules.BASIS["catalogue"], available=lambda c: c.status == Catalogue.Status.APPROVED)
def publish_catalogue(catalogue: Catalogue, *, acting_user, on: dt.date, url: str = "") -> Catalogue:
    require_status(catalogue, [Catalogue.Status.APPROVED], "公布目录")
    check_date(on, "on", "公布日期", not_before=[(catalogue.approved_on, "党委同意日期")])
    catalogue.status, catalogue.published_on, catalogue.publish_url = Catalogue.Status.PUBLISHED, on, url
    catalogue.save()
    steps.record({"on": on, "url": url})
    return catalogue


# -- proposal and start -----------------------------------------------------------------------------------------------
def save_proposal(user, decision: MajorDecision) -> MajorDecision:
    """决策建议: an item added to a catalogue after its approval, or to none, is 目录外 and needs a reason."""
    cat = decision.catalogue
    if cat and (cat.unit_id != decision.body_id or cat.year != decision.year):
        raise ValidationError({"catalogue": f"所选目录是{cat}，与本事项的决策机关或年度不一致。"})
    if decision.pk is None:
        decision.in_catalogue = False
    if not decision.in_catalogue and not (cat and cat.status == Catalogue.Status.DRAFT):
        if not decision.outside_catalogue_reason.strip():
            raise ValidationError({"outside_catalogue_reason": "该事项未列入已经党委同意的决策事项目录，请说明作为目录外事项"
                                                               f"启动的理由（{rules.BASIS['catalogue']}）。"})
    decision.full_clean()
    decision.save()
    return decision


@steps.step(Event.START, on=MajorDecision, form=OnDateForm, label='决定启动', basis=rules.BASIS["start"],
            available=lambda d: d.status == S.PROPOSED)
def start(decision: MajorDecision, *, acting_user, on: dt.date) -> MajorDecision:
    """决定启动 (第十一条): the five procedures open."""
    require_status(decision, [S.PROPOSED], "启动决策程序")
    check_date(on, "on", "启动日期")
    if not decision.in_catalogue and not decision.outside_catalogue_reason.strip():
        raise ValidationError("该事项尚未列入经党委同意的决策事项目录，启动前请在事项中说明目录外事项的理由。")
    decision.status, decision.started_on = S.STARTED, on
    decision.save()
    Procedure.objects.bulk_create([Procedure(decision=decision, kind=k) for k in Step.values], ignore_conflicts=True)
    steps.record({"on": on, "in_catalogue": decision.in_catalogue})
    return decision


def _open_step(decision: MajorDecision, kind: str) -> Procedure:
    require_status(decision, [S.STARTED], f"办理{Step(kind).label}")
    proc = _proc(decision, kind)
    if proc.state in (P.DONE, P.NOT_APPLICABLE):
        raise ValidationError(f"{Step(kind).label}已办结（{proc.get_state_display()}）。")
    return proc


# -- 公众参与 ---------------------------------------------------------------------------------------------------------
@steps.step(Event.OPEN_COMMENTS, on=MajorDecision, form=OpenCommentsForm, basis=rules.BASIS[Step.PUBLIC], available=lambda d: d.status == S.STARTED and d.draft_published_on is None
                   and _step_open(Step.PUBLIC)(d))
def open_comments(decision: MajorDecision, *, acting_user, published_on: dt.date, until: dt.date, channel: str,
                  shortened_reason: str = "") -> MajorDecision:
    """公布决策草案征求意见: the period is normally at least 30 days; a shorter one is explained (第十五条)."""
    proc = _open_step(decision, Step.PUBLIC)
    check_date(published_on, "published_on", "草案公布日期", not_before=[(decision.started_on, "启动日期")])
    check_date(until, "until", "征求意见截止日期", not_before=[(published_on, "草案公布日期")], allow_future=True)
    minimum = rules.due("decision.comment_period", published_on)
    if until < minimum and not shortened_reason.strip():
        raise ValidationError({"until": f"公开征求意见的期限一般不少于30日（{rules.BASIS[Step.PUBLIC]}），本次最早应至"
                                        f"{minimum}；因情况紧急等原因需要缩短的，应当说明理由。"})
    decision.draft_published_on, decision.comment_until = published_on, until
    decision.comment_minimum, decision.shortened_reason = minimum, shortened_reason
    decision.save()
    _finish(proc, state=P.ACTIVE, started_on=published_on, participants=channel)
    steps.record({"published_on": published_on, "until": until,
                                                                  "channel": channel, "shortened": shortened_reason})
    return decision


@steps.step(Event.COMPLETE_PUBLIC, on=MajorDecision, form=CompletePublicForm, basis=rules.BASIS[Step.PUBLIC],
            available=lambda d: d.draft_published_on is not None and _step_open(Step.PUBLIC)(d))
def complete_public(decision: MajorDecision, *, acting_user, on: dt.date, methods: str, summary: str) -> MajorDecision:
    """公众参与完成: not before the announced period ends, and every comment studied and answered (第十八条)."""
    proc = _open_step(decision, Step.PUBLIC)
    if proc.state != P.ACTIVE:
        raise ValidationError("请先登记公布决策草案、公开征求意见的情况。")
    check_date(on, "on", "完成日期", not_before=[(decision.comment_until, "征求意见截止日期")])
    unanswered = decision.comments.filter(source=Comment.Source.PUBLIC, adoption="").count()
    if unanswered:
        raise ValidationError(f"尚有{unanswered}条公众意见未研究处理（采纳情况未填写）；决策承办单位应当对社会各方面提出的意见"
                              f"进行归纳整理、研究论证（{rules.BASIS['comments']}）。")
    received = decision.comments.filter(source=Comment.Source.PUBLIC).count()
    adopted = decision.comments.filter(source=Comment.Source.PUBLIC, adoption__in=["adopted", "partly"]).count()
    _finish(proc, state=P.DONE, completed_on=on, result=f"收到意见{received}条，采纳{adopted}条",
            participants=f"{proc.participants}；{methods}".strip("；"), summary=summary)
    steps.record({"on": on, "received": received, "adopted": adopted})
    return decision


@steps.step(Event.ANSWER, on=Comment, form=AnswerForm, name='answer', label='研究处理',
            basis=rules.BASIS["comments"])
def answer_comment(comment: Comment, *, acting_user, adoption: str, response: str) -> Comment:
    if comment.decision.status not in (S.PROPOSED, S.STARTED, S.REVIEWING):
        raise ValidationError("决策已作出，不能再修改意见的处理情况。")
    if not adoption:
        raise ValidationError({"adoption": "请选择采纳情况。"})
    if adoption != Comment.Adoption.ADOPTED and not response.strip():
        raise ValidationError({"response": "未采纳或部分采纳的意见，请写明理由。"})
    comment.adoption, comment.response = adoption, response
    comment.save()
    steps.record({"adoption": comment.get_adoption_display()})
    return comment


# -- 专家论证、风险评估、不适用 ---------------------------------------------------------------------------------------
@steps.step(Event.EXPERT_REVIEW, on=MajorDecision, form=ExpertForm, name='expert',
            basis=rules.BASIS[Step.EXPERT], available=_step_open(Step.EXPERT))
def expert_review(decision: MajorDecision, *, acting_user, on: dt.date, experts: str, summary: str) -> MajorDecision:
    """专家论证 (第十九条、第二十条): the experts or institutions and their opinions with how they were used."""
    proc = _open_step(decision, Step.EXPERT)
    check_date(on, "on", "论证日期", not_before=[(decision.started_on, "启动日期")])
    _finish(proc, state=P.DONE, started_on=on, completed_on=on, participants=experts, summary=summary,
            result="已论证")
    steps.record({"on": on, "experts": experts})
    return decision


@steps.step(Event.RISK_ASSESSMENT, on=MajorDecision, form=RiskForm, name='risk', basis=rules.BASIS[Step.RISK],
            available=_step_open(Step.RISK))
def risk_assessment(decision: MajorDecision, *, acting_user, on: dt.date, assessor: str, level: str,
                    measures: str) -> MajorDecision:
    """风险评估 (第二十二条、第二十三条): a report naming the risks and the prevention measures."""
    proc = _open_step(decision, Step.RISK)
    check_date(on, "on", "评估日期", not_before=[(decision.started_on, "启动日期")])
    if not measures.strip():
        raise ValidationError({"measures": f"风险评估报告应当明确风险点，提出风险防范措施和处置预案（{rules.BASIS[Step.RISK]}）。"})
    _finish(proc, state=P.DONE, started_on=on, completed_on=on, participants=assessor, result=f"{level}风险",
            summary=measures)
    steps.record({"on": on, "level": level})
    return decision


@steps.step(Event.WAIVE, on=MajorDecision, form=WaiveForm, style="secondary",
            available=lambda d: d.status == S.STARTED)
def waive(decision: MajorDecision, *, acting_user, kind: str, reason: str) -> MajorDecision:
    """Mark 公众参与 / 专家论证 / 风险评估 not applicable, with the reason the 条例 allows."""
    if kind not in rules.WAIVABLE:
        raise ValidationError({"kind": "合法性审查和集体讨论决定是必经程序，不能标记为不适用（第二十五条、第三十条）。"})
    proc = _open_step(decision, kind)
    if proc.state == P.ACTIVE:
        raise ValidationError({"kind": f"{Step(kind).label}已开始办理，不能标记为不适用。"})
    if len(reason.strip()) < 4:
        raise ValidationError({"reason": f"请写明不适用的具体理由：{rules.WAIVABLE[kind]}。"})
    _finish(proc, state=P.NOT_APPLICABLE, reason=reason)
    steps.record({"reason": reason}, label=f"{Step(kind).label}不适用", basis=rules.BASIS[kind])
    return decision


# -- 合法性审查 -------------------------------------------------------------------------------------------------------
@steps.step(Event.SUBMIT_LEGALITY, on=MajorDecision, form=SubmitLegalityForm,
            basis=rules.BASIS["legality_time"], available=lambda d: d.status == S.STARTED)
def submit_legality(decision: MajorDecision, *, acting_user, on: dt.date, reviewer: str) -> MajorDecision:
    """送请合法性审查 with the account of the procedures done (第二十六条第一款)."""
    require_status(decision, [S.STARTED], "送请合法性审查")
    check_date(on, "on", "送审日期", not_before=[(decision.started_on, "启动日期")])
    open_steps = [p.get_kind_display() for p in decision.procedures.filter(kind__in=rules.BEFORE_REVIEW)
                  if p.state not in (P.DONE, P.NOT_APPLICABLE)]
    if open_steps:
        raise ValidationError(f"{'、'.join(open_steps)}尚未完成或说明不适用理由；送请合法性审查应当提供履行决策法定程序的说明"
                              f"（{rules.BASIS['legality_time']}前款）。")
    decision.status, decision.legality_submitted_on = S.REVIEWING, on
    decision.legality_minimum, decision.legality_opinion = rules.due("decision.legality_review", on), ""
    decision.save()
    _finish(_proc(decision, Step.LEGALITY), state=P.ACTIVE, started_on=on, completed_on=None, participants=reviewer,
            result="")
    steps.record({"on": on, "reviewer": reviewer,
                                                                    "minimum": decision.legality_minimum})
    return decision


@steps.step(Event.LEGALITY, on=MajorDecision, form=LegalityForm, name='legality',
            basis=rules.BASIS[Step.LEGALITY],
            available=lambda d: d.status == S.REVIEWING and not d.legality_opinion)
def record_legality(decision: MajorDecision, *, acting_user, on: dt.date, opinion: str, advisers=(), summary: str = "",
                    short_reason: str = "") -> MajorDecision:
    """合法性审查意见: normally not before 7 working days (第二十六条第二款), with advisers' opinions (第二十八条)."""
    require_status(decision, [S.REVIEWING], "登记合法性审查意见")
    check_date(on, "on", "审查意见日期", not_before=[(decision.legality_submitted_on, "送审日期")])
    if on < decision.legality_minimum and not short_reason.strip():
        raise ValidationError({"on": f"送请合法性审查应当保证必要的审查时间，一般不少于7个工作日（{rules.BASIS['legality_time']}），"
                                     f"本次最早应至{decision.legality_minimum}；确需缩短的请说明理由。"})
    advisers = list(advisers)
    if not advisers:
        raise ValidationError({"advisers": f"合法性审查过程中应当组织法律顾问、公职律师提出法律意见（{rules.BASIS['advisers']}），"
                                           "请选择出具意见的法律顾问。"})
    from fazhi.advisers.models import Opinion  # advisers record their work here (issue: 法律顾问 opinions)

    decision.legality_opinion = opinion
    decision.status = S.REVIEWING if opinion != "unlawful" else S.STARTED
    decision.save()
    label = dict(LEGALITY_OPINIONS)[opinion]
    proc = _proc(decision, Step.LEGALITY)
    _finish(proc, state=P.DONE if opinion != "unlawful" else P.ACTIVE, completed_on=on, result=label,
            summary=summary + (f"（缩短审查时间的理由：{short_reason}）" if short_reason else ""),
            participants="、".join([proc.participants.split("、")[0]] + [a.name for a in advisers]))
    for adviser in advisers:
        Opinion.objects.create(adviser=adviser, on=on, kind=Opinion.Kind.DECISION, decision=decision,
                               subject=f"《{decision.title}》合法性审查", content=summary or label)
    steps.record({"on": on, "advisers": [a.name for a in advisers]}, label=f"合法性审查意见：{label}")
    return decision


# -- 集体讨论决定 -----------------------------------------------------------------------------------------------------
@steps.step(Event.DECIDE, on=MajorDecision, form=DecideForm, basis=rules.BASIS[Step.COLLECTIVE],
            available=lambda d: d.status in (S.STARTED, S.REVIEWING))
def decide(decision: MajorDecision, *, acting_user, on: dt.date, meeting: str, meeting_name: str, outcome: str,
           dissent: str = "", head_reason: str = "") -> MajorDecision:
    """集体讨论决定: refused until every procedure is settled and the legality review found the draft lawful."""
    require_status(decision, [S.STARTED, S.REVIEWING], "集体讨论决定")
    missing = [p.get_kind_display() for p in decision.procedures.exclude(kind=Step.COLLECTIVE)
               if p.state not in (P.DONE, P.NOT_APPLICABLE)]
    if missing:
        raise ValidationError(f"{'、'.join(missing)}尚未完成，不能提交集体讨论决定（{rules.BASIS[Step.COLLECTIVE]}）。")
    if decision.legality_opinion not in ("lawful", "amend"):
        raise ValidationError(f"决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论（{rules.LAW}第二十五条第二款）。")
    check_date(on, "on", "会议日期", not_before=[(_proc(decision, Step.LEGALITY).completed_on, "合法性审查意见日期")])
    decision.decided_on = on
    decision.status = S.DECIDED if outcome in ("通过", "修改后通过") else (S.NOT_ADOPTED if outcome == "不予通过"
                                                                        else S.REVIEWING)
    if outcome == "暂缓":
        decision.decided_on = None
    decision.save()
    summary = "；".join(x for x in [f"不同意见：{dissent}" if dissent else "",
                                    f"行政首长说明：{head_reason}" if head_reason else ""] if x)
    _finish(_proc(decision, Step.COLLECTIVE), state=P.DONE if outcome != "暂缓" else P.ACTIVE, started_on=on,
            completed_on=on, participants=f"{meeting}（{meeting_name}）", result=outcome, summary=summary)
    steps.record({"on": on, "meeting": meeting_name}, label=f"集体讨论决定：{outcome}")
    return decision


@steps.step(Event.REPORT_NPC, on=MajorDecision, form=OnDateForm, label='向人大常委会报告', basis=rules.BASIS["npc"],
            available=lambda d: d.status == S.DECIDED and d.npc_report_required and not d.npc_reported_on)
def report_npc(decision: MajorDecision, *, acting_user, on: dt.date) -> MajorDecision:
    require_status(decision, [S.DECIDED], "向人大常委会报告")
    check_date(on, "on", "报告日期", not_before=[(decision.decided_on, "集体讨论决定日期")])
    decision.npc_reported_on = on
    decision.save()
    steps.record({"on": on})
    return decision


@steps.step(Event.PUBLISH, on=MajorDecision, form=PublishForm, label='公布决策', basis=rules.BASIS["publish"],
            available=lambda d: d.status == S.DECIDED)
def publish(decision: MajorDecision, *, acting_user, on: dt.date, url: str = "", executor: str = "") -> MajorDecision:
    """决策公布 (第三十二条); items the people's congress must hear are reported before issue (第八条)."""
    require_status(decision, [S.DECIDED], "公布决策")
    check_date(on, "on", "公布日期", not_before=[(decision.decided_on, "集体讨论决定日期")])
    if decision.npc_report_required and not decision.npc_reported_on:
        raise ValidationError(f"该决策应当在出台前向本级人民代表大会常务委员会报告（{rules.BASIS['npc']}），请先登记报告情况。")
    decision.status, decision.published_on, decision.publish_url = S.PUBLISHED, on, url
    decision.executor = executor or decision.executor
    decision.save()
    steps.record({"on": on, "url": url, "executor": decision.executor}, label='公布决策')
    return decision


@steps.step(Event.EXECUTION, on=MajorDecision, form=ExecutionForm, name='execution', label='执行情况',
            basis=rules.BASIS["execution"], available=lambda d: d.status in (S.PUBLISHED, S.EVALUATED))
def report_execution(decision: MajorDecision, *, acting_user, on: dt.date, by: str, content: str) -> FollowUp:
    require_status(decision, [S.PUBLISHED, S.EVALUATED], "登记决策执行情况")
    check_date(on, "on", "报告日期", not_before=[(decision.published_on, "公布日期")])
    item = FollowUp.objects.create(decision=decision, kind=FollowUp.Kind.EXECUTION, on=on, by=by, content=content)
    steps.record({"on": on, "by": by})
    return item


@steps.step(Event.EVALUATE, on=MajorDecision, form=EvaluateForm, basis=rules.BASIS["evaluation"],
            available=lambda d: d.status in (S.PUBLISHED, S.EVALUATED))
def evaluate(decision: MajorDecision, *, acting_user, on: dt.date, trigger: str, by: str, content: str,
             conclusion: str) -> FollowUp:
    """决策后评估 (第三十六条): not by the unit that did the main assessment before the decision."""
    require_status(decision, [S.PUBLISHED, S.EVALUATED], "决策后评估")
    check_date(on, "on", "评估日期", not_before=[(decision.published_on, "公布日期")])
    earlier = {p.participants.strip() for p in decision.procedures.filter(kind__in=[Step.EXPERT, Step.RISK])
               if p.participants.strip()}
    if by.strip() in earlier:
        raise ValidationError({"by": f"决策作出前承担主要论证评估工作的单位不得承担决策后评估（{rules.BASIS['evaluation']}第二款）。"})
    with transaction.atomic():
        item = FollowUp.objects.create(decision=decision, kind=FollowUp.Kind.EVALUATION, on=on, by=by,
                                       content=f"[{trigger}] {content}", conclusion=conclusion)
        decision.status, decision.evaluated_on = S.EVALUATED, on
        decision.save()
    steps.record({"on": on, "by": by, "conclusion": conclusion})
    return item


@steps.step(Event.WITHDRAW, on=MajorDecision, form=WithdrawForm, basis=rules.BASIS["start"], style="danger",
            available=lambda d: d.status in (S.PROPOSED, S.STARTED, S.REVIEWING))
def withdraw(decision: MajorDecision, *, acting_user, on: dt.date, reason: str) -> MajorDecision:
    require_status(decision, [S.PROPOSED, S.STARTED, S.REVIEWING], "撤回")
    decision.status = S.WITHDRAWN
    decision.save()
    steps.record({"on": on, "reason": reason})
    return decision
