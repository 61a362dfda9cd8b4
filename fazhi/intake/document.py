"""Metadata, outline and mandated sections of a report's normalised text."""

from __future__ import annotations

import datetime as dt
import re

from .normalize import BULLET, INDEX_CODE, STAMP_ALONE
from .normalize import BYLINE as SOURCE_LINE

DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
CN_DATE = re.compile(r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")  # ("二〇〇五年九月二十二日")
DOC_NUMBER = re.compile(r"[\u3400-\u9fff]{1,12}[〔\[［(（](\d{4})[〕\]］)）]\d{1,4}号")
ORG = re.compile(r"(委|政府|局|办公室|委员会|厅|办|院|司法所|人民政府|总署|海关|街道|办事处|镇|乡|县|(?<!示范)区|市|州|旗|盟|(?<!全)省|(?<![干内])部|"
                 r"事务中心|服务中心|管理中心|执法大队|执法支队|执法总队|政研室|研究室|路政大队|稽查大队|监察大队|监察支队|档案馆|图书馆|博物馆|文化馆|联合会|联社|合作社|交易中心|救援大队|救援支队|"
                 r"(?<=[局委厅办署])[)）]?党组|(?<=[局委厅办署])[)）]?党委)"
                 r"([(（][^()（）]{2,12}[)）])?$")  # "火炬高新区(中山港街道)"
LEVELS = [
    (1, re.compile(r"^[一二三四五六七八九十]{1,3}、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
    (3, re.compile(r"^\d{1,2}[.．、](?!\d)")),
    (4, re.compile(r"^[（(]\d{1,2}[）)]")),
]
RUN = re.compile(r"([一二三四五六七八九十]是)")
KINDS = [  # checked in order: the duty heading mentions 加强法治政府建设, so it comes before measures
    ("duty", re.compile(r"第一责任人|主要负责人|履行.{0,8}职责")),
    ("shortcomings", re.compile(r"不足|问题|差距|短板|薄弱")),
    ("plans", re.compile(r"下一步|下一年度|打算|安排|计划|思路|展望|\d{4}年(度)?(工作)?(重点|任务)")),
    ("other", re.compile(r"其他|其它")),
    ("measures", re.compile(r"举措|成效|主要工作|工作开展|开展情况|基本情况|主要做法|工作情况|进展|做法|成绩|推进")),
]
MANDATED = ["measures", "shortcomings", "duty", "plans"]
SECTION_LABELS = {"measures": "主要举措和成效", "shortcomings": "不足和原因", "duty": "第一责任人履职",
                  "plans": "下一年度安排"}


def classify(heading: str) -> str:
    body = LEVELS[0][1].sub("", heading)
    for kind, pattern in KINDS:
        if pattern.search(body):
            return kind
    return "other"


def outline(text: str) -> list[dict]:
    """Headings as a flat list with levels and offsets (1 一、 2 （一） 3 1. 4 （1） 5 一是…)."""
    out, pos = [], 0
    for line in text.split("\n"):
        for level, pattern in LEVELS:
            if pattern.match(line) and (level > 1 or len(line) <= 60):
                head = re.split(r"[。：:]", line, maxsplit=1)[0] if level > 1 else line
                out.append({"level": level, "heading": head[:80], "start": pos, "end": pos + len(line)})
                break
        else:
            for m in RUN.finditer(line):
                tail = line[m.start():]
                out.append({"level": 5, "heading": re.split(r"[。；]", tail, maxsplit=1)[0][:60],
                            "start": pos + m.start(), "end": pos + m.start() + len(tail.split("。")[0])})
        pos += len(line) + 1
    return out


def sections(text: str, heads: list[dict]) -> list[dict]:
    """The top-level sections (一、…) with their kind, running to the next one (or the end of the body)."""
    tops = [h for h in heads if h["level"] == 1]
    end_of_body = _end_of_body(text)
    out = []
    for i, h in enumerate(tops):
        end = tops[i + 1]["start"] if i + 1 < len(tops) else end_of_body
        out.append({"kind": classify(h["heading"]), "heading": h["heading"], "start": h["start"], "end": end})
    return out


def _end_of_body(text: str) -> int:
    m = re.search(r"\n(抄送|[^\n]{0,30}印发\s*$)", text, re.M)
    return m.start() if m else len(text)


# a web page's own fields before its title ("索引号:… 发布机构:… 标题:…关于…的报告", "[ 标 题 ] …"), often run into one line
FIELD_LABEL = re.compile(r"^(\s*|.{0,100}?[\d\s日|])((标\s*题|题\s*名|(信息)?名\s*称)\s*[:：|]|[\[【［]\s*(标\s*题|题\s*名|名\s*称)\s*[\]】］])\s*")
# the document number a page sets before the title ("[天政发〔2026〕7号]天水市人民政府关于…")
NUMBER_PREFIX = re.compile(r"^[\[［【(（][^\]］】)）]{0,16}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号[\]］】)）]")


# the page's other fields set after the title on its line ("…情况报告 信息来源: 发布时间:2024-01-02")
FIELDS_AFTER = re.compile(r"\s*(发布日期|发布时间|文章来源|信息来源|来源|发文机关|发布机构|成文日期|浏览次数|点击数)\s*[:：].*$")


def _unlabelled(lines: list[str]) -> list[str]:
    return [FIELDS_AFTER.sub("", NUMBER_PREFIX.sub("", _label_off(line))) for line in lines]


def _label_off(line: str) -> str:
    """The line without the page's label before the title — and, the title set in a table row after its label
    ("标题: | 某局…报告 | ||"), without the row's borders."""
    bare = FIELD_LABEL.sub("", line, count=1)
    return re.sub(r"^[\s|｜]+|[\s|｜]+$", "", bare) if bare != line else line


def _field(line: str) -> bool:
    """A line of a page's own fields (a table row, "索引号：…", a label alone): neither title nor issuer."""
    from .normalize import FIELD_LINE

    return bool(FIELD_LINE.match(line.strip()))


# the fields a government page states about the document, as "label：value", "| label | value |" or a label alone on
# its line with the value on the next
FIELD_NAMES = ("发文机关", "发布机构", "发布日期", "发布时间", "发文时间", "发文日期", "时间", "生成日期")
FIELD_VALUE = re.compile(r"[\s:：|\]】]*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}|[^\s|:：\[【]{2,40})")


def page_fields(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    head = [line.strip().lstrip("•·▪●◆-– ").strip() for line in lines[:30]]
    for i, line in enumerate(head):
        for name in FIELD_NAMES:
            if name in out:
                continue
            if _heading(line):  # ("三、审验时间" heads the body's own dates, not the page's)
                break
            for m in re.finditer({"时间": "(?<![成文生发布])时间", "生成日期": "(?<!公文)生成日期"}.get(name, name), line):
                # (a 公文生成日期 is when the document was made, not when the page was)
                rest = line[m.end():]
                if not rest.strip(" |:：]】") and i + 1 < len(head):  # the label alone, its value on the next line
                    rest = " " + next((h for h in head[i + 1:i + 3] if h), "")  # (a blank line between)
                v = FIELD_VALUE.match(rest)
                if v and not v.group(1).startswith(FIELD_NAMES):
                    out[name] = v.group(1)
                    break
    return out


def _heading(line: str) -> bool:
    """A heading of the body (一、… （一）…): an excerpt that starts with one has no title."""
    return any(pattern.match(line) for _, pattern in LEVELS)


def _organ_line(line: str) -> bool:
    clean = line.replace(" ", "")
    return 2 < len(clean) <= 30 and bool(ORG.search(clean)) and not clean.endswith("文件") and ":" not in clean \
        and "：" not in clean


def _addressed(line: str) -> bool:
    """A 主送 line ("省委、省政府：") names whom the report is for, never its title or issuer."""
    return line.rstrip().endswith((":", "："))


# the title of an annual return that is not called a report ("…2023年度行政执法工作年报", "…2024年度行政执法数据表")
ANNUAL_RETURN = re.compile(r"20\d{2}年度?[\u4e00-\u9fff]{0,20}(年报|数据表)$")
PART_HEADING = re.compile(r"(第[一二三四五六七八九十]+部分|表[一二三四五六七八九十\d]+)")  # a part or table of it, not its title


def title_of(lines: list[str]) -> str:
    """The title: the first early line with 报告, with the line holding 关于 and the organ line above it when the
    title was set over several lines."""
    fielded = _title_field(lines[:30])
    if fielded:
        return fielded
    head = _rejoined_title(_unlabelled(lines[:15]))
    bylined = _bylined_title([line.strip() for line in lines[:15]])
    for i, line in enumerate(head):
        if "报告" in (bylined or "") and re.sub(r"\s+", "", line) != bylined and not re.search(r"20\d{2}", line):
            continue  # a column's name ("中国法治政府发展报告") above the headline over its byline
        if ("报告" in line or ANNUAL_RETURN.search(line) and not PART_HEADING.match(line)) and len(line) <= 80 \
                and not line.startswith(("现将", "根据", "]", "】")) and "。" not in line \
                and not re.search(r"如下[:：]?$|现将", line) \
                and not _field(line) and not _column_heading(line, head[i + 1:i + 3]):
            nxt = re.sub(r"\s+", "", head[i + 1]) if i + 1 < len(head) else ""
            bare = re.sub(r"\s+", "", line)
            if nxt and nxt != bare and "报告" in nxt and bare.endswith(nxt) \
                    and re.search(r"网站|年报|专栏|目录|首页", bare[:-len(nxt)]):  # ("某网站 某局 政府信息公开年报 …报告")
                i, line = i + 1, head[i + 1]  # a trail of the site's sections ending in the title, then the title
            start = i
            if "关于" not in line and i > 0 and "关于" in head[i - 1] and len(head[i - 1]) <= 40:
                start = i - 1
            elif len(line) <= 8 and i > 0 and len(head[i - 1]) <= 40 and not re.search(r"[。：:，]", head[i - 1]) \
                    and not _field(head[i - 1]):  # "东疆综合保税区2025年度法治政府建设 / 情况报告"
                start = i - 1
            elif i > 0 and re.search(r"20\d{2}年度?$", head[i - 1].strip()) and len(head[i - 1]) <= 40 \
                    and not _field(head[i - 1]) and not re.search(r"20\d{2}年", line):  # "某局2024年度 / 法治政府建设工作报告"
                start = i - 1
            elif i > 0 and re.search(r"20\d{2}年.*(法治|依法)[^。：:，,]*$", head[i - 1].strip()) and len(head[i - 1]) <= 40 \
                    and len(line) <= 16 and not _field(head[i - 1]) and not re.search(r"20\d{2}年|关于", line):
                start = i - 1  # a title broken mid-phrase: "武昌区关于2024年推进法治政府 / 建设工作情况的报告"
            if re.match(r"关于|20\d{2}年", head[start].replace(" ", "")):  # the organ lines set above it ("中共某镇委员会
                while start > 0 and _organ_line(head[start - 1]):  # 某镇人民政府 / 关于…的报告")
                    start -= 1
                if start == i:  # a page's title without its organ, set again below under the organ's name
                    again = next((j for j in range(i + 1, len(head)) if head[j] == line and _organ_line(head[j - 1])), 0)
                    start, i = (again - 1, again) if again else (start, i)
            title = re.sub(r"\s+", "", "".join(head[start:i + 1])).strip("|")  # (a title set in a one-cell table row)
            title = re.sub(r"^20\d{2}(?=[\u4e00-\u9fff][^\d]{0,20}20\d{2}年)", "", title)  # a site's year prefixed
            # to the title that names its year again ("2025湖口县大垅乡2025年度…报告")
            title = re.sub(r"^《(.+)》[(（]?(全文)?[)）]?$", r"\1", title)  # a page quoting it: "《…报告》(全文)"
            # a cover letter sending the report up: the report is the title ("关于报送《…情况报告》的报告")
            title = re.sub(r"^关于(报送|呈报|上报|提交|报请审议)《(.+(报告|总结))》的(报告|函|请示)$", r"\2", title)
            # "…报告 2024-12-12": its date; "…报告 上海市统计局 2020-06-08": who posted it, and when
            return re.sub(r"(?<=报告)([\u4e00-\u9fff]{2,30}?)?[(（]?\d{4}[-.年]\d{1,2}[-.月]\d{1,2}日?[)）]?$", "", title)
    if bylined:
        return bylined
    first_named = next((m.group(1) for line in lines[:15] if (m := ORIGINAL_TITLE.match(line.strip()))), "")
    if first_named:  # a copy that gives its headline only as the one it first ran under ("原标题:聊城市民政局…")
        return first_named
    if bylined is None:  # a byline under no headline: the page's furniture is above it ("省份 / 城市 / 北京市 / …")
        return ""
    body = [line for line in head if not _field(line) and not STAMP_ALONE.fullmatch(line) and not re.fullmatch(r"[A-Za-z0-9/\-.]+|有效|法治政府|引言|前言|概述|摘要|目\s*录", line)]
    for line in body[:6]:  # a page's title without 报告: "四川省教育厅2025年法治政府(部门)建设工作情况"
        bare = re.sub(r"\s+", "", line)
        if re.search(r"20\d{2}年", bare) and re.search("法治政府(部门)?建设", bare) and len(bare) <= 60 \
                and not re.search("[。，,：:]", bare) and not _heading(bare):
            return bare
    titled = next((bare for line in body[:6] if DOC_TITLE.fullmatch(bare := re.sub(r"\s+", "", line))), "")
    if titled:  # a 公文 of another kind under the page's furniture: "某办关于印发…的通知", "《…的通知》的政策解读"
        return titled
    datelined = _headline_over_dateline([line.strip() for line in lines[:30]])
    if datelined:  # a news item copied without its byline: the headline over "新华社北京1月27日电…"
        return datelined
    first = re.sub(r"\s+", "", body[0]) if body else ""
    if len(body) > 1 and _organ_line(first) and re.match(r"关于[^。，,：:]{4,60}(通知|公告|意见|决定|批复|函|方案|请示|通报)$",
                                                         re.sub(r"\s+", "", body[1])):
        return first + re.sub(r"\s+", "", body[1])  # a 公文's title under its organ's name: "某局 / 关于开展…的通知"
    # an excerpt that starts with its first paragraph, a heading or whom it is addressed to has no title
    if len(first) <= 60 and not _addressed(first) and not _heading(first) and "。" not in first \
            and not PART_HEADING.match(first) \
            and not DOC_NUMBER.fullmatch(first) and not SITE_NAME.search(first) \
            and re.search(r"[\u4e00-\u9fff]{2}", first):  # nor its 文号 alone (nor a stray table border: "|")
        # ("保政呈〔2025〕5号"), nor the name of the site that carries it ("天津政务网", "…出版社"); a listed title's
        # date after it is when it was posted
        return LISTED_DATE.sub("", first)
    # a page without a title line whose preface names the report it puts out ("…要求，现发布《亳州市商务局2024年政府信息
    # 公开工作年度报告》。")
    # (or whose first sentence opens with it: "广元市体育局2024年政府信息公开工作年度报告,根据《条例》…编制。")
    named = next((m for line in head[:3] if (m := PUT_OUT.search(line.replace(" ", "")))), None)
    return (named.group("title") or named.group("opens")) if named else ""


# the title of a 公文 that is not a report, whole on its line: an organ's notice, decision or opinion on something, or
# the reading of a policy that names it
DOC_KINDS = "通知|公告|通告|意见|决定|批复|方案|通报|请示|办法|规定|细则|函"
DOC_TITLE = re.compile(rf"[^。，,：:；;|]{{2,40}}?关于[^。：:；;|]{{4,80}}的({DOC_KINDS})|《[^《》]{{6,80}}》的?(政策)?解读")
BYLINE = re.compile(SOURCE_LINE.pattern + r"|(发布时间|发布日期)\s*[:：]\s*\d{4}")  # where it comes from, or when it was put up
LISTED_DATE = re.compile(r"([(（]\d{4}-\d{1,2}-\d{1,2}[)）]|(?<=[\u4e00-\u9fff])\s*\d{4}-\d{1,2}-\d{1,2})$")  # the date a list of titles sets after each ("…情况 (2015-04-23)")


# a news item's dateline ("新华社北京1月27日电", "本报讯") and the photo credit or reporter's line set above it
DATELINE = re.compile(r"^(本报讯|(新华社|中新社|中新网|本报|人民网|央广网|光明网)[\u4e00-\u9fff]{0,8}(\d{1,2}月)?(\d{1,2}日)?电)")
CREDIT = re.compile(r"^[\u4e00-\u9fff]{2,8}发?\s*[\u4e00-\u9fff]{2,4}\s*(作|摄)$|^(记者|通讯员|文/|图/|摄影)")


def _headline_over_dateline(head: list[str]) -> str:
    """The headline over a news item's dateline, past a photo credit ("2022年8608家网站平台被网信部门约谈" / "新华社发 王鹏
    作" / "新华社北京1月27日电…"): not a line of the page's furniture, fields or breadcrumb."""
    for j, line in enumerate(head):
        if DATELINE.match(line.replace(" ", "")):
            k = j - 1
            while k >= 0 and CREDIT.match(head[k]):
                k -= 1
            above = re.sub(r"\s+", "", head[k]) if k >= 0 else ""
            if 6 <= len(above) <= 60 and "。" not in above and re.search(r"[\u4e00-\u9fff]{6}", above) \
                    and not _field(head[k]) and not _heading(above) and not _site_name(above) \
                    and not STAMP_ALONE.fullmatch(above) and not re.search(r"[|｜>＞»:：]", above):
                return above
            return ""
    return ""


TITLE_WORD = r"(?:标\s*题|题\s*名)"  # a page's title field, its label set three ways:
TITLE_INLINE = re.compile(rf"^[\[【]?\s*{TITLE_WORD}\s*[\]】]?\s*[:：]\s*([^|｜:：]{{6,100}})$")  # "标  题: …"
TITLE_CELL = re.compile(rf"^[|｜]?\s*(?:{TITLE_WORD}|信息名称)\s*[|｜]\s*([^|｜]{{6,100}}?)\s*[|｜]")  # "信息名称 | … |"
TITLE_LABEL = re.compile(rf"^[\[【]?\s*{TITLE_WORD}\s*[\]】]?\s*[:：]?$")  # "标  题:" alone, the title below


def _title_field(head: list[str]) -> str:
    """The page's own title field, its label alone on its line and the title on the next ("标  题:" / "市人民政府办公室关于
    …的通报"): what the page says its document is called, over any line a guess would take (a spam line at the top)."""
    for line in head:  # (or in a row of the page's table of fields: "信息名称 | 【线下政策宣讲】市民政局开展…活动 | 内容概述 |",
        m = TITLE_CELL.match(line.strip()) or TITLE_INLINE.match(line.strip())  # or after its label: "标  题: …的通知")
        if m and "。" not in m.group(1):  # (without the document number a page sets before it: "[天政发〔2026〕7号]…")
            return NUMBER_PREFIX.sub("", FIELDS_AFTER.sub("", re.sub(r"\s+", "", m.group(1))))
    for i, line in enumerate(head[:-1]):
        if TITLE_LABEL.match(line.strip()):
            value = re.sub(r"\s+", "", head[i + 1])
            if 6 <= len(value) <= 100 and "。" not in value and not _field(head[i + 1]):
                return value
    return ""


ORIGINAL_TITLE = re.compile(r"原标题\s*[:：]\s*([^。，,]{6,60})$")
AUTHOR_CREDIT = re.compile(r"[\u4e00-\u9fff·]{2,5}[/／|｜][\u4e00-\u9fff]{2,10}")


def _under_the_headline(line: str) -> bool:
    """A line a page sets between its headline and the byline or stamp: the subtitle ("——我市…纪实"), the author and
    outlet ("田云华/央视新闻"), or a listing's unlabelled fields (its index number, the publisher)."""
    return line.startswith("——") or bool(AUTHOR_CREDIT.fullmatch(line) or INDEX_CODE.fullmatch(line)) \
        or _organ_line(line) and len(line) <= 16


def _bylined_title(head: list[str]) -> str | None:
    """A page's headline, on the line above its byline ("来源:北京青年报 2019-03-27 10:11"): a news item or a
    statistics page is not called a report. The line above a breadcrumb or a site's name is not a headline; a byline
    under no headline is None."""
    for i, line in enumerate(head[:12]):  # (below a platform's fields: 索引号, 文号, 来源, 公开日期 …)
        if i and (BYLINE.match(re.sub(r"^(责任)?编辑\s*[:：]\s*\S{0,6}\s+", "", line))  # ("责任编辑: 文章来源:…")
                  or STAMP_ALONE.fullmatch(line)):  # (or the date stamp alone: "2019-06-21 15:10:29")
            above = re.sub(r"\s+", "", head[i - 1])
            while i >= 2 and _under_the_headline(above):
                above, i = re.sub(r"\s+", "", head[i - 2]), i - 1
            if 6 <= len(above) <= 60 and re.search(r"20\d{2}|[\u4e00-\u9fff]{6}", above) and "。" not in above \
                    and not _field(head[i - 1]) and not _heading(above) and not _site_name(above) \
                    and not STAMP_ALONE.fullmatch(head[i - 1].strip()) \
                    and not re.search(r"[>＞»]|[:：]$", above):
                return LISTED_DATE.sub("", above)
            if STAMP_ALONE.fullmatch(line) or "。" in above:
                continue  # (a field's date value below its label: "公开日期 / 2024-10-24"; the source named at the
                # end of a short item, under its last paragraph: "文章来源: 番禺招聘网")
            return None  # (the lines above are the page's furniture: none is a title)
    return ""


PUT_OUT = re.compile(r"现(向社会)?(发布|公布|公开)《(?P<title>[^《》]{6,60}报告)》|"
                     r"^(?!现将|根据|按照)(?P<opens>[^，,。《》:：]{6,60}报告)([,，](根据|依据|按照)|\s*(?!如下)[\u4e00-\u9fff]{2,12}[:：])")
# (or whose run-together first line is its title and whom it is addressed to: "某局2025年…自查报告 市政府办: 为…")


SITE_NAME = re.compile(r"(网|网站|门户|出版社|集团|频道|客户端)$")


def _site_name(line: str) -> bool:
    """The name of the site that carries a page ("天津政务网"), not a headline that ends on websites ("2023年一季度全国
    网信系统累计约谈2203家网站")."""
    return bool(SITE_NAME.search(line)) and len(line) <= 16 and not re.search(r"\d{2}", line)


def _rejoined_title(head: list[str]) -> list[str]:
    """A title the page (a PDF set 28 characters to the line) broke anywhere, even inside 报告 ("…建设情况的报 / 告"):
    a line naming the year or 关于 with no sentence punctuation, and the short line after it that completes it."""
    out: list[str] = []
    i = 0
    while i < len(head):
        line = head[i]
        if i + 1 < len(head):
            nxt = head[i + 1]
            joined = re.sub(r"\s+", "", line + nxt)
            if "报告" not in line and len(line) <= 40 and re.search(r"20\d{2}年|关于", line) \
                    and (len(nxt) <= 30 or len(nxt) <= 50 and re.search(rf"》的({DOC_KINDS})$", nxt)) \
                    and not re.search(r"20\d{2}年", nxt) and not re.search(r"\d{1,2}月\d{1,2}日", line) \
                    and re.search(rf"(报告|总结|情况说明|的({DOC_KINDS}))$", joined) \
                    and not re.search(r"[。：:，,；;]", line + nxt) \
                    and not _field(line) and not _field(nxt):
                out.append(joined)
                i += 2
                continue
        out.append(line)
        i += 1
    return out


def _column_heading(line: str, following: list[str]) -> bool:
    """A page's column name ("镇街法治政府建设报告") set above the report's own title, which names the year."""
    return not re.search(r"20\d{2}", line) and any("报告" in n and re.search(r"20\d{2}", n) and len(n) <= 80
                                                     and "。" not in n and "如下" not in n
                                                     and not n.startswith(("根据", "按照", "现将", "——"))
                                                     for n in following)  # (a title, not prose: "根据…现将…报告如下：")


def _dates_at_end(lines: list[str]) -> list[tuple[int, dt.date, bool]]:
    out = []
    for i, line in enumerate(lines[-12:], start=max(0, len(lines) - 12)):
        m = DATE.fullmatch(line.replace(" ", "")) or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日印发", line.replace(" ", ""))
        if m:
            try:
                out.append((i, dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "印发" in line))
            except ValueError:
                continue
    return out


def published_on(lines: list[str]) -> dt.date | None:
    """The signature date, else the 印发 date."""
    dates = _dates_at_end(lines)
    signed = [d for _, d, printed in dates if not printed]
    printed = [d for _, d, p in dates if p]
    return (signed or printed or [None])[0]


POSTED = re.compile(r"(发布日期|发布时间|公开日期|发布于|更新时间|(?<![成文生稿])日期)\s*[:：]?\s*[\[【［]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
# (copied pages put spaces in a date: "日期: 2024- 01- 25 15: 27")
# else a page's own timestamp ("2026-01-29 15:19"), a date beside its 来源 ("2026-03-09 来源: 某局"), or its 发文日期
STAMPED = [re.compile(r"()(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s+\d{1,2}:\d{2}"),
           re.compile(r"(报告|总结)\s*[(（]?\s*(\d{4})\s*[-.年]\s*(\d{1,2})\s*[-.月]\s*(\d{1,2})日?\s*[)）]?$"),  # the date after a
           # listed title ("…报告 (2024-02-26)", "…报告 ( 2024年01月15日 )")
           re.compile(r"^()(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$"),  # a date alone on its line at the top
           re.compile(r"^[^。，,]{6,60}?()\s*[(（]\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*[)）]$"),  # a listed title's date
           re.compile(r"^[^。，,\d:：]{6,60}?()(\d{4})-(\d{1,2})-(\d{1,2})$"),  # (or run on: "走进社区矫正 关注社区矫正2023-09-01")
           re.compile(r"^()(\d{4})-(\d{1,2})-(\d{2})\d{1,2}时\d{1,2}分"),  # a stamp run into its time ("2025-01-1615时38分")
           re.compile(r"(报告|总结)\s*[\u4e00-\u9fff]{2,30}?\s*(\d{4})-(\d{1,2})-(\d{1,2})$"),  # "…报告 某局 2020-06-08"
           re.compile(r"^[\u4e00-\u9fff]{1,12}(科|处|室|办|局|中心)\s+(\d{4})-(\d{1,2})-(\d{1,2})$"),  # "政策法规科 2023-12-29":
           # the office that posted it and the date
           re.compile(r"()(\d{4})-(\d{1,2})-(\d{1,2})\s+(?=.*来源)"),
           re.compile(r"^()(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}时\d{1,2}分"),  # "2023年03月30日 09时24分"
           re.compile(r"^()(\d{4})年(\d{1,2})月(\d{1,2})日\s+\d{1,2}:\d{2}"),  # "2023年02月03日 15:19 来源:…"
           re.compile(r"^()(\d{4})-(\d{1,2})-(\d{1,2})[\u4e00-\u9fff]{2,4}$"),  # a journal page's date and author ("2022-02-26陈寒非")
           re.compile(r"^()(\d{4})-(\d{1,2})-(\d{1,2})\s+\S+\s+[\d.]+\s*[KM]B"),  # a document site's upload ("2024-12-13 999+
           # 21.14KB 11 页")
           re.compile(r"(?:最后)?更新(?:时间)?\s*[:：]\s*()(\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}"),  # "最后更新:23-05-01
           # 09:57:40": a two-digit year
           re.compile(r"^()[A-Z]?\d{1,2}版\s*(\d{4})年(\d{1,2})月(\d{1,2})日"),  # a newspaper's page ("A02版 2023年01月28日 国内")
           re.compile(r"(发文日期)\s*[:：]?\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})"),
           re.compile(r"(来源)\s*[:：]\s*[\u4e00-\u9fff]{2,20}?\s*(\d{4})-(\d{1,2})-(\d{1,2})$")]  # "来源:县政府办2022-03-10"


DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}")


def posted_on(lines: list[str]) -> dt.date | None:
    """The date the page says the report was put online (发布日期 of a government website), which is what 按时公开
    is judged by; None for a document without it (then it is entered or confirmed at upload)."""
    fields = page_fields(lines)
    for name in ("发布日期", "发布时间", "发文时间", "时间", "发文日期", "生成日期"):
        m = re.match(r"(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})", fields.get(name, ""))
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    for pattern in (POSTED, *STAMPED):
        for line in (BULLET.sub("", line) for line in lines[:30]):  # "  • 2025-03-05": a listed field's date
            m = pattern.search(line)
            if m:
                year = int(m.group(2))
                try:
                    return dt.date(year + 2000 if year < 100 else year, int(m.group(3)), int(m.group(4)))
                except ValueError:
                    return None
    for line in lines[:30]:  # a stamp some sites print day first, with its time ("15.03.2016  18:34")
        m = DAY_FIRST.fullmatch(line.strip())
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    return None


def fingerprint(text: str) -> str:
    """The content of a report whatever its format: its Chinese characters only (a DOCX, its PDF and its web page
    differ in line breaks, page numbers, spaces and page furniture, not in its words)."""
    import hashlib

    body = "".join(re.findall(r"[\u4e00-\u9fff]", text))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def issuer_of(lines: list[str], title: str, source: str = "") -> str:
    """The issuing body, the party organ and the government apart when the two issue together. `source` is the body
    the page names as its 来源 (read before page furniture goes): the issuer where nothing else names one, and the
    full name of a body the title gives by its level alone ("市科技局" posted with "来源:咸宁市科学技术局")."""
    issuer = _issuer(lines, title)
    news = not re.search(r"报告|总结|关于|规则|办法|意见|方案|通知|情况$", title)  # a news item's headline, not
    if source and (not issuer or _abbreviates(issuer, source)  # about the government itself ("某市人民政府2024年…情况")
                   or news and issuer.endswith("人民政府") and not title.startswith(issuer)):
        issuer = source  # (a news item a department posts on the government's site is the department's)
    return re.sub(r"^(中共\S+?(?:委员会|县委|区委|市委|镇委|乡委|党委|党工委))(?=\S+?(?:人民政府|办事处|管委会|管理委员会)$)",
                  r"\1 ", issuer)


def _abbreviates(short: str, full: str) -> bool:
    """"市科技局" for "咸宁市科学技术局": a body named by its level, its characters in order in the full name, which
    ends the same way."""
    if not re.match("[省市区县州旗]", short) or len(short) > 8 or short == full or short[-1] != full[-1]:
        return False
    at = 0
    for char in short:
        at = full.find(char, at) + 1
        if not at:
            return False
    return True


SOURCE = re.compile(r"(?:信息|文章)?来源(?:[(（]单位名称[)）])?\s*[:：]\s*(?!更新|发布|时间|浏览|点击)([\u4e00-\u9fff（）()]{2,30}?)"
                    r"(?=作者|时间|发布|浏览|编辑|点击|字号|$|[^\u4e00-\u9fff（）()])")  # ("来源:区司法局作者:…")


def page_source(lines: list[str]) -> str:
    """The body a page names as its 来源 ("来源:黄石市司法局 时间:…") — an organ, not a website, a newspaper, a section
    of the body (执法督察科) or a government's general office, which posts for every department."""
    for i, line in enumerate(lines[:30]):
        m = SOURCE.search(line)
        if not m and re.fullmatch(r"(信息|文章)?来\s*源\s*[:：]?", line.strip()):  # the label alone, its value below
            m = SOURCE.search("来源:" + next((n.strip() for n in lines[i + 1:i + 3] if n.strip()), ""))
        value = re.sub(r"(官网|官方网站|门户网站)$", "", m.group(1)) if m else ""  # "司法部官网": the body's own site
        if value and ORG.search(value) and not re.search("(网站|网|报|政府办公室|政府办|委办公室|办公厅)$", value):
            return value
    return ""


def _issuer(lines: list[str], title: str) -> str:
    """The issuing body: the signature (the organ above the date), else the 版头 (…文件) or the organ the title
    names before 关于 — unless the 版记's 印发机关 (the office that prints for the body: 中共某县委办公室 prints for
    中共某县委 某县人民政府) names another —, else an organ line at the end. Never the printing office itself."""
    tail = lines[-12:]
    for signed in (tail, lines):  # (a notice signs before the draft or the rules it puts out in full)
        for j, line in enumerate(signed):
            clean = line.replace(" ", "")
            if DATE.fullmatch(clean) and j > 0:
                candidate = signed[j - 1].strip()
                if (ORG.search(candidate.replace(" ", "")) or candidate.endswith("中心")) and len(candidate) <= 50:
                    # (a centre signs its own notices: "深圳市坪山区法律援助中心 / 2023年6月20日")
                    return re.sub(r"\s{2,}", " ", candidate)
    header = _header_organ(lines[:4]) or _title_organ(_unlabelled(lines[:15])) or _page_issuer(lines[:15]) \
        or _organs_above(lines[:15], title) or _organ_below(lines[:15], title) or _body_of_region(_named_before_year(title), lines[:15]) \
        or _region_posted_for(lines[:15]) or _reporting_body(lines[:15], title)
    if header and len(header) <= 6:  # a page naming its department bare ("发布机构 | 教育局"): as the title names it
        named = re.search(rf"{REGION}{re.escape(header)}", title.replace(" ", ""))  # ("连云区教育局…年度报告")
        government = header.startswith("政府") and re.search(
            rf"(?:20\d{{2}}年度?|关于(?:印发|公布|转发)?|印发)?(?P<region>{REGION})人民政府", title.replace(" ", ""))
        header = named.group(0) if named else f"{government.group('region')}人民{header}" if government \
            else _placed(header, lines[:15])  # ("政府办公室" posting "县政府办公室关于印发…沛县人民政府…的通知")
    # the 版记's 印发机关 is the issuing body's own office: its parent issues. Red 版头 are set in display faces that
    # a PDF often loses glyphs of (中共宁县委 for 中共宁城县委); the 版记 is body text — it decides when they differ.
    parent = re.sub(r"(办公室|办公厅)$", "", printed_by(lines))
    if header and (not parent or parent in header.replace(" ", "")):
        return header
    if parent:
        return parent
    after_title = next((i + 1 for i, line in enumerate(lines[:15]) if title and title.endswith(
        re.sub(r"\s+", "", line)[-12:] or "\0")), 0)  # an organ line at the end, not among a page's fields above
    ending = tail[max(0, after_title - (len(lines) - len(tail))):]
    byline = max((i for i, line in enumerate(lines[:15]) if BYLINE.match(line)), default=-1)  # in a short excerpt
    ending = ending[max(0, byline + 1 - (len(lines) - len(ending))):]  # the end is its head too: an organ line above
    # the page's byline is the page's ("省份 / 北京市 / … / 发布时间:…"), not a signature
    dated = next((k for k, line in enumerate(ending) if DATE.fullmatch(line.replace(" ", ""))
                  or CN_DATE.fullmatch(line.replace(" ", ""))), len(ending))
    ending = ending[:dated]  # (below the signature's date begins what it puts out: "…办公室 / 主要职责…规定")
    for line in reversed(ending):
        clean = line.replace(" ", "")
        if 2 < len(clean) <= 40 and ORG.search(clean) and not clean.startswith(("抄送", "法治")) and "印发" not in clean \
                and ":" not in clean and "：" not in clean and not _field(line) and not _heading(clean):
            return re.sub(r"\s{2,}", " ", line.strip())
    titled = _organ_the_title_opens_on(title, lines)
    if titled:
        return titled
    if not title:  # an excerpt without its title: the body its first paragraph opens on ("2024年，江苏省科学技术厅深入…")
        opening = next((OPENING_BODY.match(line.strip()) for line in lines[:6] if OPENING_BODY.match(line.strip())), None)
        if opening:
            return opening.group("organ")
    # an excerpt's first paragraph is not an organ, nor is a heading or the body it is addressed to
    # (nor the site's name above a headline and its byline: "深圳市罗湖区人民政府 / … / 来源:罗湖区人力资源局")
    first = lines[0] if lines and byline < 1 else ""
    return first if len(first) <= 40 and ORG.search(first.replace(" ", "")) and not _addressed(first) \
        and not _heading(first) and "报告" not in first \
        and not (title and title.startswith(first.replace(" ", ""))) else ""  # (not the first line of a title)


REGION = r"[\u4e00-\u9fff]{1,10}?(区|县|市|州|旗|盟|镇|乡|街道)"


def _organ_the_title_opens_on(title: str, lines: list[str]) -> str:
    """The organ a title opens on: before 关于 ("某局关于…的通知"); a government's own rules of work ("镇巴县人民政府
    工作规则"); a news item on the body's own site — no 来源 naming a paper — opening on the body whose work it
    reports ("垫江县司法局整合“微力量”…")."""
    m = re.match(r"(.+?)关于", title) or re.match(rf"({REGION}人民政府)(工作|议事)?(规则|规程)$", title)
    if not m and not any(SOURCE.search(line) for line in lines[:15]):  # (the headline's own part after its slogan:
        m = re.match(rf"({REGION}[\u4e00-\u9fff]{{1,8}}?(局|委员会|厅))(?!关于)[\u4e00-\u9fff“:：]",  # "关爱…——海林市民政局
                     title.split("——")[-1])  # 等四部门联合开展宣传活动")
    return m.group(1) if m and len(m.group(1)) > 1 and ORG.search(m.group(1)) \
        and not m.group(1).startswith(("转发", "印发", "《")) else ""  # (not a template's bare "市", nor the body a
    # forwarding notice quotes: "转发国家档案局关于…的通知" is forwarded by another)


def _placed(organ: str, head: list[str]) -> str:
    """A body the title names by its level alone ("市民政局2024年度…报告"), as the report's opening names it in full
    ("2024年，武汉市民政局坚持…"): not all of its kind (全市民政局系统)."""
    for line in head:  # the preface's own name for it ("现将金台区审计局政府信息公开工作…报告如下")
        m = REPORTING_BODY.search(line.replace(" ", ""))
        body = m and _preface_body(m)
        if body and body.endswith(organ) and body != organ:
            return body
    if not re.match("[省市区县州旗]", organ):
        return organ
    for line in head:
        m = re.search(rf"20\d{{2}}年度?[，,]((?![全各本我该])[\u4e00-\u9fff]{{1,5}}{re.escape(organ)})", line.strip())
        if m:
            return m.group(1)
    return organ
# the opening of a report's first paragraph names who reports: "2025年,在市委、市政府的坚强领导下,薛城区坚持…"
OPENING = re.compile(rf"^(20\d{{2}}年度?(以来)?[，,])?(在[^，,。]{{2,40}}[，,])?(?P<region>{REGION})(坚持|深入|始终|认真|紧紧|全面|以)")


OPENING_BODY = re.compile(r"20\d{2}年度?[，,](?P<organ>(?![省市区县州旗盟])[\u4e00-\u9fff]{1,12}(省|自治区|市|州|盟|区|县|旗)[\u4e00-\u9fff]{1,14}?"
                          r"(厅|局|委员会))(深入|认真|坚持|始终|紧紧|全面|严格|按照|以)")


def _region_posted_for(head: list[str]) -> str:
    """The page's 发布机构, unless it is a department of the region the report's opening names as the one
    reporting (a 司法局 posts the district's report: "发布机构:薛城区司法局" / "…薛城区坚持…"): then the region."""
    posted = _page_issuer(head, ("发布机构",))
    opening = next((OPENING.match(line.replace(" ", "")) for line in head if re.match(r"20\d{2}年", line.strip())), None)
    region = opening.group("region") if opening else ""
    if region and posted.startswith(region) and posted != region and re.search("(局|委|办|办公室)$", posted):
        return region
    return posted


POSTED_BY = re.compile(r"(发布机构|来源)\s*[:：]\s*([\u4e00-\u9fff]{2,30}(人民政府|办事处))")


def _body_of_region(named: str, head: list[str]) -> str:
    """A title that names only a place ("灵丘县2025年法治政府建设年度报告") is the report of the place's government;
    the page says which body that is when its 发布机构 or 来源 is the place's 人民政府 ("来源:云冈区人民政府" for
    "大同市云冈区…"). A department or any other name stays as the title gives it."""
    if not named or not re.fullmatch(REGION, named):
        return named
    for line in head:
        m = POSTED_BY.search(line.replace(" ", ""))
        place = m and m.group(2)[:-len(m.group(3))]
        if place and (place.startswith(named) or named.endswith(place) or place.endswith(named)):  # ("天津市宝坻区大唐庄镇")
            return m.group(2)
    return named


# a title that names no body ("2024年政府信息公开工作年度报告"): the preface says whose report it is ("结合2024年威海市文登区
# 人力资源和社会保障局政府信息公开工作实际，编制…", "现公布江门市人力资源和社会保障局2024年政府信息公开工作年度报告")
BODY = "(局|委员会|委|办公室|人民政府|办事处|厅|中心|档案馆|联合会|联社|大队|支队)"  # (the kinds of body a preface names)
REPORTING_BODY = re.compile(rf"(结合|汇总|现将|现公开|[现特](向社会)?(公开)?(公布|发布)《?)(20\d{{2}}年度?)?(?P<organ>[\u4e00-\u9fff]{{2,30}}?{BODY})"
                            r"([(（]以下简称[^()（）]{1,12}[)）])?(20\d{2}年度?)?的?"
                            rf"(政府信息公开|政务公开|信息公开)|由(?P<maker>[\u4e00-\u9fff]{{2,30}}?{BODY})"
                            r"([(（]以下简称[^()（）]{1,12}[)）])?((结合|按照|依据|根据)[^。]{0,80}?)?(负责)?编制|"
                            rf"(?P<compiler>[\u4e00-\u9fff]{{2,30}}?{BODY})(特|已)?编制(了)?(20\d{{2}}年度?)?(政府信息公开|政务公开)")  # ("…要求，由义乌市商务局编制", "本报告由济宁市
# 体育局按照《…》要求编制", "由瑞安市科学技术局结合有关统计数据编制")


def _reporting_body(head: list[str], title: str) -> str:
    """Whose report the preface says it is, when the title names no body — or the excerpt shows no title."""
    if _named_before_year(title) or title and not re.search("政府信息公开|政务公开", title):
        return ""
    for line in head:
        m = REPORTING_BODY.search(line.replace(" ", ""))
        if m:
            return _preface_body(m)
    return ""


def _preface_body(m: re.Match) -> str:
    """The body a REPORTING_BODY match names, as the one that reports (not its office)."""
    return _own_office_of(m.group("organ") or m.group("maker") or m.group("compiler"))


def _own_office_of(body: str) -> str:
    """The body whose own office compiled its report ("由樟树市档案馆办公室…编制"): the body, not its office (a
    government's 办公室 is an organ of its own)."""
    return re.sub(r"((?<=[局馆委厅])|(?<=中心))办公室$", "", body)


def _organs_above(head: list[str], title: str) -> str:
    """The organ line(s) set right above the title, a 版头 without 文件 ("中共石鼻镇委员会 石鼻镇人民政府 / 石鼻镇2024年…报告")."""
    at = next((i for i, line in enumerate(head) if title and re.sub(r"\s+", "", line) == title), None)
    if not at:
        return ""
    start = at
    while start > 0 and _organ_line(head[start - 1]):
        start -= 1
    above = " ".join(h.strip() for h in head[start:at])
    # the site's own name above a department's report ("深圳市罗湖区人民政府 / 罗湖区应急管理局2025年…报告") is not
    # the issuer: the organ the title names is, when the lines above do not name it
    named = _named_before_year(title)
    return "" if named and named not in above.replace(" ", "") else above


def _organ_below(head: list[str], title: str) -> str:
    """The organ set right below a 令's or a notice's title, above its number ("…处罚规定 / 交通部 / 中华人民共和国交通部令
    / 2003年第8号")."""
    for i, line in enumerate(head[:-2]):
        below, after = head[i + 1].strip(), re.sub(r"\s+", "", head[i + 2])
        if title and re.sub(r"\s+", "", line) == title and _organ_line(below) and len(below) <= 20 \
                and (after.endswith("令") or DOC_NUMBER.fullmatch(after) or re.fullmatch(r"\d{4}年第\d{1,4}号", after)):
            return below
    return ""


def _named_before_year(title: str) -> str:
    """The organ a title names before its year ("西岗镇2025年度法治政府建设报告"), or right after it when the year
    leads ("2025年天津经济技术开发区法治政府建设情况报告") — a year, not a name with a number in it ("…2008工程…")."""
    title = re.sub(r"^关于(印发|转发|报送|公布|发布)《", "", title)  # ("关于印发《某局2019年…报告》的通知")
    m = re.match(r"(?:关于)?(.{2,30}?)(20\d{2})(?=年|度|[^\u4e00-\u9fff]|$)年?度?", title) or \
        re.match(r"20\d{2}年度?(.{2,30}?)(法治|依法|政府信息公开|政务公开)", title)  # ("2025年金厂镇政府信息公开…报告")
    organ = m.group(1).rstrip(":：") if m and "报告" in title else m.group(1) if m else ""  # ("上海市市场监管局:2024年
    # …报告": the organ, then its report; not a news headline quoting an organ: "国家文物局:2021年…明显下降")
    organ = re.sub(r"(?<=[局委厅办])机关$", "", organ)  # "某局机关2023年…": the 局's own report
    organ = re.sub(r"(?<=[局委厅办府])(政府信息公开|政务公开|法治政府建设)(工作)?$", "", organ)  # ("中国地震局政府信息公开
    # 工作2010年度报告")
    if organ and ORG.search(organ) and not re.search(r"——|[“”]", organ):  # (not a headline's slogan run into the
        return organ  # organ: "筑牢…“堤坝”——海河水利委员会2023年…")
    # the year set after the title ("塘栖镇法治政府建设年度报告(2024年度)"): the organ before 法治
    m = re.match(r"(.{2,30}?)(法治|依法)[^(（]*[(（]20\d{2}年度?[)）]$", title)
    if m and ORG.search(m.group(1)):
        return m.group(1)
    # the organ set after the title ("2024年政府信息公开工作年度报告(上海市嘉定区国防动员办公室)")
    m = re.match(r"20\d{2}年度?[^(（]*报告[(（]([^()（）]{2,30})[)）]$", title)
    return m.group(1) if m and ORG.search(m.group(1)) else ""


def _page_issuer(head: list[str], names: tuple[str, ...] = ("发文机关",)) -> str:
    """The 发文机关 a government web page states in its own fields — or its 发布机构 (asked for last: a department
    posting its own report, unless the title names another body) when that is an organ, not a website (某县人民政府门户网站)."""
    fields = page_fields(head)
    for name in names:
        value = fields.get(name, "")
        if ORG.search(value) and not value.endswith(("网站", "网")):
            return value
    return ""


def _header_organ(head: list[str]) -> str:
    """The organ(s) of the 版头 ("中共某县委员会 某县人民政府文件")."""
    for line in head:
        clean = line.strip()
        if clean.endswith("文件") and 4 < len(clean) <= 60 and ORG.search(clean[:-2].replace(" ", "")):
            return re.sub(r"\s+", " ", clean[:-2].strip())
    return ""


def _title_organ(head: list[str]) -> str:
    """The organ(s) a title names before 关于, as written ("中共某县委 某县人民政府"), also when the title was set
    over two lines with the organ alone on the first."""
    for i, line in enumerate(head):
        at = line.find("关于")
        if at < 0 or not re.search("报告|总结", "".join(head[i:i + 2])) or "。" in line[:at] or "《" in line[:at] \
                or line.startswith(("根据", "按照", "依据", "现将")):
            continue  # a sentence that cites another report (编撰并公示《某局关于…的报告》, 根据某办关于报送…的通知) is
            # not a title
        organ = line[:at].strip()
        if not organ:  # the organ line(s) above a title set from 关于: "中共某镇委员会 / 某镇人民政府 / 关于…"
            above = i
            while above > 0 and _organ_line(head[above - 1]):
                above -= 1
            organ = " ".join(h.strip() for h in head[above:i])
        clean = organ.replace(" ", "")
        sentence = re.search(r"[，,。；]|贯彻|落实|坚持|坚决|按照|根据|围绕", clean)  # "2025年，某区深入贯彻…及市、区关于…",
        # "坚决贯彻党中央、国务院和省委、省政府关于…": a sentence, not an organ
        return re.sub(r"\s+", " ", organ) if 1 < len(clean) <= 40 and ORG.search(clean) and not sentence else ""
        # (a template's bare level is no organ: "〔*〕市关于…的总结")
    return ""


def printed_by(lines: list[str]) -> str:
    """The 印发机关 of the 版记 (an office that prints the document: "中共某县委办公室 2024年3月1日印发"), told apart
    from the issuing body; empty when the document has no 版记."""
    m = re.search(r"([^\n]{2,40}?)\s*\d{4}年\d{1,2}月\d{1,2}日印发", "\n".join(lines[-12:]))
    return m.group(1).strip() if m and ORG.search(m.group(1).replace(" ", "")) else ""


def year_of(title: str, text: str, published: dt.date | None) -> int | None:
    m = re.search(r"(20\d{2})年", title)
    if m:
        return int(m.group(1))
    # (not the end of a plan's span: "《法治政府建设实施纲要(2021-2025年)》")
    m = re.search(r"(20\d{2})年", re.sub(r"20\d{2}\s*[-—–~至到]+\s*20\d{2}\s*年", "", text[:600]))
    if m:
        return int(m.group(1))
    return published.year - 1 if published else None


def document_number(lines: list[str]) -> str:
    for line in lines[:8]:
        m = DOC_NUMBER.search(line.replace(" ", ""))
        if m:
            return m.group(0).replace("[", "〔").replace("]", "〕").replace("［", "〔").replace("］", "〕")
    return ""


def deadline(year: int) -> dt.date:
    """Published before 1 April of the following year (《法治政府建设与责任落实督察工作规定》)."""
    return dt.date(year + 1, 3, 31)
