"""What importing the package, loading data and starting the command line bring in (counted in a
fresh interpreter, never timed: the benchmark suite times them), and the lazy public names."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import az_tr_relations as azt

PACKAGE = Path(azt.__file__).parent

HEAVY = ("pendulum", "cattrs", "json", "argparse", "hashlib", "importlib.resources", "tempfile")
"""What issue 14 found a bare import paying for, though it used none of them."""


def imported_after(code: str, watched: tuple[str, ...]) -> list[str]:
    """Which of `watched` modules are in `sys.modules` after `code` runs in a fresh interpreter."""
    script = f"import sys\n{code}\nprint('\\n' + ' '.join(m for m in {watched!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.splitlines()[-1].split()  # the last line: the code may print too


def test_importing_the_package_imports_nothing_heavy() -> None:
    assert imported_after("import az_tr_relations", (*HEAVY, "attrs", "datetime")) == []


def test_loading_imports_neither_pendulum_nor_cattrs() -> None:
    code = "import az_tr_relations as azt\nds = azt.load()\nds.visits_between('2020', '2021')"
    assert imported_after(code, ("pendulum", "cattrs", "tempfile", "difflib")) == []
    assert imported_after(code, ("attrs",)) == ["attrs"]  # the records are attrs classes (a control)


@pytest.mark.parametrize("argv", [["versions"], ["--help"], ["versions", "--csv"]])
def test_a_light_command_imports_neither_records_nor_loader(argv: list[str]) -> None:
    code = f"from az_tr_relations.cli import main\nmain({argv!r})"
    watched = ("attrs", "json", "hashlib", "az_tr_relations._loader", "az_tr_relations.records")
    assert imported_after(code, watched) == []


def test_the_command_that_runs_is_the_only_one_imported() -> None:
    code = "from az_tr_relations.cli import main\nmain(['versions'])"
    modules = tuple(f"az_tr_relations.cli.commands.{name}" for name in ("versions", "visits", "export"))
    assert imported_after(code, modules) == ["az_tr_relations.cli.commands.versions"]


def test_each_public_name_is_the_object_of_its_module() -> None:
    homes: dict[str, str] = azt._HOMES  # type: ignore[attr-defined]
    for name, module in homes.items():
        assert getattr(azt, name) is getattr(importlib.import_module(f"az_tr_relations.{module}"), name)
    records = importlib.import_module("az_tr_relations.records")
    for name in azt.__all__:
        if name not in homes and name != "__version__":
            assert getattr(azt, name) is getattr(records, name)
    assert set(azt.__all__) <= set(dir(azt))


def test_importing_a_module_keeps_the_function_of_its_name() -> None:
    code = (
        "import az_tr_relations as azt, az_tr_relations.diff, az_tr_relations.export\n"
        "import az_tr_relations.explore, az_tr_relations.validate\n"
        "assert all(callable(f) and f.__module__.startswith('az_tr_relations.')\n"
        "           for f in (azt.diff, azt.export, azt.explore, azt.validate))\n"
        "assert azt.diff.__name__ == 'diff' and azt.export.__name__ == 'export'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.parametrize("name", ["nothing", "Nothing", "TYPE_CHECKING_ONLY", "records"])
def test_an_unknown_name_is_an_attribute_error(name: str) -> None:
    code = f"import az_tr_relations as azt\ntry:\n    azt.{name}\nexcept AttributeError as e:\n    print(e)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == f"module 'az_tr_relations' has no attribute '{name}'"


def test_type_checkers_see_every_lazy_name() -> None:
    """The imports under ``if TYPE_CHECKING:`` name each lazy name from the module it comes from."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    block = next(
        node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    seen: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1 and node.module is not None
        for alias in node.names:
            seen[alias.name] = node.module
    homes: dict[str, str] = azt._HOMES  # type: ignore[attr-defined]
    assert {name: module for name, module in seen.items() if name != "*"} == homes
    assert seen.get("*") == "records"
