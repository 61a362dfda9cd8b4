"""The shell: login, workbench (工作台), deadline calculator (期限计算器), user administration."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout, password_validation
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from rest_framework.authtoken.models import Token

from fazhi.core import deadlines, rules, scoping
from fazhi.core.models import Membership
from fazhi.core.registers import registry
from fazhi.core.registers.union import compiled, run_union, scope_key
from fazhi.core.registers.workbench import deadline_hits, deadline_items, load_hits

User = get_user_model()


# -- login with throttling -------------------------------------------------------------------
def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or behind a trusted proxy the nearest untrusted X-Forwarded-For entry."""
    trusted = set(settings.FAZHI["TRUSTED_PROXIES"])
    address = request.META.get("REMOTE_ADDR", "")
    if address in trusted:
        for hop in reversed([h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]):
            if hop not in trusted:
                return hop[:64]
    return address

class ThrottledAuthenticationForm(AuthenticationForm):
    """Lock a (username, address) pair out for a while after repeated failures."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "用户名或密码不正确。",
        "locked": "登录失败次数过多，请%(minutes)d分钟后再试。",
    }

    def _key(self) -> str:
        address = client_address(self.request) if self.request else ""
        return f"login-fail:{(self.data.get('username') or '').lower()}:{address}"

    def clean(self):
        cfg = settings.FAZHI
        cache = caches["shared"]
        if cache.get(self._key(), 0) >= cfg["LOGIN_MAX_FAILURES"]:
            raise ValidationError(self.error_messages["locked"], code="locked",
                                  params={"minutes": cfg["LOGIN_LOCK_SECONDS"] // 60})
        try:
            return super().clean()
        except ValidationError:
            key = self._key()
            cache.set(key, cache.get(key, 0) + 1, cfg["LOGIN_LOCK_SECONDS"])
            raise


class ThrottledLoginView(LoginView):
    form_class = ThrottledAuthenticationForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True


@require_POST
def logout_view(request):
    logout(request)
    return redirect("login")


# -- workbench --------------------------------------------------------------------------------
def todo_hits(user, today: dt.date) -> tuple[list, dict[int, list[int]]]:
    """(parts, {part: [pk, …]}) of the to-dos addressed to the user, up to six records each: one query."""
    roles = scoping.roles_of(user)

    def build():
        for reg in registry.values():
            for index, todo in enumerate(reg.todos):
                if todo.roles:  # addressed to a role: holders see it wherever they may view the records
                    if not (todo.roles & roles) and not user.is_superuser:
                        continue
                    action = "view"
                else:  # addressed to whoever may change the records
                    action = "change"
                if not reg.user_can(user, action):
                    continue
                qs = reg.queryset(user, action).filter(todo.condition(today)).distinct()
                yield (reg.slug, index), qs.order_by("pk").values_list("pk")[:6]

    parts = compiled(("todos", scope_key(user), today), lambda: list(build()))
    hits: dict[int, list[int]] = {}
    for i, pk in run_union(parts):
        hits.setdefault(i, []).append(pk)
    return parts, hits


def todo_items(parts, hits, records: dict) -> list[dict]:
    todos = []
    for i, ((slug, index), _, _) in enumerate(parts):
        reg = registry[slug]
        rows = [records[slug][pk] for pk in hits.get(i, []) if pk in records.get(slug, {})]
        if rows:
            todos.append({"reg": reg, "label": reg.todos[index].label, "rows": rows[:5], "more": len(rows) > 5})
    return todos


COUNT_BOUND = 999  # the workbench shows "999+" rather than counting a province's table to the end


@login_required
def workbench(request):
    user = request.user
    memberships = Membership.objects.filter(user=user).select_related("unit").order_by("unit__path")
    # deadlines and to-dos: one query each, then each register's records loaded once for both lists
    today = dt.date.today()
    d_parts, d_hits = deadline_hits(user, today, soon_only=True, limit=50)
    t_parts, t_hits = todo_hits(user, today)
    records = load_hits([(d_parts[i][0][0], pk) for i, pk, _ in d_hits]
                        + [(t_parts[i][0][0], pk) for i, pks in t_hits.items() for pk in pks])
    parts = compiled(("counts", scope_key(user), COUNT_BOUND), lambda: [
        (reg.slug, reg.queryset(user).order_by().values_list("pk")[: COUNT_BOUND + 1])
        for reg in registry.values() if reg.area != "系统管理" and reg.user_can(user, "view")])
    counts = dict(run_union(parts, counting=True))
    figures = []
    for i, (slug, _, _) in enumerate(parts):
        n = counts.get(i, 0)
        figures.append({"reg": registry[slug], "count": n if n <= COUNT_BOUND else f"{COUNT_BOUND}+"})
    context = {
        "memberships": memberships,
        "deadlines": deadline_items(d_parts, d_hits, today, records, 50),
        "todos": todo_items(t_parts, t_hits, records),
        "figures": figures,
        "today": dt.date.today(),
        "soon_days": settings.FAZHI["DUE_SOON_WORKING_DAYS"],
    }
    return render(request, "web/workbench.html", context)


# -- deadline calculator -------------------------------------------------------------------------
class DeadlineForm(forms.Form):
    rule = forms.ChoiceField(label="法定期限", choices=())
    start = forms.DateField(label="起算事件发生日", widget=forms.DateInput(attrs={"type": "date"}),
                            error_messages={"invalid": "请输入有效日期，如 2025-03-26。", "required": "请填写起算日期。"})
    extended = forms.BooleanField(label="经批准延长", required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["rule"].choices = [(k, f"{r.label}（{r.period_text}）") for k, r in rules.RULES.items()]
        self.fields["rule"].error_messages["invalid_choice"] = "请选择列表中的法定期限。"
        for name, field in self.fields.items():
            field.widget.attrs["class"] = "form-check-input" if name == "extended" else "form-control"
        self.fields["rule"].widget.attrs["class"] = "form-select"

    def clean_start(self):
        start = self.cleaned_data["start"]
        if not dt.date(1990, 1, 1) <= start <= dt.date(2100, 12, 31):
            raise ValidationError("起算日期应在1990年至2100年之间。")
        return start


@login_required
def deadline_calculator(request):
    form = DeadlineForm(request.GET or None)
    result = rule = None
    if request.GET and form.is_valid():
        rule = rules.get(form.cleaned_data["rule"])
        result = deadlines.compute(rule, form.cleaned_data["start"], extended=form.cleaned_data["extended"])
    return render(request, "web/deadline.html", {"form": form, "result": result, "rule": rule})


# -- users (admin role) -----------------------------------------------------------------------------
def _admin_paths(user) -> list[str] | None:
    """Subtrees whose users the admin manages; None means all (superuser)."""
    if user.is_superuser:
        return None
    paths = scoping.scope_paths(user, Membership, "change")
    if not paths:
        raise Http404("页面不存在")
    return paths


def _visible_users(user):
    paths = _admin_paths(user)
    qs = User.objects.all()
    if paths is None:
        return qs
    cond = Q(memberships__isnull=True)
    for p in paths:
        cond |= Q(memberships__unit__path__startswith=p)
    return qs.filter(cond).distinct()


class UserForm(forms.Form):
    username = forms.RegexField(label="用户名", regex=r"^[A-Za-z0-9_.-]{3,30}$", max_length=30,
                                error_messages={"invalid": "用户名为3至30位字母、数字或 _ . -"})
    full_name = forms.CharField(label="姓名", max_length=50)
    password = forms.CharField(label="初始密码", widget=forms.PasswordInput, required=False,
                               help_text="至少8位，不能全为数字；修改用户时留空表示不改密码")
    is_active = forms.BooleanField(label="启用", required=False, initial=True)

    def __init__(self, *args, instance=None, **kwargs):
        self.instance = instance
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs["class"] = "form-check-input" if name == "is_active" else "form-control"
        if instance is not None:
            self.fields["username"].disabled = True

    def clean_username(self):
        name = self.cleaned_data["username"]
        if self.instance is None and User.objects.filter(username__iexact=name).exists():
            raise ValidationError("该用户名已被使用。")
        return name

    def clean(self):
        data = super().clean()
        pw = data.get("password")
        if self.instance is None and not pw:
            self.add_error("password", "新用户须设置初始密码。")
        elif pw:
            probe = self.instance or User(username=data.get("username", ""), first_name=data.get("full_name", ""))
            try:
                password_validation.validate_password(pw, probe)
            except ValidationError as exc:
                self.add_error("password", exc)
        return data

    def save(self):
        user = self.instance or User(username=self.cleaned_data["username"])
        user.first_name = self.cleaned_data["full_name"]
        user.is_active = self.cleaned_data["is_active"]
        if self.cleaned_data.get("password"):
            user.set_password(self.cleaned_data["password"])
        user.save()
        return user


@login_required
def users_view(request):
    users = _visible_users(request.user).order_by("username").prefetch_related("memberships__unit")[:500]
    form = UserForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, f"已创建用户 {user.username}，请在“用户授权”中为其分配单位和角色。")
        return redirect("users")
    return render(request, "web/users.html", {"users": users, "form": form})


@login_required
def user_edit_view(request, pk):
    try:
        target = _visible_users(request.user).get(pk=pk)
    except User.DoesNotExist:
        raise Http404("用户不存在")
    initial = {"username": target.username, "full_name": target.first_name, "is_active": target.is_active}
    form = UserForm(request.POST or None, instance=target, initial=initial)
    if request.method == "POST" and form.is_valid():
        form.save()
        if form.cleaned_data.get("password"):  # a reset by an administrator: recorded on the account, never the value
            from fazhi.core import actions as kernel_actions

            kernel_actions.password_changed(target, acting_user=request.user)
            messages.success(request, f"已保存用户 {target.username}，并重置了其密码（已记入操作日志）。")
        else:
            messages.success(request, f"已保存用户 {target.username}")
        return redirect("users")
    return render(request, "web/user_edit.html", {"target": target, "form": form})


@login_required
@require_POST
def api_token(request):
    """Issue (or rotate) the caller's API token."""
    Token.objects.filter(user=request.user).delete()
    token = Token.objects.create(user=request.user)
    return JsonResponse({"token": token.key})
