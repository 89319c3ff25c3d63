"""Type-checked by tests/test_typing.py: each marked line must be an error under mypy --strict."""

from __future__ import annotations

import az_tr_relations as azt

ds = azt.load()
ds.visits_between(2022, 2023)  # E: int is not a date
ds.visits[0].start = azt.PartialDate(year=2020)  # E: records are frozen
azt.Visit(id="v")  # E: required fields missing
ds.get("x", azt.Visit).opened  # E: Visit has no attribute opened
ds.missions = ()  # E: the dataset is frozen
