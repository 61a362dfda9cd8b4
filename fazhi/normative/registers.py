"""Register declarations for 行政规范性文件."""

import datetime as dt

from django import forms
from django.db.models import Q

from fazhi.advisers.models import LegalAdviser
from fazhi.core.registers import ActionSpec, ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, PublishedForm, date_field

from . import actions, rules
from .models import CleanupCampaign, CleanupItem, Issuer, NormativeDocument

AREA = "行政规范性文件"
S = NormativeDocument.Status


@register
class IssuerRegister(Register):
    model = Issuer
    slug = "normative-issuers"
    area = AREA
    fields = ["unit", "prefix", "filing_body", "npc_filing"]
    list_columns = fields
    ordering = ["unit__path"]
    select_related = ["unit"]

    def deletable(self, obj) -> bool:
        return not obj.documents.exists()


class SubmitForm(forms.Form):
    on = date_field("送审日期")
    reviewer = forms.CharField(label="审核机构及人员", max_length=100, initial="县司法局")


class ReviewForm(forms.Form):
    on = date_field("审核意见日期")
    opinion = forms.ChoiceField(label="审核意见", choices=NormativeDocument.Opinion.choices)
    note = forms.CharField(label="审核意见说明（修改意见或不合法的理由）", widget=forms.Textarea(attrs={"rows": 3}),
                           required=False)
    urgent_reason = forms.CharField(label="审核时间少于5个工作日的理由（紧急情况）", max_length=300, required=False)
    advisers = forms.ModelMultipleChoiceField(label="参与审核的法律顾问", queryset=LegalAdviser.objects.none(),
                                              required=False)

    @classmethod
    def for_record(cls, doc):
        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["advisers"].queryset = LegalAdviser.objects.filter(
                    is_active=True, unit__path__startswith=doc.issuer.unit.path)
        return Form


class DeliberateForm(forms.Form):
    on = date_field("审议日期")
    meeting = forms.CharField(label="审议会议", max_length=100, help_text="如“县政府第15次常务会议”或“局务会议”")


class PublishForm(forms.Form):
    issued_on = date_field("印发日期")
    published_on = date_field("公布日期")
    effective_on = date_field("施行日期")
    url = forms.URLField(label="公布网址", required=False, assume_scheme="https")

    def clean(self):
        data = super().clean()
        if data.get("effective_on") and data["effective_on"] > dt.date.today() + dt.timedelta(days=366):
            self.add_error("effective_on", "施行日期距今超过一年，请核对。")
        return data


class FileForm(forms.Form):
    filed_on = forms.DateField(label="报送政府备案日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    filed_npc_on = forms.DateField(label="报送人大常委会备案日期", required=False,
                                   widget=forms.DateInput(attrs={"type": "date"}))


class AbandonForm(forms.Form):
    on = date_field("日期")
    reason = forms.CharField(label="停止制定的理由", max_length=300)


def _in(*statuses):
    return lambda d: d.status in statuses


