"""Every step of a reconsideration case is one function here: it checks the gate (rules.py), writes the
case, and records the domain event. Forms, Excel import and the API all call these."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.gates import check_date, require_status
from fazhi.core.registers.forms import OnDateForm

from . import rules
from .events import Event
from .forms import (
    AcceptForm,
    CorrectionNoticeForm,
    DecideForm,
    ExtendForm,
    HearingForm,
    IncidentalConcludeForm,
    IncidentalNoticeForm,
    IncidentalOpinionForm,
    IncidentalTransferForm,
    LetterReportForm,
    OrderPerformanceForm,
    PerformedForm,
    RejectForm,
    ReplyForm,
    SuspendForm,
    SwitchForm,
)
from .models import Application, Hearing, IncidentalReview, OpinionLetter, Suspension

S = Application.Status
OPEN = [S.ACCEPTED, S.SUSPENDED]


def _status_in(*statuses):
    return lambda app: app.status in statuses


@steps.step(Event.RECEIVE, on=Application, basis=rules.BASIS["receive"])
def receive(app: Application, *, acting_user) -> Application:
    """收到申请: validate, start the 5-working-day examination, flag a late application (第二十条)."""
    check_date(app.received_on, "received_on", "收到申请日期", not_before=[(app.known_on, "知道行政行为之日")])
    app.full_clean()
    app.apply_due = rules.application_due(app.known_on)
    app.late_application = bool(app.apply_due and app.received_on > app.apply_due)
    app.examination_due = rules.due("reconsideration.examine", app.received_on)
    app.status = S.RECEIVED
    app.save()
    steps.record({"received_on": app.received_on, "examination_due": app.examination_due,
                                     "late": app.late_application})
    return app


def update_registration(user, app: Application) -> Application:
    """Correct the registration data; dates that drive the clocks may change only before examination."""
    old = Application.objects.get(pk=app.pk)
    if old.received_on != app.received_on and old.status != S.RECEIVED:
        raise ValidationError({"received_on": "申请已审查处理，不能再修改收到申请日期。"})
    app.full_clean()
    app.apply_due = rules.application_due(app.known_on)
    app.late_application = bool(app.apply_due and app.received_on > app.apply_due)
    if app.status == S.RECEIVED and not app.corrected_on:
        app.examination_due = rules.due("reconsideration.examine", app.received_on)
    app.save()
    return app


@steps.step(Event.REQUEST_CORRECTION, on=Application, form=CorrectionNoticeForm, name='correction',
            basis=rules.BASIS["correction"], available=_status_in(S.RECEIVED))
def request_correction(app: Application, *, acting_user, notice_on: dt.date, items: str) -> Application:
    """补正: within 5 working days of receipt, listing every defect at once (第三十一条第一款)."""
    require_status(app, [S.RECEIVED], "通知补正")
    check_date(notice_on, "notice_on", "补正通知送达日期", not_before=[(app.received_on, "收到申请日期")])
    if app.corrected_on:
        raise ValidationError("补正通知应当一次性载明需要补正的事项，本案已补正过一次（第三十一条第一款）。")
    limit = rules.due("reconsideration.examine", app.received_on)
    if notice_on > limit:
        raise ValidationError({"notice_on": f"应当自收到申请之日起五日内书面通知补正（第三十一条），"
                                            f"期限为{limit}，已超过。"})
    app.correction_notice_on, app.correction_items = notice_on, items
    app.correction_due = rules.due("reconsideration.correction", notice_on)
    app.examination_due = None  # the examination clock restarts when the materials arrive
    app.status = S.CORRECTING
    app.save()
    steps.record({"notice_on": notice_on, "items": items,
                                               "correction_due": app.correction_due})
    return app


@steps.step(Event.RECEIVE_CORRECTION, on=Application, form=OnDateForm, name='corrected',
            basis=rules.BASIS["correction"], available=_status_in(S.CORRECTING))
def receive_correction(app: Application, *, acting_user, on: dt.date) -> Application:
    """收到补正材料: the examination starts again (第三十一条第三款)."""
    require_status(app, [S.CORRECTING], "登记补正材料")
    check_date(on, "on", "收到补正材料日期", not_before=[(app.correction_notice_on, "补正通知送达日期")])
    app.corrected_on = on
    app.examination_due = rules.due("reconsideration.examine", on)
    app.status = S.RECEIVED
    app.save()
    steps.record({"on": on, "examination_due": app.examination_due})
    return app


@steps.step(Event.ABANDON, on=Application, form=OnDateForm, label='视为放弃', basis=rules.BASIS["correction"],
            style="secondary", available=_status_in(S.CORRECTING))
def abandon(app: Application, *, acting_user, on: dt.date) -> Application:
    """逾期不补正: deemed abandoned, recorded (第三十一条第二款)."""
    require_status(app, [S.CORRECTING], "认定视为放弃")
    check_date(on, "on", "认定日期")
    if on <= app.correction_due:
        raise ValidationError({"on": f"补正期限至{app.correction_due}，期限届满前不能认定视为放弃申请（第三十一条第二款）。"})
    app.status, app.examined_on = S.ABANDONED, on
    app.save()
    steps.record({"on": on})
    return app


@steps.step(Event.ACCEPT, on=Application, form=AcceptForm, basis=rules.BASIS["accept"],
            available=_status_in(S.RECEIVED))
def accept(app: Application, *, acting_user, on: dt.date, procedure: str, simplified_ground: str = "",
           case_number: str = "") -> Application:
    """受理 (第三十条). Recorded after the examination period, the case counts as accepted from the day that
    period ended (第三十条第三款), and the decision period runs from then."""
    require_status(app, [S.RECEIVED], "受理")
    check_date(on, "on", "受理日期", not_before=[(app.corrected_on or app.received_on, "收到申请（补正材料）日期")])
    if procedure == Application.Procedure.SIMPLIFIED:
        rules.check_simplified(app, simplified_ground)
    else:
        simplified_ground = ""
    app.examined_on = on
    app.deemed_accepted = on > app.examination_due
    app.accepted_on = app.examination_due if app.deemed_accepted else on
    app.procedure, app.simplified_ground = procedure, simplified_ground
    if case_number:
        taken = Application.objects.filter(unit_id=app.unit_id, case_number=case_number).exclude(pk=app.pk).first()
        if taken is not None:
            raise ValidationError({"case_number": f"案号“{case_number}”已用于“{taken}”，请核对后重新编号。"})
        app.case_number = case_number
    app.copy_due = rules.copy_due(procedure, app.accepted_on)
    app.decision_due = rules.decision_due(app)
    app.status = S.ACCEPTED
    app.save()
    steps.record({"accepted_on": app.accepted_on, "procedure": app.get_procedure_display(),
            "decision_due": app.decision_due}, label="视为受理" if app.deemed_accepted else "受理")
    return app


@steps.step(Event.REJECT, on=Application, form=RejectForm, basis=rules.BASIS["reject"], style="danger",
            available=_status_in(S.RECEIVED))
def reject(app: Application, *, acting_user, on: dt.date, reason: str, competent_body: str = "") -> Application:
    """不予受理, with reasons, within the examination period; name the competent body if another (第三十条第二款)."""
    require_status(app, [S.RECEIVED], "决定不予受理")
    check_date(on, "on", "不予受理决定日期", not_before=[(app.corrected_on or app.received_on, "收到申请日期")])
    if on > app.examination_due:
        raise ValidationError({"on": f"审查期限已于{app.examination_due}届满，依第三十条第三款视为受理，不能再决定不予受理；"
                                     f"受理后发现不符合受理条件的，应依第三十三条决定驳回申请。"})
    app.status, app.examined_on = S.REJECTED, on
    app.rejection_reason, app.competent_body = reason, competent_body
    app.save()
    steps.record({"on": on, "reason": reason, "competent_body": competent_body})
    return app


@steps.step(Event.SEND_COPY, on=Application, form=OnDateForm, name='copy', label='发送副本',
            basis=rules.BASIS["copy"], available=lambda a: a.status in OPEN and not a.copy_sent_on)
def send_copy(app: Application, *, acting_user, on: dt.date) -> Application:
    """发送申请书副本 to the respondent: 7 (普通) / 3 (简易) working days from acceptance."""
    require_status(app, [S.ACCEPTED, S.SUSPENDED], "发送副本")
    check_date(on, "on", "副本发送日期", not_before=[(app.accepted_on, "受理日期")])
    app.copy_sent_on = on
    app.save()
    steps.record({"on": on, "due": app.copy_due})
    return app


@steps.step(Event.REPLY, on=Application, form=ReplyForm, name='reply', basis=rules.BASIS["copy"],
            available=lambda a: a.status in OPEN and not a.replied_on)
def record_reply(app: Application, *, acting_user, copy_received_on: dt.date, replied_on: dt.date | None = None):
    """被申请人答复: 10 (普通) / 5 (简易) working days from receiving the copy (第四十八条、第五十四条)."""
    require_status(app, [S.ACCEPTED, S.SUSPENDED], "登记答复")
    check_date(copy_received_on, "copy_received_on", "被申请人收到副本日期",
               not_before=[(app.copy_sent_on or app.accepted_on, "副本发送日期")])
    if replied_on is not None:
        check_date(replied_on, "replied_on", "答复日期", not_before=[(copy_received_on, "收到副本日期")])
    app.copy_received_on, app.replied_on = copy_received_on, replied_on
    app.reply_due = rules.reply_due(app.procedure, copy_received_on)
    app.save()
    steps.record({"copy_received_on": copy_received_on, "replied_on": replied_on, "reply_due": app.reply_due}, label="被申请人答复" if replied_on else "被申请人收到副本")
    return app


@steps.step(Event.HEARING, on=Application, form=HearingForm, name='hearing', label='记录听证',
            basis=rules.BASIS["hearing"], available=_status_in(S.ACCEPTED))
def hold_hearing(app: Application, *, acting_user, noticed_on, held_on, place, presiding, officers, clerk,
                 respondent_head_attended=False, respondent_attendee="", note="") -> Hearing:
    """听证: the parties told in writing at least five working days before (第五十一条第一款、第八十八条); one
    presiding officer, two or more hearing officers and a clerk (第五十条第三款)."""
    require_status(app, [S.ACCEPTED], "记录听证")
    check_date(noticed_on, "noticed_on", "听证通知日期", not_before=[(app.accepted_on, "受理日期")])
    check_date(held_on, "held_on", "听证日期", not_before=[(app.accepted_on, "受理日期")])
    earliest = rules.due("reconsideration.hearing_notice", noticed_on)
    if held_on < earliest:
        raise ValidationError({"held_on": f"应当于举行听证的五日（工作日）前书面通知当事人：{noticed_on}通知的，最早可于"
                                          f"{earliest}举行听证（{rules.BASIS['hearing_notice']}）。"})
    if rules.officers_count(officers) < rules.HEARING_MIN_OFFICERS:
        raise ValidationError({"officers": "听证应由两名以上行政复议人员任听证员（第五十条第三款），多人请用顿号分隔。"})
    if not respondent_head_attended and not respondent_attendee:
        raise ValidationError({"respondent_attendee": "被申请人负责人应当参加听证；不能参加的，应说明理由并委托相应工作人员参加"
                                                      "（第五十一条第三款），请填写参加人员。"})
    hearing = Hearing.objects.create(application=app, held_on=held_on, place=place, presiding=presiding,
                                     officers=officers, clerk=clerk, respondent_head_attended=respondent_head_attended,
                                     respondent_attendee=respondent_attendee, note=note)
    steps.record({"noticed_on": noticed_on, "held_on": held_on, "head_attended": respondent_head_attended})
    return hearing


@steps.step(Event.SUSPEND, on=Application, form=SuspendForm, basis=rules.BASIS["suspend"], style="secondary",
            available=_status_in(S.ACCEPTED))
def suspend(app: Application, *, acting_user, on: dt.date, ground: str) -> Application:
    """中止: the decision clock stops (第三十九条)."""
    require_status(app, [S.ACCEPTED], "中止审理")
    check_date(on, "on", "中止日期", not_before=[(app.accepted_on, "受理日期")])
    Suspension.objects.create(application=app, ground=ground, suspended_on=on)
    app.status = S.SUSPENDED
    app.save()
    steps.record({"on": on, "ground": Suspension.Ground(ground).label})
    return app


@steps.step(Event.RESUME, on=Application, form=OnDateForm, basis=rules.BASIS["suspend"],
            available=_status_in(S.SUSPENDED))
def resume(app: Application, *, acting_user, on: dt.date) -> Application:
    """恢复审理: the suspended days are added to the decision period (第三十九条第二款)."""
    require_status(app, [S.SUSPENDED], "恢复审理")
    current = app.suspensions.filter(resumed_on__isnull=True).order_by("-suspended_on").first()
    check_date(on, "on", "恢复审理日期", not_before=[(current.suspended_on if current else None, "中止日期")])
    if current is not None:
        current.resumed_on = on
        current.save()
        app.paused_days += (on - current.suspended_on).days
    app.status = S.ACCEPTED
    app.decision_due = rules.decision_due(app)
    app.save()
    steps.record({"on": on, "decision_due": app.decision_due})
    return app


@steps.step(Event.EXTEND, on=Application, form=ExtendForm, basis=rules.BASIS["extend"], style="secondary",
            available=lambda a: a.status in OPEN and a.procedure == "ordinary" and not a.extended)
def extend(app: Application, *, acting_user, on: dt.date, approver: str, reason: str) -> Application:
    """延长审理期限: ordinary procedure, complex case, approved by the head of the 复议机构, at most 30 days,
    decided before the period ends (第六十二条第一款)."""
    require_status(app, [S.ACCEPTED, S.SUSPENDED], "延长审理期限")
    if app.procedure != Application.Procedure.ORDINARY:
        raise ValidationError("只有适用普通程序的案件可以延长审理期限（第六十二条第一款）；简易程序案件可先转为普通程序。")
    if app.extended:
        raise ValidationError("审理期限已延长过，延长期限最多不得超过三十日（第六十二条第一款）。")
    check_date(on, "on", "批准延期日期", not_before=[(app.accepted_on, "受理日期")], not_after=[(app.decision_due, "审理期限")])
    app.extended, app.extension_approver, app.extension_reason = True, approver, reason
    app.decision_due = rules.decision_due(app)
    app.save()
    steps.record({"on": on, "approver": approver, "reason": reason,
                                        "decision_due": app.decision_due})
    return app


@steps.step(Event.SWITCH, on=Application, form=SwitchForm, name='switch', label='转普通程序',
            basis=rules.BASIS["switch"], style="secondary",
            available=lambda a: a.status in OPEN and a.procedure == "simplified")
def switch_to_ordinary(app: Application, *, acting_user, on: dt.date, approver: str) -> Application:
    """简易程序转普通程序 with the approval of the 复议机构's head (第五十五条)."""
    require_status(app, [S.ACCEPTED, S.SUSPENDED], "转为普通程序")
    if app.procedure != Application.Procedure.SIMPLIFIED:
        raise ValidationError("本案已适用普通程序。")
    check_date(on, "on", "批准日期", not_before=[(app.accepted_on, "受理日期")])
    app.procedure, app.simplified_ground = Application.Procedure.ORDINARY, ""
    app.decision_due = rules.decision_due(app)
    app.save()
    steps.record({"on": on, "approver": approver, "decision_due": app.decision_due})
    return app


