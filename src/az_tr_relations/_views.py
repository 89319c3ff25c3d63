"""What a `Dataset` offers beyond its queries: tables as data frames, pictures and its notebook
display (see docs/exports.md). Each needs an optional extra, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast, overload

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa
    from matplotlib.axes import Axes

    from .dataset import Dataset
    from .plot import Bound

__all__ = ["Views"]


class Views:
    """The data-frame, plot and notebook methods of `Dataset` (which derives from this class)."""

    __slots__ = ()

    def _dataset(self) -> Dataset:
        """This object as the `Dataset` it is."""
        return cast("Dataset", self)

    @overload
    def to_pandas(self, table: str) -> pd.DataFrame: ...

    @overload
    def to_pandas(self, table: None = None) -> dict[str, pd.DataFrame]: ...

    def to_pandas(self, table: str | None = None) -> pd.DataFrame | dict[str, pd.DataFrame]:
        """Table `table` (a name in `tables.TABLES`) as a pandas DataFrame; every table by name
        when None. Needs the ``pandas`` extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").to_pandas("missions").shape
        (6, 9)
        """
        from ._frames import to_pandas

        return to_pandas(self._dataset(), table)

    @overload
    def to_polars(self, table: str) -> pl.DataFrame: ...

    @overload
    def to_polars(self, table: None = None) -> dict[str, pl.DataFrame]: ...

    def to_polars(self, table: str | None = None) -> pl.DataFrame | dict[str, pl.DataFrame]:
        """Table `table` as a polars DataFrame; every table by name when None. Needs the
        ``polars`` extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").to_polars("missions").shape
        (6, 9)
        """
        from ._frames import to_polars

        return to_polars(self._dataset(), table)

    @overload
    def to_arrow(self, table: str) -> pa.Table: ...

    @overload
    def to_arrow(self, table: None = None) -> dict[str, pa.Table]: ...

    def to_arrow(self, table: str | None = None) -> pa.Table | dict[str, pa.Table]:
        """Table `table` as a pyarrow Table; every table by name when None. Needs the ``arrow``
        extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").to_arrow("missions").num_rows
        6
        """
        from ._frames import to_arrow

        return to_arrow(self._dataset(), table)

    def plot_timeline(
        self,
        ax: Axes | None = None,
        *,
        since: Bound | None = None,
        until: Bound | None = None,
        title: str | None = None,
    ) -> Axes:
        """Draw the dated records on one time axis, from `since` to `until` (a year or a date the
        queries accept; see `plot.plot_timeline`); a new figure when `ax` is None. Needs the ``plot``
        extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").plot_timeline(since=2015).get_xlabel()
        'year'
        """
        from .plot import plot_timeline

        return plot_timeline(self._dataset(), ax, since=since, until=until, title=title)

    def plot_visits_per_year(
        self,
        ax: Axes | None = None,
        *,
        since: Bound | None = None,
        until: Bound | None = None,
        title: str | None = None,
    ) -> Axes:
        """Bars of the visits per year by direction (`plot.plot_visits_per_year`). Needs the
        ``plot`` extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.1.0").plot_visits_per_year(since=2020).get_xlabel()
        'year the visit began'
        """
        from .plot import plot_visits_per_year

        return plot_visits_per_year(self._dataset(), ax, since=since, until=until, title=title)

    def _repr_html_(self) -> str:
        from .render.html import dataset_html

        return dataset_html(self._dataset())
