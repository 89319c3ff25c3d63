"""Type-checked by tests/test_typing.py: what users write must type-check under mypy --strict."""

from __future__ import annotations

import datetime

import az_tr_relations as azt

ds: azt.Dataset = azt.load("1.0.0")
visits: tuple[azt.Visit, ...] = ds.visits_between("2022", datetime.date(2022, 12, 31), host="TR")
first: azt.Visit = visits[0]
start: azt.PartialDate = first.start
day: datetime.date = start.earliest
mission: azt.Mission = ds.get("embassy-az-in-tr", azt.Mission)
any_record: azt.Record = ds.get("embassy-az-in-tr")
city: str | None = mission.city
country: azt.Country = ds.country("Turkey")
code: int = country.cow_code
entries: tuple[azt.TimelineRecord, ...] = ds.timeline()
kinds: list[azt.MissionKind] = [m.kind for m in ds.missions_in("AZ", kind=azt.MissionKind.EMBASSY)]
inferred: bool = azt.is_inferred(mission, "city")
versions: tuple[str, ...] = azt.versions()