@steps.step(Event.CONCLUDE, on=Application, form=DecideForm, basis=rules.BASIS["decide"], style="success",
            available=_status_in(S.ACCEPTED))
def decide(app: Application, *, acting_user, on: dt.date, decision: str, number: str = "",
           performance_due: dt.date | None = None) -> Application:
    """审结: a decision, a 调解书, or a termination (第六十一条至第七十四条). Not while suspended."""
    if app.status == S.SUSPENDED:
        raise ValidationError("案件处于中止状态，请先恢复审理再作出决定（第三十九条第二款）。")
    require_status(app, [S.ACCEPTED], "作出行政复议决定")
    check_date(on, "on", "决定日期", not_before=[(app.accepted_on, "受理日期")])
    if decision not in Application.Decision.values:
        raise ValidationError({"decision": "请选择有效的决定类型。"})
    if performance_due is not None:
        if decision not in rules.ORDERS_ACTION:
            raise ValidationError({"performance_due": "只有撤销并责令重作、责令履行的决定才设定履行期限（第六十四条、第六十六条）。"})
        check_date(performance_due, "performance_due", "履行期限", not_before=[(on, "决定日期")], allow_future=True)
    app.decision, app.decided_on, app.decision_number = decision, on, number
    app.performance_due = performance_due
    app.corrective = rules.is_corrective(decision)
    app.on_time = on <= app.decision_due
    app.status = S.CONCLUDED
    app.save()
    steps.record({"on": on, "decision": app.get_decision_display(), "number": number,
                                   "on_time": app.on_time})
    return app


