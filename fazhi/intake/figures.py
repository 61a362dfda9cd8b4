"""Figures: statements that give an indicator key a value ("受理行政复议案件27件", "出庭应诉率100%",
"发放宣传资料2万余份"). Each number with its unit is marked ⟨N⟩ in its clause and tried against phrase rules;
a rule names the key, the units it accepts, the phrase around ⟨N⟩ and, where the phrase alone is ambiguous, a
subject that must appear earlier in the sentence (or the one before). No rule, no figure: a missed figure costs
less than a wrong one."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from . import lexicon, words
from .normalize import cn_to_int

COUNT_UNITS = "件|宗|起|项|次|场次|场|期|轮|人次|人|名|位|个|份|条|本|册|卷|户次|家次|户|家|处|支|批|部|篇|组|例"
NUMBER = re.compile(
    r"(?<![第\d.])(?<!每[日天周月年季])(?<!每季度|每半年|每个月)(?P<pre>近|超过|约|逾|共计|共|上(?=[百千万]))?"
    r"(?P<num>\d+(?:\.\d+)?|(?<![数几])(?:[零〇一二两三四五六七八九十百千]+[万亿](?=[零〇一二两三四五六七八九十百千]))?[零〇一二两三四五六七八九十百千]+|[百千万](?=余|多)|(?<=[上近逾])[百千万])(?:(?<=\d)(?P<less>余|多)(?=[万亿]))?(?P<mult>万|亿|(?<=\d)[千百](?!万|亿))?"
    r"(?P<more>余|多)?(?P<unit>%|元|" + COUNT_UNITS + r")(?P<more2>余|多|以上|左右)?")
GAP = r"[^，；;。⟨\d]"  # the words between a trigger and the number: same clause, no other number
# a count of cases whose measure word was left out, ending its clause after the stage it counts ("共审结复议案件4696,")
UNSTATED = re.compile(r"(审结|受理|办结|收到|新收)[^，；;。\d]{0,12}案件(?P<num>\d+)$")


class Unstated:
    """The number of an UNSTATED match, read as a count in 件 (the measure word its noun takes)."""

    def __init__(self, m: re.Match):
        self.m = m

    def group(self, name=0):
        if name in (0, "num"):
            return self.m.group("num")
        return "件" if name == "unit" else None

    def start(self, *_):
        return self.m.start("num")

    def end(self, *_):
        return self.m.end("num")


def _mentions(clause: str) -> list:
    """The numbers of a clause with their measure words, and a count of cases stated without one."""
    unstated = UNSTATED.search(clause)
    return [*NUMBER.finditer(clause), *([Unstated(unstated)] if unstated else [])]


@dataclass(frozen=True)
class Rule:
    key: str
    units: str  # regex alternatives
    near: str  # regex over the clause with the number replaced by ⟨N⟩
    subject: str = ""  # regex that must match in the sentence (or the previous one) before the clause
    exclude: str = ""  # regex that must not match in the clause
    inferred: bool = False  # the clause's own words are generic (专题学习): the key comes from its context
    own_sentence: bool = False  # the subject must be in the number's own sentence (not the heading before it)


def R(key, units, near, subject="", exclude="", inferred=False, own_sentence=False):
    if "件" in units.split("|") and "宗" not in units.split("|"):
        units += "|宗"  # "重大行政执法决定审核197宗": 宗 counts what 件 counts
    return Rule(key, units, re.compile(near), re.compile(subject) if subject else None,
                re.compile(exclude) if exclude else None, inferred, own_sentence)


INFERRED = lexicon.INFERRED


G = GAP
RATE = "%"
DOCS = "件|份|个"  # documents are counted in 件, 份 or 个 (审核规范性文件4份, 制发规范性文件6个): the key's unit is 件
CLEANED = "(的)?(行政)?(规范性)?(文件)?"  # what a cleanup decided about: "宣布失效的规范性文件6件"
DECIDED = "(^|后|其中)⟨N⟩(行政)?(规范性)?文件"  # the decision follows the number: "清理后6个文件继续有效"
TO_BE = "⟨N⟩(需要?|拟|应当?|应予|予以)?"  # the decision before the documents: "清理出…等2件需要废止的规范性文件"
TO_BE_DOCS = "的(行政)?(规范性)?文件"
FLOW = "划转|调整|承接|认领|精简|压减|新增|梳理|下沉"  # what was done to some items this year, not the stock of items
# (and items that reached a status — 实现“跨省通办”, 纳入, 入驻 — are a part of the stock, not all of it)
# the leading bodies' meetings (党组会, 局长办公会, 常务会议 …) and what they do with the rule of law when they put it on
# their agenda: the committee's or the body's meetings on it are leadership meetings, not study
BODY = "(党组会|党委会|常委会|常务会|办公会|局务会|委务会|厅务会|主任会|党工委会|班子会|联席会)议?"
ON_AGENDA = "(听取|研究|审议|部署|传达(?!学习))"  # (传达 a topic to the meeting, not 传达学习 a speech: that is study)
TOPIC = "(法治|依法行政)"  # what the meeting takes up: the rule of law, or 依法行政 as a department names it
PROPOSALS = "代表建议|委员提案|建议提案|建议和提案|人大代表|政协委员|代表委员|人大建议|政协提案|提案"  # the 建议 of 人大代表 and 政协委员, not 检察建议
NPC_SUGGESTIONS = "代表建议|人大代表|人大建议"
HANDED_OVER = r"(交由|交)[^，；;。⟨\d]{0,24}(承办|办理)(的)?⟨N⟩$"  # the share handed to a body to handle
DEFINED_SUGGESTIONS = re.compile(rf"({PROPOSALS})[^()（）。]{{0,30}}[(（]以下(简|统)称[“\"]?建议")
LAW = "普法|法治|法律|法规|依法|学法|宪法|法》|法[\u4e00-\u9fff]{1,6}》|法典|条例|送法|释法"  # (a law's book: 《婚姻法知识问答》)
DISCIPLINE = "党纪|纪律处分|廉政|廉洁|警示|主题教育|党史学习"  # the party's discipline or education studied, not the law (《中国共产党纪律处分条例》)
LAW_TOPIC = "(法治|法制|法律|宪法|法》|条例》|法典)"  # what is studied when the law is: the thought, the laws, a law's title  # words that say the work is of the law
JOINED = "(宣传|普法|宣讲|学法)(活动)?(和|及|与)"  # another kind of work counted with it ("法治宣传和法治讲座7次"): a total of both
NOT_PUNISHED = "不予(行政)?处罚|免予(行政)?处罚|免罚|首违不罚"  # cases closed without a penalty: a part, not the count
# a lecture or training given to pupils or the public is publicity, not the cadres' study ("法治副校长进校园开展法治讲座")
DEMO_VILLAGE = "民主法治(示范)?(村|社区)"
NAMING_BATCH = "(?<!推荐)命名(全[省国市区县])?(\\d|⟨N⟩)"  # the batch a higher body named ("命名1045个村…"), not the area's own
PROVINCIAL = "(省级|自治区级|(?<![全本])[\u4e00-\u9fff]{2,3}(?<![全本各])(省|自治区))"  # (河南省, not 全省)
HANDED_OUT_MATERIALS = (rf"(发放|印发|分发|派发|散发|赠送)({GAP}|《[^《》⟨]{{1,30}}》|“[^“”⟨]{{1,20}}”){{0,16}}(资料|手册|册子|宣传品|材料|折页|读本|宣传册|宣传单|彩页|书籍|"
                        rf"画册|挂图|宣传页){GAP}{{0,2}}⟨N⟩")
HANDING_OUT = "^(?!.*(宣传资料|宣传品|宣传册|宣传单|社会公众))"  # a sentence that hands out no leaflets to the public
AUDIENCE = "进校园|进社区|进乡村|进农村|进村|进企业|学生|师生|青少年|村民|居民|群众"
# the things a publicity drive puts up and hands out: a lecture listed among them is one of its events, not the cadres'
PUBLICITY_ITEMS = "横幅|海报|展板|宣传栏|小册子|宣传资料|宣传单"
# publicity of something else, named in the clause that does not name the law ("发放防诈骗宣传资料", "森林防火宣传活动")
OTHER_TOPIC = rf"^(?!.*({lexicon.NAMES_THE_LAW.pattern})).*(防火|政策|防诈|诈骗|消防|安全|文明|疫情|卫生|创建|防溺水|防汛|环保|垃圾分类)"
NOT_PUBLICITY_MATERIALS = f"学习资料|学习材料|{OTHER_TOPIC}"  # what the cadres are given to study, or a policy leaflet
# the kinds of information an open-government report counts what it published in
PUBLISHED_KINDS = "(工作动态|政务动态|新闻动态|通知公告|公告公示|政策法规|政策文件|部门文件|规划计划|财政预决算|预算决算|预决算|政策解读|机构职能)"
ONE_KIND = rf"[\u4e00-\u9fff]{{0,16}}({PUBLISHED_KINDS}|信息)"  # ("街道工作动态", "科技计划项目申报指南及通知类信息")
# a website's count opening a list of the kinds of information it put out ("网站共发布工作动态215…")
SITE_LIST = rf"(网站|门户|网页)[^，,；;。\d]{{0,4}}(共|累计)?(发布|公开|更新)(了)?{ONE_KIND}\d"
NEW_MEDIA_WORDS = "公众号|微信|微博|抖音|视频号|头条号"
CHANNEL = re.compile(f"网站|门户|平台|专栏|栏目|{NEW_MEDIA_WORDS}")  # where a body puts information out
A_SITE = r"网站|[\u4e00-\u9fff]网(?=[、，,和及与”」）)]|$)"  # a website, or one named …网 ("依托湛江信访网、…公众号")
# the penalty decisions made public ("在全国信用信息共享平台公示行政处罚案件2件"): publicity of the cases, not their count
PUBLICISED_CASES = re.compile(r"公示[^，；;。⟨\d]{0,2}(行政)?处罚(案件|决定书?|信息)[^，；;。⟨\d]{0,2}⟨N⟩")
SOCIAL_ONLY = rf"^(?!.*(网站|网|公开栏|公示栏|公开平台)).*({NEW_MEDIA_WORDS})"  # a count of posts on an account alone
RULES = [
    # 党政主要负责人、学法、督察
    R("leadership.rule_of_law_meetings", "次", rf"依法治[省县市区旗镇州盟]委员会{G}{{0,4}}⟨N⟩{G}{{0,4}}(召开|会议)|"
      rf"{BODY}{G}{{0,8}}⟨N⟩(专题)?{ON_AGENDA}{G}{{0,30}}{TOPIC}|{BODY}{G}{{0,12}}{ON_AGENDA}{G}{{0,30}}"
      rf"{TOPIC}{G}{{0,10}}⟨N⟩|召开⟨N⟩{G}{{0,4}}法治(政府)?建设{G}{{0,4}}(会|会议)|"
      rf"法治(政府)?建设(工作)?专题会议?{G}{{0,2}}⟨N⟩|召开{G}{{0,4}}(法治(政府)?建设|依法行政)(工作)?(推进|部署)?(会|会议){G}{{0,2}}⟨N⟩|依法治[省县市区旗镇州盟乡街](委员会|领导小组|领导机构)?{G}{{0,8}}会议{G}{{0,2}}⟨N⟩|"
      rf"⟨N⟩{G}{{0,10}}{BODY}{G}{{0,10}}{ON_AGENDA}{G}{{0,30}}{TOPIC}|"
      rf"听取{G}{{0,6}}法治{G}{{0,8}}汇报{G}{{0,2}}⟨N⟩|⟨N⟩次?听取{G}{{0,8}}法治{G}{{0,10}}汇报|"
      rf"听取⟨N⟩{G}{{0,30}}法治{G}{{0,12}}(汇报|报告)|"
      rf"(就|围绕|针对){G}{{0,30}}法治{G}{{0,30}}召开{G}{{0,6}}({BODY}|会议){G}{{0,2}}⟨N⟩"),  # "年内听取法治汇报4次": the leaders hear the work reported
    # "召开省政府常务会议，研究综合行政执法改革等法治政府建设工作30余次": the meeting named in the clause before
    R("leadership.rule_of_law_meetings", "次", rf"^(先后|共|累计)?(专题)?{ON_AGENDA}{G}{{0,30}}{TOPIC}{G}{{0,10}}⟨N⟩",
      subject=BODY, exclude="学习|学法|培训|讲座"),
    # the leaders themselves take up the government's own work of the law ("州党委、州政府主要负责同志先后研究行政立法、
    # 行政执法监督等工作11次"): its topics name the law without the word 法治
    R("leadership.rule_of_law_meetings", "次", rf"^{G}{{0,16}}(主要负责同志|主要负责人|主要领导)(先后|共|累计)?(专题)?"
      rf"{ON_AGENDA}{G}{{0,30}}({TOPIC}|立法|执法监督|行政复议|行政应诉){G}{{0,10}}⟨N⟩", exclude="学习|学法|培训|讲座"),
    # "召开局党组会7次，专题研究法治政府建设工作", "先后7次召开党组会议，研究部署…": the meetings' purpose in the clause right after — unless that clause
    # counts something of its own ("召开党组会议9次，专题研究法治建设议题10项": the topics, not the meetings, are of law)
    # (and the number first: "召开5次党组会、3次局务会议，专题研究法治建设工作")
    R("leadership.rule_of_law_meetings", "次", rf"({BODY}{G}{{0,4}}⟨N⟩次?|⟨N⟩(主持)?召开{G}{{0,6}}{BODY}|⟨N⟩次?{G}{{0,4}}{BODY}({G}{{0,8}}会议?)?)$",
      subject=rf"({BODY}{G}{{0,4}}\d+次|\d+次(主持)?召开[^，；;。\d]{{0,6}}{BODY}|\d+次[^，；;。\d]{{0,6}}(会议|会))[，,](专题)?"
              rf"{ON_AGENDA}[^，；;。\d]{{0,30}}{TOPIC}[^，；;。\d]*([，；;。]|$)",
      own_sentence=True),
    # the meetings counted, then what they studied in the clause right after ("全年召开常务会议15场次，学习法律法规15部"):
    # the leaders' study of the law, not meetings on it
    R("study.group_sessions", "次|场|场次", rf"({BODY}{G}{{0,4}}⟨N⟩|⟨N⟩次?(先后)?召开{G}{{0,6}}{BODY})$",
      subject=rf"({BODY}{G}{{0,4}}\d+(次|场次|场)|\d+次(先后)?召开[^，；;。\d]{{0,6}}{BODY})[，,](深入|集中|专题|集体)?(学习|学)"
              rf"(法律|法规|宪法|《|习近平法治思想)", own_sentence=True),  # (or "先后12次召开局党组会，深入学习习近平法治思想")
    # the committee that leads the rule of law or enforcement, its meetings counted before their name ("综合行政执法
    # 委员会已按规定开展4次季度会议")
    R("leadership.rule_of_law_meetings", "次", rf"(综合行政执法|依法治[省县市区旗镇州盟乡街])(工作)?(委员会|领导小组)"
      rf"{G}{{0,10}}(召开|开展|举行)了?⟨N⟩次?(季度|全体|专题|例行)?(工作)?会议?"),
    # "年度内4次召开专题会议进行研究部署": a meeting on nothing it names, its sentence about the rule of law
    R("leadership.rule_of_law_meetings", "次", rf"(⟨N⟩次?(组织)?召开{G}{{0,4}}专题(会议|会){G}{{0,2}}|召开{G}{{0,4}}专题(会议|会)"
      rf"{G}{{0,2}}⟨N⟩次?)(进行|开展)?(专题)?(研究|部署|研究部署)$", subject=TOPIC, own_sentence=True),
    R("supervision.inspections", "次|轮", rf"(督察|督查){G}{{0,4}}⟨N⟩|开展⟨N⟩{G}{{0,4}}(督察|督查)", exclude="不少于"),
    R("study.trainings", "次|期|场次|场|批", rf"(法治培训|法治(专题)?讲座)(、[^，；。⟨\d]{{1,6}}等)?{G}{{0,4}}⟨N⟩",
      exclude=f"执法|法律明白人|{AUDIENCE}|{JOINED}", subject=HANDING_OUT, own_sentence=True),  # (lectures counted with
    # the leaflets handed out are publicity: "举办各类法治讲座2000余场,发放宣传资料100万份")
    # a training named only by its form is of the law when its sentence says so (not "乡村振兴专题培训班2期")
    R("study.trainings", "次|期|场次|场|批", rf"(专题培训班?|专题讲座|培训班|研讨班)(、[^，；。⟨\d]{{1,6}}等)?{G}{{0,4}}⟨N⟩",
      subject=LAW, exclude=f"执法|法律明白人|{AUDIENCE}", own_sentence=True),
    # a training named by its topic right before it ("习近平法治思想专题培训7场", "举办7期《民法典》培训", "依法行政培训班")
    R("study.trainings", "次|期|场次|场|批", rf"({LAW_TOPIC}|依法行政)[^，；;。⟨\d]{{0,12}}(专题|集中|学习)?(培训班?|讲座|讲堂)"
      rf"(、[^，；。⟨\d]{{1,6}}等)?{G}{{0,4}}⟨N⟩|⟨N⟩[^，；;。⟨\d]{{0,4}}({LAW_TOPIC}|依法行政)[^，；;。⟨\d]{{0,8}}"
      rf"(专题|集中)?(培训班?|讲座|讲堂)", exclude=f"执法|法律明白人|{AUDIENCE}|{JOINED}|大学习|大培训|大研讨|宣传(教育)?讲座",
      subject=HANDING_OUT, own_sentence=True),  # (not a
    # campaign of study, training and seminars counted together: "“大学习大培训大研讨”200余次"; nor a lecture that is
    # publicity: "开展法治宣传教育讲座活动194场次")
    R("study.trainings", "个", r"⟨N⟩(法治)?(专题)?(培训班|研讨班)$", subject=LAW, exclude=f"执法|{AUDIENCE}",
      own_sentence=True),  # "安排39个培训班": classes counted by 个, the noun right after the number
    R("study.law_reports_units", "个", rf"⟨N⟩{G}{{0,8}}(单位|部门){G}{{0,30}}(述法|法治述职)"),
    R("study.group_sessions", "次|期|场|场次", rf"(中心组|会前|集中|集体|常务会议?|例会)(专题)?学法{G}{{0,6}}⟨N⟩|"
      rf"(专题法治|法治专题)[^，；;。⟨\d]{{0,8}}学习{G}{{0,2}}⟨N⟩", exclude="支部"),  # a party branch's study  # "法治专题中心组理论学习17次"
    R("study.group_sessions", "次|期|场", rf"^[^，；。⟨\d]{{0,8}}(领学|学习)法律法规{G}{{0,2}}⟨N⟩", subject="学法"),
    # the study group (中心组) studying law or the rule-of-law thought, as many reports phrase 学法
    R("study.group_sessions", "次|期|场|场次", r"⟨N⟩(中心组|党组|常务会议?)(专题|集中)?(学习|学法)", subject=LAW),
    # a seminar on the law ("习近平法治思想专题研讨7次", "围绕《行政处罚法》开展研讨7次", "法治专题研讨4次") is a study of it
    R("study.group_sessions", "次|期|场|场次", rf"{LAW_TOPIC}[^，；;。⟨\d]{{0,10}}研讨(交流)?{G}{{0,2}}⟨N⟩|"
      rf"⟨N⟩次?(专题)?研讨{G}{{0,10}}{LAW_TOPIC}",
      exclude=f"培训|讲座|讲堂|活动|考试|测试|宣讲|普法|支部|发言|{DISCIPLINE}"),  # (研讨发言: speeches at one, not seminars)
    R("study.group_sessions", "次|期|场|场次", rf"(中心组|党组|党委|党工委|班子|常务会议?|常委会){G}{{0,16}}(学习{G}{{0,12}}{LAW_TOPIC}|"
      rf"{LAW_TOPIC}{G}{{0,6}}学习)"
      rf"{G}{{0,8}}⟨N⟩",
      exclude=f"培训|讲座|宣讲|考试|研讨班|发言|{DISCIPLINE}"),
    # "纳入党委理论学习中心组学习内容，全年开展专题学习3次": the study group's sessions, named by the clause before
    R("study.group_sessions", "次|场|场次", rf"(专题|集中|累计|共)学习{G}{{0,2}}⟨N⟩|⟨N⟩(专题|集中)学习",
      subject="(?=.*(中心组|党组|常务会|学法))(?=.*(法治思想|学法|法律|宪法))",
      exclude=f"培训|宣讲|讲座|研讨班|人次|{DISCIPLINE}", inferred=True),
    R("study.group_sessions", "次|期|场|场次", rf"(集体|集中|专题|组织)(学习|研讨){G}{{0,12}}{LAW_TOPIC}{G}{{0,4}}⟨N⟩|"
      rf"⟨N⟩(专题|集中|集体)(学习|研讨){G}{{0,12}}{LAW_TOPIC}",
      exclude=f"培训|讲座|宣讲|普法|考试|测试|考核|{DISCIPLINE}"),  # "集体学习习近平法治思想3次"
    # a leading body's study of the law however long the list of what it studied ("区政府常务会议以《…》《…》等法律为重点
    # 开展学法7次"); a bare study of the law counted where the sentence or the one before names whose it is
    R("study.group_sessions", "次|期|场|场次", rf"(中心组|党组|党委|党工委|班子|常务会议?|常委会){G}{{0,80}}学法{G}{{0,6}}⟨N⟩",
      exclude=f"培训|讲座|宣讲|普法|考试|测试|考核|支部|{DISCIPLINE}"),
    R("study.group_sessions", "次|期|场|场次", rf"^(全年|今年|年内|先后)?(共|累计)?学习{G}{{0,60}}{LAW_TOPIC}{G}{{0,20}}⟨N⟩",
      subject="中心组|党组|党委|党工委|班子|常务会|学法",
      exclude=f"培训|讲座|宣讲|普法|考试|测试|考核|支部|{DISCIPLINE}"),
    # the laws named first, then their study counted: "组织习近平法治思想、《行政许可法》等学习4次"
    R("study.group_sessions", "次|期|场|场次", rf"(法治思想|法》|条例》|法典》?|法律法规|宪法){G}{{0,8}}学习{G}{{0,2}}⟨N⟩",
      exclude=f"培训|讲座|宣讲|普法|考试|测试|考核|{DISCIPLINE}"),
    R("study.pre_appointment_exams", "人次|人|名", rf"(新提任|拟提任|新提拔|任前|任职前){G}{{0,10}}(考试|考法|测试){G}{{0,4}}⟨N⟩|"
      rf"⟨N⟩{G}{{0,24}}(20\d{{2}}年度?)?(新提任|拟提任|新提拔|任前|任职前){G}{{0,10}}(考试|考法|测试)",  # (the year of the exam
      # may stand between: "…干部参加2023年新提任法治理论考试")
      exclude="培训"),  # "组织新提任领导干部考试37人次": the law examination before appointment
    R("study.law_reports_units", "名|人|位", rf"⟨N⟩{G}{{0,8}}(单位|部门|乡镇|街道){G}{{0,4}}(主要)?负责(人|同志){G}{{0,12}}述法"),  # one head for a unit
    R("study.law_report_coverage", RATE, rf"述法(工作)?覆盖(率|面){G}{{0,3}}⟨N⟩"),
    # 规范性文件
    # (the number first: "新增2件规范性文件", "出台3件行政规范性文件")
    R("normative.issued", DOCS, r"(制发|出台|印发|制定|发布|新增)(了)?⟨N⟩(行政)?规范性文件", exclude="备案|审查|审核|清理|废止"),
    R("normative.issued", DOCS, rf"(制发|出台|印发|制定|发布){G}{{0,6}}(行政)?规范性文件{G}{{0,2}}⟨N⟩|"
      rf"(制发|出台|印发|制定|发布)(《[^》]{{1,40}}》)+等?(行政)?规范性文件{G}{{0,2}}⟨N⟩"),  # the titles in between
    # the normative documents among the kinds of documents the sentence says were made ("以市外办名义制发的主动公开文件
    # 25件，其中人事信息14件、…、规范性文件1件")
    R("normative.issued", DOCS, rf"^(其中)?(行政)?规范性文件{G}{{0,2}}⟨N⟩", subject=r"(制发|印发|出台|制定)[^。；;]{0,30}文件[^。；;]{0,4}\d",
      own_sentence=True, exclude="备案|审查|审核|清理|废止"),
    # the documents made, in a clause after the one naming them ("清理区本级规范性文件0件，保留4件，新制发1件")
    R("normative.issued", DOCS, r"^[^，；;。⟨\d]{0,2}?(新)?(制发|出台|印发|制定)⟨N⟩", subject="规范性文件", own_sentence=True),
    R("normative.filing_rate", RATE, rf"备案(审查)?率{G}{{0,3}}⟨N⟩", subject="规范性文件"),
    R("normative.review_rate", RATE, rf"(合法性)?审核率{G}{{0,3}}⟨N⟩", subject="规范性文件"),
    # the documents filed, after the clause that names them ("制定规范性文件20件，报备20件")
    R("normative.filed", DOCS, r"^[^，；;。⟨\d]{0,4}?(报送|依法)?(备案|报备)⟨N⟩", subject="规范性文件", exclude="合同",
      own_sentence=True),
    R("normative.filed", DOCS, rf"(备案|报备){G}{{0,8}}规范性文件{G}{{0,2}}⟨N⟩|规范性文件{G}{{0,6}}(备案|报备){G}{{0,2}}⟨N⟩|"
      rf"备案⟨N⟩(件|份)?(行政)?规范性文件|"
      rf"报送备案{G}{{0,4}}⟨N⟩|向{G}{{0,12}}(报送)?备案(规范性)?文件{G}{{0,2}}⟨N⟩|⟨N⟩(件|份)?(行政)?规范性文件(的)?备案|对⟨N⟩{G}{{0,8}}规范性文件{G}{{0,6}}备案"),
    # the documents a government sent in, where the sentence is on their filing ("对县政府报送的4份规范性文件完成了备案")
    R("normative.filed", DOCS, r"报送(备案)?的⟨N⟩(行政)?规范性文件", subject="备案|报备"),
    R("normative.legality_reviews", DOCS, rf"规范性文件{G}{{0,6}}(合法性)?(审查|审核){G}{{0,2}}⟨N⟩|"
      rf"(合法性)?(审查|审核){G}{{0,4}}规范性文件{G}{{0,2}}⟨N⟩|对{G}{{0,4}}⟨N⟩{G}{{0,8}}规范性文件{G}{{0,6}}(合法性)?(审查|审核)|"
      rf"^[^，；;。⟨\d]{{0,8}}(完成|开展|进行)?⟨N⟩(件|份)?(行政)?规范性文件{G}{{0,6}}(的)?合法性(审查|审核)|"
      rf"(审查|审核)(了)?⟨N⟩(件|份)?(行政)?规范性文件",  # the number first: "审核7件规范性文件"
      exclude="备案|附带"),  # "对12件行政规范性文件进行合法性审核" (not the documents a reconsideration reviewed
    # on the applicant's request: "附带审查规范性文件8608件")
    R("decisions.legality_reviews", "件|项|次", rf"合法性审查{G}{{0,2}}⟨N⟩", subject="重大(行政)?决策"),
    R("decisions.legality_reviews", "件|项", rf"对⟨N⟩{G}{{0,6}}重大(行政)?决策{G}{{0,8}}(合法性)?(审查|审核)|"
      rf"(审查|审核)重大(行政)?决策(事项)?{G}{{0,2}}⟨N⟩|⟨N⟩(项|件)?重大(行政)?决策(事项)?{G}{{0,4}}(均|全部)(经|经过|进行了?)?"
      rf"(合法性)?(审查|审核)"),  # "7项重大行政决策均经合法性审查": the decisions reviewed
    R("decisions.legality_reviews", "件|项", rf"(和|及|、)重大(行政)?决策(事项)?{G}{{0,2}}⟨N⟩",
      subject="合法性审查|审查|审核"),
    R("normative.legality_reviews", DOCS + "|次", rf"合法性审核{G}{{0,2}}⟨N⟩", subject="规范性文件", exclude="备案"),
    # what a cleanup decided, written before the number ("废止文件3件") or after it ("6个文件继续有效")
    R("normative.cleanup.invalidated", DOCS + "|个", rf"(宣布)?失效{CLEANED}{G}{{0,2}}⟨N⟩|{DECIDED}(宣布|予以)?失效|{TO_BE}(宣布)?失效{TO_BE_DOCS}",
      subject="清理"),
    R("normative.cleanup.repealed", DOCS + "|个", rf"废止{CLEANED}{G}{{0,2}}⟨N⟩|{DECIDED}(予以)?废止|{TO_BE}废止{TO_BE_DOCS}",
      subject="清理", exclude="(修改|修订)[、和及或]废止"),  # ("修改、废止4660件": the two outcomes together)
    R("normative.cleanup.retained", DOCS + "|个", rf"(继续有效|保留){CLEANED}{G}{{0,2}}⟨N⟩|{DECIDED}(继续有效|予以保留)",
      subject="清理"),
    R("normative.cleanup.amended", DOCS + "|个", rf"(?<!制)(修改|修订){CLEANED}{G}{{0,2}}⟨N⟩|{DECIDED}(予以|需要?)?修[改订]|{TO_BE}修[改订]{TO_BE_DOCS}",
      subject="清理"),  # not 制修订: made
    R("normative.filing_on_time_rate", RATE, rf"(报备|备案)及时率{G}{{0,3}}⟨N⟩", subject="规范性文件"),
    R("normative.cleanup.rounds", "次|轮", rf"清理(工作)?{G}{{0,2}}⟨N⟩|清理(行政)?规范性文件(工作)?{G}{{0,2}}⟨N⟩|⟨N⟩(全面|专项|集中|系统)?清理|"
      rf"⟨N⟩{G}{{0,6}}规范性文件(的)?(全面|专项|集中|系统)?清理",
      subject="规范性文件|文件|政策|法规"),
    # 重大行政决策、法律顾问
    # the annual list of major decisions (决策事项目录, 重大行政决策程序暂行条例 第十条): "重大决策目录清单事项4件"
    R("decisions.major_count", "项|件", rf"⟨N⟩重大(行政)?决策(事项)?|重大(行政)?决策(事项)?(目录)?(清单)?事项{G}{{0,2}}⟨N⟩|"
      rf"重大(行政)?决策(事项)?目录(清单)?{G}{{0,6}}⟨N⟩|"
      rf"(作出|决策|审议|出台|制定){G}{{0,4}}重大(行政)?决策{G}{{0,2}}⟨N⟩",
      exclude="法制审核|合法性审查|合法性审核"),  # "完成31件重大决策与规范性文件法制审核": reviews, not decisions
    R("advisers.count", "名|位|人", rf"(选聘|聘请|聘任|聘用){G}{{0,2}}⟨N⟩{G}{{0,20}}法律顾问|法律顾问{G}{{0,2}}⟨N⟩|"
      rf"⟨N⟩(政府)?法律顾问|^由⟨N⟩组成的{G}{{0,6}}法律顾问"),
    R("advisers.meetings", "次|场|场次", rf"(参加|列席|参与){G}{{0,24}}(会议|讨论|论证){G}{{0,12}}⟨N⟩",
      subject="法律顾问"),
    R("advisers.cases_represented", "件", rf"代理{G}{{0,6}}案件{G}{{0,2}}⟨N⟩", subject="法律顾问"),
    R("advisers.opinions", "件|份|条|次", rf"(审核|审查|法律)意见(书)?{G}{{0,2}}⟨N⟩|(出具|提出|提供)(书面|专业)?(法律|审查|审核)?意见(书)?{G}{{0,2}}⟨N⟩",
      subject="法律顾问", exclude="建议|咨询(和|及|与|、)"),  # (not advice and opinions counted together)
    R("advisers.contracts_reviewed", "件|份", rf"(审查|审核)[^，；。⟨\d]{{0,6}}合同{G}{{0,4}}⟨N⟩|合同(审查|审核){G}{{0,2}}⟨N⟩|"
      rf"对{G}{{0,6}}⟨N⟩(份|件)?(重要|各类|政府|行政)?(合同|协议){G}{{0,6}}(合法性|法治|法制)?(审查|审核)|"
      rf"(合同|协议)[^，；;。⟨\d]{{0,8}}合法性(审查|审核){G}{{0,2}}⟨N⟩|(审查|审核)(了)?⟨N⟩(份|件)?(重要|各类|政府|行政)?(合同|协议)",
      subject="法律顾问"),
    R("legality.other_documents_reviewed", DOCS + "|次", rf"(协议|合同){G}{{0,2}}⟨N⟩|"
      rf"对{G}{{0,6}}⟨N⟩(份|件)?(重要|各类|政府|行政)?(合同|协议){G}{{0,6}}(合法性|法治|法制)?(审查|审核)|"
      rf"(合同|协议)[^，；;。⟨\d]{{0,8}}合法性(审查|审核){G}{{0,2}}⟨N⟩", subject="合法性(审核|审查)|审核|审查",
      exclude="法律顾问|签订|签约|备案"),  # contracts filed (备案合同20件) are not contracts reviewed
    # the other documents and matters reviewed for legality ("审核重要文件7件", "对7件涉法事务进行合法性审查"): not the
    # normative documents or major decisions, which have figures of their own
    R("legality.other_documents_reviewed", DOCS + "|项", rf"(合法性)?(审查|审核){G}{{0,4}}(重要|各类|涉法|其他|政府|上会)+"
      rf"(文件|事务|事项){G}{{0,2}}⟨N⟩|(审查|审核)(会议)?纪要{G}{{0,2}}⟨N⟩|"
      rf"对⟨N⟩{G}{{0,6}}(涉法|重要|上会)(文件|事务|事项){G}{{0,4}}(进行|开展)?合法性(审查|审核)|"
      rf"^[^，；;。⟨\d]{{0,8}}(完成|开展|进行)?⟨N⟩(件|份)?(涉法|重要|上会|各类)(文件|事务|事项|议题){G}{{0,4}}(的)?合法性(审查|审核)|"
      rf"^[^，；;。⟨\d]{{0,6}}?(开展|完成|进行|出具)?合法性(审查|审核)(意见书?)?{G}{{0,2}}⟨N⟩",
      exclude="规范性|政策|决策|备案|法律顾问|信访"),
    # the items a meeting takes up, reviewed for legality first ("严格法制审核，全年审查政府常务会、专题会议题302项")
    R("legality.other_documents_reviewed", DOCS + "|项|个", rf"(审查|审核){G}{{0,12}}议题{G}{{0,2}}⟨N⟩",
      subject="法制审核|法制审查|合法性(审查|审核)", exclude="规范性|决策|法律顾问|信访"),
    # the documents a body issues in its own name, reviewed for legality ("累计审查以镇政府名义印发的文件1800余件")
    R("legality.other_documents_reviewed", DOCS, rf"(审查|审核)(以)?{G}{{0,10}}(名义)?(印发|制发|出台|发布|下发)的?(各类)?"
      rf"文件{G}{{0,2}}⟨N⟩", subject="合法性", exclude="规范性|政策|决策|备案|法律顾问|信访|公平竞争"),
    # 行政执法
    R("enforcement.cases", "件|起", rf"执法(监督)?(信息)?平台{G}{{0,6}}案件{G}{{0,2}}⟨N⟩|(办理|查处|办结|查办){G}{{0,6}}行政(执法|处罚)?"
      rf"案件{G}{{0,2}}⟨N⟩|行政(执法|处罚)案件{G}{{0,2}}⟨N⟩|查处{G}{{0,4}}违法(行为|案件)?{G}{{0,2}}⟨N⟩|"
      rf"(办理|办结|查办){G}{{0,4}}违法案件{G}{{0,2}}⟨N⟩|(查处|办理|查办){G}{{0,20}}违法[\u4e00-\u9fff]{{0,4}}案件{G}{{0,2}}⟨N⟩|"
      rf"(实施|作出|办理)行政处罚(决定)?{G}{{0,2}}⟨N⟩|查处⟨N⟩(起|件|宗)?{G}{{0,4}}违法(案件|行为)",  # "全年共实施行政处罚237件"
      exclude=f"评查|复议|诉讼|应诉|一审|二审|法院|审结|一般程序|普通程序|简易程序|从轻|减轻|刑事|线索|纠纷|{NOT_PUNISHED}"),  # "办结林业行政案件103件"; a court's
    # 行政案件 are litigation; cases by procedure are counted on their own
    R("enforcement.cases_ordinary", "件|起", rf"(一般|普通)程序(行政处罚)?案件{G}{{0,2}}⟨N⟩", exclude="案卷|评查"),  # ("立案查办一般程序案件759起")
    # the penalty decisions issued, one a case ("全国共下达环境行政处罚决定书13.28万份")
    R("enforcement.cases", "份|件", rf"(下达|下发|作出|发出|制发|送达){G}{{0,6}}行政处罚决定书?{G}{{0,2}}⟨N⟩"),
    R("enforcement.cases", "件|起", rf"立案(查处|调查|办理)?{G}{{0,6}}⟨N⟩", subject="执法|处罚|违法",
      exclude=f"评查|复议|诉讼|应诉|法院|检察|信访|审结|一般程序|普通程序|简易程序|刑事|{NOT_PUNISHED}"),  # "行政处罚案件…全年共立案45件"
    R("enforcement.fines_amount", "元", rf"(罚没款|罚没金额|罚款金额|处罚金额|罚没收入){G}{{0,4}}⟨N⟩|⟨N⟩罚没款$|"
      rf"(^|全年|共|共计|累计)(罚款|罚没){G}{{0,2}}⟨N⟩",  # "全年罚款7万元", "共罚没7万元": the year's, not one case's
      exclude="挽回|追回|退还|补缴|处以"),  # "处罚金额144.6万余元" (not one case's: "处以罚款5000元")
    # the fines imposed in all: "查处违法案件20起，处以罚款共计7万元", "作出罚款7万元" — unless a party is named (对…处以)
    R("enforcement.fines_amount", "元", rf"^(全年|共|累计)?(处以|作出|共处|合计处以)罚款(决定)?{G}{{0,2}}⟨N⟩",
      exclude="挽回|追回|退还|补缴|对|当事人|公司|个人|某"),
    # the fines named beside the money recovered ("依法追回违法资金1366.86万元和行政罚款207.58万元")
    R("enforcement.fines_amount", "元", r"(和|及|、|处)行政罚款⟨N⟩", exclude="对|当事人|公司|个人|某"),
    R("enforcement.cases_simple", "件|起", rf"简易程序{G}{{0,8}}⟨N⟩", subject="执法|处罚"),
    # the inspections a platform records, each a record ("通过执法平台共录入行政检查1530起", "其中行政检查353件")
    R("enforcement.inspections", "次|起|件|家次|户次", rf"行政(执法)?检查{G}{{0,2}}⟨N⟩",
      exclude="整改|问题|督察|督查|案卷|评查|涉企行政检查频次"),
    # the units a fire brigade or a market regulator inspected ("共检查单位880家", "检查各类市场主体1200户次")
    R("enforcement.inspections", "家|家次|户|户次", r"^[^，；;。⟨\d]{0,4}?(共|累计)(检查|抽查)了?(各类|社会)?(单位|企业|场所|商户|经营户|门店|"
      r"市场主体|生产经营单位)⟨N⟩$", exclude="被检查|整改|问题|督察|督查",
      subject="^(?!.*(两级|各级|全省|全国))", own_sentence=True),  # (the body's own, not all levels': "全省市县两级
    # 应急局共…检查企业11339家")
    R("enforcement.cases_ordinary", "件|起", rf"(普通|一般)程序{G}{{0,8}}⟨N⟩", subject="执法|处罚",
      exclude="案卷|评查"),  # (the case files of such cases drawn for review are not the year's cases)
    R("enforcement.cases_major", "件|起", rf"重大(行政)?执法决定{G}{{0,4}}⟨N⟩", exclude="审核|审查"),
    R("enforcement.major_reviewed", "件|起", rf"^(经|通过)法制审核{G}{{0,2}}⟨N⟩", subject="重大执法决定"),
    R("enforcement.major_reviewed", "件|起|次", rf"重大(行政)?(执法决定)?法制审核(案件)?{G}{{0,2}}⟨N⟩|"
      rf"重大(行政)?执法决定(法制|合法性)?(审核|审查){G}{{0,2}}⟨N⟩|(法制)?(审核|审查){G}{{0,4}}重大(行政)?执法决定{G}{{0,4}}⟨N⟩|"
      rf"对⟨N⟩{G}{{0,4}}重大(行政)?执法决定{G}{{0,6}}(法制|合法性)(审核|审查)"),  # "对7件重大行政执法决定进行法制审核"
    R("enforcement.case_file_review_rounds", "次|轮", rf"案卷评查{G}{{0,6}}⟨N⟩|评查{G}{{0,8}}案卷{G}{{0,2}}⟨N⟩|⟨N⟩{G}{{0,4}}案卷评查",
      exclude="推进会|调度会|座谈会|会议"),  # "召开…案卷评查整改等推进会8次": the meetings, not the reviews
    # the files drawn or reviewed where the sentence (or the one before) is on a case-file review ("此次案卷评查，随机
    # 抽取…行政处罚案卷和行政许可案卷共计123份", "实际抽查案卷数量60本", "重点评查…等领域行政执法案卷50余卷")
    R("enforcement.case_files_reviewed", "本|卷|份|件|宗", rf"(抽查|抽取|评查)(了)?(?:{G}|\d{{4}}年度?){{0,40}}案卷(数量)?(共计|共)?{G}{{0,2}}⟨N⟩",
      subject="评查", exclude="自查|优秀|合格"),
    R("enforcement.case_files_reviewed", "本|卷|份|件", rf"⟨N⟩(行政)?执法案卷|评查{G}{{0,8}}案卷{G}{{0,2}}⟨N⟩|"
      rf"评查(抽取|抽查){G}{{0,24}}案卷{G}{{0,2}}⟨N⟩|"  # "经平台评查抽取市、区…普通程序执法案卷100件"
      rf"对⟨N⟩{G}{{0,8}}(案件|案卷){G}{{0,4}}(进行|开展)了?评查"),  # "对40余件涉企案件进行了评查"
    R("enforcement.officers_new_certified", "人|名|个|本", r"⟨N⟩(?:(?!全部|均|都)[^，；;。⟨\d]){0,8}(考取|取得|申领|获得?|领取)"
      rf"{G}{{0,6}}执法(资格|证)|"  # ("组织6人完成培训并取得执法证件"; not "3名执法人员全部取得…证": all hold one)
      rf"⟨N⟩(人|名)?{G}{{0,8}}?(通过|参加){G}{{0,12}}考试[^，；;。⟨\d]{{0,4}}(取得|获得|领取|申领){G}{{0,6}}执法(资格|证)|"
      rf"新增(持证)?(行政)?执法人员{G}{{0,2}}⟨N⟩|新增⟨N⟩(名|人)?(持证|持有执法证的?)(行政)?执法人员|新(取得|申领|领取|办理|核发){G}{{0,4}}执法(资格|证件|证){G}{{0,2}}⟨N⟩"),
    # the cadres trained and, in the next clause, certified ("34名渔政干部参加了…专业法培训,并获得执法证")
    R("enforcement.officers_new_certified", "人|名", rf"^{G}{{0,6}}⟨N⟩(人|名)?{G}{{0,8}}?参加了?{G}{{0,30}}(培训|考试|考核)$",
      subject=r"(培训|考试|考核)[,，]并?(取得|获得|领取)了?(行政)?执法(资格|证)", own_sentence=True),
    R("enforcement.certificates_revoked", "人|名|个|本", rf"注销{G}{{0,8}}(资格|证件|证){G}{{0,4}}⟨N⟩|"
      rf"注销了?⟨N⟩{G}{{0,6}}(执法)?(人员)?(资格|证件|证)"),
    R("enforcement.officers_certified", "人|名", rf"持证(行政)?执法人员{G}{{0,2}}⟨N⟩|⟨N⟩持证", exclude="新增|新取得|新考取"),
    R("enforcement.supervisors", "名|人|位", rf"⟨N⟩{G}{{0,6}}特邀{G}{{0,6}}监督员|特邀{G}{{0,8}}监督员{G}{{0,2}}⟨N⟩"),
    R("enforcement.supervisors", "名|人|位", rf"⟨N⟩{G}{{0,8}}社会监督员|社会监督员{G}{{0,2}}⟨N⟩", subject="执法"),
    R("enforcement.supervisors", "名|人|位", r"⟨N⟩[^，；;。⟨\d、]{0,10}执法(义务|社会|特邀)?监督员|"  # "22名受聘的行政执法义务
      r"⟨N⟩[^，；;。⟨\d、]{0,12}担任[^，；;。⟨\d、]{0,6}执法(义务|社会|特邀)?监督员"),  # ("聘请13名“两代表一委员”担任…监督员")
    # 监督员" (not the next item of a list: "6位群众公议员、行政执法监督员、法律顾问…组成民主评议团")
    # the decisions made public (公示/公开行政处罚决定): not the cases, nor the "双公示" credit records
    R("enforcement.decisions_publicised", "件|起", rf"(公示|公开)(各类)?(行政)?(执法|处罚)决定(信息)?{G}{{0,2}}⟨N⟩",
      exclude="双公示|信用"),
    # the credit records a sentence on the "双公示" system counts ("双公示系统中公开行政许可信息55项，行政处罚3项";
    # "推送“双公示”信息1790件，主动公开行政许可决定书1782份、行政处罚决定书8份")
    # the records uploaded to the credit platform, the number first ("共上传了190条行政许可“双公示”数据")
    R("credit.licensing_published", "条|项|件", r"⟨N⟩(行政)?许可“?双公示”?(数据|信息)"),
    R("credit.penalty_published", "条|项|件", r"⟨N⟩(行政)?处罚“?双公示”?(数据|信息)"),
    R("credit.penalty_published", "条|项|件", PUBLICISED_CASES.pattern),
    R("credit.licensing_published", "条|项|件|份", rf"(行政)?许可(信息|决定书?)?{G}{{0,2}}⟨N⟩", subject="双公示",
      own_sentence=True, exclude="事项|决定数量"),
    R("credit.penalty_published", "条|项|件|份", rf"(^|、|行政)处罚(信息|决定书?)?{G}{{0,2}}⟨N⟩", subject="双公示",
      own_sentence=True, exclude="事项|决定数量"),
    R("enforcement.delegated_matters", "项", rf"下放{G}{{0,4}}执法事项{G}{{0,2}}⟨N⟩|赋权{G}{{0,6}}⟨N⟩|"
      rf"赋予{G}{{0,10}}(行政)?(执法权|执法事项|执法职权|处罚权){G}{{0,2}}⟨N⟩",
      exclude="园区|开发区|高新区|自贸|收回|取消"),  # the powers given to the townships, not to a development zone,
    # nor those taken back
    R("enforcement.training_sessions", "场次|期|场|次|批", rf"(培训|参加了?|举办了?){G}{{0,4}}⟨N⟩$", subject="执法"),
    # attendance right after the sessions ("培训共6期20人次") or as the reach of the training ("…培训12场次，覆盖民辅警200余人次")
    R("enforcement.training_attendance", "人次|人|名", r"^⟨N⟩$|培训[^，；。⟨\d]{0,6}(\d+(期|次|场|批)次?)?⟨N⟩|"
      r"^(其中)?[\u4e00-\u9fff]{0,4}(级|线上|线下)⟨N⟩$|"  # the parts by level ("其中自治区级10人次，市级210人次")
      r"^[^，；。⟨\d]{0,14}(覆盖|参训|培训)[^，；。⟨\d]{0,6}⟨N⟩$|⟨N⟩[^，；。⟨\d]{0,8}执法人员[^，；。⟨\d]{0,4}(参与|参加)了?"
      r"[^，；。⟨\d]{0,4}培训|执法人员[^，；。⟨\d]{0,4}⟨N⟩(参与|参加)了?[^，；。⟨\d]{0,10}培训|"
      r"⟨N⟩[^，；。⟨\d]{0,8}(参与|参加)了?培训", subject="执法[^。、]*(培训|参训)|(培训|参训)[^。]*执法"),  # "120余名执法人员参与培训",
    # "…组织…执法业务培训，…业务骨干共计300多人分两期参加了培训"
    # (not the enforcement staff as one of the groups every training reached: "处级干部、…、行政执法人员、新录用公务员等
    # 四类人群必训必学，…培训1654人次")
    # 复议、应诉
    R("reconsideration.applications", "件|起", rf"(收到|接收|接到){G}{{0,4}}(行政)?复议申请{G}{{0,2}}⟨N⟩|⟨N⟩(行政)?复议申请"),
    R("reconsideration.accepted", "件|起", rf"受理{G}{{0,8}}(行政)?复议(案件)?{G}{{0,2}}⟨N⟩|受理{G}{{0,2}}⟨N⟩(行政)?复议|"
      rf"办理(行政)?复议案件{G}{{0,2}}⟨N⟩|^(依法|予以|决定)?受理⟨N⟩|新收(行政)?复议(案件|申请)?{G}{{0,2}}⟨N⟩|"
      rf"复议(机构|机关){G}{{0,2}}(新收|受理)(各类)?案件{G}{{0,2}}⟨N⟩", subject="复议"),  # ("行政复议机构新收案件…")
    # the year's intake where the sentence splits the cases handled into new ones and those carried over ("办理行政复议
    # 案件111.5万件(其中新收98.5万件，结转13.0万件)")
    R("reconsideration.accepted", "件|起", r"(^|[(（])(其中)?(本年|今年|全年)?新收(案件)?⟨N⟩", subject="复议[^。]*结转",
      own_sentence=True),
    # the cases taken in named first and the verb after ("行政复议案件受理7件", "行政复议立案7件"), or no verb at all
    R("reconsideration.accepted", "件|起", rf"(行政)?复议(案件)?{G}{{0,2}}(受理|立案){G}{{0,2}}⟨N⟩|^{G}{{0,8}}复议案件{G}{{0,2}}⟨N⟩",
      exclude="审结|办结|结案|纠错|纠正|调解|和解|审理中|在审|申请"),
    R("reconsideration.concluded", "件|起", rf"(审结|办结|结案|审理终结)(的)?([\u4e00-\u9fff]{{0,4}}(行政)?复议案件)?{G}{{0,4}}⟨N⟩|"
      rf"^⟨N⟩(均|全部)?(审结|审理终结|办结)",
      subject="复议", exclude="调解|和解|尚未|未能|没有"),  # "以调解、和解方式结案7件": the cases mediated, a
    # part; "尚未审结行政复议0件": the cases still pending
    R("reconsideration.mediated", "件|起", rf"^(顺利|成功)?(化解|调解|和解){G}{{0,4}}⟨N⟩|复议(调解|和解){G}{{0,4}}⟨N⟩|"
      rf"(调解|和解){G}{{0,8}}化解{G}{{0,4}}(行政)?复议案件{G}{{0,2}}⟨N⟩|"
      rf"(调解|和解)[^，；;。⟨\d]{{0,8}}(化解|结案|办结|解决)[^，；;。⟨\d]{{0,8}}⟨N⟩", subject="复议",
      exclude="人民调解|矛盾纠纷|信访"),
    R("reconsideration.corrected", "件|起", rf"(纠正|纠错){G}{{0,12}}⟨N⟩|撤销、变更、?(或|和)?确认违法{G}{{0,8}}⟨N⟩",
      subject="复议"),  # the decisions that correct: 撤销, 变更, 确认违法
    R("reconsideration.opinion_letters", "件|份", rf"(行政)?复议意见书{G}{{0,2}}⟨N⟩", exclude="建议书"),
    R("reconsideration.suggestion_letters", "件|份", rf"(行政)?复议建议书{G}{{0,2}}⟨N⟩", exclude="意见书"),
    R("reconsideration.suggestion_letters", "件|份", rf"^建议书{G}{{0,2}}⟨N⟩", subject="复议"),  # "意见书6份、建议书2份"
    R("reconsideration.on_time_rate", RATE, rf"法定期限内(审结|办结)率{G}{{0,3}}⟨N⟩", subject="复议"),
    R("litigation.head_appearance_rate", RATE, rf"出庭(应诉)?率{G}{{0,3}}⟨N⟩|^应诉率{G}{{0,3}}⟨N⟩|"
      rf"负责人{G}{{0,4}}⟨N⟩(的)?(比例)?出庭"),  # "行政机关负责人100%出庭应诉": the rate written before its act
    # the other rates written before what they measure ("规范性文件100%报送备案", "生效判决100%履行")
    R("normative.filing_rate", RATE, rf"规范性文件{G}{{0,10}}⟨N⟩(报送|报)?备案", exclude="及时|按时|按期"),
    R("enforcement.major_review_rate", RATE, rf"重大(行政)?执法决定{G}{{0,8}}⟨N⟩(进行|经过?)?法制审核|"
      rf"法制审核(执行)?率{G}{{0,3}}⟨N⟩", subject="重大"),
    R("litigation.judgments_performed_rate", RATE, rf"生效(行政)?(裁判|判决){G}{{0,6}}⟨N⟩(履行|执行)|"
      rf"(裁判|判决)(的)?(履行|执行)率{G}{{0,3}}⟨N⟩"),
    R("reconsideration.decisions_performed_rate", RATE, rf"复议决定{G}{{0,6}}⟨N⟩(履行|执行)|复议决定(的)?(履行|执行)率{G}{{0,3}}⟨N⟩"),
    R("litigation.head_appearances", "件|起|次|人次", rf"出庭(应诉)?{G}{{0,2}}⟨N⟩", subject="负责人", exclude="率"),
    # every case of a count had its head in court ("7宗开庭审理的行政诉讼案件均由副职负责人出庭应诉")
    R("litigation.head_appearances", "件|起", rf"⟨N⟩{G}{{0,12}}(行政)?(诉讼|应诉)?案件(均|全部|都)由{G}{{0,8}}负责(人|同志)出庭|"
      rf"⟨N⟩(行政)?(诉讼|应诉)?案件的?被告{G}{{0,8}}负责(人|同志)出庭"),  # ("383件行政案件被告行政机关的负责人出庭应诉")
    R("litigation.lost", "件|起", rf"败诉{G}{{0,2}}⟨N⟩", subject="行政(诉讼|应诉|案件)|应诉"),
    # the cases the court concluded, by their name ("审结一审行政诉讼案件16件", "一审行政诉讼案件已审结16件")
    R("litigation.concluded", "件|起", rf"(审结|结案)(了)?(一审|二审)?行政(应诉|诉讼)?案件{G}{{0,2}}⟨N⟩|"
      rf"行政(应诉|诉讼)案件{G}{{0,6}}(已)?(审结|结案){G}{{0,2}}⟨N⟩", exclude="代理|出庭|复议"),
    R("litigation.cases", "件|起", rf"(接到|收到|办理|发生|受理){G}{{0,4}}⟨N⟩行政(应诉|诉讼)案件|行政(应诉|诉讼)案件{G}{{0,2}}⟨N⟩|"
      rf"一审行政(诉讼)?案件{G}{{0,2}}⟨N⟩|(?<!出庭)行政应诉{G}{{0,2}}⟨N⟩|被(提起|起诉)行政诉讼{G}{{0,2}}⟨N⟩|(被诉|涉诉)(的)?(行政)?(诉讼)?案件{G}{{0,2}}⟨N⟩|(^|[共有])应诉案件{G}{{0,2}}⟨N⟩|"
      rf"(^|其中|发生|涉及|全年|年内)(一审)?行政诉讼(共|共计|达)?⟨N⟩",
      exclude="代理|出庭|调撤|撤诉"),  # "被诉行政案件7件", "应诉案件7件": the body's own cases in court ("…，其中民事诉讼50起，
    # 行政诉讼14起": the cases by their kind alone)
    # the body's cases the court heard ("区政府为被告的案件共开庭审理26件")
    R("litigation.cases_heard", "件|起", rf"开庭(审理)?{G}{{0,2}}⟨N⟩", subject="被告|应诉|行政诉讼|出庭"),
    # the cases the court decided this year, counted before their name ("审结的146件行政应诉案件中，败诉46件")
    R("litigation.concluded", "件|起", r"(审结|结案|判决)(了|的){0,2}⟨N⟩行政(应诉|诉讼)案件", exclude="代理|出庭"),
    # 矛盾纠纷、公共法律服务
    R("mediation.pre_litigation", "件|起", rf"诉前调解{G}{{0,10}}(调处|化解|调解|受理){G}{{0,8}}⟨N⟩|诉前调解(案件)?{G}{{0,2}}⟨N⟩|"
      rf"(委派|委托)诉前调解(案件)?{G}{{0,2}}⟨N⟩|⟨N⟩诉前调解(案件)?$", exclude="、诉前"),
    R("mediation.disputes", "件|起", rf"(受理|化解|调处|调解){G}{{0,8}}矛盾纠纷{G}{{0,2}}⟨N⟩|调解{G}{{0,6}}纠纷{G}{{0,2}}⟨N⟩|"
      rf"(受理|办理)(各类)?(人民)?调解案件{G}{{0,2}}⟨N⟩",
      exclude="诉前|婚姻|劳动|信访|仲裁|成功"),  # "成功调解矛盾纠纷256件" are the successful ones
    R("mediation.successful", "件|起", rf"(成功(化解|调解|调处)|(调解|化解|调处)成功){G}{{0,4}}⟨N⟩", subject="纠纷|矛盾|调解"),
    R("mediation.success_rate", RATE, rf"(调解|调处|化解)成功率{G}{{0,3}}⟨N⟩", exclude="信访|积案|诉求"),
    R("mediation.success_rate", RATE, rf"(有效办结率|化解率){G}{{0,3}}⟨N⟩",
      subject="调解|调处|纠纷|矛盾", exclude="信访|积案|诉求"),  # (not the petitions or demands a 信访 office resolves)
    # the money at stake in the disputes a sentence on mediation counts ("共调解纠纷5808件，…涉及金额23987.70万元")
    R("mediation.agreement_amount", "元", rf"^涉及(金额|标的额?|资金){G}{{0,2}}⟨N⟩", subject="调解", own_sentence=True),
    R("legal_aid.cases", "件", rf"法律援助案件{G}{{0,2}}⟨N⟩", exclude="特殊群体|农民工|未成年|妇女|老年|残疾|刑事|民事|办结|结案"),
    R("legal_aid.cases", "件", rf"^(受理|新收)(案件)?⟨N⟩|(受理|新收|承办)法律援助{G}{{0,2}}⟨N⟩|"
      rf"^(已)?(完成|办理)(的)?案件数?{G}{{0,2}}⟨N⟩", subject="法律援助",  # ("已受理法律援助3447件", "已完成案件数3511件")
      exclude="特殊群体|农民工|未成年|妇女|老年|残疾|刑事|民事|咨询|公证"),  # "办结法律援助案件20件，受理21件"
    R("legal_aid.concluded", "件", rf"(^|、)办结{G}{{0,2}}⟨N⟩|法律援助案件{G}{{0,2}}办结{G}{{0,2}}⟨N⟩|(办结|结案){G}{{0,4}}法律援助案件{G}{{0,2}}⟨N⟩",
      subject="法律援助"),
    R("legal_services.amount_recovered", "元", rf"挽回{G}{{0,6}}损失{G}{{0,2}}⟨N⟩|⟨N⟩{G}{{0,2}}挽回{G}{{0,4}}损失",
      subject=r"^(?!(?=.*(执法|查纠))(?!.*(调解|援助|法律服务|公证|律师|法律顾问|纠纷|司法所|维权|欠薪|讨薪)))",
      exclude="消费者|消费维权|投诉举报"),  # ("挽回各类经济损失3110余万元": what legal services recovered for their
    # clients — not what a market regulator recovered for consumers, nor what correcting enforcement saved firms in a
    # sentence on enforcement that names no legal service)
    R("notary.cases", "件", rf"(办理|受理){G}{{0,6}}公证(事项|案件)?{G}{{0,2}}⟨N⟩"),
    R("legal_services.consultations", "人次", rf"法律服务咨询{G}{{0,2}}⟨N⟩|(12348|热线){G}{{0,20}}咨询{G}{{0,2}}⟨N⟩|"
      rf"提供{G}{{0,8}}法律咨询{G}{{0,2}}⟨N⟩", exclude=lexicon.SUBGROUP.pattern),  # (not "为农民工提供法律咨询…": a group)
    # 普法
    R("publicity.events", "场次|场|次", rf"(普法|法治宣传){G}{{0,12}}(活动|演出|宣讲){G}{{0,4}}⟨N⟩|"
      rf"(法律法规|普法|法治)宣传{G}{{0,2}}⟨N⟩", exclude="培训|报道|信息|稿件|文章|推送"),  # not the press's reports
    R("publicity.events", "场次|场|次", rf"(围绕|聚焦|就){G}{{0,4}}{LAW_TOPIC}{G}{{0,16}}开展(集中|专题)?宣传{G}{{0,2}}⟨N⟩",
      exclude="培训|报道|信息|稿件|文章|推送"),  # "围绕《民法典》…开展宣传7场": the law named as what is publicised
    # a 宣传 or 宣讲 of something the sentence says is the law (not of a party congress's spirit: "开设学习贯彻党的
    # 二十大精神专题培训…开展宣讲活动36场次")
    R("publicity.events", "场次|场|次", rf"宣传{G}{{0,12}}(活动|演出|宣讲){G}{{0,4}}⟨N⟩|宣讲(活动)?{G}{{0,2}}⟨N⟩",
      subject=LAW, exclude=f"培训|{OTHER_TOPIC}", own_sentence=True),
    # the count before the word ("结合院坝会完成24场次宣传")
    R("publicity.events", "场次|场|次", r"⟨N⟩(普法|法治|集中|专题)?(宣传|宣讲)(活动)?$", subject=LAW,
      exclude=f"培训|学法|会议|干部|二十大|全会精神|报道|信息|稿件|文章|推送|{OTHER_TOPIC}", own_sentence=True),
    R("publicity.materials", "份|册|本", HANDED_OUT_MATERIALS, subject=LAW, exclude=NOT_PUBLICITY_MATERIALS),
    # (not what the cadres are given to study, nor a policy leaflet) — the law named before it, or after it in its own
    # sentence ("本次宣传共发放宣传页500余份,…提高了群众对各项法律法规的知晓率")
    R("publicity.materials", "份|册|本", HANDED_OUT_MATERIALS, subject=LAW, exclude=NOT_PUBLICITY_MATERIALS,
      own_sentence=True),
    # an item of the materials given out named bare after the clause that gave out the first ("发放宣传彩页10000余份，
    # 发放宣传书籍1000余本，宣传画册20000余份")
    R("publicity.materials", "份|册|本", rf"^(宣传|法律|法治|普法)?(彩页|书籍|画册|手册|读本|折页|宣传单|宣传册|宣传品){G}{{0,2}}⟨N⟩",
      subject=r"(发放|分发|派发|赠送)[^。；;]*⟨?\d", own_sentence=True),
    # the posters put up where the law is the subject ("加强渔业法律法规的宣传力度。…张贴(挂)宣传品200余件")
    R("publicity.materials", "件|份|张|幅", rf"(张贴|张挂)(\(挂\)|（挂）)?{G}{{0,8}}(宣传品|宣传画|挂图|海报){G}{{0,3}}⟨N⟩",
      subject=LAW, exclude=NOT_PUBLICITY_MATERIALS),
    R("publicity.audience", "人次|人", rf"^受众(人员)?{G}{{0,4}}⟨N⟩|受教育(群众)?{G}{{0,2}}⟨N⟩",
      subject="普法|宣传|宣讲|法治教育|送法|法律进"),
    # the people an event of the law drew ("此次活动共发放宣传资料1000余份…,共计200余人次参与")
    R("publicity.audience", "人次|人", r"^(共计|共有|累计|共)?⟨N⟩(参与|参加)(活动)?$", subject="宣传资料|宣传活动|普法",
      exclude="培训|学习|考试|会议|讲座", own_sentence=True),
    # the villages of each level the area has ("市级“民主法治村(社区)”306个", Zhejiang's name; "780个“江苏省民主法治示范村”"),
    # not the batch the naming body named across its own area ("命名全省303个村(社区)为…")
    R("publicity.demo_villages_national", "个", rf"⟨N⟩{G}{{0,8}}(全国|国家级)“?{DEMO_VILLAGE}|(全国|国家级)“?{DEMO_VILLAGE}{G}{{0,6}}⟨N⟩",
      exclude=NAMING_BATCH),
    R("publicity.demo_villages_provincial", "个", rf"⟨N⟩{G}{{0,8}}{PROVINCIAL}“?{DEMO_VILLAGE}|{PROVINCIAL}“?{DEMO_VILLAGE}{G}{{0,6}}⟨N⟩",
      exclude=NAMING_BATCH),
    R("publicity.demo_villages_municipal", "个", rf"⟨N⟩{G}{{0,8}}市级“?{DEMO_VILLAGE}|市级“?{DEMO_VILLAGE}{G}{{0,6}}⟨N⟩",
      exclude=NAMING_BATCH),
    R("publicity.legal_understanders", "名|人", rf"法律明白人{G}{{0,4}}⟨N⟩|⟨N⟩{G}{{0,2}}法律明白人"),
    # 接受监督、信访
    # the suggestions of 人大代表 and the proposals of 政协委员 handled, each named on its own ("办结相关建议11件，提案11件")
    R("oversight.npc_suggestions", "件", rf"(办理|办结|承办|答复|收到){G}{{0,8}}建议{G}{{0,2}}⟨N⟩|人大代表建议{G}{{0,2}}⟨N⟩|"
      rf"^(其中)?(人大)?(代表)?建议{G}{{0,2}}⟨N⟩|(办理|承办|收到|交办)(的)?⟨N⟩(件|条)?(人大)?(代表)?建议|"
      rf"人大{G}{{0,8}}会议{G}{{0,4}}(议案)?建议{G}{{0,2}}⟨N⟩",  # "承办人大建议和政协提案共20件，其中建议12件、提案8件";
      # "承办的市五届人大五次会议议案建议共17件"
      subject="人大代表|代表建议|人大建议|人大[^，,；;。]{0,8}会议", exclude="检察|司法|督察|整改|建议(和|及|与|、)?(政协)?(委员)?提案"),
    R("oversight.cppcc_proposals", "件", rf"提案{G}{{0,2}}⟨N⟩|(办理|承办|收到|交办)(的)?⟨N⟩(件|条)?(政协)?(委员)?提案|"
      rf"(办理|承办|收到|交办)[^，,；;。⟨]{{0,12}}建议(和|及|、)⟨N⟩(件|条)?(政协)?(委员)?提案",  # ("办理10件人大建议和28件政协提案")
      subject="政协", exclude="建议(和|及|与|、)?(政协)?(委员)?提案"),  # (both together: neither)
    # the courts' suggestions the government received, not those a body put forward itself ("提出司法建议253件")
    R("oversight.judicial_suggestions", "件|份|条", rf"司法建议(书)?{G}{{0,2}}⟨N⟩|⟨N⟩{G}{{0,4}}司法建议",
      exclude="提出|向法院"),
    R("reconsideration.correction_rate", RATE, rf"纠错率{G}{{0,3}}⟨N⟩", subject="复议"),  # "纠错率为16.54%" of 复议
    R("institutions.mechanisms", "项|个|套", rf"(建立|健全|完善|形成|出台){G}{{0,40}}机制{G}{{0,2}}⟨N⟩",
      exclude="会议|培训"),  # "建立健全《…清单》等机制20项"
    R("institutions.rules_made", "件|项|个", rf"(出台|制定|修订|印发|制发|建立|健全|完善){G}{{0,10}}法治(政府)?建设的?(配套|相关|工作)?(意见|制度|办法|规定)"
      rf"(等)?{G}{{0,2}}⟨N⟩|(制度|机制)文件{G}{{0,2}}⟨N⟩|⟨N⟩(制度|机制)文件$"),  # "出台法治建设的意见等4项": rules of
    # the office's own rule-of-law work
    R("oversight.reply_in_person_rate", RATE, rf"面(复|商)率{G}{{0,3}}⟨N⟩", subject=PROPOSALS),
    R("oversight.resolved_rate", RATE, rf"(办复率|办结答复率|答复率|办结率){G}{{0,3}}⟨N⟩", subject=PROPOSALS),
    # the deputies' returns on how their suggestions were handled, and those satisfied ("共收到办理回执994件。其中,
    # 993件评价为满意或基本满意")
    R("oversight.with_feedback", "件|份", rf"(办理|评价|答复)回执{G}{{0,2}}⟨N⟩|(收回|收到)反馈意见表?{G}{{0,2}}⟨N⟩",
      subject=PROPOSALS),
    R("oversight.satisfied", "件", r"^(其中)?⟨N⟩件?(建议|提案)?[^，；;。⟨\d]{0,4}(评价为|表示|均为)(满意或基本满意|满意)|"
      r"^(其中)?[^，；;。⟨\d]{0,8}(满意或基本满意|满意)的(有)?⟨N⟩$",
      subject=rf"^(?!.*协办)(?=.*({PROPOSALS}))", exclude="不满意", own_sentence=True),  # (not the co-handlers' opinions)
    # the government's share of what the deputies or members put forward ("其中交由市政府…办理的801件")
    R("oversight.npc_suggestions", "件", HANDED_OVER, subject=NPC_SUGGESTIONS, own_sentence=True),
    R("oversight.cppcc_proposals", "件", HANDED_OVER, subject="提案|政协", own_sentence=True),
    R("oversight.satisfaction_rate", RATE, rf"满意(率|度){G}{{0,3}}⟨N⟩", subject=PROPOSALS + "|(委员|代表)反馈",
      own_sentence=True),  # (not the
    # hotline's, counted in a sentence after the proposals: "…办理12345热线47件，回复率和满意率均达100%")
    R("oversight.procuratorial_replied_on_time_rate", RATE, rf"按期(书面)?回复率{G}{{0,3}}⟨N⟩", subject="检察建议"),
    R("petitions.on_time_rate", RATE, rf"按期办结率{G}{{0,3}}⟨N⟩", subject="信访"),
    # the petitions taken in, however the report calls them (信访事项, 信访件, 信访投诉): not the old ones cleared (积案)
    R("petitions.cases", "件|起", rf"(受理|处理|办理|接收|收到)(各类)?(群众)?(信访|来信来访)(事项|投诉|件|案件|诉求)?{G}{{0,4}}⟨N⟩|"
      rf"信访(事项|投诉|件|案件){G}{{0,4}}⟨N⟩|⟨N⟩{G}{{0,2}}信访(事项|投诉|件)|信访总量{G}{{0,2}}⟨N⟩", exclude="积案|办结|化解|重复|方案|审查|审核|导入|引入|转入|人民调解"),
    R("petitions.concluded", "件|起", rf"^(已|共)?(办结|结案){G}{{0,2}}⟨N⟩|信访(事项|件){G}{{0,2}}(办结|结案){G}{{0,2}}⟨N⟩",
      subject="信访(事项|件)", exclude="按期|按时|及时"),
    # the petitions a department concluded, named after the verb ("办结群众信访投诉306件")
    R("petitions.concluded", "件|起", rf"办结(了)?(群众)?(信访|来信来访)(事项|投诉|件|案件|诉求)?{G}{{0,2}}⟨N⟩", subject="信访",
      exclude="按期|按时|及时"),
    R("petitions.referred_to_mediation", "件|起", rf"⟨N⟩{G}{{0,8}}(导入|引入|转入|引导至?)人民调解|"
      rf"(导入|引入|转入)人民调解{G}{{0,8}}⟨N⟩", subject="信访"),  # "受理信访事项236件，办结230件"
    R("institutions.honours", "项|个|次", rf"(获评|获得|荣获|获)[^，；;。⟨\d]{{0,24}}(荣誉|表彰|称号|奖项){G}{{0,2}}⟨N⟩"),
    # 政务服务、政务公开
    R("services.items", "项", rf"⟨N⟩(行政审批|政务服务){G}{{0,10}}事项|(行政审批|政务服务){G}{{0,6}}事项((实施|基本)?(清单|目录))?{G}{{0,2}}⟨N⟩|"
      rf"四同”?）?事项{G}{{0,2}}⟨N⟩", exclude=f"取消|下放|赋权|一件事|{FLOW}|实现|(?<!全部)纳入|入驻|进驻|通办|在线办理|网上办理|网办"),
    R("services.online_rate", RATE, rf"(全程)?网办率{G}{{0,3}}⟨N⟩|全程网办”?(事项)?(比例|比率|占比){G}{{0,3}}⟨N⟩|实现全程网办{G}{{0,1}}⟨N⟩|网上可办(事项)?{G}{{0,3}}⟨N⟩|网办深度{G}{{0,3}}⟨N⟩|"
      rf"⟨N⟩(的)?(政务服务)?(事项)?(实现|可)?全程网(上)?办"),  # "区级政务服务事项实现100%全程网办"
    R("services.instant_rate", RATE, rf"即办(比)?率{G}{{0,3}}⟨N⟩|即(来即)?办”?(件|事项)(的)?(比例|比率|占比){G}{{0,4}}⟨N⟩"),
    R("services.cert_free_items", "项", rf"免证办”?(服务)?事项(数)?{G}{{0,2}}⟨N⟩|⟨N⟩(服务)?事项实现“?免证办"),
    R("services.one_thing_once", "项|件|个|组", rf"一件事(一次办)?”?{G}{{0,4}}(集成服务|事项|主题服务|套餐|业务|办件|服务){G}{{0,2}}⟨N⟩|"
      rf"一件事(一次办)?”?{G}{{0,4}}⟨N⟩(个|项)?(重点|高频)?(集成)?(办事)?(服务|场景|事项)|"
      rf"⟨N⟩个?“?(高效办成)?一件事|高效办成一件事”?(业务|套餐|事项){{0,3}}⟨N⟩"),  # the programme's name since 2024, its items right after
    # the powers whose listing changed this year ("调整区体育局等11个区级部门、27个街镇133项行政职权事项")
    R("services.power_list_adjusted", "项|个", rf"调整{G}{{0,24}}⟨N⟩项?(行政)?(职权|权责|权力)(清单)?事项|"
      rf"调整{G}{{0,6}}(行政)?(职权|权责|权力)(清单)?事项{G}{{0,2}}⟨N⟩|对⟨N⟩项?(行政)?(职权|权责|权力)事项{G}{{0,6}}调整|"
      rf"(职权|权责|权力)(清单)?事项{G}{{0,6}}调整{G}{{0,4}}⟨N⟩|⟨N⟩项?(行政)?(职权|权责|权力)事项$",
      subject="调整", own_sentence=True, exclude="下放|承接|划转|取消|新增"),
    R("services.power_list_items", "项", rf"权[责力](清单)?事项{G}{{0,2}}⟨N⟩|权[责力]清单{G}{{0,2}}⟨N⟩|"
      rf"(共有|现有|保留)行政权力(事项)?{G}{{0,2}}⟨N⟩|"
      rf"(发布|公布|公开|确认|保留|编制|梳理){G}{{0,10}}⟨N⟩项?(行政)?(权责|权力|职权)(清单)?事项",
      exclude="调整|划转|新增|取消|下放|原|其他"),  # not a former count, nor the "other powers" category
    R("services.power_list_items", "项", rf"^(共)?(梳理|编制|公布|确认|保留|明确)(出)?(各类)?事项{G}{{0,2}}⟨N⟩",
      subject="权[责力]清单", exclude="调整|划转|新增|取消|下放"),
    # the kinds of power listed, then their total in the next clause ("行政职权事项包含行政许可、…和行政检查，共计181项")
    R("services.power_list_items", "项", r"^⟨N⟩$",  # (共计 is read with the number)
      subject=r"(职权|权责|权力)(清单)?事项[^，,；;。]*(包含|包括|涵盖)[^；;。]*[，,](共计|共|合计|总计)\d", own_sentence=True),
    R("services.cross_region_cases", "件", rf"跨(域|省|区|市|地)(通办)?”?(办件|业务|事项办件){G}{{0,4}}⟨N⟩|异地代收代办{G}{{0,2}}⟨N⟩|"
      rf"(跨省|跨域|全区|全省)通办{G}{{0,10}}办件量?{G}{{0,2}}⟨N⟩|异地{G}{{0,4}}(办件|审批件|业务){G}{{0,2}}⟨N⟩|"
      rf"(全市域|市域|全域|全市|全省|全区)通办”?(业务|办件){G}{{0,2}}⟨N⟩|跨(区域|地域)办理(业务|事项){G}{{0,2}}⟨N⟩"),
    R("opengov.published", "条|项|篇", rf"(发布|公开|公布)({G}{{0,60}}等)?(各类)?(非涉密)?(事项)?(政府|政务|动态|工作)?信息{G}{{0,2}}⟨N⟩|"
      rf"^{G}{{0,20}}(主动)?(发布|公开)[^，；;。⟨\d]{{0,80}}等(各类)?(事项)?(政府|政务)信息(累计|共计|共|合计)?⟨N⟩|"
      rf"((主动)?(发布|公开)|主动公示)(了)?⟨N⟩(各类)?(政府|政务)?信息",  # the number first: "公开218条(政府)信息"
      exclude=SOCIAL_ONLY),  # (what a WeChat account posted, when no website is among the channels, is its own count)
    R("opengov.published", "份|篇", r"(主动)?(发布|公开)(了)?⟨N⟩(政府|政务)?信息稿件"),  # "共主动公开158份信息稿件"
    # information pushed where a website is among the channels ("在微信公众号、门户网站推送信息280余篇"): an account's
    # own pushes are its count, not the body's ("通过…政府网微信公众号推送政务信息712条")
    R("opengov.published", "条|篇", rf"推送{G}{{0,4}}信息{G}{{0,2}}⟨N⟩",
      exclude=rf"^(?!.*({A_SITE}|公开栏|公开平台))|({NEW_MEDIA_WORDS})推送"),  # (nor "…、微信推送信息50条" beside a site's)
    # the information of the body's own field, or of the kinds listed before 等…方面, made public ("主动公开各类政府交通
    # 运输信息约196.4万条", "发布公开涉及部门工作、政策文件…等方面信息126条"), and what was made of it, all made public
    # ("全年累计产生政府信息16条，均已主动公开")
    R("opengov.published", "条", rf"主动(公开|发布)(各类)?(政府|政务)?[\u4e00-\u9fff]{{0,4}}信息{G}{{0,2}}⟨N⟩|"
      rf"(主动公开|发布)(?={G}{{0,80}}信息){G}{{0,80}}等⟨N⟩$|"  # ("主动公开规划信息、统计信息…等共计80余条": 共计 is
      # read with ⟨N⟩)
      rf"(公开|发布|公布)[\u4e00-\u9fff]{{2,4}}(政府|政务|各类)信息{G}{{0,2}}⟨N⟩|"  # ("公布自然资源政府信息累计131条",
      # "发布环保水利各类信息299条")
      rf"(发布|公开){G}{{0,60}}等(方面|领域|类)(的)?(政府|政务)?信息{G}{{0,2}}⟨N⟩|"
      rf"(发布|公开){G}{{0,80}}等[\u4e00-\u9fff]{{0,8}}的(政府|政务)?信息(累计|共计|共|合计)?⟨N⟩|"  # ("…等群众关心关注的信息共计86条")
      rf"(发布|公开){G}{{20,120}}等(工作|动态|政务|重点)信息{G}{{0,2}}⟨N⟩|"  # (a long list: "及时公开…、综合监管执法等工作信息1261条")
      rf"(发布|公开)[\u4e00-\u9fff]{{0,4}}信息等{G}{{0,2}}⟨N⟩|"  # ("在门户网站发布热点信息等220余条")
      rf"(发布|公开)[\u4e00-\u9fff]{{2,20}}(领域|方面)[\u4e00-\u9fff]{{0,8}}类信息⟨N⟩",  # ("公开…领域政务动态类信息共计
      # 723条": the information of the body's field, not one kind of a list, "发布概况类信息227条，政务动态信息4921条")
      exclude=SOCIAL_ONLY),
    R("opengov.published", "条", rf"(产生|制作|形成){G}{{0,4}}(政府|政务)?信息{G}{{0,2}}⟨N⟩", subject=r"均已?(主动)?公开",
      own_sentence=True),
    R("opengov.applications", "件|份|起|宗|条|项", rf"(政府)?(信息)?公开申请{G}{{0,2}}⟨N⟩|(要求|请求|依申请)公开(政府)?信息的申请{G}{{0,2}}⟨N⟩|依申请公开(政府)?(信息)?{G}{{0,2}}⟨N⟩|依申请公开办理事项{G}{{0,2}}⟨N⟩|"
      rf"⟨N⟩(件)?(政府)?信息公开申请|⟨N⟩(件)?(政府信息)?依申请(公开|件)|依申请(政府)?信息公开{G}{{0,4}}⟨N⟩",  # ("依申请信息公开办理有69件")
      exclude=r"(已经|已)(完成|办结|答复|处理)|(完成|办结)了?(依申请公开|政府信息公开|信息公开)申请|依申请公开(答复|办结)"),  # (answered)
    R("opengov.applications", "件|条", rf"收到⟨N⟩{G}{{0,2}}(政府)?信息公开(相关)?申请"),  # "收到2条政府信息公开相关申请"
    R("opengov.applications", "件|条", rf"(收到|受理|接到)(政府信息)?申请公开(政府信息)?{G}{{0,4}}⟨N⟩"),  # "收到申请公开1件"
    # the requests counted first and described after ("收到2条公众通过“广东税务互动依申请公开栏目”提交的申请")
    R("opengov.applications", "件|条", r"收到⟨N⟩[^，；;。⟨\d]{0,30}(提交|提出)的(政府信息公开)?申请", subject="依申请公开|信息公开"),
    R("opengov.applications", "件|条", rf"(收到|受理|接收)(了)?依申请公开(政府)?(信息)?(申请)?{G}{{0,2}}⟨N⟩"),  # "收到依申请公开6条"
    # the matters asked for, counted in 项 ("本年度收到1项依申请公开事项", "依申请公开事项7项"), and the request forms
    # received under a heading on requests ("二是依申请公开情况。…接收到申请书55份")
    R("opengov.applications", "项|个", rf"⟨N⟩依申请公开(政府信息)?事项|依申请公开(政府信息)?(办理)?事项{G}{{0,2}}⟨N⟩"),
    R("opengov.applications", "件|份", rf"(接收|收到|受理)到?{G}{{0,4}}申请(书|表){G}{{0,2}}⟨N⟩", subject="依申请公开|公开申请",
      exclude="复议|诉讼|调解|仲裁|援助|许可|登记"),
    # requests counted as the matters asked for ("共受理依申请政府信息公开事项29例")
    R("opengov.applications", "件|例|条", rf"受理{G}{{0,4}}依申请{G}{{0,10}}(事项|件){G}{{0,2}}⟨N⟩"),
    # the year's requests said bare after the sentence on the work ("认真做好依申请公开工作…。2024年，我局共受理1件")
    R("opengov.applications", "件", rf"^{G}{{0,6}}受理⟨N⟩$", subject="依申请公开|公开申请"),
    # requests named by what they ask for ("接收网络方式提交政府信息公开5件")
    R("opengov.applications", "件", rf"(接收|收到|受理){G}{{0,8}}政府信息公开{G}{{0,2}}⟨N⟩", exclude="主动|发布"),
    # the promised time cut against the statutory one ("承诺时限压83%", "承诺办结时限压缩比例达75%")
    R("services.commitment_compression_rate", RATE, rf"承诺(办理|办结)?时[限间]{G}{{0,8}}⟨N⟩|压缩承诺(办理|办结)?时[限间]{G}{{0,4}}⟨N⟩"),
    R("opengov.reply_on_time_rate", RATE, rf"(按期|按时)答复率{G}{{0,3}}⟨N⟩|答复及时率{G}{{0,3}}⟨N⟩",
      subject="信息公开|依申请公开|公开申请", exclude="建议|提案|信访|留言|热线|诉求"),
    # a bare 答复率 where the sentence says every request was answered in time ("…申请16件，均在法定时限内完成答复，
    # 答复率100%"), and a bare 及时率 of what the sentence says was made public in time ("所有信息均在20个工作日内公开，
    # 公开率、及时率均达100%")
    R("opengov.reply_on_time_rate", RATE, rf"^答复率{G}{{0,3}}⟨N⟩",
      subject=r"公开申请(?=.*(法定|规定)(时限|期限)内|.*(按期|按时))", own_sentence=True),
    R("opengov.proactive_on_time_rate", RATE, rf"(^|、)及时率{G}{{0,3}}⟨N⟩",
      subject=r"(主动公开|公开各类信息|信息)(?=.*工作日内公开)", own_sentence=True),
    # what became of the year's requests, in the clauses after them ("共收到…申请89件次，已经答复88件"; "…申请件2件，
    # 按时办结率100%"); and a count of what was published, said bare after the sentence naming it ("及时发布…等重点领域
    # 信息。全年共发布212条")
    R("opengov.replied", "件|份", rf"^(本年度?|全年|年内)?(已经|已)?(依法)?(答复|办结){G}{{0,2}}⟨N⟩|"
      rf"^(已经|已)?(完成|办结|答复|处理)了?(依申请公开|政府信息公开|信息公开)申请{G}{{0,2}}⟨N⟩|"  # "已完成依申请公开申请1件"
      rf"^(政府信息)?依申请公开(答复|办结){G}{{0,2}}⟨N⟩",  # "政府信息依申请公开答复152件"
      subject="公开申请|依申请公开", own_sentence=True),
    R("opengov.reply_on_time_rate", RATE, rf"^(按时|按期)办结率{G}{{0,3}}⟨N⟩", subject="公开申请|依申请公开",
      own_sentence=True),
    R("opengov.reply_on_time_rate", RATE, rf"(公开申请|依申请公开)(件)?的?(按时|按期)(办结|答复)率{G}{{0,3}}⟨N⟩"),  # "政府信息公开
    # 申请的按时办结率为100%"
    R("opengov.published", "条", r"^(全年|年内|本年度?)?(共|累计|共计)?(发布|公开)⟨N⟩$", subject=r"(发布|公开)[^。]*信息"),
    # the information a report on making it public says was updated in the year ("…主动公开政府信息，内容涉及…。全年
    # 更新工作动态、养老服务和社会救助信息162条")
    R("opengov.published", "条", rf"^(全年|年内|本年度?)?(共|累计)?更新{G}{{0,30}}信息{G}{{0,2}}⟨N⟩", subject="主动公开"),
    # the entries added to the body's open-government catalogue ("全年更新政府信息公开目录462条")
    R("opengov.published", "条", rf"^(全年|年内|本年度?)?(共|累计)?更新(政府)?信息公开目录{G}{{0,2}}⟨N⟩"),
    # the kinds of information a website put out, counted one by one with no total ("全年网站共发布工作动态215条、通知公告
    # 47条、政策法规7条"): the items are parts of what was published (a list after 其中 is a breakdown of a total)
    R("opengov.published", "条|篇", rf"(发布|公开|更新)(了)?{ONE_KIND}(公开)?⟨N⟩|^[\u4e00-\u9fff]{{2,16}}⟨N⟩",
      subject=rf"{SITE_LIST}[^，,；;。]*$",  # (in the
      exclude=f"其中|{NEW_MEDIA_WORDS}"),  # item's own clause: not a list after 其中; nor an account's posts listed beside)
    # (and the list going on past a comma, its items still kinds of information: "…更新财政资金信息6条、政策解读1条，公益事业
    # 建设等各类信息39条，其他主动公开文件2条")
    R("opengov.published", "条|篇", rf"^[\u4e00-\u9fff]{{0,12}}({PUBLISHED_KINDS}|信息|文件)(公开)?⟨N⟩",
      subject=rf"{SITE_LIST}[^；;。]*$",
      exclude=f"其中|{NEW_MEDIA_WORDS}"),
    # information posted on the notice boards an open-government report lists as its channels ("通过政府信息公开栏、
    # 村务公示栏等多种公开渠道，公示信息300余条")
    R("opengov.published", "条", rf"^公示(各类)?(政府|政务)?信息{G}{{0,2}}⟨N⟩", subject="信息公开|政务公开|公开渠道",
      own_sentence=True),
    # the cases of 一件事 said bare in the clause after the reform that names it ("深化“高效办成一件事”改革，全年办件47582件")
    R("services.one_thing_once", "件", rf"^(全年|年内|累计)?(共)?(办件|办理)(量)?{G}{{0,2}}⟨N⟩$",
      subject=r"一件事[^，,；;。]*[，,](全年|年内|累计)?(共)?(办件|办理)(量)?\d", own_sentence=True),  # (the clause right before)
    # the standard table of a 政府信息公开工作年度报告 read as one row: its last column is the total of the year's requests
    R("opengov.applications", "件", r"本年新收政府信息公开申请数量[\s|\d]*⟨N⟩"),
]


# Statements of a whole without a number ("所有复议案件均在法定期限内审结" is a 100% rate; "行政诉讼零败诉" a count of
# none): (key, value, pattern over the clause). Each names the measure's own nouns, so the value is the report's.
ALL = "(均|全部|全都|都|一律|全)"
ON_TIME = "(按期|按时|及时|在法定期限内|在规定(期限|时限)内|在法定时限内)"
UNIVERSAL = [(key, value, re.compile(pattern)) for key, value, pattern in (
    ("reconsideration.on_time_rate", 100,
     rf"复议(案件)?{G}{{0,8}}{ALL}{G}{{0,2}}在?法定期限内(审结|办结|结案|作出(复议)?决定)"),
    ("litigation.head_appearance_rate", 100, rf"负责人出庭应诉{G}{{0,4}}全覆盖|负责人{G}{{0,4}}{ALL}出庭应诉"),
    ("normative.filing_rate", 100, rf"规范性文件{G}{{0,10}}{ALL}{G}{{0,6}}(报送|报)备案|规范性文件{G}{{0,4}}备案{G}{{0,2}}全覆盖"),
    ("normative.review_rate", 100, rf"规范性文件{G}{{0,10}}{ALL}{G}{{0,6}}(经过?|进行了?|通过)合法性(审核|审查)"),
    ("litigation.judgments_performed_rate", 100, rf"生效(行政)?(裁判|判决){G}{{0,6}}{ALL}{G}{{0,4}}履行"),
    ("reconsideration.decisions_performed_rate", 100, rf"复议决定{G}{{0,6}}{ALL}{G}{{0,4}}履行"),
    ("oversight.procuratorial_replied_on_time_rate", 100,
     rf"检察建议{G}{{0,8}}{ALL}{G}{{0,4}}{ON_TIME}{G}{{0,4}}(回复|答复|反馈)"),
    ("petitions.on_time_rate", 100, rf"信访(事项|件){G}{{0,6}}{ALL}{G}{{0,4}}{ON_TIME}(办结|答复)"),
    ("opengov.reply_on_time_rate", 100, rf"(公开申请|依申请公开件?){G}{{0,8}}{ALL}{G}{{0,4}}{ON_TIME}{G}{{0,8}}(答复|办结)"),
    ("litigation.lost", 0, rf"零败诉|无败诉|未发生{G}{{0,10}}败诉"),  # "未发生行政复议或行政诉讼败诉案件"
)]

RULE_KEYS = frozenset(r.key for r in RULES)  # keys the phrase rules own, with their exclusions


@dataclass
class Found:
    key: str
    value: int | float
    unit: str
    approx: bool
    text: str
    start: int
    end: int
    why: str = ""  # what decided the key: the lexicon name or the phrase rule
    alternatives: tuple[str, ...] = ()  # other keys the same number could have been read as
    other_values: tuple = ()  # other values the report states for the key (parts, programmes, repeats)
    chosen_by: str = ""  # the reconciliation rule that chose this value among them
    as_written: str = ""  # the mention as the report writes it ("2万余份", "3期"), before conversion

    def as_json(self) -> dict:
        return {"key": self.key, "value": self.value, "unit": self.unit, "as_written": self.as_written,
                "approx": self.approx, "text": self.text,
                "start": self.start, "end": self.end, "why": self.why, "alternatives": list(self.alternatives),
                "other_values": list(self.other_values), "chosen_by": self.chosen_by}


MULTIPLIERS = {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def _value(m: re.Match) -> int | float | None:
    raw = m.group("num")
    if raw in MULTIPLIERS and (m.group("more") or m.group("pre") in ("上", "近", "逾")):  # "百余件", "上万人次", "近百场" (but
        # not the 百 of a name: "百名法学家百场报告会")
        return MULTIPLIERS[raw]
    if raw[0].isdigit():
        value = float(raw) if "." in raw else int(raw)
    else:
        value = cn_to_int(raw)
        if value is None:
            return None
    if m.group("mult"):
        value = round(value * MULTIPLIERS[m.group("mult")], 6)  # "5万余份", "2千余件" (a thousand written with a digit;
        # rounded: 74.96 × 10000 is 749599.9999999999 in binary floating point)
        value = int(value) if float(value).is_integer() else value
    return value


MONEY = {"元": 1, "万元": 10_000, "亿元": 100_000_000}


def in_key_unit(value: int | float, written: str, key: str) -> tuple[int | float, str]:
    """The value in the key's own unit: an amount read in 元 (万/亿 already multiplied out) divided for a key kept
    in 万元; a count's measure word (期, 场, 起, 宗 …) is the key's unit (场次, 次, 件) — the words a report uses for
    one thing, which the lexicon admits per key; a key the lexicon does not know keeps the word as written."""
    unit = lexicon.unit_of(key) or written
    if written in MONEY and unit in MONEY and unit != written:
        value = round(value * MONEY[written] / MONEY[unit], 6)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value, unit


def _approx(m: re.Match) -> bool:
    return bool(m.group("pre") in ("近", "超过", "约", "逾", "上") or m.group("more") or m.group("more2") or m.group("less"))


# the time a figure is of, the last one named before it: a span of years ("2018年至2020年全国共检查…171万家次") is
# several years' total, not the year's
TIME_NAMED = re.compile(r"(20\d{2}年?\s*(至|到|—|–|-|～|~)\s*20\d{2}年)|20\d{2}年|今年|去年|本年|全年|上半年|下半年|"
                        r"\d{1,2}(至|到|-|—)\d{1,2}月")


def _times_named(sentence: str) -> list[tuple[int, bool]]:
    """Where the sentence names a time, and whether it is a span of years — not inside a title (a plan's years:
    《…纲要(2021—2025年)》)."""
    titled = [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", sentence)]
    return [(m.end(), m.group(1) is not None) for m in TIME_NAMED.finditer(sentence)
            if not any(a <= m.start() < b for a, b in titled)]


def _over_years(times: list[tuple[int, bool]], at: int) -> bool:
    """The last time named before `at` is a span of years: the figure is several years' total, not the year's."""
    before = [span for end, span in times if end <= at]
    return bool(before) and before[-1]


REFERS_BACK = re.compile(r"^(据悉|据统计|据了解)?[，,]?(此次|本次|这次)[\u4e00-\u9fff]{0,4}?(活动|宣传)")  # a sentence naming
# the event back ("此次活动", "此次现场宣传活动")
INSPECTIONS_INSIDE = re.compile(r"[。；;，,]?\s*其中(包括|含)?(行政)?检查")  # a platform total broken down into inspections
LABOUR_ARBITRATION = re.compile(r"仲裁院|仲裁委|劳动人事争议|劳动保障监察|劳动监察")  # the labour side's own dispute work


# a sentence that takes another body's work as an example ("以山西省“调解七进”工作为例，该省…调解…26.1万件"): its
# figures illustrate, they are not the report's own
EXAMPLE = re.compile(r"(^|[，,])以(?!\d|今年|去年|本年|上半年|下半年|前[一二三]季度)[^，,。；;]{2,30}为例[，,]")
# (not a period taken as the example: "以2017年前三季度为例" gives the report's own figures for part of the year)


def _norm(m: re.Match, clause: str) -> bool:
    """"至少开展1次", "不少于2次": a minimum the work must reach, not what was done; "每个科室检查1家企业", "均实现2名
    以上": what each one does or reaches, not a total (每年两次 is the year's count, which an annual report states)."""
    before = clause[:m.start()]
    if re.search(r"(至少|不少于|不低于|不得少于)[^，；。\d]{0,4}$|每(?!一?年)[个一名家项]?[^，；。\d]{0,8}$", before):
        return True
    if re.match(r"(个)?方面", clause[m.end():]):  # "…等八个方面的内容": the aspects a campaign covers, not a count of work
        return True
    # "需达到1200件以上", "力争达到…": the level the work must reach; "列入22件实事之一": the list it is one of
    if re.search(r"(需|要|应|须|力争|确保)达到[^，；。\d]{0,2}$", before) or re.match(r"[^，；。\d]{0,6}之一", clause[m.end():]):
        return True
    # "市委六届五次、六次全会": which plenary session, an ordinal, not a count of meetings
    if before.endswith("届") or re.match(r"次?(、[一二三四五六七八九十\d]+次)*(全会|全体会议|党代会|代表大会)",
                                        clause[m.end():]) and not re.search(r"(召开|开展|举行|组织)了?$", before):
        return True  # (but "全年召开3次全体会议" counts the meetings)
    if re.search(r"每(半年|季度?|月|周)[^，；。\d]{0,16}$", before):  # "每半年召开法治政府建设专题会1次": a frequency
        return True
    if re.search(r"每一?年[^，；。\d]{0,8}$", before) and (m.groupdict().get("more2") == "以上"
                                                       or re.match(r"[^，；。\d]{0,2}以上", clause[m.end():])):
        return True  # "中心组每年开展2次以上…学习": the rule it keeps, not the year's count
    if re.search(r"在[^，；。\d]{0,20}$", before) and re.match(r"[^，；。\d]{0,6}中", clause[m.end():]) and \
            not re.search(r"(受理|办理|收到|接到|审结|办结|审理|承办|提起|发生)的$", before):
        # "在…任职培训班等19期班次中开设专题课程26次": where the work was done, not what was counted (but "在受理的
        # 37件行政复议案件中，…" counts the cases it goes on to break down)
        return True
    # "受领…提供法律援助2300件的目标任务", "完成目标任务数2800件的125%": the target set, not what was done
    if re.match(r"[^，；。\d]{0,2}的?(年度)?(目标|工作任务)", clause[m.end():]) \
            or re.search(r"目标任务(数|为|是)?$|任务数$|目标(为|是)$", before):  # (or "完成了全年办案2420件工作任务")
        return True
    # "各科室均实现2名以上人员具备执法资格": what every one of them reaches, not a count
    return bool(re.search(r"(均|各|都)(实现|达到|配备|配齐|确保|保持|有)[^，；。\d]{0,2}$", before)
                and (m.groupdict().get("more2") == "以上" or bool(re.match(r"[^，；。\d]{0,2}以上", clause[m.end():]))))


