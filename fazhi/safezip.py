"""Bounded reading of zip containers (.docx, .xlsx): a file that unpacks to far more than it weighs is refused
before any reader inflates it. No Django import: the intake library uses it too.

The sizes a zip declares can lie, so members are inflated in chunks and counted, and reading stops at the limit —
memory stays at one chunk, time at the limit's worth of inflating (well under two seconds for the defaults).
"""

from __future__ import annotations

import zipfile

MAX_TOTAL = 150 * 1024 * 1024  # unpacked bytes of all members together
MAX_MEMBERS = 5000
CHUNK = 1024 * 1024


class ZipLimitError(ValueError):
    """The container unpacks beyond the limits; the message is for the user."""


def check(source, *, max_total: int = MAX_TOTAL, name: str = "文件") -> None:
    """Raise ZipLimitError unless every member of the zip at `source` (path, bytes or file) inflates within limits."""
    import io

    if isinstance(source, bytes | bytearray):
        source = io.BytesIO(source)
    try:
        with zipfile.ZipFile(source) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise ZipLimitError(f"{name}包含的部件过多（{len(members)}个），已拒绝读取。")
            if sum(m.file_size for m in members) > max_total:
                raise ZipLimitError(_too_big(name, max_total))
            total = 0
            for member in members:
                with zf.open(member) as fh:
                    while chunk := fh.read(CHUNK):
                        total += len(chunk)
                        if total > max_total:
                            raise ZipLimitError(_too_big(name, max_total))
    except zipfile.BadZipFile:
        raise ZipLimitError(f"{name}不是有效的压缩格式（.docx/.xlsx），可能已损坏。") from None
    finally:
        if hasattr(source, "seek"):
            source.seek(0)


def _too_big(name: str, limit: int) -> str:
    return f"{name}解压后超过{limit // 1048576}MB（压缩比异常），已拒绝读取；请确认文件内容后重新导出。"