@steps.step(Event.PERFORMED, on=Application, form=PerformedForm, name="performed", basis=rules.BASIS["performance"],
            available=lambda a: bool(a.performance_due) and not a.performed_on)
def record_performance(app: Application, *, acting_user, on: dt.date, note: str) -> Application:
    """被申请人履行 the decision (第七十七条第一款): re-made the act or performed the duty ordered."""
    if not app.performance_due or app.performed_on:
        raise ValidationError("本案没有待履行的复议决定。")
    check_date(on, "on", "履行日期", not_before=[(app.decided_on, "决定日期")])
    if not note.strip():
        raise ValidationError({"note": "请写明履行情况（如重新作出的行政行为及文号）。"})
    app.performed_on, app.performance_note = on, note.strip()
    app.save()
    steps.record({"on": on, "due": app.performance_due, "on_time": on <= app.performance_due})
    return app


@steps.step(Event.ORDER_PERFORMANCE, on=Application, form=OrderPerformanceForm, name="order-performance",
            basis=rules.BASIS["performance"], style="warning",
            available=lambda a: bool(a.performance_due) and not a.performed_on and not a.ordered_on)
def order_performance(app: Application, *, acting_user, on: dt.date, due: dt.date) -> Application:
    """责令限期履行: a respondent that does not perform, or delays without good reason (第七十七条第二款)."""
    if not app.performance_due or app.performed_on:
        raise ValidationError("本案没有待履行的复议决定。")
    check_date(on, "on", "责令日期", not_before=[(app.performance_due, "原履行期限")])
    check_date(due, "due", "限期", not_before=[(on, "责令日期")], allow_future=True)
    app.ordered_on, app.performance_due = on, due
    app.save()
    steps.record({"on": on, "due": due})
    return app


