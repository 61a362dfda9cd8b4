"""Registers the kernel itself declares: the org tree, memberships and the working-day calendar."""

from django import forms

from .models import CalendarDay, CalendarYear, Membership, OrgUnit
from .registers import Register, register


@register
class OrgUnitRegister(Register):
    model = OrgUnit
    slug = "orgunits"
    area = "系统管理"
    fields = ["name", "kind", "parent", "division_code", "uscc", "sort_order", "is_active"]
    list_columns = ["name", "kind", "division_code", "uscc", "is_active"]
    filters = ["kind", "is_active"]
    search_fields = ["name", "division_code", "uscc"]
    ordering = ["path"]
    sortable = ["name", "kind", "division_code"]

    def indent(self, obj) -> int:
        return obj.depth

    def make_form(self, user, data=None, instance=None, files=None, memo=None):
        form = super().make_form(user, data=data, instance=instance, files=files, memo=memo)
        # A new unit goes under a unit the admin covers.
        from .registers.base import units_for

        form.fields["parent"].queryset = units_for(user, OrgUnit, "add")
        return form


@register
class MembershipRegister(Register):
    model = Membership
    slug = "memberships"
    area = "系统管理"
    label = "用户授权"
    fields = ["user", "unit", "role"]
    list_columns = ["user", "unit", "role"]
    filters = ["role", "unit"]
    search_fields = ["user__username", "user__first_name", "unit__name"]
    ordering = ["unit__path", "user__username"]
    select_related = ["user"]

    def make_form(self, user, data=None, instance=None, files=None, memo=None):
        from django.contrib.auth import get_user_model

        form = super().make_form(user, data=data, instance=instance, files=files, memo=memo)
        form.fields["user"].queryset = get_user_model().objects.filter(is_active=True).order_by("username")
        return form


class CalendarDayForm(forms.ModelForm):
    class Meta:
        model = CalendarDay
        fields = ["date", "is_workday", "name", "source"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


@register
class CalendarDayRegister(Register):
    model = CalendarDay
    slug = "calendar"
    area = "系统管理"
    label = "工作日历（节假日与调休）"
    fields = ["date", "is_workday", "name", "source"]
    list_columns = ["date", "is_workday", "name", "source"]
    filters = ["is_workday"]
    search_fields = ["name", "source"]
    ordering = ["-date"]
    form_class = CalendarDayForm


@register
class CalendarYearRegister(Register):
    model = CalendarYear
    slug = "calendar-years"
    area = "系统管理"
    label = "工作日历已录入年度"
    fields = ["year", "source", "provisional"]
    list_columns = ["year", "source", "provisional"]
    ordering = ["-year"]
