"""The documentation's examples run as written: every ``>>>`` example of the pages below is a doctest.

A page shows the files its examples read as ```` ```text ```` blocks whose first line is
``# path`` (docs/spacy.md's ``my/cue_verbs.tsv``); they are written to a temporary folder,
where the examples run.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["README.md", "docs/spacy.md", "docs/batch.md"]
FILE_BLOCK = re.compile(r"^```text\n# (\S+)\n(.*?)^```", re.M | re.S)


@pytest.mark.parametrize("page", PAGES)
def test_doc_examples_run_as_written(page: str, nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    for match in FILE_BLOCK.finditer(text):
        path = tmp_path / match.group(1)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {match.group(1)}\n{match.group(2)}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(text, {}, page, str(ROOT / page), 0)
    assert test.examples, f"{page} has no >>> examples"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
