"""Rubrics as data: load a year's items from a TSV or Excel file (all or nothing, with row errors), copy a rubric
to a new year. The shipped file holds the 2021 示范指标体系's structure with the items in short form, one point
each; the assessing body edits weights, methods and targets for its year."""

from __future__ import annotations

import csv
import io
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from fazhi.indicators import catalogue

from .models import Rubric, RubricItem

DEFAULT_FILE = Path(__file__).with_name("data") / "rubric-2021.tsv"
COLUMNS = ["code", "name", "weight", "method", "key", "target", "evidence"]
HEADERS = {
    "编号": "code",
    "名称": "name",
    "分值": "weight",
    "评分方式": "method",
    "对应指标": "key",
    "目标值": "target",
    "佐证材料要求": "evidence",
}


def read_rows(name: str, content: bytes) -> list[dict]:
    """Rows of a .tsv/.csv/.xlsx rubric file as dicts keyed by COLUMNS (Chinese or English headers)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        from fazhi.safezip import ZipLimitError, check

        try:
            check(content, name="指标文件")
        except ZipLimitError as exc:
            raise ValidationError(str(exc)) from None
        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).active
        except Exception:
            raise ValidationError("无法读取该Excel文件，请确认文件为 .xlsx 格式且未损坏。") from None
        table = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    elif suffix in (".tsv", ".csv", ".txt"):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("文件不是UTF-8编码的文本，请另存为UTF-8后再导入。") from None
        table = list(csv.reader(io.StringIO(text), delimiter="\t" if suffix != ".csv" else ","))
    else:
        raise ValidationError(f"不支持的文件类型“{suffix or '无扩展名'}”，请上传 .xlsx、.tsv 或 .csv 文件。")
    if not table:
        raise ValidationError("文件是空的。")
    header = [HEADERS.get(h.strip(), h.strip()) for h in table[0]]
    missing = [c for c in ("code", "name") if c not in header]
    if missing:
        raise ValidationError(
            "表头缺少列：" + "、".join(missing) + "（需要 编号、名称、分值、评分方式、对应指标、目标值）。"
        )
    return [
        dict(zip(header, (c.strip() for c in row), strict=False))
        for row in table[1:]
        if any(c.strip() for c in row)
    ]


METHOD_ALIASES = {
    "": "manual",
    "manual": "manual",
    "自评": "manual",
    "自评＋评审": "manual",
    "at_least": "at_least",
    "达标": "at_least",
    "at_most": "at_most",
    "不超过": "at_most",
}


def _decimal(text: str, label: str, row: int, errors: list[str]) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        errors.append(f"第{row}行：{label}“{text}”不是数字。")
        return None


@transaction.atomic
def load(unit, year: int, rows: list[dict], *, name: str = "", replace: bool = False) -> Rubric:
    """Create (or, with replace, rebuild) the rubric of `unit` for `year` from rows; any error → nothing saved."""
    errors: list[str] = []
    rubric = Rubric.objects.filter(unit=unit, year=year).first()
    if rubric and rubric.items.exists() and not replace:
        raise ValidationError(f"{unit}已有{year}年度的指标体系；如需重新导入，请选择“覆盖”。")
    if rubric and rubric.assessments.exists():
        raise ValidationError(f"{year}年度已有单位按该指标体系开展考核，不能整体覆盖；请逐项修改分值。")
    if rubric:
        rubric.items.all().delete()
    else:
        rubric = Rubric(unit=unit, year=year)
    if name:
        rubric.name = name
    rubric.full_clean()
    rubric.save()
    by_code: dict[str, RubricItem] = {}
    keys = catalogue.catalogue()
    for row_no, row in enumerate(rows, start=2):
        code, label = row.get("code", "").rstrip("."), row.get("name", "")
        parts = code.split(".")
        if not code or not all(p.isdigit() for p in parts) or len(parts) > 3:
            errors.append(f"第{row_no}行：编号“{code}”应为 1、1.1 或 1.1.1 形式。")
            continue
        if code in by_code:
            errors.append(f"第{row_no}行：编号“{code}”重复。")
            continue
        if not label:
            errors.append(f"第{row_no}行：缺少名称。")
            continue
        parent = by_code.get(".".join(parts[:-1])) if len(parts) > 1 else None
        if len(parts) > 1 and parent is None:
            errors.append(f"第{row_no}行：编号“{code}”的上级指标“{'.'.join(parts[:-1])}”不在它之前。")
            continue
        item = RubricItem(
            rubric=rubric,
            parent=parent,
            code=code,
            level=len(parts),
            section=parts[0],
            name=label,
            evidence=row.get("evidence", "")[:200],
        )
        if item.level == 3:
            method = METHOD_ALIASES.get(row.get("method", ""))
            if method is None:
                errors.append(
                    f"第{row_no}行：评分方式“{row.get('method')}”应为 manual、at_least 或 at_most。"
                )
                continue
            item.method = method
            item.weight = _decimal(row.get("weight", ""), "分值", row_no, errors) or Decimal(0)
            item.target = _decimal(row.get("target", ""), "目标值", row_no, errors)
            item.key = row.get("key", "") if method != "manual" else ""
            if item.key and item.key not in keys:
                errors.append(f"第{row_no}行：对应指标“{item.key}”不在指标目录中。")
                continue
        try:
            item.full_clean(exclude=["rubric", "parent"])
        except ValidationError as exc:
            errors.extend(f"第{row_no}行：{m}" for m in exc.messages)
            continue
        item.save()
        by_code[code] = item
    leaves = [i for i in by_code.values() if i.level == 3]
    if not errors and not leaves:
        errors.append("文件中没有三级指标（编号形如 1.1.1），无法评分。")
    if errors:
        raise ValidationError(errors)
    return rubric


def load_default(unit, year: int, *, replace: bool = False) -> Rubric:
    return load(unit, year, read_rows(DEFAULT_FILE.name, DEFAULT_FILE.read_bytes()), replace=replace)


@transaction.atomic
def copy_to_year(rubric: Rubric, year: int) -> Rubric:
    """Start next year's rubric from this one (weights are then edited for the new year)."""
    rows = [
        {
            "code": i.code,
            "name": i.name,
            "weight": str(i.weight),
            "method": i.method,
            "key": i.key,
            "target": "" if i.target is None else str(i.target),
            "evidence": i.evidence,
        }
        for i in rubric.items.order_by("pk")
    ]
    new = load(rubric.unit, year, rows, name=rubric.name)
    new.grade_bands = rubric.grade_bands
    new.save()
    return new


def export_rows(rubric: Rubric) -> list[list[str]]:
    header = list(HEADERS)
    rows = [
        [
            i.code,
            i.name,
            str(i.weight) if i.level == 3 else "",
            i.method if i.level == 3 else "",
            i.key,
            "" if i.target is None else str(i.target),
            i.evidence,
        ]
        for i in rubric.items.order_by("pk")
    ]
    return [header, *rows]
