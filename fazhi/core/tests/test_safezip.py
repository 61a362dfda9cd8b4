"""Zip bombs: a .docx or .xlsx that unpacks to hundreds of megabytes is refused quickly, with bounded memory."""

import io
import time
import tracemalloc
import zipfile

import pytest

from fazhi.intake import extract_file
from fazhi.safezip import ZipLimitError, check


def _bomb(member: str, megabytes: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open(member, "w") as fh:
            block = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                fh.write(block)
    return buf.getvalue()


@pytest.fixture(scope="module")
def docx_bomb():
    return _bomb("word/document.xml", 300)  # ~300 KB on disk, 300 MB unpacked


def test_a_docx_bomb_is_refused_fast_and_small(docx_bomb):
    assert len(docx_bomb) < 1_000_000
    tracemalloc.start()
    start = time.perf_counter()
    result = extract_file("报告.docx", docx_bomb)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "解压后超过" in result["error"]
    assert elapsed < 2 and peak < 50 * 1024 * 1024, (elapsed, peak)


def test_an_xlsx_bomb_is_refused_by_the_import(tree, users, login):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bomb = _bomb("xl/worksheets/sheet1.xml", 200)
    page = login(users["clerk_a"]).post("/r/advisers/import/", {"file": SimpleUploadedFile("台账.xlsx", bomb)},
                                        follow=True).content.decode()
    assert "解压后超过" in page


def test_an_honest_file_passes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:p><w:t>正文</w:t></w:p>")
    check(buf.getvalue())
    with pytest.raises(ZipLimitError):
        check(b"not a zip")
