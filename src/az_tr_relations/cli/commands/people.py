"""``people``: the people named in the dataset, by the offices they held: of which country, which
role, and on which date."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ...dataset import Dataset
from ...dates import PartialDate
from ...records import Office, Role
from .._common import Layout, dataset, date, named, records_output
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """``--country``, ``--role``, ``--on`` and ``--uncertain``: each narrows the offices that count."""
    parser.add_argument("--country", metavar="COUNTRY", help="only people with an office of COUNTRY")
    parser.add_argument(
        "--role", choices=[role.value for role in Role], help="only people with an office of this role"
    )
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="only people in office on DATE: YYYY, YYYY-MM or YYYY-MM-DD (a year or month: at any time in it)",
    )
    parser.add_argument(
        "--uncertain",
        action="store_true",
        help="with --on, also people who may have been in office then (a term known to the year or month)",
    )


def _held_on(on: PartialDate, uncertain: bool) -> Callable[[Office], bool]:
    """Whether an office was held at some time in `on`: certainly, or with `uncertain` possibly;
    an office without an end is still held, one without a start may only be held."""
    first, last = on.earliest, on.latest

    def held(office: Office) -> bool:
        start, end = office.start, office.end
        if uncertain:
            return (start is None or start.earliest <= last) and (end is None or end.latest >= first)
        return start is not None and start.latest <= last and (end is None or end.earliest >= first)

    return held


def _term(office: Office) -> str:
    """An office and its term: "President of ... (2003-10-31 to 2014-08-28)", "(since 2014)"."""
    start, end = office.start, office.end
    if start is None and end is None:
        return office.title
    if end is None:
        return f"{office.title} (since {start})"
    return f"{office.title} ({start or '?'} to {end})"


def _layout(counts: Callable[[Office], bool]) -> Layout:
    """Name, id and the offices that count, with their terms."""

    def offices(ds: Dataset, person: Any) -> str:
        return "; ".join(_term(office) for office in person.offices if counts(office)) or "-"

    return (
        ("name", "name", lambda ds, person: person.name),
        ("id", None, lambda ds, person: person.id),
        ("offices", "offices", offices),
    )


def run(args: argparse.Namespace) -> Output:
    """Every person, or with options those holding an office that meets them all (the table
    shows those offices); people without any office recorded match no option."""
    ds = dataset(args)
    country = None if args.country is None else named(ds.country, args.country, "--country").id
    on = date(args.on, "--on")
    if args.uncertain and on is None:
        raise ValueError("--uncertain needs --on DATE")
    held = (lambda office: True) if on is None else _held_on(on, args.uncertain)

    def counts(office: Office) -> bool:
        return country in (None, office.country) and args.role in (None, office.role.value) and held(office)

    filtered = country is not None or args.role is not None or on is not None
    found = [person for person in ds.people if not filtered or any(map(counts, person.offices))]
    return records_output(ds, "people", found, _layout(counts))
