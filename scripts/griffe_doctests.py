"""A Griffe extension for the API reference: doctest examples in docstrings render as code.

The package's docstrings hold plain ``>>>`` examples (they run under pytest's doctest); in
Markdown a line starting with ``>`` would be a block quote, so each run of doctest lines is
wrapped in a ``pycon`` fence, and ``# doctest:`` directives are dropped. Loaded by
mkdocstrings (mkdocs.yml); not part of the package.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_DIRECTIVE = re.compile(r"\s*#\s*doctest:.*$")


def fence_doctests(text: str) -> str:
    """`text` with every unindented run of doctest lines (up to a blank line) fenced."""
    out: list[str] = []
    in_fence = in_example = False
    for line in text.split("\n"):
        if in_example:
            if line.strip():
                out.append(_DIRECTIVE.sub("", line))
                continue
            out.append("```")
            in_example = False
        if line.startswith("```"):
            in_fence = not in_fence
        elif not in_fence and line.startswith(">>>"):
            if out and out[-1].strip():
                out.append("")
            out += ["```pycon", _DIRECTIVE.sub("", line)]
            in_example = True
            continue
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctest examples of every docstring before it is parsed."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
