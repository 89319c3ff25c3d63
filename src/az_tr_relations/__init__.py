"""The relations between Azerbaijan and Türkiye as typed, immutable, cited records.

>>> import az_tr_relations as azt
>>> ds = azt.load("1.0.0")
>>> ds.country("Turkey").iso3
'TUR'
"""

from __future__ import annotations

from . import records
from ._extras import MissingExtraError
from ._loader import LATEST, Manifest, load, load_folder, manifest, versions
from ._version import __version__
from .citing import DataCitation, cite
from .dataset import Dataset, from_records
from .dates import DateRange, PartialDate, Precision
from .diff import DataDiff, FieldChange, RecordChange, diff
from .errors import DataError, FieldError, UnknownIdError, UnknownNameError, UnknownVersionError
from .explore import explore
from .export import export
from .fingerprint import content_hash
from .provenance import citations_for, is_inferred
from .records import *  # every record type and vocabulary: see records.__all__
from .results import Results
from .schema import COLLECTIONS, TimelineRecord
from .validate import ValidationReport, validate

__all__ = [
    "COLLECTIONS",
    "LATEST",
    "DataCitation",
    "DataDiff",
    "DataError",
    "Dataset",
    "DateRange",
    "FieldChange",
    "FieldError",
    "Manifest",
    "MissingExtraError",
    "PartialDate",
    "Precision",
    "RecordChange",
    "Results",
    "TimelineRecord",
    "UnknownIdError",
    "UnknownNameError",
    "UnknownVersionError",
    "ValidationReport",
    "__version__",
    "citations_for",
    "cite",
    "content_hash",
    "diff",
    "explore",
    "export",
    "from_records",
    "is_inferred",
    "load",
    "load_folder",
    "manifest",
    "validate",
    "versions",
]
__all__ += sorted(name for name, value in vars(records).items() if isinstance(value, type) and name[0] != "_")
"""The names above, then every record type and vocabulary (`records`)."""
