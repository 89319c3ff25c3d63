"""Records in their JSON form: the form of the data files, the ``--json`` output and the diff.

A record becomes an object of its fields in order, a `PartialDate` its ISO text at its precision,
an enumeration its value and a tuple a list. Writing needs nothing but this module; reading JSON
back into records is the converter's job (`_converter`).
"""

from __future__ import annotations

import enum
import json
from typing import Any

import attrs

from .dates import PartialDate

__all__ = ["canonical_json", "plain", "text_form"]


def plain(value: Any) -> Any:
    """`value` (a record, a field value, a tuple of records) as JSON-ready Python data.

    >>> from az_tr_relations import PartialDate
    >>> plain((PartialDate.parse("1992-08"), None))
    ['1992-08', None]
    """
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if attrs.has(type(value)):
        return {field.name: plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    return value


def text_form(value: Any) -> str:
    """A field value as corrections write it: its JSON form, a string without quotes ("2022-05-28")."""
    data = plain(value)
    return data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)


def canonical_json(value: Any) -> str:
    """The one text form of committed data: 2-space indent, UTF-8 characters kept, final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
