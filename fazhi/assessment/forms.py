"""Forms of assessment: record forms and the forms of its legal steps."""

from django import forms
from django.core.exceptions import ValidationError

from fazhi.core.registers.forms import date_field
from fazhi.indicators import catalogue

from .models import Assessment, RubricItem


class ImportItemsForm(forms.Form):
    file = forms.FileField(
        label="指标文件（.xlsx、.tsv 或 .csv；列：编号、名称、分值、评分方式、对应指标、目标值、佐证材料要求）",
        required=False,
    )
    use_default = forms.BooleanField(
        label="不上传文件，使用平台内置的《示范指标体系（2021年版）》（每项1分）", required=False
    )
    replace = forms.BooleanField(label="覆盖已有指标（尚未开展考核时可用）", required=False)

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("use_default"):
            raise ValidationError("请上传指标文件，或选择使用内置指标体系。")
        return data


class EditItemForm(forms.Form):
    code = forms.CharField(label="三级指标编号（如 5.2.1）", max_length=12)
    weight = forms.DecimalField(label="分值", max_digits=6, decimal_places=2, min_value=0)
    method = forms.ChoiceField(label="评分方式", choices=RubricItem.Method.choices)
    key = forms.ChoiceField(label="对应指标（自动评分时）", choices=[("", "—")], required=False)
    target = forms.DecimalField(label="目标值（自动评分时）", max_digits=12, decimal_places=2, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key"].choices = [("", "—"), *catalogue.choices()]


class CopyForm(forms.Form):
    year = forms.IntegerField(label="新的考核年度", min_value=2000, max_value=2100)


class FinaliseForm(forms.Form):
    on = date_field("评定日期")
    summary = forms.CharField(label="评定意见", widget=forms.Textarea(attrs={"rows": 3}), required=False)


class ReturnForm(forms.Form):
    on = date_field("退回日期")
    reason = forms.CharField(label="退回补充的理由", max_length=300)


class AssessmentForm(forms.ModelForm):
    class Meta:
        model = Assessment
        fields = ["rubric", "unit"]


class RefreshForm(forms.Form):
    """No fields: the step only re-reads the figures."""