def _quoted(m: re.Match, clause: str) -> bool:
    """“十一个坚持”, “4个1”, “实施1次执法、开展1次宣讲”: a number inside a short quoted name or slogan is part of
    it, not a count of work done."""
    before, after = clause[:m.start()], clause[m.end():]
    opened = max(before.rfind("“"), before.rfind("「"))
    if opened < 0 or opened < max(before.rfind("”"), before.rfind("」")) or m.start() - opened > 30:
        return False
    return bool(re.match(r"[^”」“「]{0,30}[”」]", after))


def _breakdown(m: re.Match, clause: str) -> bool:
    """"完成法制审核48份（含合同37份、执法案卷6件）": the parts inside a breakdown of a total are not figures of
    their own (the total before it is)."""
    before = clause[:m.start()]
    opened = max(before.rfind("（"), before.rfind("("))
    return opened >= 0 and opened > max(before.rfind("）"), before.rfind(")")) \
        and bool(re.match(r"[（(](含|其中|包括)", before[opened:]))


def _honoured(m: re.Match, clause: str) -> bool:
    """"1人荣获全国模范人民调解员称号", "1个组织荣获全国模范人民调解组织称号": the people (or, given a 称号, the bodies)
    an honour went to, not a count of the measure the title names — but "7个村被评为省级民主法治示范村" counts the
    villages a key is of."""
    after = clause[m.end():]
    return bool(re.match(r"[^，；;。\d]{0,4}(荣获|获评|获得|被评为|被授予|被表彰为|入选|当选)", after)) \
        and (m.group("unit") in ("人", "名", "位") or "称号" in after)


