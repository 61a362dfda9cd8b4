"""core.bulk: the INSERT of a bulk step — COPY on PostgreSQL (ids from the identity sequence), bulk_create elsewhere;
the same rows either way, inside the caller's transaction."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction

from fazhi.core import bulk
from fazhi.core.models import ChangeLog, OrgUnit


def _logs(n, ct):
    return [ChangeLog(content_type=ct, object_id=str(i), object_repr=f"记录{i}", action="create",
                      changes={"名称": [None, f"单位{i}"], "数": [None, i]}, source="import") for i in range(n)]


@pytest.mark.django_db
def test_rows_with_ids_json_and_auto_now_are_written_as_given():
    ct = ContentType.objects.get_for_model(OrgUnit)
    units = [OrgUnit(name=f"批量单位{i}", kind="township", path=f"/bulk{i:03d}/") for i in range(5)]
    bulk.insert(OrgUnit, units, ids=True)
    assert all(u.pk for u in units) and not units[0]._state.adding
    assert set(OrgUnit.objects.filter(name__startswith="批量单位").values_list("pk", flat=True)) == {u.pk for u in units}
    bulk.insert(ChangeLog, _logs(3, ct))
    written = list(ChangeLog.objects.filter(source="import").order_by("object_id"))
    assert [log.changes["数"][1] for log in written] == [0, 1, 2]
    assert all(log.at is not None for log in written)  # auto_now_add filled as by save()
    # a sequence taken for ids leaves the next ordinary save a fresh id
    later = OrgUnit.objects.create(name="之后的单位", kind="township", path="/bulk999/")
    assert later.pk not in {u.pk for u in units}


@pytest.mark.django_db(transaction=True)
def test_a_failing_row_leaves_nothing_written():
    before = OrgUnit.objects.count()
    clash = [OrgUnit(name="重复代码甲", kind="county", path="/dup1/", division_code="990001"),
             OrgUnit(name="重复代码乙", kind="county", path="/dup2/", division_code="990001")]
    with pytest.raises(IntegrityError), transaction.atomic():
        bulk.insert(OrgUnit, [OrgUnit(name="先写的", kind="county", path="/ok1/")], ids=True)
        bulk.insert(OrgUnit, clash, ids=True)
    assert OrgUnit.objects.count() == before
