"""PDF through LibreOffice when it is installed (detected, never required): the DOCX is converted headless with a
fontconfig alias file that maps the official 公文 fonts to free faces (fonts-noto-cjk, fonts-arphic-*)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

FONTS_CONF = Path(__file__).with_name("fonts") / "fonts.conf"
INSTALL_HINT = ("服务器未安装 LibreOffice，暂不能生成PDF。请由管理员安装：apt-get install -y "
                "libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming；也可下载DOCX后自行转换。")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def available() -> bool:
    return soffice() is not None


def docx_to_pdf(docx: bytes, timeout: int = 120) -> bytes:
    """Convert; raises RuntimeError with a Chinese message when LibreOffice is missing or fails."""
    exe = soffice()
    if exe is None:
        raise RuntimeError(INSTALL_HINT)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.docx"
        src.write_bytes(docx)
        env = {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF), "HOME": tmp}
        result = subprocess.run(
            [exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
             "--outdir", tmp, str(src)], capture_output=True, timeout=timeout, env=env, check=False)
        out = Path(tmp) / "report.pdf"
        if result.returncode != 0 or not out.exists():
            raise RuntimeError("PDF转换失败：" + (result.stderr.decode(errors="replace")[-300:] or "未知错误"))
        return out.read_bytes()
