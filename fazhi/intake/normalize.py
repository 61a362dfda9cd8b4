"""Text normalisation: full-width digits and signs, words and numbers split across lines or page breaks,
spaces between digits and Chinese, rates written in words (百分之百 → 100%); Chinese numerals (cn2an); a report
in traditional characters (a site's 繁体 version) read in simplified ones (OpenCC)."""

from __future__ import annotations

import re
import unicodedata

import cn2an
import opencc

from .tables import read_tables

FULL_WIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９％．＋－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"}
FULL_WIDTH.update({0x3000: 0x20, 0xA0: 0x20})
CJK = r"\u3400-\u9fff"
END = "。！？：；”’）》」』"
SITE_LINK = r"(热门站点|收藏本站|设为首页|加入收藏|首页|网站地图|联系我们|关于我们|[\u4e00-\u9fff]{2,6}网(论坛)?)"  # a site's links
FURNITURE = re.compile(r"扫一扫在手机上查看当前页面|在手机上查看|打印本页|关闭窗口|【?字[体号][:：]\s*[大中小 ]+】?|^字体大小|"
                       r"^(分享到|来源[:：]|发布时间|浏览次数|阅读[:：]|相关链接|上一篇|下一篇|返回顶部)|"
                       r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|"  # a page's timestamp ("2026-02-05 15:38:00 来源:…")
                       r"^(您|你|当前)[^，。]{0,6}位置|^[^，。]{0,40}[>＞»][^，。]{0,40}[>＞»]|^[^，。>＞»]{1,12}\s*[>＞»]$|"  # its breadcrumb
                       # trail (one step to a line: "首页 »", "新闻中心 »")
                       r"^(选择特殊符号|选择搜索类型|请输入搜索|信息公开元数据)$|"  # a site's search box and labels
                       r"点击收听|语音朗读|扫描二维码|扫一扫|分享至好友|欢迎您|欢迎访问|欢迎光临|^下载地址[:：]|"  # its audio, share buttons, greeting
                       r"^(今天是[:：]?|无障碍(阅读|浏览)?|(政府)?信息公开|政务公开|(页面)?已归档|(网站)?导航|菜单|返回上一级|字号|打印)$|"  # a column's
                       # bare name, a page's buttons
                       r"^[\u4e00-\u9fff]{0,4}(新闻|动态|要闻|资讯|快讯)$|"  # ("企业新闻", "工作动态")
                       r"^([\u4e00-\u9fff]{0,10}记者|通讯员)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}"  # its reporters ("法治日报全媒体记者 唐荣
                       r"(\s+(([\u4e00-\u9fff]{0,4}记者|通讯员)\s*)?[\u4e00-\u9fff]{2,4})*$|"  # 见习记者 李文茜 通讯员 黄洁")
                       r"^(APP|App|app)?下载(APP|App|客户端)?$|"  # ("APP下载")
                       r"^((无障碍(阅读|浏览)?|(进入)?(适老|长者|关怀)(模式|版)|返回首页)\s*)+$|"  # a site's toolbar
                       r"^((设为首页|加入收藏|登录|注册)[|｜\s]*)+$|"  # ("设为首页|加入收藏", "登录|注册")
                       rf"^{SITE_LINK}([|｜\s-]+{SITE_LINK})+$")  # ("热门站点| 世界资料网 | 专利资料网", "收藏本站| 设为首页| 首页")
# a page's breadcrumb trail and its toolbar (language, accessibility, login), dropped however long they run
PAGE_CHROME = re.compile(r"^(您|当前)[^，。]{0,6}位置[^。]{0,120}$|^>>[^。]{0,200}$|^(首页|网站首页|主页)\s*([>＞»/／]\s*[^，。>＞»/／]{1,30}\s*){2,}$|"
                         r"^([^，。]{0,30}(English|英文|简体版?|繁体版?|无障碍|长者|关怀版|适老|登录|注册|移动端|PC端|手机版)){3}|"
                         r"^地址[:：][^。]{0,60}(邮编|电话)|^[^。，]{0,30}(ICP备|公网安备)[^。，]{0,30}$|"  # its footer (address,
                         # registration numbers)
                         r"^(首页|网站首页|主页)\s*[|｜]\s*([^|｜。，,\d]{1,8}\s*[|｜]\s*){4,}[^|｜。，,\d]{0,30}$|"  # a site's menu
                         # ("首页 | 中山网 | 新闻 | …"; not a table's row of names)
                         r"^(下面是|以下是)(小编|网友)[^。]{0,80}(参考|借鉴|阅读|学习)[^。]{0,12}[。!！]$")  # a template site's preface
