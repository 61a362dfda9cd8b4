"""A user's inbox, notification settings, and every open deadline they own or supervise."""

from __future__ import annotations

import datetime as dt
import io
from urllib.parse import quote

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from fazhi.core import actions
from fazhi.core.models import Notification, NotificationSettings, OrgUnit
from fazhi.core.notify import settings_of
from fazhi.core.registers import registry
from fazhi.core.registers.workbench import open_deadlines


@login_required
def inbox(request):
    notes = Notification.objects.filter(user=request.user)
    if request.method == "POST":
        ids = [i for i in request.POST.getlist("id") if i.isdigit()]
        target = notes.filter(pk__in=ids) if ids else notes
        target.filter(read_at=None).update(read_at=timezone.now())
        return redirect("inbox")
    return render(request, "web/inbox.html", {"notes": notes[:100]})


class SettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ["digest", "due_within", "email", "webhook", "webhook_recipient"]


@login_required
def notification_settings(request):
    instance = settings_of(request.user)
    form = SettingsForm(request.POST or None, instance=instance)
    for field in form.fields.values():
        css = "form-check-input" if isinstance(field.widget, forms.CheckboxInput) else "form-control"
        field.widget.attrs.setdefault("class", css)
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        form.save()
        messages.success(request, "已保存通知设置。")
        return redirect("notification-settings")
    return render(request, "web/notification_settings.html", {"form": form, "email": request.user.email})


STATUSES = {"overdue": "已逾期", "due_soon": "即将到期", "ok": "期限内"}


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _filtered(request):
    regs = [r for r in registry.values() if r.deadlines and r.user_can(request.user, "view")]
    slug = request.GET.get("register", "")
    unit_id = request.GET.get("unit", "")
    unit = OrgUnit.objects.visible_to(request.user).filter(pk=unit_id).first() if unit_id.isdigit() else None
    status = request.GET.get("status", "")
    items = open_deadlines(request.user, until=_date(request.GET.get("until", "")),
                           due_from=_date(request.GET.get("from", "")), slugs={slug} if slug else None, unit=unit,
                           limit=2000)
    if status in STATUSES:
        items = [i for i in items if i["status"] == status]
    return regs, items, {"register": slug, "unit": unit_id, "status": status,
                         "from": request.GET.get("from", ""), "until": request.GET.get("until", "")}


@login_required
def deadlines_page(request):
    regs, items, chosen = _filtered(request)
    units = OrgUnit.objects.visible_to(request.user).filter(is_active=True)[:300]
    return render(request, "web/deadlines.html", {
        "items": items[:500], "more": len(items) > 500, "regs": regs, "units": units, "statuses": STATUSES,
        "chosen": chosen, "query": request.GET.urlencode(), "count": len(items)})


@login_required
def deadlines_export(request):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    _, items, _ = _filtered(request)
    wb = Workbook()
    ws = wb.active
    ws.title = "我的期限"
    ws.append(["到期日", "状态", "期限", "台账", "记录", "依据"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i in items:
        ws.append([i["due"], i["status_label"], i["title"], i["reg"].label, str(i["obj"]), i["basis"]])
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    response = HttpResponse(buf.getvalue(),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(f'我的期限_{dt.date.today():%Y%m%d}.xlsx')}"
    return response


@login_required
@require_POST
def deadline_close(request):
    reg = registry.get(request.POST.get("register", ""))
    pk = request.POST.get("pk", "")
    if reg is None or not pk.isdigit():
        raise Http404("记录不存在或您无权访问")
    obj = reg.queryset(request.user, "change").filter(pk=int(pk)).first()
    field = request.POST.get("due_field", "")
    if obj is None or field not in {s.due_field for s in reg.deadlines}:
        raise Http404("记录不存在或您无权访问")
    try:
        actions.close_deadline(obj, acting_user=request.user, due_field=field, reason=request.POST.get("reason", ""))
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, f"已关闭期限事项：{obj}（理由已记入该记录的办理记录）。")
    return redirect(request.POST.get("next") or "deadlines")


def unread_count(request) -> dict:
    """The navbar's unread badge (one indexed COUNT per page)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notices": Notification.objects.filter(user=user, read_at=None).count()}


class PasswordChangeView(auth_views.PasswordChangeView):
    """Self-service password change; the change is an event on the account (the password itself is never logged)."""

    template_name = "registration/password_change.html"
    success_url = "/"

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        for field in form.fields.values():
            field.widget.attrs.setdefault("class", "form-control")
        return form

    def form_valid(self, form):
        response = super().form_valid(form)
        account = get_user_model().objects.get(pk=self.request.user.pk)  # the model, not the request's lazy proxy
        actions.password_changed(account, acting_user=account)
        messages.success(self.request, "密码已修改。")
        return response
