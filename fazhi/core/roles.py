"""The roles of DESIGN §1. A membership (user, org unit, role) covers the unit's whole subtree."""

from django.db import models


class Role(models.TextChoices):
    RULE_OF_LAW_OFFICE = "rule_of_law_office", "依法治县办/法治督察"
    RECONSIDERATION_OFFICER = "reconsideration_officer", "行政复议机构"
    ENFORCEMENT_STAFF = "enforcement_staff", "执法部门/综合执法队"
    DRAFTING_UNIT = "drafting_unit", "起草/承办单位"
    LEGAL_ADVISER = "legal_adviser", "法律顾问"
    UNIT_CLERK = "unit_clerk", "乡镇/部门填报员"
    SUPERVISOR_READONLY = "supervisor_readonly", "上级机关（只读）"
    ADMIN = "admin", "系统管理员"


ALL_ROLES = frozenset(Role.values)
# Roles that read everything in their subtree, whatever the register.
READ_ALL_ROLES = frozenset({Role.RULE_OF_LAW_OFFICE, Role.SUPERVISOR_READONLY})
# Steps only the rule-of-law office takes (审核采用, 销号, 督办 …).
OFFICE = frozenset({Role.RULE_OF_LAW_OFFICE})
# A register kept by the units' clerks under the office: they record and change, the office may delete.
CLERK_REGISTER = {
    "view": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE, Role.ADMIN},
    "add": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "change": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "delete": {Role.RULE_OF_LAW_OFFICE},
}
