"""The legal events of reconsideration: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    RECEIVE = 'receive', '收到申请'
    REQUEST_CORRECTION = 'request_correction', '通知补正'
    RECEIVE_CORRECTION = 'receive_correction', '收到补正材料'
    ABANDON = 'abandon', '视为放弃申请'
    ACCEPT = 'accept', '受理'
    REJECT = 'reject', '不予受理'
    SEND_COPY = 'send_copy', '发送申请书副本'
    REPLY = 'reply', '登记答复'
    HEARING = 'hearing', '听证'
    SUSPEND = 'suspend', '中止'
    RESUME = 'resume', '恢复审理'
    EXTEND = 'extend', '延长审理期限'
    SWITCH = 'switch', '转为普通程序'
    CONCLUDE = 'conclude', '审结'
    PERFORMED = "performed", "被申请人履行复议决定"
    ORDER_PERFORMANCE = "order_performance", "责令限期履行"
    LETTER = "letter", "制发意见书、建议书"
    LETTER_REPORT = "letter_report", "报送纠正情况"
    INCIDENTAL = "incidental", "附带审查申请（发现依据不合法）"
    INCIDENTAL_NOTICE = "incidental_notice", "书面通知制定机关答复"
    INCIDENTAL_DRAFTER_REPLY = "incidental_drafter_reply", "制定机关书面答复"
    INCIDENTAL_CONCLUDE = "incidental_conclude", "附带审查处理"
    INCIDENTAL_TRANSFER = "incidental_transfer", "附带审查转送"
    INCIDENTAL_TRANSFER_REPLY = "incidental_transfer_reply", "收到接受转送机关的处理意见"
