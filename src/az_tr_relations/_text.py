"""Name matching that ignores case and diacritics ("Türkiye" = "turkiye", "Gəncə" = "gence")."""

from __future__ import annotations

import re
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
    import difflib  # only when a name is not found

    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(fold(name), name)
    keys = difflib.get_close_matches(fold(given), list(by_key), n=limit, cutoff=0.6)
    return [by_key[key] for key in keys]


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What a terminal or editor would act on rather than show: control characters (all but tab and
newline; ESC starts the ANSI sequences that recolour or rewrite a terminal) and bidi overrides."""


def printable(text: str) -> str:
    """`text` with every control character but tab and newline, and every bidi override, written
    as a ``\\uXXXX`` escape (valid inside JSON strings too), so that printing it cannot recolour,
    rewrite or reorder what a terminal shows.

    >>> printable("red \\x1b[31malert\\x1b[0m")
    'red \\\\u001b[31malert\\\\u001b[0m'
    """
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def shorten(text: str, limit: int = 80) -> str:
    """`text`, its middle cut out when it is longer than `limit` characters, so that a huge value
    cannot flood a message.

    >>> shorten("a" * 10 + "b" * 10, 12)
    'aaaaa...bbbb'
    """
    if len(text) <= limit:
        return text
    head = (limit - 3) // 2 + (limit - 3) % 2
    return f"{text[:head]}...{text[len(text) - (limit - 3 - head) :]}"