# a page's own fields ("发布机构 | 某局", "索引号：…", a label alone on its line): never joined to the text
FIELD_LINE = re.compile(r"^\|[^|]*\|[^|]*\||^[\[【]?\s*(索\s*引\s*号|分\s*类|备注/文号|备注|内容概述|公文生成日期|归档时间|发布机构|发文机关|发文字号|文\s*号|发布日期|发布时间|更新时间|发文时间|发文日期|成文日期|"
                        r"成文时间|生成日期|主题分类|时效性|有效性|效力状态|公开形式|公开方式|公开时限|责任部门|关键词|所属机构|文件分类|组配分类|"
                        r"体裁分类|公开目录|主题词|浏览量)\s*([:：|\]】]|\s|$)")  # "| a | b |", "索引号：…", "索引号 …",
# "[ 主题分类 ] …", a label alone
FIELD_NAMED = re.compile(r"(发文机关|发布机构|发文日期|发布日期|发布时间|成文日期)\s*[:：]")  # a line with fields is not furniture
SITE_SUFFIX = re.compile(r"(_[^_]{1,30})+_[^_]{2,40}(网站|门户网|政府网)$")
# a page's field label left empty at the end of a line, its value on the next ("…年度报告 - 文号:")
TRAILING_LABEL = re.compile(r"(?<=\S)\s+-?\s*(索\s*引\s*号|分\s*类|发文机关|发布机构|发文日期|发布日期|名\s*称|文\s*号)\s*[:：]$")
BULLET = re.compile(r"^[•·▪●◆\-–]\s*")  # list markers a copied web page puts before its fields

TO_SIMPLIFIED = opencc.OpenCC("t2s")
CJK_CHAR = re.compile(f"[{CJK}]")
TRADITIONAL_SHARE = 0.05  # t2s changes no character of 612 simplified reports in the development set, ~30% of a 繁体 one


def simplified(text: str) -> str:
    """A report in traditional characters (廣州市…關于…報告), converted to simplified ones by OpenCC's t2s tables so
    the lexicon and the rules read it. Converted only when it is written in traditional characters: t2s would also
    change a few characters a simplified report uses on purpose (乾县 → 干县)."""
    converted = TO_SIMPLIFIED.convert(text)
    changed = [a for a, b in zip(text, converted, strict=False) if a != b]  # (t2s keeps the length)
    if len(set(changed)) >= 3 and len(changed) > TRADITIONAL_SHARE * len(CJK_CHAR.findall(text)):
        return converted  # many traditional characters, not one a simplified text keeps (乾县, 乾隆)
    return text


def cn_to_int(text: str) -> int | None:
    """二十七 → 27, 两 → 2, 三千 → 3000, 一百零五 → 105, 十二 → 12; None when not a Chinese numeral. Read by cn2an
    (a maintained converter of Chinese numerals: 零/〇, 两, 万/亿 sections, digit sequences such as 二〇二四)."""
    if not text:
        return None
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else None


PERCENT_WORDS = re.compile(r"百分之([零〇一二两三四五六七八九十百点]+)")


def _percent(m: re.Match) -> str:
    """百分之九十八点五 → 98.5%, 百分之百 → 100%: a rate written in words, read like one written in digits."""
    words = m.group(1)
    try:
        value = cn2an.cn2an("一百" if words == "百" else words, "normal")
    except (ValueError, KeyError, IndexError):
        return m.group(0)
    return f"{int(value) if float(value).is_integer() else value}%"


