"""``python -m claimx``: the same as the ``claimx`` command."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
