"""The record types of the dataset: frozen, slotted, keyword-only attrs classes that validate
every field on construction.

Each module lists its types in ``__all__``; this package re-exports them all (and so does the
package root). Every field carries its documentation in ``metadata["doc"]``, an example value in
``metadata["example"]`` and, for a reference to another record, the collection it refers to in
``metadata["ref"]`` (a `Visit.host` is a `Country.id`); the data dictionary in the docs is
generated from them. Lists given for tuple fields become tuples.
"""

from __future__ import annotations

from ._fields import Record as Record
from .agreements import *
from .bodies import *
from .diplomacy import *
from .events import *
from .people import *
from .places import *
from .sources import *
from .vocabularies import *
