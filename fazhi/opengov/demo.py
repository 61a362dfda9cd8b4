"""Demo: disclosure requests to several county departments over the last two years; a few still open."""

import datetime as dt

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step

from . import actions
from .models import DisclosureRequest

SUBJECTS = ["房屋征收补偿方案及补偿标准", "某路段道路改造工程招标文件", "本村土地征收批复文件", "企业环境影响评价审批文件",
            "年度财政预算执行情况", "低保审批名单", "行政处罚决定书", "规划许可证及附图"]
UNITS = ["县自然资源局", "县住房和城乡建设局", "县生态环境局", "县财政局", "县民政局", "县市场监督管理局"]


@demo_step
def opengov(ctx: DemoContext) -> str:
    if DisclosureRequest.objects.exists():
        return f"政府信息公开申请：已存在 {DisclosureRequest.objects.count()} 件"
    rng, today = ctx.rng, dt.date.today()
    made = 0
    for days_ago in sorted(rng.sample(range(3, 700), 45), reverse=True):
        received = today - dt.timedelta(days=days_ago)
        req = actions.register_request(None, DisclosureRequest(
            unit=ctx.departments[rng.choice(UNITS)], received_on=received, channel=rng.choice(["online", "letter"]),
            applicant_type="person", applicant_name=ctx.person_name(), applicant_phone=ctx.mobile(),
            content=f"申请公开{rng.choice(SUBJECTS)}"))
        made += 1
        try:
            if rng.random() < 0.15:
                actions.extend(None, req, on=by_today(received + dt.timedelta(days=20)), approver="办公室主任")
            if days_ago > 40 or rng.random() < 0.5:
                actions.reply(None, req, on=by_today(received + dt.timedelta(days=rng.randint(5, 26))),
                              outcome=rng.choice(["disclosed", "disclosed", "partly", "not_held", "refused"]))
        except NotYet:
            pass
    return f"政府信息公开申请：新增 {made} 件"
