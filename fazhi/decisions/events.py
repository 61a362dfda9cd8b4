"""The legal events of decisions: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    APPROVE = 'approve', '党委同意目录'
    PUBLISH = 'publish', '公布目录'
    START = 'start', '决定启动决策程序'
    OPEN_COMMENTS = 'open_comments', '公开征求意见'
    COMPLETE_PUBLIC = 'complete_public', '公众参与完成'
    ANSWER = 'answer', '意见研究处理'
    EXPERT_REVIEW = 'expert_review', '专家论证'
    RISK_ASSESSMENT = 'risk_assessment', '风险评估'
    WAIVE = 'waive', '程序不适用'
    SUBMIT_LEGALITY = 'submit_legality', '送请合法性审查'
    LEGALITY = 'legality', '登记合法性审查意见'
    DECIDE = 'decide', '集体讨论决定'
    REPORT_NPC = 'report_npc', '向本级人大常委会报告'
    EXECUTION = 'execution', '决策执行情况报告'
    EVALUATE = 'evaluate', '决策后评估'
    WITHDRAW = 'withdraw', '不予启动/撤回'
