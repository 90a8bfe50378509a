"""Turning the library's frozen dataclasses into JSON-ready data (for the API and the CLI)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

Overrides = Callable[[Any], Mapping[str, Any]]
"""Fields to set on a dataclass's object, by the dataclass: its own fields replaced, others
added after them (an empty mapping leaves the object as it is)."""


def to_jsonable(value: Any, overrides: Overrides | None = None) -> Any:
    """Return ``value`` as JSON-ready data: dataclasses become objects of their fields (with
    the fields ``overrides`` gives each, where given), mappings objects, tuples and lists
    arrays, dates ISO 8601 strings, enums their values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        if overrides is not None:
            fields.update(overrides(value))
        return {name: to_jsonable(field, overrides) for name, field in fields.items()}
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v, overrides) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v, overrides) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return str(value)
    return value
