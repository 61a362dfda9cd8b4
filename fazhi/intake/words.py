"""Key assignment from a clause's own words, when no name, phrase rule or cue decides a number.

The clause is segmented by jieba (a maintained Chinese word segmenter) into words; each key's names in the lexicon
are segmented the same way into its content words, the last of which is the head (考试, 案件, 证件, 金额 …). A key is
given to the number when its head is among the clause's words, most of its other content words are too
(“任前法纪知识考试” has 任前, 知识, 考试 of “任前法律知识考试”), the measure word is one the key admits, and no other key
fits as well — two keys that fit equally give nothing. Keys the phrase rules own are left to their rules (they carry
exclusions a bag of words cannot): when one of them fits best, no other key is guessed. Clauses about one group of
people (lexicon.SUBGROUP) are left alone."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import lexicon

# words that say nothing about which measure a number is: function words, the work in general, counting suffixes
STOP = frozenset("的 了 和 与 及 或 等 各类 各项 有关 相关 情况 工作 数 数量 总数 次数 件数 人数 开展 组织 进行 全年 共 共计 累计 "
                 "其中 以上 以下 县 市 区 镇 乡 旗 本级 全县 全市 全区".split())
MIN_SHARE = 0.75  # of a name's content words that must be in the clause (3 of 4; both of 2)


@dataclass(frozen=True)
class Profile:
    key: str
    head: str
    others: frozenset[str]
    units: str
    primary: bool = True  # the catalogue's own name (the first), not a synonym an office added


@cache
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    # the cue words an office maintains are words of this domain: keep them whole (法律明白人, 短视频 …)
    for cue in lexicon.cues():
        for word in (*cue.cues, *cue.context):
            if 2 <= len(word) <= 6:
                tokenizer.add_word(word)
    return tokenizer


def segment(text: str) -> list[str]:
    """The clause's words, with 率 a word of its own: a rate is a rate whatever jieba joins it to (执行率, 率达)."""
    out = []
    for w in _tokenizer().lcut(text):
        out += [part for part in re.split(r"(率)", w) if part] if "率" in w else [w]
    return [w for w in out if w.strip() and re.search(r"[\u4e00-\u9fff]", w)]


@cache
def _tagger():
    from jieba import posseg

    _tokenizer()  # quiet jieba's log before its default dictionary loads
    return posseg.dt  # jieba's own tagger and dictionary: the domain words added to ours have no tags


@lru_cache(maxsize=4096)
def opens_with_noun(text: str) -> bool:
    """The clause opens with a noun (厅长办公会…, 理论学习中心组…): it has a subject of its own, not a verb that continues
    the clause before (研究…, 开展…)."""
    first = next((w for w in _tagger().cut(text) if w.word.strip()), None)
    return first is not None and first.flag.startswith("n") and first.word not in MEANS


# words that open a clause on the means it uses ("利用周一例会…开展会前学法"), which the tagger may take for nouns
MEANS = frozenset({"利用", "通过", "依托", "借助", "结合", "围绕", "采取", "运用", "按照", "根据", "依据", "针对"})


def content(words: list[str]) -> list[str]:
    return [w for w in words if w not in STOP and len(w) >= 2 or w in ("率",)]


SHORT_HEADS = frozenset("点站室所处队组库台")  # one-character nouns that head a name ("公共法律服务点")


@cache
def profiles(skip: frozenset[str]) -> tuple[Profile, ...]:
    out = []
    for entry in lexicon.entries():
        if entry.key in skip:
            continue
        for i, term in enumerate(entry.terms):
            segments = [w for w in segment(term) if w.strip()]
            words = content(segments)
            if len(words) < 2:  # a one-word name (“执法检查”) is too weak alone: the cue table covers it
                continue
            if segments and segments[-1] in SHORT_HEADS:  # "公共法律服务点": its head (点) is too short a word to
                continue  # match on; without it the name is only its qualifiers, which other things share
            out.append(Profile(entry.key, words[-1], frozenset(words[:-1]), entry.units, primary=i == 0))
    return tuple(out)


@cache
def _qualifiers(head: str, skip: frozenset[str]) -> frozenset[str]:
    """The words that tell apart the measures of one thing (决定: 重大, 公示, 审核 …): each in some names of that head,
    not in all of them — the catalogue's names, so a synonym added for one key does not rule out another's reading."""
    names = [p.others for p in profiles(skip) if p.head == head and p.primary]
    every = frozenset.intersection(*names) if names else frozenset()
    return frozenset().union(*names) - every


MIXED_TOTAL = re.compile(r"、[^，；。]*$")  # "审查规范性文件、重大信访事项处理方案18件": a total of kinds


def assign(before: str, after: str, unit: str, skip: frozenset[str]) -> list[tuple[str, str]]:
    """(key, why) for a number between `before` and `after` (its clause), the best-fitting key only."""
    if lexicon.SUBGROUP.search(before + after):
        return []
    if MIXED_TOTAL.search(before):  # "决策、规范性文件、合同…共计200余件": a total of several measures is none of them
        return []
    # an item of an enumeration is its own words: from the item before's number to the next item's number
    # ("设立2900多个县级公共法律服务中心、3.9万多个乡镇公共法律服务工作站": the centres are not stations)
    before = re.split(r"\d[^、，,；;。\d]*、", before)[-1]
    after = re.split(r"、(?=[^、，,；;。]*\d)", after)[0]
    words = set(content(segment(before))) | set(content(segment(after)))
    best: dict[str, tuple[float, str]] = {}
    everything = frozenset()  # every key competes, those the phrase rules own too: one of them fitting best means the
    for p in profiles(everything):  # number is of that key (its rules did not take it), not of a key fitting worse
        if p.head not in words or not re.fullmatch(p.units, unit):
            continue
        if (words - p.others - {p.head}) & _qualifiers(p.head, everything):  # "重大行政执法决定" is not "应公示的行政执法
            continue  # 决定": the clause has a word that tells another measure of the same thing from this one
        share = (1 + len(p.others & words)) / (1 + len(p.others))
        if share >= MIN_SHARE and share > best.get(p.key, (0, ""))[0]:
            best[p.key] = (share, "、".join([*sorted(p.others & words), p.head]))
    if not best:
        return []
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
    if len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0]:
        return []  # two measures fit equally: no figure rather than a guess
    key, (share, matched) = ranked[0]
    if key in skip:
        return []
    return [(key, f"分词判定：分句中的词（{matched}）符合该指标名称的{share:.0%}")]
