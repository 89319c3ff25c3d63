"""The exceptions the package raises on purpose; each message names the bad value and what is accepted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["DataError", "FieldError", "UnknownIdError", "UnknownNameError", "UnknownVersionError"]


class UnknownVersionError(LookupError):
    """A data version that this package does not ship.

    >>> import az_tr_relations as azt
    >>> azt.load("0.9")
    Traceback (most recent call last):
    ...
    az_tr_relations.errors.UnknownVersionError: unknown data version '0.9'; available: 1.0.0, 1.1.0
    """

    def __init__(self, version: str, available: Sequence[str]) -> None:
        self.version = version
        self.available = tuple(available)
        super().__init__(f"unknown data version {version!r}; available: {', '.join(available)}")


class UnknownNameError(LookupError):
    """A country, place or person that the dataset does not know, with close matches.

    >>> import az_tr_relations as azt
    >>> azt.load("1.0.0").place("Ganca")
    Traceback (most recent call last):
    ...
    az_tr_relations.errors.UnknownNameError: unknown place 'Ganca'; did you mean 'Ganja'? (accepted: a name or spelling of Ankara, Baku, Ganja, Istanbul, Kars, Nakhchivan, Rize, Shusha)
    """

    def __init__(
        self, what: str, given: object, suggestions: Iterable[str], accepted: str, *, ambiguous: bool = False
    ) -> None:
        self.given = given
        self.suggestions = tuple(suggestions)
        candidates = " or ".join(map(repr, self.suggestions))
        if ambiguous:
            message = f"{what} {given!r} is ambiguous: it may be {candidates}; {accepted}"
        else:
            hint = f"; did you mean {candidates}?" if self.suggestions else ""
            message = f"unknown {what} {given!r}{hint} (accepted: {accepted})"
        super().__init__(message)


class UnknownIdError(KeyError):
    """No record has this id.

    >>> import az_tr_relations as azt
    >>> azt.load("1.0.0").get("embassy-az-in-t")
    Traceback (most recent call last):
    ...
    az_tr_relations.errors.UnknownIdError: no record with id 'embassy-az-in-t'; did you mean 'embassy-az-in-tr' or 'embassy-tr-in-az'?
    """

    def __init__(self, record_id: object, suggestions: Iterable[str]) -> None:
        self.record_id = record_id
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {' or '.join(map(repr, self.suggestions))}?" if self.suggestions else ""
        super().__init__(f"no record with id {record_id!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class DataError(ValueError):
    """A data file or a set of records is invalid: every problem found, each with its place.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> try:
    ...     azt.from_records(ds.missions, version="mine")   # no countries or places
    ... except azt.DataError as error:
    ...     print(error.problems[0])
    missions.json: $[0].sending: unknown countries id 'AZ' (known: none)
    """

    def __init__(self, context: str, problems: Sequence[str]) -> None:
        self.context = context
        self.problems = tuple(problems)
        listing = "\n".join(f"  - {problem}" for problem in self.problems)
        count = len(self.problems)
        super().__init__(f"{context}: {count} problem{'s' if count != 1 else ''}\n{listing}")


class FieldError(ValueError):
    """A record field holds a value its type does not allow.

    >>> from az_tr_relations import Citation
    >>> Citation(source="Not A Slug", locator="para. 1")
    Traceback (most recent call last):
    ...
    az_tr_relations.errors.FieldError: source: expected a lowercase slug like 'visit-2022-05-14-aliyev-rize', got 'Not A Slug'
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
