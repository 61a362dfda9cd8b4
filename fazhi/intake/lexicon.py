"""The lexicon of indicator keys: for each key, the names a report gives its measure and the measure words it
admits. Data, not code (lexicon.tsv, one row per key): the rows are generated from the indicator catalogue's labels
(`fazhi intake lexicon --write`), and an office may add names to a row — a report says "法律援助案件办结" where the
catalogue says "法律援助案件办结数" — without touching the reader.

A key's full name written right before a number ("答复的政府信息公开申请24件") decides the figure before any phrase rule
(figures.RULES). A key that has no phrase rule is also given to a number whose measure word it admits when one of its
names stands up to two characters before the number ("罚没款814.22万元") or right after it ("68个人民调解委员会"),
the longest name winning — unless the clause is about a group of people (为农民工…, 特殊群体…): a figure of one
group is not the figure of the measure."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("lexicon.tsv")
UNIT_FAMILIES = {  # a key's unit → the measure words a report may use for it
    "件": "件|起|宗", "项": "项|件|个", "次": "次|场|场次|期|轮", "场次": "场次|场|次|期", "轮": "轮|次",
    "人": "人|名|位", "名": "名|人|位", "人次": "人次|人|名", "个": "个|家|处|支", "家": "家|个", "处": "处|个",
    "户": "户|家", "份": "份|册|本", "条": "条", "%": "%", "元": "元", "万元": "元", "本": "本|卷|份", "支": "支|个",
}


LEADING_VERBS = ("办理", "收到", "受理", "开展")


@dataclass(frozen=True)
class Entry:
    key: str
    terms: tuple[str, ...]
    units: str  # regex alternatives
    unit: str = ""  # the key's own unit in the catalogue, which a figure read for it is given in


def prose(label: str) -> str:
    """A catalogue label as reports write it: without its parenthetical ("法律援助案件(受理、办理)" → "法律援助案件")."""
    return re.sub(r"[(（][^()（）]*[)）]", "", label).strip() or label


def terms_for(label: str) -> list[str]:
    """The names generated from a label: as written without parentheses, without a trailing 数 (…件数), each part
    of an enumeration long enough to stand alone, and without a leading verb (办理, 收到 …)."""
    base = prose(label)
    out = [base]
    if base.endswith("数") and len(base) > 3:
        out.append(base[:-1])
    if "、" in base:  # "执法检查、巡查": each part long enough to name the measure alone
        out += [part for part in base.split("、") if len(part) >= 4]
    for verb in LEADING_VERBS:  # "办理政协委员提案": a report says "…、政协委员提案28件" after the first verb
        if base.startswith(verb) and len(base) - len(verb) >= 4:
            out.append(base[len(verb):])
    return list(dict.fromkeys(t for t in out if len(t) >= 2))


def row_for(key: str, label: str, unit: str) -> dict:
    return {"key": key, "terms": "|".join(terms_for(label)), "units": UNIT_FAMILIES.get(unit, re.escape(unit or "件")),
            "unit": unit}


@cache
def entries() -> tuple[Entry, ...]:
    if not DATA.exists():
        return ()
    with DATA.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return tuple(Entry(r["key"], tuple(t for t in r["terms"].split("|") if t), r["units"], r.get("unit") or "")
                 for r in rows)


@cache
def terms_of(key: str) -> tuple[str, ...]:
    """The names the lexicon gives a key (none for a key it does not know)."""
    return next((e.terms for e in entries() if e.key == key), ())


@cache
def unit_of(key: str) -> str:
    """The key's unit in the catalogue ("" for a key the lexicon does not know)."""
    return next((e.unit for e in entries() if e.key == key), "")


# the words that set the scope of a count before its name, leaving the name whole ("全年行政复议案件37件")
SCOPE = r"(?:(?<![\u4e00-\u9fff])|(?<=[，,：:]))(?:全年|年内|今年|本年度?|全[区县市镇乡旗局省州委]|我[区县市镇乡旗局省州委厅]|各级)?" \
        r"(?:共|累计|共计|合计|总计)?"
