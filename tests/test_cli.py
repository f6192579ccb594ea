"""The ``claimx`` command line: end to end in a subprocess twice, everything else in-process.

Most tests replace ``extract_many`` with a fake, so they check the CLI's bookkeeping
(ids, error records, exit codes, resume) without waiting for a model. Tests that
need real claims share the process-wide cached pipeline.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
import types
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from spacy.language import Language

import claimx
import claimx.evaluation.polnear
from claimx import api
from claimx.cli import inputs as inputs_module
from claimx.cli import main
from claimx.cli.extract import extract as extract_command
from claimx.cli.outputs import (
    FORMULA_STARTS,
    OutputFormat,
    Writer,
    csv_rows,
    done_ids_csv,
    done_ids_jsonl,
    jsonl_rows,
    neutralise_cell,
    restore_cell,
    resume_point,
)
from claimx.runtime import records
from claimx.runtime.records import Extracted, Failed
from claimx.outputs.frame import COLUMNS, DOC_ID
from claimx.models import Claim, Speaker
from tables import read_table

SPEAKERS = [
    ("Jane Doe", "a spokeswoman for the Acme Party"),
    ("Tom Reyes", "the mayor of Riverton"),
    ("Amira Haddad", "a lawyer for the union"),
    ("Peter Novak", "the finance minister"),
]
ARTICLES = {
    "acme.txt": "“We will win this election,” said Jane Doe, a spokeswoman for the Acme Party.\n\n"
    "Rivals disagreed. “They have no plan for the budget,” said Tom Reyes, the mayor of Riverton.",
    "sub/strike.txt": "“The strike will go on until the contract is signed,” said Amira Haddad, a lawyer for the union.",
    "sub/deep/tax.txt": "“Taxes will not rise next year,” said Peter Novak, the finance minister.",
}
SUMMARY = re.compile(r"read (\d+) records?: (\d+) succeeded, (\d+) failed")


def _article(i: int) -> str:
    name, title = SPEAKERS[i % len(SPEAKERS)]
    return f"“Plan number {i} will be approved before the summer,” said {name}, {title}. The vote is on Monday."


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _counts(stderr: str) -> tuple[int, int, int]:
    match = SUMMARY.search(stderr)
    assert match, stderr
    read, succeeded, failed = map(int, match.groups())
    return read, succeeded, failed


def _env() -> dict[str, str]:
    src = str(Path(claimx.__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")  # only *.txt and *.html are read in folders
    return root


def _fake_claim(text: str) -> Claim:
    end = min(len(text), 10)
    return Claim(text=text[:end], start=0, end=end, form="direct", speaker=Speaker(name="Fake Speaker"))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace the model with a stand-in: one claim per text; 'EXPLODE' in a text fails that record."""
    seen: dict[str, Any] = {"calls": []}

    def iter_outcomes(nlp: Any, texts: Any, *, batch_size: int = 64, n_process: int = 1, as_tuples: bool = False) -> Iterator[Any]:
        seen["calls"].append({"batch_size": batch_size, "n_process": n_process, "as_tuples": as_tuples})
        for i, (text, context) in enumerate(texts):
            if "EXPLODE" in text:
                yield Failed(i, "the extractor exploded", context)
            else:
                yield Extracted(i, [_fake_claim(text)] if text else [], context)

    monkeypatch.setattr(api, "load_default_nlp", lambda: object())
    monkeypatch.setattr(records, "iter_outcomes", iter_outcomes)
    return seen


@Language.component("claimx_test_cli_trap")
def _trap(doc: Any) -> Any:
    """Fails inside nlp.pipe on a doc that asks for it: raises on TRAP, kills its process on CRASH."""
    if "TRAP" in doc.text:
        raise ValueError("sprung")
    if "CRASH" in doc.text:
        os._exit(3)
    return doc


@pytest.fixture(scope="module")
def trap_nlp() -> Language:
    nlp = claimx.load_default_nlp.__wrapped__()  # a fresh pipeline, not the cached one
    nlp.add_pipe("claimx_test_cli_trap", first=True)
    return nlp


# ---------------------------------------------------------------------------- subprocess, end to end


def test_cli_subprocess_folder_and_jsonl_carry_every_doc_id(folder: Path, tmp_path: Path) -> None:
    records = [{"id": f"wire-{i}", "text": _article(i), "source": "wire"} for i in range(5)]
    corpus = _write_jsonl(tmp_path / "corpus.jsonl", records)
    out = tmp_path / "claims.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "claimx", "extract", str(folder), str(corpus), "-o", str(out)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    rows = _jsonl(out.read_text(encoding="utf-8"))
    expected = {(folder / name).as_posix() for name in ARTICLES} | {r["id"] for r in records}
    assert {row["doc_id"] for row in rows} == expected
    for row in rows:
        claim = Claim.model_validate({k: v for k, v in row.items() if k != "doc_id"})
        assert claim.text
    assert _counts(result.stderr) == (len(expected), len(expected), 0)


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_cli_subprocess_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    n = 400
    corpus = _write_jsonl(tmp_path / "many.jsonl", [{"id": f"doc-{i:04d}", "text": _article(i)} for i in range(n)])
    out = tmp_path / "claims.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", str(corpus), "-o", str(out), "--batch-size", "4", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.stat().st_size > 0:
                break
            time.sleep(0.02)
        assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.stderr.read()!r}"  # type: ignore[union-attr]
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stderr.close()  # type: ignore[union-attr]
    before = {row["doc_id"] for row in _jsonl(out.read_text(encoding="utf-8"))}
    assert 0 < len(before) < n

    assert main(["extract", str(corpus), "-o", str(out), "--resume", "-q"]) == 0
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if line]
    assert Counter(lines).most_common(1)[0][1] == 1  # no document written twice
    rows = [json.loads(line) for line in lines]
    assert {row["doc_id"] for row in rows} == {f"doc-{i:04d}" for i in range(n)}
    doc_order = list(dict.fromkeys(row["doc_id"] for row in rows))
    assert len(doc_order) == n  # each document's claims are contiguous: whole documents only