@register
class NormativeDocumentRegister(Register):
    model = NormativeDocument
    slug = "normative"
    area = AREA
    fields = ["issuer", "unit", "title", "kind", "summary"]
    detail_sections = [
        ("文件", fields + ["status", "number"]),
        ("合法性审核与集体审议", ["submitted_on", "reviewer", "review_minimum", "review_due", "reviewed_on",
                          "review_opinion", "review_note", "deliberated_on", "meeting"]),
        ("登记、公布与备案", ["registered_on", "issued_on", "published_on", "publish_url", "effective_on", "valid_until",
                       "filing_due", "filed_on", "npc_required", "filed_npc_on", "ended_on", "end_reason"]),
    ]
    list_columns = ["number", "title", "issuer", "status", "published_on", "valid_until", "filed_on"]
    filters = ["status", "kind", "review_opinion", "issuer", "npc_required"]
    search_fields = ["title", "number", "summary"]
    ordering = ["-published_on", "-pk"]
    sortable = ["number", "title", "published_on", "valid_until", "filed_on"]
    select_related = ["issuer__unit", "unit"]
    deadlines = [
        DeadlineSpec("review_minimum", "", rule_key="normative.legality_review_minimum", applies={"status": S.REVIEWING}),
        DeadlineSpec("review_due", "reviewed_on", rule_key="normative.legality_review"),
        DeadlineSpec("filing_due", "filed_on", rule_key="normative.filing", always_open=True),
        DeadlineSpec("filing_due", "filed_npc_on", label="报送人大常委会备案", basis=rules.BASIS["filing"],
                     applies={"npc_required": True}, always_open=True),
        DeadlineSpec("valid_until", "", label="规范性文件有效期届满（届满前评估）", basis=rules.BASIS["validity"],
                     applies={"status": S.EFFECTIVE}, soon_days=183),
    ]
    todos = [
        TodoSpec("已集体审议、待统一登记编号的规范性文件", lambda today: Q(status=S.DELIBERATED)),
        TodoSpec("已登记编号、待印发公布的规范性文件", lambda today: Q(status=S.REGISTERED)),
    ]
    children = [
        ChildSpec("adviser_opinions", "法律顾问意见", ("adviser", "on", "subject")),
        ChildSpec("cleanup_items", "清理记录", ("campaign", "result", "reason")),
    ]
    actions = [
        ActionSpec("submit", "送合法性审核", SubmitForm, actions.submit_review, available=_in(S.DRAFT)),
        ActionSpec("review", "登记审核意见", ReviewForm, actions.record_review, available=_in(S.REVIEWING)),
        ActionSpec("deliberate", "集体审议", DeliberateForm, actions.deliberate,
                   available=_in(S.DRAFT, S.REVIEWING, S.REVIEWED)),
        ActionSpec("register", "统一登记编号", OnDateForm, actions.register, available=_in(S.DELIBERATED)),
        ActionSpec("publish", "印发公布", PublishForm, actions.publish, available=_in(S.REGISTERED)),
        ActionSpec("file", "报送备案", FileForm, actions.file,
                   available=lambda d: d.published_on is not None and (not d.filed_on or
                                                                        (d.npc_required and not d.filed_npc_on))),
        ActionSpec("abandon", "停止制定", AbandonForm, actions.abandon,
                   available=_in(S.DRAFT, S.REVIEWING, S.REVIEWED, S.DELIBERATED), style="danger"),
    ]

    def write(self, user, form):
        return actions.save_draft(user, form.save(commit=False))

    def deletable(self, obj) -> bool:
        return obj.status == S.DRAFT and not obj.submitted_on and not obj.number

    def warnings(self, obj) -> list[str]:
        out = []
        today = dt.date.today()
        if obj.status in (S.EFFECTIVE, S.AMENDING) and obj.valid_until and obj.valid_until < today:
            out.append(f"有效期已于{obj.valid_until}届满，文件自动失效（{rules.BASIS['validity']}）。")
        if obj.status == S.REVIEWED and obj.review_opinion == NormativeDocument.Opinion.AMEND:
            out.append("审核意见为“修改后同意”：起草单位未完全采纳审核意见的，应当在提请集体审议时说明理由（国办发〔2018〕115号）。")
        return out


class CollectForm(forms.Form):
    confirm = forms.BooleanField(label="将清理范围内的有效文件全部列入本次清理", required=True)


class DecideItemForm(forms.Form):
    result = forms.ChoiceField(label="清理结果", choices=CleanupItem.Result.choices)
    reason = forms.CharField(label="理由", max_length=300, required=False)


@register
class CleanupCampaignRegister(Register):
    model = CleanupCampaign
    slug = "normative-cleanups"
    area = AREA
    fields = ["unit", "year", "name", "basis", "issued_before"]
    detail_fields = fields + ["status", "published_on", "publish_url"]
    list_columns = ["name", "unit", "year", "issued_before", "status", "published_on"]
    filters = ["status", "year"]
    ordering = ["-year", "-pk"]
    children = [ChildSpec("items", "清理文件", ("document", "result", "reason"))]
    actions = [
        ActionSpec("collect", "列入清理文件", CollectForm,
                   lambda user, c, confirm: actions.collect(user, c),
                   available=lambda c: c.status == CleanupCampaign.Status.OPEN),
        ActionSpec("publish", "公布清理结果", PublishedForm, actions.publish_cleanup,
                   available=lambda c: c.status == CleanupCampaign.Status.OPEN),
    ]

    def deletable(self, obj) -> bool:
        return obj.status == CleanupCampaign.Status.OPEN and not obj.items.exists()


@register
class CleanupItemRegister(Register):
    model = CleanupItem
    slug = "normative-cleanup-items"
    area = AREA
    fields = ["campaign", "document"]
    detail_fields = fields + ["result", "reason"]
    list_columns = ["campaign", "document", "result", "reason"]
    filters = ["result", "campaign"]
    search_fields = ["document__title", "document__number"]
    ordering = ["campaign", "document__published_on"]
    select_related = ["campaign", "document"]
    actions = [ActionSpec("decide", "登记清理结果", DecideItemForm, actions.decide_item,
                          available=lambda i: i.campaign.status == CleanupCampaign.Status.OPEN)]