# verbs that say nothing about which measure is counted ("召开法治建设会议7次", "办理行政复议案件37件"); 受理, 办结,
# 审结, 完成 do, and are the rules' to read
NEUTRAL = r"(?:开展|召开|组织|举办|办理|实现)?"
LINK = r"(?:数量|总数|总量)?(?:共计|累计|合计|总计|共|均?达到?|均?为|有|保持在|稳定在|实现)?"  # and between the name and the number ("行政复议案件共计37件")
EXACT_MIN = 5  # a name this long written right before the number is the measure, before any phrase rule


QUALIFIER = r"(?:基层|村级|村\(居\)|村（居）|各类|各级)"  # a word of kind between the count and its name ("138个基层调委会")


@cache
def _patterns(exact: bool) -> list[tuple[re.Pattern, Entry, str]]:
    out = []
    for entry in entries():
        for term in entry.terms:
            if exact and len(term) < EXACT_MIN:
                continue
            name = re.escape(term)
            # exact: the whole noun phrase (no character of a longer name before it) right before the number
            # (or the number first, with nothing but a scope before it and the name to the clause's end: "全年共有
            # 37件行政应诉案件"; a verb before the number says what was done with them, which the rules read)
            # ("办理的37件行政复议案件中，…": the cases the clause goes on to break down)
            near = rf"(?:(?<![\u4e00-\u9fff])|{SCOPE}){NEUTRAL}(?:{name}{LINK}⟨N⟩|的?有?⟨N⟩的?{name}(?:中|当中)?$)" if exact else \
                rf"{name}[^，；。⟨\d]{{0,2}}⟨N⟩|⟨N⟩{QUALIFIER}?{name}"
            out.append((re.compile(near), entry, term))
    out.sort(key=lambda p: -len(p[2]))  # the longest name first: "刑事法律援助" before "法律援助"
    return out


# (not a group named in a law's title: "未成年人保护法等法律法规培训" trains on the law, not for minors)
SUBGROUP = re.compile(r"(农民工|特殊群体|未成年|妇女|老年|残疾|退役军人|困难群众)(?![\u4e00-\u9fff]{0,8}?法(?![律治规援]))")
HANDED_OUT = re.compile("发放|分发|派发|散发|赠送")


def _of_a_subgroup(marked: str, unit: str) -> bool:
    """A figure of one group of people (cases for 农民工, documents drafted for them) is a part, not the measure — but
    leaflets handed to a group ("向妇女群众发放…宣传资料1万余份") are all the event's."""
    return bool(SUBGROUP.search(marked)) and not (re.fullmatch("份|册|本", unit) and HANDED_OUT.search(marked))


def matches(marked: str, unit: str, exact: bool = False, skip: frozenset[str] = frozenset()) -> list[tuple[Entry, str]]:
    """(key, name) of every key whose name stands next to ⟨N⟩ in `marked` (a clause with the number replaced) and
    whose unit fits, the longest name first; `exact`: only a long name written right before the number (it decides
    before the phrase rules do); `skip`: keys not to give (those the phrase rules own)."""
    if not exact and _of_a_subgroup(marked, unit):
        return []
    out, keys = [], set()
    for pattern, entry, term in _patterns(exact):
        # (every pattern holds its name as written: a clause without it cannot match, and the test is cheap)
        if term in marked and entry.key not in skip and entry.key not in keys and pattern.search(marked) and \
                re.fullmatch(entry.units, unit) and not _joined_to_another(term, marked):
            out.append((entry, term))
            keys.add(entry.key)
    return out


def _joined_to_another(term: str, marked: str) -> bool:
    """The name comes second of two joined before one count ("人大代表建议、政协委员提案31件"): the count is of both,
    not of this one (an item after another item's count — "复议案件37件、应诉案件12件" — is its own)."""
    before = marked[:marked.find(term)]
    return bool(re.search(r"[\u4e00-\u9fff][、和及与]$", before)) and not re.search(r"\d|⟨N⟩", before)


def match(marked: str, unit: str, exact: bool = False, skip: frozenset[str] = frozenset()) -> Entry | None:
    found = matches(marked, unit, exact, skip)
    return found[0][0] if found else None