MEASURE = "(余|多)?(条|件|项|次|个|人次|人|名|场次|场|期|篇|份|户|家|起|万|亿|元|%)"  # the words a count is said in
UNIT_GOES_ON = re.compile(rf"{MEASURE}[，,。；;、）)]")  # a line that opens on the measure word of the count before
COUNT_GOES_ON = re.compile(rf"\d+(\.\d+)?{MEASURE}")  # a line that opens on a count
# a page's line naming where it comes from, or when it was put up ("时间:2019-05-22 08:41:49"), maybe after its stamp
# ("2023年02月03日 15:19 来源:…")
BYLINE = re.compile(r"(信息|文章)?来源\s*[:：]|([\u4e00-\u9fff]{2,8}\s*[|｜]\s*)?(发布)?时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}|"
                    r"(上载|上传|更新)日期\s*[:：]\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}|"
                    r"\d{4}(年\d{1,2}月\d{1,2}日|[-/]\d{1,2}[-/]\d{1,2})\s*\d{1,2}:\d{2}(:\d{2})?\s*(来源|作者)\s*[:：]|"
                    r"作者\s*[:：][^:：]{0,20}时间\s*[:：]\s*\d{4}|原标题\s*[:：]")  # (and the headline it first ran under)
INDEX_CODE = re.compile(r"[0-9A-Z]{8,}/[0-9]{4}-[0-9]{3,}")  # ("11370105MB279780XD/2023-6537798")
DATED = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}")  # a byline with its date is kept: the headline above it is the title
# a page's date stamp alone on its line, under a news item's headline ("2019-06-21 15:10:29", "2015.12.02"): kept,
# for the headline above it is the title, and never joined to the lines around it
STAMP_ALONE = re.compile(r"([\u4e00-\u9fff]{1,4}\s*(?=\d{4}[-./]))?"
                         r"(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})(\s+\d{1,2}:\d{2}(:\d{2})?([\u4e00-\u9fff]{2,6})?|"
                         r"(?<=\d)[\u4e00-\u9fff]{2,4})?")
# (or day first, as some sites print it: "22.01.2016 11:42"; with its column after: "2024-07-07 20:49:02工作总结"; with
# its author before: "不详 2024/4/24 16:53:14", or after: "2022-02-26陈寒非")
CONTACT_LINE = re.compile(r"\d{3,4}-\d{7,8}$")  # a page's contact line ("新闻热线:023-61520695"): not prose
# a line of the page's fields ("作者:法律资料网 时间:2024-06-29 04:55:32 浏览:8618 来源:…"): never prose
FIELDS_LINE = re.compile(r"^(作者|责任编辑|编辑|浏览|点击|字号)\s*[:：]|(作者|时间|浏览|来源)\s*[:：].*(作者|时间|浏览|来源)\s*[:：]")
# a 公文's title of rules or a notice, whole on its line without prose punctuation ("…主要职责内设机构和人员编制规定"),
# and its 文号 alone ("京政办发[2005]49号"): each a line of its own
RULES_TITLE = re.compile(r"^[^，、；,;。：:]{8,60}(规定|办法|细则|条例|规则|意见|通知|决定)$")
NUMBER_ALONE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$")
URL_OPEN = re.compile(r"(https?://|www\.)[\w./:%?=&-]*$")  # a web address running to the end of the line


