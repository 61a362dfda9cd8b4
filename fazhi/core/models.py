"""Kernel models: the org tree, memberships, audit, attachments and the working-day calendar."""

import contextlib
import contextvars
import hashlib
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import models, transaction
from django.db.models import Value
from django.db.models.functions import Concat, Substr

from .roles import Role
from .scoping import ScopedQuerySet
from .validators import validate_division_code, validate_uscc


class PartyType(models.TextChoices):
    """Who a party is, in every register that records one (申请人, 当事人, 原告)."""

    PERSON = "person", "自然人"
    ORGANISATION = "organisation", "法人或其他组织"


_unique_deferred: contextvars.ContextVar[bool] = contextvars.ContextVar("fazhi_unique_deferred", default=False)


@contextlib.contextmanager
def unique_checked_later():
    """Validate records without their unique constraints, which the caller checks for many records at once (a bulk
    step's core.steps.unique_clashes: one query per chunk instead of one per record)."""
    token = _unique_deferred.set(True)
    try:
        yield
    finally:
        _unique_deferred.reset(token)


class ScopedModel(models.Model):
    """Base of every record kept per org unit: `visible_to(user, action)` is its only way to the rows a user may
    see or change (core.scoping). A subclass declares `org_field` (the path to its OrgUnit; "" for OrgUnit itself,
    None for national data) and `scope_roles` ({action: roles}); one that does not fails at startup."""

    objects = ScopedQuerySet.as_manager()
    # (earlier, later) pairs of this record's own dates that must be in order: the one place a record's date order
    # is declared; checked for every form, import, API call and step (full_clean). A step's own dates against the
    # record's are checked by core.gates.check_date.
    date_order: tuple[tuple[str, str], ...] = ()

    class Meta:
        abstract = True

    def clean_fields(self, exclude=None) -> None:
        errors = {}
        try:
            super().clean_fields(exclude=set(exclude or ()) | self._loaded_relations())
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        for earlier, later in self.date_order:
            a, b = getattr(self, earlier), getattr(self, later)
            if a and b and b < a and later not in errors and not (exclude and later in exclude):
                field = self._meta.get_field
                errors[later] = [f"{field(later).verbose_name}不能早于{field(earlier).verbose_name}（{a}）。"]
        if errors:
            raise ValidationError(errors)

    def get_constraints(self):
        if not _unique_deferred.get():
            return super().get_constraints()
        return [(model, [c for c in constraints if not isinstance(c, models.UniqueConstraint)])
                for model, constraints in super().get_constraints()]

    def _loaded_relations(self) -> set[str]:
        """Foreign keys whose related record was read from the database with this instance (a form's scoped
        choice, a step's argument): Django would ask the database again whether it exists, one query per key per
        record — a ledger of 100,000 rows would ask 200,000 times."""
        loaded = set()
        for f in self._meta.concrete_fields:
            if f.many_to_one and f.is_cached(self):
                related = f.get_cached_value(self)
                if related is not None and related.pk is not None and not related._state.adding \
                        and related.pk == getattr(self, f.attname):
                    loaded.add(f.name)
        return loaded

    @classmethod
    def check_scoping(cls) -> None:
        missing = [name for name in ("org_field", "scope_roles") if not hasattr(cls, name)]
        if missing:
            raise ImproperlyConfigured(f"{cls.__name__} 未声明 {'、'.join(missing)}（core.models.ScopedModel）")


class OrgUnit(ScopedModel):
    """A region or agency in the tree (province → city → county → township → village; departments).

    `path` is a materialised path of zero-padded primary keys ("/00000001/00000007/"), so a subtree is
    one indexed prefix query (`path LIKE '/00000001/00000007/%'`) and ordering by path lists the tree.
    """

    class Kind(models.TextChoices):
        PROVINCE = "province", "省（自治区、直辖市）"
        CITY = "city", "市（州、盟）"
        COUNTY = "county", "县（区、旗）"
        TOWNSHIP = "township", "乡镇（街道、苏木）"
        VILLAGE = "village", "村（社区、嘎查）"
        DEPARTMENT = "department", "部门（局、委、办、派出机构）"

    REGION_KINDS = {Kind.PROVINCE, Kind.CITY, Kind.COUNTY, Kind.TOWNSHIP, Kind.VILLAGE}

    name = models.CharField("名称", max_length=100)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", verbose_name="上级单位", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField("路径", max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField("层级", default=0, editable=False)
    division_code = models.CharField(
        "行政区划代码", max_length=12, blank=True, validators=[validate_division_code],
        help_text="区域单位填写 GB/T 2260 六位代码（乡镇可为9位）",
    )
    uscc = models.CharField(
        "统一社会信用代码", max_length=18, blank=True, validators=[validate_uscc], help_text="机关单位填写"
    )
    sort_order = models.PositiveIntegerField("排序", default=0)
    is_active = models.BooleanField("启用", default=True)

    objects = ScopedQuerySet.as_manager()
    org_field = ""  # the unit of an OrgUnit is itself
    scope_roles = {"view": None, "change": {Role.ADMIN}, "add": {Role.ADMIN}, "delete": {Role.ADMIN}}

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "组织机构"
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(
                fields=["division_code"], condition=~models.Q(division_code=""), name="unique_division_code"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        with transaction.atomic():
            old_path = self.path
            super().save(*args, **kwargs)
            parent_path = self.parent.path if self.parent_id else "/"
            new_path = f"{parent_path}{self.pk:08d}/"
            if new_path != old_path:
                self.path, self.depth = new_path, new_path.count("/") - 2
                OrgUnit.objects.filter(pk=self.pk).update(path=self.path, depth=self.depth)
                if old_path:  # moved: rewrite the whole subtree in one statement
                    OrgUnit.objects.filter(path__startswith=old_path).exclude(pk=self.pk).update(
                        path=Concat(Value(new_path), Substr("path", len(old_path) + 1)),
                        depth=models.F("depth") + (self.depth - (old_path.count("/") - 2)),
                    )

    def clean(self) -> None:
        if self.kind in self.REGION_KINDS - {self.Kind.VILLAGE} and not self.division_code:
            raise ValidationError({"division_code": "区域单位须填写行政区划代码。"})
        if self.parent_id and self.pk and self.parent.path.startswith(self.path):
            raise ValidationError({"parent": "上级单位不能是本单位或其下级单位。"})
        if self.kind == self.Kind.PROVINCE and self.parent_id:
            raise ValidationError({"parent": "省级单位不应有上级单位。"})

    def subtree(self):
        return OrgUnit.objects.filter(path__startswith=self.path)

    def ancestors(self):
        ids = [int(p) for p in self.path.strip("/").split("/")[:-1] if p]
        return OrgUnit.objects.filter(pk__in=ids).order_by("depth")

    @property
    def indented_name(self) -> str:
        return "\u3000" * self.depth + self.name


class Membership(ScopedModel):
    """A user holds a role on an org unit; it covers the unit's whole subtree."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="用户", on_delete=models.CASCADE,
                             related_name="memberships")
    unit = models.ForeignKey(OrgUnit, verbose_name="单位", on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField("角色", max_length=32, choices=Role.choices)

    org_field = "unit"
    scope_roles = {"view": {Role.ADMIN}, "change": {Role.ADMIN}, "add": {Role.ADMIN}, "delete": {Role.ADMIN}}

    class Meta:
        verbose_name = "角色授权"
        verbose_name_plural = "角色授权"
        constraints = [models.UniqueConstraint(fields=["user", "unit", "role"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.user} · {self.unit} · {self.get_role_display()}"


class AppendOnly(models.Model):
    """Audit rows are written once and never changed or deleted."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise RuntimeError("审计记录只能追加，不能修改。")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise RuntimeError("审计记录不能删除。")


class ChangeLog(AppendOnly):
    """Field-level change of any audited record: who, when, request id, before/after."""

    class Action(models.TextChoices):
        CREATE = "create", "新建"
        UPDATE = "update", "修改"
        DELETE = "delete", "删除"

    # read by (content_type, object_id) through the composite index below: no index of their own, which every
    # written row (an import writes 100,000) would have to maintain
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, db_index=False)
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(max_length=200)
    action = models.CharField(max_length=10, choices=Action.choices)
    changes = models.JSONField(default=dict)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    request_id = models.CharField(max_length=40, blank=True)
    source = models.CharField(max_length=20, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "变更记录"
        indexes = [models.Index(fields=["content_type", "object_id", "at"])]
        ordering = ["-at", "-id"]


class DomainEvent(AppendOnly):
    """A legally meaningful step (受理, 审结, 公示, 备案, 销号 …), written by the action that performs it."""

    # read by (content_type, object_id) through the composite index below: no index of their own, which every
    # written row (an import writes 100,000) would have to maintain
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, db_index=False)
    object_id = models.CharField(max_length=64)
    event = models.CharField(max_length=50)
    label = models.CharField(max_length=100)
    detail = models.JSONField(default=dict, blank=True)
    basis = models.CharField(max_length=200, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    request_id = models.CharField(max_length=40, blank=True)
    source = models.CharField(max_length=20, blank=True)
    changed = models.JSONField("变更字段", default=list, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "办理事件"
        indexes = [models.Index(fields=["content_type", "object_id", "at"])]
        ordering = ["-at", "-id"]


def attachment_path(instance: "Attachment", filename: str) -> str:
    return f"attachments/{instance.sha256[:2]}/{instance.sha256}{Path(filename).suffix.lower()}"


class Attachment(models.Model):
    """An evidence file (decision, recording, 佐证材料) linked to any record, stored by content hash."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64, db_index=True)
    record = GenericForeignKey("content_type", "object_id")
    file = models.FileField("文件", upload_to=attachment_path, max_length=200)
    original_name = models.CharField("文件名", max_length=200)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    size = models.PositiveBigIntegerField("大小（字节）")
    content_type_name = models.CharField("文件类型", max_length=100)
    description = models.CharField("说明", max_length=200, blank=True)
    stage = models.CharField("环节", max_length=20, blank=True, help_text="全过程记录的办理环节，如 立案、调查取证、决定、送达")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "附件"
        indexes = [models.Index(fields=["content_type", "object_id"])]
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.original_name

    @staticmethod
    def hash_file(f) -> str:
        h = hashlib.sha256()
        for chunk in f.chunks():
            h.update(chunk)
        f.seek(0)
        return h.hexdigest()


class CalendarDay(ScopedModel):
    """A day whose status differs from the weekday default: a holiday, or an adjusted working weekend (调休)."""

    date = models.DateField("日期", unique=True)
    is_workday = models.BooleanField("是否工作日")
    name = models.CharField("节日/说明", max_length=50, blank=True)
    source = models.CharField("来源", max_length=100, blank=True, help_text="国务院办公厅放假通知的文号，或收录通知的数据包")

    org_field = None  # national data
    scope_roles = {"view": None, "change": {Role.ADMIN}, "add": {Role.ADMIN}, "delete": {Role.ADMIN}}

    class Meta:
        verbose_name = "节假日与调休"
        verbose_name_plural = "工作日历"
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date} {'上班' if self.is_workday else '休息'} {self.name}"


class CalendarYear(ScopedModel):
    """A year whose holidays and adjusted working days have been entered in full."""

    year = models.PositiveSmallIntegerField("年份", unique=True)
    source = models.CharField("依据", max_length=100, help_text="如 国办发明电〔2025〕7号")
    provisional = models.BooleanField("暂定", default=False, help_text="尚未以国务院办公厅通知核实")

    org_field = None
    scope_roles = CalendarDay.scope_roles

    class Meta:
        verbose_name = "已录入年度"
        verbose_name_plural = "已录入年度"
        ordering = ["year"]

    def __str__(self) -> str:
        return f"{self.year}年"


class Job(models.Model):
    """A piece of work that runs off the request (import, export, report build, recompute …): who started it, how far
    it is, and its result — a file to download or the Chinese errors that stopped it. A user sees only their own."""

    class Status(models.TextChoices):
        QUEUED = "queued", "排队中"
        RUNNING = "running", "进行中"
        DONE = "done", "已完成"
        FAILED = "failed", "未完成"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="发起人", on_delete=models.CASCADE,
                             related_name="jobs")
    kind = models.CharField("类型", max_length=40)
    label = models.CharField("任务", max_length=200)
    params = models.JSONField(default=dict, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveIntegerField("已处理", default=0)
    total = models.PositiveIntegerField("总数", default=0)
    stage = models.CharField("阶段", max_length=100, blank=True)
    message = models.CharField("结果", max_length=300, blank=True)
    errors = models.JSONField("错误", default=list, blank=True)
    result_file = models.FileField("结果文件", upload_to="jobs/", blank=True, max_length=200)
    result_name = models.CharField("下载文件名", max_length=200, blank=True)
    result_url = models.CharField("结果页面", max_length=200, blank=True)
    data = models.JSONField("结果数据", default=dict, blank=True)  # what the starting page shows of the result
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    started_at = models.DateTimeField("开始时间", null=True, blank=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "后台任务"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return self.label

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(self.done * 100 / self.total) if self.total else 0

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class Notification(models.Model):
    """A notice in a user's inbox (deadline digest, a moved due date, a step waiting for them); also sent by e-mail
    and webhook where the user chose those channels."""

    class Kind(models.TextChoices):
        DIGEST = "digest", "期限提醒"
        DUE_MOVED = "due_moved", "期限调整"
        ASSIGNED = "assigned", "待办"
        SYSTEM = "system", "系统通知"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    title = models.CharField("标题", max_length=200)
    body = models.TextField("内容", blank=True)
    url = models.CharField("链接", max_length=300, blank=True)
    at = models.DateTimeField("时间", auto_now_add=True)
    read_at = models.DateTimeField("已读时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "通知"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return self.title


class Delivery(models.Model):
    """One sending of a notification on one channel; failures are retried and kept, never lost silently."""

    class Channel(models.TextChoices):
        EMAIL = "email", "电子邮件"
        WEBHOOK = "webhook", "消息推送（政务微信/钉钉/短信网关）"

    class Status(models.TextChoices):
        PENDING = "pending", "待发送"
        SENT = "sent", "已发送"
        FAILED = "failed", "发送失败"

    notification = models.ForeignKey(Notification, on_delete=models.CASCADE, related_name="deliveries")
    channel = models.CharField("渠道", max_length=10, choices=Channel.choices)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField("尝试次数", default=0)
    last_error = models.CharField("最近一次错误", max_length=300, blank=True)
    sent_at = models.DateTimeField("发送时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "通知发送记录"
        indexes = [models.Index(fields=["status"])]


class NotificationSettings(models.Model):
    """A user's choice of channels and of how far ahead the daily digest looks."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notify_settings")
    email = models.BooleanField("同时发送电子邮件", default=False)
    webhook = models.BooleanField("同时推送到政务微信/钉钉/短信", default=False)
    webhook_recipient = models.CharField("推送接收人", max_length=100, blank=True,
                                         help_text="手机号码或政务微信/钉钉账号，按本单位消息网关的要求填写")
    digest = models.BooleanField("每日期限提醒", default=True)
    due_within = models.PositiveSmallIntegerField("提前提醒（工作日）", default=5)

    class Meta:
        verbose_name = verbose_name_plural = "通知设置"

    def clean(self) -> None:
        if self.email and not self.user.email:
            raise ValidationError({"email": "您的账号没有登记电子邮件地址，请先请管理员登记。"})
        if self.webhook and not self.webhook_recipient.strip():
            raise ValidationError({"webhook_recipient": "选择消息推送时请填写接收人。"})
        if not 1 <= self.due_within <= 30:
            raise ValidationError({"due_within": "提前提醒的工作日数应在1至30之间。"})


class DeadlineClosure(models.Model):
    """A deadline taken off the lists with a reason (a record abandoned long ago, a duplicate) — the record itself is
    unchanged and the closure is in its timeline, so the lists stay about real work."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_pk = models.PositiveBigIntegerField()
    due_field = models.CharField(max_length=50)
    reason = models.CharField("关闭理由", max_length=200)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    closed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "已关闭的期限事项"
        constraints = [models.UniqueConstraint(fields=["content_type", "object_pk", "due_field"],
                                               name="one_closure_per_deadline")]
