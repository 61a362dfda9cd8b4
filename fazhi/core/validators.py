"""Validators for the identifiers and values users and files send (messages in Chinese).

- 统一社会信用代码: GB 32100-2015, 18 characters, check character over a 31-symbol alphabet.
- 公民身份号码: GB 11643-1999, 18 characters, ISO 7064 MOD 11-2 check digit (X = 10).
"""

import datetime as dt
import re
from decimal import Decimal

from django.core.exceptions import ValidationError

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
DIVISION_CODE_RE = re.compile(r"^\d{6}$")
MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
HOTLINE_RE = re.compile(r"^(12345|12348|12388|110|119|120)$")


def uscc_check_char(first17: str) -> str:
    """The 18th character of a 统一社会信用代码 for its first 17 (GB 32100-2015 §4 and annex)."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(value: str) -> None:
    """统一社会信用代码: 18 characters from the GB 32100 alphabet with a valid check character."""
    code = (value or "").strip().upper()
    if len(code) != 18:
        raise ValidationError("统一社会信用代码应为18位，当前为%(n)d位。", code="uscc_length", params={"n": len(code)})
    bad = [c for c in code if c not in USCC_ALPHABET]
    if bad:
        raise ValidationError(
            "统一社会信用代码含有不允许的字符“%(c)s”（不使用 I、O、S、V、Z）。", code="uscc_chars", params={"c": bad[0]}
        )
    if not DIVISION_CODE_RE.match(code[2:8]):
        raise ValidationError("统一社会信用代码第3至8位应为行政区划码（6位数字）。", code="uscc_region")
    if uscc_check_char(code[:17]) != code[17]:
        raise ValidationError("统一社会信用代码校验位不正确，请核对。", code="uscc_checksum")


def id_check_digit(first17: str) -> str:
    """The 18th character of a 公民身份号码 (GB 11643-1999: ISO 7064 MOD 11-2)."""
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def validate_citizen_id(value: str) -> None:
    """公民身份号码: 18 characters, a real date of birth, and a valid check digit."""
    code = (value or "").strip().upper()
    if len(code) != 18 or not code[:17].isdigit() or not (code[17].isdigit() or code[17] == "X"):
        raise ValidationError("公民身份号码应为18位（前17位为数字，末位为数字或X）。", code="id_format")
    try:
        born = dt.date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        raise ValidationError("公民身份号码中的出生日期不存在。", code="id_birth")
    if born < dt.date(1800, 1, 1) or born > dt.date.today():
        raise ValidationError("公民身份号码中的出生日期不在合理范围内。", code="id_birth")
    if id_check_digit(code[:17]) != code[17]:
        raise ValidationError("公民身份号码校验位不正确，请核对。", code="id_checksum")


def validate_division_code(value: str) -> None:
    """Six-digit administrative division code (GB/T 2260); a township code may carry 9 digits."""
    if not re.fullmatch(r"\d{6}(\d{3})?", value or ""):
        raise ValidationError("行政区划代码应为6位数字（乡镇级可为9位）。", code="division_code")


def validate_phone(value: str) -> None:
    """A mainland mobile number, a landline with area code (0xxx-xxxxxxx), or a public hotline."""
    v = (value or "").strip().replace(" ", "")
    if MOBILE_RE.match(v) or LANDLINE_RE.match(v) or HOTLINE_RE.match(v):
        return
    raise ValidationError(
        "电话号码格式不正确：手机号应为以1开头的11位数字，固定电话应带区号（如 0471-1234567）。", code="phone"
    )


def validate_non_negative(value) -> None:
    """Amounts and counts may not be negative."""
    if value is not None and Decimal(value) < 0:
        raise ValidationError("金额或数量不能为负数。", code="negative")


def validate_date_order(earlier: dt.date | None, later: dt.date | None, earlier_label: str, later_label: str) -> None:
    """Raise when `later` is before `earlier` (both optional)."""
    if earlier and later and later < earlier:
        raise ValidationError(
            "%(later)s（%(l)s）不能早于%(earlier)s（%(e)s）。",
            code="date_order",
            params={"later": later_label, "earlier": earlier_label, "l": later, "e": earlier},
        )


def mask_id(value: str) -> str:
    """Show the first 6 and last 4 of an ID number, as is customary (110101********1234)."""
    if not value:
        return value
    return value[:6] + "*" * max(len(value) - 10, 0) + value[-4:] if len(value) > 10 else "*" * len(value)


def mask_phone(value: str) -> str:
    """Keep the first 3 and last 4 digits of a phone number."""
    if not value or len(value) < 8:
        return "*" * len(value or "")
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def check_party_identifiers(party_type: str, id_number: str, uscc: str, id_field: str, uscc_field: str) -> None:
    """A natural person carries a 公民身份号码, an organisation a 统一社会信用代码 — not the other way round."""
    if party_type == "person" and uscc:
        raise ValidationError({uscc_field: "自然人无需填写统一社会信用代码。"})
    if party_type == "organisation" and id_number:
        raise ValidationError({id_field: "法人或其他组织请填写统一社会信用代码，而非公民身份号码。"})


def text_lines(text: str | None) -> list[str]:
    """The non-empty lines of a multi-line field (laws to popularise, duties, topics), stripped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def refuse_duplicate(obj, field: str, message: str, **lookup) -> None:
    """Raise {field: message} when another row of obj's model matches `lookup` (a one-per-unit-and-period rule checked
    in clean(), so forms and imports say which record already exists instead of failing at the constraint)."""
    if any(v is None or v == "" for v in lookup.values()):
        return
    if type(obj).objects.filter(**lookup).exclude(pk=obj.pk).exists():
        raise ValidationError({field: message})
