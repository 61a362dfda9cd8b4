"""The table of the shared cache (login failures counted across web processes) when no Redis is configured."""

from django.db import migrations


def create(apps, schema_editor):
    from django.conf import settings
    from django.core.management import call_command

    if settings.CACHES["shared"]["BACKEND"].endswith("DatabaseCache"):
        call_command("createcachetable", "fazhi_shared_cache", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0008_job_data")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
