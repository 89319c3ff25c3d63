"""How to cite: `cite()`, `manifest()` and CITATION.cff agree with the package and its data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import az_tr_relations as azt
from az_tr_relations.citing import AUTHORS, LICENSE, TITLE, schema_org

CFF = Path(__file__).parent.parent / "CITATION.cff"


def _cff() -> dict[str, str]:
    """The top-level scalar keys of CITATION.cff."""
    found = re.findall(r'^([a-z-]+): "?([^"\n]*)"?$', CFF.read_text(encoding="utf-8"), re.MULTILINE)
    return dict(found)


def test_citation_cff_matches_the_package_and_the_newest_data() -> None:
    cff = _cff()
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert cff["version"] == azt.__version__, "CITATION.cff: version must be the package version"
    newest = azt.manifest(azt.versions()[-1])
    assert cff["date-released"] == str(newest.released), (
        "CITATION.cff: date-released must be the newest data version's release date"
    )
    assert cff["title"] == TITLE and f'  - name: "{AUTHORS}"' in CFF.read_text(encoding="utf-8")


def test_cite_names_the_package_and_data_versions() -> None:
    citation = azt.cite("1.0.0")
    assert str(citation) == citation.text
    assert (citation.package_version, citation.data_version) == (azt.__version__, "1.0.0")
    assert "Data version 1.0.0, released 2026-11-29" in citation.text
    assert f"az-tr-relations {azt.__version__}" in citation.text
    bibtex = citation.bibtex
    assert bibtex.startswith("@misc{az_tr_relations_data_1_0_0,") and bibtex.endswith("}")
    assert bibtex.count("{") == bibtex.count("}") and "az\\_tr\\_relations" in bibtex
    assert azt.cite() == azt.cite(azt.LATEST)


def test_manifest_agrees_with_the_loaded_data() -> None:
    for version in azt.versions():
        about = azt.manifest(version)
        assert about.version == version and about.as_of == azt.load(version).as_of
    assert azt.manifest() == azt.manifest(azt.LATEST)


def test_unknown_versions_are_refused() -> None:
    with pytest.raises(azt.UnknownVersionError):
        azt.cite("0.9.0")
    with pytest.raises(TypeError, match="version: expected a string"):
        azt.manifest(1)  # type: ignore[arg-type]


@pytest.mark.parametrize("version", azt.versions())
def test_schema_org_describes_each_shipped_version(version: str) -> None:
    ds = azt.load(version)
    about = schema_org(ds)
    assert json.loads(json.dumps(about)) == about
    assert about["@type"] == "Dataset" and about["version"] == version
    assert about["citation"] == azt.cite(version).text
    assert about["datePublished"] == str(azt.manifest(version).released)
    assert about["license"] == LICENSE and _cff()["license"] == "MIT"
    assert about["creator"] == {"@type": "Organization", "name": AUTHORS}
    start, end = about["temporalCoverage"].split("/")
    assert start == str(min(r.span.start for r in ds.timeline() if r.span)) and end == str(ds.as_of)
    assert f"{len(ds)} records" in about["description"]
    assert [c["identifier"] for c in about["spatialCoverage"]] == ["AZ", "TR"]
    assert all(d["@type"] == "DataDownload" and d["contentUrl"] for d in about["distribution"])


def test_schema_org_of_a_dataset_built_in_python_claims_no_release() -> None:
    ds = azt.load("1.0.0")
    mine = azt.from_records([*ds.sources, *ds.countries, *ds.places, *ds.missions], version="mine")
    about = schema_org(mine)
    assert about["version"] == "mine" and "citation" not in about and "datePublished" not in about
    assert about["temporalCoverage"] == "1992-01/1992-08"  # the missions' openings, no as_of
