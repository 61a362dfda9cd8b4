"""REST endpoints for every register: same scoping, same form validation, same audit as the UI."""

from __future__ import annotations

from rest_framework import pagination, response, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.routers import DefaultRouter

from . import dispatch
from .base import MASKERS, Register, registry

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
            fields = ["id", *(f for f in reg.shown_fields if reg._is_field(f))]
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
        lookup_value_regex = r"[0-9]{1,18}"  # anything else is a 404, never a 500

        def get_queryset(self):
            action = METHOD_ACTIONS.get(self.request.method, "view")
            if action == "add":
                action = "view"
            return reg.queryset(self.request.user, action).order_by(*reg.ordering)

        def _answer(self, outcome: dispatch.Outcome):
            if not outcome.ok:
                return response.Response(outcome.errors, status=outcome.status)
            if outcome.status == status.HTTP_204_NO_CONTENT:
                return response.Response(status=outcome.status)
            return response.Response(Serializer(outcome.obj, context={"request": self.request}).data,
                                     status=outcome.status)

        def create(self, request, *args, **kwargs):
            if not reg.user_can(request.user, "add"):
                raise NotFound("没有这个台账")
            return self._answer(dispatch.save(reg, request.user, request.data))

        def update(self, request, *args, **kwargs):
            instance = self.get_object()
            return self._answer(dispatch.save(reg, request.user, request.data, instance=instance,
                                              partial=bool(kwargs.get("partial"))))

        def destroy(self, request, *args, **kwargs):
            return self._answer(dispatch.delete(reg, request.user, self.get_object()))

        @action(detail=True, methods=["post"], url_path=r"act/(?P<name>[a-z0-9_-]+)")
        def act(self, request, pk=None, name=None):
            """Take a legal step (same step function, rules and domain event as the page)."""
            obj = dispatch.find(reg, request.user, pk)
            if obj is None:
                raise NotFound("记录不存在或您无权访问")
            return self._answer(dispatch.act(reg, request.user, obj, name, request.data))

    ViewSet.__name__ = f"{reg.model.__name__}ViewSet"
    return ViewSet


def build_router() -> DefaultRouter:
    router = DefaultRouter()
    for slug, reg in registry.items():
        router.register(slug, build_viewset(reg), basename=f"api-{slug}")
    return router