# -- cues: when neither a name nor a phrase rule decides, the words around a number ---------------------------------
CUES = Path(__file__).with_name("cues.tsv")


INFERRED = "（由上下文推断）"  # marks a figure whose key was inferred, which a statement in the key's words outranks


@dataclass(frozen=True)
class Cue:
    key: str
    cues: tuple[str, ...]  # words in the clause that say what is counted (学法, 讲座, 整改 …)
    context: tuple[str, ...]  # one of these in the sentence or the one before (the work it belongs to); none: any
    exclude: tuple[str, ...]  # words in the clause that say it is something else
    units: str
    own_sentence: bool = False  # scope "sentence": the context must be in the number's own sentence (for cues as
    # general as 学习研讨, which are law study only where the sentence itself says so)
    also: tuple[str, ...] = ()  # a second context, after "&" in the column: one of these too, in the sentence or
    # the one before ("宣传" and "法治": a publicity of the law, not of a party congress's spirit)


@cache
def cues() -> tuple[Cue, ...]:
    if not CUES.exists():
        return ()
    with CUES.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))

    def words(text):
        return tuple(w.strip() for w in (text or "").split("|") if w.strip())

    def cue(r):
        first, _, second = (r["context"] or "").partition("&")  # "宣传|普法&法治|法律": one of each group
        return Cue(r["key"], words(r["cues"]), words(first), words(r["exclude"]), r["units"],
                   (r.get("scope") or "").strip() == "sentence", words(second))

    return tuple(cue(r) for r in rows)


def by_cue(marked: str, unit: str, around: str, sentence: str | None = None, excluding: str = "") -> list[tuple[str, str]]:
    """(key, why) of the keys a number's own words point to: a cue of the key in its clause, none of its exclusions
    there (nor in `excluding`, what leads into an enumeration), its context in the sentence or the one before
    (`around`; only the number's own `sentence` for a cue whose scope is "sentence") and its measure word admitted;
    the cue nearest the number first."""
    if _of_a_subgroup(marked, unit):  # a figure of one group of people is not the figure of the measure
        return []
    at = marked.index("⟨N⟩")
    after = marked[at + 3:]
    if re.search(r"(作出|做出)?(指示|批示)", after):  # "20余次对…作出批示" counts instructions, which no key is
        return []
    if after.startswith("对"):  # "4次对…法律法规进行专题学习": what the 对-phrase and its verb name is what is counted
        marked, at = after, 0
    # "提供合同审查、风险研判及法律咨询等专项法律服务共计5次": a total of several kinds named by its own head noun
    # (专项法律服务) is not a count of one of the kinds listed before 等
    head = re.search(r"、[^，,；;。]*等([\u4e00-\u9fff]{2,12}?)(共计|合计|总计|累计|共|达)?⟨N⟩", marked)
    if _joined_kinds(marked[:at]):
        return []
    scored = []
    for cue in cues():
        if not re.fullmatch(cue.units, unit) or any(_excludes(w, marked, excluding, cue) for w in cue.exclude):
            continue
        context = sentence if cue.own_sentence and sentence is not None else around
        if cue.context and not any(w in context for w in cue.context) or \
                cue.also and not any(w in around for w in cue.also):  # (the law may be the section's, just before)
            continue
        present = [w for w in cue.cues if w in marked and not (head and w not in head.group(1)) and _titled(w, marked)
                   and not _in_other_name(w, marked) and not _later_item(w, marked, at, unit)]
        if present:
            word = min(present, key=lambda w: abs(marked.find(w) - at))
            scored.append((abs(marked.find(word) - at), cue.key, word))
    scored.sort()
    return [(key, f"线索词{'' if _names(key, word) else INFERRED}：“{word}”在数字旁（cues.tsv）")
            for _, key, word in scored]


def _later_item(word: str, marked: str, at: int, unit: str) -> bool:
    """"6位群众公议员、行政执法监督员、法律顾问…组成评议团": the number of people or things counts the first item of the
    list after it; a cue found only in a later item is not its measure. (A count of events goes with the verb that
    follows it, over the whole list: "17次主持召开省政府党组会议、省政府常务会议…".)"""
    if re.fullmatch("次|场|场次|期|轮|批|批次", unit):
        return False
    spots = [m.start() for m in re.finditer(re.escape(word), marked)]
    return all(spot > at and "、" in marked[at + 3:spot] for spot in spots)