_KILLER_CLI = """
import os, signal, sys
from spacy.language import Language
import claimx
from claimx import api
from claimx.cli import main

@Language.component("claimx_test_killer")
def killer(doc):
    if "CRASH" in doc.text:
        os._exit(3)
    if "KILLED" in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc

nlp = claimx.load_default_nlp.__wrapped__()
nlp.add_pipe("claimx_test_killer", first=True)
api.load_default_nlp = lambda: nlp
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_cli_subprocess_record_that_kills_its_worker_is_an_error_record(tmp_path: Path) -> None:
    """Issue 18: with --n-process 2 such a record was re-run in the CLI's own process and killed
    it too (exit 3, no error record, no summary, the later records lost)."""
    texts = [_article(i) for i in range(12)]
    texts[3] = "Then a CRASH came, the mayor said."
    texts[8] = "Then the KILLED worker, the mayor said."
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    argv = ["extract", str(corpus), "-o", str(out), "--errors", str(errors), "--n-process", "2", "--batch-size", "4"]
    result = subprocess.run([sys.executable, "-c", _KILLER_CLI, *argv], capture_output=True, text=True, env=_env(), timeout=600)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert _counts(result.stderr) == (12, 10, 2)
    failures = {row["doc_id"]: row["error"] for row in _jsonl(errors.read_text(encoding="utf-8"))}
    assert sorted(failures) == ["d3", "d8"] and all("worker process died" in e for e in failures.values())
    written = list(dict.fromkeys(row["doc_id"] for row in _jsonl(out.read_text(encoding="utf-8"))))
    assert written == [f"d{i}" for i in range(12) if i not in (3, 8)]


_PEAK_RSS_CLI = """
import resource, sys
from claimx.cli import main
code = main(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux
sys.exit(code)
"""


def _long_article(chars: int) -> str:
    """News-like paragraphs with quotes and named speakers, repeated to ``chars`` characters."""
    people = [("Mara Quist", "the city treasurer"), ("Tobias Fenn", "a harbour board spokesman"), ("Lena Okoro", "the school superintendent")]
    paragraphs = []
    for i in range(60):
        name, role = people[i % 3]
        paragraphs.append(
            f"“The repairs to pier {i} will be paid for by spring,” said {name}, {role}. "
            f"{people[(i + 1) % 3][0].split()[1]} disagreed, saying the council had underestimated the cost. "
            "Dozens of residents waited outside the hall until the debate ended late on Tuesday."
        )
    block = "\n\n".join(paragraphs) + "\n\n"
    return (block * (chars // len(block) + 1))[:chars]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_cli_default_options_stay_under_1_5_gb_on_a_1_mb_article(tmp_path: Path) -> None:
    """Issue 18: with the default --batch-size 64 a 1 MB article's ten pieces were parsed
    together (past 3 GB); pieces now go to the parser alone. Memory, not time, is checked."""
    article = tmp_path / "long.txt"
    article.write_text(_long_article(1_000_000), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS_CLI, "extract", str(article), "-o", str(out), "-q"],
        capture_output=True, text=True, env=_env(), timeout=3600,
    )
    assert result.returncode == 0, result.stderr
    peak_mb = int(result.stdout.split()[-1]) / 1024
    assert peak_mb <= 1536, f"peak RSS {peak_mb:.0f} MB"
    assert len(out.read_text(encoding="utf-8").splitlines()) > 1000


# ---------------------------------------------------------------------------- records and errors


def test_cli_malformed_jsonl_lines_become_error_records(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok-1", "text": "“Fine,” said Ann Lee."}),
                '{"id": "broken", "text": ',  # malformed JSON
                json.dumps({"id": "no-text", "body": "x"}),  # missing text field
                json.dumps({"id": "wrong-type", "text": 42}),  # wrong type
                json.dumps(["an", "array"]),  # not an object
                "",  # blank lines are not records
                json.dumps({"text": "“No id,” said Bo Chen."}),  # id falls back to the line number
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    errors = tmp_path / "errors.jsonl"
    assert main(["extract", str(corpus), "--errors", str(errors)]) == 1
    captured = capsys.readouterr()
    assert {row["doc_id"] for row in _jsonl(captured.out)} == {"ok-1", 7}
    failures = {row["line"]: row for row in _jsonl(errors.read_text(encoding="utf-8"))}
    assert sorted(failures) == [2, 3, 4, 5]
    assert failures[2]["doc_id"] == 2 and "malformed JSON" in failures[2]["error"]
    assert failures[3]["doc_id"] == "no-text" and "--text-field" in failures[3]["error"]
    assert failures[4]["doc_id"] == "wrong-type" and "expected a string" in failures[4]["error"]
    assert "JSON object" in failures[5]["error"]
    assert all(row["source"] == corpus.as_posix() for row in failures.values())
    read, succeeded, failed = _counts(captured.err)
    assert (read, succeeded, failed) == (6, 2, 4) and read == succeeded + failed


def test_cli_deeply_nested_line_fails_only_its_record(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A line nested 100,000 deep made json.loads raise RecursionError, which ended the run (issue 18)."""
    corpus = tmp_path / "nested.jsonl"
    lines = [json.dumps({"id": "a", "text": "alpha text"}), "[" * 100_000 + "]" * 100_000, '{"text": ' * 100_000, json.dumps({"id": "b", "text": "beta text"})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    assert main(["extract", str(corpus), "--errors", str(errors)]) == 1
    captured = capsys.readouterr()
    assert [row["doc_id"] for row in _jsonl(captured.out)] == ["a", "b"]
    failures = _jsonl(errors.read_text(encoding="utf-8"))
    assert [row["line"] for row in failures] == [2, 3]
    assert all("nested too deeply" in row["error"] for row in failures)
    assert _counts(captured.err) == (4, 2, 2)


def test_cli_line_that_breaks_the_reader_fails_only_its_record(fake: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Any exception while reading one line becomes that line's error record, not the end of the run."""
    real_parse = inputs_module._parse_line

    def parse(raw: bytes, *args: Any) -> Any:
        if b"POISON" in raw:
            raise MemoryError("simulated")
        return real_parse(raw, *args)

    monkeypatch.setattr(inputs_module, "_parse_line", parse)
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "alpha"}, {"id": "x", "text": "POISON"}, {"id": "b", "text": "beta"}])
    errors = tmp_path / "errors.jsonl"
    assert main(["extract", str(corpus), "--errors", str(errors)]) == 1
    captured = capsys.readouterr()
    assert [row["doc_id"] for row in _jsonl(captured.out)] == ["a", "b"]
    (failure,) = _jsonl(errors.read_text(encoding="utf-8"))
    assert failure["line"] == 2 and "MemoryError: simulated" in failure["error"]


