"""The step declaration: explicit actor, one transaction, one typed event, for every declared step."""

import datetime as dt
import inspect

import pytest
from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.models import ChangeLog, DomainEvent
from fazhi.mediation import actions
from fazhi.mediation.events import Event
from fazhi.mediation.models import Committee, Dispute


@pytest.fixture
def dispute(tree):
    committee = Committee.objects.create(unit=tree["town_a"], name="城关镇人民调解委员会", kind="township",
                                         established_on=dt.date(2020, 1, 1))
    return Dispute(committee=committee, received_on=dt.date(2025, 3, 3), source="application",
                   dispute_type="neighbourhood", applicant_name="张三", other_party="李四", summary="相邻通行纠纷")


def test_a_step_called_directly_records_its_event_with_the_acting_user(dispute, users):
    actions.register_dispute(dispute, acting_user=users["clerk_a"])
    event = DomainEvent.objects.get(object_id=str(dispute.pk))
    assert (event.event, event.user, event.label) == (Event.REGISTER, users["clerk_a"], "受理调解")
    assert event.basis and event.detail["conclude_due"] == "2025-04-03"
    # the change log of the same call names the same actor, although no request is under way
    assert ChangeLog.objects.filter(object_id=str(dispute.pk), user=users["clerk_a"]).exists()
    actions.conclude(dispute, acting_user=users["office"], on=dt.date(2025, 3, 20), result="failed")
    last = DomainEvent.objects.filter(object_id=str(dispute.pk)).order_by("-pk").first()
    assert (last.event, last.user) == (Event.CONCLUDE, users["office"])
    assert {"concluded_on", "result"} <= set(last.changed)


def test_a_step_without_an_actor_is_refused(dispute):
    with pytest.raises(TypeError):
        actions.register_dispute(dispute)
    with pytest.raises(TypeError, match="acting_user"):
        actions.register_dispute(dispute, acting_user=None)


def test_a_refused_step_leaves_nothing_written(dispute, users):
    actions.register_dispute(dispute, acting_user=users["clerk_a"])
    before = (DomainEvent.objects.count(), ChangeLog.objects.count())
    with pytest.raises(ValidationError):  # an agreement needs its form: checked after fields were assigned
        actions.conclude(dispute, acting_user=users["clerk_a"], on=dt.date(2025, 3, 20), result="agreement")
    dispute.refresh_from_db()
    assert dispute.concluded_on is None
    assert (DomainEvent.objects.count(), ChangeLog.objects.count()) == before


def test_every_declared_step_takes_the_actor_as_a_keyword_and_emits_an_enum_event():
    declared = [spec for specs in steps.STEPS.values() for spec in specs]
    assert len(declared) > 80
    for spec in declared:
        assert hasattr(spec.event, "label") and spec.event.label, spec.name
        params = inspect.signature(inspect.unwrap(spec.function)).parameters
        assert params["acting_user"].kind is inspect.Parameter.KEYWORD_ONLY, spec.function.__qualname__
        assert "user" not in params, spec.function.__qualname__


def test_a_register_of_an_unscoped_model_fails_at_startup():
    from django.core.exceptions import ImproperlyConfigured
    from django.db import models
    from django.test.utils import isolate_apps

    from fazhi.core.models import ScopedModel
    from fazhi.core.registers import Register

    # models of this test only: kept out of the app registry (a backup in a later test would look for their tables)
    with isolate_apps("fazhi.core"):
        class Loose(models.Model):
            class Meta:
                app_label = "core"

        class LooseRegister(Register):
            model = Loose
            slug = "loose"

        with pytest.raises(ImproperlyConfigured, match="ScopedModel"):
            LooseRegister()

        class Forgetful(ScopedModel):
            class Meta:
                app_label = "core"

        with pytest.raises(ImproperlyConfigured, match="org_field"):
            Forgetful.check_scoping()
