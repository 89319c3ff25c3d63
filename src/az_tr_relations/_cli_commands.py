"""The sub-commands: each takes the parsed arguments and returns an `Output` (or raises)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from . import __version__
from ._cli_output import Output, Table
from ._cli_records import records_output
from ._cli_search import search
from ._cli_show import show
from ._coerce import as_partial_date
from ._converter import CONVERTER
from ._describe import describe
from ._loader import load, load_folder, versions
from ._summary import dated, summary, timeline_lines
from .dataset import COLLECTION_OF, Dataset
from .dates import PartialDate
from .diff import diff
from .errors import UnknownVersionError
from .export import export
from .validate import validate


def _dataset(args: argparse.Namespace) -> Dataset:
    """The data version pinned with ``--data-version``, or the newest."""
    return load(args.data_version)


def _date(text: str | None, option: str) -> PartialDate | None:
    """A date option (``--from 2022-05``) as a `PartialDate`; a bad one names the option."""
    return None if text is None else as_partial_date(text, option)


def run_summary(args: argparse.Namespace) -> Output:
    """``summary``: counts, sources and timeline; JSON: versions, as-of date, counts, sources."""
    ds = _dataset(args)
    data = {
        "package_version": __version__,
        "data_version": ds.version,
        "as_of": None if ds.as_of is None else str(ds.as_of),
        "records": len(ds),
        "counts": ds.counts(),
        "sources": [CONVERTER.unstructure(source) for source in ds.sources],
    }
    return Output(text=summary(ds, __version__), data=data)


def run_versions(args: argparse.Namespace) -> Output:
    """``versions``: the data versions shipped, oldest first, one a line."""
    shipped = versions()
    return Output(
        text="\n".join(shipped),
        data=list(shipped),
        table=Table(header=("version",), rows=tuple((v,) for v in shipped)),
    )


def run_timeline(args: argparse.Namespace) -> Output:
    """``timeline``: every dated record in order; JSON: ``[{"collection", "record"}]``."""
    ds = _dataset(args)
    records = ds.timeline()
    table = Table(
        header=("date", "date_inferred", "collection", "id", "description"),
        rows=tuple((*dated(r), COLLECTION_OF[type(r)], r.id, describe(ds, r)) for r in records),
    )
    data = [{"collection": COLLECTION_OF[type(r)], "record": CONVERTER.unstructure(r)} for r in records]
    return Output(text="\n".join(timeline_lines(ds)), data=data, table=table)


def run_visits(args: argparse.Namespace) -> Output:
    """``visits``: `Dataset.visits_between` with the window and filters given."""
    ds = _dataset(args)
    found = ds.visits_between(
        _date(args.start, "--from"),
        _date(args.end, "--to"),
        visitor=args.visitor,
        origin=args.origin,
        host=args.host,
        uncertain=args.uncertain,
    )
    return records_output(ds, "visits", found)


def run_events(args: argparse.Namespace) -> Output:
    """``events``: `Dataset.events_between` with the window given."""
    ds = _dataset(args)
    found = ds.events_between(_date(args.start, "--from"), _date(args.end, "--to"), uncertain=args.uncertain)
    return records_output(ds, "events", found)


def run_missions(args: argparse.Namespace) -> Output:
    """``missions``: `Dataset.missions_in` (``--in``, ``--city``, ``--kind``) and
    `Dataset.missions_of` (``--of``); each option narrows the list."""
    ds = _dataset(args)
    found = ds.missions
    if args.receiving is not None:
        found = ds.missions_in(args.receiving, city=args.city, kind=args.kind)
    elif args.city is not None:
        city = ds.place(args.city)
        found = ds.missions_in(city.country, city=city, kind=args.kind)
    elif args.kind is not None:
        found = tuple(m for m in found if m.kind.value == args.kind)
    if args.sending is not None:
        kept = set(ds.missions_of(args.sending))
        found = tuple(m for m in found if m in kept)
    return records_output(ds, "missions", found)


def run_show(args: argparse.Namespace) -> Output:
    """``show ID``: one record in full."""
    return show(_dataset(args), args.id)


def run_search(args: argparse.Namespace) -> Output:
    """``search TEXT``: records whose id or text contains TEXT."""
    return search(_dataset(args), args.text)


def run_validate(args: argparse.Namespace) -> Output:
    """``validate [DIR]``: check every shipped data version (or the pinned one, or folder DIR)
    and report "ok" per version, or every problem found."""
    if args.folder is not None:
        if args.data_version is not None:
            raise ValueError("validate: give a data folder or --data-version, not both")
        if not Path(args.folder).is_dir():
            raise ValueError(f"validate: {args.folder} is not a directory")
        reports = validate(args.folder)
    else:
        if args.data_version is not None and args.data_version not in versions():
            raise UnknownVersionError(args.data_version, versions())
        reports = tuple(r for r in validate() if args.data_version in (None, r.version))
    data = [
        {"context": r.context, "ok": r.ok, "records": r.records, "problems": list(r.problems)}
        for r in reports
    ]
    text = "\n".join(f"{r.context}: ok ({r.records} records)" for r in reports if r.ok)
    problems = tuple(f"{r.context}: {problem}" for r in reports for problem in r.problems)
    return Output(text=text, data=data, problems=problems)


def run_export(args: argparse.Namespace) -> Output:
    """``export DIR``: every table as files of the formats chosen (default: CSV and JSON)."""
    formats = tuple(dict.fromkeys(args.formats or ("csv", "json")))
    paths = export(_dataset(args), args.directory, formats=formats)
    text = f"wrote {len(paths)} files to {args.directory} ({', '.join(formats)} and datapackage.json)"
    return Output(text=text, data=[str(path) for path in paths])


def _open(name: str) -> Dataset:
    """A shipped data version by number, else a data folder by path."""
    if name not in versions() and Path(name).is_dir():
        return load_folder(name)
    return load(name)


def run_diff(args: argparse.Namespace) -> Output:
    """``diff OLD [NEW]``: records added, removed and changed; NEW defaults to ``--data-version``."""
    old = _open(args.old)
    new = _dataset(args) if args.new is None else _open(args.new)
    result = diff(old, new)
    return Output(text=str(result), data=result.to_json())


COMMANDS: dict[str, Callable[[argparse.Namespace], Output]] = {
    "summary": run_summary,
    "versions": run_versions,
    "timeline": run_timeline,
    "visits": run_visits,
    "missions": run_missions,
    "events": run_events,
    "show": run_show,
    "search": run_search,
    "export": run_export,
    "validate": run_validate,
    "diff": run_diff,
}
"""Sub-command name -> what runs it."""
