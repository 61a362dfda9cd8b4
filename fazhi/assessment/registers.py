"""Register declarations of the assessment: rubrics (per assessing body and year) and assessments of units."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from fazhi.core import audit
from fazhi.core.registers import ActionSpec, ChildSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, date_field
from fazhi.core.roles import Role
from fazhi.indicators import catalogue

from . import actions, rules
from . import rubric as rubric_data
from .models import Assessment, Rubric, RubricItem

AREA = "指标与考核"
OFFICE = frozenset({Role.RULE_OF_LAW_OFFICE})
S = Assessment.Status


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


def import_items(user, rubric: Rubric, *, file=None, use_default=False, replace=False):
    if file is not None:
        if file.size > 2 * 1024 * 1024:
            raise ValidationError({"file": "指标文件不能超过2MB。"})
        rows = rubric_data.read_rows(file.name, file.read())
    else:
        rows = rubric_data.read_rows(rubric_data.DEFAULT_FILE.name, rubric_data.DEFAULT_FILE.read_bytes())
    return rubric_data.load(rubric.unit, rubric.year, rows, replace=replace)


class EditItemForm(forms.Form):
    code = forms.CharField(label="三级指标编号（如 5.2.1）", max_length=12)
    weight = forms.DecimalField(label="分值", max_digits=6, decimal_places=2, min_value=0)
    method = forms.ChoiceField(label="评分方式", choices=RubricItem.Method.choices)
    key = forms.ChoiceField(label="对应指标（自动评分时）", choices=[("", "—")], required=False)
    target = forms.DecimalField(label="目标值（自动评分时）", max_digits=12, decimal_places=2, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key"].choices = [("", "—"), *catalogue.choices()]


@transaction.atomic
def edit_item(user, rubric: Rubric, *, code, weight, method, key="", target=None):
    """Change one item's weight or scoring; refused once an assessment is final (the year's results stand)."""
    if rubric.locked:
        raise ValidationError(
            "本年度已有考核评定，指标分值不能再修改；如需调整，请为下一年度复制指标体系后修改。"
        )
    item = rubric.items.filter(code=code.strip(), level=3).first()
    if item is None:
        raise ValidationError({"code": f"没有编号为“{code}”的三级指标。"})
    before = {"weight": item.weight, "method": item.method, "key": item.key, "target": item.target}
    item.weight, item.method = weight, method
    item.key, item.target = (key, target) if method != RubricItem.Method.MANUAL else ("", None)
    item.full_clean(exclude=["rubric", "parent"])
    item.save()
    for assessment in rubric.assessments.exclude(status=S.FINAL):
        actions.refresh_auto(user, assessment)
    audit.record_event(
        rubric,
        "edit_item",
        f"修改指标 {item.code}",
        {"before": str(before), "weight": weight, "method": method},
        rules.SYSTEM,
    )
    return item


class CopyForm(forms.Form):
    year = forms.IntegerField(label="新的考核年度", min_value=2000, max_value=2100)


@register
class RubricRegister(Register):
    model = Rubric
    slug = "rubrics"
    area = AREA
    fields = ["unit", "year", "name", "grade_bands", "note"]
    list_columns = ["year", "name", "unit", "grade_bands"]
    filters = ["year"]
    ordering = ["-year"]
    import_enabled = False
    children = [ChildSpec("items", "指标", ("code", "name", "weight", "method", "key", "target", "evidence"))]
    actions = [
        ActionSpec("import", "导入指标", ImportItemsForm, import_items, roles=OFFICE),
        ActionSpec(
            "edit_item",
            "修改指标分值/评分方式",
            EditItemForm,
            edit_item,
            roles=OFFICE,
            available=lambda r: r.items.exists(),
        ),
        ActionSpec(
            "copy",
            "复制为新年度",
            CopyForm,
            lambda user, r, year: rubric_data.copy_to_year(r, year),
            roles=OFFICE,
            available=lambda r: r.items.exists(),
        ),
    ]

    def warnings(self, obj) -> list[str]:
        out = []
        if not obj.items.exists():
            out.append("尚未导入指标：请点击“导入指标”，上传本年度考核办法的指标表或使用内置指标体系。")
        else:
            total = obj.total_weight
            if total != 100:
                out.append(
                    f"三级指标分值合计为{total}分（不是100分）；总分按实际合计计算，等次按分数线划分。"
                )
        return out

    def links(self, obj):
        return [
            ("导出指标（Excel）", reverse("rubric-export", args=[obj.pk])),
            ("考核排名与雷达图", reverse("assessment-ranking") + f"?rubric={obj.pk}"),
        ]

    def deletable(self, obj) -> bool:
        return not obj.assessments.exists()


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


@register
class AssessmentRegister(Register):
    model = Assessment
    slug = "assessments"
    area = AREA
    fields = ["rubric", "unit"]
    detail_fields = [
        "rubric",
        "unit",
        "status",
        "submitted_on",
        "finalised_on",
        "reviewer",
        "total",
        "grade",
        "summary",
    ]
    list_columns = ["unit", "rubric", "status", "total", "grade"]
    filters = ["status", "rubric"]
    ordering = ["-rubric__year", "unit__path"]
    select_related = ["rubric", "unit"]
    import_enabled = False
    actions = [
        ActionSpec(
            "refresh",
            "按最新数据更新自动得分",
            forms.Form,
            lambda user, a: actions.refresh_auto(user, a),
            available=lambda a: a.status != S.FINAL,
        ),
        ActionSpec(
            "submit",
            "报送自评",
            OnDateForm,
            actions.submit,
            available=lambda a: a.status in (S.SELF, S.RETURNED),
        ),
        ActionSpec(
            "return",
            "退回补充",
            ReturnForm,
            actions.send_back,
            roles=OFFICE,
            style="danger",
            available=lambda a: a.status == S.SUBMITTED,
        ),
        ActionSpec(
            "finalise",
            "评定",
            FinaliseForm,
            actions.finalise,
            roles=OFFICE,
            available=lambda a: a.status == S.SUBMITTED,
        ),
    ]
    todos = [
        TodoSpec("待评审的考核自评", lambda today: Q(status=S.SUBMITTED), roles=OFFICE),
        TodoSpec(
            "待完成的考核自评",
            lambda today: Q(status__in=[S.SELF, S.RETURNED]),
            roles=frozenset({Role.UNIT_CLERK}),
        ),
    ]

    def write(self, user, form):
        if form.instance.pk:
            raise ValidationError("考核建立后不能更换单位或指标体系；如建错，请在自评开始前删除后重建。")
        return actions.open_assessment(user, form.cleaned_data["rubric"], form.cleaned_data["unit"])

    def links(self, obj):
        return [
            ("打开评分表", reverse("assessment-sheet", args=[obj.pk])),
            ("排名与雷达图", reverse("assessment-ranking") + f"?rubric={obj.rubric_id}"),
        ]

    def deletable(self, obj) -> bool:
        return obj.status == S.SELF and not obj.scores.exclude(self_score=None).exists()