def _article(m: re.Match, clause: str) -> bool:
    """"一起土地承包纠纷", "一项制度", "打造一个”活“起来的…阵地": a lone 一 before its noun is an article, not a count
    (a count of one follows its noun: "召开专题会议一次"); nor is the number of parts a whole is made of."""
    return m.group("num") == "一" and bool(re.match(r"[\u4e00-\u9fff“”\"‘’《]", clause[m.end():])) \
        or bool(COMPOSED.match(clause[m.end():]))


# the parts a whole is made of ("公园由民法典广场、…和法治小漫画四个部分组成"): not a count of any of them
COMPOSED = re.compile(r"(部分|板块|区域|方面|功能区)(组成|构成)")  # (not "由21人组成的顾问团": its members)


CHANGED_TO = re.compile(r"(提升|提高|上升|增长|增加|下降|降低|减少|压缩|缩短|减|降|压减|精简|削减|增)(至|到)")


# the figure of one item or the highest of them ("单集浏览量、点击量达3000万人次", "单条最高阅读量"): not the total
ONE_ITEM = re.compile(r"(单(集|条|篇|期|部|场|日|月)|最高|峰值)[^，；;。\d]{0,10}$")
AVERAGE = re.compile(r"(平均|案均|人均|件均|户均)[^，；;。\d]{0,10}$")  # "案件平均罚款金额8.8万元" (a rate is an average
# itself: "承诺办结时限平均压缩7%")


