"""REST endpoints for every register: same scoping, same form validation, same audit as the UI."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.forms.models import model_to_dict
from rest_framework import pagination, response, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.routers import DefaultRouter

from .base import MASKERS, Register, error_dict, registry

METHOD_ACTIONS = {"GET": "view", "HEAD": "view", "OPTIONS": "view", "PUT": "change", "PATCH": "change",
                  "DELETE": "delete", "POST": "add"}


class NoCountPagination(pagination.BasePagination):
    """Page-number pagination that never COUNTs the table: fetch one row more to know if there is a next."""

    page_size = 50
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None):
        try:
            self.page = max(int(request.query_params.get("page", 1)), 1)
            size = int(request.query_params.get("page_size", self.page_size))
        except ValueError:
            raise ValidationError({"page": "页码必须为正整数。"})
        self.size = min(max(size, 1), self.max_page_size)
        start = (self.page - 1) * self.size
        rows = list(queryset[start : start + self.size + 1])
        self.has_next = len(rows) > self.size
        self.request = request
        return rows[: self.size]

    def get_paginated_response(self, data):
        base = self.request.build_absolute_uri()
        nxt = self.page + 1 if self.has_next else None
        return response.Response({
            "page": self.page, "next_page": nxt,
            "next": _with_page(base, nxt), "previous": _with_page(base, self.page - 1 if self.page > 1 else None),
            "results": data,
        })


def _with_page(url: str, page: int | None) -> str | None:
    if page is None:
        return None
    from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    query = parse_qs(parts.query)
    query["page"] = [str(page)]
    return urlunsplit(parts._replace(query=urlencode(query, doseq=True)))


def build_viewset(reg: Register):
    class Serializer(serializers.ModelSerializer):
        class Meta:
            model = reg.model
            # what the detail page shows, including the fields only action functions write (due dates, outcomes)
            fields = ["id", *dict.fromkeys([*reg.fields, *(f for f in reg.detail_fields if reg._is_field(f))])]
            read_only_fields = fields

        def to_representation(self, obj):
            data = super().to_representation(obj)
            user = self.context["request"].user
            if reg.masked and not reg.may_unmask(user, obj):
                for name, masker in reg.masked.items():
                    if data.get(name):
                        data[name] = MASKERS[masker](str(data[name]))
            return data

    Serializer.__name__ = f"{reg.model.__name__}Serializer"

    class ViewSet(viewsets.ModelViewSet):
        serializer_class = Serializer
        pagination_class = NoCountPagination

        def get_queryset(self):
            action = METHOD_ACTIONS.get(self.request.method, "view")
            if action == "add":
                action = "view"
            return reg.queryset(self.request.user, action).order_by(*reg.ordering)

        def _save(self, data, instance=None, code=status.HTTP_200_OK):
            if not isinstance(data, dict):
                raise ValidationError({"__all__": ["请求体应为 JSON 对象（字段名: 值）。"]})
            form = reg.make_form(self.request.user, data=data, instance=instance)
            if not form.is_valid():
                raise ValidationError({k: list(v) for k, v in form.errors.items()})
            try:
                obj = reg.save(self.request.user, form)
            except DjangoValidationError as exc:
                raise ValidationError(error_dict(exc))
            except IntegrityError:
                raise ValidationError({"__all__": ["与已有记录冲突，未保存。"]})
            return response.Response(Serializer(obj, context={"request": self.request}).data, status=code)

        def create(self, request, *args, **kwargs):
            if not reg.user_can(request.user, "add"):
                raise NotFound("没有这个台账")
            return self._save(request.data, code=status.HTTP_201_CREATED)

        def update(self, request, *args, **kwargs):
            instance = self.get_object()
            data = request.data
            if kwargs.get("partial") and isinstance(data, dict):
                data = {**model_to_dict(instance, fields=reg.fields), **dict(request.data.items())}
            return self._save(data, instance=instance)

        def perform_destroy(self, instance):
            try:
                reg.delete(self.request.user, instance)
            except DjangoValidationError as exc:
                raise ValidationError(error_dict(exc))

        @action(detail=True, methods=["post"], url_path=r"act/(?P<name>[a-z0-9_-]+)")
        def act(self, request, pk=None, name=None):
            """Run a legal step (same action function, rules and audit event as the page)."""
            obj = reg.queryset(request.user, "view").filter(pk=pk).first()
            spec = reg.action(name) if obj is not None else None
            if spec is None or spec not in reg.actions_for(request.user, obj):
                raise NotFound("该操作不存在或当前不可用")
            if not isinstance(request.data, dict):
                raise ValidationError({"__all__": ["请求体应为 JSON 对象（字段名: 值）。"]})
            form = reg.form_for(spec, obj)(data=request.data)
            if not form.is_valid():
                raise ValidationError({k: list(v) for k, v in form.errors.items()})
            try:
                spec.perform(request.user, obj, **form.cleaned_data)
            except DjangoValidationError as exc:
                raise ValidationError(error_dict(exc))
            obj.refresh_from_db()
            return response.Response(Serializer(obj, context={"request": request}).data)

    ViewSet.__name__ = f"{reg.model.__name__}ViewSet"
    return ViewSet


def build_router() -> DefaultRouter:
    router = DefaultRouter()
    for slug, reg in registry.items():
        router.register(slug, build_viewset(reg), basename=f"api-{slug}")
    return router
