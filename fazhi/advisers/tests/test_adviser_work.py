"""法律顾问 work: opinions on decisions, documents and contracts, meetings and cases, and their indicators."""

import pytest

pytestmark = pytest.mark.django_db


def test_adviser_work_is_validated_and_counted(tree, adviser_factory):
    import datetime as dt
    from decimal import Decimal

    from django.core.exceptions import ValidationError

    from fazhi.advisers.models import Opinion, Service
    from fazhi.core.indicators import Period, value

    adviser = adviser_factory(tree["county"])
    contract = Opinion(adviser=adviser, on=dt.date(2025, 3, 1), kind="contract", subject="物业服务合同",
                       content="建议补充违约条款")
    with pytest.raises(ValidationError, match="合同相对方和合同金额"):
        contract.full_clean()
    contract.counterparty, contract.amount = "示范县物业服务有限公司", Decimal("960000")
    contract.counterparty_uscc = "91110000100000000X"
    with pytest.raises(ValidationError, match="统一社会信用代码"):
        contract.full_clean()
    contract.counterparty_uscc = ""
    contract.full_clean()
    contract.save()
    early = Opinion(adviser=adviser, on=dt.date(2023, 1, 1), kind="other", subject="x", content="y")
    with pytest.raises(ValidationError, match="早于该法律顾问的聘期开始日"):
        early.full_clean()
    Service.objects.create(adviser=adviser, kind="meeting", on=dt.date(2025, 4, 1), subject="列席常务会议")
    Service.objects.create(adviser=adviser, kind="litigation", on=dt.date(2025, 5, 1), subject="出庭")
    year = Period.year(2025)
    assert value("advisers.contracts_reviewed", tree["county"], year) == 1
    assert value("advisers.opinions", tree["county"], year) == 1
    assert value("advisers.meetings", tree["county"], year) == 1
    assert value("advisers.cases_represented", tree["county"], year) == 1
    assert value("advisers.count", tree["county"], year) == 1
    assert value("advisers.count", tree["county"], Period.year(2023)) == 0