def _from_value(m: re.Match, clause: str) -> bool:
    """"由上年的80%提升至97%": the value a measure changed from is last year's, not this year's."""
    return bool(re.search(r"由[^，；;。\d]{0,8}$", clause[:m.start()]) and CHANGED_TO.match(clause[m.end():]))


# a change from last year ("一审败诉率同比下降17.65%", "较上年提高3个百分点"): not the measure's value
CHANGE = re.compile(r"(同比|较上年|较去年|比上年|环比)(上升|下降|增长|减少|提高|降低|提升|增加)了?$|"
                    r"(同比|较上年|较去年|比上年)$|"
                    r"(较|比)[^，；;。\d]{1,10}(增加|减少|增长|下降|提高|降低|提升|上升)了?$|"  # ("较“十三五”末增加2247名")
                    r"检查(数量|次数|频次)?(减少|下降|降低)了?$")  # ("入企入户检查减少48.3万次": fewer, by so many)


# the words between a measure's name and its value ("…率连续三年保持在97%", "…由上年的80%提升至97%"): a reading without
# them is tried when the figure is not read as written
RATE_VERBS = re.compile(r"率(连续[^，；;。\d]{1,3}年)?(均|都|稳定|始终|继续|首次|再次|已)?"
                        r"(保持在|保持|维持在|维持|稳定在|达到|达|提升至|提高至|提升到|提高到|上升至|上升到|为)?$")
