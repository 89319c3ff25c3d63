"""How to cite the dataset: `cite()` gives a citation and BibTeX naming the package and data
versions."""

from __future__ import annotations

import attrs

from ._loader import manifest
from ._version import __version__

__all__ = ["AUTHORS", "TITLE", "DataCitation", "cite"]

TITLE = "az-tr-relations: the relations between Azerbaijan and Türkiye as typed, cited, versioned records"
"""The title to cite (the same as in CITATION.cff)."""

AUTHORS = "az_tr_relations maintainers"
"""The authors to cite (the same as in CITATION.cff)."""


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
