"""Indicators of oversight (one GROUP BY each over all units; see fazhi.core.indicators). The rates are of the
suggestions and proposals answered in the period: 面复率 met in person, 办复率 answered within their period, 满意率
satisfied or basically satisfied among those with the proposer's view."""

from django.db.models import F

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate

from .models import Recommendation, Suggestion

S, R = Suggestion, Recommendation


@indicator("oversight.npc_suggestions", "suggestions", unit_field="unit")
def npc(period: Period):
    return S.objects.filter(period.contains("assigned_on"), kind=S.Kind.NPC)


@indicator("oversight.cppcc_proposals", "suggestions", unit_field="unit")
def cppcc(period: Period):
    return S.objects.filter(period.contains("assigned_on"), kind=S.Kind.CPPCC)


@indicator("oversight.replied", "suggestions", unit_field="unit")
def replied(period: Period):
    return S.objects.filter(period.contains("replied_on"))


@indicator("oversight.replied_in_person", "suggestions", unit_field="unit")
def replied_in_person(period: Period):
    return S.objects.filter(period.contains("replied_on"), met_on__isnull=False)


@indicator("oversight.replied_on_time", "suggestions", unit_field="unit")
def replied_on_time(period: Period):
    return S.objects.filter(period.contains("replied_on"), replied_on__lte=F("reply_due"))


@indicator("oversight.with_feedback", "suggestions", unit_field="unit")
def with_feedback(period: Period):
    return S.objects.filter(period.contains("replied_on")).exclude(satisfaction="")


@indicator("oversight.satisfied", "suggestions", unit_field="unit")
def satisfied(period: Period):
    return S.objects.filter(period.contains("replied_on"),
                            satisfaction__in=[S.Satisfaction.SATISFIED, S.Satisfaction.BASICALLY])


@indicator("oversight.procuratorial_suggestions", "recommendations", unit_field="unit")
def procuratorial(period: Period):
    return R.objects.filter(period.contains("received_on"), kind__in=[R.Kind.PUBLIC_INTEREST, R.Kind.PROCURATORIAL])


@indicator("oversight.judicial_suggestions", "recommendations", unit_field="unit")
def judicial(period: Period):
    return R.objects.filter(period.contains("received_on"), kind=R.Kind.JUDICIAL)


@indicator("oversight.procuratorial_replied", "recommendations", unit_field="unit")
def procuratorial_replied(period: Period):
    return R.objects.filter(period.contains("replied_on"), kind__in=[R.Kind.PUBLIC_INTEREST, R.Kind.PROCURATORIAL])


@indicator("oversight.procuratorial_replied_on_time", "recommendations", unit_field="unit")
def procuratorial_on_time(period: Period):
    return R.objects.filter(period.contains("replied_on"), kind__in=[R.Kind.PUBLIC_INTEREST, R.Kind.PROCURATORIAL],
                            replied_on__lte=F("reply_due"))


rate("oversight.reply_in_person_rate", "oversight.replied_in_person", "oversight.replied")
rate("oversight.resolved_rate", "oversight.replied_on_time", "oversight.replied")
rate("oversight.satisfaction_rate", "oversight.satisfied", "oversight.with_feedback")
rate("oversight.procuratorial_replied_on_time_rate", "oversight.procuratorial_replied_on_time",
     "oversight.procuratorial_replied")

declare_area("oversight", "接受监督")
declare("oversight.replied", "书面答复的建议提案", "件", "count")
declare("oversight.replied_in_person", "面商（面复）后答复的建议提案", "件", "count")
declare("oversight.replied_on_time", "按期办复的建议提案", "件", "count")
declare("oversight.with_feedback", "反馈意见的建议提案", "件", "count")
declare("oversight.satisfied", "代表委员满意或基本满意的建议提案", "件", "count")
declare("oversight.procuratorial_replied", "书面回复的检察建议", "件", "count")
declare("oversight.procuratorial_replied_on_time", "按期书面回复的检察建议", "件", "count")
declare("oversight.npc_suggestions", dashboard=("card",), order=140)
declare("oversight.satisfaction_rate", dashboard=("card",), order=141)
