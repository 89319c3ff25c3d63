"""``missions``: embassies and consulates, by where they are and who keeps them."""

from __future__ import annotations

import argparse

from ...records import MissionKind
from .._common import dataset, records_output
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """``--in``, ``--of``, ``--city`` and ``--kind``."""
    parser.add_argument("--in", dest="receiving", metavar="COUNTRY", help="only missions located in COUNTRY")
    parser.add_argument("--of", dest="sending", metavar="COUNTRY", help="only missions that COUNTRY keeps")
    parser.add_argument("--city", metavar="PLACE", help="only missions in this city")
    parser.add_argument("--kind", choices=[kind.value for kind in MissionKind], help="only this kind")


def run(args: argparse.Namespace) -> Output:
    """`Dataset.missions_in` (``--in``, ``--city``, ``--kind``) and `Dataset.missions_of` (``--of``);
    each option narrows the list."""
    ds = dataset(args)
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
