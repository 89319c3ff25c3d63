"""The data versions this package ships: their names and folders, without reading any of them."""

from __future__ import annotations

import functools
import os
import re

from .errors import UnknownVersionError

__all__ = ["LATEST", "VERSION", "checked", "shipped_folder", "versions"]

LATEST = "1.2.0"
"""The newest data version shipped (kept in step with the data folders by a test)."""

VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
"""A data version: MAJOR.MINOR.PATCH."""

_DATA = os.path.join(os.path.dirname(__file__), "data")
"""The data versions shipped in the package (an installed wheel is a folder on disk)."""


@functools.cache
def versions() -> tuple[str, ...]:
    """The data versions this package ships, oldest first.

    >>> import az_tr_relations as azt
    >>> azt.versions()[0]
    '1.0.0'
    """
    names = [entry.name for entry in os.scandir(_DATA) if entry.is_dir() and VERSION.fullmatch(entry.name)]
    return tuple(sorted(names, key=lambda name: tuple(map(int, name.split(".")))))


def checked(version: str | None) -> str:
    """`version` (the newest when None), checked to be a data version this package ships."""
    if version is None:
        return LATEST
    if not isinstance(version, str):
        raise TypeError(
            f"version: expected a string like {LATEST!r}, got {type(version).__name__} {version!r}"
        )
    if version not in versions():
        raise UnknownVersionError(version, versions())
    return version


def shipped_folder(version: str) -> str:
    """The folder of a shipped data version (an `UnknownVersionError` for any other)."""
    return os.path.join(_DATA, checked(version))
