"""The report as a DOCX laid out per GB/T 9704-2012 《党政机关公文格式》 (DESIGN §6).

A4; type area 156 × 225 mm: top margin 37 mm, binding (left) margin 28 mm, so right 26 mm and bottom 35 mm; body 3号
(16 pt) 仿宋_GB2312 at 22 lines per page (exact line spacing 225 mm / 22 ≈ 28.95 pt) and 28 characters per line;
title 2号 (22 pt) 方正小标宋简体; headings 一、 黑体, （一） 楷体_GB2312, 1. and （1） 仿宋; page numbers 4号 (14 pt)
半角 宋体 "— 1 —", odd pages right, even pages left, one character in from the edge; 版记 with 抄送 and 印发 lines.
The official fonts are commercial: their names are kept in the file (offices have them) and `fonts/fonts.conf`
maps them to free faces for server-side PDF rendering.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .render import Bound, Paragraph, chinese_date, figure_table

FANGSONG, HEITI, KAITI, XBS, SONGTI = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
SIZE_2, SIZE_3, SIZE_4 = Pt(22), Pt(16), Pt(14)
LINE = Pt(28.95)  # 22 lines in the 225 mm type area
CHAR = Pt(16)  # one character of body text, for indents
RED = RGBColor(0xE6, 0x00, 0x12)
PAGE = {"width": Mm(210), "height": Mm(297), "top": Mm(37), "bottom": Mm(35), "left": Mm(28), "right": Mm(26)}


def set_font(run, east_asian: str, size, bold: bool = False, color: RGBColor | None = None) -> None:
    """Name the font for Chinese and Latin text alike and mark the run as zh-CN."""
    run.font.name = east_asian if east_asian != SONGTI else "Times New Roman"
    run.font.size = size
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _format(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=None, left=None, right=None, line=LINE) -> None:
    pf = p.paragraph_format
    pf.alignment = align
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.first_line_indent = first_indent
    pf.left_indent = left
    pf.right_indent = right
    pf.widow_control = False


AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
              "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
              "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
              "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
              "w:rPr", "w:sectPr", "w:pPrChange")


def _border(p, side: str, size_eighths: int, color: str = "000000") -> None:
    ppr = p._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:  # in the schema's place: readers (LibreOffice) skip a border out of order
        borders = OxmlElement("w:pBdr")
        ppr.insert_element_before(borders, *AFTER_PBDR)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size_eighths))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    borders.append(el)


def _page_number(footer, align) -> None:
    p = footer.paragraphs[0]
    _format(p, align=align, left=CHAR if align == WD_ALIGN_PARAGRAPH.LEFT else None,
            right=CHAR if align == WD_ALIGN_PARAGRAPH.RIGHT else None, line=Pt(20))
    set_font(p.add_run("— "), SONGTI, SIZE_4)
    run = p.add_run()
    set_font(run, SONGTI, SIZE_4)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    set_font(p.add_run(" —"), SONGTI, SIZE_4)


def _body(doc, para: Paragraph) -> None:
    """A body paragraph: in-line headings (（一）…。) in their font, the rest 仿宋, figures plain text."""
    p = doc.add_paragraph()
    _format(p, first_indent=2 * CHAR)
    lead_font = {2: KAITI, 3: FANGSONG, 4: FANGSONG}.get(para.level, FANGSONG)
    remaining = para.lead
    for run in para.runs:
        text = run.text
        if remaining > 0 and not run.key:
            head, text = text[:remaining], text[remaining:]
            remaining -= len(head)
            set_font(p.add_run(head), lead_font, SIZE_3, bold=para.level == 3)
        if text:
            set_font(p.add_run(text), FANGSONG, SIZE_3)


def build(bound: Bound, appendix: bool = False) -> bytes:
    r = bound.report
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE["width"], PAGE["height"]
    section.top_margin, section.bottom_margin = PAGE["top"], PAGE["bottom"]
    section.left_margin, section.right_margin = PAGE["left"], PAGE["right"]
    section.footer_distance, section.header_distance = Mm(21), Mm(15)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")  # 28.95 pt in twentieths

    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FANGSONG, SIZE_3
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FANGSONG)

    body_start = doc.paragraphs[0] if doc.paragraphs else None
    if r.doc_number:  # 版头: issuer mark in red, document number, red separator
        p = body_start or doc.add_paragraph()
        _format(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(50))
        mark = r.issuer if r.issuer.endswith("文件") else f"{r.issuer}文件"
        set_font(p.add_run(mark), XBS, Pt(min(36, 430 // max(len(mark), 1))), color=RED)  # one line across 156 mm
        p = doc.add_paragraph()
        _format(p)
        p = doc.add_paragraph()
        if r.signers.strip():  # 上行文 (7.2.4): 发文字号 left, one character in, on the line of the 签发人 (right)
            _format(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=CHAR, right=CHAR)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - 2 * CHAR, WD_TAB_ALIGNMENT.RIGHT)
            set_font(p.add_run(f"{r.doc_number}\t"), FANGSONG, SIZE_3)
            set_font(p.add_run("签发人："), FANGSONG, SIZE_3)
            set_font(p.add_run("　".join(n.strip() for n in r.signers.replace("，", "、").split("、") if n.strip())),
                     KAITI, SIZE_3)
        else:  # 下行文/平行文: centred
            _format(p, align=WD_ALIGN_PARAGRAPH.CENTER)
            set_font(p.add_run(r.doc_number), FANGSONG, SIZE_3)
        _border(p, "bottom", 12, "E60012")
        doc.add_paragraph()
    title = doc.add_paragraph() if r.doc_number or body_start is None else body_start
    _format(title, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    set_font(title.add_run(r.title), XBS, SIZE_2)
    _format(doc.add_paragraph())
    p = doc.add_paragraph()
    _format(p)
    set_font(p.add_run(f"{r.addressee}："), FANGSONG, SIZE_3)
    for para in bound.intro:
        _body(doc, para)
    for s in bound.sections:
        p = doc.add_paragraph()
        _format(p, first_indent=2 * CHAR)
        set_font(p.add_run(s.heading), HEITI, SIZE_3)
        for para in s.paragraphs:
            _body(doc, para)
    # Signature and date: the date 4 characters in from the right, the issuer centred over it.
    _format(doc.add_paragraph())
    _format(doc.add_paragraph())
    date_text = chinese_date(r.signed_on) if r.signed_on else "    年  月  日"
    shift = max(0, (len(date_text) - len(r.issuer)) / 2)
    p = doc.add_paragraph()
    _format(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(16 * (4 + shift)))
    set_font(p.add_run(r.issuer), FANGSONG, SIZE_3)
    p = doc.add_paragraph()
    _format(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=4 * CHAR)
    set_font(p.add_run(date_text), FANGSONG, SIZE_3)
    if r.status == r.Status.PUBLISHED:
        p = doc.add_paragraph()
        _format(p, first_indent=2 * CHAR)
        set_font(p.add_run("（此件公开发布）"), FANGSONG, SIZE_3)
    if appendix:
        _appendix(doc, bound)
    if r.cc or r.printer:
        _colophon(doc, r)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _colophon(doc, r) -> None:
    """版记 (7.4): 抄送 and 印发 lines between full-width rules — thick first and last, thin between — at the foot
    of the last page, its last line on the last line of the type area. Each line is a frame (w:framePr) placed from
    the foot of the type area, which Word and LibreOffice both honour, so it stays there however long the text above
    runs; one frame per line because LibreOffice does not float a frame whose lines have different borders."""
    lines = ([f"抄送：{r.cc.rstrip('。')}。"] if r.cc else []) + ["printer"]
    line_twips = int(LINE.pt * 20)
    bottom = int(Mm(225).pt * 20)
    for index, text in enumerate(lines):
        above = len(lines) - 1 - index  # lines between this one and the foot of the type area
        p = doc.add_paragraph()
        _format(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=CHAR, right=CHAR)
        frame = OxmlElement("w:framePr")
        place = {"yAlign": "bottom"} if not above else {"y": str(bottom - (above + 1) * line_twips)}
        for name, value in {"w": str(int(Mm(156).pt * 20)), "hAnchor": "margin", "vAnchor": "margin",
                            "xAlign": "center", **place, "wrap": "around"}.items():
            frame.set(qn(f"w:{name}"), value)
        p._p.get_or_add_pPr().insert(0, frame)
        if index == 0:  # eighths of a point: 1 pt ≈ 0.35 mm for the first and last rules, 0.5 pt between
            _border(p, "top", 8)
        _border(p, "bottom", 8 if not above else 4)
        if text == "printer":
            printed = f"{chinese_date(r.printed_on)}印发" if r.printed_on else "印发"
            p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - 2 * CHAR, WD_TAB_ALIGNMENT.RIGHT)
            text = f"{r.printer}\t{printed}"
        set_font(p.add_run(text), FANGSONG, SIZE_4)
    _format(doc.add_paragraph(), line=Pt(1))  # the frames anchor to the paragraph after them


def _appendix(doc, bound: Bound) -> None:
    """附件: every bound figure with its value and source (for the reviewer of the report)."""
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    _format(p)
    set_font(p.add_run("附件"), HEITI, SIZE_3)
    p = doc.add_paragraph()
    _format(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    set_font(p.add_run("报告所引数据及来源"), XBS, SIZE_2)
    rows = figure_table(bound)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, ("指标", "数值", "单位", "来源"), strict=True):
        cell.text = ""
        set_font(cell.paragraphs[0].add_run(text), HEITI, Pt(12))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = ""
            set_font(cell.paragraphs[0].add_run(text), FANGSONG, Pt(12))