@steps.step(Event.LETTER, on=OpinionLetter, basis=rules.BASIS["opinion_letter"])
def issue_letter(letter: OpinionLetter, *, acting_user) -> OpinionLetter:
    """意见书: the organ reports its correction within sixty days of receipt (第七十六条); 建议书: by its stated date."""
    check_date(letter.issued_on, "issued_on", "制发日期")
    letter.full_clean()
    new = letter.pk is None
    letter.report_due = (rules.due("reconsideration.opinion_letter", letter.received_on)
                         if letter.kind == OpinionLetter.Kind.OPINION else letter.stated_due)
    letter.save()
    if new:
        steps.record({"issued_on": letter.issued_on, "report_due": letter.report_due},
                     basis=rules.BASIS["opinion_letter" if letter.kind == "opinion" else "suggestion_letter"])
    else:
        steps.no_event()
    return letter


@steps.step(Event.LETTER_REPORT, on=OpinionLetter, form=LetterReportForm, name="report",
            basis=rules.BASIS["opinion_letter"], available=lambda ltr: not ltr.reported_on)
def report_correction(letter: OpinionLetter, *, acting_user, on: dt.date, correction: str) -> OpinionLetter:
    if letter.reported_on:
        raise ValidationError("已经报送纠正情况。")
    check_date(on, "on", "报送日期", not_before=[(letter.received_on, "收到日期")])
    if not correction.strip():
        raise ValidationError({"correction": "请写明纠正相关违法或者不当行政行为的情况。"})
    letter.reported_on, letter.correction = on, correction.strip()
    letter.save()
    steps.record({"on": on, "due": letter.report_due, "on_time": on <= letter.report_due})
    return letter


