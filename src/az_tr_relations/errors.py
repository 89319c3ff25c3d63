"""The exceptions the package raises on purpose; each message names the bad value and what is accepted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["DataError", "FieldError", "Problem", "UnknownIdError", "UnknownNameError", "UnknownVersionError"]


def shown(value: object, limit: int = 80) -> str:
    """`repr(value)`, shortened so that one bad value cannot flood an error message."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 5]}...{text[-2:]}"


class UnknownVersionError(LookupError):
    """A data version that this package does not ship.

    >>> import az_tr_relations as azt
    >>> azt.load("0.9")
    Traceback (most recent call last):
    ...
    az_tr_relations.errors.UnknownVersionError: unknown data version '0.9'; available: 1.0.0, 1.1.0, 1.2.0
    """

    def __init__(self, version: str, available: Sequence[str]) -> None:
        self.version = version
        self.available = tuple(available)
        super().__init__(f"unknown data version {shown(version)}; available: {', '.join(available)}")


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
            message = f"{what} {shown(given)} is ambiguous: it may be {candidates}; {accepted}"
        else:
            hint = f"; did you mean {candidates}?" if self.suggestions else ""
            message = f"unknown {what} {shown(given)}{hint} (accepted: {accepted})"
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
        super().__init__(f"no record with id {shown(record_id)}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class Problem(str):
    """One problem found in data: where (a file, or a collection for records built in Python),
    the JSON path in it, and what is wrong. It is the text ``"where: path: message"`` too.

    >>> problem = Problem("what is wrong", where="visits", path="$[3].host")
    >>> problem, problem.where, problem.path
    ('visits: $[3].host: what is wrong', 'visits', '$[3].host')
    >>> problem.located("visits.json")
    'visits.json: $[3].host: what is wrong'
    """

    where: str
    path: str
    message: str

    def __new__(cls, message: str, *, where: str = "", path: str = "") -> Problem:
        self = super().__new__(cls, ": ".join(part for part in (where, path, message) if part))
        object.__setattr__(self, "where", where)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "message", message)
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Problem cannot be changed (tried to set {name})")

    def __reduce__(self) -> tuple[object, ...]:
        return (_problem, (self.message, self.where, self.path))

    def located(self, where: str) -> Problem:
        """The same problem placed in `where` (a collection's data file)."""
        return Problem(self.message, where=where, path=self.path)


def _problem(message: str, where: str, path: str) -> Problem:
    return Problem(message, where=where, path=path)


class DataError(ValueError):
    """A data file or a set of records is invalid: every problem found, each with its place.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> try:
    ...     azt.from_records(ds.missions, version="mine")   # no countries or places
    ... except azt.DataError as error:
    ...     print(error.problems[0])
    missions: $[0].sending: unknown countries id 'AZ' (known: none)
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