def test_cli_failures_are_listed_on_stderr_without_errors_file(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text("{oops\n", encoding="utf-8")
    assert main(["extract", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"{corpus.as_posix()} line 1 (id 1): malformed JSON" in err and "--errors FILE" in err


def test_cli_extraction_error_fails_one_record_and_keeps_the_rest(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = ["alpha text", "EXPLODE here", "gamma text", "delta text"]
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)])
    errors = tmp_path / "e.jsonl"
    assert main(["extract", str(corpus), "--errors", str(errors), "--batch-size", "3"]) == 1
    captured = capsys.readouterr()
    assert [row["doc_id"] for row in _jsonl(captured.out)] == ["d0", "d2", "d3"]
    (failure,) = _jsonl(errors.read_text(encoding="utf-8"))
    assert failure == {"doc_id": "d1", "source": corpus.as_posix(), "line": 2, "error": "the extractor exploded"}
    assert _counts(captured.err) == (4, 3, 1)


def test_cli_component_failure_inside_a_batch_fails_only_its_record(trap_nlp: Language, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A component raising inside nlp.pipe names no document: the loop finds the record and goes on."""
    monkeypatch.setattr(api, "load_default_nlp", lambda: trap_nlp)
    texts = [_article(0), _article(1), "A TRAP, she said.", _article(2), _article(3)]
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": i, "text": t} for i, t in enumerate(texts)])
    assert main(["extract", str(corpus), "--batch-size", "4"]) == 1
    captured = capsys.readouterr()
    rows = _jsonl(captured.out)
    assert list(dict.fromkeys(row["doc_id"] for row in rows)) == [0, 1, 3, 4]
    expected = [c.model_dump(mode="json") for t in (texts[0], texts[1], texts[3], texts[4]) for c in claimx.extract(t, nlp=trap_nlp)]
    assert [{k: v for k, v in row.items() if k != "doc_id"} for row in rows] == expected
    assert "(id 2): ValueError: sprung" in captured.err and _counts(captured.err) == (5, 4, 1)


def test_cli_dead_worker_fails_only_its_record_and_leaves_no_process(trap_nlp: Language, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --n-process 2 a record that kills its worker is an error record; the run goes on, and
    no worker outlives it (what a gc.collect() used to be needed for, issue 13)."""
    monkeypatch.setattr(api, "load_default_nlp", lambda: trap_nlp)
    texts = [_article(0), "Then a CRASH, he said.", _article(1), "A TRAP, she said.", _article(2)]
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": i, "text": t} for i, t in enumerate(texts)])
    errors = tmp_path / "e.jsonl"
    assert main(["extract", str(corpus), "--n-process", "2", "--batch-size", "2", "--errors", str(errors)]) == 1
    assert multiprocessing.active_children() == []
    captured = capsys.readouterr()
    assert list(dict.fromkeys(row["doc_id"] for row in _jsonl(captured.out))) == [0, 2, 4]
    failures = {row["doc_id"]: row["error"] for row in _jsonl(errors.read_text(encoding="utf-8"))}
    assert sorted(failures) == [1, 3]
    assert "worker process died" in failures[1] and "sprung" in failures[3]


def test_cli_unreadable_text_file_is_an_error_record(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_bytes("\ufeff“Yes,” she said.".encode())  # a BOM is dropped, not an error
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 \"oui,\" dit-il.".encode("latin-1"))
    assert main(["extract", str(tmp_path), "-f", "jsonl"]) == 1
    captured = capsys.readouterr()
    (row,) = _jsonl(captured.out)
    assert row["doc_id"] == (tmp_path / "good.txt").as_posix() and row["text"].startswith("“Yes")
    assert "not UTF-8" in captured.err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symlinks and FIFOs (POSIX)")
def test_cli_folder_entries_that_are_not_files_are_error_records(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 18: dangling symlinks, symlink loops and FIFOs in a folder were skipped without a
    word; each is an error record now, and a FIFO is never opened (it would block the run)."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("“Yes,” she said.", encoding="utf-8")
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    os.mkfifo(root / "sub" / "pipe.txt")
    (root / "sub" / "up").symlink_to(root)  # a loop through a folder: not followed
    errors = tmp_path / "errors.jsonl"
    assert main(["extract", str(root), "--errors", str(errors)]) == 1
    captured = capsys.readouterr()
    assert {row["doc_id"] for row in _jsonl(captured.out)} == {(root / "a.txt").as_posix()}
    failures = {Path(row["doc_id"]).name: row["error"] for row in _jsonl(errors.read_text(encoding="utf-8"))}
    assert sorted(failures) == ["dangling.txt", "loop.txt", "pipe.txt"]
    assert "dangling symlink" in failures["dangling.txt"] and "symlink loop" in failures["loop.txt"]
    assert "FIFO" in failures["pipe.txt"]
    assert _counts(captured.err) == (4, 1, 3)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_cli_file_that_became_a_fifo_is_not_opened_for_reading(fake: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A .txt file replaced by a FIFO after the folder was listed fails its record, not blocks."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("“Yes,” she said.", encoding="utf-8")
    plan = inputs_module.plan_inputs

    def plan_then_swap(*args: Any) -> Any:
        planned = plan(*args)
        (root / "a.txt").unlink()
        os.mkfifo(root / "a.txt")
        return planned

    monkeypatch.setattr(inputs_module, "plan_inputs", plan_then_swap)
    monkeypatch.setattr(sys.modules["claimx.cli.extract"], "plan_inputs", plan_then_swap)
    assert main(["extract", str(root)]) == 1
    err = capsys.readouterr().err
    assert "not a regular file" in err and _counts(err) == (1, 0, 1)


def test_cli_passes_batch_options_to_the_records_loop(fake: dict[str, Any], folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder), "--n-process", "2", "--batch-size", "7", "-q"]) == 0
    assert fake["calls"] == [{"batch_size": 7, "n_process": 2, "as_tuples": True}]
    captured = capsys.readouterr()
    assert captured.err == ""  # --quiet and success: nothing on stderr


def test_cli_progress_bar_is_silent_when_stderr_is_not_a_terminal(fake: dict[str, Any], folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "doc/s" not in err and "\r" not in err
    assert _counts(err) == (3, 3, 0)


def test_cli_duplicate_ids_are_reported(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _write_jsonl(tmp_path / "dup.jsonl", [{"id": "same", "text": "one"}, {"id": "same", "text": "two"}])
    assert main(["extract", str(corpus)]) == 0
    assert "reuse an earlier doc id (first: 'same')" in capsys.readouterr().err


# ---------------------------------------------------------------------------- formats and stdin


def test_cli_csv_output_has_frame_columns_and_doc_ids(fake: dict[str, Any], folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"  # the .csv suffix picks the format
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["doc_id", *COLUMNS]
        rows = list(reader)
    assert {row["doc_id"] for row in rows} == {(folder / name).as_posix() for name in ARTICLES}
    assert all(row["speaker_name"] == "Fake Speaker" for row in rows)


FORMULA_TEXTS = ["=HYPERLINK(1)", "+1 and more", "-2 and more", "@SUM(A1)", "\tTab first", "\rCR first", "'=quoted", "plain text"]


def test_cli_csv_cells_that_would_start_a_formula_are_neutralised(fake: dict[str, Any], tmp_path: Path) -> None:
    """A spreadsheet runs a cell starting with = + - @ (tab, CR) as a formula: such cells get a leading "'" (issue 18)."""
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": f"={i}" if i % 2 else str(i), "text": t} for i, t in enumerate(FORMULA_TEXTS)])
    out = tmp_path / "out.csv"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    contents = [row["text"] for row in rows]
    assert contents == ["'" + t[:10] for t in FORMULA_TEXTS[:7]] + ["plain text"]
    assert [row["doc_id"] for row in rows] == [f"'={i}" if i % 2 else str(i) for i in range(len(FORMULA_TEXTS))]
    assert all(not cell.startswith(FORMULA_STARTS) for row in rows for cell in row.values())


@pytest.mark.parametrize("cell", ["=1", "'=1", "''=1", "'", "'plain", "plain", "", "-", "\t", "O'Neill"])
def test_cli_csv_neutralised_cell_restores_exactly(cell: str) -> None:
    assert restore_cell(neutralise_cell(cell)) == cell
    assert not neutralise_cell(cell).startswith(FORMULA_STARTS)


def test_cli_resume_reads_neutralised_csv_ids(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": f"=d{i}", "text": f"text {i}"} for i in range(4)])
    out = tmp_path / "out.csv"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    complete = out.read_bytes()
    out.write_bytes(complete[: complete.index(b"'=d2,") + 8])  # killed while writing =d2
    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0
    assert out.read_bytes() == complete
    assert "skipped 1 record(s)" in capsys.readouterr().err  # =d1, the last whole document, is redone


def test_cli_table_output_is_readable(fake: dict[str, Any], folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder), "--format", "table", "-q", "--width", "100"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["doc_id", "#", "speaker"]
    rows = read_table(lines)
    assert [row["doc_id"] for row in rows] == sorted(str(folder / name) for name in ARTICLES)  # whole, however long
    assert all(row["speaker"] == "Fake Speaker" for row in rows)


LONG_CLAIM = (
    "the harbour wall would be rebuilt before the winter storms, two more engineers hired, every "
    "inspection report published online within a week of the visit, and the regional government "
    "asked for the rest of the money if the first estimate proved too low"
)


@pytest.fixture
def long_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model replaced by one that finds LONG_CLAIM in every text, said by a long-named speaker."""

    def iter_outcomes(nlp: Any, texts: Any, **_: Any) -> Iterator[Any]:
        for i, (text, context) in enumerate(texts):
            start = text.find(LONG_CLAIM)
            claims = [Claim(text=LONG_CLAIM, start=start, end=start + len(LONG_CLAIM), form="indirect", speaker=Speaker(name="Ines Castellano-Whitford"))]
            yield Extracted(i, claims if start >= 0 else [], context)

    monkeypatch.setattr(api, "load_default_nlp", lambda: object())
    monkeypatch.setattr(records, "iter_outcomes", iter_outcomes)


@pytest.mark.parametrize("width", [80, 200])
def test_cli_table_shows_a_long_claim_whole_at_the_width(width: int, long_claims: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(LONG_CLAIM) > 200
    article = tmp_path / "harbour-council-votes-to-rebuild-the-sea-wall.txt"
    article.write_text(f"The mayor said {LONG_CLAIM}.", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "133")  # --width wins over $COLUMNS
    assert main(["extract", str(article), "-f", "table", "-q", "--width", str(width)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= width for line in lines) and max(map(len, lines)) > width - 10
    (row,) = read_table(lines)
    assert row["text"] == LONG_CLAIM and row["speaker"] == "Ines Castellano-Whitford" and row["doc_id"] == str(article)


@pytest.mark.parametrize("columns", [90, 200])
def test_cli_table_follows_columns_without_a_terminal(columns: int, long_claims: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"The mayor said {LONG_CLAIM}.", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["extract", str(article), "-f", "table", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) in range(columns - 10, columns + 1)
    assert read_table(lines)[0]["text"] == LONG_CLAIM


def _stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))


def test_cli_reads_plain_text_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, ARTICLES["acme.txt"])
    assert main(["extract", "-", "-q"]) == 0
    rows = _jsonl(capsys.readouterr().out)
    assert rows and {row["doc_id"] for row in rows} == {"<stdin>"}
    text = ARTICLES["acme.txt"]
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)
    assert any(row["speaker"] and row["speaker"]["name"] == "Jane Doe" for row in rows)


def test_cli_reads_jsonl_from_stdin_with_custom_fields(fake: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, json.dumps({"url": "https://example.org/a", "body": "words"}) + "\n")
    assert main(["extract", "-", "--stdin-format", "jsonl", "--text-field", "body", "--id-field", "url"]) == 0
    (row,) = _jsonl(capsys.readouterr().out)
    assert row["doc_id"] == "https://example.org/a"


# ---------------------------------------------------------------------------- resume


def test_cli_resume_skips_done_ids_and_drops_an_unfinished_tail(fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": f"d{i}", "text": f"text number {i}"} for i in range(6)])
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    complete = out.read_text(encoding="utf-8")
    lines = complete.splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:25], encoding="utf-8")  # killed while writing d3
    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0
    assert out.read_text(encoding="utf-8") == complete
    err = capsys.readouterr().err
    assert "is written again" in err and "skipped 2 record(s)" in err  # d2, the last one in the file, is redone


def _sentence_claims(text: str) -> list[Claim]:
    """One claim per "|"-separated part of ``text``: documents with several claims each."""
    claims, start = [], 0
    for part in text.split("|"):
        claims.append(Claim(text=part, start=start, end=start + len(part), form="direct", speaker=Speaker(name="Ann Lee")))
        start += len(part) + 1
    return claims


@pytest.fixture
def several(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """A stand-in model giving each "|"-part of a text its claim, and corpus records with 0-3
    claims each; a doc id holds a comma and a quote, one is a number, one is missing (the line
    number is used), so a cut can fall inside each kind."""
    def iter_outcomes(nlp: Any, texts: Any, **options: Any) -> Iterator[Any]:
        for i, (text, context) in enumerate(texts):
            yield Extracted(i, _sentence_claims(text) if text else [], context)

    monkeypatch.setattr(api, "load_default_nlp", lambda: object())
    monkeypatch.setattr(records, "iter_outcomes", iter_outcomes)
    return [
        {"id": "d0", "text": "a|b"},
        {"id": 'x,"1"', "text": "c"},
        {"id": "empty", "text": ""},
        {"id": 12, "text": "d|e|f"},
        {"id": "d3", "text": "g"},
        {"text": "h|i"},
    ]


def _resume_corpus(tmp_path: Path, corpus: list[dict[str, Any]]) -> Path:
    return _write_jsonl(tmp_path / "c.jsonl", corpus)


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_cli_resume_after_a_cut_at_every_byte_gives_the_whole_output(several: list[dict[str, Any]], suffix: str, tmp_path: Path) -> None:
    """Issue 18: a cut inside a doc id or exactly at a line end was not seen as unfinished, so
    that document kept only its earlier lines. The resume scan (what ``--resume`` reads: the
    ids done and where to cut) at every byte of a small run's output, in memory; the files
    themselves are cut and appended to in the next test."""
    corpus = _resume_corpus(tmp_path, several)
    out = tmp_path / f"out.{suffix}"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    full = out.read_bytes()
    fmt = OutputFormat(suffix)
    claims = [(record.get("id", n), _sentence_claims(record["text"]) if record["text"] else []) for n, record in enumerate(several, start=1)]
    header = [DOC_ID, *COLUMNS]
    for cut in range(1, len(full)):
        kept = full[:cut]
        point = resume_point(csv_rows(io.BytesIO(kept), header) if fmt is OutputFormat.CSV else jsonl_rows(io.BytesIO(kept)))
        stream = io.StringIO(newline="")
        writer = Writer(stream, fmt, header=point.keep == 0, width=120)  # what --resume appends after the cut
        for doc_id, doc_claims in claims:
            if str(doc_id) not in point.done:
                writer.write(doc_id, doc_claims)
        assert kept[: point.keep] + stream.getvalue().encode("utf-8") == full, f"cut at byte {cut}"


def _cuts_that_matter(full: bytes) -> list[int]:
    """Each line end and the bytes around it, and the middle of each doc id."""
    cuts = set()
    for end in (n + 1 for n, byte in enumerate(full) if byte == ord("\n")):
        cuts |= {end - 1, end, end + 1, end + 4, end + 12, end + 14}
    return sorted(c for c in cuts if 0 < c < len(full))


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_cli_resume_after_a_cut_at_a_line_end_or_inside_a_doc_id(several: list[dict[str, Any]], suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same end to end through ``claimx extract --resume``, at the cuts that fooled it."""
    corpus = _resume_corpus(tmp_path, several)
    out = tmp_path / f"out.{suffix}"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    full = out.read_bytes()
    for cut in _cuts_that_matter(full):
        out.write_bytes(full[:cut])
        assert main(["extract", str(corpus), "-o", str(out), "--resume", "-q"]) == 0
        assert out.read_bytes() == full, f"cut at byte {cut}"
    capsys.readouterr()
    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0  # a finished run: the last document again
    assert out.read_bytes() == full
    err = capsys.readouterr().err
    assert "the last document ('6') is written again" in err
    assert _counts(err) == (2, 2, 0)  # 6 and "empty" (no claims, so not in the file)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_cli_resume_after_a_cut_at_every_byte_end_to_end(several: list[dict[str, Any]], suffix: str, tmp_path: Path) -> None:
    corpus = _resume_corpus(tmp_path, several)
    out = tmp_path / f"out.{suffix}"
    assert extract_command([str(corpus)], output=str(out), quiet=True) == 0
    full = out.read_bytes()
    for cut in range(len(full)):
        out.write_bytes(full[:cut])
        assert extract_command([str(corpus)], output=str(out), quiet=True, resume=True) == 0
        assert out.read_bytes() == full, f"cut at byte {cut}"


def test_cli_resume_reads_its_output_as_a_stream() -> None:
    """The resume scan takes one row at a time from the file: fed a generator it has read no
    further than the row it is at (the whole file was read into memory, ~2 bytes per byte)."""
    read = []

    def lines() -> Iterator[bytes]:
        for n in range(1000):
            read.append(n)
            yield json.dumps({"doc_id": f"d{n // 3}", "text": "x"}).encode() + b"\n"

    rows = jsonl_rows(lines())
    for n, (doc_id, start, end) in enumerate(rows):
        assert len(read) == n + 1 and doc_id == f"d{n // 3}"
        if n == 10:
            break
    point = resume_point(jsonl_rows(lines()))
    assert (point.redone, len(point.done)) == ("d333", 333)


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_cli_resume_memory_does_not_grow_with_the_output(several: list[dict[str, Any]], suffix: str, tmp_path: Path) -> None:
    """An 8 MB output of few documents: the resume scan's peak memory is a small part of it."""
    import tracemalloc

    out = tmp_path / f"out.{suffix}"
    fmt = OutputFormat(suffix)
    with out.open("w", encoding="utf-8", newline="") as stream:
        writer = Writer(stream, fmt, header=True, width=120)
        claims = _sentence_claims("|".join(f"part {n} " * 20 for n in range(40)))
        while stream.tell() < 8_000_000:
            writer.write(f"doc-{stream.tell()}", claims)
    size = out.stat().st_size
    tracemalloc.start()
    try:
        done = (done_ids_csv if fmt is OutputFormat.CSV else done_ids_jsonl)(out)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(done) > 100
    assert peak < size / 20, f"peak {peak} bytes for a {size}-byte output"  # it was ~2 bytes per byte


def test_cli_resume_appends_to_csv_without_a_second_header(fake: dict[str, Any], tmp_path: Path) -> None:
    texts = [f"a\u2028b\r\nc {i}" for i in range(4)]  # line breaks inside cells must not cut rows
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)])
    out = tmp_path / "out.csv"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    complete = out.read_bytes()
    out.write_bytes(complete[: complete.index(b"d2,")] + b"d2,a\xe2\x80\xa8b")  # killed while writing d2
    assert main(["extract", str(corpus), "-o", str(out), "--resume", "-q"]) == 0
    assert out.read_bytes() == complete


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"claimx {claimx.__version__}\n"


# ---------------------------------------------------------------------------- full disk

requires_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")


def _stdout_to_dev_full(monkeypatch: pytest.MonkeyPatch) -> None:
    # main() points this stream's fd (not the real fd 1) at /dev/null once the write failed
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(open("/dev/full", "wb"), encoding="utf-8"))


@requires_dev_full
@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["-o", "/dev/full"], "/dev/full"),
        (["-o", "/dev/full", "--format", "csv"], "/dev/full"),
        (["-o", "{tmp}/out.jsonl", "--errors", "/dev/full"], "/dev/full"),
    ],
)
def test_cli_full_disk_is_one_line_and_exit_74(argv: list[str], name: str, fake: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Writing to a full disk gave a raw traceback (issue 18): now one line naming the file, exit 74."""
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "alpha"}, {"id": "b", "text": "EXPLODE"}])
    assert main(["extract", str(corpus), *(a.replace("{tmp}", str(tmp_path)) for a in argv)]) == 74
    err = capsys.readouterr().err
    assert err == f"claimx: cannot write {name}: No space left on device; the output is incomplete\n"


@requires_dev_full
@pytest.mark.parametrize("argv", [["extract", "{corpus}"], ["schema"]])
def test_cli_stdout_on_a_full_disk_is_one_line_and_exit_74(argv: list[str], fake: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "alpha"}])
    _stdout_to_dev_full(monkeypatch)
    assert main([a.replace("{corpus}", str(corpus)) for a in argv]) == 74
    (line,) = capsys.readouterr().err.splitlines()
    assert "No space left on device" in line and "Traceback" not in line


@requires_dev_full
def test_cli_stdout_on_a_full_disk_in_a_real_process_has_no_traceback() -> None:
    """The interpreter's last flush of stdout must not print a second error either."""
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "claimx", "schema"], stdout=full, stderr=subprocess.PIPE, env=_env(), text=True, timeout=300)
    assert proc.returncode == 74
    assert proc.stderr == "claimx: cannot write the output: No space left on device; it is incomplete\n"


