"""Demo measures of 示范县: documents, mechanisms, a typical case and honours over the demo years, recorded by the
units and (for past years) included in the report by the office."""

import datetime as dt

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user

from . import actions
from .models import Practice

MEASURES = [  # (unit: "county" / township index / department name, kind, heading, title, month, day, number, by, level)
    ("county", "document", "decisions", "示范县重大行政决策程序实施细则", 3, 18, "示政发〔{y}〕8号", "", ""),
    ("县司法局", "document", "enforcement", "示范县行政执法公示办法", 5, 6, "示司发〔{y}〕12号", "", ""),
    ("county", "mechanism", "oversight", "府院联动", 4, 20, "", "", ""),
    ("县市场监督管理局", "mechanism", "enforcement", "首违不罚、轻微免罚", 6, 1, "", "", ""),
    (0, "mechanism", "disputes", "1+1+N矛盾纠纷多元化解", 7, 15, "", "", ""),
    (0, "case", "disputes", "城关镇调解化解一起土地承包经营权纠纷", 9, 10, "", "", ""),
    ("county", "mechanism", "publicity", "执法+普法融合", 8, 8, "", "", ""),
    ("county", "honour", "duty", "全市法治政府建设工作先进单位", 12, 20, "", "示范市委全面依法治市委员会", "municipal"),
    (1, "honour", "publicity", "省级民主法治示范村（社区）", 11, 6, "", "省委全面依法治省委员会办公室", "provincial"),
    ("county", "document", "duty", "示范县党政主要负责人履行推进法治建设第一责任人职责清单", 2, 26, "示办发〔{y}〕3号", "", ""),
    ("县司法局", "document", "rules", "示范县行政规范性文件合法性审核工作规程", 4, 2, "示司发〔{y}〕6号", "", ""),
    ("county", "mechanism", "functions", "“高效办成一件事”帮办代办", 3, 28, "", "", ""),
    ("county", "mechanism", "openness", "政务公开专区进驻政务服务中心", 5, 15, "", "", ""),
    ("县司法局", "mechanism", "oversight", "行政复议+调解", 6, 18, "", "", ""),
    ("县市场监督管理局", "case", "enforcement", "县市场监管局对首次轻微违法经营者不予处罚并跟踪回访", 10, 12, "", "", ""),
]

SUMMARIES = {  # what a clerk writes in 简要内容: what the measure is and what it did
    "示范县重大行政决策程序实施细则": "明确决策事项目录管理、公众参与、专家论证、风险评估、合法性审查和集体讨论决定等环节的责任单位和办理时限",
    "示范县行政执法公示办法": "统一事前公开、事中公示和事后公开的内容与时限，行政处罚决定在7个工作日内公示",
    "府院联动": "县政府与县人民法院每季度召开联席会议，通报行政诉讼案件情况，共同研判行政争议化解和依法行政中的突出问题",
    "首违不罚、轻微免罚": "在市场监管、交通运输、生态环境等领域公布不予处罚和从轻减轻处罚事项清单，推行说服教育、劝导示范、警示告诫等柔性执法方式",
    "1+1+N矛盾纠纷多元化解": "以镇综治中心为平台，整合人民调解、司法所、派出所和乡贤力量，矛盾纠纷一站式接收、分类流转、限时化解",
    "城关镇调解化解一起土地承包经营权纠纷": "镇调委会联合司法所现场勘界、释法说理，促成双方达成调解协议并申请司法确认",
    "执法+普法融合": "执法人员在执法检查、案件办理中同步开展以案释法，将普法责任清单落实到执法全过程",
    "示范县行政规范性文件合法性审核工作规程": "规定起草单位自审、司法局审核、政府常务会议审议三道关口，审核期限一般不少于5个工作日",
    "“高效办成一件事”帮办代办": "在县政务服务中心设立帮办代办窗口，为企业和群众提供开办企业、不动产登记等事项全程帮办",
    "政务公开专区进驻政务服务中心": "设置政府信息查阅点和依申请公开受理窗口，集中提供政策咨询和信息查询服务",
    "行政复议+调解": "在行政复议案件审理中全程开展调解和解，将调解贯穿受理、审理、决定各环节",
    "县市场监管局对首次轻微违法经营者不予处罚并跟踪回访": "对首次未按规定明码标价的个体经营者依法不予处罚，责令当场改正并开展法治教育，回访无再犯",
    "全市法治政府建设工作先进单位": "",
    "省级民主法治示范村（社区）": "",
    "示范县党政主要负责人履行推进法治建设第一责任人职责清单": "逐项明确县委、县政府主要负责人在法治建设中的职责，纳入年终述职述法内容",
}


@demo_step
def demo(ctx: DemoContext) -> str:
    office, made = system_user(), 0
    today = dt.date.today()
    for year in (*ctx.years, today.year):
        for where, kind, heading, title, month, day, number, by, level in MEASURES:
            on = dt.date(year, month, day)
            if on > today:
                continue
            unit = ctx.county if where == "county" else (
                ctx.townships[where] if isinstance(where, int) else ctx.departments[where])
            practice, created = Practice.objects.get_or_create(
                unit=unit, kind=kind, title=title, on=on,
                defaults={"heading": heading, "document_number": number.format(y=year), "awarded_by": by,
                          "level": level, "summary": SUMMARIES.get(title, "")})
            made += created
            if created and year < today.year:
                actions.include(practice, acting_user=office)
    return f"工作举措 {Practice.objects.filter(unit__path__startswith=ctx.county.path).count()} 项（新增 {made}）"
