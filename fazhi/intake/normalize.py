"""Text normalisation: full-width digits and signs, words and numbers split across lines or page breaks,
spaces between digits and Chinese, Chinese numerals and 万/亿 multipliers."""

from __future__ import annotations

import re
import unicodedata

FULL_WIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９％．＋－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"}
FULL_WIDTH.update({0x3000: 0x20, 0xA0: 0x20})
CJK = r"\u3400-\u9fff"
END = "。！？：；”’）》」』"
FURNITURE = re.compile(r"扫一扫在手机上查看当前页面|在手机上查看|打印本页|关闭窗口|【?字[体号][:：]\s*[大中小 ]+】?|"
                       r"^(分享到|来源[:：]|发布时间|浏览次数|阅读[:：]|相关链接|上一篇|下一篇|返回顶部)")

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(text: str) -> int | None:
    """二十七 → 27, 两 → 2, 三千 → 3000, 一百零五 → 105, 十二 → 12; None when not a Chinese numeral."""
    if not text:
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        elif ch == "万":
            total = (total + section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def _join_lines(lines: list[str]) -> list[str]:
    """Re-join paragraphs split by line or page breaks: a long line ending mid-sentence continues on the next."""
    out: list[str] = []
    for line in lines:
        if (out and out[-1] and line and len(out[-1]) >= 20 and out[-1][-1] not in END
                and not re.match(r"[一二三四五六七八九十]+、", out[-1]) and not out[-1].endswith("报告")
                and not (line.endswith(("：", ":")) and len(line) <= 30)
                and re.match(rf"[{CJK}\d“《（(%、，,.]", line)
                and not re.match(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|抄送|\d{4}年\d{1,2}月\d{1,2}日", line)):
            out[-1] += line
        else:
            out.append(line)
    return out


def normalize(text: str) -> str:
    """The normalised text: one paragraph per line, no page-furniture lines."""
    text = unicodedata.normalize("NFC", text).translate(FULL_WIDTH).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", "\n")
    lines = []
    for raw in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", raw).strip()
        if not line:
            continue
        if FURNITURE.search(line) and len(line) < 40:
            continue
        # spaces between digits and Chinese (or %, 〔〕) carry nothing: "培训班 3 次" → "培训班3次"
        line = re.sub(rf"(?<=[\d%])\s+(?=[{CJK}%〔〕（）])|(?<=[{CJK}〔〕（）：，、])\s+(?=\d)", "", line)
        joiner = "" if len(line) > 30 else " "  # keep "中共某县委 某县人民政府" apart in short lines
        line = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", joiner, line)
        lines.append(line)
    return "\n".join(_join_lines(lines))
