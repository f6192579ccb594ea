"""The ``claimx`` command line (typer): ``main(argv) -> int``."""

from __future__ import annotations

from .main import app, main

__all__ = ["app", "main"]
