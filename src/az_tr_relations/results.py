"""`Results`: what the query helpers return, a tuple that also shows itself as a table in notebooks."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["Results"]

R_co = TypeVar("R_co", covariant=True)


class Results(tuple[R_co, ...]):
    """The records a query found, in order: a plain tuple (it equals a tuple of the same records)
    that Jupyter shows as a compact table.

    >>> import az_tr_relations as azt
    >>> found = azt.load("1.0.0").missions_of("TR")
    >>> isinstance(found, tuple), len(found), found == tuple(found)
    (True, 3, True)
    >>> "<table" in found._repr_html_()
    True
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        """An HTML table of the records: id, kind, date and a few words each (for Jupyter)."""
        from .render.html import results_html

        return results_html(self)
