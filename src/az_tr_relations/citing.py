"""How to cite the dataset: `cite()` gives a citation and BibTeX naming the package and data
versions; `manifest()` gives what a data version's ``manifest.json`` says."""

from __future__ import annotations

import json
from importlib import resources

import attrs

from ._converter import CONVERTER
from ._loader import LATEST, Manifest, versions
from .errors import UnknownVersionError

__all__ = ["AUTHORS", "TITLE", "DataCitation", "cite", "manifest"]

TITLE = "az-tr-relations: the relations between Azerbaijan and Türkiye as typed, cited, versioned records"
"""The title to cite (the same as in CITATION.cff)."""

AUTHORS = "az_tr_relations maintainers"
"""The authors to cite (the same as in CITATION.cff)."""


def manifest(version: str | None = None) -> Manifest:
    """What ``manifest.json`` of data version `version` (the newest when None) says.

    >>> m = manifest("1.0.0")
    >>> m.version, str(m.released), str(m.as_of)
    ('1.0.0', '2026-11-29', '2022-05')
    """
    if version is None:
        version = LATEST
    if not isinstance(version, str):
        raise TypeError(
            f"version: expected a string like {LATEST!r}, got {type(version).__name__} {version!r}"
        )
    if version not in versions():
        raise UnknownVersionError(version, versions())
    entry = resources.files("az_tr_relations").joinpath("data", version, "manifest.json")
    return CONVERTER.structure(json.loads(entry.read_bytes()), Manifest)


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
      note = {Data version 1.0.0, released 2026-11-29, facts as of 2022-05; Python package az-tr-relations 1.0.0},
    }
    """
    from . import __version__

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
