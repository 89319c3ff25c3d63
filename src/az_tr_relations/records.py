"""The record types of the dataset: frozen, slotted, keyword-only attrs classes.

Every field carries its documentation in ``metadata["doc"]`` and an example value in
``metadata["example"]``; the data dictionary in the docs is generated from them.
References between records are ids (a `Visit.host` is a `Country.id`).
"""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from .dates import DateRange, PartialDate
from .errors import FieldError

__all__ = [
    "Agreement",
    "AgreementKind",
    "Citation",
    "Correction",
    "Council",
    "CorrectionOrigin",
    "CountQualifier",
    "Country",
    "Event",
    "EventKind",
    "Format",
    "FormatKind",
    "HeadOfMission",
    "Meeting",
    "MeetingLevel",
    "Mission",
    "MissionKind",
    "Office",
    "ParliamentaryGroup",
    "Person",
    "Place",
    "Principle",
    "Ratification",
    "Record",
    "Role",
    "Source",
    "Visit",
    "VisitCount",
    "VisitKind",
]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY_ID = re.compile(r"[A-Z]{2}")


def _doc(text: str, example: object, ref: str | None = None) -> dict[str, object]:
    """Field metadata: documentation, an example value and, for references, the collection referred to."""
    return {"doc": text, "example": example, "ref": ref}


def _invalid(attribute: attrs.Attribute[Any], problem: str) -> FieldError:
    return FieldError(attribute.name, problem)


