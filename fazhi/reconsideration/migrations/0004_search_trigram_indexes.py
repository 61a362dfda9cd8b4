"""Trigram indexes for the register's text search on PostgreSQL (see fazhi.core.pg); nothing on SQLite."""

from django.db import migrations

from fazhi.core.pg import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("reconsideration", "0003_list_ordering_index")]
    operations = [trigram_indexes("reconsideration_application", ["case_number", "applicant_name", "respondent_name", "act_description"])]
