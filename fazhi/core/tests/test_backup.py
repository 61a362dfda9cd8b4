"""fazhi backup / fazhi restore: one checksummed archive round-trips the records and the attachments."""

import tarfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from fazhi.advisers.models import LegalAdviser
from fazhi.core.models import Attachment, ChangeLog


def test_backup_and_restore_round_trip(tree, users, login, adviser_factory, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    adviser = adviser_factory()
    client = login(users["clerk_a"])
    client.post(f"/r/advisers/{adviser.pk}/attachments/", {"file": SimpleUploadedFile("聘用合同.pdf", b"%PDF-1.4 x")})
    assert Attachment.objects.count() == 1
    before = (LegalAdviser.objects.count(), ChangeLog.objects.count())
    archive = tmp_path / "备份.tar.gz"
    call_command("backup", "--output", str(archive))
    with tarfile.open(archive) as tar:
        assert {"data.json", "manifest.json"} <= set(tar.getnames())

    LegalAdviser.objects.all().delete()
    Attachment.objects.all().delete()
    for file in (tmp_path / "media").rglob("*.pdf"):
        file.unlink()
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(archive))
    call_command("restore", str(archive), "--yes")
    assert (LegalAdviser.objects.count(), ChangeLog.objects.count()) == before
    restored = Attachment.objects.get()
    assert restored.file.read() == b"%PDF-1.4 x"


def test_a_damaged_archive_is_refused_before_anything_changes(tree, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    archive = tmp_path / "b.tar.gz"
    call_command("backup", "--output", str(archive))
    with tarfile.open(archive) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
    members["data.json"] = members["data.json"].replace(b"\\u793a\\u8303", b"xx").replace("示范".encode(), b"xx")
    broken = tmp_path / "broken.tar.gz"
    import io

    with tarfile.open(broken, "w:gz") as tar:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    with pytest.raises(CommandError, match="校验值不符"):
        call_command("restore", str(broken), "--yes")
    assert tree["county"].__class__.objects.filter(name="示范县").exists()
