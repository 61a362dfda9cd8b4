"""公共法律服务: legal-aid applications under the 法律援助法 periods, notarisations, legal consultations and the
service stations (county centre, township stations, village rooms)."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import validate_citizen_id, validate_phone

STAFF_ROLES = {
    "view": {Role.UNIT_CLERK, Role.ADMIN},
    "add": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "change": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "delete": {Role.RULE_OF_LAW_OFFICE},
}


class LegalAidCase(ScopedModel):
    """A legal-aid matter: an application reviewed within 7 days and assigned within 3 days of the grant (法律援助法
    第四十三条), or a criminal case notified by a court, procuratorate or police, assigned within 3 days (第三十六条)."""

    class Origin(models.TextChoices):
        APPLICATION = "application", "依申请"
        NOTIFIED = "notified", "通知辩护（代理）"

    class Category(models.TextChoices):
        CRIMINAL = "criminal", "刑事"
        CIVIL = "civil", "民事"
        ADMINISTRATIVE = "administrative", "行政"
        STATE_COMPENSATION = "state_compensation", "国家赔偿"
        NON_LITIGATION = "non_litigation", "非诉讼法律事务（含劳动仲裁）"

    class Matter(models.TextChoices):
        WAGES = "wages", "请求支付劳动报酬"
        WORK_INJURY = "work_injury", "工伤、劳动争议"
        FAMILY = "family", "婚姻家庭、赡养抚养"
        TRAFFIC = "traffic", "交通事故、人身损害赔偿"
        SOCIAL = "social", "社会保险、最低生活保障"
        DEFENCE = "defence", "刑事辩护"
        VICTIM = "victim", "刑事被害人代理"
        OTHER = "other", "其他"

    class Decision(models.TextChoices):
        GRANT = "grant", "给予法律援助"
        REFUSE = "refuse", "不予法律援助"

    class Closing(models.TextChoices):
        JUDGMENT = "judgment", "判决、裁定、裁决"
        MEDIATION = "mediation", "调解、和解"
        WITHDRAWN = "withdrawn", "撤诉、撤回"
        TERMINATED = "terminated", "终止法律援助（第四十八条）"
        NON_LITIGATION = "non_litigation", "非诉讼事务办结"

    unit = models.ForeignKey(OrgUnit, verbose_name="法律援助机构所在单位", on_delete=models.PROTECT,
                             related_name="legal_aid_cases")
    origin = models.CharField("来源", max_length=12, choices=Origin.choices)
    received_on = models.DateField("收到申请（通知）日期")
    notifying_body = models.CharField("通知机关", max_length=100, blank=True)
    category = models.CharField("案件类别", max_length=20, choices=Category.choices)
    matter = models.CharField("援助事项", max_length=12, choices=Matter.choices)
    applicant_name = models.CharField("受援人", max_length=50)
    applicant_id_number = models.CharField("受援人公民身份号码", max_length=18, blank=True,
                                           validators=[validate_citizen_id])
    applicant_phone = models.CharField("联系电话", max_length=20, blank=True, validators=[validate_phone])
    summary = models.CharField("案情摘要", max_length=300, blank=True)
    decide_due = models.DateField("审查决定期限", null=True, blank=True, editable=False)
    decided_on = models.DateField("决定日期", null=True, blank=True, editable=False)
    decision = models.CharField("审查决定", max_length=10, choices=Decision.choices, blank=True, editable=False)
    refusal_reason = models.CharField("不予援助理由", max_length=300, blank=True, editable=False)
    assign_due = models.DateField("指派期限", null=True, blank=True, editable=False)
    assigned_on = models.DateField("指派日期", null=True, blank=True, editable=False)
    lawyer = models.CharField("承办人员", max_length=50, blank=True, editable=False)
    law_firm = models.CharField("承办人员所在机构", max_length=100, blank=True, editable=False)
    closed_on = models.DateField("结案日期", null=True, blank=True, editable=False)
    amount_recovered = models.DecimalField("为受援人挽回经济损失（元）", max_digits=14, decimal_places=2, null=True,
                                           blank=True, editable=False)
    closing = models.CharField("结案方式", max_length=20, choices=Closing.choices, blank=True, editable=False)
    objection_on = models.DateField("收到异议日期", null=True, blank=True, editable=False)
    objection_due = models.DateField("异议审查期限", null=True, blank=True, editable=False)
    objection_decided_on = models.DateField("异议审查决定日期", null=True, blank=True, editable=False)
    objection_result = models.CharField("异议审查结果", max_length=10, blank=True, editable=False,
                                        choices=[("uphold", "维持不予法律援助决定"), ("correct", "责令法律援助机构改正")])

    org_field = "unit"
    scope_roles = STAFF_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "法律援助案件"
        indexes = [
            models.Index(fields=["received_on"]), models.Index(fields=["closed_on"]),
                   models.Index(fields=["decide_due", "decided_on"]), models.Index(fields=["assign_due", "assigned_on"]),
            models.Index(fields=["objection_due", "objection_decided_on"], name="legalaidcase_objection_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.applicant_name}（{self.get_matter_display()}）"

    def clean(self) -> None:
        if self.origin == self.Origin.NOTIFIED:
            if not self.notifying_body.strip():
                raise ValidationError({"notifying_body": "通知辩护（代理）案件请填写通知的人民法院、人民检察院或公安机关。"})
            if self.category != self.Category.CRIMINAL:
                raise ValidationError({"category": "通知辩护（代理）只适用于刑事案件（法律援助法第三十六条）。"})


class Notarization(ScopedModel):
    """A notarial matter handled by a notary office (domestic or foreign-related)."""

    class Scope(models.TextChoices):
        DOMESTIC = "domestic", "国内公证"
        FOREIGN = "foreign", "涉外（涉港澳台）公证"

    class Matter(models.TextChoices):
        INHERITANCE = "inheritance", "继承"
        POWER_OF_ATTORNEY = "power_of_attorney", "委托"
        DECLARATION = "declaration", "声明"
        CONTRACT = "contract", "合同（协议）"
        EVIDENCE = "evidence", "保全证据"
        CERTIFICATE = "certificate", "学历、亲属关系、无犯罪记录等证明"
        OTHER = "other", "其他"

    unit = models.ForeignKey(OrgUnit, verbose_name="公证机构所在单位", on_delete=models.PROTECT,
                             related_name="notarizations")
    accepted_on = models.DateField("受理日期")
    scope = models.CharField("类别", max_length=10, choices=Scope.choices)
    matter = models.CharField("公证事项", max_length=20, choices=Matter.choices)
    applicant_name = models.CharField("申请人", max_length=100)
    certificate_number = models.CharField("公证书编号", max_length=50, blank=True)
    issued_on = models.DateField("出具公证书日期", null=True, blank=True)

    org_field = "unit"
    scope_roles = STAFF_ROLES

    date_order = (("accepted_on", "issued_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "公证事项"
        indexes = [
            models.Index(fields=["accepted_on", "id"], name="legalservi_notarization_list"),
            models.Index(fields=["issued_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_number or self.get_matter_display()}（{self.applicant_name}）"

    def clean(self) -> None:
        if self.issued_on and not self.certificate_number.strip():
            raise ValidationError({"certificate_number": "已出具公证书的，请填写公证书编号。"})


class Consultation(ScopedModel):
    """Legal consultations answered, by channel (12348 hotline, on site, online); a row may record a session that
    served several people (人次)."""

    class Channel(models.TextChoices):
        HOTLINE = "hotline", "12348热线"
        ON_SITE = "on_site", "现场（窗口、工作站）"
        ONLINE = "online", "网络平台"

    class Topic(models.TextChoices):
        LABOUR = "labour", "劳动社保"
        FAMILY = "family", "婚姻家庭"
        PROPERTY = "property", "房产土地"
        CONTRACT = "contract", "合同债务"
        TORT = "tort", "侵权赔偿"
        ADMINISTRATIVE = "administrative", "行政事务"
        OTHER = "other", "其他"

    unit = models.ForeignKey(OrgUnit, verbose_name="服务单位", on_delete=models.PROTECT, related_name="consultations")
    on = models.DateField("咨询日期")
    channel = models.CharField("渠道", max_length=10, choices=Channel.choices)
    topic = models.CharField("咨询类别", max_length=20, choices=Topic.choices)
    people = models.PositiveIntegerField("人次", default=1, validators=[MinValueValidator(1)])
    documents_drafted = models.PositiveIntegerField("代写法律文书（份）", default=0, db_default=0)
    answered_by = models.CharField("解答人员", max_length=50, blank=True)
    note = models.CharField("咨询内容摘要", max_length=300, blank=True)

    org_field = "unit"
    scope_roles = STAFF_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "法律咨询"
        indexes = [models.Index(fields=["on"])]

    def __str__(self) -> str:
        return f"{self.on} {self.get_channel_display()} {self.get_topic_display()}"


class Station(ScopedModel):
    """A public legal service platform: county centre, township station or village room."""

    class Level(models.TextChoices):
        CENTRE = "centre", "县级公共法律服务中心"
        STATION = "station", "乡镇（街道）公共法律服务工作站"
        ROOM = "room", "村（社区）公共法律服务工作室"

    unit = models.ForeignKey(OrgUnit, verbose_name="所在单位", on_delete=models.PROTECT, related_name="legal_stations")
    name = models.CharField("名称", max_length=100)
    level = models.CharField("层级", max_length=10, choices=Level.choices)
    opened_on = models.DateField("建成日期")
    closed_on = models.DateField("撤销日期", null=True, blank=True)
    staff = models.PositiveIntegerField("工作人员数", default=1)

    org_field = "unit"
    scope_roles = STAFF_ROLES

    date_order = (("opened_on", "closed_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "公共法律服务站点"

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        kinds = {self.Level.STATION: OrgUnit.Kind.TOWNSHIP, self.Level.ROOM: OrgUnit.Kind.VILLAGE}
        if self.level in kinds and self.unit_id and self.unit.kind != kinds[self.level]:
            raise ValidationError({"unit": f"“{self.get_level_display()}”应设在{OrgUnit.Kind(kinds[self.level]).label}。"})
