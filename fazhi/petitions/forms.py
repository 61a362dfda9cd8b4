"""Forms of the 信访 steps."""

from django import forms

from fazhi.core.registers.forms import date_field

from .models import Petition


class NotifyForm(forms.Form):
    on = date_field("书面告知日期")


class ObjectForm(forms.Form):
    on = date_field("提出异议日期")
    reason = forms.CharField(label="不属于本机关职权范围的理由", max_length=300, widget=forms.Textarea(attrs={"rows": 3}))


class AcceptForm(forms.Form):
    on = date_field("受理日期")


class ExtendForm(forms.Form):
    approved_by = forms.CharField(label="批准延期的负责人", max_length=50)
    reason = forms.CharField(label="延期理由（情况复杂的具体情形）", max_length=300)
    informed_on = date_field("告知信访人延期理由的日期")


def _committees(petition):
    """The committees a matter can go to: in the handling unit's area (a department's: its government's)."""
    from fazhi.core.models import OrgUnit
    from fazhi.mediation.models import Committee

    unit = petition.unit
    area = unit.parent if unit.kind == OrgUnit.Kind.DEPARTMENT and unit.parent_id else unit
    return Committee.objects.filter(unit__path__startswith=area.path, dissolved_on__isnull=True).order_by("name")


class ReferForm(forms.Form):
    on = date_field("移送人民调解日期")
    committee = forms.ModelChoiceField(label="人民调解委员会", queryset=None)
    other_party = forms.CharField(label="争议对方当事人", max_length=200)
    consent = forms.BooleanField(label="争议双方当事人同意调解（第三十三条）", required=False)

    def __init__(self, *args, committees=None, **kwargs):
        from fazhi.mediation.models import Committee

        super().__init__(*args, **kwargs)
        self.fields["committee"].queryset = committees if committees is not None else Committee.objects.none()

    @classmethod
    def for_record(cls, petition):
        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, committees=_committees(petition), **kwargs)
        return Form


class ConcludeForm(forms.Form):
    on = date_field("办结日期（出具信访处理意见书）")
    opinion = forms.ChoiceField(label="处理意见（第三十二条）", choices=Petition.Opinion.choices)
    reply_served_on = date_field("书面答复送达信访人日期", required=False)


class RequestForm(forms.Form):
    on = date_field("收到请求日期")


class ReviewForm(forms.Form):
    on = date_field("提出意见日期")
    result = forms.ChoiceField(label="意见", choices=Petition.Opinion.choices)


class RecheckForm(ReviewForm):
    hearing_days = forms.IntegerField(label="举行听证所用天数（不计入复核期限）", min_value=0, max_value=365, required=False)
