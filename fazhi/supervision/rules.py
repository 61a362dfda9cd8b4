"""Rules of 督察整改.

The 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号） makes the offices of the local rule-of-law committees run
督察 of the units below and have the problems found rectified (整改), with 督办 and accountability where they are not.
Its article numbers could not be read verbatim here (legal-notes §2), so the code cites the document, not an article.
The due date of each item is set by the inspecting body in its feedback; the gates below are the close-out discipline
the office applies (an item is closed only on evidence, by the office, and an overdue item is escalated).
"""

BASIS = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）"
DUE_LABEL = "整改期限（督察反馈意见确定）"
COMPLETE = 100


def may_submit(progress: int, evidence_count: int) -> str | None:
    """Why a close-out may not be requested yet, or None: the work is reported complete and evidenced (佐证材料)."""
    if progress < COMPLETE:
        return "整改进度未达到100%，不能申请销号。"
    if evidence_count == 0:
        return "申请销号须上传整改佐证材料。"
    return None
