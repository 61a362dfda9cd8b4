"""法律顾问: the government's legal advisers at county, township and village level."""

from django.db import models

from fazhi.core.models import OrgUnit
from fazhi.core.roles import Role
from fazhi.core.scoping import ScopedQuerySet
from fazhi.core.validators import validate_phone


class LegalAdviser(models.Model):
    """A legal adviser (政府法律顾问 / 村居法律顾问) serving an org unit under a contract."""

    class Level(models.TextChoices):
        COUNTY = "county", "县级"
        TOWNSHIP = "township", "乡镇（街道）级"
        VILLAGE = "village", "村（社区）级"

    name = models.CharField("姓名", max_length=50)
    level = models.CharField("层级", max_length=10, choices=Level.choices)
    unit = models.ForeignKey(OrgUnit, verbose_name="服务单位", on_delete=models.PROTECT, related_name="legal_advisers")
    law_firm = models.CharField("所在律师事务所/单位", max_length=100, blank=True)
    is_public_lawyer = models.BooleanField("公职律师", default=False)
    contract_start = models.DateField("聘期开始")
    contract_end = models.DateField("聘期结束")
    phone = models.CharField("联系电话", max_length=20, validators=[validate_phone])
    is_active = models.BooleanField("在聘", default=True)
    note = models.CharField("备注", max_length=200, blank=True)

    objects = ScopedQuerySet.as_manager()
    org_field = "unit"
    scope_roles = {
        "view": {Role.UNIT_CLERK, Role.DRAFTING_UNIT, Role.LEGAL_ADVISER, Role.RECONSIDERATION_OFFICER,
                 Role.ENFORCEMENT_STAFF, Role.ADMIN},
        "add": {Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK},
        "change": {Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK},
        "delete": {Role.RULE_OF_LAW_OFFICE},
    }

    class Meta:
        verbose_name = "法律顾问"
        verbose_name_plural = "法律顾问"
        indexes = [models.Index(fields=["contract_end", "is_active"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(contract_end__gte=models.F("contract_start")),
                                   name="adviser_contract_dates_in_order"),
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.unit}）"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        level_kinds = {
            self.Level.COUNTY: {OrgUnit.Kind.COUNTY, OrgUnit.Kind.DEPARTMENT},
            self.Level.TOWNSHIP: {OrgUnit.Kind.TOWNSHIP, OrgUnit.Kind.DEPARTMENT},
            self.Level.VILLAGE: {OrgUnit.Kind.VILLAGE},
        }
        if self.unit_id and self.level and self.unit.kind not in level_kinds[self.level]:
            raise ValidationError({"unit": f"“{self.get_level_display()}”法律顾问的服务单位应为相应层级的单位，"
                                           f"“{self.unit}”是{self.unit.get_kind_display()}。"})
