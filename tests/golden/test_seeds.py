"""The seed articles' gold claims, scored by ../shared/tools/score_seeds.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import SHARED, requires_shared

ROOT = Path(__file__).resolve().parents[2]


@requires_shared
def test_seeds_score_script_passes():
    script = SHARED / "tools" / "score_seeds.py"
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