FROM_TO = re.compile(r"由[^，；;。\d]{0,8}?\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,2})?" + CHANGED_TO.pattern + "$")  # "由上年的20件增加到"


def _spans(text: str, seps: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in seps:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


# the work of a body that a section of its own reports on ("一、行政复议案件情况 …（一）基本情况 …直接纠错236件"): the
# section's headings say what its bare counts are of
HEADED = ("reconsideration.", "litigation.")
GUIDED = re.compile(r"(指导|督促|指导监督)[^，；;。\d]{0,4}各(级|地)")
OPENGOV_DISPUTES = re.compile(r"[因由](政府)?信息(依申请)?公开(工作|问题)?(引起|被申请|申请|提起|引发)|信息公开(类)?行政(复议|诉讼)")
# a section on the reconsideration or litigation cases alone ("一、行政复议案件情况"), not on other work beside them
SECTION_OF_CASES = re.compile(r"^(?!.*(执法|调解|普法|监督|信访|公开|法治|建设|依法行政)).*(行政复议|行政应诉|行政诉讼)")
HEADING = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^\n。]{0,30}$", re.M)


def _sections(text: str) -> list[tuple[int, str]]:
    """(where it begins, its headings) for every section of the text: the last top-level heading and the last one
    below it."""
    out, top = [(0, "")], ""
    for match in HEADING.finditer(text):
        heading = match.group(0).strip()
        if re.match(r"[一二三四五六七八九十]+、", heading):
            top = heading
            out.append((match.end(), top))
        else:
            out.append((match.end(), top + heading))
    return out


