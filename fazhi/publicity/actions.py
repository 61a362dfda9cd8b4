"""Steps of a 普法责任清单: registration (its dates set), publication, and the year-end account, which counts the
activities the unit actually held that year (one query) against those planned."""

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.gates import check_date
from fazhi.core.registers.forms import PublishedForm

from . import rules
from .events import Event
from .forms import AccountForm
from .models import Activity, ResponsibilityList


@steps.step(Event.REGISTER, on=ResponsibilityList, basis=rules.BASIS)
def register_list(lst: ResponsibilityList, *, acting_user) -> ResponsibilityList:
    lst.full_clean()
    new = lst.pk is None
    lst.publish_due, lst.account_due = rules.publish_due(lst.year), rules.account_due(lst.year)
    lst.save()
    if new:
        steps.record({"year": lst.year, "laws": lst.law_list(),
                                                               "planned_events": lst.planned_events})
    else:
        steps.no_event()  # a correction of the registration: the change log has it
    return lst


@steps.step(Event.PUBLISH, on=ResponsibilityList, form=PublishedForm, basis=rules.BASIS,
            available=lambda o: not o.published_on)
def publish(lst: ResponsibilityList, *, acting_user, on: dt.date, url: str = "") -> ResponsibilityList:
    if lst.published_on:
        raise ValidationError("该清单已经公布。")
    check_date(on, "on", "公布日期", not_before=[(dt.date(lst.year - 1, 10, 1), "上一年度第四季度")])
    lst.published_on, lst.published_url = on, url
    lst.save()
    steps.record({"on": on, "url": url, "on_time": on <= lst.publish_due})
    return lst


def events_held(lst: ResponsibilityList) -> int:
    return Activity.objects.filter(unit_id=lst.unit_id, held_on__year=lst.year).count()


@steps.step(Event.ACCOUNT, on=ResponsibilityList, form=AccountForm, basis=rules.BASIS,
            available=lambda o: bool(o.published_on) and not o.accounted_on)
def account(lst: ResponsibilityList, *, acting_user, on: dt.date, text: str) -> ResponsibilityList:
    """年终履职报告: only for a published list, from 1 December of its year, with what was done."""
    if not lst.published_on:
        raise ValidationError(f"普法责任清单尚未公布，不能报告履职情况（{rules.BASIS}要求清单向社会公开）。")
    if lst.accounted_on:
        raise ValidationError("已经报告年终履职情况。")
    check_date(on, "on", "报告日期", not_before=[(rules.earliest_account(lst.year), "当年12月1日")])
    if len(text.strip()) < 10:
        raise ValidationError({"text": "请写明全年落实清单的情况（开展的活动、覆盖的对象、存在的不足）。"})
    lst.accounted_on, lst.account, lst.events_held = on, text.strip(), events_held(lst)
    lst.save()
    steps.record({"on": on, "events_held": lst.events_held,
                                                      "planned_events": lst.planned_events})
    return lst
