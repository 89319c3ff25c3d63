"""The relations between Azerbaijan and Türkiye as typed, immutable, cited records.

>>> import az_tr_relations as azt
>>> ds = azt.load("1.0.0")
>>> ds.country("Turkey").iso3
'TUR'
"""

from __future__ import annotations

from ._extras import MissingExtraError
from ._loader import LATEST, Manifest, load, load_folder, manifest, versions
from .citing import DataCitation, cite
from .dataset import COLLECTIONS, Dataset, TimelineRecord, from_records
from .dates import DateRange, PartialDate, Precision
from .diff import DataDiff, FieldChange, RecordChange, diff
from .errors import DataError, FieldError, UnknownIdError, UnknownNameError, UnknownVersionError
from .export import export
from .fingerprint import content_hash
from .provenance import citations_for, is_inferred
from .records import (
    Agreement,
    AgreementKind,
    Citation,
    Correction,
    CorrectionOrigin,
    Council,
    CountQualifier,
    Country,
    Event,
    EventKind,
    Format,
    FormatKind,
    HeadOfMission,
    Meeting,
    MeetingLevel,
    Mission,
    MissionKind,
    Office,
    ParliamentaryGroup,
    Person,
    Place,
    Principle,
    Ratification,
    Record,
    Role,
    Source,
    Visit,
    VisitCount,
    VisitKind,
)
from .results import Results
from .validate import ValidationReport, validate

__version__ = "1.0.0"
"""The package version (semantic); data versions are separate: see `versions()`."""

__all__ = [
    "COLLECTIONS",
    "LATEST",
    "Agreement",
    "AgreementKind",
    "Citation",
    "Correction",
    "CorrectionOrigin",
    "Council",
    "CountQualifier",
    "Country",
    "DataCitation",
    "DataDiff",
    "DataError",
    "Dataset",
    "DateRange",
    "Event",
    "EventKind",
    "FieldChange",
    "FieldError",
    "Format",
    "FormatKind",
    "HeadOfMission",
    "Manifest",
    "Meeting",
    "MeetingLevel",
    "MissingExtraError",
    "Mission",
    "MissionKind",
    "Office",
    "ParliamentaryGroup",
    "PartialDate",
    "Person",
    "Place",
    "Precision",
    "Principle",
    "Ratification",
    "Record",
    "RecordChange",
    "Results",
    "Role",
    "Source",
    "TimelineRecord",
    "UnknownIdError",
    "UnknownNameError",
    "UnknownVersionError",
    "ValidationReport",
    "Visit",
    "VisitCount",
    "VisitKind",
    "__version__",
    "citations_for",
    "cite",
    "content_hash",
    "diff",
    "export",
    "from_records",
    "is_inferred",
    "load",
    "load_folder",
    "manifest",
    "validate",
    "versions",
]