TIME_LEAD = re.compile(r"(今年以来|本年度|全年|年内|一年来|\d{4}年(以来|度|内)?)[，,]")


# what the next clause says those people do: "3万多名执法人员,将…陆续参加…考试" (the clause names them, the next says
# what they are counted for)
PREDICATE = re.compile(r"^(将|均|都|正|陆续|参加|参与)[^，,；;。]*")


def _predicate(marked: str, unit: str, after: str) -> str:
    """The next clause, when the number's own clause only names people (ends on them, with no verb of its own) and
    the next goes on with what they do: its words rule a cue out as the number's own clause's would."""
    if unit not in ("名", "人", "位") or not re.fullmatch(r"[^，,；;。]*⟨N⟩[\u4e00-\u9fff]{0,8}", marked):
        return ""
    m = PREDICATE.match(re.sub(r"^[，,]", "", after))
    return "，" + m.group(0) if m else ""


def _candidates(marked: str, unit: str, clause: str, before: str, after: str = "",
                lead: str = "", heading: str = "", opening: str = "", topic: str = "") -> list[tuple[str, str]]:
    """(key, why) for one number in its clause, the deciding one first: a key's full name right before the number
    (lexicon), then the first phrase rule that matches, then a name of a key without rules next to the number, then
    the cue words of the clause, then the words of a key's name found in the segmented clause (words.assign)."""
    marked, clause, before, after, lead = (_plain(part) for part in (marked, clause, before, after, lead))
    # a breakdown in brackets after the number ("办理法律援助案件1428宗(其中民事…381宗、刑事…242宗…)") is not the number's
    # own words: its kinds would rule the total out
    marked = re.sub(r"(⟨N⟩[^，,；;。（(]{0,4})[（(]其中[^）)]*[）)]?", r"\1", marked)
    clause = re.sub(r"(\d[^，,；;。（(\d]{0,4})[（(]其中[^）)]*[）)]?", r"\1", clause)
    own = _own_item(marked)
    item, shared = marked, clause  # an item of an enumeration is read by its own words (not its neighbour's), the
    if own != marked:  # verb that leads them all ("依法出台…文件1份、…等行政规范性文件4份") and the words they share
        first = NUMBER.search(marked)  # after the last one; what leads into the list excludes for all its items
        head = marked[:first.start()] if first and first.start() < marked.index("⟨N⟩") else ""
        verbs = list(ELLIPSIS_BREAKS.finditer(head))  # "通过“三会一课”等形式开展 | 学习9184次、活动3719次"
        prefix = head[:verbs[-1].start()] if verbs else ""
        verb = VERB_LEAD.match(marked)
        lead_verb = verb.group(0) if verb and not own.startswith(verb.group(0)) and not BARE_VERB.match(own) else ""
        item = lead_verb + own + _shared_tail(marked, unit)  # (an item with a verb of its own keeps it: "、办结15件")
        shared = prefix + own
    out = [(e.key, f"识别词表：指标名称紧挨数字（{term}）") for e, term in lexicon.matches(own, unit, exact=True)]
    # the sentence before and this one up to the clause, their boundary kept (a subject is not read across it)
    told = before[:len(before) - len(lead)] + "。" + lead if before.endswith(lead) and len(before) > len(lead) else before
    for rule in RULES:
        if not re.fullmatch(rule.units, unit) or not rule.near.search(item):
            continue
        if rule.exclude and rule.exclude.search(shared):
            continue
        if rule.subject and not rule.subject.search((topic if rule.key.startswith("oversight.") else "")
                                                    + ((opening + lead + clause + after) if rule.own_sentence else
                                                       (heading if rule.key.startswith(HEADED) else "") + told + clause)):
            continue
        out.append((rule.key, f"短语规则{INFERRED if rule.inferred else ''}：{rule.near.pattern[:60]}"))
    out += [(e.key, f"识别词表：指标名称在数字旁（{term}）")
            for e, term in lexicon.matches(item, unit, skip=RULE_KEYS)]
    around, sentence = before + clause + after, lead + clause + after
    previous = before[:len(before) - len(lead)]
    named = re.sub(r"^(共|累计|共计)?(组织|开展|召开|举办|举行)?了?", "", marked.split("⟨N⟩")[0])
    if TIME_LEAD.fullmatch(lead) and previous and not re.search(r"\d", previous) and len(named) >= 4 \
            and named in previous:  # "…通过党组理论学习中心组学习、专题讲座等形式，组织学习习近平法治思想。今年以来，
        sentence = previous + sentence  # 共组织党组理论学习中心组学习3次": a sentence of its own counting, after only
        # the time, what the sentence before it (which counts nothing itself) names as the way the law was studied
    if not out:  # nothing names the measure: what the number's own item of an enumeration (or its clause) says
        # not a neighbour's cue ("集中学习13次、专题研讨15场"), but what all items share after the last one ("实现5个乡镇、
        # 56个部门述法全覆盖")
        out = lexicon.by_cue(item, unit, around, sentence, excluding=shared + _predicate(marked, unit, after))
    topic = re.split(r"[，,：:]", lead)[-2] if lead else ""  # the clause before, in the same sentence
    if TOTALLED.match(marked):  # "组织…参加专题讲座，涉及…等，今年共计8场": a total closing the sentence counts all of it
        topic = "，".join(re.split(r"[，,：:]", lead.rstrip("，,：:"))[-2:])  # (its last clauses: not a training the
        # sentence opened on, "纳入…党员干部培训内容，…学法常态化，…对习近平法治思想进行解读学习，全年共计7次")
    if not lead and before and not re.search(r"\d", before):  # "…开展“法律进校园”活动。全年共开展7场": a sentence of its
        topic = before.rstrip("。；;！!")  # own counting what the sentence before did (which counts nothing itself)
    if not out and topic and len(marked) <= 9 and (BARE_VERB.match(marked) or TOTALLED.match(marked)):
        # "…定期学法制度，组织学习12次": a bare verb's topic is the clause before (not "…，执法监督证2人", which names its own)
        out = lexicon.by_cue(topic + "，" + marked, unit, around, sentence)
    if out and re.match(r"(参加|参与|参训)人(数|次)", marked) and re.search("培训|讲堂|讲座", lead) \
            and not re.search("普法|宣传|宣讲", lead):  # those who came to the trainings the sentence listed, no audience
        out = [(key, why) for key, why in out if key != "publicity.audience"]
    if out and len(marked) <= 9 and re.match(r"(覆盖|惠及)", marked):  # the reach of what the clause before did:
        if "培训" not in topic or "执法" not in topic or re.search("干部|职工", topic):  # a training's attendance only
            # after an enforcement training ("…培训12场次，覆盖民辅警200余人次"), not the cadres' ("镇村干部、执法人员参加法治培训")
            out = [(key, why) for key, why in out if key != "enforcement.training_attendance"]
        if re.search(STUDIED, topic) and not re.search(r"普法|宣传|宣讲|活动", topic):
            # "学习法律法规12次，覆盖1300余人次": the cadres' own study, not a publicity audience
            out = [(key, why) for key, why in out if key != "publicity.audience"]
    if out and out[0][0].startswith("study.") and INFERRED in out[0][1]:
        studied = lead + marked[:marked.index("⟨N⟩")]  # what the sentence says was studied, up to the number
        if PLENUMS.search(studied) and not re.search(LAW, studied):
            # "深入学习贯彻党的二十大精神…，开展理论学习15次，切实把…贯穿到法治政府建设": the party's congress studied,
            # the rule of law only the work it serves
            out = []
    if not out:  # nor a cue: the key whose name's words the clause holds (segmented)
        at = item.index("⟨N⟩")
        out = words.assign(item[:at], item[at + 3:], unit, RULE_KEYS)
    if out and FOR_THE_PUBLIC.match(after):  # a lecture given to students or the public ("举办两期中国法治实务大讲堂，
        out = [(key, why) for key, why in out if key != "study.trainings"]  # 面向全国法学院校师生…授课"): not the
        # body's own study
    if PUBLICISED_CASES.search(item):  # the cases made public, not the cases (the lexicon's 行政处罚案件 decides first)
        out = [(key, why) for key, why in out if key != "enforcement.cases"]
    if re.search(PUBLICITY_ITEMS, clause):  # a lecture listed among the banners and booklets of a publicity drive
        out = [(key, why) for key, why in out if key != "study.trainings"]
    return out


FOR_THE_PUBLIC = re.compile(r"[，,]面向[^，,；;。]{0,16}(师生|学生|群众|居民|村民|企业|市民|青少年|公众)")
STUDIED = "学习|学法|培训|讲座|考试|研讨"  # the clause before a bare coverage figure is the cadres' own study


TITLES = re.compile(r"《[^《》⟨]{1,60}》(?:[、和及与]?《[^《》⟨]{1,60}》)+")  # (never one holding the number)


WHOM = re.compile(r"(?<=组织|开展)(全局|全体|全员|全镇|全乡|全街|全县|全区|局机关|机关|干部职工|党员干部|干部|党员)+(?=学习|学法)")


# the leading group named with the other meetings that study alongside it ("局党组理论学习中心组、支部会、干部职工大会会前学法
# 13次"): the sessions are the leading group's, whoever else sat in — a party branch's study alone is not
WITH_OTHERS = re.compile(r"(中心组|党组会?议?|党委会?议?|常务会议?)((、|和|及|与)(党?支部(委员)?会?议?|支部大会|(干部)?职工大会|"
                         r"全体干部大会|干部大会|周例会|例会|主题党日))+")


def _plain(text: str) -> str:
    """The clause as the rules and cues read it: a run of titles named once, and who was gathered to study left out
    ("组织全局学习…" is 组织学习…: the study is counted whoever attended), as are the meetings named after the leading
    group's."""
    # (an enlarged meeting is the meeting: "州党委常委(扩大)会议" is a 常委会议)
    return re.sub(r"[(（]扩大[)）]", "", WITH_OTHERS.sub(r"\1", WHOM.sub("", _one_title(text))))


def _one_title(text: str) -> str:
    """A run of titles read as one ("学习《宪法》、《民法典》、《…汇编》等内容8次" as "学习《宪法》等内容8次"): what is
    studied or issued is named once, so the words around the run stay as near the number as the rules expect. The
    title kept is the first that names a law (法, 条例, 宪), else the first."""
    def keep(m: re.Match) -> str:
        titles = re.findall(r"《[^《》]*》", m.group(0))
        return next((t for t in titles if re.search(r"法|条例", t)), titles[0])
    return TITLES.sub(keep, text) if "《" in text else text


YEAR = re.compile(r"\d{4}(?=年)")


def _own_item(marked: str) -> str:
    """The item of an enumeration that holds the number ("专题学习⟨N⟩次" of "开展专题学习⟨N⟩次、法治专题讲座3场次"),
    when the other items are counted on their own; else the whole clause. What excludes a key or cues one is read in
    the number's own item, not in its neighbours'."""
    items = marked.split("、")
    if len(items) < 2:
        return marked
    mine = next(i for i, item in enumerate(items) if "⟨N⟩" in item)
    if not any(re.search(r"\d", YEAR.sub("", item)) for i, item in enumerate(items) if i != mine):
        return marked  # (a year is not another item's count: "2023年组织学习…精神、…思想、宪法法律13次")
    return items[mine]


EVENTS = "次|场|场次|期|批|批次|轮"  # the measure words of things that happen (meetings, trainings), not of bodies


def _shared_tail(marked: str, unit: str = "") -> str:
    """What follows the last number of an enumeration, which its items share ("实现5个乡镇、56个部门述法全覆盖"): only
    when the last item opens with its number, counted in the same measure word (not "…、完成新增2件规范性文件备案", an
    item with a verb of its own, nor "1期读书班、7次支部集中学习研讨", another kind of thing)."""
    last = marked.split("、")[-1]
    mine = next(item for item in marked.split("、") if "⟨N⟩" in item)
    numbers = list(NUMBER.finditer(last))
    if "⟨N⟩" in last or not numbers or numbers[0].start() > 0 or (unit and numbers[-1].group("unit") != unit):
        return ""
    tail = last[numbers[-1].end():]
    named = mine[mine.index("⟨N⟩") + 3:]
    if re.fullmatch(EVENTS, unit) and lexicon.kind_of(named) and lexicon.kind_of(named) != lexicon.kind_of(tail):
        # the item names another kind of event after its number: the items share only what follows the last one's
        # name, not that name ("召开5次党组会、18次中心组学习会": a meeting, then a study; but "召开5次常委会、3次常务会、
        # 5次专题会" are meetings all, and "5次州党委常委会议、8次州政府常务会议研究部署…" share their purpose)
        return re.sub(rf"^[^，；。]*?{EVENT_NOUN}(?=研究|专题|审议|听取|部署|传达|学习|$)", "", tail)
    bare = re.sub(r"[^\u4e00-\u9fff]", "", named)
    if len(bare) >= 4 and bare[-2:] not in tail and not (unit and re.fullmatch(EVENTS, unit)) \
            and any(bare[i:i + 4] in tail for i in range(len(bare) - 3)):
        return ""  # the item names another thing of the same family ("2900多个县级公共法律服务中心、3.9万多个乡镇公共
        # 法律服务工作站"): the centres do not share the stations' name (but "5个乡镇(街道)、56个部门述法全覆盖" share
        # what they did)
    return tail


EVENT_NOUN = "(会议|会|学法|学习|培训班?|讲座|研讨)"  # what an item names after its number when it counts events



def _parts(a: Found, b: Found, text: str) -> bool:
    """Two figures listed side by side in one enumeration: a 、 (or 和, 及) between them and no clause break ("研讨班2期、
    专题讲座1期"), a comma before a clause that only names the next item and shares the first one's verb ("发放民法典读本
    950余本，禁毒手册1500余本"), or the next clause of the sentence stating the same measure of another body."""
    between = text[a.end:b.start]
    if re.match(r"[^，,；;。]{0,4}[（(]其中", between):  # "…1428宗(其中…、行政法律援助案件1宗": its breakdown
        return False
    stages = [STAGE.match(re.split(r"[、，,；;。：:]", text[max(0, f.start - 30):f.start])[-1]) for f in (a, b)]
    if all(stages) and stages[0].group(0) != stages[1].group(0):  # "立案查处…655件、结案559件": filed and closed,
        return False  # two measures of the cases, not parts of one
    if re.search("、|和|及|与", between) and not re.search(r"[，,；;。：:\n]", between):
        return True
    if re.search("栏目|专栏", between) and re.search("各类|全部|所有", _own_words(a, text)):  # "发布各类信息79条，
        return False  # 重点栏目发布信息65条": a column of the site that put out all of it, a share (not "部门动态…32条，
        # 校园风采栏目…21条", columns side by side)
    if CHANNEL.search(re.split(r"[，,；;]", between)[-1]) and not CHANNEL.search(_own_words(a, text)) \
            and _names_key(_own_words(a, text), a.key) and b.value < a.value:  # "全年主动公开信息2170条，中心网站发布
        return False  # 信息1794条": the total in the measure's name, then what one channel of it put out
    if a.unit in PEOPLE and b.value < a.value and HOLDING.search(_own_words(b, text)) \
            and not HOLDING.search(_own_words(a, text)):  # "执法人员数量为40人，执法证持有人员38人": those of them who
        return False  # hold the certificate, not another group
    if text[a.start - 2:a.start] == text[b.start - 2:b.start] and len(re.split(r"[，,；;]", between)[-1]) <= 8 \
            and a.unit in PEOPLE:  # "法律顾问1名，村法律顾问9名": people named again with a qualifier are another
        return False  # group of them (but "中心组学法4次，局机关集体学法15场次" is more of the same sessions)
    return _parallel(between) or (bool(re.fullmatch(r"[，,][^，,；;。：:\n\d]{1,10}", between))
                                  and not ELLIPSIS_BREAKS.search(between)) or _numbers_first(a, b, text) \
        or _verb_again(a, b, text) or _channel_again(a, b, text) or _kind_again(a, b, text) or _same_verb_items(a, b, text)


GIVING_OUT = ("发放", "印发", "分发", "派发", "赠送")


def _same_verb_items(a: Found, b: Found, text: str) -> bool:
    """The next clause opens on the verb that opened the first, with an object of its own ("发放宣传彩页10000余份，
    发放宣传书籍1000余本"): more of the same thing given out, to be added up — not a total or a share of it, and not what
    a website put out, whose kinds and totals the open-government rules weigh."""
    clauses = re.split(r"[，,]", text[a.end:b.start])
    own = _own_words(a, text)
    verb = own[:2]
    return a.key != "opengov.published" and len(clauses) == 2 and verb in GIVING_OUT and clauses[1].startswith(verb) \
        and not re.search(r"[。；;！？!?\n：:]", text[a.end:b.start]) \
        and not PART_OR_TOTAL.search(clauses[1]) and not PART_OR_TOTAL.search(own)


def _kind_again(a: Found, b: Found, text: str) -> bool:
    """The next clause names only another kind of the information put out ("…规划信息2条，公益事业建设等各类信息39条，
    其他主动公开文件2条"): more of what was published."""
    return a.key == b.key == "opengov.published" and bool(re.fullmatch(
        rf"[，,](?!.*({KIND_BREAKS}))[\u4e00-\u9fff]{{0,12}}({PUBLISHED_KINDS}|信息|文件)(公开)?", text[a.end:b.start]))


# a clause that is not just another kind: a breakdown (其中, 包括) or another act of putting out (发布政务动态1205条)
KIND_BREAKS = f"其中|包括|包含|主要|含|发布|推送|更新|转载|报送|上传|制作|通过|新媒体|其他方式|{NEW_MEDIA_WORDS}"  # (nor
# the posts of another channel: "在门户网站上公开各类信息共37条，微信公开各类信息共80条")


