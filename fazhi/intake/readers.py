"""Reading .txt, .docx, .pdf (text layer) and .html into plain text. Errors are IntakeError with a Chinese message."""

from __future__ import annotations

import html
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from .tables import FIGURE  # a cell that is a bare figure

SUPPORTED = (".txt", ".docx", ".pdf", ".html", ".htm")


class IntakeError(Exception):
    """A file that cannot be read; the message says why, in Chinese."""


def read_bytes(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".txt":
        return _decode(data)
    if suffix == ".docx":
        return _docx(data)
    if suffix == ".pdf":
        return _pdf(data)
    if suffix in (".html", ".htm"):
        return html_text(_decode(data))
    raise IntakeError(f"不支持的文件类型“{suffix or '无扩展名'}”，支持 {'、'.join(SUPPORTED)}。")


def read_path(path: str | Path) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IntakeError(f"无法读取文件：{exc.strerror or exc}") from None
    return read_bytes(str(path), data)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IntakeError("无法识别文本编码（既不是UTF-8也不是GB18030）。")


def _docx(data: bytes) -> str:
    import io

    from fazhi.safezip import ZipLimitError, check

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            zf.getinfo("word/document.xml")  # a DOCX at all, before the size check
            check(data, name="DOCX文件")
            xml = zf.read("word/document.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError):
        raise IntakeError("不是有效的DOCX文件（可能已损坏，或是旧版 .doc 改了扩展名）。") from None
    except ZipLimitError as exc:
        raise IntakeError(str(exc)) from None
    xml = re.sub(r"<w:tr[ >].*?</w:tr>", _docx_row, xml, flags=re.S)
    paragraphs = []
    for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(tab)/>", para)
        paragraphs.append("".join(html.unescape(t) if t else "\t" for t, tab in texts))
    return "\n".join(paragraphs)


def _paragraph_text(xml: str) -> str:
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def _docx_row(match: re.Match) -> str:
    """A table row of short cells ("受理行政复议案件 | 37件") is one line, its cells apart by a space, so a figure stays
    with its name; a row of long cells (a layout table) keeps its paragraphs."""
    cells = [_paragraph_text(c).strip() for c in re.findall(r"<w:tc[ >].*?</w:tc>", match.group(0), re.S)]
    cells = [c for c in cells if c]
    line = row_line(cells)
    if line is None:
        return match.group(0)
    return f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>"


ROW_CELLS, CELL_CHARS = 6, 40  # a data row: a few short cells (a name, a number, a unit, a note)
# a row of the page's own fields (标题 | …报告 | 发布日期 | …): its cells stay lines of their own, as the title and date
# readers expect them
FIELD_CELL = re.compile(r"(索\s*引\s*号|标\s*题|题\s*名|名\s*称|发布机构|发文机关|发文单位|发布日期|发布时间|发文日期|成文日期|"
                        r"发文字号|文\s*号|主题分类|体裁分类|组配分类|有效性|时\s*效|效力状态|来\s*源|信息来源|生成日期|公开方式|"
                        r"公开范围|责任部门|关键词|所属机构|分\s*类)\s*[:：]?")


def row_line(cells: list[str]) -> str | None:
    """A row of short cells as one line: the cells of a statistics table — a row of column names or of bare figures,
    or any row of more cells than a data row has — apart by "|", so the table can be read column by column
    (`tables.read_tables`); a data row's few cells apart by a space. None for a row of long cells (a layout table)."""
    short = all(len(c) <= CELL_CHARS and "\n" not in c for c in cells) and not any(FIELD_CELL.fullmatch(c) for c in cells)
    figures = sum(bool(FIGURE.fullmatch(c)) for c in cells)
    if short and (len(cells) > ROW_CELLS or len(cells) >= 3 and figures in (0, len(cells))):
        return " | ".join(cells) + " |"
    return " ".join(cells) if _short_row(cells) else None


def _short_row(cells: list[str]) -> bool:
    return 1 < len(cells) <= ROW_CELLS and all(len(c) <= CELL_CHARS and "\n" not in c for c in cells) \
        and not any(FIELD_CELL.fullmatch(c) for c in cells)


def _pdf(data: bytes) -> str:
    import io

    try:
        import pdfplumber
    except ImportError:
        raise IntakeError("读取PDF需要 pdfplumber（pip install pdfplumber）。") from None
    try:
        with pdfplumber.open(io.BytesIO(data)) as doc:
            pages = [_pdf_page_text(page) for page in doc.pages]
    except Exception:
        raise IntakeError("无法打开该PDF文件（可能已损坏或已加密）。") from None
    text = "\n".join(pages)
    if len(re.sub(r"\s", "", text)) < 20:
        raise IntakeError("该PDF没有文本层（可能是扫描件），请先进行文字识别（OCR）后再导入。")
    return re.sub(r"\n\s*[-—－]\s*\d+\s*[-—－]\s*\n", "\n", text)  # page numbers "— 1 —"


def _pdf_page_text(page) -> str:
    """A page's text with each ruled table read row by row (its cells apart by "|", as from a web page or a Word file)
    in its place: the text layer alone runs a table's cells together and breaks its names over lines."""
    tables = sorted(page.find_tables(), key=lambda table: table.bbox[1])
    if not tables:
        return page.extract_text() or ""
    parts, top = [], 0
    for table in tables:
        _, upper, _, lower = table.bbox
        if upper > top:
            parts.append(_text_between(page, top, upper))
        for row in table.extract():
            cells = [re.sub(r"\s+", "", cell or "") for cell in row]  # (a name broken over lines in its cell is one)
            cells = [cell for cell in cells if cell]
            line = row_line(cells) if cells else ""
            parts.append("\n".join(cells) if line is None else line)
        top = max(top, lower)
    parts.append(_text_between(page, top, page.height))
    return "\n".join(part for part in parts if part)


def _text_between(page, upper: float, lower: float) -> str:
    """The page's text whose lines sit between two heights (by their middle: a line set right under a table may
    touch its edge, and a table's own characters are read with its rows)."""
    return page.filter(lambda obj: obj.get("object_type") != "char"
                       or upper <= (obj["top"] + obj["bottom"]) / 2 <= lower).extract_text() or ""


CELL = "\x03"  # a table cell's edge while its row is read


class _Text(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "select", "form", "iframe"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.link = 0
        self.rows: list[int] = []  # where each open table row's text begins in parts

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "a":
            self.link += 1
        if tag == "tr":
            self.rows.append(len(self.parts))
        if tag in ("td", "th"):
            self.parts.append(CELL)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag == "a" and self.link:
            self.link -= 1
        if tag in ("td", "th"):
            self.parts.append(CELL)
        elif tag == "tr" and self.rows:
            at = self.rows.pop()  # a row of short cells is one line ("受理行政复议案件 37件"): a figure stays with its name
            cells = [c.strip() for c in "".join(self.parts[at:]).split(CELL) if c.strip()]
            line = row_line(cells)
            self.parts[at:] = ["\n" + ("\n".join(cells) if line is None else line) + "\n"]
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(f"\x01{data}\x02" if self.link else data)


def html_text(source: str) -> str:
    """The article of a web page: navigation, link lists and page furniture dropped; from the title line to the
    signature, 印发 line or 此件公开发布."""
    parser = _Text()
    parser.feed(source)
    lines = []
    for line in "".join(parser.parts).replace(CELL, "\n").split("\n"):
        stripped = line.strip()
        outside = re.sub(r"\x01[^\x02]*\x02|[\s>›»/|·-]", "", stripped)
        if not stripped or ("\x01" in stripped and len(outside) <= 2):
            continue  # empty, or nothing but links (menus, breadcrumbs, related articles)
        lines.append(stripped.replace("\x01", "").replace("\x02", ""))
    start = next((i for i, t in enumerate(lines) if "报告" in t and len(t) <= 80), 0)
    if start > 0 and ("关于" in lines[start - 1] or re.search(r"(委|政府|局|办公室)$", lines[start - 1])) \
            and len(lines[start - 1]) <= 40:
        start -= 1
    end = len(lines)
    for i in range(len(lines) - 1, start, -1):
        if re.search(r"\d{4}年\d{1,2}月\d{1,2}日(印发)?$|此件公开发布", lines[i]):
            end = i + 1
            break
    return "\n".join(lines[start:end])
