"""`plot_timeline` draws a picture (headless), saved as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import pytest

import az_tr_relations as azt

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import matplotlib.image  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

DS = azt.load("1.0.0")


def test_png_and_svg_are_drawn(tmp_path: Path) -> None:
    ax = DS.plot_timeline(since=1990)
    ax.figure.savefig(tmp_path / "timeline.png", dpi=60)
    ax.figure.savefig(tmp_path / "timeline.svg")
    pixels = matplotlib.image.imread(tmp_path / "timeline.png")
    assert pixels.shape[0] > 100 and pixels.shape[1] > 100
    assert pixels.var() > 0.001  # not blank
    svg = (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    labels = [t.get_text() for t in ax.texts]
    assert "Shusha Declaration" in labels and "44-day war" in labels and "Aliyev" in labels
    assert ax.get_title() == "Azerbaijan–Türkiye relations, data version 1.0.0"


def test_every_dated_record_is_drawn_on_a_given_axes() -> None:
    figure, ax = plt.subplots()
    try:
        assert DS.plot_timeline(ax, title="mine") is ax
        assert len(ax.texts) == len(DS.timeline()) and ax.get_title() == "mine"
        assert ax.get_xlim()[0] < 1918.5
    finally:
        plt.close(figure)


def test_since_leaves_out_what_ended_before() -> None:
    ax = DS.plot_timeline(since=2010)
    labels = [t.get_text() for t in ax.texts]
    assert not [label for label in labels if label.startswith("Independence of the Azerbaijan Democratic")]
    assert [label for label in labels if label.startswith("Occupation of Azerbaijani territories")]
    by_date = [t.get_text() for t in DS.plot_timeline(since="2010-01").texts]
    assert by_date == labels, "a year and a date the queries accept cut at the same place"
    with pytest.raises(ValueError, match="since: not a date: 'ten'"):
        DS.plot_timeline(since="ten")
    with pytest.raises(TypeError, match="since: got float"):
        DS.plot_timeline(since=2010.5)  # type: ignore[arg-type]