# -- 附带审查 (第五十六条至第六十条) -----------------------------------------------------------------------
def _competent(review: IncidentalReview) -> bool:
    return review.competent


@steps.step(Event.INCIDENTAL, on=IncidentalReview, basis=rules.BASIS["incidental"])
def raise_incidental(review: IncidentalReview, *, acting_user) -> IncidentalReview:
    """A request for 附带审查 with the application (第五十六条) or a basis the organ finds unlawful (第五十七条): within
    the organ's power, handled in thirty days; otherwise transferred in seven working days."""
    check_date(review.raised_on, "raised_on", "收到附带审查申请（发现）日期",
               not_before=[(review.application.received_on, "收到行政复议申请日期")])
    if review.concluded_on or review.transferred_on:
        raise ValidationError("已处理或已转送的附带审查不能修改。")
    review.full_clean()
    new = review.pk is None
    review.handle_due = rules.due("reconsideration.incidental_handle", review.raised_on) if review.competent else None
    review.transfer_due = None if review.competent else rules.due("reconsideration.incidental_transfer", review.raised_on)
    review.save()
    if new:
        steps.record({"raised_on": review.raised_on, "competent": review.competent,
                      "due": review.handle_due or review.transfer_due})
    else:
        steps.no_event()
    return review


@steps.step(Event.INCIDENTAL_NOTICE, on=IncidentalReview, form=IncidentalNoticeForm, name="notice",
            basis=rules.BASIS["incidental_notice"], available=lambda r: r.competent and not r.noticed_on
            and not r.concluded_on)
