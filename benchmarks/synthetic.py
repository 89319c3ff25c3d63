"""A seeded generator of synthetic data folders (benchmarks only, never shipped in the package).

Mostly visits, with enough sources, countries, places and people for every reference to
resolve, a mission per hundred records and an event per thousand. The folder has one JSON file
per collection and a manifest with the SHA-256 of each, like a released data version, so
`azt.load_folder` measures the whole path: read, hash, parse, structure, validate, index.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
from pathlib import Path
from typing import Any

from az_tr_relations.dataset import COLLECTIONS

FIRST_DAY = datetime.date(1900, 1, 1).toordinal()
LAST_DAY = datetime.date(2025, 12, 31).toordinal()
COUNTRIES = 40
PLACES_PER_COUNTRY = 10
PEOPLE = 2000
ROLES = ("president", "prime_minister", "foreign_minister", "other")
VISIT_KINDS = ("state", "official", "working", "unknown")


def _country_id(index: int) -> str:
    return chr(65 + index // 26) + chr(65 + index % 26)


def _citation(rng: random.Random) -> dict[str, Any]:
    return {
        "source": "synthetic-source",
        "locator": f"Section {rng.randrange(50)}, para. {rng.randrange(20)}",
        "inferred": False,
        "fields": [],
        "note": None,
    }


def _date(rng: random.Random, ordinal: int) -> tuple[str, datetime.date]:
    """A start date at day precision mostly, month or year precision sometimes."""
    day = datetime.date.fromordinal(ordinal)
    roll = rng.random()
    if roll < 0.9:
        return day.isoformat(), day
    if roll < 0.97:
        return day.isoformat()[:7], day
    return day.isoformat()[:4], day


def collections(records: int, seed: int = 8) -> dict[str, list[dict[str, Any]]]:
    """JSON-ready collections with about `records` records in all."""
    rng = random.Random(seed)
    countries = [_country_id(i) for i in range(COUNTRIES)]
    data: dict[str, list[dict[str, Any]]] = {name: [] for name in COLLECTIONS}
    data["sources"].append(
        {
            "id": "synthetic-source",
            "title": "Synthetic benchmark data",
            "publisher": "az_tr_relations benchmarks",
            "url": None,
            "language": "en",
            "accessed": "2026-11-29",
            "published": None,
            "note": None,
        }
    )
    for index, code in enumerate(countries):
        data["countries"].append(
            {
                "id": code,
                "name": f"Country {code}",
                "official_name": f"Republic of {code}",
                "iso3": f"{code}X",
                "cow_code": index,
                "aliases": [],
                "citations": [_citation(rng)],
            }
        )
    places: dict[str, list[str]] = {code: [] for code in countries}
    for index in range(COUNTRIES * PLACES_PER_COUNTRY):
        code = countries[index % COUNTRIES]
        place = f"place-{index:04d}"
        places[code].append(place)
        data["places"].append(
            {
                "id": place,
                "name": f"Place {index:04d}",
                "country": code,
                "aliases": [],
                "latitude": rng.uniform(-90, 90),
                "longitude": rng.uniform(-180, 180),
                "citations": [_citation(rng)],
            }
        )
    people = [f"person-{index:05d}" for index in range(PEOPLE)]
    for index, person in enumerate(people):
        data["people"].append(
            {
                "id": person,
                "name": f"Person {index:05d}",
                "native_name": None,
                "aliases": [],
                "description": None,
                "offices": [],
                "citations": [_citation(rng)],
            }
        )
    fixed = sum(len(records) for records in data.values())
    missions = max(1, records // 100)
    events = max(1, records // 1000)
    visits = max(1, records - fixed - missions - events)
    for index in range(events):
        start, _ = _date(rng, rng.randint(FIRST_DAY, LAST_DAY))
        data["events"].append(
            {
                "id": f"event-{index:07d}",
                "kind": "recognition",
                "title": f"Event {index}",
                "start": start,
                "end": None,
                "countries": rng.sample(countries, 2),
                "actor": None,
                "ordinal": None,
                "place": None,
                "summary": "A synthetic event.",
                "citations": [_citation(rng)],
            }
        )
    for index in range(missions):
        sending, receiving = rng.sample(countries, 2)
        opened, _ = _date(rng, rng.randint(FIRST_DAY, LAST_DAY))
        data["missions"].append(
            {
                "id": f"mission-{index:07d}",
                "kind": rng.choice(("embassy", "consulate_general")),
                "sending": sending,
                "receiving": receiving,
                "city": rng.choice(places[receiving]),
                "opened": opened,
                "citations": [_citation(rng)],
            }
        )
    for index in range(visits):
        origin, host = rng.sample(countries, 2)
        start, day = _date(rng, rng.randint(FIRST_DAY, LAST_DAY - 10))
        end = None
        if len(start) == 10 and rng.random() < 0.3:
            end = (day + datetime.timedelta(days=rng.randint(1, 4))).isoformat()
        data["visits"].append(
            {
                "id": f"visit-{index:07d}",
                "visitor": rng.choice(people),
                "office": rng.choice(ROLES),
                "origin": origin,
                "host": host,
                "place": rng.choice(places[host]) if rng.random() < 0.8 else None,
                "start": start,
                "end": end,
                "kind": rng.choice(VISIT_KINDS),
                "occasion": None if rng.random() < 0.5 else f"Occasion {rng.randrange(1000)}",
                "citations": [_citation(rng)],
            }
        )
    return data


def write_folder(folder: Path, data: dict[str, list[dict[str, Any]]], version: str = "9.0.0") -> None:
    """Write `data` as a sealed data folder: a JSON file per collection and a manifest of SHA-256s."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, records in data.items():
        blob = json.dumps(records, ensure_ascii=False).encode("utf-8")
        (folder / f"{name}.json").write_bytes(blob)
        files[f"{name}.json"] = hashlib.sha256(blob).hexdigest()
    manifest = {
        "version": version,
        "released": "2026-11-29",
        "as_of": "2025-12",
        "changes": "Synthetic benchmark data.",
        "files": files,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
