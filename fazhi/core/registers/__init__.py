"""The register framework: one declaration per record type gives list, detail, forms, Excel import
and export, REST endpoints and permission checks. See docs/adding-a-register.md."""

from .base import (
    ChildSpec,
    DeadlineSpec,
    ImportStep,
    Register,
    TodoSpec,
    get_register,
    register,
    registry,
)

__all__ = ["ChildSpec", "DeadlineSpec", "ImportStep", "Register", "TodoSpec", "get_register", "register", "registry"]