def notify_drafter(review: IncidentalReview, *, acting_user, suspended_on: dt.date, on: dt.date,
                   received_on: dt.date) -> IncidentalReview:
    """书面通知制定机关: within three working days of the suspension; the drafter answers within ten working days of
    receiving it (第五十八条第一款)."""
    if not review.competent or review.noticed_on:
        raise ValidationError("本机关无权处理的附带审查应当转送，不通知制定机关答复；或已经通知。")
    check_date(suspended_on, "suspended_on", "行政复议中止日期", not_before=[(review.raised_on, "收到附带审查申请日期")])
    check_date(on, "on", "书面通知日期", not_before=[(suspended_on, "行政复议中止日期")])
    check_date(received_on, "received_on", "制定机关收到通知日期", not_before=[(on, "书面通知日期")])
    review.suspended_on, review.noticed_on = suspended_on, on
    review.notice_due = rules.due("reconsideration.incidental_notice", suspended_on)
    review.drafter_reply_due = rules.due("reconsideration.incidental_drafter_reply", received_on)
    review.save()
    steps.record({"on": on, "due": review.notice_due, "on_time": on <= review.notice_due,
                  "drafter_reply_due": review.drafter_reply_due})
    return review


@steps.step(Event.INCIDENTAL_DRAFTER_REPLY, on=IncidentalReview, form=OnDateForm, name="drafter_reply",
            basis=rules.BASIS["incidental_notice"], available=lambda r: bool(r.noticed_on) and not r.drafter_replied_on)
