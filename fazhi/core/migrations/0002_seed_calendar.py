"""Seed the working-day calendar from the chinesecalendar package (2004 onwards)."""

from django.db import migrations


def seed(apps, schema_editor):
    import chinese_calendar
    from chinese_calendar import constants

    from fazhi.core.calendar import _zh

    CalendarDay = apps.get_model("core", "CalendarDay")
    CalendarYear = apps.get_model("core", "CalendarYear")
    version = f"chinesecalendar {getattr(chinese_calendar, '__version__', '')}".strip()
    rows = [CalendarDay(date=d, is_workday=False, name=_zh(n), source=version) for d, n in constants.holidays.items()]
    rows += [
        CalendarDay(date=d, is_workday=True, name=f"{_zh(n)}调休上班", source=version)
        for d, n in constants.workdays.items()
        if d.weekday() >= 5
    ]
    CalendarDay.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
    years = sorted({d.year for d in constants.holidays})
    CalendarYear.objects.bulk_create([CalendarYear(year=y, source=version) for y in years], ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
