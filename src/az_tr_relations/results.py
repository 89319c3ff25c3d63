"""`Results`: what the query helpers return, a tuple that also shows itself as a table in notebooks
and becomes a data frame with the columns of the whole-table exports."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import shown
from .schema import COLLECTION_OF, COLLECTIONS

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

__all__ = ["Results"]

R_co = TypeVar("R_co", covariant=True)


_SEQUENCES = (list, tuple)
"""What the queries pass: taken without asking the `Iterable` ABC."""


class Results(tuple[R_co, ...]):
    """The records a query found, in order: a plain tuple (it equals a tuple of the same records)
    that Jupyter shows as a compact table and `to_pandas`, `to_polars` and `to_arrow` turn into
    a table. `collection` names the collection the records come from, when the query knows it
    (``visits_between`` gives ``"visits"``, even when it finds nothing).

    >>> import az_tr_relations as azt
    >>> found = azt.load("1.0.0").missions_of("TR")
    >>> isinstance(found, tuple), len(found), found == tuple(found), found.collection
    (True, 3, True, 'missions')
    >>> "<table" in found._repr_html_()
    True
    """

    collection: str | None

    def __new__(cls, records: Iterable[R_co] = (), collection: str | None = None) -> Results[R_co]:
        if type(records) not in _SEQUENCES and (
            not isinstance(records, Iterable) or isinstance(records, (str, bytes))
        ):
            raise TypeError(
                f"records: expected records (a tuple or list), got {type(records).__name__} {shown(records)}"
            )
        if collection is not None and (not isinstance(collection, str) or collection not in COLLECTIONS):
            raise ValueError(
                f"collection: expected one of {', '.join(COLLECTIONS)} or None, got {shown(collection)}"
            )
        self = super().__new__(cls, records)
        object.__setattr__(self, "collection", collection)
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Results cannot be changed (tried to set {name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Results cannot be changed (tried to delete {name})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (tuple(self), self.collection))

    def _repr_html_(self) -> str:
        """An HTML table of the records: id, kind, date and a few words each (for Jupyter)."""
        from .render.html import results_html

        return results_html(self)

    def _table(self, table: str | None) -> str:
        """The table asked for: `table`, else the records' collection."""
        if table is not None:
            return table
        kinds = {COLLECTION_OF.get(type(record)) for record in self}  # type: ignore[arg-type]
        kinds |= {self.collection} if self.collection is not None else set()
        if len(kinds) == 1 and None not in kinds:
            return str(kinds.pop())
        if not self:
            held = "no records and name no collection"
        elif None in kinds:
            held = "values that are not the records of a collection"
        else:
            held = f"records of several collections ({', '.join(sorted(map(str, kinds)))})"
        raise ValueError(
            f"table: these results hold {held}; name the table, such as 'visits' "
            "(or a nested table such as 'citations')"
        )

    def to_pandas(self, table: str | None = None) -> pd.DataFrame:
        """The records as a pandas DataFrame with the columns of ``Dataset.to_pandas(table)``;
        `table` defaults to the records' collection, and a nested table (``"citations"``) gives
        the nested records of these records. Needs the ``pandas`` extra.

        >>> import az_tr_relations as azt
        >>> found = azt.load("1.0.0").visits_between("2022", "2022", host="TR")
        >>> found.to_pandas()[["id", "start_earliest"]].values.tolist()
        [['visit-2022-05-14-aliyev-rize', Timestamp('2022-05-14 00:00:00')]]
        """
        from ._frames import to_pandas

        frame: pd.DataFrame = to_pandas(self, self._table(table))  # type: ignore[assignment]
        return frame

    def to_polars(self, table: str | None = None) -> pl.DataFrame:
        """The records as a polars DataFrame, with the columns of ``Dataset.to_polars(table)``
        (`table` as `to_pandas` takes it). Needs the ``polars`` extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").missions_of("TR").to_polars("citations").height  # the missions' citations
        4
        """
        from ._frames import to_polars

        frame: pl.DataFrame = to_polars(self, self._table(table))  # type: ignore[assignment]
        return frame

    def to_arrow(self, table: str | None = None) -> pa.Table:
        """The records as a pyarrow Table, with the schema of ``Dataset.to_arrow(table)`` (`table`
        as `to_pandas` takes it). Needs the ``arrow`` extra.

        >>> import az_tr_relations as azt
        >>> found = azt.load("1.0.0").events_between("1800", "1800")  # none: still the columns of events
        >>> found.to_arrow().num_rows, found.to_arrow().column_names[:3]
        (0, ['id', 'kind', 'title'])
        """
        from ._frames import to_arrow

        return to_arrow(self, self._table(table))
