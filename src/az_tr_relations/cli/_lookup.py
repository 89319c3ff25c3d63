"""Finding one record by what a person types: its id, a name or a title, ignoring case and
diacritics; close matches when nothing or more than one record fits."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from textwrap import shorten

from .._text import close_matches, fold
from ..checks.names import NAME_FIELDS
from ..dataset import Dataset
from ..records import Record
from ..render.text import label

__all__ = ["find", "matches"]

_WORDS = tuple(field for field in (*NAME_FIELDS, "title") if field != "id")
"""The fields that name a record in words: names, aliases, codes and titles."""

_SHOWN = 4
"""How many candidates an error lists."""

_LABEL = 60
"""How many characters of a candidate's label an error shows."""


def _names(record: Record) -> list[str]:
    """The record's names in words (see `_WORDS`)."""
    names = []
    for field in _WORDS:
        value = getattr(record, field, None)
        names += [item for item in (value if isinstance(value, tuple) else (value,)) if item]
    return names


def _candidates(ds: Dataset, records: Iterable[Record]) -> str:
    """Up to `_SHOWN` records as ``'id' (label)``, joined for one line: "a, b or c"."""
    records = list(records)
    shown = [f"{r.id!r} ({shorten(label(r, ds), _LABEL, placeholder='...')})" for r in records[:_SHOWN]]
    more = len(records) - len(shown)
    if more:
        return f"{', '.join(shown)} or {more} more"
    return " or ".join([", ".join(shown[:-1]), shown[-1]] if len(shown) > 1 else shown)


def matches(ds: Dataset, query: str, *groups: Iterable[Record]) -> list[Record]:
    """The records of the first of `groups` in which `query` names any, trying in turn:

    1. the id;
    2. an id, name, alias, code, title or label equal to `query`;
    3. the country, place or person that `Dataset.country`, `place` or `person` finds (a surname);
    4. a name, alias or title containing `query`;
    5. a label containing it, for a record without a name (a format, a mission, a meeting);
    6. an id with it as whole hyphen-separated parts (``hlscc`` in ``council-hlscc``).

    The first that finds anything decides; all ignore case and diacritics.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> [r.id for r in matches(ds, "Erdogan", ds.people)]
    ['recep-tayyip-erdogan']
    """
    known = _known(ds, query)
    for records in groups:
        found = _named(ds, query, known, tuple(records))
        if found:
            return found
    return []


def _named(ds: Dataset, query: str, known: set[str], records: tuple[Record, ...]) -> list[Record]:
    """The records that the first of the tests of `matches` to find any finds."""
    key = fold(query)
    labels = {r.id: fold(label(r, ds)) for r in records}
    names = {r.id: [fold(name) for name in _names(r)] for r in records}
    tests: tuple[Callable[[Record], bool], ...] = (
        lambda r: r.id == query,
        lambda r: key == fold(r.id) or key == labels[r.id] or key in names[r.id],
        lambda r: r.id in known,
        lambda r: any(key in name for name in names[r.id]),
        lambda r: not names[r.id] and key in labels[r.id],
        lambda r: f"-{key}-" in f"-{r.id}-",
    )
    for test in tests:
        found = [record for record in records if test(record)]
        if found:
            return found
    return []


def _known(ds: Dataset, query: str) -> set[str]:
    """The ids of the country, place and person that `query` names as the `Dataset` finds them."""
    found = set()
    for finder in (ds.country, ds.place, ds.person):
        try:
            found.add(finder(query).id)
        except LookupError:
            continue
    return found


def _spellings(ds: Dataset, record: Record, words: int) -> Iterator[str]:
    """What `record` may be misspelt as: its id, label and names, and their first `words` words."""
    for name in (record.id, label(record, ds), *_names(record)):
        yield name
        yield " ".join(name.split()[:words])


def find(ds: Dataset, query: str, what: str, *groups: Iterable[Record]) -> Record:
    """The one record that `query` names in the first of `groups` where it names any (see
    `matches`); several records or none is a `LookupError` naming `what` was looked for, with
    the candidates or close matches.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> find(ds, "SHUSHA declaration", "agreement", ds.agreements).id
    'agreement-2021-06-15-shusha-declaration'
    >>> find(ds, "Aliyev", "person", ds.people)
    Traceback (most recent call last):
    ...
    LookupError: person 'Aliyev' is ambiguous: it may be 'heydar-aliyev' (Heydar Aliyev) or 'ilham-aliyev' (Ilham Aliyev); give the id
    """
    groups = tuple(map(tuple, groups))
    if not fold(query):
        raise ValueError(f"give the id, a name or a title of a {what}")
    found = matches(ds, query, *groups)
    if len(found) == 1:
        return found[0]
    if found:
        raise LookupError(f"{what} {query!r} is ambiguous: it may be {_candidates(ds, found)}; give the id")
    words = len(query.split())
    spellings = {name: r for records in groups for r in records for name in _spellings(ds, r, words)}
    near = list(dict.fromkeys(spellings[name] for name in close_matches(query, spellings)))
    hint = f"; did you mean {_candidates(ds, near)}?" if near else ""
    raise LookupError(f"no {what} has the id, name or title {query!r}{hint}")
