"""`fazhi backup` / `fazhi restore`: the database and the attachments in one archive, checksummed.

The archive (.tar.gz) holds `data.json` (every table, through Django's serializer, so it moves between SQLite and
PostgreSQL), `media/` (attachments and job files) and `manifest.json` with the SHA-256 of each member. Restore checks
every checksum before it touches anything, then replaces the database content and the media folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

EXCLUDED = ["contenttypes", "auth.permission", "sessions"]  # rebuilt by migrate; sessions are not worth keeping


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def backup(path: Path) -> dict:
    out = io.StringIO()
    call_command("dumpdata", "--natural-foreign", "--natural-primary", *[f"--exclude={e}" for e in EXCLUDED],
                 stdout=out)
    data = out.getvalue().encode("utf-8")
    media = Path(settings.MEDIA_ROOT)
    files = sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []
    manifest = {"created": dt.datetime.now().isoformat(timespec="seconds"), "data.json": _sha(data), "media": {}}
    with tarfile.open(path, "w:gz") as tar:
        _add(tar, "data.json", data)
        for file in files:
            content = file.read_bytes()
            name = f"media/{file.relative_to(media).as_posix()}"
            manifest["media"][name] = _sha(content)
            _add(tar, name, content)
        _add(tar, "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    return {"records": data.count(b'"model":'), "files": len(files), "sha256": _sha(path.read_bytes())}


def _add(tar: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    tar.addfile(info, io.BytesIO(content))


def restore(path: Path) -> dict:
    """Verify, then replace the database content and the media folder with the archive's."""
    with tarfile.open(path, "r:gz") as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        if "manifest.json" not in members or "data.json" not in members:
            raise ValueError("不是 fazhi backup 生成的备份文件（缺少 manifest.json 或 data.json）。")
        manifest = json.loads(tar.extractfile(members["manifest.json"]).read())
        data = tar.extractfile(members["data.json"]).read()
        if _sha(data) != manifest["data.json"]:
            raise ValueError("备份文件已损坏：data.json 的校验值不符，未做任何恢复。")
        media_files = {}
        for name, expected in manifest["media"].items():
            if name not in members or ".." in Path(name).parts:
                raise ValueError(f"备份文件不完整或有异常路径：{name}，未做任何恢复。")
            content = tar.extractfile(members[name]).read()
            if _sha(content) != expected:
                raise ValueError(f"备份文件已损坏：{name} 的校验值不符，未做任何恢复。")
            media_files[name] = content
    fixture = Path(settings.MEDIA_ROOT).parent / f"restore-{_sha(data)[:12]}.json"
    fixture.write_bytes(data)
    try:
        with transaction.atomic():
            postgres = connection.vendor == "postgresql"
            if postgres:  # TRUNCATE refuses while deferred checks of earlier writes are pending: run them now
                connection.cursor().execute("SET CONSTRAINTS ALL IMMEDIATE")
            call_command("flush", "--noinput", verbosity=0)
            if postgres:
                connection.cursor().execute("SET CONSTRAINTS ALL DEFERRED")
            call_command("loaddata", str(fixture), verbosity=0)
    finally:
        fixture.unlink(missing_ok=True)
    media = Path(settings.MEDIA_ROOT)
    for name, content in media_files.items():
        target = media / Path(name).relative_to("media")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return {"records": data.count(b'"model":'), "files": len(media_files)}
