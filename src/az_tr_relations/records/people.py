"""People and the offices they hold."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ._fields import (
    CITATIONS,
    COUNTRY,
    DATE,
    NOTE,
    SLUG,
    TEXT,
    Record,
    Shown,
    doc,
    end_after,
    instance_of,
    one_of,
    optional,
    to_tuple,
    tuple_of,
)
from .sources import Citation
from .vocabularies import Role

__all__ = ["Office", "Person"]


@attrs.frozen(kw_only=True)
class Office(Shown):
    """An office a person holds or held; start and end where known.

    >>> import az_tr_relations as azt
    >>> (office,) = azt.load("1.1.0").person("Ilham Aliyev").offices
    >>> office.role.value, office.country, str(office.start), office.end
    ('president', 'AZ', '2003-10-31', None)
    """

    title: str = attrs.field(
        validator=TEXT, metadata=doc("Title of the office.", "President of the Republic of Azerbaijan")
    )
    role: Role = attrs.field(validator=one_of(Role), metadata=doc("The kind of office.", "president"))
    country: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` of the state.", "AZ", ref="countries")
    )
    start: PartialDate | None = attrs.field(
        default=None, validator=optional(DATE), metadata=doc("Took office.", "2003-10-31")
    )
    end: PartialDate | None = attrs.field(
        default=None, validator=end_after("start"), metadata=doc("Left office.", None)
    )


@attrs.frozen(kw_only=True)
class Person(Record):
    """A person named in the dataset.

    >>> import az_tr_relations as azt
    >>> erdogan = azt.load("1.0.0").person("Erdogan")
    >>> erdogan.id, erdogan.name
    ('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan')
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "ilham-aliyev"))
    name: str = attrs.field(validator=TEXT, metadata=doc("Name in English.", "Ilham Aliyev"))
    native_name: str | None = attrs.field(
        default=None,
        validator=optional(TEXT),
        metadata=doc("Name in the person's own language.", "İlham Əliyev"),
    )
    aliases: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(TEXT),
        default=(),
        metadata=doc("Other spellings.", ["Ilham Aliev"]),
    )
    description: str | None = attrs.field(
        default=None, validator=optional(NOTE), metadata=doc("Who the person is, in our words.", None)
    )
    offices: tuple[Office, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(instance_of(Office)),
        default=(),
        metadata=doc("Offices held, as far as the sources say.", []),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )
