"""The data package's schema.org ``Dataset`` metadata (JSON-LD), carried as ``jsonld``: what
`citing.schema_org` says of the data version, with its sources and the package's own files."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..citing import schema_org

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["dataset_jsonld"]


def dataset_jsonld(ds: Dataset, files: Iterable[tuple[str, str]] = ()) -> dict[str, Any]:
    """`citing.schema_org(ds)` with the sources as ``isBasedOn``, the citation also as
    ``creditText``, and a ``DataDownload`` per (path, media type) of `files` in place of the
    package's download when there are any.

    >>> import az_tr_relations as azt
    >>> about = dataset_jsonld(azt.load("1.0.0"), [("visits.csv", "text/csv")])
    >>> about["@type"], about["version"], about["temporalCoverage"], about["datePublished"]
    ('Dataset', '1.0.0', '1918-05-28/2022-05', '2026-11-29')
    >>> about["distribution"]
    [{'@type': 'DataDownload', 'contentUrl': 'visits.csv', 'encodingFormat': 'text/csv'}]
    """
    about = schema_org(ds)
    about["isBasedOn"] = [
        {"@type": "CreativeWork", "name": source.title, **({"url": source.url} if source.url else {})}
        for source in ds.sources
    ]
    if "citation" in about:  # a shipped version
        about["creditText"] = about["citation"]
    downloads = [
        {"@type": "DataDownload", "contentUrl": path, "encodingFormat": media_type}
        for path, media_type in files
    ]
    if downloads:
        about["distribution"] = downloads
    return about
