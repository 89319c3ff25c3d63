"""The Frictionless Data Package descriptor (``datapackage.json``) of an export.

Each table gets one Table Schema: field types, ``required`` and ``enum`` constraints, a primary
key (``id``, or ``record_id`` + ``position`` for nested tables) and foreign keys (a reference
column to the ``id`` of the table it names; a nested table's ``record_id`` to its owner's).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._cells import LIST_DELIMITER
from .._loader import manifest
from .._shipped import versions
from ..citing import LICENSE, TITLE, cite
from ..records import Source
from ..schema import COLLECTIONS, NESTED
from ..tables import Column, columns
from .schema_org import dataset_jsonld

if TYPE_CHECKING:
    from ..dataset import Dataset
    from ._format import Format

__all__ = ["descriptor", "schema"]


def _field(column: Column, typed: bool) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.doc}
    if not typed:
        field["type"] = "any"
        field["description"] += f" ({_UNTYPED[column.type]})"
        return field
    if column.type == "list":
        # an empty list and a missing one look the same in CSV, so lists are never "required"
        field |= {"delimiter": LIST_DELIMITER, "itemType": "string"}
        return field
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        field["constraints"] = constraints
    return field


def _owner(table: str) -> str | None:
    """The collection a nested table's rows belong to, when there is exactly one."""
    owner = NESTED[table].owner
    owners = [name for name, kind in COLLECTIONS.items() if kind is owner]
    return owners[0] if len(owners) == 1 else None


_UNTYPED = {
    "list": "a list of strings; typed 'any' here because frictionless reads Parquet lists as numpy arrays",
    "integer": "a whole number or empty; typed 'any' here because frictionless reads an empty one in Parquet as NaN",
}
"""Why a column of a Parquet resource is typed "any": what frictionless 5 cannot read back."""


def schema(
    table: str, resource: str = "{table}", typed: Callable[[Column], bool] | None = None
) -> dict[str, Any]:
    """The Table Schema of `table`; foreign keys name resources by `resource` (``{table}`` is
    replaced by the referenced table's name); a column for which `typed` (if given) is false is typed
    ``any`` (what frictionless cannot read back from a format is not checked).

    >>> s = schema("missions")
    >>> s["primaryKey"], s["foreignKeys"][0]
    (['id'], {'fields': ['sending'], 'reference': {'resource': 'countries', 'fields': ['id']}})
    """
    cols = columns(table)
    # a list column, or one that may refer to several tables ("councils|formats"), has no foreign key
    refs = [(c.name, c.ref) for c in cols if c.ref in COLLECTIONS and c.type != "list"]
    if table in NESTED:
        key = ["record_id", "position"]
        owner = _owner(table)
        refs = [*([("record_id", owner)] if owner else []), *refs]
    else:
        key = ["id"]
    return {
        "fields": [_field(c, typed is None or typed(c)) for c in cols],
        "primaryKey": key,
        "foreignKeys": [
            {"fields": [name], "reference": {"resource": resource.format(table=ref), "fields": ["id"]}}
            for name, ref in refs
        ],
    }


def _source(source: Source) -> dict[str, str]:
    found = {"title": f"{source.title}. {source.publisher}"}
    return found | ({"path": source.url} if source.url else {})


def descriptor(
    ds: Dataset, files: dict[tuple[str, str], tuple[str, bytes]], formats: Mapping[str, Format]
) -> dict[str, Any]:
    """The datapackage.json content for `files`: (table, format) -> (file name, bytes written)."""
    resources = [
        {
            "name": f"{table}-{form}",
            "path": name,
            "format": form,
            "mediatype": formats[form].media_type,
            **({"encoding": formats[form].encoding} if formats[form].encoding else {}),
            "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
            **formats[form].layout(table, data),
        }
        for (table, form), (name, data) in files.items()
    ]
    about: dict[str, Any] = {}
    if ds.version in versions():  # a shipped version, not a dataset built in Python
        released = manifest(ds.version).released
        citation = cite(ds.version)
        about = {"released": str(released), "citation": citation.text, "bibtex": citation.bibtex}
    return {
        "name": "az-tr-relations",
        "title": TITLE,
        "version": ds.version,
        "description": (
            f"Azerbaijan–Türkiye relations, data version {ds.version}"
            + (f", facts as of {ds.as_of}" if ds.as_of else "")
            + f". CSV lists are joined with {LIST_DELIMITER!r}; dates are ISO 8601."
        ),
        **about,
        "licenses": [
            {
                "name": "MIT",
                "path": LICENSE,
                "title": "MIT License: the licence of the az-tr-relations package, which covers the data it ships",
            }
        ],
        "sources": [_source(s) for s in ds.sources],
        "jsonld": dataset_jsonld(ds, [(r["path"], r["mediatype"]) for r in resources]),
        "resources": resources,
    }
