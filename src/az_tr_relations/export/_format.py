"""What every export format module declares: its name, media type, how it writes a table and how
the data package describes the file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["Format"]


@attrs.frozen(kw_only=True)
class Format:
    """One file format of `export`."""

    name: str
    """The format's name and file extension ("csv")."""
    media_type: str
    write: Callable[[Dataset, str], bytes]
    """The bytes of one table's file."""
    layout: Callable[[str, bytes], dict[str, Any]]
    """The data package resource's description of one table's file, given its bytes: its type,
    schema and, where frictionless counts them when it reads the file, its size."""
    encoding: str | None = "utf-8"
    needs: tuple[str, str] | None = None
    """(module, extra) the format needs beyond the core dependencies, if any."""
