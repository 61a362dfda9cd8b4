"""政务服务 figures imported from the provincial integrated service platform's statistical export (.xlsx), not typed:
one row per unit, its columns mapped to `services.*` keys by data/service-platform.tsv (an office whose platform
titles a column differently adds the title there). A rate the export does not state is computed from the two counts
the mapping names. The file is read in read-only (streamed) mode within the import limits; every value is checked
as a reported figure is, and the whole file is written or none of it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from openpyxl import load_workbook

from fazhi import safezip
from fazhi.core.models import OrgUnit
from fazhi.core.registers.base import units_for
from fazhi.core.registers.excel import ImportError_, check_upload

from . import catalogue
from .models import DataValue

MAPPING = Path(__file__).parent / "data" / "service-platform.tsv"
UNIT_TITLES = ("单位名称", "地区名称", "区划名称", "部门名称", "行政区划", "地区", "单位", "部门")
HEADER_SCAN = 10  # a title block above the header row (表名、统计时间) is skipped
EVIDENCE = "省一体化政务服务平台统计导出：{name}"


@dataclass(frozen=True)
class Column:
    key: str
    titles: tuple[str, ...]
    ratio: tuple[str, str] | None = None  # (numerator title, denominator title)


@dataclass
class PlatformRow:
    row: int
    unit: OrgUnit
    values: dict[str, Decimal]


def _clean(title) -> str:
    return re.sub(r"[\s（(]*[%％][）)]?$|\s+", "", str(title or "")).replace("“", "").replace("”", "").replace('"', "")


def mapping(path: Path = MAPPING) -> list[Column]:
    columns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, titles, *rest = [*line.split("\t"), ""]
        ratio = tuple(_clean(t) for t in rest[0].split("/")) if rest and "/" in rest[0] else None
        columns.append(Column(key.strip(), tuple(_clean(t) for t in titles.split("｜") if t.strip()), ratio))
    return columns


def _number(value) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return Decimal(str(value))
    text = str(value).strip().replace(",", "").replace("，", "").rstrip("%％项件个")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(f"“{value}”不是数字") from None


def _header(rows) -> tuple[int, list[str]] | None:
    for number, row in enumerate(rows, start=1):
        titles = [_clean(c) for c in row]
        if any(t in UNIT_TITLES for t in titles):
            return number, titles
        if number >= HEADER_SCAN:
            return None
    return None


def read_export(upload, user) -> tuple[list[PlatformRow], list[ImportError_]]:
    """The export's rows as (unit, {key: value}); errors name the row and column (nothing is written here)."""
    errors = check_upload(upload)
    if errors:
        return [], errors
    try:
        safezip.check(upload, name="Excel文件")
        wb = load_workbook(upload, read_only=True, data_only=True)
    except safezip.ZipLimitError as exc:
        return [], [ImportError_(0, "", str(exc))]
    except Exception:
        return [], [ImportError_(0, "", "无法读取该 Excel 文件，请确认文件未损坏。")]
    rows = wb.worksheets[0].iter_rows(values_only=True)
    found = _header(rows)
    if found is None:
        return [], [ImportError_(0, "", f"前{HEADER_SCAN}行中没有找到表头：表头应有“单位名称”（或“地区”“部门名称”）一列。")]
    header_row, titles = found
    columns = mapping()
    where = {t: i for i, t in reversed(list(enumerate(titles))) if t}
    unit_col = next(where[t] for t in UNIT_TITLES if t in where)
    direct = {}
    for c in columns:
        hit = next((where[t] for t in c.titles if t in where), None)
        if hit is not None:
            direct[c.key] = hit
    ratios = {c.key: (where[c.ratio[0]], where[c.ratio[1]]) for c in columns
              if c.key not in direct and c.ratio and all(t in where for t in c.ratio)}
    if not direct and not ratios:
        return [], [ImportError_(header_row, "", "表头中没有可识别的政务服务指标列；请核对列名，或由办公室在"
                                              "“政务服务平台列名对照表”（service-platform.tsv）中补充。")]
    units: dict[str, list[OrgUnit]] = {}
    for u in units_for(user, DataValue, "add"):
        units.setdefault(u.name, []).append(u)
    cat, out, errors = catalogue.catalogue(), [], []
    limit = settings.FAZHI["IMPORT_MAX_ROWS"]
    for number, row in enumerate(rows, start=header_row + 1):
        if number - header_row > limit:
            return [], [ImportError_(number, "", f"超过一次导入的上限（{limit}行）。")]
        cells = list(row)
        name = str(cells[unit_col] if unit_col < len(cells) and cells[unit_col] is not None else "").strip()
        if not name or name in {"合计", "总计", "小计"}:
            continue
        matches = units.get(name, [])
        if len(matches) != 1:
            errors.append(ImportError_(number, titles[unit_col], f"单位“{name}”在您可填报的单位中有{len(matches)}个同名，"
                                                                  "请在导出表中使用单位全称。" if matches else
                                       f"找不到单位“{name}”，或您无权为其填报数据。"))
            continue
        unit = matches[0]
        values: dict[str, Decimal] = {}
        for key, col in direct.items():
            try:
                value = _number(cells[col] if col < len(cells) else None)
            except ValueError as exc:
                errors.append(ImportError_(number, titles[col], f"{exc}。"))
                continue
            if value is not None:
                values[key] = value
        for key, (num, den) in ratios.items():
            try:
                a, b = (_number(cells[c] if c < len(cells) else None) for c in (num, den))
            except ValueError as exc:
                errors.append(ImportError_(number, titles[num], f"{exc}。"))
                continue
            if a is not None and b:
                values[key] = (a * 100 / b).quantize(Decimal("0.01"))
        for key, value in values.items():
            meta = cat.get(key)
            if meta and meta.kind == "rate" and not 0 <= value <= 100:
                errors.append(ImportError_(number, meta.label, f"“{meta.label}”应在0至100之间（现为{value}）。"))
        out.append(PlatformRow(number, unit, values))
    if not out and not errors:
        errors.append(ImportError_(header_row + 1, "", "表头以下没有数据行。"))
    return out, errors


def import_export(upload, user, year: int, progress=lambda done, total=None, stage="": None
                  ) -> tuple[dict, list[ImportError_]]:
    """Read and write a platform export for `year`: ({created, updated, unchanged}, errors); all or nothing."""
    from django.core.exceptions import ValidationError
    from django.db import transaction

    from . import actions

    rows, errors = read_export(upload, user)
    if errors:
        return {}, errors
    name = getattr(upload, "name", "导出表")
    stats = {"created": 0, "updated": 0, "unchanged": 0}
    progress(0, len(rows), "写入")
    try:
        with transaction.atomic():
            for done, row in enumerate(rows, start=1):
                progress(done, len(rows), "写入")
                for key, value in row.values.items():
                    try:
                        outcome = actions.import_platform_value(row.unit, key, str(year), value,
                                                                EVIDENCE.format(name=name), acting_user=user)
                    except ValidationError as exc:
                        errors.append(ImportError_(row.row, catalogue.catalogue()[key].label, "；".join(exc.messages)))
                        continue
                    stats[outcome] += 1
            if errors:
                raise _Rollback
    except _Rollback:
        return {}, errors
    return stats, []


class _Rollback(Exception):
    pass
