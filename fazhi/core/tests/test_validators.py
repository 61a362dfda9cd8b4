"""Validators with real numbers: published 统一社会信用代码 and the GB 11643 example ID numbers."""

import pytest
from django.core.exceptions import ValidationError

from fazhi.core import validators as v


@pytest.mark.parametrize("code", ["914403001922038216", "91330100716105852F", "91110000600037341L"])
def test_real_uscc_pass(code):
    v.validate_uscc(code)
    v.validate_uscc(code.lower())  # case does not matter


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("914403001922038217", "校验位"),  # last character changed
        ("91440300192203821", "18位"),
        ("91440300192203821I", "不允许的字符"),  # I is not in the GB 32100 alphabet
        ("9144AB001922038216", "行政区划码"),
    ],
)
def test_bad_uscc_rejected_in_chinese(code, fragment):
    with pytest.raises(ValidationError) as exc:
        v.validate_uscc(code)
    assert fragment in exc.value.messages[0]


def test_uscc_check_char_matches_standard_algorithm():
    assert v.uscc_check_char("91440300192203821") == "6"


@pytest.mark.parametrize("code", ["11010519491231002X", "440524188001010014"])  # GB 11643-1999 examples
def test_gb11643_examples_pass(code):
    v.validate_citizen_id(code)


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("110105194912310021", "校验位"),
        ("110105194902300025", "出生日期"),  # 30 February
        ("11010519491231002", "18位"),
        ("1101051949123100AX", "18位"),
    ],
)
def test_bad_citizen_id_rejected(code, fragment):
    with pytest.raises(ValidationError) as exc:
        v.validate_citizen_id(code)
    assert fragment in exc.value.messages[0]


@pytest.mark.parametrize("phone", ["13812345678", "0471-6661234", "04716661234", "12348", "010-12345678-801"])
def test_phone_ok(phone):
    v.validate_phone(phone)


@pytest.mark.parametrize("phone", ["1381234567", "23812345678", "phone", "471-6661234", ""])
def test_phone_bad(phone):
    with pytest.raises(ValidationError) as exc:
        v.validate_phone(phone)
    assert "电话号码格式不正确" in exc.value.messages[0]


def test_amount_and_date_order():
    import datetime as dt

    v.validate_non_negative(0)
    with pytest.raises(ValidationError, match="负数"):
        v.validate_non_negative(-0.01)
    v.validate_date_order(dt.date(2025, 1, 1), dt.date(2025, 1, 1), "受理日期", "决定日期")
    with pytest.raises(ValidationError) as exc:
        v.validate_date_order(dt.date(2025, 1, 2), dt.date(2025, 1, 1), "受理日期", "决定日期")
    assert "决定日期" in exc.value.messages[0] and "不能早于" in exc.value.messages[0]


def test_division_code():
    v.validate_division_code("990101")
    v.validate_division_code("990101001")
    with pytest.raises(ValidationError):
        v.validate_division_code("99010")


def test_masks():
    assert v.mask_phone("13812345678") == "138****5678"
    assert v.mask_id("11010519491231002X") == "110105********002X"