# ---------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.txt"], "missing.txt: no such file or folder"),
        (["extract", "{tmp}/data.json"], "convert to JSON Lines"),
        (["extract", "{tmp}/empty"], "holds no .txt or .html files"),
        (["extract", "{tmp}/a.txt", "--resume"], "--resume needs an output file"),
        (["extract", "{tmp}/a.txt", "-o", "{tmp}/x.txt", "--format", "table", "--resume"], "not table"),
        (["extract", "{tmp}/a.txt", "-o", "{tmp}/a.txt"], "is also an input"),
        (["extract", "{tmp}/a.txt", "--errors", "{tmp}/a.txt"], "--errors {tmp}/a.txt: is also an input"),
        (["extract", "{tmp}/a.txt", "-o", "{tmp}/x.jsonl", "--errors", "{tmp}/a.txt"], "--errors {tmp}/a.txt: is also an input"),
        (["extract", "{tmp}", "--errors", "{tmp}/a.txt"], "is also an input"),
        (["extract", "{tmp}/a.txt", "--errors", "{tmp}/empty"], "is a directory"),
        (["extract", "{tmp}/a.txt", "-o", "{tmp}/x.jsonl", "--errors", "{tmp}/x.jsonl"], "name the same file"),
        (["extract", "{tmp}/a.txt", "-o", "{tmp}/x.jsonl", "--errors", "{tmp}/sub/../x.jsonl"], "name the same file"),
        (["extract", "-", "-"], "only once"),
        (["extract", "{tmp}/a.txt", "--batch-size", "0"], "--batch-size"),
        (["extract", "{tmp}/a.txt", "--format", "xml"], "--format"),
        (["render", "missing.txt"], "missing.txt: no such file"),
        (["evaluate", "polnear", "{tmp}/nowhere"], "no such folder"),
        (["frobnicate"], "No such command"),
        ([], "Usage:"),
    ],
)
def test_cli_usage_errors_exit_2_with_a_message(argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "data.json").write_text("[]", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "sub").mkdir()
    assert main([arg.replace("{tmp}", str(tmp_path)) for arg in argv]) == 2
    captured = capsys.readouterr()
    assert message.replace("{tmp}", str(tmp_path)) in captured.err + captured.out


