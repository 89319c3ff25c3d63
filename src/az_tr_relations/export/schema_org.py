"""schema.org ``Dataset`` metadata (JSON-LD) of a data version, so that dataset search engines and
catalogues can index it; the data package carries it as ``jsonld``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._loader import manifest
from .._shipped import versions
from ..citing import AUTHORS, TITLE, cite

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["KEYWORDS", "dataset_jsonld"]

KEYWORDS = ("Azerbaijan", "Türkiye", "Turkey", "diplomacy", "bilateral relations", "international relations")
"""The keywords a catalogue lists the dataset under (those of CITATION.cff)."""

LICENSE = "https://opensource.org/licenses/MIT"
"""The licence of the package, which covers the data it ships."""


def _coverage(ds: Dataset) -> str | None:
    """The span the facts cover, as an ISO 8601 interval: the first dated record to ``as_of``
    (or to the last date recorded)."""
    spans = [record.span for record in ds.timeline() if record.span is not None]
    if not spans:
        return None
    first = min(span.start for span in spans)
    last = ds.as_of or max(span.end or span.start for span in spans)
    return f"{first}/{last}"


def dataset_jsonld(ds: Dataset, files: Iterable[tuple[str, str]] = ()) -> dict[str, Any]:
    """A schema.org ``Dataset`` describing `ds`, with a ``DataDownload`` per (path, media type) of
    `files`; a shipped version adds its release date and how to cite it.

    >>> import az_tr_relations as azt
    >>> about = dataset_jsonld(azt.load("1.0.0"), [("visits.csv", "text/csv")])
    >>> about["@type"], about["version"], about["temporalCoverage"], about["datePublished"]
    ('Dataset', '1.0.0', '1918-05-28/2022-05', '2026-11-29')
    >>> about["distribution"]
    [{'@type': 'DataDownload', 'contentUrl': 'visits.csv', 'encodingFormat': 'text/csv'}]
    """
    about: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": TITLE,
        "description": (
            "The relations between Azerbaijan and Türkiye (milestones, diplomatic missions, visits, "
            "agreements and their ratifications, councils, parliamentary groups and multilateral "
            f"formats) as typed records, each citing its source; data version {ds.version}"
            + (f", facts as of {ds.as_of}." if ds.as_of else ".")
        ),
        "version": ds.version,
        "keywords": list(KEYWORDS),
        "license": LICENSE,
        "isAccessibleForFree": True,
        "creator": {"@type": "Organization", "name": AUTHORS},
        "spatialCoverage": [
            {"@type": "Country", "name": country.name, "identifier": country.id}
            for country in ds.countries
            if country.id in ("AZ", "TR")
        ],
        "isBasedOn": [
            {"@type": "CreativeWork", "name": source.title, **({"url": source.url} if source.url else {})}
            for source in ds.sources
        ],
    }
    coverage = _coverage(ds)
    if coverage:
        about["temporalCoverage"] = coverage
    if ds.version in versions():  # a shipped version, not a dataset built in Python
        about["datePublished"] = str(manifest(ds.version).released)
        about["creditText"] = cite(ds.version).text
    downloads = [
        {"@type": "DataDownload", "contentUrl": path, "encodingFormat": media_type}
        for path, media_type in files
    ]
    if downloads:
        about["distribution"] = downloads
    return about