def _channel_again(a: Found, b: Found, text: str) -> bool:
    """The next clause counts the same thing put out through another website or platform ("通过…政务公开平台发布信息
    82条，通过统计网站发布信息263条"): parts of the body's total — not an account's posts, which are their own count."""
    clauses = re.split(r"[，,；;]", text[a.end:b.start])
    own = re.split(r"[，,；;。！？!?\n]", text[max(0, a.start - 60):a.start])[-1]
    return len(clauses) == 2 and clauses[-1].startswith("通过") and "通过" in own \
        and text[a.start - 4:a.start] == text[b.start - 4:b.start] and not NEW_MEDIA.search(clauses[-1]) \
        and not re.search(r"[。！？!?\n：:]", clauses[-1])


def _named_again(run: list[Found], b: Found, text: str) -> bool:
    """A list of kinds of one thing goes on past a clause that counts something else, to a clause that names the thing
    the same way ("开展场景化执法培训404次，专项执法培训116次，送法送教下基层40余次，落实基层一线常态执法培训146次"):
    another part of the list, when the name before each count ends the same."""
    a = run[-1]
    between = text[a.end:b.start]
    clauses = re.split(r"[，,；;]", between)
    head = text[a.start - 4:a.start]
    return 3 <= len(clauses) <= 4 and not re.search(r"[。！？!?\n：:（(]", between) \
        and all(re.search(r"\d", c) and len(c) <= 20 for c in clauses[1:-1]) \
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{4}", head)) and all(text[f.start - 4:f.start] == head for f in run) \
        and text[b.start - 4:b.start] == head and not PART_OR_TOTAL.search(clauses[-1])


def _verb_again(a: Found, b: Found, text: str) -> bool:
    """The next clause opens on the very verb that led the first count, straight before its own ("听取2次全面依法治县
    工作汇报，听取1次…党组法治建设情况报告"): the same act done again for other things, to be added up."""
    between = text[a.end:b.start]
    clauses = re.split(r"[，,；;]", between)
    verb = clauses[-1]
    return len(clauses) == 2 and not re.search(r"[。！？!?\n：:]", between) and 2 <= len(verb) <= 3 \
        and bool(re.fullmatch(r"[\u4e00-\u9fff]+", verb)) and text[a.start - len(verb):a.start] == verb


def _numbers_first(a: Found, b: Found, text: str) -> bool:
    """Two clauses that each open with their number and close on the same act: the same measure of two groups, to be
    added up ("3个重点部门负责人现场述法，32个部门负责人书面述法")."""
    between = text[a.end:b.start]
    head = re.split(r"[，,；;]", between)
    if len(head) != 2 or head[1] or len(head[0]) > 20 or re.search(r"[。！？!?\n：:]", between) \
            or re.search(r"[\u4e00-\u9fff]$", text[max(0, a.start - 1):a.start]):
        return False  # (the first clause must open with its number too)
    tail = re.split(r"[，,；;。：:\n]", text[b.end:b.end + 24])[0]
    return len(head[0]) >= 4 and len(tail) >= 4 and head[0][-2:] == tail[-2:]


INTAKE_KEYS = {"reconsideration.accepted"}  # the year's intake, apart from the cases carried over from the year before
NEW_INTAKE = re.compile(r"(其中)?(本年|今年|全年)?新收$")
# a count of what was added this year, and a statement of what there is now (of a stock: villages, sites, mediators)
HANDED_KEYS = {"oversight.npc_suggestions", "oversight.cppcc_proposals"}
HANDED = re.compile(r"交由[^，,；;。]{0,12}政府")  # the suggestions or proposals handed to the government to handle
ATTENDING = re.compile(r"参加(了)?[^，,；;。]{0,4}(培训|学习)|参训")  # people at a training, not all there are
ADDED = re.compile(r"新增|新命名|新创建|新建|新培育|新设立?|新聘")
STANDING = re.compile(r"截至|截止|目前|现有|已有|已建成|已创成|共有|累计建成|累计创建|人员达到|数量达到")
PEOPLE = ("名", "人", "位", "个", "家", "人次")
HOLDING = re.compile(r"持有|持证|取得[^，,；;。]{0,4}(证|资格)")  # people who hold a certificate: a subset of a group
COUNTS_HOLDERS = {"enforcement.officers_certified"}  # keys that count only the holders among the people named
STAGE = re.compile("(全年)?(共|共计|累计)?(新?立案|受理|收到|办结|结案|审结|作出|化解)")  # the stage of a case a count is of
PART_OR_TOTAL = re.compile("其中|累计|共计|合计|总计|同比|较上年|较去年|占|新增|另有|此外|分别|全年|各")


def _parallel(between: str) -> bool:
    """The words between two figures of one measure end one clause and open the next with a subject of its own, not a
    verb, a part or a total: the same measure of another body ("召开厅党组会2次专题听取法治建设工作汇报，厅长办公会2次研究
    审议…"; "党工委会学法31次，理论学习中心组集中学习13次"), to be added up. Short clauses with figures of other
    measures may stand between them ("中心组开展法治专题学习2次，研讨发言4人次，讲法治专题党课2场次，政府全体会议专题学法1次")."""
    clauses = re.split(r"[，,；;]", between)
    if len(clauses) < 2 or re.search(r"[。！？!?\n：:（(]", between):
        return False
    if any(not re.search(r"\d", c) or len(c) > 20 or re.match("其中|含|包括", c) for c in clauses[1:-1]) or len(clauses) > 4:
        return False  # what stands between must be other items of the enumeration, each with its own figure (not the
        # breakdown of the first: "共发布信息3553条，其中政务动态信息1364条，…栏目主动发布…信息524条")
    second = clauses[-1]
    return 2 <= len(second) <= 48 and words.opens_with_noun(second) and not PART_OR_TOTAL.search(second)


# words that give the next clause a verb of its own (or make it a part or a total of what came before): it is not an
# item of the same enumeration
ELLIPSIS_BREAKS = re.compile(
    "开展|组织|举办|召开|发放|受理|办理|办结|审结|审查|审核|调解|化解|学习|研讨|交流|检查|排查|出具|提供|接待|解答|覆盖|"
    "惠及|参与|参加|处理|查处|建立|建成|设立|制定|出台|印发|清理|公开|答复|发布|推送|播放|开设|完成|实现|达到|培育|聘请|"
    "组建|评查|抽查|走访|签订|收到|接收|回复|落实|推动|推进|累计|共计|合计|总计|其中|新增|同比|较上年|占|涉及|挽回|帮助")
# a clause that starts with a verb of these and names nothing of its own ("组织学习12次") is about the clause before it
BARE_VERB = re.compile(r"(今年|本年|全年|年内)?(共|共计|累计|先后|已|还)?(" + ELLIPSIS_BREAKS.pattern + ")")
TOTALLED = re.compile(r"^(今年|本年|全年|年内)?(共计|合计|总计|累计|共)?⟨N⟩$")  # (共计 is read with the number)
VERB_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(" + ELLIPSIS_BREAKS.pattern + ")")  # "依法出台": an enumeration's verb


def _kinds_total(f: Found, text: str) -> bool:
    """The figure counts several kinds of the work listed before it with 等 ("通过举办法治宣讲、发放宣传资料、设置
    展板等30余场次")."""
    clause_start = text.rfind(f.text[:8], 0, f.start + 1) if f.text else -1
    before = text[max(clause_start, f.start - 60):f.start]
    return bool(re.search(r"、[^，,；;。]*等$", before))


# a study that takes the law together with the party's congress and plenums ("专题学习习近平法治思想、党的二十大和二十届
# 二中、三中、四中全会精神共12次") counts political study as well: a count of studying the law alone is the report's figure
PLENUMS = re.compile(r"全会精神|二十大精神|党的二十大|二十届")


NEW_MEDIA = re.compile(r"新媒体|公众号|微信|微博|抖音|视频号")  # ("新媒体矩阵累计发布各类信息896条": the accounts' total, not the year's)
CUMULATIVE = re.compile(r"(累计|共计|合计|总计)[^、，,；;。]{0,16}$|由$")  # the words before a number that say it is a total
# (or the size of the whole: "建立了由21人组成的政府法律顾问团", after "16名律师…5名专家")


# bodies below the reporting one, counted together ("各镇、各部门…全年累计学法188次"): their total is not the report's own
OTHER_BODIES = re.compile(r"各(镇|乡|街道|部门|单位|级|村|社区|科室)|全[县区市](各|范围)|下属")


def _own_sentence(f: Found, text: str) -> str:
    """The figure's sentence up to its number."""
    return re.split(r"[。！？!?\n]", text[max(0, f.start - 120):f.start])[-1]


def _own_words(f: Found, text: str) -> str:
    """The words of a figure's own clause (or item of an enumeration) up to its number."""
    return re.split(r"[、，,；;。：:]", text[max(0, f.start - 30):f.start])[-1]


# a part of the year a figure is for ("以2017年前三季度为例", "上半年", "1-9月"): not the year's figure
PART_OF_YEAR = re.compile(r"前[一二三]季度|第[一二三四]季度|[上下]半年|(?<!\d)([1-9]|1[01]|[一二三四五六七八九十]{1,2})(至|-|—|～|~)"
                          r"([1-9]|1[0-2]|[一二三四五六七八九十]{1,3})月")


def _part_of_year(f: Found, text: str) -> bool:
    """The figure is for a part of the year: its sentence says so — or the sentence before, where its own opens on
    其中 (a breakdown of the figures before it)."""
    sentence = _own_sentence(f, text)
    if sentence.lstrip().startswith("其中"):
        start = max(0, f.start - len(sentence) - 1)
        sentence = re.split(r"[。！？!?\n]", text[max(0, start - 160):start])[-1] + sentence
    return bool(PART_OF_YEAR.search(sentence))


# a campaign the figure's clause belongs to ("开展资质挂靠专项整治，行政处罚29起"): its counts are the campaign's own
CAMPAIGN = re.compile(r"开展[^，,；;。]{0,20}?(专项整治|专项行动|专项治理|治理工作|系统治理|整治行动)")


def _campaign(f: Found, text: str) -> str | None:
    """The campaign named at the head of the figure's ；-clause, if any."""
    clause = re.split(r"[；;。！？!?\n]", text[max(0, f.start - 120):f.start])[-1]
    match = CAMPAIGN.search(clause)
    return match.group(0) if match else None


def _campaigns_in_sentence(f: Found, text: str) -> int:
    """How many different campaigns the figure's sentence names."""
    begins = max(text.rfind(stop, 0, f.start) for stop in "。！？\n") + 1
    ends = min((i for i in (text.find(stop, f.end) for stop in "。！？\n") if i >= 0), default=len(text))
    return len({m.group(0) for m in CAMPAIGN.finditer(text[begins:ends])})


def _names_key(words: str, key: str, listed: bool = False) -> bool:
    """The key's name in the words — or, `listed`, with the kinds it takes in listed inside it ("主动公开" + "机构职能、
    政策文件…等" + "政府信息")."""
    return any(term in words or listed and any(re.search(re.escape(term[:i]) + r"[^，,；;。]{0,80}、[^，,；;。]{0,80}等" +
                                                         re.escape(term[i:]), words) for i in range(2, len(term) - 1))
               for term in lexicon.terms_of(key))


# a count of everything a body posted: the information of every kind, or all its site put out ("网站发布信息1048条")
EVERY_KIND = re.compile(r"各类|发布(了)?(政府|政务)?信息$")


def _named_part(group: list[Found], text: str) -> Found | None:
    """A part, after 其中 in the sentence of a first count of every kind, stated in the key's own name — the kinds it
    takes in listed or not ("共发布各类信息3682条，其中，通过部门频道主动公开政府信息1233条"; "网站发布信息1048条，其中，
    主动公开机构职能、政策文件…等政府信息249条"): the count of every kind takes in what is not the measure."""
    first = group[0]
    own = _own_words(first, text)
    if len(group) < 2 or first.unit == "%" or _names_key(own, first.key) or not EVERY_KIND.search(own):
        return None
    for f in group[1:]:
        between = text[first.end:f.start]
        if re.search(r"[。！？!?\n；;]", between) or not between.lstrip("，,：: (（").startswith("其中"):
            continue
        if _names_key(between.lstrip("，,：: (（")[2:], f.key, listed=True):
            return f
    return None


def _chosen(figure: Found, group: list[Found], rule: str) -> Found:
    """The figure a reconciliation rule chose, the group's other values kept as its alternatives."""
    return replace(figure, other_values=tuple(f.value for f in group if f is not figure), chosen_by=rule)


FILED_IN_BRACKETS = re.compile(r"^[^，,。；;（(]{0,3}[（(]\s*(其中)?立案(查处|调查|办理)?$")


def _rounds(rough: Found, exact: Found) -> bool:
    """A figure stated roughly (two significant digits at most: "27万余次", "超二十三万次") that a later statement of
    the same key gives exactly (274751, 232103)."""
    if rough.unit == "%" or rough.value < 1000 or exact.value == rough.value or abs(exact.value - rough.value) > 0.05 * exact.value:
        return False
    scale = 10 ** (len(str(int(rough.value))) - 2)
    return rough.value % scale == 0 and exact.value % scale != 0


def reconcile(found: list[Found], text: str) -> list[Found]:
    """One value per key. A statement in the key's own words ("会前学法12次") outranks one whose key was inferred
    from its context ("班子成员专题学习6次"). Figures of a count listed side by side are parts of one total (their sum,
    unless the report states that total right after them); otherwise the first statement of the key is the report's
    figure (a general figure comes before programme-specific ones) and the others stay as its alternatives."""
    by_key: dict[str, list[Found]] = {}
    for f in found:
        by_key.setdefault(f.key, []).append(f)
    out = []
    for group in by_key.values():
        if all(_campaign(f, text) and _campaigns_in_sentence(f, text) > 1 for f in group):
            continue  # each count is of one of several campaigns ("开展招投标治理…立案17件；开展资质挂靠专项整治，
            # 行政处罚29起"): the year's total is not stated, and adding overlapping campaigns would not give it
        totals = [f for f in group if _kinds_total(f, text)]
        # items of one enumeration are added up below, not taken for a total
        listed = any(_parts(a, b, text) for a, b in zip(group, group[1:], strict=False))
        if totals and len(totals) < len(group) and group[0].unit != "%" and not listed:
            # "举办宣讲、发放资料、设置展板等30余场次"
            chosen = totals[0]  # counts every kind of the work; a figure of one kind of it is a part
            out.append(_chosen(chosen, group, "列举几类工作后以“等”计数的为合计，取合计"))
            continue
        summed = [f for f in group if f.unit != "%" and CUMULATIVE.search(_own_words(f, text)) and not NEW_MEDIA.search(f.text)
                  and all(f.value >= g.value for g in group) and not OTHER_BODIES.search(_own_sentence(f, text))]
        if summed and len(group) > 1 and not listed:  # "宣讲6场…。…全年累计开展专题宣讲12场次": the report's total
            chosen = summed[-1]
            out.append(_chosen(chosen, group, "以“累计、共计”说出的数字不小于其他各处，是全年合计，取合计"))
            continue
        intake = [f for f in group if f.key in INTAKE_KEYS and NEW_INTAKE.search(_own_words(f, text))]
        if intake and intake[0] is not group[0] and "结转" in _own_sentence(intake[0], text) + text[intake[0].end:intake[0].end + 30]:
            out.append(_chosen(intake[0], group, "办理总数含上年结转，取当年新收的数字"))
            continue
        holders = [f for f in group if HOLDING.search(_own_words(f, text))]
        if group[0].key in COUNTS_HOLDERS and holders and holders[0] is not group[0] \
                and not HOLDING.search(_own_words(group[0], text)):  # "执法人员数量为40人，执法证持有人员38人"
            out.append(_chosen(holders[0], group, "指标计的是持证的人，取说明持证的数字"))
            continue
        added = [f for f in group if ADDED.search(_own_words(f, text))
                 or f.unit in PEOPLE and ATTENDING.search(f.text[f.text.find(f.as_written):])]
        standing = [f for f in group if f not in added and STANDING.search(_own_sentence(f, text))]
        if added and standing:  # "我县新增27个市级民主法治示范村…。目前，全县已建成市级…306个": what the area has
            # ("254名乡村“法律明白人”参加了学习培训…截至目前，我市“法律明白人”数量已增至1348人": those at one training)
            out.append(_chosen(standing[0], group, "说明现有多少的数字优于当年新增或参加一次培训的人数"))
            continue
        # (a statement of the bodies below, "带动各级党组织集中学法63次", outranks nothing of the report's own)
        stated = [f for f in group if INFERRED not in f.why and not OTHER_BODIES.search(_own_words(f, text))]
        if stated and len(stated) < len(group):  # a statement in the key's own words outranks an inferred one
            # (unless it is the next part of one: "党工委会学法31次，理论学习中心组集中学习13次")
            parts = [f for f in group if f not in stated and any(_parts(s, f, text) for s in stated if s.end <= f.start)]
            inferred = [f for f in group if INFERRED in f.why and f not in parts]
            group = [f for f in group if f not in inferred]
            group[0] = replace(group[0], other_values=tuple(f.value for f in inferred))
        mixed = [f for f in group if f.key.startswith("study.") and PLENUMS.search(f.text)
                 and "学法" not in text[max(0, f.start - 8):f.start]]  # ("…全会精神区政府常务会议开展会前学法19场次":
        # a 学法 named right before its count is of the law, whatever the clause studied before it)
        if mixed and len(mixed) < len(group):  # the law studied on its own outranks it studied among the plenums
            group = [f for f in group if f not in mixed]
            group[0] = replace(group[0], other_values=group[0].other_values + tuple(f.value for f in mixed),
                               chosen_by="单独学法的次数优于与全会精神一并学习的次数")
        partial = [f for f in group if _part_of_year(f, text)]
        if partial and len(partial) < len(group):  # the year's figure outranks one of a quarter or half of it
            group = [f for f in group if f not in partial]
            group[0] = replace(group[0], other_values=group[0].other_values + tuple(f.value for f in partial),
                               chosen_by="全年的数字优于一个季度、半年或几个月的数字")
        handed = [f for f in group if f.key in HANDED_KEYS and HANDED.search(_own_sentence(f, text))]
        if handed and handed[0] is not group[0]:  # "共收到提案835件，其中交由市政府…办理的801件": the government's share
            out.append(_chosen(handed[0], group, "交由政府办理的数字是本机关承办的，优于收到的总数"))
            continue
        named = _named_part(group, text)
        if named is not None:
            out.append(_chosen(named, group, "“其中”之后以指标名称说出的数字优于未用指标名称的总数，取前者"))
            continue
        if len(group) == 1:
            out.append(group[0])
            continue
        own_name = next((f for f in group if _names_key(_own_words(f, text), f.key)), None)
        if own_name is not None and own_name is not group[0] and own_name.key == "opengov.published" \
                and own_name.value > group[0].value and not _names_key(_own_words(group[0], text), group[0].key) \
                and not any(_parts(a, b, text) for a, b in zip(group, group[1:], strict=False)):
            # ("发布动态信息1400条…。…主动公开信息20216条": the count the report gives in the measure's own name, of
            # more than a kind of it)
            out.append(_chosen(own_name, group, "以指标名称说出的数字优于先出现但未用指标名称的数字"))
            continue
        filed = next((f for f in group[1:] if f.key == "enforcement.cases" and 0 <= f.start - group[0].end < 12
                      and FILED_IN_BRACKETS.search(text[group[0].end:f.start])), None)
        if filed is not None:  # "查处各类违法行为48158宗(立案查处4955宗,教育整改43230宗)": the violations dealt with, of
            out.append(_chosen(filed, group, "括号中立案查处的才是案件数，取立案数"))  # which those filed are the cases
            continue
        exact = next((f for f in group[1:] if _rounds(group[0], f)), None)
        if exact is not None:  # "文物执法巡查去年超二十三万次" (a headline) / "开展文物执法巡查232103次": one figure
            out.append(_chosen(exact, group, "约数是后文确数的概括，取确数"))
            continue
        first = group[0]
        rest = tuple(f.value for f in group[1:])
        if first.unit != "%":
            run = [first]
            for f in group[1:]:
                if _parts(run[-1], f, text) or len(run) > 1 and _named_again(run, f, text):
                    run.append(f)
                else:
                    break
            total = next((f for f in group[len(run):] if len(run) > 1 and f.value == sum(g.value for g in run)), None)
            if total is not None:
                out.append(replace(total, other_values=tuple(g.value for g in group if g is not total),
                                   chosen_by="总数等于前列各项之和，取总数"))
                continue
            if len(run) > 1:
                value = sum(g.value for g in run)
                value = int(value) if float(value).is_integer() else round(value, 2)
                # the evidence runs from the first part's clause to the end of the last part's
                begins = text.find(first.text, max(0, first.start - len(first.text)))
                begins = begins if 0 <= begins <= first.start else first.start
                closes = text.find(run[-1].text, max(0, run[-1].start - len(run[-1].text)))
                closes = closes + len(run[-1].text) if 0 <= closes <= run[-1].start else run[-1].end
                out.append(replace(first, value=value, end=run[-1].end, approx=any(g.approx for g in run),
                                   text=text[begins:closes], other_values=tuple(g.value for g in group),
                                   chosen_by=f"并列各项相加（{'＋'.join(str(g.value) for g in run)}）"))
                continue
        out.append(replace(first, other_values=rest, chosen_by="同一指标多处表述，取首次表述，其余列为备选"))
    return sorted(out, key=lambda f: f.start)


