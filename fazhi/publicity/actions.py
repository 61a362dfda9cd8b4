"""Steps of a 普法责任清单: registration (its dates set), publication, and the year-end account, which counts the
activities the unit actually held that year (one query) against those planned."""

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import audit
from fazhi.core.gates import check_date

from . import rules
from .models import Activity, ResponsibilityList


def register_list(user, lst: ResponsibilityList) -> ResponsibilityList:
    lst.full_clean()
    new = lst.pk is None
    lst.publish_due, lst.account_due = rules.publish_due(lst.year), rules.account_due(lst.year)
    lst.save()
    if new:
        audit.record_event(lst, "register", "制定普法责任清单", {"year": lst.year, "laws": lst.law_list(),
                                                               "planned_events": lst.planned_events}, rules.BASIS)
    return lst


def publish(user, lst: ResponsibilityList, *, on: dt.date, url: str = "") -> ResponsibilityList:
    if lst.published_on:
        raise ValidationError("该清单已经公布。")
    check_date(on, "on", "公布日期", not_before=[(dt.date(lst.year - 1, 10, 1), "上一年度第四季度")])
    lst.published_on, lst.published_url = on, url
    lst.save()
    audit.record_event(lst, "publish", "公布清单", {"on": on, "url": url, "on_time": on <= lst.publish_due}, rules.BASIS)
    return lst


def events_held(lst: ResponsibilityList) -> int:
    return Activity.objects.filter(unit_id=lst.unit_id, held_on__year=lst.year).count()


def account(user, lst: ResponsibilityList, *, on: dt.date, text: str) -> ResponsibilityList:
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
    audit.record_event(lst, "account", "年终履职报告", {"on": on, "events_held": lst.events_held,
                                                      "planned_events": lst.planned_events}, rules.BASIS)
    return lst