def _join_lines(lines: list[str]) -> list[str]:
    """Re-join paragraphs split by line or page breaks: a long line ending mid-sentence continues on the next."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and out[-1] and (re.match(r"[：:；;。，,、）)》」』”’%！？!?]", line)
                                or out[-1][-1].isdigit() and UNIT_GOES_ON.match(line)
                                or re.fullmatch(r"\d{1,6}", out[-1]) and re.match(r"年|月|[余多]", line)) \
                and not FIELD_LINE.match(out[-1]):
            out[-1] += line  # no paragraph opens on closing punctuation, nor on the measure word of a number the
            # line before ends on ("…主动公开政府信息35" / "条，其中…"), nor on 年 after a year alone ("2020" / "年…总结"):
            # the page broke the line there
        elif (out and out[-1] and line and len(out[-1]) >= 20 and out[-1][-1] not in END
                and not FIELD_LINE.match(out[-1]) and not FIELD_LINE.match(line)
                and not FIELD_NAMED.search(out[-1])  # "【来源:… | 发布日期:…】": a line of the page's fields
                and not out[-1].endswith("|")  # a table row (a title set in a one-cell table) ends where it ends
                and not re.search(r"\d{4}-\d{1,2}-\d{1,2}$", out[-1])  # a line the page stamped with its date
                # ("…情况报告 上海市统计局 2020-06-08") ends there
                and not (len(out[-1]) < 30 and not re.search("[，、；（,;。]", out[-1])  # a short line without prose
                         # punctuation is a page's field value or a heading, not a paragraph broken by the page —
                         # unless it is a full 公文 line and the next goes on with its count ("…主动公开信息" / "134条。")
                         and not (len(out[-1]) >= 26 and COUNT_GOES_ON.match(line)))
                and not re.match(r"[一二三四五六七八九十]+、", out[-1])
                # a heading "（一）…" short of a full line (28 characters in a 公文) is not a line the page broke
                and not (re.match(r"[（(][一二三四五六七八九十]{1,3}[）)]", out[-1]) and len(out[-1]) < 27
                         and "。" not in out[-1])  # (a heading with its first sentence run on goes on)
                and not re.search(r"(报告|总结)\s*[(（]?\s*(\d{4}\s*[-.年]\s*\d{1,2}\s*[-.月]\s*\d{1,2}日?)?\s*[)）]?$",
                                  out[-1])  # a title, maybe dated ("…报告 ( 2024年01月15日 )")
                and not re.search(r"[(（]\s*\d{4}-\d{1,2}-\d{1,2}\s*[)）]$", out[-1])  # any listed title with its date
                and not BYLINE.match(out[-1]) and not BYLINE.match(line)  # "来源:某报 2019-03-27": its own line
                and not STAMP_ALONE.fullmatch(out[-1]) and not STAMP_ALONE.fullmatch(line)
                and not INDEX_CODE.fullmatch(line)  # a listing's index number under the title, not its end
                and not (30 < len(out[-1]) <= 60 and not re.search(r"[，、；：。,;:.！？!?“”]", out[-1]))  # a headline longer
                # than a 公文 PDF's line, without a mark of prose, is no line the page broke
                and not (len(out) == 1 and len(out[-1]) <= 30 and "。" not in out[-1]  # the page's headline, then its
                         and re.match(r"(19|20)\d{2}年(以来)?[,，]", line))  # first paragraph ("2024年,县水利局…")
                and not (len(line) <= 60 and "。" not in line and i + 1 < len(lines)  # a headline over its byline
                         and (BYLINE.match(lines[i + 1]) or STAMP_ALONE.fullmatch(lines[i + 1])))  # stands alone
                and not CONTACT_LINE.search(out[-1])
                and not FIELDS_LINE.search(out[-1]) and not FIELDS_LINE.search(line)
                and not RULES_TITLE.match(out[-1]) and not NUMBER_ALONE.match(out[-1]) and not NUMBER_ALONE.match(line)
                and not (line.endswith(("：", ":")) and len(line) <= 30
                         and not (out[-1][-1].isdigit() and line[0].isdigit()))  # (unless a number goes on in it)
                and not (re.search(r"(报告|总结)$", line) and not re.search(r"[，。；,]", line))  # a title line of its own
                and not re.search(r"关于[^，。；,]{4,80}的(通知|公告|通告|意见|决定|批复|方案|通报)$", out[-1])  # (a 公文's)
                and (re.match(rf"[{CJK}\d“《（(%、，,.]", line)
                     or URL_OPEN.search(out[-1]) and re.match(r"[\w./]", line))  # (an address the page broke)
                and not _signs(line, lines[i + 1:i + 2])
                and not re.match(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|抄送|\d{4}年\d{1,2}月\d{1,2}日"
                                 r"|\d{1,2}[.．、](?![\d.．、])[\u4e00-\u9fff]", line)):  # (nor a numbered item: "2.全面实施…")
            out[-1] += line
        else:
            out.append(line)
    return out


SIGNATURE_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _signs(line: str, following: list[str]) -> bool:
    """A short line without prose punctuation above a date alone on its line: the signature (the organ that issues),
    never the end of the line before."""
    return len(line) <= 30 and not re.search("[，。；,;:：]", line) \
        and bool(following) and bool(SIGNATURE_DATE.fullmatch(following[0].replace(" ", "")))


# the pinyin some copying sites print after a character ("區(qū)民政局", "專題學(xué)法22次"): a syllable with its tone mark,
# never a word of the report (an abbreviation in brackets is in capitals: "政府和社会资本合作(PPP)")
PINYIN_GLOSS = re.compile(rf"(?<=[{CJK}])[(（][a-zü]*\n?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*\n?[a-zü]*[)）]")
# (a line broken inside the gloss, "穩(wě" / "n)崗", is one line: the gloss goes with the break)
# a site's date widget, stale or not ("2019年12月3日星期二", "今天是：2026年1月5日 星期一"): not the report's date
DATE_WIDGET = re.compile(r"^(今天是[:：]?\s*)?\d{4}年\d{1,2}月\d{1,2}日\s*(星期|周)[一二三四五六日天]\s*$")


# the row of requests in the standard table of a 政府信息公开工作年度报告 (国办公开办函〔2021〕30号), read as one line:
# its cells are bare numbers, the last the total, counted in 件 by the table's heading
OPENGOV_REQUESTS_ROW = re.compile(r"^((?:一、)?本年新收政府信息公开申请数量(?:\s*\|\s*\d+){6})\s*\|\s*(\d+)\s*\|?\s*$")


def normalize(text: str) -> str:
    """The normalised text: one paragraph per line, no page-furniture lines."""
    text = unicodedata.normalize("NFC", text).translate(FULL_WIDTH).replace("\r\n", "\n").replace("\r", "\n")
    text = PINYIN_GLOSS.sub("", text)
    text = text.replace("\f", "\n")
    lines = []
    for raw in text.split("\n"):
        line = PERCENT_WORDS.sub(_percent, BULLET.sub("", re.sub(r"[ \t]+", " ", raw).strip()))
        line = SITE_SUFFIX.sub("", line)  # a page's own <title>: "某街道…报告_街镇园区文件_某区人民政府门户网站"
        line = re.sub(r"^[\u4e00-\u9fff]{2,8}丨(?=\S)", "", line)  # a column's name before it: "政务服务丨某市…的实施意见"
        line = re.sub(r"^(现行)?有效\s+(?=\S{4})", "", line)  # a law's validity before its title: "有效 广州市…办法"
        line = re.sub(r"^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(?=\S{6})", "", line)  # a compilation's part: "第一篇:…总结"
        if not line:
            continue
        line = re.sub(r"^[?？]+", "", TRAILING_LABEL.sub("", line))  # (a space some sites save as "?")
        line = OPENGOV_REQUESTS_ROW.sub(r"\1 | \2件 |", line)
        line = re.sub(r"^【[^】:：|]{1,20}】(?=[^【】]*(报告|总结))", "", line)  # "【省政府法治建设报告】湖北省…报告": a column
        if FURNITURE.search(line) and len(line) < 40 and not FIELD_NAMED.search(line) and not STAMP_ALONE.fullmatch(line) \
                and not (BYLINE.match(line) and DATED.search(line)) \
                or PAGE_CHROME.search(line) or DATE_WIDGET.match(line):
            continue
        # spaces between digits and Chinese (or %, 〔〕) carry nothing: "培训班 3 次" → "培训班3次"
        line = re.sub(rf"(?<=[\d%])\s+(?=[{CJK}%〔〕（）])|(?<=[{CJK}〔〕（）：，、])\s+(?=\d)", "", line)
        joiner = "" if len(line) > 30 else " "  # keep "中共某县委 某县人民政府" apart in short lines
        line = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", joiner, line)
        lines.append(line)
    return "\n".join(read_tables(_join_lines(lines)))  # (a statistics table read as its sentence)