def extract(text: str) -> list[Found]:
    """Every figure the rules recognise, one per key (reconciled), in text order."""
    return _cases_by_procedure(reconcile(statements(text), text))


def _cases_by_procedure(found: list[Found]) -> list[Found]:
    """The penalty cases a report gives only by procedure ("简易程序案件6起…一般程序案件14起"): a penalty is decided by
    the simple or the ordinary procedure (行政处罚法 第五章 第二节、第三节), so the two are all the cases."""
    keys = {f.key: f for f in found}
    simple, ordinary = keys.get("enforcement.cases_simple"), keys.get("enforcement.cases_ordinary")
    if "enforcement.cases" in keys or not simple or not ordinary:
        return found
    first, last = sorted((simple, ordinary), key=lambda f: f.start)
    value = simple.value + ordinary.value
    total = replace(first, key="enforcement.cases", value=value, end=last.end, approx=simple.approx or ordinary.approx,
                    why="简易程序与普通程序案件之和（行政处罚法 第五章）", other_values=(),
                    as_written=f"{simple.as_written}＋{ordinary.as_written}",
                    chosen_by=f"只按程序分列，两类相加为案件总数（{simple.value}＋{ordinary.value}）")
    return sorted([*found, total], key=lambda f: f.start)


def statements(text: str) -> list[Found]:
    """Every figure the rules recognise, in text order, one per (key, value)."""
    found: list[Found] = []
    seen: dict[tuple[str, float], tuple[int, int, int]] = {}  # where each (key, value) was first read
    sentences = _spans(text, "。；;！!？?\n")  # pages copied through some tools carry ASCII punctuation
    stops = [m.start() for m in re.finditer("[。！？!?\n]", text)]  # a ；-clause belongs to its whole sentence
    sections = _sections(text)
    starts = [start for start, _ in sections]
    # a report on the deputies' suggestions that calls them 建议 from here on ("…代表建议、批评和意见(以下统称建议)")
    defined = DEFINED_SUGGESTIONS.search(text)
    defined_at = defined.end() if defined else len(text) + 1
    for s_index, (s_start, s_end) in enumerate(sentences):
        whole = bisect.bisect(stops, s_start)
        section = sections[bisect.bisect(starts, s_start) - 1][1]
        # a ；-clause's own sentence is the whole sentence it belongs to ("…政府信息公开申请124宗；本年办结121宗")
        opening = text[(stops[whole - 1] + 1 if whole else 0):s_start] if text[s_start - 1:s_start] in "；;" and s_start else ""
        sentence = text[s_start:s_end]
        previous = text[sentences[s_index - 1][0]:sentences[s_index - 1][1]] if s_index else ""
        if s_index and text[sentences[s_index - 1][1]:s_start].strip()[:1] in ("；", ";"):  # a ；-clause: the
            # sentence it belongs to up to it, and the one before that ("…行政复议…。从结果分析，维持2件；纠错5件")
            opened = stops[whole - 2] + 1 if whole >= 2 else 0
            previous = text[opened:s_start]
        if REFERS_BACK.match(sentence) and s_index > 1:  # ("据悉,此次活动共发放宣传材料1000余份": the event, and the
            # law it was of, are in the text's lede or in what it said of the event just before)
            previous = text[sentences[0][0]:sentences[0][1]] + text[max(sentences[0][1], s_start - 400):s_start]
        times = _times_named(sentence)
        labour = LABOUR_ARBITRATION.search(previous + opening + sentence)
        for c_start, c_end in _spans(sentence, "，,：:"):
            clause = sentence[c_start:c_end]
            before = previous + sentence[:c_start]
            for m in _mentions(clause):
                value = _value(m)
                if value is None or _article(m, clause) or _norm(m, clause) or _quoted(m, clause) or _honoured(m, clause) \
                        or _from_value(m, clause) or CHANGE.search(clause[:m.start()]) \
                        or ONE_ITEM.search(clause[:m.start()]) or EXAMPLE.search(sentence[:c_start]) \
                        or m.group("unit") != "%" and AVERAGE.search(clause[:m.start()]) \
                        or _over_years(times, c_start + m.start()) \
                        or m.group("unit") == "%" and value > 100:  # (no share is over 100%: "办结率为20230%" is a
                    # template's error, and a growth rate is no key's)
                    continue
                # a part inside a breakdown of a total is read only where the breakdown names the measure itself
                # ("推送各类工作信息1428条(其中包括主动公开政府信息574条)")
                broken = _breakdown(m, clause)
                for readings in _shared(clause, m):
                    candidates = []
                    for marked in readings:
                        # a reading of one of a list's items (分别, a shared rate) is the clause its rules see
                        own = clause if marked == clause[:m.start()] + "⟨N⟩" + clause[m.end():] else \
                            marked.replace("⟨N⟩", m.group(0))
                        # (a reading of one item keeps the whole clause as its context: what the work is of)
                        context = before if own is clause else before + clause[:m.start()]
                        candidates = _candidates(marked, m.group("unit"), own, context, sentence[c_end:],
                                                 sentence[:c_start], section, opening,
                                                 "代表建议" if s_start >= defined_at else "")
                        if candidates:
                            break
                    if not candidates:
                        candidates = _respectively(clause, m, found, s_start + c_start)
                    if broken:
                        inside = clause[max(clause[:m.start()].rfind("（"), clause[:m.start()].rfind("(")):m.start()]
                        candidates = [c for c in candidates if any(term in inside for term in lexicon.terms_of(c[0]))
                                      or c[0] in INTAKE_KEYS and NEW_INTAKE.search(inside)]  # ("(其中新收98.5万件，结转…)")
                    if GUIDED.search(clause[:m.start()]):  # ("指导监督各级复议机构办结行政复议案件25.4万件": the
                        continue  # work of the bodies the reporting one guides, not its own)
                    if OPENGOV_DISPUTES.search(opening + sentence):  # ("因政府信息公开引起的行政复议2件，其中行政复议纠错0件":
                        # the cases brought against the reporting body over its answers, not its reconsideration work)
                        candidates = [c for c in candidates if not c[0].startswith(HEADED)]
                    if INSPECTIONS_INSIDE.match(text[s_start + c_end:s_start + c_end + 40]):  # ("平台录入案件总数365件。
                        # 其中行政检查353件；行政处罚案件12件": the platform's records, inspections among them)
                        candidates = [c for c in candidates if c[0] != "enforcement.cases"]
                    if labour:  # ("劳动人事争议仲裁院…审结案件2965件；
                        # 其中调解案件1723件", "调解率58.3%，为劳动者挽回各类损失267.07万元": labour arbitration's, not
                        # the people's mediation nor a legal service)
                        candidates = [c for c in candidates if not c[0].startswith(("mediation.", "legal_services."))]
                    if SECTION_OF_CASES.search(section):  # (a section on the cases counts only the cases: its
                        # "行政处罚类案件24件" and "调解率17.4%" are kinds and shares of them)
                        candidates = [c for c in candidates if c[0].startswith(HEADED)]
                    if not candidates:
                        continue
                    key, why = candidates[0]
                    # (a rule that names the measure outranks one that inferred the same key from the context:
                    # "习近平法治思想专题学习2次" is stated, whatever the 中心组 before it suggests)
                    why = next((w for k, w in candidates if k == key and INFERRED not in w), why)
                    each = _each_body(clause[:m.start()], key)
                    if each > 1:  # "党组会议和局务会议各专题研究法治工作3次": 3 of each, 6 in all
                        value, why = value * each, why + f"；“各”：{each}项各{m.group(0)}，合计{value * each}"
                    # a figure stated again is one figure; the same count in the next clause of the sentence is
                    # another part of it ("党组会2次…，办公会2次…")
                    first = seen.setdefault((key, value), (whole, s_index, c_start))
                    listed = bool(found) and found[-1].key == key and found[-1].start >= s_start + c_start
                    if first != (whole, s_index, c_start) and first[0] != whole and not listed:
                        continue  # (but an item listed after another of its key is a part, whatever came before:
                        # "研讨8次…。…中心组学法6次、机关干部专题学法8次")
                    others = tuple(dict.fromkeys(k for k, _ in candidates[1:] if k != key))
                    converted, unit = in_key_unit(value, m.group("unit"), key)
                    ranged = bool(re.search(r"\d[-—～~至到]$", clause[:m.start()]))  # "20-30场": the upper end, approximate
                    found.append(Found(key, converted, unit, _approx(m) or ranged, clause.strip(),
                                       s_start + c_start + m.start(), s_start + c_start + m.end(), why, others,
                                       as_written=m.group(0)))
            found += _universal(clause, s_start + c_start, found, re.split(r"[，,：:]", sentence[:c_start])[-2]
                                if c_start else "")
            found += _all_done(clause, s_start + c_start, found, s_start)
    return found


LEADING_BODY = rf"(?:{BODY}|依法治[省县市区旗镇州盟乡街](?:委员会|委|办)(?:会议)?)"  # (the committee and its office too)
EACH_BODY = re.compile(rf"{LEADING_BODY}(?:(?:和|、|及|与)(?:[\u4e00-\u9fff]{{0,4}}?){LEADING_BODY})+(?:会议)?各")


def _each_body(head: str, key: str) -> int:
    """How many leading bodies a count is given for each of ("党组会议和局务会议各…3次"): their meetings or study only;
    or how many topics an event count is given for each of ("开展了宪法、习近平法治思想宣传宣讲各1场次": 2 in all)."""
    if key in ("leadership.rule_of_law_meetings", "study.group_sessions"):
        listed = EACH_BODY.search(head)
        if listed:
            return len(re.findall(LEADING_BODY, listed.group(0)))
    if key in ("publicity.events", "study.trainings"):
        verbs = list(ELLIPSIS_BREAKS.finditer(head))  # the topics are what the last verb takes
        topics = EACH_TOPIC.search(head[verbs[-1].end():] if verbs else head)
        if topics:
            return topics.group(0).count("、") + 1
    return 1


# topics listed right before 各 and the count ("宪法、习近平法治思想宣传宣讲各1场次"): none of them a number of its own
EACH_TOPIC = re.compile(r"[^，,；;。：:、\d]{1,14}(?:、[^，,；;。：:、\d]{1,16})+各$")


NOUNS_RESPECTIVELY = re.compile(r"([^，；;。：:\d]{2,40}?(?:(?:和|及|与|、)[^，；;。：:\d]{2,30}?)+)分别(?:为|是|达到?)?")


def _nth_listed(clause: str, m: re.Match, after: int, listed: int) -> int | None:
    """Which of the numbers after 分别 (from `after`) the number is, when there are as many as the things listed."""
    values = list(NUMBER.finditer(clause, after))
    at = next((i for i, v in enumerate(values) if v.start() == m.start()), None)
    return at if len(values) == listed else None


def _each_noun(clause: str, m: re.Match) -> list[str]:
    """"办理市人大代表建议和市政协委员提案分别为12件、8件": the n-th thing listed before 分别 with the n-th number, under
    the verb that leads the list (a reading tried after the clause as written)."""
    if "分别" not in clause[:m.start()]:
        return []
    paired = NOUNS_RESPECTIVELY.search(clause[:m.start()])
    if paired is None:
        return []
    names = re.split("和|及|与|、", paired.group(1))
    at = _nth_listed(clause, m, paired.end(), len(names))
    if at is None:
        return []
    verb = VERB_LEAD.match(names[0])
    lead = clause[:paired.start()] + (verb.group(0) if verb and at else "")
    return [lead + names[at] + "⟨N⟩"]


def _respectively(clause: str, m: re.Match, found: list[Found], at: int) -> list[tuple[str, str]]:
    """A number after 分别 with no words of its own is the next of the figures the clause lists for its subjects
    ("党组会议和局长办公会议专题研究法治工作分别为3次、4次"): the measure of the figure read before it in the clause."""
    if "分别" not in clause[:m.start()]:
        return []
    listed = clause[:clause.index("分别")]
    if re.search(rf"({ELLIPSIS_BREAKS.pattern})(案件)?[和、及与]({ELLIPSIS_BREAKS.pattern})", listed):
        return []  # "受理和办结分别为20件、18件": two measures, not one measure of two subjects
    before = [f for f in found if at <= f.start < at + m.start()]
    if not before or not re.fullmatch(r"[、和及与\s]*", clause[before[-1].end - at:m.start()]):
        return []
    units = lexicon.UNIT_FAMILIES.get(lexicon.unit_of(before[-1].key), "")
    if units and not re.fullmatch(units, m.group("unit")):  # "…分别为20场、3000份": another measure, not more of it
        return []
    return [(before[-1].key, "分别：与前一数字同一指标（各主语一项）")]


# the same wholes said of what the clause before named ("共收到政府信息公开申请5件，均在规定时限内完成答复")
CONTINUED = [(key, value, re.compile(subject), re.compile(pattern)) for key, value, subject, pattern in (
    ("opengov.reply_on_time_rate", 100, "公开申请|依申请公开", rf"^{ALL}{G}{{0,4}}{ON_TIME}(完成|予以)?(答复|办结)"),
    ("reconsideration.on_time_rate", 100, "复议(案件|申请)", rf"^{ALL}{G}{{0,2}}在?法定期限内(审结|办结|结案|作出(复议)?决定)"),
    ("petitions.on_time_rate", 100, "信访(事项|件)", rf"^{ALL}{G}{{0,4}}{ON_TIME}(办结|答复)"),
)]


def _universal(clause: str, at: int, found: list[Found], before: str = "") -> list[Found]:
    """The figures a clause states as a whole, without a number ("均在法定期限内审结": 100%), unless the clause gives
    the measure a number of its own ("出庭应诉率100%，实现全覆盖"); or says of what the clause `before` it named."""
    out = []
    continued = [(key, value, pattern) for key, value, subject, pattern in CONTINUED if subject.search(before)]
    for key, value, pattern in UNIVERSAL + continued:
        m = pattern.search(clause)
        if m and not NEGATED.search(clause[max(0, m.start() - 4):m.start()] + m.group(0)) and \
                not any(f.key == key and at <= f.start < at + len(clause) for f in found):
            out.append(Found(key, value, lexicon.unit_of(key), False, clause.strip(), at + m.start(), at + m.end(),
                             f"全称表述：“{m.group(0)}”即{value}{lexicon.unit_of(key)}", as_written=m.group(0)))
    return out


# what became of every case counted in the clause before ("受理行政复议案件9起，已全部审结"): as many were concluded
ALL_DONE = {"reconsideration.accepted": ("reconsideration.concluded", "审结|办结|结案"),
            "litigation.cases": ("litigation.concluded", "审结|结案"),
            "petitions.cases": ("petitions.concluded", "办结"),
            "opengov.applications": ("opengov.replied", "答复|办结")}


def _all_done(clause: str, at: int, found: list[Found], sentence_at: int) -> list[Found]:
    """The count of the clause before, said again of every one of them ("…9起，已全部审结"), for the key of what was
    done to them — unless the clause is said of time ("均在法定期限内审结" is a rate) or the key is already read."""
    last = found[-1] if found else None
    if last is None or last.key not in ALL_DONE or last.start < sentence_at or last.end > at:
        return []
    key, verbs = ALL_DONE[last.key]
    m = re.match(rf"^\s*(已经|已)?(全部|均已|均|都已|都)(依法)?(已)?({verbs})(完毕)?$", clause)
    if not m or any(f.key == key for f in found):
        return []
    return [Found(key, last.value, last.unit, last.approx, clause.strip(), at + m.start(), at + m.end(),
                  f"全称表述：“{m.group(0).strip()}”即前一分句的{last.value}{last.unit}", as_written=m.group(0).strip())]


NEGATED = re.compile(r"未能?(均|全部|全)|不能|没有|尚未|并非|有待|存在|个别|部分")  # "未能全部在法定期限内办结": not all


LIST_JOIN = "、|以及|和|与|及(?!时)"  # the words that join a list of rates (及时率 is a rate, not 及 + 时率)
RATES = rf"((?:[\u4e00-\u9fff]{{1,12}}?率(?:{LIST_JOIN}))+[\u4e00-\u9fff]{{1,12}}?率)"  # "备案率、合规率"
RATE_LIST = re.compile(RATES + r"(均|都|全部)?(达到?|为|实现|保持)?$")  # … sharing one value
RESPECTIVELY = re.compile(RATES + r"分别(?:为|是|达到?)")  # … taking theirs in turn
# the acts a clause counts in turn ("行政复议案件受理和审结分别为20件、18件": 受理 20, 审结 18)
ACTS_RESPECTIVELY = re.compile(rf"((?:{ELLIPSIS_BREAKS.pattern})(?:[和、及与](?:{ELLIPSIS_BREAKS.pattern}))+)"
                               rf"(?P<obj>[^，；;。\d]{{0,12}}?)分别(?:为|是|达到?)?")  # (the object they share: "受理和审结行政复议案件分别为…")


PEOPLE_NEXT = re.compile(r"^[^，,；;。\d]{1,12}?(以及|和|及|、)\d+(名|人)")


def _people_listed(head: str, tail: str, m: re.Match) -> list[str]:
    """The first of two groups of people joined before what they did ("组织14名市管领导干部以及128名区管领导干部参加…
    考试"): read on what follows the second group, as if it stood alone (a reading tried last)."""
    following = PEOPLE_NEXT.match(tail) if m.group("unit") in ("人", "名") else None
    return [head + "⟨N⟩" + tail[following.end():]] if following else []


def _after_events(head: str, tail: str, m: re.Match) -> list[str]:
    """People counted straight after the events they came to ("任前考法7批次161人", "法治培训17场次4.2万人次"): the
    people are read on the events' name, as if the events' count were not there (a reading tried last)."""
    if m.group("unit") not in ("人", "人次", "名"):
        return []
    events = next((n for n in NUMBER.finditer(head) if re.fullmatch(r"次?(共|计|共计|合计)?", head[n.end():])), None)
    if events is None or not re.fullmatch(EVENTS, events.group("unit")):
        return []
    return [head[:events.start()] + "⟨N⟩" + tail]


def _shared(clause: str, m: re.Match) -> list[list[str]]:
    """The clause with the number marked ⟨N⟩ — once for each rate of a list that shares it ("备案率、合规率均达100%":
    备案率 100% and 合规率 100%), so each rate is read on its own words; each reading with its fallbacks, tried in
    turn (a bare rate as written, then with the first rate's noun: "备案率、及时率" → 备案及时率, then after the first rate)."""
    head, tail = clause[:m.start()], clause[m.end():]
    paired = RESPECTIVELY.search(head) if m.group("unit") == "%" else ACTS_RESPECTIVELY.search(head)
    if paired is not None:  # "出庭应诉率、败诉率分别为100%、5%": the n-th rate (or act) takes the n-th value
        names = re.split(LIST_JOIN, paired.group(1))
        at = _nth_listed(clause, m, paired.end(), len(names))
        if at is not None:
            return [[clause[:paired.start()] + names[at] + (paired.groupdict().get("obj") or "") + "⟨N⟩"]]
    if "由" in head:  # (what it rose from says nothing of the measure: "…由上年的10件增加到37件")
        head = FROM_TO.sub("", head)
    listed = RATE_LIST.search(head) if m.group("unit") == "%" else None
    if listed is None:
        bare = RATE_VERBS.sub("率", head) if m.group("unit") == "%" else head
        return [[head + "⟨N⟩" + tail] + ([bare + "⟨N⟩" + tail] if bare != head else []) + _each_noun(clause, m)
                + _after_events(head, tail, m) + _people_listed(head, tail, m)]
    lead = head[:listed.start()]
    names = re.split(LIST_JOIN, listed.group(1))
    stem = names[0][:-1]
    # (last, a later rate read after the first, whose words name whose rates they are: "信访事项及时受理率、按期办结率")
    return [[lead + name + "⟨N⟩" + tail] + ([lead + stem + name + "⟨N⟩" + tail] if i and len(name) <= 3 else [])
            + ([lead + names[0] + "、" + name + "⟨N⟩" + tail] if i else [])
            for i, name in enumerate(names)]
