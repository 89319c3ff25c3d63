"""What ``manifest.json`` says about a data version, read from its JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._frozen import FrozenMap
from .dates import PartialDate

__all__ = ["Manifest", "manifest_from_json"]


def _read_only(files: Mapping[str, str]) -> Mapping[str, str]:
    return FrozenMap(files)


@attrs.frozen(kw_only=True)
class Manifest:
    """What ``manifest.json`` says about a data version.

    >>> import az_tr_relations as azt
    >>> about = azt.manifest("1.0.0")
    >>> about.version, str(about.as_of), len(about.files)
    ('1.0.0', '2022-05', 14)
    """

    version: str
    released: PartialDate
    as_of: PartialDate
    changes: str
    files: Mapping[str, str] = attrs.field(converter=_read_only)
    """Data file name -> SHA-256 of its bytes (read-only)."""


_MANIFEST_KEYS = frozenset(("version", "released", "as_of", "changes", "files"))


def manifest_from_json(raw: dict[str, Any]) -> Manifest | None:
    """The manifest when every value has its JSON type, else None."""
    if raw.keys() != _MANIFEST_KEYS or type(raw["files"]) is not dict:
        return None
    texts = [raw[key] for key in ("version", "released", "as_of", "changes")]
    if not all(type(text) is str for text in texts):
        return None
    if not all(type(name) is str and type(digest) is str for name, digest in raw["files"].items()):
        return None
    try:
        return Manifest(
            version=raw["version"],
            released=PartialDate.parse(raw["released"]),
            as_of=PartialDate.parse(raw["as_of"]),
            changes=raw["changes"],
            files=raw["files"],
        )
    except ValueError:
        return None