def _slug(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _SLUG.fullmatch(value):
        raise _invalid(
            attribute, f"expected a lowercase slug like 'visit-2022-05-14-aliyev-rize', got {value!r}"
        )


def _optional_slug(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _slug(instance, attribute, value)


def _slugs(instance: Any, attribute: attrs.Attribute[Any], values: tuple[str, ...]) -> None:
    for value in values:
        _slug(instance, attribute, value)


def _country_id(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if not isinstance(value, str) or not _COUNTRY_ID.fullmatch(value):
        raise _invalid(attribute, f"expected an ISO 3166-1 alpha-2 code like 'AZ', got {value!r}")


def _optional_country_id(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _country_id(instance, attribute, value)


def _country_ids(instance: Any, attribute: attrs.Attribute[Any], values: tuple[str, ...]) -> None:
    for value in values:
        _country_id(instance, attribute, value)
    if len(set(values)) != len(values):
        raise _invalid(attribute, f"a country is listed twice in {values!r}")


def _iso3(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
        raise _invalid(attribute, f"expected an ISO 3166-1 alpha-3 code like 'AZE', got {value!r}")


def _record_id(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not (_SLUG.fullmatch(value) or _COUNTRY_ID.fullmatch(value)):
        raise _invalid(
            attribute, f"expected a record id (a slug, or a country code like 'TR'), got {value!r}"
        )


def _non_empty(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    if len(value) == 0:
        raise _invalid(attribute, "must not be empty")


def _text(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _invalid(attribute, f"expected non-blank text, got {value!r}")


def _texts(instance: Any, attribute: attrs.Attribute[Any], values: tuple[str, ...]) -> None:
    for value in values:
        _text(instance, attribute, value)


def _count(instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise _invalid(attribute, f"expected a whole number >= 0, got {value!r}")


def _date(instance: Any, attribute: attrs.Attribute[Any], value: PartialDate | None) -> None:
    if value is not None and not isinstance(value, PartialDate):
        raise _invalid(attribute, f"expected a PartialDate, got {value!r}")


def _end_after(start_field: str) -> Any:
    def check(instance: Any, attribute: attrs.Attribute[Any], end: PartialDate | None) -> None:
        _date(instance, attribute, end)
        start = getattr(instance, start_field)
        if end is not None and start is not None and end.latest < start.earliest:
            raise _invalid(attribute, f"{end} is before {start_field} {start}")

    return check


def _latitude(instance: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -90 <= value <= 90:
        raise _invalid(attribute, f"expected degrees in [-90, 90], got {value!r}")


def _longitude(instance: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -180 <= value <= 180:
        raise _invalid(attribute, f"expected degrees in [-180, 180], got {value!r}")


_CITATIONS_DOC = _doc(
    "Where the record comes from: at least one citation; inferred values are marked.",
    [{"source": "mfa-az-2022", "locator": "Political relations, para. 2"}],
)


# Closed vocabularies -------------------------------------------------------------------------


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


class _Shown:
    """Base of every record type: Jupyter shows a record as a table of its fields and citations."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from ._display import record_html

        return record_html(self)


# Provenance ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Source(_Shown):
    """A document that records are transcribed from.

    >>> Source(id="mfa-az-2022", title="Relations with Türkiye", publisher="MFA of Azerbaijan",
    ...        language="en", accessed=PartialDate.parse("2026-11-29")).language
    'en'
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "mfa-az-2022"))
    title: str = attrs.field(
        validator=_text, metadata=_doc("Title of the document.", "Relations with Türkiye")
    )
    publisher: str = attrs.field(
        validator=_text,
        metadata=_doc("Who published it.", "Ministry of Foreign Affairs of the Republic of Azerbaijan"),
    )
    url: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Address, where known.", "https://mfa.gov.az/")
    )
    language: str = attrs.field(validator=_text, metadata=_doc("ISO 639-1 language code.", "en"))
    accessed: PartialDate = attrs.field(
        validator=_date, metadata=_doc("When the document was read for this dataset.", "2026-11-29")
    )
    published: PartialDate | None = attrs.field(
        default=None,
        validator=_date,
        metadata=_doc(
            "When the document was written or last updated: its time-bound claims are true as of this date.",
            "2022",
        ),
    )
    note: str | None = attrs.field(
        default=None,
        validator=_text,
        metadata=_doc("What to know about the source.", "Original address not confirmed."),
    )


@attrs.frozen(kw_only=True)
class Citation(_Shown):
    """Where a record, or some of its fields, comes from.

    ``inferred=True`` marks a value the source implies but does not state.
    ``fields`` names the fields the citation is for; empty means the whole record.

    >>> import az_tr_relations as azt
    >>> embassy = azt.load("1.0.0").get("embassy-az-in-tr")
    >>> [(c.inferred, c.fields) for c in embassy.citations]
    [(False, ('kind', 'sending', 'receiving', 'opened')), (True, ('city',))]
    """

    source: str = attrs.field(
        validator=_slug, metadata=_doc("Id of the `Source`.", "mfa-az-2022", ref="sources")
    )
    locator: str = attrs.field(
        validator=_text, metadata=_doc("Section and paragraph in the source.", "Political relations, para. 2")
    )
    inferred: bool = attrs.field(
        default=False,
        validator=attrs.validators.instance_of(bool),
        metadata=_doc("True where the value is reasoned from the source, not stated by it.", False),
    )
    fields: tuple[str, ...] = attrs.field(
        default=(),
        validator=_texts,
        metadata=_doc("The record's fields this citation supports; empty for the whole record.", ["city"]),
    )
    note: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Why the value is inferred, or other remarks.", None)
    )


# Geography and people ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Country(_Shown):
    """A state, keyed by its ISO 3166-1 alpha-2 code.

    >>> import az_tr_relations as azt
    >>> tr = azt.load("1.0.0").country("Turkey")
    >>> tr.id, tr.iso3, tr.cow_code, tr.aliases[0]
    ('TR', 'TUR', 640, 'Turkey')
    """

    id: str = attrs.field(validator=_country_id, metadata=_doc("ISO 3166-1 alpha-2 code.", "TR"))
    name: str = attrs.field(validator=_text, metadata=_doc("Short name in English.", "Türkiye"))
    iso_name: str | None = attrs.field(
        default=None,
        validator=_text,
        metadata=_doc("The ISO 3166-1 short name, where it differs from `name`.", "Iran (Islamic Republic of)"),
    )
    official_name: str = attrs.field(
        validator=_text, metadata=_doc("Official name in English.", "Republic of Türkiye")
    )
    iso3: str = attrs.field(validator=_iso3, metadata=_doc("ISO 3166-1 alpha-3 code.", "TUR"))
    cow_code: int = attrs.field(validator=_count, metadata=_doc("Correlates of War state number.", 640))
    aliases: tuple[str, ...] = attrs.field(
        default=(), validator=_texts, metadata=_doc("Other names it is known by.", ["Turkey"])
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


@attrs.frozen(kw_only=True)
class Place(_Shown):
    """A city or site, with other spellings and approximate coordinates.

    >>> import az_tr_relations as azt
    >>> place = azt.load("1.0.0").place("Naxçıvan")
    >>> place.id, place.country, place.aliases
    ('nakhchivan', 'AZ', ('Nakhichevan', 'Naxçıvan', 'Nakhjavan'))
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "nakhchivan"))
    name: str = attrs.field(validator=_text, metadata=_doc("Name in English.", "Nakhchivan"))
    country: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` it lies in.", "AZ", ref="countries")
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), validator=_texts, metadata=_doc("Other spellings.", ["Nakhichevan", "Naxçıvan"])
    )
    latitude: float = attrs.field(validator=_latitude, metadata=_doc("Degrees north (WGS 84).", 39.21))
    longitude: float = attrs.field(validator=_longitude, metadata=_doc("Degrees east (WGS 84).", 45.41))
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


@attrs.frozen(kw_only=True)
class Office(_Shown):
    """An office a person holds or held; start and end where known.

    >>> import az_tr_relations as azt
    >>> (office,) = azt.load("1.1.0").person("Ilham Aliyev").offices
    >>> office.role.value, office.country, str(office.start), office.end
    ('president', 'AZ', '2003-10-31', None)
    """

    title: str = attrs.field(
        validator=_text, metadata=_doc("Title of the office.", "President of the Republic of Azerbaijan")
    )
    role: Role = attrs.field(
        validator=attrs.validators.instance_of(Role), metadata=_doc("The kind of office.", "president")
    )
    country: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` of the state.", "AZ", ref="countries")
    )
    start: PartialDate | None = attrs.field(
        default=None, validator=_date, metadata=_doc("Took office.", "2003-10-31")
    )
    end: PartialDate | None = attrs.field(
        default=None, validator=_end_after("start"), metadata=_doc("Left office.", None)
    )


@attrs.frozen(kw_only=True)
class Person(_Shown):
    """A person named in the dataset.

    >>> import az_tr_relations as azt
    >>> erdogan = azt.load("1.0.0").person("Erdogan")
    >>> erdogan.id, erdogan.name
    ('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan')
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "ilham-aliyev"))
    name: str = attrs.field(validator=_text, metadata=_doc("Name in English.", "Ilham Aliyev"))
    native_name: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Name in the person's own language.", "İlham Əliyev")
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), validator=_texts, metadata=_doc("Other spellings.", ["Ilham Aliev"])
    )
    description: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Who the person is, in our words.", None)
    )
    offices: tuple[Office, ...] = attrs.field(
        default=(), metadata=_doc("Offices held, as far as the sources say.", [])
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


# Dated records --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Event(_Shown):
    """A milestone: independence, recognition, the establishment of relations, a war.

    >>> import az_tr_relations as azt
    >>> war = azt.load("1.0.0").get("event-2020-09-27-44-day-war")
    >>> war.kind.value, str(war.span)
    ('war', '2020-09-27/2020-11-10')
    """

    id: str = attrs.field(
        validator=_slug, metadata=_doc("Stable identifier.", "event-1992-01-14-diplomatic-relations")
    )
    kind: EventKind = attrs.field(
        validator=attrs.validators.instance_of(EventKind),
        metadata=_doc("What happened.", "diplomatic_relations"),
    )
    title: str = attrs.field(
        validator=_text, metadata=_doc("Short name.", "Diplomatic relations established")
    )
    start: PartialDate = attrs.field(
        validator=_date, metadata=_doc("When it happened or began.", "1992-01-14")
    )
    end: PartialDate | None = attrs.field(
        default=None, validator=_end_after("start"), metadata=_doc("When it ended, for spans.", None)
    )
    countries: tuple[str, ...] = attrs.field(
        validator=_country_ids, metadata=_doc("`Country.id`s involved.", ["AZ", "TR"], ref="countries")
    )
    actor: str | None = attrs.field(
        default=None,
        validator=_optional_country_id,
        metadata=_doc(
            "`Country.id` of the state that acted (the recognizing state), where one did.",
            "TR",
            ref="countries",
        ),
    )
    ordinal: int | None = attrs.field(
        default=None,
        validator=_count,
        metadata=_doc("Rank the source gives the act (1 = the first state to do it).", 1),
    )
    place: str | None = attrs.field(
        default=None, validator=_optional_slug, metadata=_doc("`Place.id`, where stated.", None, ref="places")
    )
    summary: str = attrs.field(
        validator=_text, metadata=_doc("What it was, in our words.", "Relations established.")
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)

    @property
    def span(self) -> DateRange:
        """`start` to `end` as a `DateRange`."""
        return DateRange(start=self.start, end=self.end)


@attrs.frozen(kw_only=True)
class Mission(_Shown):
    """An embassy or consulate general that one state keeps in the other.

    >>> import az_tr_relations as azt
    >>> m = azt.load("1.0.0").get("consulate-az-in-kars")
    >>> m.kind.value, m.sending, m.receiving, m.city
    ('consulate_general', 'AZ', 'TR', 'kars')
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "embassy-az-in-tr"))
    kind: MissionKind = attrs.field(
        validator=attrs.validators.instance_of(MissionKind),
        metadata=_doc("Embassy or consulate general.", "embassy"),
    )
    sending: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` that keeps the mission.", "AZ", ref="countries")
    )
    receiving: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` it is located in.", "TR", ref="countries")
    )
    city: str | None = attrs.field(
        default=None,
        validator=_optional_slug,
        metadata=_doc("`Place.id` of its seat.", "ankara", ref="places"),
    )
    opened: PartialDate | None = attrs.field(
        default=None, validator=_date, metadata=_doc("When it opened, where stated.", "1992-08")
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)

    @property
    def span(self) -> DateRange | None:
        """The opening date as a `DateRange`, or None when unknown."""
        return None if self.opened is None else DateRange(start=self.opened)


def _term_start(instance: HeadOfMission, attribute: attrs.Attribute[Any], value: PartialDate | None) -> None:
    _date(instance, attribute, value)
    if instance.appointed is None and instance.credentials is None and value is None:
        raise _invalid(attribute, "a term needs at least one of appointed, credentials or first_seen")


def _term_end(instance: HeadOfMission, attribute: attrs.Attribute[Any], value: PartialDate | None) -> None:
    _date(instance, attribute, value)
    start = instance.credentials or instance.appointed or instance.first_seen
    for name in ("last_seen", "ended"):
        end = getattr(instance, name)
        if start is not None and end is not None and end.latest < start.earliest:
            raise FieldError(name, f"{end} is before the start of the term {start}")


@attrs.frozen(kw_only=True)
class HeadOfMission(_Shown):
    """One person's term at the head of a mission (an ambassador at an embassy, a consul general).

    The term counts from the presentation of credentials, else from the appointment, else from
    the first date a source shows the person in office (`first_seen`); it ends when the mission
    ended, else at the last date a source shows the person in office (`last_seen`).

    >>> head = HeadOfMission(id="head-1", person="erkan-ozoral", mission="embassy-tr-in-az",
    ...     first_seen=PartialDate.parse("2016"), ended=PartialDate.parse("2021-04-16"),
    ...     citations=(Citation(source="s", locator="article"),))
    >>> str(head.span)
    '2016/2021-04-16'
    """

    id: str = attrs.field(
        validator=_slug, metadata=_doc("Stable identifier.", "head-embassy-tr-in-az-erkan-ozoral")
    )
    person: str = attrs.field(
        validator=_slug, metadata=_doc("`Person.id` of the head of mission.", "erkan-ozoral", ref="people")
    )
    mission: str = attrs.field(
        validator=_slug, metadata=_doc("`Mission.id` headed.", "embassy-tr-in-az", ref="missions")
    )
    title: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Title held, where stated.", "Ambassador")
    )
    appointed: PartialDate | None = attrs.field(
        default=None, validator=_date, metadata=_doc("When the sending state appointed them.", "2021-04-03")
    )
    credentials: PartialDate | None = attrs.field(
        default=None,
        validator=_date,
        metadata=_doc("When they presented credentials to the receiving head of state.", "2021-05-03"),
    )
    first_seen: PartialDate | None = attrs.field(
        default=None,
        validator=_term_start,
        metadata=_doc("Earliest date a source shows them in office, where the start is not known.", "2016"),
    )
    last_seen: PartialDate | None = attrs.field(
        default=None,
        validator=_date,
        metadata=_doc("Latest date a source shows them in office, where the end is not known.", "2025-10-07"),
    )
    ended: PartialDate | None = attrs.field(
        default=None,
        validator=_term_end,
        metadata=_doc("When the mission ended (departure, recall).", "2021-04-16"),
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)

    @property
    def start(self) -> PartialDate:
        """Where the term begins: credentials, else appointment, else the first date seen in office."""
        start = self.credentials or self.appointed or self.first_seen
        assert start is not None  # the validator requires one
        return start

    @property
    def end(self) -> PartialDate | None:
        """Where the term ends as far as known: `ended`, else `last_seen`, else None."""
        return self.ended or self.last_seen

    @property
    def span(self) -> DateRange:
        """`start` to `end` as a `DateRange`."""
        return DateRange(start=self.start, end=self.end)


@attrs.frozen(kw_only=True)
class Visit(_Shown):
    """One visit by a leader of one state to the other.

    >>> import az_tr_relations as azt
    >>> v = azt.load("1.0.0").get("visit-2022-05-14-aliyev-rize")
    >>> v.visitor, v.origin, v.host, v.place, str(v.start)
    ('ilham-aliyev', 'AZ', 'TR', 'rize', '2022-05-14')
    """

    id: str = attrs.field(
        validator=_slug, metadata=_doc("Stable identifier.", "visit-2022-05-14-aliyev-rize")
    )
    visitor: str = attrs.field(
        validator=_slug, metadata=_doc("`Person.id` of the visitor.", "ilham-aliyev", ref="people")
    )
    office: Role = attrs.field(
        validator=attrs.validators.instance_of(Role),
        metadata=_doc("The office the visitor travelled in.", "president"),
    )
    origin: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` the visitor represents.", "AZ", ref="countries")
    )
    host: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` visited.", "TR", ref="countries")
    )
    place: str | None = attrs.field(
        default=None, validator=_optional_slug, metadata=_doc("`Place.id` visited.", "rize", ref="places")
    )
    start: PartialDate = attrs.field(validator=_date, metadata=_doc("First day of the visit.", "2022-05-14"))
    end: PartialDate | None = attrs.field(
        default=None,
        validator=_end_after("start"),
        metadata=_doc("Last day, for visits of several days.", None),
    )
    kind: VisitKind = attrs.field(
        validator=attrs.validators.instance_of(VisitKind),
        default=VisitKind.UNKNOWN,
        metadata=_doc("Protocol level.", "working"),
    )
    occasion: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Why, in our words.", "Opening of Rize-Artvin Airport")
    )
    multilateral: bool | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(bool)),
        metadata=_doc(
            "True when the visitor came for a multilateral event the host held (a summit, a congress); "
            "False for a bilateral visit; None where not recorded.",
            False,
        ),
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)

    @property
    def span(self) -> DateRange:
        """`start` to `end` as a `DateRange`."""
        return DateRange(start=self.start, end=self.end)


def _period_end(instance: VisitCount, attribute: attrs.Attribute[Any], end: PartialDate) -> None:
    _date(instance, attribute, end)
    if end.latest < instance.period_start.earliest:
        raise _invalid(attribute, f"{end} is before period_start {instance.period_start}")


@attrs.frozen(kw_only=True)
class VisitCount(_Shown):
    """An aggregate claim about visits ("more than 42 visits in 1994-2022"), kept as a claim.

    >>> import az_tr_relations as azt
    >>> c = azt.load("1.0.0").get("visit-count-az-to-tr-1994-2022")
    >>> c.qualifier.value, c.count, str(c.period_start), str(c.period_end)
    ('more_than', 42, '1994', '2022')
    """

    id: str = attrs.field(
        validator=_slug, metadata=_doc("Stable identifier.", "visit-count-az-to-tr-1994-2022")
    )
    origin: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` of the visitors.", "AZ", ref="countries")
    )
    host: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` visited.", "TR", ref="countries")
    )
    office: Role = attrs.field(
        validator=attrs.validators.instance_of(Role), metadata=_doc("Office of the visitors.", "president")
    )
    period_start: PartialDate = attrs.field(validator=_date, metadata=_doc("First year counted.", "1994"))
    period_end: PartialDate = attrs.field(validator=_period_end, metadata=_doc("Last year counted.", "2022"))
    count: int = attrs.field(validator=_count, metadata=_doc("The number stated.", 42))
    qualifier: CountQualifier = attrs.field(
        validator=attrs.validators.instance_of(CountQualifier),
        metadata=_doc("How the number is stated.", "more_than"),
    )
    kinds: tuple[VisitKind, ...] = attrs.field(
        default=(), metadata=_doc("Kinds of visit counted; empty for any kind.", ["official", "working"])
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


@attrs.frozen(kw_only=True)
class Ratification(_Shown):
    """Approval of an agreement by one state's body.

    >>> import az_tr_relations as azt
    >>> shusha = azt.load("1.1.0").get("agreement-2021-06-15-shusha-declaration")
    >>> [(r.country, str(r.date)) for r in shusha.ratifications]
    [('AZ', '2022-02-01'), ('TR', '2022-02-03')]
    """

    country: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` that ratified.", "AZ", ref="countries")
    )
    body: str = attrs.field(validator=_text, metadata=_doc("The ratifying body.", "Milli Majlis"))
    date: PartialDate | None = attrs.field(
        default=None, validator=_date, metadata=_doc("When, where stated.", "2022-02-01")
    )
    votes_for: int | None = attrs.field(
        default=None, validator=_count, metadata=_doc("Votes in favour, where stated.", 266)
    )
    votes_against: int | None = attrs.field(
        default=None, validator=_count, metadata=_doc("Votes against, where stated.", 11)
    )
    instrument: str | None = attrs.field(
        default=None,
        validator=_text,
        metadata=_doc("The law, decree or decision that approved it, where stated.", "Law No. 7260"),
    )
    published: PartialDate | None = attrs.field(
        default=None,
        validator=_date,
        metadata=_doc("When the approval was published in the official gazette, where stated.", "2021-01-19"),
    )


@attrs.frozen(kw_only=True)
class Agreement(_Shown):
    """A signed declaration, agreement or treaty, with its ratifications.

    >>> import az_tr_relations as azt
    >>> shusha = azt.load("1.0.0").get("agreement-2021-06-15-shusha-declaration")
    >>> shusha.kind.value, str(shusha.signed), shusha.place, shusha.parties
    ('declaration', '2021-06-15', 'shusha', ('AZ', 'TR'))
    """

    id: str = attrs.field(
        validator=_slug, metadata=_doc("Stable identifier.", "agreement-2021-06-15-shusha-declaration")
    )
    title: str = attrs.field(validator=_text, metadata=_doc("Name of the document.", "Shusha Declaration"))
    kind: AgreementKind = attrs.field(
        validator=attrs.validators.instance_of(AgreementKind),
        metadata=_doc("Form of the document.", "declaration"),
    )
    signed: PartialDate = attrs.field(validator=_date, metadata=_doc("When it was signed.", "2021-06-15"))
    place: str | None = attrs.field(
        default=None,
        validator=_optional_slug,
        metadata=_doc("`Place.id` of signing.", "shusha", ref="places"),
    )
    parties: tuple[str, ...] = attrs.field(
        validator=_country_ids, metadata=_doc("`Country.id`s of the parties.", ["AZ", "TR"], ref="countries")
    )
    signatories: tuple[str, ...] = attrs.field(
        default=(),
        validator=_slugs,
        metadata=_doc("`Person.id`s of the signers, where known.", ["ilham-aliyev"], ref="people"),
    )
    witnesses: tuple[str, ...] = attrs.field(
        default=(),
        validator=_slugs,
        metadata=_doc(
            "`Person.id`s of the leaders in whose presence it was signed, where stated.",
            ["recep-tayyip-erdogan"],
            ref="people",
        ),
    )
    ratifications: tuple[Ratification, ...] = attrs.field(
        default=(), metadata=_doc("Approvals by the states' bodies (ratifications, laws, decrees).", [])
    )
    in_force: PartialDate | None = attrs.field(
        default=None, validator=_date, metadata=_doc("When it entered into force, where stated.", "2021-03-01")
    )
    summary: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("What it does, in our words.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)

    @property
    def span(self) -> DateRange:
        """The signing date as a `DateRange`."""
        return DateRange(start=self.signed)


@attrs.frozen(kw_only=True)
class Council(_Shown):
    """A standing intergovernmental council.

    >>> import az_tr_relations as azt
    >>> council = azt.load("1.0.0").get("council-hlscc")
    >>> council.meeting_count, council.meeting_count_qualifier.value   # as of its source (2022)
    (8, 'exactly')
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "council-hlscc"))
    name: str = attrs.field(
        validator=_text, metadata=_doc("Name in English.", "High-Level Strategic Cooperation Council")
    )
    countries: tuple[str, ...] = attrs.field(
        validator=_country_ids, metadata=_doc("Member `Country.id`s.", ["AZ", "TR"], ref="countries")
    )
    established_by: str | None = attrs.field(
        default=None,
        validator=_optional_slug,
        metadata=_doc(
            "`Agreement.id` that set it up.", "agreement-2010-09-15-hlscc-declaration", ref="agreements"
        ),
    )
    meeting_count: int | None = attrs.field(
        default=None,
        validator=_count,
        metadata=_doc("Number of meetings as the source states it (true as of the source's date).", 8),
    )
    meeting_count_qualifier: CountQualifier | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(CountQualifier)),
        metadata=_doc("How `meeting_count` is stated.", "exactly"),
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


@attrs.frozen(kw_only=True)
class Meeting(_Shown):
    """One meeting of a council.

    >>> import az_tr_relations as azt
    >>> meeting = azt.load("1.1.0").get("meeting-hlscc-8")
    >>> meeting.council, meeting.number, str(meeting.date), meeting.place
    ('council-hlscc', 8, '2020-02-25', 'baku')
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "meeting-hlscc-8"))
    council: str = attrs.field(
        validator=_slug,
        metadata=_doc(
            "`Council.id`, or `Format.id` for a meeting of a multilateral format.",
            "council-hlscc",
            ref="councils|formats",
        ),
    )
    number: int | None = attrs.field(
        default=None, validator=_count, metadata=_doc("Ordinal of the meeting.", 8)
    )
    date: PartialDate = attrs.field(validator=_date, metadata=_doc("When it met.", "2020-02-25"))
    end: PartialDate | None = attrs.field(
        default=None, validator=_end_after("date"), metadata=_doc("Last day, for meetings of several days.", None)
    )
    place: str | None = attrs.field(
        default=None,
        validator=_optional_slug,
        metadata=_doc("`Place.id` where it met.", "baku", ref="places"),
    )
    level: MeetingLevel | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(MeetingLevel)),
        metadata=_doc("Who met, where a format meets at several levels.", "foreign_ministers"),
    )
    summary: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("What it adopted or decided, in our words.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)

    @property
    def span(self) -> DateRange:
        """`date` to `end` as a `DateRange`."""
        return DateRange(start=self.date, end=self.end)


@attrs.frozen(kw_only=True)
class ParliamentaryGroup(_Shown):
    """A parliament's group for relations with the other state.

    >>> import az_tr_relations as azt
    >>> group = azt.load("1.0.0").get("group-milli-majlis-az-tr")
    >>> group.parliament, group.leader, group.members
    ('Milli Majlis', 'ahliman-amiraslanov', 59)
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "group-milli-majlis-az-tr"))
    parliament: str = attrs.field(
        validator=_text, metadata=_doc("The parliament it sits in.", "Milli Majlis")
    )
    country: str = attrs.field(
        validator=_country_id, metadata=_doc("`Country.id` of the parliament.", "AZ", ref="countries")
    )
    name: str = attrs.field(
        validator=_text, metadata=_doc("Name of the group.", "Working Group on Azerbaijan-Türkiye relations")
    )
    leader: str | None = attrs.field(
        default=None,
        validator=_optional_slug,
        metadata=_doc("`Person.id` of its leader.", "ahliman-amiraslanov", ref="people"),
    )
    members: int | None = attrs.field(
        default=None, validator=_count, metadata=_doc("Number of members, where stated.", 59)
    )
    board_members: int | None = attrs.field(
        default=None, validator=_count, metadata=_doc("Number of board members, where stated.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


@attrs.frozen(kw_only=True)
class Format(_Shown):
    """A multilateral format that Azerbaijan and Türkiye take part in.

    >>> import az_tr_relations as azt
    >>> [f.id for f in azt.load("1.0.0").formats if f.kind is FormatKind.QUADRILATERAL]
    ['format-az-tr-ir-ge']
    """

    id: str = attrs.field(validator=_slug, metadata=_doc("Stable identifier.", "format-az-tr-ge"))
    name: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Name, where the format has one.", "3+3 regional platform")
    )
    kind: FormatKind = attrs.field(
        validator=attrs.validators.instance_of(FormatKind),
        metadata=_doc("Trilateral or quadrilateral.", "trilateral"),
    )
    countries: tuple[str, ...] = attrs.field(
        validator=_country_ids, metadata=_doc("Member `Country.id`s.", ["AZ", "TR", "GE"], ref="countries")
    )
    first_meeting: PartialDate | None = attrs.field(
        default=None, validator=_date, metadata=_doc("Date of its first meeting, where known.", None)
    )
    first_meeting_place: str | None = attrs.field(
        default=None,
        validator=_optional_slug,
        metadata=_doc("`Place.id` of its first meeting, where known.", None, ref="places"),
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


@attrs.frozen(kw_only=True)
class Principle(_Shown):
    """A guiding phrase of the relationship and who it is credited to.

    >>> import az_tr_relations as azt
    >>> p = azt.load("1.0.0").get("principle-one-nation-two-states")
    >>> p.text, p.attributed_to
    ('one nation, two states', 'heydar-aliyev')
    """

    id: str = attrs.field(
        validator=_slug, metadata=_doc("Stable identifier.", "principle-one-nation-two-states")
    )
    text: str = attrs.field(validator=_text, metadata=_doc("The phrase.", "one nation, two states"))
    attributed_to: str = attrs.field(
        validator=_slug, metadata=_doc("`Person.id` it is credited to.", "heydar-aliyev", ref="people")
    )
    note: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("Context, in our words.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)


def _wrong_in(instance: Correction, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """`data_version` names the data version for a dataset's own error; `published_in` the source for a source's."""
    if value is not None and (not isinstance(value, str) or not re.fullmatch(r"\d+\.\d+\.\d+", value)):
        raise _invalid(attribute, f"expected a data version like '1.1.0', got {value!r}")
    if instance.origin is CorrectionOrigin.SOURCE and instance.published_in is None:
        raise FieldError("published_in", "a source's error needs the id of the source that printed it")
    if instance.origin is CorrectionOrigin.DATASET and value is None:
        raise _invalid(attribute, "a dataset's own error needs the data version that carried it")


@attrs.frozen(kw_only=True)
class Correction(_Shown):
    """A value a source printed wrongly, and the corrected value the dataset carries instead.

    The corrected record holds the corrected value; this record keeps the published one visible,
    with the source that printed it (`published_in`) and, in `citations`, the sources of the
    correction.

    >>> import az_tr_relations as azt
    >>> (fix,) = azt.load("1.1.0").corrections_for("visit-2022-01-28-erdogan-baku")
    >>> fix.field, fix.published, fix.corrected, fix.published_in
    ('start', '2022-01-28', '2022-05-28', 'mfa-az-relations-tr-2022')
    """

    id: str = attrs.field(
        validator=_slug, metadata=_doc("Stable identifier.", "correction-visit-2022-01-28-erdogan-baku-start")
    )
    record: str = attrs.field(
        validator=_record_id,
        metadata=_doc("Id of the corrected record (any collection).", "visit-2022-01-28-erdogan-baku"),
    )
    field: str = attrs.field(validator=_text, metadata=_doc("The corrected field of that record.", "start"))
    origin: CorrectionOrigin = attrs.field(
        default=CorrectionOrigin.SOURCE,
        validator=attrs.validators.instance_of(CorrectionOrigin),
        metadata=_doc(
            "Whose error: `source` (a source printed it) or `dataset` (an earlier data version carried it).",
            "source",
        ),
    )
    published: str = attrs.field(
        validator=_text,
        metadata=_doc(
            "The wrong value as the source printed it, or as the earlier data version held it (JSON text form).",
            "2022-01-28",
        ),
    )
    published_in: str | None = attrs.field(
        default=None,
        validator=_optional_slug,
        metadata=_doc(
            "`Source.id` that printed it (required when `origin` is `source`).",
            "mfa-az-relations-tr-2022",
            ref="sources",
        ),
    )
    data_version: str | None = attrs.field(
        default=None,
        validator=_wrong_in,
        metadata=_doc(
            "The first data version that carried the wrong value (required when `origin` is `dataset`).",
            "1.1.0",
        ),
    )
    corrected: str = attrs.field(
        validator=_text,
        metadata=_doc("The corrected value, as the record now holds it (JSON text form).", "2022-05-28"),
    )
    note: str | None = attrs.field(
        default=None, validator=_text, metadata=_doc("What was wrong, in our words.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(validator=_non_empty, metadata=_CITATIONS_DOC)

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the sources behind the corrected value."""
        return tuple(dict.fromkeys(c.source for c in self.citations))


Record = (
    Source
    | Country
    | Place
    | Person
    | Event
    | Mission
    | HeadOfMission
    | Visit
    | VisitCount
    | Agreement
    | Council
    | Meeting
    | ParliamentaryGroup
    | Format
    | Principle
    | Correction
)
"""Any record that has an id."""
