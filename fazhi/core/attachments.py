"""Evidence files: type whitelist, size limit, content hash; linked to any record."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from .models import Attachment

# Extension → accepted leading bytes (None: a text-like format with no fixed signature).
ALLOWED = {
    ".pdf": [b"%PDF"],
    ".ofd": [b"PK"],
    ".doc": [b"\xd0\xcf\x11\xe0"],
    ".docx": [b"PK"],
    ".xls": [b"\xd0\xcf\x11\xe0"],
    ".xlsx": [b"PK"],
    ".wps": [b"\xd0\xcf\x11\xe0"],
    ".jpg": [b"\xff\xd8\xff"],
    ".jpeg": [b"\xff\xd8\xff"],
    ".png": [b"\x89PNG"],
    ".mp3": [b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"],
    ".mp4": None,
    ".txt": None,
    ".zip": [b"PK"],
}


def validate_upload(f) -> None:
    """Raise a Chinese ValidationError unless `f` has an allowed type, matching content and size."""
    ext = Path(f.name).suffix.lower()
    if ext not in ALLOWED:
        raise ValidationError(
            "不支持的文件类型“%(ext)s”。允许的类型：%(allowed)s。",
            params={"ext": ext or "无扩展名", "allowed": "、".join(sorted(ALLOWED))},
        )
    limit = settings.FAZHI["ATTACHMENT_MAX_BYTES"]
    if f.size > limit:
        raise ValidationError("文件过大（%(size).1f MB），单个附件不能超过 %(limit)d MB。",
                              params={"size": f.size / 1048576, "limit": limit // 1048576})
    if f.size == 0:
        raise ValidationError("文件为空。")
    signatures = ALLOWED[ext]
    if signatures:
        head = f.read(8)
        f.seek(0)
        if not any(head.startswith(s) for s in signatures):
            raise ValidationError("文件内容与扩展名“%(ext)s”不符，请确认文件未损坏或被改名。", params={"ext": ext})


def attach(record, f, user=None, description: str = "", stage: str = "", stages=()) -> Attachment:
    """Store `f` as evidence of `record` (same content is stored once on disk)."""
    validate_upload(f)
    digest = Attachment.hash_file(f)
    att = Attachment(
        content_type=ContentType.objects.get_for_model(type(record)),
        object_id=str(record.pk),
        original_name=Path(f.name).name[:200],
        sha256=digest,
        size=f.size,
        content_type_name=getattr(f, "content_type", "") or "application/octet-stream",
        description=description[:200],
        stage=stage if stage in stages else "",
        uploaded_by=user,
    )
    existing = Attachment.objects.filter(sha256=digest).exclude(file="").first()
    if existing:
        att.file.name = existing.file.name
    else:
        att.file.save(f.name, f, save=False)
    att.save()
    return att


def attachments_of(record):
    return Attachment.objects.filter(
        content_type=ContentType.objects.get_for_model(type(record)), object_id=str(record.pk)
    ).select_related("uploaded_by")
