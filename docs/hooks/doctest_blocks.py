"""Griffe extension for the API reference: show bare ``>>>`` examples and Sphinx roles as code.

claimx docstrings end with a ``>>>`` example (STYLE.md section 2), usually not under an
``Examples:`` header. Markdown would read those lines as nested block quotes, and an
output such as ``[1, 0]`` as a cross-reference. This wraps each top-level run of doctest
lines (a ``>>>`` line up to the next blank line) in a ``pycon`` code fence. Indented
runs sit inside a Google-style section, which griffe already parses.

Docstrings also use Sphinx roles (``:func:`extract```), which Markdown shows verbatim;
they become inline code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

FENCE = "```"
ROLE = re.compile(r":(?:py:)?(?:func|class|meth|attr|data|mod|exc|obj|const):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """``text`` with every top-level doctest run fenced as ``pycon``."""
    out: list[str] = []
    in_block = in_fence = False
    for line in text.splitlines():
        if line.startswith(FENCE):
            in_fence = not in_fence
        if not in_fence and not in_block and line.startswith(">>>"):
            out.append(f"{FENCE}pycon")
            in_block = True
        elif in_block and not line.strip():
            out.append(FENCE)
            in_block = False
        out.append(line)
    if in_block:
        out.append(FENCE)
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence bare doctest examples and turn Sphinx roles into code, in every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = ROLE.sub(r"`\1`", fence_doctests(obj.docstring.value))
