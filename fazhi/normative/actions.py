"""Steps of a normative document and of a cleanup campaign, one function each; gates cite their basis."""

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
    AbandonForm,
    CollectForm,
    DecideItemForm,
    DeliberateForm,
    FileForm,
    PublishForm,
    ReviewForm,
    SubmitForm,
)
from .models import CleanupCampaign, CleanupItem, NormativeDocument, NumberCounter

S = NormativeDocument.Status


def _in(*statuses):
    return lambda d: d.status in statuses
VALID = [S.EFFECTIVE, S.AMENDING]


def save_draft(user, doc: NormativeDocument) -> NormativeDocument:
    if doc.pk and doc.status not in (S.DRAFT, S.REVIEWING, S.REVIEWED):
        raise ValidationError("已集体审议或登记的文件不能修改起草信息；如需修改请通过清理或重新制定。")
    doc.full_clean()
    doc.save()
    return doc


@steps.step(Event.SUBMIT_REVIEW, on=NormativeDocument, form=SubmitForm, name='submit',
            basis=rules.BASIS["review_time"], available=_in(S.DRAFT))
def submit_review(doc: NormativeDocument, *, acting_user, on: dt.date, reviewer: str) -> NormativeDocument:
    """送合法性审核 (115号 "应审必审"): the review takes 5 to 15 working days."""
    require_status(doc, [S.DRAFT], "送合法性审核")
    check_date(on, "on", "送审日期")
    doc.submitted_on, doc.reviewer, doc.status = on, reviewer, S.REVIEWING
    doc.review_minimum, doc.review_due = rules.due("normative.legality_review_minimum", on), rules.due("normative.legality_review", on)
    doc.review_opinion, doc.reviewed_on = "", None
    doc.save()
    steps.record({"on": on, "reviewer": reviewer, "due": doc.review_due})
    return doc


@steps.step(Event.REVIEW, on=NormativeDocument, form=ReviewForm, name='review', basis=rules.BASIS["review"],
            available=_in(S.REVIEWING))
def record_review(doc: NormativeDocument, *, acting_user, on: dt.date, opinion: str, note: str = "",
                  urgent_reason: str = "", advisers=()) -> NormativeDocument:
    """合法性审核意见. Under 5 working days only for an urgent case, with the reason recorded."""
    require_status(doc, [S.REVIEWING], "登记合法性审核意见")
    check_date(on, "on", "审核意见日期", not_before=[(doc.submitted_on, "送审日期")])
    if on < doc.review_minimum and not urgent_reason.strip():
        raise ValidationError({"on": f"合法性审核时间一般不少于5个工作日（{rules.BASIS['review_time']}），本件最早应至"
                                     f"{doc.review_minimum}；因紧急情况缩短的请说明理由。"})
    if opinion != NormativeDocument.Opinion.AGREE and not note.strip():
        raise ValidationError({"note": "“修改后同意”或“不同意”的，请写明修改意见或不合法的理由。"})
    doc.reviewed_on, doc.review_opinion = on, opinion
    doc.review_note = note + (f"（缩短审核时间的理由：{urgent_reason}）" if urgent_reason else "")
    doc.status = S.DRAFT if opinion == NormativeDocument.Opinion.DISAGREE else S.REVIEWED
    doc.save()
    from fazhi.advisers.models import Opinion

    for adviser in advisers:
        Opinion.objects.create(adviser=adviser, on=on, kind=Opinion.Kind.NORMATIVE, document=doc,
                               subject=f"《{doc.title}》合法性审核", content=note or doc.get_review_opinion_display())
    steps.record({"on": on, "late": on > doc.review_due, "advisers": [a.name for a in advisers]}, label=f"合法性审核意见：{doc.get_review_opinion_display()}")
    return doc


@steps.step(Event.DELIBERATE, on=NormativeDocument, form=DeliberateForm, basis=rules.BASIS["deliberation"],
            available=_in(S.DRAFT, S.REVIEWING, S.REVIEWED))
def deliberate(doc: NormativeDocument, *, acting_user, on: dt.date, meeting: str) -> NormativeDocument:
    """集体审议: refused unless the legality review found the document lawful (115号)."""
    if doc.review_opinion == NormativeDocument.Opinion.DISAGREE or doc.status in (S.DRAFT, S.REVIEWING):
        raise ValidationError(f"未经合法性审核或者经审核不合法的文件，不得提交集体审议（{rules.BASIS['review']}）。")
    require_status(doc, [S.REVIEWED], "集体审议")
    check_date(on, "on", "审议日期", not_before=[(doc.reviewed_on, "审核意见日期")])
    doc.deliberated_on, doc.meeting, doc.status = on, meeting, S.DELIBERATED
    doc.save()
    steps.record({"on": on, "meeting": meeting})
    return doc


@steps.step(Event.REGISTER, on=NormativeDocument, form=OnDateForm, basis=rules.BASIS["register"],
            available=_in(S.DELIBERATED))
def register(doc: NormativeDocument, *, acting_user, on: dt.date) -> NormativeDocument:
    """统一登记、统一编号: the next number of the issuer's series for the year, never skipped or reused.

    The counter row is locked (SELECT … FOR UPDATE) inside the transaction, so two registrations at the same time
    get consecutive numbers; a failure rolls the counter back with the document, so no number is lost.
    """
    require_status(doc, [S.DELIBERATED], "统一登记编号")
    check_date(on, "on", "登记日期", not_before=[(doc.deliberated_on, "集体审议日期")])
    with transaction.atomic():
        NumberCounter.objects.bulk_create([NumberCounter(issuer=doc.issuer, year=on.year)], ignore_conflicts=True)
        counter = NumberCounter.objects.select_for_update().get(issuer=doc.issuer, year=on.year)
        counter.last += 1
        counter.save(update_fields=["last"])
        doc.number_year, doc.number_seq = on.year, counter.last
        doc.number = rules.format_number(doc.issuer.prefix, on.year, counter.last)
        doc.registered_on, doc.status = on, S.REGISTERED
        doc.save()
    steps.record({"number": doc.number, "on": on})
    return doc


@steps.step(Event.PUBLISH, on=NormativeDocument, form=PublishForm, basis=rules.BASIS["publish"],
            available=_in(S.REGISTERED))
def publish(doc: NormativeDocument, *, acting_user, issued_on: dt.date, published_on: dt.date, effective_on: dt.date,
            url: str = "") -> NormativeDocument:
    """印发、公布: the filing period and the validity period start."""
    require_status(doc, [S.REGISTERED], "印发公布")
    check_date(issued_on, "issued_on", "印发日期", not_before=[(doc.registered_on, "登记日期")])
    check_date(published_on, "published_on", "公布日期", not_before=[(issued_on, "印发日期")])
    check_date(effective_on, "effective_on", "施行日期", not_before=[(published_on, "公布日期")], allow_future=True)
    doc.issued_on, doc.published_on, doc.effective_on, doc.publish_url = issued_on, published_on, effective_on, url
    doc.valid_until = rules.valid_until(effective_on, doc.kind)
    doc.filing_due = rules.due("normative.filing", published_on)
    doc.npc_required = doc.issuer.npc_filing
    doc.status = S.EFFECTIVE
    doc.save()
    steps.record({"number": doc.number, "published_on": published_on,
                                                  "filing_due": doc.filing_due, "valid_until": doc.valid_until})
    return doc


@steps.step(Event.FILE, on=NormativeDocument, form=FileForm, basis=rules.BASIS["filing"], available=lambda d: d.published_on is not None and (not d.filed_on or
                                                                        (d.npc_required and not d.filed_npc_on)))
def file(doc: NormativeDocument, *, acting_user, filed_on: dt.date | None = None,
         filed_npc_on: dt.date | None = None) -> NormativeDocument:
    """报送备案 with the filing body and, where required, the people's congress standing committee."""
    if doc.status not in VALID + [S.EXPIRED, S.REPEALED, S.INVALIDATED] or not doc.published_on:
        raise ValidationError("文件尚未公布，不能报送备案。")
    if not filed_on and not filed_npc_on:
        raise ValidationError("请填写报送备案日期。")
    if filed_npc_on and not doc.npc_required:
        raise ValidationError({"filed_npc_on": "该制定机关的规范性文件无须报人大常委会备案。"})
    for value, field, label in [(filed_on, "filed_on", "报送政府备案日期"), (filed_npc_on, "filed_npc_on", "报送人大常委会备案日期")]:
        if value:
            check_date(value, field, label, not_before=[(doc.published_on, "公布日期")])
            setattr(doc, field, value)
    doc.save()
    late = [d for d in (filed_on, filed_npc_on) if d and d > doc.filing_due]
    steps.record({"filed_on": filed_on, "filed_npc_on": filed_npc_on,
                                             "due": doc.filing_due, "late": bool(late)})
    return doc


@steps.step(Event.ABANDON, on=NormativeDocument, form=AbandonForm, basis=rules.BASIS["review"],
            style="danger", available=_in(S.DRAFT, S.REVIEWING, S.REVIEWED, S.DELIBERATED))
def abandon(doc: NormativeDocument, *, acting_user, on: dt.date, reason: str) -> NormativeDocument:
    require_status(doc, [S.DRAFT, S.REVIEWING, S.REVIEWED, S.DELIBERATED], "停止制定")
    doc.status, doc.ended_on, doc.end_reason = S.ABANDONED, on, reason
    doc.save()
    steps.record({"on": on, "reason": reason})
    return doc


