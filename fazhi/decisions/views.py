"""The decision archive (决策档案, 第三十三条): one zip of the record and its documents in procedure order."""

import io
import zipfile

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.encoding import escape_uri_path

from fazhi.core import attachments, audit

from . import rules
from .models import MajorDecision


def archive_entries(decision) -> list[tuple[str, object]]:
    """(path in the zip, attachment) in procedure order, then upload order; numbered folders keep the order."""
    order = {stage: i for i, stage in enumerate(rules.ARCHIVE_STAGES, start=1)}
    other = order["其他"]
    files = sorted(attachments.attachments_of(decision), key=lambda a: (order.get(a.stage, other), a.uploaded_at, a.pk))
    entries, seen = [], set()
    for n, a in enumerate(files, start=1):
        stage = a.stage if a.stage in order else "其他"
        path = f"{order[stage]:02d}-{stage}/{n:03d}-{a.original_name}"
        if path not in seen:
            seen.add(path)
            entries.append((path, a))
    return entries


def build_archive(decision) -> bytes:
    entries = archive_entries(decision)
    index = render_to_string("decisions/archive_index.html", {
        "d": decision, "procedures": decision.procedures.all(), "comments": decision.comments.all(),
        "follow_ups": decision.follow_ups.all(), "entries": entries, "basis": rules.BASIS["archive"],
        "events": audit.timeline(decision),
    })
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("00-决策档案目录.html", index)
        for path, a in entries:
            with a.file.open("rb") as fh:
                zf.writestr(path, fh.read())
    return buf.getvalue()


@login_required
def archive(request, pk):
    decision = MajorDecision.objects.visible_to(request.user).select_related("unit", "body").filter(pk=pk).first()
    if decision is None:
        raise Http404("没有找到该决策事项，或您无权查看。")
    response = HttpResponse(build_archive(decision), content_type="application/zip")
    name = f"决策档案-{decision.title}.zip"
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{escape_uri_path(name)}"
    return response