def test_cli_errors_file_naming_an_input_leaves_the_input_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`extract victim.jsonl -o out.jsonl --errors victim.jsonl` emptied the input (issue 18); a hard link too."""
    victim = _write_jsonl(tmp_path / "victim.jsonl", [{"id": "a", "text": "alpha"}])
    before = victim.read_bytes()
    os.link(victim, tmp_path / "alias.jsonl")
    for errors in (victim, tmp_path / "alias.jsonl"):
        assert main(["extract", str(victim), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors)]) == 2
        assert "is also an input" in capsys.readouterr().err
    assert victim.read_bytes() == before and not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    "argv",
    [["extract"], ["schema"], ["render"], ["align"], ["evaluate", "polnear"], ["evaluate", "stance"]],
)
def test_cli_help_shows_examples(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*argv, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Examples:" in out and f"claimx {' '.join(argv)}" in out


# ---------------------------------------------------------------------------- other commands


SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def _schema(capsys: pytest.CaptureFixture[str], *kind: str) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    assert main(["schema", *kind]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_cli_schema_claim_is_the_claim_models_schema(capsys: pytest.CaptureFixture[str]) -> None:
    validator = _schema(capsys, "claim")
    assert {k: v for k, v in validator.schema.items() if k != "$schema"} == Claim.model_json_schema()


def test_cli_schema_validates_every_line_extract_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`claimx schema` (a claim line) and `claimx schema error` (an --errors line) accept
    every line `claimx extract` writes for the sample articles and for broken records (issue 17.3)."""
    records_validator, errors_validator = _schema(capsys), _schema(capsys, "error")
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text(
        '{"id": "ok", "text": "“We will win,” said Jane Doe, a spokeswoman for the Acme Party."}\n'
        '{"id": "broken", "text": \n'  # malformed JSON
        '{"id": 7, "body": "no text field"}\n'
        '{"text": 42}\n',  # no id (the line number is used), text not a string
        encoding="utf-8",
    )
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 said the owner".encode("latin-1"))
    out, errors = tmp_path / "claims.jsonl", tmp_path / "errors.jsonl"
    assert main(["extract", str(SAMPLES), str(bad_jsonl), str(tmp_path / "latin1.txt"), "-o", str(out), "--errors", str(errors), "-q"]) == 1
    claim_lines, error_lines = _jsonl(out.read_text(encoding="utf-8")), _jsonl(errors.read_text(encoding="utf-8"))
    assert len(claim_lines) > 5 and len(error_lines) == 4
    assert {type(line["doc_id"]) for line in error_lines} == {str, int}
    for line in claim_lines:
        records_validator.validate(line)
    for line in error_lines:
        errors_validator.validate(line)
    # and they are told apart: neither schema takes the other's lines, nor a claim without its doc_id
    assert not any(records_validator.is_valid(line) for line in error_lines)
    assert not any(errors_validator.is_valid(line) for line in claim_lines)
    assert not records_validator.is_valid({k: v for k, v in claim_lines[0].items() if k != "doc_id"})


