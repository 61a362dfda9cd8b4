"""Steps in an adviser's engagement, one function each; each checks its rule and records the event."""

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import steps

from . import rules
from .events import Event
from .forms import DismissForm, RenewForm
from .models import LegalAdviser


@steps.step(Event.RENEW, on=LegalAdviser, form=RenewForm, basis=rules.ADVISER_POLICY)
def renew(adviser: LegalAdviser, *, acting_user, new_end: dt.date, note: str = "") -> LegalAdviser:
    """续聘: extend the term; the new end must follow the current one."""
    if new_end <= adviser.contract_end:
        raise ValidationError({"new_end": f"续聘后的聘期结束日应晚于当前聘期结束日（{adviser.contract_end}）。"})
    old_end = adviser.contract_end
    adviser.contract_end, adviser.is_active = new_end, True
    adviser.full_clean()
    adviser.save()
    steps.record({"from": old_end, "to": new_end, "note": note})
    return adviser


@steps.step(Event.DISMISS, on=LegalAdviser, form=DismissForm, basis=rules.ADVISER_POLICY, style="danger",
            available=lambda a: a.is_active)
def dismiss(adviser: LegalAdviser, *, acting_user, on: dt.date, reason: str) -> LegalAdviser:
    """解聘: end the engagement on a date within the term, with a reason."""
    if not adviser.is_active:
        raise ValidationError("该法律顾问已不在聘。")
    if on < adviser.contract_start:
        raise ValidationError({"on": f"解聘日期不能早于聘期开始日（{adviser.contract_start}）。"})
    adviser.is_active = False
    adviser.contract_end = min(adviser.contract_end, on)
    adviser.full_clean()
    adviser.save()
    steps.record({"on": on, "reason": reason})
    return adviser
