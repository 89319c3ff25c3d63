"""docs/example.ipynb runs from top to bottom."""

from __future__ import annotations

from pathlib import Path

import pytest

nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (it is in the test extra)")
nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (it is in the test extra)")

NOTEBOOK = Path(__file__).parent.parent / "docs" / "example.ipynb"


def test_the_example_notebook_runs(tmp_path: Path) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    html = [output.data["text/html"] for output in outputs if "text/html" in output.get("data", {})]
    assert any("data version 1.0.0" in page for page in html)  # the dataset's summary
    assert any(output.get("data", {}).get("image/png") for output in outputs)  # the timeline
