"""The record types of the dataset: frozen, slotted, keyword-only attrs classes that validate
every field on construction.

Every field carries its documentation in ``metadata["doc"]``, an example value in
``metadata["example"]`` and, for a reference to another record, the collection it refers to in
``metadata["ref"]`` (a `Visit.host` is a `Country.id`); the data dictionary in the docs is
generated from them. Lists given for tuple fields become tuples.
"""

from __future__ import annotations

from . import agreements, bodies, diplomacy, events, people, places, sources, vocabularies
from ._fields import Record
from .agreements import *
from .bodies import *
from .diplomacy import *
from .events import *
from .people import *
from .places import *
from .sources import *
from .vocabularies import *

__all__ = ["Record"]
__all__ += vocabularies.__all__
__all__ += sources.__all__
__all__ += places.__all__
__all__ += people.__all__
__all__ += events.__all__
__all__ += diplomacy.__all__
__all__ += agreements.__all__
__all__ += bodies.__all__
