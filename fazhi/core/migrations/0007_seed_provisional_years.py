"""Years after the last official notice (chinesecalendar ends with 2026) get the days the 全国年节及纪念日放假办法
fixes, marked provisional (core.holidays); the periodic calendar check keeps five years ahead."""

from django.db import migrations

LAST_SEEDED = 2031


def seed(apps, schema_editor):
    from fazhi.core.holidays import PROVISIONAL_SOURCE, statutory_days

    CalendarDay = apps.get_model("core", "CalendarDay")
    CalendarYear = apps.get_model("core", "CalendarYear")
    known = set(CalendarYear.objects.values_list("year", flat=True))
    if not known:
        return
    for year in range(max(known) + 1, LAST_SEEDED + 1):
        CalendarDay.objects.bulk_create(
            [CalendarDay(date=d, is_workday=False, name=n[:50], source=PROVISIONAL_SOURCE)
             for d, n in sorted(statutory_days(year).items())], ignore_conflicts=True)
        CalendarYear.objects.create(year=year, source=PROVISIONAL_SOURCE, provisional=True)


class Migration(migrations.Migration):
    dependencies = [("core", "0006_deadline_closures")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
