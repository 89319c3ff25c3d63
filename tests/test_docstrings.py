"""Every public name has a docstring with an example (``>>>``), as the API reference shows it.

The API reference (docs/api.md) is generated from these docstrings, and pytest runs their
examples as doctests; a public function or class without one fails here, by name.
"""

from __future__ import annotations

import inspect

import pytest

import az_tr_relations as azt


def _has_example(obj: object) -> bool:
    return ">>>" in (inspect.getdoc(obj) or "")


def _public_callables() -> list[str]:
    """Public functions and classes in `__all__` (constants and type aliases carry no code)."""
    return [
        name
        for name in azt.__all__
        if inspect.isclass(getattr(azt, name)) or inspect.isroutine(getattr(azt, name))
    ]


def _dataset_methods() -> list[str]:
    """The public methods of `Dataset`, its own and those of the package's classes it derives from."""
    return [
        name
        for cls in azt.Dataset.__mro__
        if cls.__module__.startswith("az_tr_relations")
        for name, member in vars(cls).items()
        if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, property))
    ]


def test_public_names_have_an_example() -> None:
    missing = [name for name in _public_callables() if not _has_example(getattr(azt, name))]
    assert not missing, f"public names whose docstring has no '>>>' example: {', '.join(missing)}"


def test_dataset_methods_have_an_example() -> None:
    missing = [name for name in _dataset_methods() if not _has_example(getattr(azt.Dataset, name))]
    assert not missing, f"Dataset methods whose docstring has no '>>>' example: {', '.join(missing)}"


@pytest.mark.parametrize("name", [n for n in azt.__all__ if n not in {"__version__"}])
def test_public_names_have_a_docstring(name: str) -> None:
    obj = getattr(azt, name)
    if inspect.isclass(obj) or inspect.isroutine(obj):
        assert (inspect.getdoc(obj) or "").strip(), f"{name} has no docstring"


def test_the_lists_are_not_empty() -> None:
    assert "load" in _public_callables() and "Dataset" in _public_callables()
    assert {"visits_between", "to_pandas", "plot_timeline"} <= set(_dataset_methods())
