"""The relations between Azerbaijan and Türkiye as typed, immutable, cited records.

>>> import az_tr_relations as azt
>>> ds = azt.load("1.0.0")
>>> ds.country("Turkey").iso3
'TUR'
"""

from __future__ import annotations

from ._loader import LATEST, Manifest, load, load_folder, versions
from .dataset import COLLECTIONS, Dataset, TimelineRecord, from_records
from .dates import DateRange, PartialDate, Precision
from .errors import DataError, FieldError, UnknownIdError, UnknownNameError, UnknownVersionError
from .provenance import citations_for, is_inferred
from .records import (
    Agreement,
    AgreementKind,
    Citation,
    Council,
    CountQualifier,
    Country,
    Event,
    EventKind,
    Format,
    FormatKind,
    Meeting,
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

__version__ = "1.0.0"
"""The package version (semantic); data versions are separate: see `versions()`."""

__all__ = [
    "COLLECTIONS",
    "LATEST",
    "Agreement",
    "AgreementKind",
    "Citation",
    "Council",
    "CountQualifier",
    "Country",
    "DataError",
    "Dataset",
    "DateRange",
    "Event",
    "EventKind",
    "FieldError",
    "Format",
    "FormatKind",
    "Manifest",
    "Meeting",
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
    "Role",
    "Source",
    "TimelineRecord",
    "UnknownIdError",
    "UnknownNameError",
    "UnknownVersionError",
    "Visit",
    "VisitCount",
    "VisitKind",
    "__version__",
    "citations_for",
    "from_records",
    "is_inferred",
    "load",
    "load_folder",
    "versions",
]
