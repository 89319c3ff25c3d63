"""Make tests/strategies.py importable and keep hypothesis quick and deterministic in CI."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).parent.parent / "docs"))  # the docs' tooling (dictionary.py)

settings.register_profile(
    "ci", max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci")

collect_ignore = ["typing"]  # type-checked by test_typing.py, never run