def test_cli_render_writes_a_self_contained_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES["acme.txt"] + "\n<script>alert('x')</script>", encoding="utf-8")
    out = tmp_path / "a.html"
    assert main(["render", str(article), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'data-claim="0"' in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "highlighted in" in capsys.readouterr().err


def _fake_eval_module(monkeypatch: pytest.MonkeyPatch, seen: dict[str, Any]) -> None:
    class Report:
        def format_table(self) -> str:
            return "precision 1.00  recall 1.00"

    def evaluate_polnear(
        path: Any, *, split: str = "dev", nlp: Any = None, errors_file: Any = None, limit: Any = None, articles: Any = None
    ) -> Report:
        seen["polnear"] = {"path": Path(path), "split": split, "nlp": nlp, "errors_file": errors_file, "limit": limit}
        if articles is not None:
            seen["polnear"]["articles"] = list(articles)
        return Report()

    def evaluate_stance(path: Any, *, polnear_path: Any = None, nlp: Any = None, errors_file: Any = None) -> Report:
        seen["stance"] = {"path": Path(path), "polnear_path": polnear_path, "nlp": nlp, "errors_file": errors_file}
        return Report()

    monkeypatch.setattr(claimx.evaluation.polnear, "evaluate_polnear", evaluate_polnear)
    monkeypatch.setattr(claimx.evaluation.polnear, "evaluate_stance", evaluate_stance)


def test_cli_evaluate_polnear_wraps_the_eval_function(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, Any] = {}
    _fake_eval_module(monkeypatch, seen)
    argv = ["evaluate", "polnear", str(tmp_path), "--split", "test", "--limit", "3", "--errors", str(tmp_path / "e.jsonl")]
    assert main(argv) == 0
    assert seen["polnear"] == {"path": tmp_path, "split": "test", "nlp": None, "errors_file": tmp_path / "e.jsonl", "limit": 3}
    assert "precision 1.00" in capsys.readouterr().out


def test_cli_evaluate_polnear_reads_an_article_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}
    _fake_eval_module(monkeypatch, seen)
    names = tmp_path / "sample.tsv"
    names.write_text("# a sample\nfirst_article\tuntouched\n\nsecond_article\n", encoding="utf-8")
    assert main(["evaluate", "polnear", str(tmp_path), "--split", "train", "--articles", str(names)]) == 0
    assert seen["polnear"]["articles"] == ["first_article", "second_article"]


def test_cli_evaluate_polnear_empty_article_list_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, Any] = {}
    _fake_eval_module(monkeypatch, seen)
    names = tmp_path / "empty.tsv"
    names.write_text("# nothing here\n", encoding="utf-8")
    assert main(["evaluate", "polnear", str(tmp_path), "--articles", str(names)]) != 0
    assert "names no article" in capsys.readouterr().err and "polnear" not in seen


