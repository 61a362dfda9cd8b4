"""Huey loads this module in every worker (djhuey autodiscovers `tasks`): the job runner and the periodic tasks."""

from .jobs import run_job  # noqa: F401  -- the one task that runs every kind of job
