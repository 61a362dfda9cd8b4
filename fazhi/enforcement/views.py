"""Public pages of 行政执法 (no login): the list of enforcement agencies and their matters."""

from django.db.models import Count
from django.shortcuts import render

from .models import Agency


def public_agencies(request):
    agencies = (Agency.objects.public().select_related("unit").annotate(matter_count=Count("matters"))
                .order_by("unit__path"))
    return render(request, "enforcement/public_agencies.html", {"agencies": agencies})