# -- 清理 ---------------------------------------------------------------------------------------------------------
@steps.step(Event.COLLECT, on=CleanupCampaign, form=CollectForm, basis=rules.BASIS["cleanup"],
            available=lambda c: c.status == CleanupCampaign.Status.OPEN)
def collect(campaign: CleanupCampaign, *, acting_user, confirm: bool = True) -> int:
    """List every valid document of the campaign's units published on or before the cut-off date."""
    require_status(campaign, [CleanupCampaign.Status.OPEN], "列入清理文件")
    docs = NormativeDocument.objects.filter(
        issuer__unit__path__startswith=campaign.unit.path, status__in=VALID,
        published_on__lte=campaign.issued_before,
    ).exclude(cleanup_items__campaign=campaign)
    items = CleanupItem.objects.bulk_create([CleanupItem(campaign=campaign, document=d) for d in docs])
    steps.record({"added": len(items)})
    return len(items)


@steps.step(Event.DECIDE, on=CleanupItem, form=DecideItemForm, name='decide', basis=rules.BASIS["cleanup"],
            available=lambda i: i.campaign.status == CleanupCampaign.Status.OPEN)
def decide_item(item: CleanupItem, *, acting_user, result: str, reason: str) -> CleanupItem:
    require_status(item.campaign, [CleanupCampaign.Status.OPEN], "登记清理结果")
    if result != CleanupItem.Result.RETAINED and not reason.strip():
        raise ValidationError({"reason": "修改、废止或宣布失效的，请写明理由（如上位法已修改、调整对象已消失）。"})
    item.result, item.reason = result, reason
    item.save()
    steps.record({"reason": reason}, label=f"清理结果：{item.get_result_display()}")
    return item


DOC_STATUS_AFTER = {
    CleanupItem.Result.RETAINED: S.EFFECTIVE,
    CleanupItem.Result.AMENDED: S.AMENDING,
    CleanupItem.Result.REPEALED: S.REPEALED,
    CleanupItem.Result.INVALIDATED: S.INVALIDATED,
}


@steps.step(Event.CLEANUP, on=NormativeDocument, basis=rules.BASIS["cleanup"])
def apply_cleanup_result(doc: NormativeDocument, *, acting_user, item: CleanupItem, on: dt.date) -> NormativeDocument:
    """A published cleanup result changes the document's status (继续有效 / 修改 / 废止 / 宣布失效)."""
    doc.status = DOC_STATUS_AFTER[item.result]
    if item.result in (CleanupItem.Result.REPEALED, CleanupItem.Result.INVALIDATED):
        doc.ended_on, doc.end_reason = on, f"{item.campaign.name}：{item.get_result_display()}。{item.reason}"
    doc.save()
    steps.record({"campaign": item.campaign.name}, label=f"清理：{item.get_result_display()}")
    return doc


@steps.step(Event.PUBLISH_CLEANUP, on=CleanupCampaign, form=PublishedForm, name="publish", basis=rules.BASIS["cleanup"],
            available=lambda c: c.status == CleanupCampaign.Status.OPEN)
def publish_cleanup(campaign: CleanupCampaign, *, acting_user, on: dt.date, url: str = "") -> CleanupCampaign:
    """清理结果公布: every listed document needs a result; each document's status follows it."""
    require_status(campaign, [CleanupCampaign.Status.OPEN], "公布清理结果")
    check_date(on, "on", "公布日期")
    items = list(campaign.items.select_related("document", "campaign"))
    if not items:
        raise ValidationError("清理范围内尚无文件。")
    undecided = [i.document.title for i in items if not i.result]
    if undecided:
        raise ValidationError(f"尚有{len(undecided)}件文件未登记清理结果（如《{undecided[0]}》）。")
    for item in items:
        apply_cleanup_result(item.document, acting_user=acting_user, item=item, on=on)
    campaign.status, campaign.published_on, campaign.publish_url = CleanupCampaign.Status.PUBLISHED, on, url
    campaign.save()
    steps.record({"on": on, "documents": len(items)})
    return campaign


@steps.step(Event.EXPIRE, on=NormativeDocument, basis=rules.BASIS["validity"])
def expire(doc: NormativeDocument, *, acting_user) -> NormativeDocument:
    """有效期届满: the document lapses on the last day of its validity period."""
    doc.status, doc.ended_on, doc.end_reason = S.EXPIRED, doc.valid_until, "有效期届满"
    doc.save()
    steps.record({"valid_until": doc.valid_until})
    return doc


def expire_due(today: dt.date, *, acting_user) -> int:
    """Mark every document past its validity period as expired (`fazhi expire-documents`, run daily)."""
    docs = list(NormativeDocument.objects.filter(status__in=VALID, valid_until__lt=today))
    for doc in docs:
        expire(doc, acting_user=acting_user)
    return len(docs)