def test_cli_evaluate_stance_wraps_the_eval_function(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, Any] = {}
    _fake_eval_module(monkeypatch, seen)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    assert main(["evaluate", "stance", str(gold), "--polnear", str(tmp_path)]) == 0
    assert seen["stance"] == {"path": gold, "polnear_path": tmp_path, "nlp": None, "errors_file": None}
    assert "recall 1.00" in capsys.readouterr().out


def test_cli_align_matches_a_shared_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("claimx.align")
    (tmp_path / "a.txt").write_text("“We will win this election,” said Jane Doe, a spokeswoman for the Acme Party.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Jane Doe of the Acme Party said: “We will win this election.”", encoding="utf-8")
    assert main(["align", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    captured = capsys.readouterr()
    assert "We will win this election" in captured.out and "1 match(es)" in captured.err


def test_cli_align_json_gives_one_alignment_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    align = pytest.importorskip("claimx.align")
    (tmp_path / "a.txt").write_text("“We will win this election,” said Jane Doe, a spokeswoman for the Acme Party.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Jane Doe of the Acme Party said: “We will win THE election!”", encoding="utf-8")
    assert main(["align", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    alignment = align.Alignment.model_validate_json(line)
    assert alignment.a.text == "We will win this election" and alignment.b.speaker.name == "Jane Doe"
    assert (alignment.words_added, alignment.words_dropped) == (("the",), ("this",))  # normalised: lowercased, no "!"
