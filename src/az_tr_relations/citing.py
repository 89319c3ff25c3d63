"""How to cite the dataset: `cite()` gives a citation and BibTeX naming the package and data
versions; `schema_org()` describes a data version for dataset search engines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ._loader import manifest
from ._shipped import versions
from ._version import __version__

if TYPE_CHECKING:
    from .dataset import Dataset

__all__ = ["AUTHORS", "DESCRIPTION", "LICENSE", "TITLE", "DataCitation", "cite", "schema_org"]

TITLE = "az-tr-relations: the relations between Azerbaijan and Türkiye as typed, cited, versioned records"
"""The title to cite (the same as in CITATION.cff)."""

AUTHORS = "az_tr_relations maintainers"
"""The authors to cite (the same as in CITATION.cff)."""

DESCRIPTION = (
    "The relations between Azerbaijan and Türkiye as typed, immutable records: milestones, "
    "diplomatic missions and their heads, visits by leaders, agreements and their ratifications, "
    "council and multilateral meetings, parliamentary groups and the offices people held. Every "
    "record cites its source with a locator, values a source only implies are marked inferred, "
    "dates keep the precision their source gives, and errors of sources are corrected visibly."
)
"""What the dataset is, in a paragraph (as in CITATION.cff's abstract)."""

LICENSE = "https://spdx.org/licenses/MIT.html"
"""The licence of the package and of the data it ships (MIT, as in pyproject.toml)."""

_KEYWORDS = ("Azerbaijan", "Türkiye", "Turkey", "diplomacy", "international relations", "bilateral relations")


@attrs.frozen(kw_only=True)
class DataCitation:
    """A citation of one data version as shipped by one package version: ``str()`` is the text.

    >>> str(cite("1.0.0")).startswith("az_tr_relations maintainers (2026).")
    True
    """

    text: str
    """The citation as one line of text."""
    bibtex: str
    """The citation as a BibTeX ``@misc`` entry."""
    package_version: str
    data_version: str

    def __str__(self) -> str:
        return self.text


def _bibtex_escape(text: str) -> str:
    return text.replace("\\", "\\textbackslash{}").replace("_", "\\_").replace("&", "\\&").replace("%", "\\%")


def cite(version: str | None = None) -> DataCitation:
    """How to cite data version `version` (the newest when None) with this package.

    >>> import az_tr_relations as azt
    >>> print(azt.cite("1.0.0").bibtex)  # doctest: +ELLIPSIS
    @misc{az_tr_relations_data_1_0_0,
      author = {{az\\_tr\\_relations maintainers}},
      title = {az-tr-relations: the relations between Azerbaijan and Türkiye as typed, cited, versioned records},
      year = {2026},
      version = {1.0.0},
      note = {Data version 1.0.0, released 2026-11-29, facts as of 2022-05; Python package az-tr-relations 1.1.0},
    }
    """
    about = manifest(version)
    year = about.released.year
    details = (
        f"Data version {about.version}, released {about.released}, facts as of {about.as_of}; "
        f"Python package az-tr-relations {__version__}"
    )
    text = f"{AUTHORS} ({year}). {TITLE}. {details}."
    key = "az_tr_relations_data_" + about.version.replace(".", "_")
    fields = {
        "author": f"{{{_bibtex_escape(AUTHORS)}}}",
        "title": _bibtex_escape(TITLE),
        "year": str(year),
        "version": about.version,
        "note": _bibtex_escape(details),
    }
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields.items())
    return DataCitation(
        text=text, bibtex=f"@misc{{{key},\n{body}}}", package_version=__version__, data_version=about.version
    )


def schema_org(ds: Dataset) -> dict[str, Any]:
    """A schema.org ``Dataset`` describing `ds` as JSON-LD, for dataset search engines: name,
    description, version, licence, creator, the time and places it covers, where to get it and
    how to cite it (a shipped data version's citation, as `cite` gives it).

    >>> import az_tr_relations as azt
    >>> about = schema_org(azt.load("1.0.0"))
    >>> about["@type"], about["version"], about["temporalCoverage"]
    ('Dataset', '1.0.0', '1918-05-28/2022-05')
    >>> [place["name"] for place in about["spatialCoverage"]]
    ['Azerbaijan', 'Türkiye']
    """
    spans = [span for span in (record.span for record in ds.timeline()) if span is not None]
    start = spans[0].start if spans else None
    end = ds.as_of or max((span.end or span.start for span in spans), default=None)
    about: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": TITLE,
        "alternateName": "az-tr-relations",
        "description": f"{DESCRIPTION} Data version {ds.version}: {len(ds)} records from {len(ds.sources)} sources.",
        "version": ds.version,
        "license": LICENSE,
        "isAccessibleForFree": True,
        "inLanguage": "en",
        "keywords": list(_KEYWORDS),
        "creator": {"@type": "Organization", "name": AUTHORS},
        "spatialCoverage": [
            {"@type": "Country", "name": country.name, "identifier": country.id}
            for country in ds.countries
            if country.id in ("AZ", "TR")
        ],
        "distribution": [
            {
                "@type": "DataDownload",
                "name": f"Python package az-tr-relations {__version__}, which ships the data as JSON files",
                "encodingFormat": "application/zip",
                "contentUrl": f"https://pypi.org/project/az-tr-relations/{__version__}/#files",
            }
        ],
    }
    if start is not None and end is not None:
        about["temporalCoverage"] = f"{start}/{end}"
    if ds.version in versions():  # a shipped version, not a dataset built in Python
        about["datePublished"] = str(manifest(ds.version).released)
        about["citation"] = cite(ds.version).text
    return about
