"""Visitors and signatories held an office on the day: a check of every visit and agreement whose
person has offices recorded.

A visitor must hold an office of the visit's role for its country of origin at some time during
the visit; a signatory or a witness must hold an office of one of the agreement's parties on the
signing date. Partial dates count by every day they may stand for, so an office known to the year
and a visit known to the month are checked for overlap, not for certainty. A person without any
office recorded is not checked (data versions before 1.2.0 record few offices).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..dates import PartialDate
from ..errors import Problem
from ..records import Agreement, Person, Role, Visit

__all__ = ["check"]


def _may_hold(person: Person, countries: Sequence[str], role: Role | None, first: int, last: int) -> bool:
    """Whether `person` may hold an office of `countries` (with `role`, unless None) on a day of first..last."""
    for office in person.offices:
        if office.country not in countries or (role is not None and office.role is not role):
            continue
        if office.start is not None and office.start._first_day() > last:
            continue
        if office.end is not None and office.end._last_day() < first:
            continue
        return True
    return False


def _offices(person: Person) -> str:
    listed = ", ".join(
        f"{o.role.value} of {o.country} {o.start or '?'}/{o.end or ''}".rstrip("/") for o in person.offices
    )
    return f"(offices: {listed})"


def check(collections: Mapping[str, Sequence[Any]], people: Mapping[str, Any]) -> list[Problem]:
    """Problems with the offices of visitors, signatories and witnesses."""
    problems = []
    for index, visit in enumerate(collections["visits"]):
        assert isinstance(visit, Visit)
        person = people.get(visit.visitor)
        if not isinstance(person, Person) or not person.offices:
            continue
        last = (visit.end or visit.start)._last_day()
        if not _may_hold(person, (visit.origin,), visit.office, visit.start._first_day(), last):
            message = (
                f"{person.id} held no office {visit.office.value!r} of {visit.origin} "
                f"during {visit.span} {_offices(person)}"
            )
            problems.append(Problem(message, where="visits", path=f"$[{index}].visitor"))
    for index, agreement in enumerate(collections["agreements"]):
        assert isinstance(agreement, Agreement)
        signed: PartialDate = agreement.signed
        for field in ("signatories", "witnesses"):
            for position, person_id in enumerate(getattr(agreement, field)):
                person = people.get(person_id)
                if not isinstance(person, Person) or not person.offices:
                    continue
                if not _may_hold(person, agreement.parties, None, signed._first_day(), signed._last_day()):
                    message = f"{person_id} held no office of a party on {signed} {_offices(person)}"
                    problems.append(
                        Problem(message, where="agreements", path=f"$[{index}].{field}[{position}]")
                    )
    return problems
