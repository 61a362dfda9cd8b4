"""Steps of 工作举措与制度建设: the office includes a measure in the annual report, or takes it out with a reason."""

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.roles import OFFICE

from . import rules
from .events import Event
from .forms import ExcludeForm, IncludeForm
from .models import Practice


@steps.step(Event.INCLUDE, on=Practice, form=IncludeForm, basis=rules.REPORT_BASIS, roles=OFFICE,
            available=lambda p: not p.in_report)
def include(practice: Practice, *, acting_user) -> Practice:
    practice.in_report = True
    practice.save(update_fields=["in_report"])
    return practice


@steps.step(Event.EXCLUDE, on=Practice, form=ExcludeForm, basis=rules.REPORT_BASIS, roles=OFFICE, style="secondary",
            available=lambda p: p.in_report)
def exclude(practice: Practice, *, acting_user, reason: str) -> Practice:
    if not reason.strip():
        raise ValidationError({"reason": "请写明不列入年度报告的理由。"})
    practice.in_report = False
    practice.save(update_fields=["in_report"])
    steps.record({"reason": reason.strip()})
    return practice
