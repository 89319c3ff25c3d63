"""States and places."""

from __future__ import annotations

import attrs

from ._fields import (
    CITATIONS,
    COUNT,
    COUNTRY,
    ISO3,
    LATITUDE,
    LONGITUDE,
    SLUG,
    TEXT,
    Record,
    doc,
    instance_of,
    optional,
    to_tuple,
    tuple_of,
)
from .sources import Citation

__all__ = ["Country", "Place"]


@attrs.frozen(kw_only=True)
class Country(Record):
    """A state, keyed by its ISO 3166-1 alpha-2 code.

    >>> import az_tr_relations as azt
    >>> tr = azt.load("1.0.0").country("Turkey")
    >>> tr.id, tr.iso3, tr.cow_code, tr.aliases[0]
    ('TR', 'TUR', 640, 'Turkey')
    """

    id: str = attrs.field(validator=COUNTRY, metadata=doc("ISO 3166-1 alpha-2 code.", "TR"))
    name: str = attrs.field(validator=TEXT, metadata=doc("Short name in English.", "Türkiye"))
    iso_name: str | None = attrs.field(
        default=None,
        validator=optional(TEXT),
        metadata=doc(
            "The ISO 3166-1 short name, where it differs from `name`.", "Iran (Islamic Republic of)"
        ),
    )
    official_name: str = attrs.field(
        validator=TEXT, metadata=doc("Official name in English.", "Republic of Türkiye")
    )
    iso3: str = attrs.field(validator=ISO3, metadata=doc("ISO 3166-1 alpha-3 code.", "TUR"))
    cow_code: int = attrs.field(validator=COUNT, metadata=doc("Correlates of War state number.", 640))
    aliases: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(TEXT),
        default=(),
        metadata=doc("Other names it is known by.", ["Turkey"]),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )


@attrs.frozen(kw_only=True)
class Place(Record):
    """A city or site, with other spellings and approximate coordinates.

    >>> import az_tr_relations as azt
    >>> place = azt.load("1.0.0").place("Naxçıvan")
    >>> place.id, place.country, place.aliases
    ('nakhchivan', 'AZ', ('Nakhichevan', 'Naxçıvan', 'Nakhjavan'))
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "nakhchivan"))
    name: str = attrs.field(validator=TEXT, metadata=doc("Name in English.", "Nakhchivan"))
    country: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` it lies in.", "AZ", ref="countries")
    )
    aliases: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(TEXT),
        default=(),
        metadata=doc("Other spellings.", ["Nakhichevan", "Naxçıvan"]),
    )
    latitude: float = attrs.field(validator=LATITUDE, metadata=doc("Degrees north (WGS 84).", 39.21))
    longitude: float = attrs.field(validator=LONGITUDE, metadata=doc("Degrees east (WGS 84).", 45.41))
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )
