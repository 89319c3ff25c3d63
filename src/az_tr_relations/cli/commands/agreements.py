"""``agreements``: declarations, agreements and treaties, by signing date, party and kind."""

from __future__ import annotations

import argparse

from ...records import AgreementKind
from .._common import dataset, in_window, named, records_output, window
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """The signing-date window, ``--party`` (repeatable) and ``--kind``."""
    window(parser)
    parser.add_argument(
        "--party",
        action="append",
        metavar="COUNTRY",
        help="only agreements COUNTRY is a party to (name or code; repeat for several, all parties)",
    )
    parser.add_argument("--kind", choices=[kind.value for kind in AgreementKind], help="only this kind")


def run(args: argparse.Namespace) -> Output:
    """Agreements signed in the window, in date order, narrowed by ``--party`` and ``--kind``."""
    ds = dataset(args)
    parties = {named(ds.country, party, "--party").id for party in args.party or ()}
    found = [
        agreement
        for agreement in in_window(ds.agreements, args)
        if parties <= set(agreement.parties) and args.kind in (None, agreement.kind.value)
    ]
    return records_output(ds, "agreements", found)
