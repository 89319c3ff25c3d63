"""The closed vocabularies of the records: each an `enum.Enum` whose JSON form is its value."""

from __future__ import annotations

import enum

__all__ = [
    "AgreementKind",
    "CorrectionOrigin",
    "CountQualifier",
    "EventKind",
    "FormatKind",
    "MeetingLevel",
    "MissionKind",
    "Role",
    "VisitKind",
]


class MissionKind(enum.Enum):
    """What kind of diplomatic mission.

    >>> MissionKind("consulate_general")
    <MissionKind.CONSULATE_GENERAL: 'consulate_general'>
    """

    EMBASSY = "embassy"
    CONSULATE_GENERAL = "consulate_general"
    HONORARY_CONSULATE = "honorary_consulate"


class VisitKind(enum.Enum):
    """The protocol level of a visit; `UNKNOWN` where the source does not say.

    >>> import az_tr_relations as azt
    >>> azt.load("1.1.0").get("visit-1994-02-08-heydar-aliyev-ankara").kind
    <VisitKind.OFFICIAL: 'official'>
    """

    STATE = "state"
    OFFICIAL = "official"
    WORKING = "working"
    UNKNOWN = "unknown"


class CountQualifier(enum.Enum):
    """How an aggregate count is stated: "8 in total", "more than 42", "at least 3".

    >>> import az_tr_relations as azt
    >>> claim = azt.load("1.0.0").get("visit-count-az-to-tr-1994-2022")
    >>> claim.qualifier, claim.count
    (<CountQualifier.MORE_THAN: 'more_than'>, 42)
    """

    EXACTLY = "exactly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"


class EventKind(enum.Enum):
    """What happened.

    >>> import az_tr_relations as azt
    >>> [e.kind.value for e in azt.load("1.0.0").events_between("2020", "2020")]
    ['war']
    """

    INDEPENDENCE = "independence"
    INDEPENDENCE_RESTORED = "independence_restored"
    RECOGNITION = "recognition"
    DIPLOMATIC_RELATIONS = "diplomatic_relations"
    OCCUPATION = "occupation"
    WAR = "war"
    ELECTION = "election"
    INAUGURATION = "inauguration"


class AgreementKind(enum.Enum):
    """The form of a signed document.

    >>> AgreementKind("declaration") is AgreementKind.DECLARATION
    True
    """

    DECLARATION = "declaration"
    AGREEMENT = "agreement"
    TREATY = "treaty"
    PROTOCOL = "protocol"
    MEMORANDUM = "memorandum"
    STATEMENT = "statement"


class FormatKind(enum.Enum):
    """How many states a multilateral format joins.

    >>> import az_tr_relations as azt
    >>> fmt = azt.load("1.0.0").get("format-az-tr-ge")
    >>> fmt.kind.value, fmt.countries
    ('trilateral', ('AZ', 'TR', 'GE'))
    """

    TRILATERAL = "trilateral"
    QUADRILATERAL = "quadrilateral"
    MULTILATERAL = "multilateral"


class Role(enum.Enum):
    """The office a person holds when acting for a state.

    >>> import az_tr_relations as azt
    >>> azt.load("1.0.0").get("visit-2022-05-14-aliyev-rize").office
    <Role.PRESIDENT: 'president'>
    """

    PRESIDENT = "president"
    PRIME_MINISTER = "prime_minister"
    SPEAKER = "speaker"
    VICE_PRESIDENT = "vice_president"
    FOREIGN_MINISTER = "foreign_minister"
    MINISTER = "minister"
    OTHER = "other"


class MeetingLevel(enum.Enum):
    """Who meets: the level of a format's or council's meeting.

    >>> MeetingLevel("foreign_ministers").value
    'foreign_ministers'
    """

    HEADS_OF_STATE = "heads_of_state"
    SPEAKERS = "speakers"
    FOREIGN_MINISTERS = "foreign_ministers"
    DEFENCE_MINISTERS = "defence_ministers"
    MINISTERS = "ministers"
    DEPUTY_FOREIGN_MINISTERS = "deputy_foreign_ministers"


class CorrectionOrigin(enum.Enum):
    """Whose error a correction mends: a source's printed value, or an earlier data version's.

    >>> CorrectionOrigin("dataset").value
    'dataset'
    """

    SOURCE = "source"
    DATASET = "dataset"