def drafter_replied(review: IncidentalReview, *, acting_user, on: dt.date) -> IncidentalReview:
    if not review.noticed_on or review.drafter_replied_on:
        raise ValidationError("尚未通知制定机关，或已收到其答复。")
    check_date(on, "on", "制定机关答复日期", not_before=[(review.noticed_on, "书面通知日期")])
    review.drafter_replied_on = on
    review.save()
    steps.record({"on": on, "due": review.drafter_reply_due, "on_time": on <= review.drafter_reply_due})
    return review


@steps.step(Event.INCIDENTAL_CONCLUDE, on=IncidentalReview, form=IncidentalConcludeForm, name="conclude",
            basis=rules.BASIS["incidental_handle"], style="success",
            available=lambda r: r.competent and not r.concluded_on)
def conclude_incidental(review: IncidentalReview, *, acting_user, on: dt.date, outcome: str) -> IncidentalReview:
    """第五十九条: a lawful clause is stated in the decision; one beyond power or against a higher law is stopped
    and its drafter ordered to correct it."""
    if not review.competent or review.concluded_on:
        raise ValidationError("本机关无权处理，或已经处理。")
    check_date(on, "on", "处理日期", not_before=[(review.raised_on, "收到附带审查申请日期")])
    review.concluded_on, review.outcome = on, outcome
    review.save()
    steps.record({"on": on, "outcome": review.get_outcome_display(), "due": review.handle_due,
                  "on_time": on <= review.handle_due})
    return review


@steps.step(Event.INCIDENTAL_TRANSFER, on=IncidentalReview, form=IncidentalTransferForm, name="transfer",
            basis=rules.BASIS["incidental_transfer"], available=lambda r: not r.competent and not r.transferred_on)
def transfer_incidental(review: IncidentalReview, *, acting_user, on: dt.date, to: str,
                        received_on: dt.date) -> IncidentalReview:
    """转送 within seven working days; the receiving organ answers within sixty days of receipt (第六十条)."""
    if review.competent or review.transferred_on:
        raise ValidationError("本机关有权处理的附带审查应当自行处理，不转送；或已经转送。")
    check_date(on, "on", "转送日期", not_before=[(review.raised_on, "收到附带审查申请日期")])
    check_date(received_on, "received_on", "收到转送日期", not_before=[(on, "转送日期")])
    review.transferred_on, review.transferred_to = on, to.strip()
    review.transfer_reply_due = rules.due("reconsideration.incidental_transfer_reply", received_on)
    review.save()
    steps.record({"on": on, "to": review.transferred_to, "due": review.transfer_due,
                  "on_time": on <= review.transfer_due, "reply_due": review.transfer_reply_due})
    return review


@steps.step(Event.INCIDENTAL_TRANSFER_REPLY, on=IncidentalReview, form=IncidentalOpinionForm, name="opinion",
            basis=rules.BASIS["incidental_transfer"],
            available=lambda r: bool(r.transferred_on) and not r.transfer_replied_on)
def transfer_replied(review: IncidentalReview, *, acting_user, on: dt.date, opinion: str) -> IncidentalReview:
    if not review.transferred_on or review.transfer_replied_on:
        raise ValidationError("尚未转送，或已收到处理意见。")
    check_date(on, "on", "收到处理意见日期", not_before=[(review.transferred_on, "转送日期")])
    review.transfer_replied_on, review.opinion = on, opinion.strip()
    review.save()
    steps.record({"on": on, "due": review.transfer_reply_due, "on_time": on <= review.transfer_reply_due})
    return review
