"""Name matching that ignores case and diacritics ("Türkiye" = "turkiye", "Gəncə" = "gence")."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

FOLDED_LETTERS = {"ı": "i", "ə": "e", "Ə": "e", "ø": "o", "ß": "ss", "’": "'", "–": "-", "—": "-"}
"""Letters that Unicode does not decompose into a base letter and a mark, and what they fold to."""
_FOLD = str.maketrans(FOLDED_LETTERS)


def fold(text: str) -> str:
    """Lower-case `text` and strip diacritics and surrounding space."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold().translate(_FOLD))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def close_matches(given: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """Up to `limit` names that look like `given`, best first."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(fold(name), name)
    keys = difflib.get_close_matches(fold(given), list(by_key), n=limit, cutoff=0.6)
    return [by_key[key] for key in keys]
