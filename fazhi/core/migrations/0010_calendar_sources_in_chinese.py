"""Calendar years and days seeded from the chinesecalendar package say where they come from in Chinese."""

from django.db import migrations


def rename(apps, schema_editor):
    for model in ("CalendarYear", "CalendarDay"):
        table = apps.get_model("core", model).objects
        for source in set(table.filter(source__startswith="chinesecalendar").values_list("source", flat=True)):
            table.filter(source=source).update(source=f"国务院办公厅放假通知（{source} 数据包收录）"[:100])


class Migration(migrations.Migration):
    dependencies = [("core", "0009_shared_cache_table")]
    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
