"""The relations between Azerbaijan and Türkiye as typed, immutable, cited records.

>>> import az_tr_relations as azt
>>> ds = azt.load("1.0.0")
>>> ds.country("Turkey").iso3
'TUR'

Importing the package does no work: each public name is imported from its module on first use
(`load` reads data, `diff` brings the renderers, a record type the record classes), so that a
program pays only for what it calls. Type checkers see every name through the imports below.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:
    from ._extras import MissingExtraError as MissingExtraError
    from ._loader import load as load
    from ._loader import load_folder as load_folder
    from ._loader import manifest as manifest
    from ._manifest import Manifest as Manifest
    from ._shipped import LATEST as LATEST
    from ._shipped import versions as versions
    from .citing import DataCitation as DataCitation
    from .citing import cite as cite
    from .dataset import Dataset as Dataset
    from .dataset import from_records as from_records
    from .dates import DateRange as DateRange
    from .dates import PartialDate as PartialDate
    from .dates import Precision as Precision
    from .diff import DataDiff as DataDiff
    from .diff import FieldChange as FieldChange
    from .diff import RecordChange as RecordChange
    from .diff import diff as diff
    from .errors import DataError as DataError
    from .errors import FieldError as FieldError
    from .errors import UnknownIdError as UnknownIdError
    from .errors import UnknownNameError as UnknownNameError
    from .errors import UnknownVersionError as UnknownVersionError
    from .explore import explore as explore
    from .export import export as export
    from .fingerprint import content_hash as content_hash
    from .provenance import citations_for as citations_for
    from .provenance import is_inferred as is_inferred
    from .records import *  # every record type and vocabulary
    from .results import Results as Results
    from .schema import COLLECTIONS as COLLECTIONS
    from .schema import TimelineRecord as TimelineRecord
    from .validate import ValidationReport as ValidationReport
    from .validate import validate as validate

_HOMES: dict[str, str] = {
    "MissingExtraError": "_extras",
    "Manifest": "_manifest",
    "LATEST": "_shipped",
    "load": "_loader",
    "load_folder": "_loader",
    "manifest": "_loader",
    "versions": "_shipped",
    "DataCitation": "citing",
    "cite": "citing",
    "Dataset": "dataset",
    "from_records": "dataset",
    "DateRange": "dates",
    "PartialDate": "dates",
    "Precision": "dates",
    "DataDiff": "diff",
    "FieldChange": "diff",
    "RecordChange": "diff",
    "diff": "diff",
    "DataError": "errors",
    "FieldError": "errors",
    "UnknownIdError": "errors",
    "UnknownNameError": "errors",
    "UnknownVersionError": "errors",
    "explore": "explore",
    "export": "export",
    "content_hash": "fingerprint",
    "citations_for": "provenance",
    "is_inferred": "provenance",
    "Results": "results",
    "COLLECTIONS": "schema",
    "TimelineRecord": "schema",
    "ValidationReport": "validate",
    "validate": "validate",
}
"""Each public name, but for the record types and vocabularies (`records`), -> its module."""

_NAMED_LIKE_MODULES = frozenset(name for name, module in _HOMES.items() if name == module)
"""Public functions named like the module that defines them (`diff`, `export`, ...)."""


def _record_names() -> list[str]:
    records = importlib.import_module(".records", __name__)
    return sorted(name for name, value in vars(records).items() if isinstance(value, type) and name[0] != "_")


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (then kept here)."""
    if name == "__all__":
        value: Any = ["__version__", *_HOMES, *_record_names()]
    elif name in _HOMES:
        value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    elif name[0].isupper():  # a record type or vocabulary, or nothing
        try:
            value = getattr(importlib.import_module(".records", __name__), name)
        except AttributeError:
            value = None
        if not isinstance(value, type):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES, *_record_names()})


class _Package(types.ModuleType):
    """This package's module: importing the module `diff` (say) keeps `azt.diff` the function."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _NAMED_LIKE_MODULES and isinstance(value, types.ModuleType):
            return  # the import system binds a submodule to its package; the function keeps its name
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
