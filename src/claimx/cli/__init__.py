"""The ``claimx`` command line (typer): ``main(argv) -> int``.

- :mod:`.app`: the typer app and :func:`main`;
- :mod:`.extract`: ``claimx extract`` (through the records loop, :mod:`claimx.runtime.records`);
- :mod:`.inputs` / :mod:`.outputs`: reading files, folders, JSONL and stdin; writing JSONL, CSV, a table;
- :mod:`.commands`: ``schema``, ``render``, ``align``, ``evaluate``;
- :mod:`.common`: exit codes, usage errors, loading the model.
"""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
