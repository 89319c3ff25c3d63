"""The layout keeps its promises: no import cycle between the package's modules (imports inside
functions count; only ``if TYPE_CHECKING:`` is exempt), no module over 500 lines, the schema
registry agrees with the record classes and the `Dataset`, and docs tooling is not shipped."""

from __future__ import annotations

import ast
import graphlib
import typing
from pathlib import Path

import attrs
import pytest

import az_tr_relations as azt
from az_tr_relations import schema

PACKAGE = Path(azt.__file__).parent
ROOT = PACKAGE.parent.parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_lines(tree: ast.AST) -> set[int]:
    """Line numbers inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that `path` imports, at any depth, outside ``if TYPE_CHECKING:``."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt = _type_checking_lines(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in exempt:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # a submodule imported by name, else the module the names come from
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        found.update(target for target in targets if target in modules)
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (a package's own imports are its __init__'s)."""
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = set(paths)
    return {name: _imports(path, modules) for name, path in paths.items()}


def test_no_module_imports_back_up_the_flow() -> None:
    graph = import_graph()
    try:
        order = list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as error:
        pytest.fail(f"import cycle: {' -> '.join(error.args[1])}")
    assert "az_tr_relations.records" in order


def test_the_graph_sees_function_level_imports() -> None:
    graph = import_graph()
    assert "az_tr_relations.render.record" in graph["az_tr_relations.records._fields"], (
        "a record's _repr_html_ imports the renderer inside a function"
    )
    assert "az_tr_relations.dataset" not in graph["az_tr_relations.render.html"], "only under TYPE_CHECKING"


def test_no_module_is_over_500_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert not long, long


def test_docs_tooling_is_outside_the_package() -> None:
    assert not (PACKAGE / "_dictionary.py").exists()
    assert (ROOT / "docs" / "dictionary.py").exists()


# The schema registry -----------------------------------------------------------------------


def test_the_registry_lists_every_record_class_once() -> None:
    record_classes = {
        value for value in vars(azt.records).values() if isinstance(value, type) and attrs.has(value)
    }
    nested = {entry.type for entry in schema.NESTED.values()}
    assert set(schema.COLLECTIONS.values()) | nested == record_classes
    assert not set(schema.COLLECTIONS.values()) & nested
    assert all(issubclass(kind, azt.Record) for kind in schema.COLLECTIONS.values())
    assert not any(issubclass(kind, azt.Record) for kind in nested)


def test_the_dataset_has_exactly_the_registry_collections() -> None:
    fields = {f.name: f for f in attrs.fields(azt.Dataset) if f.init}
    assert [name for name in fields if name not in ("version", "as_of")] == list(schema.COLLECTIONS)
    hints = typing.get_type_hints(azt.Dataset)
    for name, kind in schema.COLLECTIONS.items():
        assert hints[name] == tuple[kind, ...], name  # the annotation names the registered type


def test_kinds_are_consistent_with_the_record_classes() -> None:
    for kind in schema.KINDS.values():
        names = {f.name for f in attrs.fields(kind.type)}
        assert set(kind.date) <= names, kind.collection
        assert kind.dated == hasattr(kind.type, "span"), kind.collection
        assert (kind.lane is not None) == kind.dated and (kind.colour is not None) == kind.dated
        for template in (kind.label, kind.describe, kind.short, kind.lane or ""):
            fields = {part.split(":")[0] for part in _braced(template)}
            assert fields <= names, (kind.collection, fields - names)
    dated = {kind.type for kind in schema.KINDS.values() if kind.dated}
    assert dated == set(typing.get_args(schema.TimelineRecord))


def test_nested_types_name_real_owner_fields() -> None:
    for entry in schema.NESTED.values():
        owners = (
            [entry.owner] if entry.owner else [k for k in schema.COLLECTIONS.values() if k is not azt.Source]
        )
        for owner in owners:
            hint = typing.get_type_hints(owner)[entry.field]
            assert hint == tuple[entry.type, ...], (owner, entry.field)


def _braced(template: str) -> list[str]:
    import re

    return re.findall(r"\{([^}]*)\}", template)
