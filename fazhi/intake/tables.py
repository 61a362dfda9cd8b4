"""Statistics tables read as the sentence a report would write. A 行政执法统计年报 (the annual enforcement statistics
that Zhejiang, Shanxi, Guangdong and other provinces have every enforcement body publish) gives its figures as tables:
a row of column names ("警告 | 罚款 | … | 合计(宗) | 罚没金额(万元)"), often under one spanning heading ("行政处罚实施
数量(宗)"), then a row of figures. Read cell by cell the numbers lose their names; rewritten as "行政处罚实施数量合计
108156宗，其中警告12175宗，…；罚没金额1753.79万元。" the lexicon reads them like any report's prose."""

from __future__ import annotations

import re

FIGURE = re.compile(r"-?\d+(\.\d+)?%?")
TOTAL = re.compile(r"^(合计|总计|小计|总数|共计)")
UNIT = re.compile(r"[(（]\s*([^()（）\d]{1,4})\s*[)）]$")  # the unit a column states: "合计(宗)", "罚没金额（万元）"
# the unit a column's name implies when it states none
NAMED_UNIT = (("次数", "次"), ("人次", "人次"), ("人数", "人"), ("率", "%"), ("金额", "元"), ("件数", "件"), ("宗数", "宗"),
              ("场次", "场次"))
# a table of items, one per row, each with its figure ("项目 | 数量 | 备注" / "开展普法讲座次数 | 28 | 涉及民法典…")
ITEM_HEAD = re.compile(r"^(序号\s*\|\s*)?(项目|指标|类别|内容|名称|工作内容|工作项目|事项)\s*\|\s*(数量|数值|数据|完成情况|次数|人数|件数|总数|合计)\s*(\||$)")
# a table's caption naming what its rows count ("表1:省区市和兵团受理行政复议案件情况(按数量降序排列)")
CAPTION = re.compile(r"^表[\d一二三四五六七八九十]{1,2}\s*[:：]\s*(?P<what>[^|，。；]{4,40}?)(情况|统计表?|一览表)?"
                     r"\s*([(（](?P<note>[^()（）]{1,12})[)）])?$")
COUNTED = (("案件", "件"), ("申请", "件"), ("人数", "人"), ("人次", "人次"))  # what a caption counts, and its unit
LEADING_FIGURE = re.compile(r"^(-?\d+(\.\d+)?)(.*)$")
WHOLE = re.compile(r"^(合计|总计|全县|全市|全区|全旗|全省|本机关|本单位|本部门)$")  # a labelled row of the whole body


def _cells(line: str) -> list[str] | None:
    """A table row's cells ("a | b | c |"), empty ones dropped; None for a line that is not a row."""
    if "|" not in line:
        return None
    return [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]


def _rows_of_cells(lines: list[str]) -> list[str]:
    """Rows some copies print one cell per line — a bare "|" opens a row, each cell ends on "|" — joined into one line;
    lines of empty spanning cells ("|||||") dropped."""
    out: list[str] = []
    row: list[str] | None = None

    def close():
        if row:
            out.append(" | ".join(row) + " |")

    for line in lines:
        if line == "|":
            close()
            row = []
        elif row is not None and re.fullmatch(r"[^|]+\|", line):
            row.append(line[:-1].strip())
        else:
            close()
            row = None
            if not re.fullmatch(r"[|\s]+", line):
                out.append(line)
    close()
    return out


def _column(name: str, spanning_unit: str) -> tuple[str, str]:
    """A column's name without its unit, and its unit (its own, the one its name implies, or the spanning heading's)."""
    stated = UNIT.search(name)
    bare = re.sub(r"\s+", "", UNIT.sub("", name))
    if stated:
        return bare, stated.group(1).strip()
    return bare, next((unit for ending, unit in NAMED_UNIT if bare.endswith(ending)), spanning_unit)


