"""The public catalogue of valid normative documents (no login), as governments must publish it."""

import datetime as dt

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render

from .models import NormativeDocument


def public_catalogue(request):
    q = request.GET.get("q", "").strip()[:50]
    docs = (NormativeDocument.objects.public().filter(valid_until__gte=dt.date.today())
            .select_related("issuer__unit").order_by("issuer__unit__path", "-published_on", "-number_seq"))
    if q:
        docs = docs.filter(Q(title__icontains=q) | Q(number__icontains=q))
    page = Paginator(docs, 50).get_page(request.GET.get("page"))
    return render(request, "normative/public_catalogue.html", {"page": page, "q": q})
