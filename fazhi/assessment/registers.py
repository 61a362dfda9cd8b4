"""Register declarations of the assessment: rubrics (per assessing body and year) and assessments of units."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.urls import reverse

from fazhi.core.registers import ChildSpec, Register, TodoSpec, register
from fazhi.core.roles import OFFICE, Role

from . import actions
from .models import Assessment, Rubric

AREA = "指标与考核"

S = Assessment.Status


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
        return actions.open_assessment(form.cleaned_data["rubric"], form.cleaned_data["unit"], acting_user=user)

    def links(self, obj):
        return [
            ("打开评分表", reverse("assessment-sheet", args=[obj.pk])),
            ("排名与雷达图", reverse("assessment-ranking") + f"?rubric={obj.rubric_id}"),
        ]

    def deletable(self, obj) -> bool:
        return obj.status == S.SELF and not obj.scores.exclude(self_score=None).exists()