def _sentence(header: list[str], values: list[str], spanning: str) -> str:
    """The figures of one row as prose: the total first with its parts after 其中, columns of other units after ；."""
    heading, heading_unit = _column(spanning, "") if spanning else ("", "")
    columns = []
    for name, value in zip(header, values, strict=True):
        bare, unit = _column(name, heading_unit)
        columns.append((bare, value, "" if value.endswith("%") else unit))
    total = next((c for c in columns if TOTAL.match(c[0]) and c[2] == heading_unit), None)

    def said(column):
        return f"{column[0]}{column[1]}{column[2]}"

    if total is not None:
        parts = [c for c in columns if c is not total and c[2] == heading_unit]
        others = [c for c in columns if c is not total and c[2] != heading_unit]
        text = heading + said(total) + ("，其中" + "，".join(said(c) for c in parts) if parts else "")
        return text + ("；" + "，".join(said(c) for c in others) if others else "") + "。"
    return (f"{heading}：" if heading else "") + "，".join(said(c) for c in columns) + "。"


def _items(lines: list[str], start: int, numbered: bool) -> list[str]:
    """The rows of a table of items under its header, each as its own sentence ("开展普法讲座次数28次。涉及民法典…。"):
    its name, its figure in the unit the cell or the name gives, and its note apart (it counts nothing)."""
    out = []
    for line in lines[start:]:
        cells = _cells(line)
        if numbered and cells and re.fullmatch(r"\d{1,3}", cells[0]):
            cells = cells[1:]  # (the 序号 column)
        if not cells or len(cells) < 2 or FIGURE.fullmatch(cells[0]):
            break
        figure = LEADING_FIGURE.match(cells[1].replace(" ", ""))
        if not figure:
            break
        unit = figure.group(3) or next((u for ending, u in NAMED_UNIT if cells[0].endswith(ending)), "")
        note = "。".join(cells[2:])
        out.append(f"{cells[0]}{figure.group(1)}{unit}。" + (f"{note}。" if note else ""))
    return out


def _captioned_total(cells: list[str], caption: re.Match | None) -> str:
    """A total row under a caption ("总计 | 183489 |" under "表1:…受理行政复议案件情况") as the sentence of the whole:
    "…受理行政复议案件总计183489件。" — the rows above it count the parts, by place or by body."""
    if not caption or len(cells) != 2 or not TOTAL.match(cells[0]) or not re.fullmatch(r"\d+(\.\d+)?", cells[1]):
        return ""
    what = caption.group("what")
    stated = (caption.group("note") or "").strip()
    unit = stated if len(stated) <= 2 and not re.search(r"\d", stated) else \
        next((u for ending, u in COUNTED if what.endswith(ending)), "")
    return f"{what}{cells[0]}{cells[1]}{unit}。" if unit else ""


def read_tables(lines: list[str]) -> list[str]:
    """The lines with each statistics table's heading, column names and row of figures rewritten as one sentence
    (a row labelled as the whole body — "合计", "全县" — counts too; rows of single units are left as they are)."""
    lines = _rows_of_cells(lines)
    out: list[str] = []
    caption = None
    i = 0
    while i < len(lines):
        caption = CAPTION.match(lines[i]) or (caption if _cells(lines[i]) else None)
        whole = _captioned_total(_cells(lines[i]) or [], caption)
        if whole:
            out.append(whole)
            i += 1
            continue
        if ITEM_HEAD.match(lines[i]):
            items = _items(lines, i + 1, numbered=lines[i].startswith("序号"))
            if items:
                out.extend(items)
                i += 1 + len(items)
                continue
        header = _cells(lines[i])
        values = _cells(lines[i + 1]) if i + 1 < len(lines) else None
        if header and values and len(header) >= 2 and not any(FIGURE.fullmatch(c) for c in header):
            label = ""
            if len(values) == len(header) and not FIGURE.fullmatch(values[0]) and WHOLE.match(values[0]):
                label, header, values = values[0], header[1:], values[1:]  # "单位 | 警告 | …" / "全县 | 12 | …"
            if len(header) == len(values) and all(FIGURE.fullmatch(v) for v in values):
                spanning = ""
                above = (_cells(out[-1]) or [out[-1]]) if out else []
                if len(above) == 1 and UNIT.search(above[0]) and len(above[0]) <= 30 \
                        and not re.search("[，。；,;]", above[0]):
                    spanning = above[0]  # "行政处罚实施数量(宗) | ||||": the heading over the columns, in their unit
                    out.pop()
                out.append((f"{label}：" if label and not TOTAL.match(label) else "")
                           + _sentence(header, values, spanning))
                i += 2
                continue
        out.append(lines[i])
        i += 1
    return out