def _in_other_name(word: str, marked: str) -> bool:
    """The cue is part of a quoted name that does not name the law ("“政务公开数智大讲堂”2期"): the name says what the
    lectures are of, and it is something else (but "“法治大讲堂”" is of the law)."""
    return any(word in m.group(1) and word != m.group(1) and not NAMES_THE_LAW.search(m.group(1))
               and "法" not in m.group(1) for m in re.finditer(r"“([^”]{1,30})”", marked))
    # (a quoted cue alone names nothing else: “两微一端”; “科长讲法” is of the law)


def _titled(word: str, marked: str) -> bool:
    """A cue that opens a title ("学习《") counts the study of a law only when the title names one ("学习《中华人民共和国
    行政复议法》", "学习《习近平法治思想学习纲要》"), not of a political work ("学习《习近平谈治国理政》第四卷26次")."""
    return not word.endswith("《") or bool(re.search(re.escape(word) + r"[^》]*(法|条例|规定|办法|规则|规章|纲要)[^》]*》", marked))


NAMES_THE_LAW = re.compile("普法|法治|法律|法规|宪法|法》|法典|送法|释法|以案说法|立法|复议|执法|依法|合法性")


def _excludes(word: str, marked: str, excluding: str, cue: Cue) -> bool:
    """An exclusion word in the clause (or in what leads into its enumeration) rules the cue out; one written "~word"
    only when the clause does not itself name the law ("~文明实践": the centre's lectures on the party's theory are not
    publicity of the law, but "依托新时代文明实践站开展“送法下乡”7场" is)."""
    if word.startswith("~"):
        return word[1:] in marked and not NAMES_THE_LAW.search(marked)
    return word in marked or word in excluding


# the kinds of work a report counts in 次/场, by the words that name them: two kinds joined and counted together make a
# total of neither
KINDS = {"study": re.compile("学法|学习"), "training": re.compile("讲座|培训|授课|课程|讲堂|讲坛"),
         "meeting": re.compile("会议|常委会|常务会|党组会|办公会"), "publicity": re.compile("普法|宣传|宣讲")}


def kind_of(name: str) -> str:
    """The kind of work a name counts, the first that fits (学习会 is a study; any other 会 a meeting); "" for none."""
    return next((kind for kind, words in KINDS.items() if words.search(name)), "meeting" if "会" in name else "")


def _joined_kinds(before: str) -> bool:
    """Two kinds of work joined by 和/及/与 (or listed with 、) and counted together ("专题学法和全市法治讲座9200余场"):
    the words on either side name different kinds, and the number is the total of both, a figure of neither (but
    "法治讲座和业务培训60场次" are trainings both)."""
    tail = re.sub(r"[（(][^）)]*[）)]", "", re.split(r"[，,；;：:]|\d", before)[-1])
    # a list with 、 straight before the number is counted together the same way ("领导班子学法、研讨、主题党课、
    # 各类讲座12余次"); one closed by 等 is a total the caller reads by its head noun
    return _different_kinds(re.split(r"和|及(?!时)|与", tail)) or \
        "等" not in tail and _different_kinds(re.split(r"、", tail))


def _different_kinds(parts: list[str]) -> bool:
    if len(parts) < 2:
        return False
    left, right = "".join(parts[:-1]), parts[-1]
    kinds_left = {kind for kind, words in KINDS.items() if words.search(left)}
    kinds_right = {kind for kind, words in KINDS.items() if words.search(right)}
    return bool(kinds_left and kinds_right and not kinds_left & kinds_right)


def _names(key: str, word: str) -> bool:
    """The cue, or its head word, is in the key's own name (受众 in 普法受众, 培训 of 法律知识培训 in 法治专题培训班): the
    clause states the measure; a cue that is not (覆盖) only suggests it, and a statement in the key's own words
    outranks it."""
    return any(word in term or word[-2:] in term for term in terms_of(key))
