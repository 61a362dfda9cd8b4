"""Intake: read annual reports on 法治政府建设 written elsewhere (.txt, .docx, .pdf, .html) and return their
metadata, outline, mandated sections, compliance and figures keyed to the indicator catalogue.

Pure Python: nothing here imports Django, so the library and its CLI (`python -m fazhi.intake`) run anywhere.
"""

from .core import extract_file, extract_text, other_statements

__all__ = ["extract_file", "extract_text", "other_statements"]
