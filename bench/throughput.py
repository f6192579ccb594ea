"""Throughput, memory and size scaling of claimx against a bare spaCy parse.

Run (PolNeAR dev is the reference corpus; any folder of UTF-8 .txt articles works):

    python bench/throughput.py --corpus DIR                  # docs/s, words/s, ratios, peak RSS
    python bench/throughput.py --corpus DIR --memory         # RSS while streaming 10,000 docs (--n-process N)
    python bench/throughput.py --corpus DIR --size           # time of 10 KB, 100 KB and 1 MB articles
    python bench/throughput.py --corpus DIR --components     # CPU share per component; output without each

Throughput times four ways through the corpus: a bare ``nlp.pipe`` of the full model
(the same model claimx loads, with every component it ships enabled), claimx's
``extract_many`` in one process, the same with ``n_process=2``, and textacy's
``direct_quotations`` over the bare parse when textacy is installed. Each way runs in a
fresh process (loaded and warmed up before the clock starts), so none inherits another's
caches or heap; peak RSS is that process's, plus its workers' for ``n_process=2``. Each
round runs every way once, in turn, so a burst of load from elsewhere hits all of them;
the best round of each counts (``--repeat``). Ratios are to the bare parse of the same
run. Words are whitespace-separated tokens of the input. CPU seconds include the worker
processes for ``n_process=2``; on a busy machine they show the work done where wall
time mostly shows the load of others.

``--memory`` streams ``--docs`` documents (cycling the corpus) through one ``extract_many``
call and reports the peak RSS at every thousandth document; the target is that it grows by
less than 100 MB from the 1,000th to the last. ``--size`` builds long articles by joining
corpus articles with blank lines and cutting at a word boundary at the exact size in
characters; the target is that 1 MB takes at most 12 times as long as 100 KB.
``--components`` times each component of the claimx pipeline over the corpus (CPU time of
the first pass, when caches such as the lemmatizer's are cold, and best of ``--repeat``) and checks on the first 20 articles whether claimx's output changes
when the lemmatizer, the attribute ruler or the NER is excluded.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from itertools import cycle, islice
from pathlib import Path
import spacy

import claimx
import claimx.api
from claimx.api import DEFAULT_MODELS

TARGETS = {  # from the issue "Fast at archive scale"
    "claimx_vs_bare": 1.0,  # never under 0.9
    "n_process2_vs_claimx": 1.6,
    "rss_growth_mb": 100.0,
    "size_ratio": 12.0,
}
SIZES = (10_000, 100_000, 1_000_000)
ROW = "{name:<28} {docs_s:>8} {words_s:>9} {ratio:>7} {cpu_s:>7} {wall_s:>7} {rss:>9}"


def _write(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def load_corpus(folder: Path) -> list[str]:
    """Every ``*.txt`` file of ``folder``, sorted by name, as text."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt files in {folder}")
    return [p.read_text(encoding="utf-8") for p in paths]


def count_words(texts: Sequence[str]) -> int:
    return sum(len(text.split()) for text in texts)


def load_bare(exclude: Sequence[str] = ()) -> spacy.language.Language:
    """The model claimx uses, as shipped: all its enabled components, nothing of claimx."""
    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError:
            continue
    raise SystemExit(f"none of {DEFAULT_MODELS} is installed")


# -- memory -----------------------------------------------------------------------------


def _status_kb(field: str, pid: int | str = "self") -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def reset_peak_rss() -> bool:
    """Reset the kernel's RSS high-water mark (Linux >= 4.0); False where that is impossible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


def peak_rss_mb() -> float:
    """Peak RSS of this process in MB: since the last reset where possible, else lifetime."""
    kb = _status_kb("VmHWM")
    if kb is None:
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    return kb / 1024


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


# -- machine ----------------------------------------------------------------------------


def describe_machine(nlp: spacy.language.Language) -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    mem = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            mem = int(f.readline().split()[1])
    except OSError:
        pass
    return [
        f"machine: {cpu}, {os.cpu_count()} cores{f', {mem / 1024 / 1024:.0f} GiB' if mem else ''}, {platform.system()} {platform.release()}",
        f"python {platform.python_version()}, spaCy {spacy.__version__}, model {nlp.meta['lang']}_{nlp.meta['name']} "
        f"{nlp.meta['version']}, claimx {claimx.__version__}",
        f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
    ]


# -- throughput -------------------------------------------------------------------------

BARE, SINGLE, MULTI, TEXTACY = "bare nlp.pipe (full model)", "claimx extract_many", "claimx n_process=2", "textacy direct_quotations"
WAYS = {"bare": BARE, "claimx": SINGLE, "claimx2": MULTI, "textacy": TEXTACY}


def run_way(way: str, texts: list[str], *, batch_size: int) -> dict[str, float]:
    """Load what ``way`` needs, warm it up, then time one pass over ``texts`` (in a fresh process).

    Returns wall and CPU seconds, the count of docs or claims (a sanity check) and the
    process's peak RSS in MB, plus that of its worker processes for ``n_process=2``.
    """
    if way in ("bare", "textacy"):
        nlp = load_bare()
        list(nlp.pipe(texts[:4]))
    else:
        nlp = claimx.load_default_nlp()
        list(claimx.extract_many(texts[:4], nlp=nlp))
    if way == "textacy":
        from textacy.extract import direct_quotations

    gc.collect()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    count = 0
    if way == "bare":
        count = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    elif way == "claimx":
        count = sum(len(claims) for claims in claimx.extract_many(texts, nlp=nlp, batch_size=batch_size))
    elif way == "claimx2":
        batches = claimx.extract_many(texts, nlp=nlp, batch_size=batch_size, n_process=2)
        count = sum(len(claims) for claims in batches)
    else:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            try:
                count += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # textacy raises on unbalanced quote marks
                continue
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker pool is joined before extract_many ends, so they count
    return {"wall": wall, "cpu": cpu, "workers_cpu": workers.ru_utime + workers.ru_stime, "count": count,
            "rss": peak_rss_mb(), "workers_rss": children_peak_rss_mb()}


def _run_way_in_child(way: str, corpus: Path, *, batch_size: int) -> dict[str, float]:
    """Each way in a fresh process: no warm caches or heap left over from the others."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--corpus", str(corpus), "--way", way,
           "--batch-size", str(batch_size)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{way} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def throughput(corpus: Path, texts: list[str], *, repeat: int, batch_size: int, textacy: bool | None) -> int:
    for line in describe_machine(load_bare()):
        _write(line)
    if textacy is None:
        try:
            import textacy.extract  # noqa: F401
        except ImportError:
            textacy = False
            _write("textacy: not installed, skipped (pip install textacy)")
        else:
            textacy = True
    ways = [way for way in WAYS if textacy or way != "textacy"]
    words = count_words(texts)
    _write(f"corpus: {len(texts)} docs, {words} words, {sum(map(len, texts))} chars; batch_size {batch_size} "
           f"(all ways); each way in a fresh process, best of {repeat} interleaved rounds")
    best: dict[str, dict[str, float]] = {}
    for round_ in range(1, repeat + 1):
        cells = []
        for way in ways:
            result = _run_way_in_child(way, corpus, batch_size=batch_size)
            if way not in best or result["wall"] < best[way]["wall"]:
                best[way] = result
            cells.append(f"{way} {result['wall']:.1f}s")
        _write(f"round {round_}: " + ", ".join(cells) + f"; load average {os.getloadavg()[0]:.2f}")
    _write()
    _write(ROW.format(name="way", docs_s="docs/s", words_s="words/s", ratio="× bare", cpu_s="cpu s", wall_s="wall s", rss="peak RSS"))
    bare_wall = best["bare"]["wall"]
    for way, r in best.items():
        rss = f"{r['rss']:.0f} MB" + (f" + 2 × {r['workers_rss']:.0f} MB" if way == "claimx2" else "")
        _write(ROW.format(
            name=WAYS[way], docs_s=f"{len(texts) / r['wall']:.1f}", words_s=f"{words / r['wall']:.0f}",
            ratio=f"{bare_wall / r['wall']:.2f}", cpu_s=f"{r['cpu'] + r['workers_cpu']:.1f}",
            wall_s=f"{r['wall']:.1f}", rss=rss,
        ))
    _write()
    _write(f"claims found: claimx {best['claimx']['count']:.0f} (n_process=2: {best['claimx2']['count']:.0f})"
           + (f", textacy {best['textacy']['count']:.0f}" if textacy else ""))
    ratio_single = bare_wall / best["claimx"]["wall"]
    ratio_cpu = best["bare"]["cpu"] / best["claimx"]["cpu"]
    ratio_mp = best["claimx"]["wall"] / best["claimx2"]["wall"]
    _write(f"claimx single / bare:   {ratio_single:.2f}× by wall ({ratio_cpu:.2f}× by CPU)  "
           f"target >= {TARGETS['claimx_vs_bare']}×, never < 0.9×: {_verdict(ratio_single >= TARGETS['claimx_vs_bare'])}")
    overhead = (best["claimx2"]["cpu"] + best["claimx2"]["workers_cpu"]) / best["claimx"]["cpu"]
    _write(f"n_process=2 CPU (main + workers) / single CPU: {overhead:.2f}")
    _write(f"n_process=2 / single:   {ratio_mp:.2f}×  target >= {TARGETS['n_process2_vs_claimx']}× on 2 cores: "
           f"{_verdict(ratio_mp >= TARGETS['n_process2_vs_claimx'])}")
    _write(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


# -- memory -----------------------------------------------------------------------------


def _workers_kb(field: str) -> int:
    """``field`` summed over this process's live worker processes (n_process > 1)."""
    return sum(_status_kb(field, proc.pid) or 0 for proc in multiprocessing.active_children() if proc.pid)


def memory(texts: list[str], *, docs: int, every: int, batch_size: int, n_process: int = 1) -> int:
    nlp = claimx.load_default_nlp()
    for line in describe_machine(nlp):
        _write(line)
    _write(f"streaming {docs} docs (cycling {len(texts)}) through one extract_many call, batch_size {batch_size}, "
           f"n_process {n_process}" + ("; RSS is this process's plus its workers' (pages the workers share with "
                                       "it after the fork count twice)" if n_process > 1 else ""))
    _write(f"{'docs':>7} {'peak RSS':>9} {'RSS':>7} {'wall s':>7} {'docs/s':>7}")
    reset_peak_rss()
    marks: dict[int, float] = {}
    start = time.perf_counter()
    stream: Iterator[str] = islice(cycle(texts), docs)
    results = claimx.extract_many(stream, nlp=nlp, batch_size=batch_size, n_process=n_process)
    for n, _claims in enumerate(results, start=1):
        if n % every == 0 or n == docs:
            marks[n] = peak_rss_mb() + _workers_kb("VmHWM") / 1024
            wall = time.perf_counter() - start
            rss = ((_status_kb("VmRSS") or 0) + _workers_kb("VmRSS")) / 1024
            _write(f"{n:>7} {marks[n]:>6.0f} MB {rss:>4.0f} MB {wall:>7.0f} {n / wall:>7.1f}")
    first = min(marks)
    growth = marks[docs] - marks[first]
    _write(f"peak RSS growth from doc {first} to doc {docs}: {growth:.1f} MB  "
           f"target < {TARGETS['rss_growth_mb']:.0f} MB: {_verdict(growth < TARGETS['rss_growth_mb'])}")
    _write(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


# -- size -------------------------------------------------------------------------------


def long_article(texts: list[str], size: int) -> str:
    """Corpus articles joined by blank lines, cut at the last space before ``size`` chars."""
    parts: list[str] = []
    total = 0
    for text in cycle(texts):
        parts.append(text.strip())
        total += len(parts[-1]) + 2
        if total >= size:
            break
    joined = "\n\n".join(parts)[:size]
    cut = joined.rfind(" ")
    return joined[:cut] if cut > size * 0.99 else joined


def size(texts: list[str], *, sizes: Sequence[int], repeat: int) -> int:
    nlp = claimx.load_default_nlp()
    for line in describe_machine(nlp):
        _write(line)
    claimx.extract(texts[0], nlp=nlp)  # warm up
    articles = {n: long_article(texts, n) for n in sizes}
    _write(f"one article per size, claimx.extract; best of {repeat} interleaved rounds")
    times: dict[int, list[float]] = {n: [] for n in sizes}
    found: dict[int, int] = {}
    for round_ in range(1, repeat + 1):
        for n, text in articles.items():
            gc.collect()
            start = time.perf_counter()
            found[n] = len(claimx.extract(text, nlp=nlp))
            times[n].append(time.perf_counter() - start)
        _write(f"round {round_}: " + ", ".join(f"{n} chars {times[n][-1]:.1f}s" for n in sizes)
               + f"; load average {os.getloadavg()[0]:.2f}")
    _write(f"{'chars':>9} {'words':>7} {'claims':>6} {'best s':>7} {'words/s':>8} {'× prev size':>11}")
    best = {n: min(t) for n, t in times.items()}
    previous: int | None = None
    for n, text in articles.items():
        words = len(text.split())
        growth = f"{best[n] / best[previous]:.2f}" if previous else "-"
        _write(f"{len(text):>9} {words:>7} {found[n]:>6} {best[n]:>7.2f} {words / best[n]:>8.0f} {growth:>11}")
        previous = n
    if 100_000 in best and 1_000_000 in best:
        ratio = best[1_000_000] / best[100_000]
        _write(f"1 MB / 100 KB: {ratio:.2f}×  target <= {TARGETS['size_ratio']:.0f}×: {_verdict(ratio <= TARGETS['size_ratio'])}")
    _write(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


# -- components -------------------------------------------------------------------------

CANDIDATES = ("lemmatizer", "attribute_ruler", "ner")  # what claimx might do without


def components(texts: list[str], *, repeat: int, batch_size: int, sample: int) -> int:
    """Each component's share of the CPU time, and whether excluding it changes claimx's output."""
    nlp = claimx.load_default_nlp()
    for line in describe_machine(nlp):
        _write(line)
    list(nlp.pipe(texts[:4]))
    names = ["tokenizer", *nlp.pipe_names, "doc._.claims"]
    best = dict.fromkeys(names, float("inf"))
    first: dict[str, float] = {}  # the first pass, as a fresh process sees it: caches still cold
    for _ in range(repeat):
        times = {}
        start = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        times["tokenizer"] = time.process_time() - start
        for name, proc in nlp.pipeline:
            start = time.process_time()
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
            times[name] = time.process_time() - start
        start = time.process_time()
        for doc in docs:
            doc._.claims  # noqa: B018 - the getter validates the stored records into Claim objects
        times["doc._.claims"] = time.process_time() - start
        first = first or times
        best = {name: min(best[name], seconds) for name, seconds in times.items()}
    total, total_first = sum(best.values()), sum(first.values())
    _write(f"CPU seconds per component over {len(texts)} docs (of the claimx pipeline): first pass "
           f"(warmed on 4 docs only, as in a fresh process) and best of {repeat} passes:")
    _write(f"  {'':<18} {'first':>7} {'share':>6} {'best':>7} {'share':>6}")
    for name in names:
        _write(f"  {name:<18} {first[name]:>6.2f}s {100 * first[name] / total_first:>5.1f}% "
               f"{best[name]:>6.2f}s {100 * best[name] / total:>5.1f}%")
    _write(f"  {'total':<18} {total_first:>6.2f}s {'':>6} {total:>6.2f}s")

    sample_texts = texts[:sample]
    reference = [[c.model_dump() for c in claims] for claims in claimx.extract_many(sample_texts, nlp=nlp)]
    _write(f"claimx output without a component, on the first {len(sample_texts)} docs "
           f"({sum(map(len, reference))} claims with the full pipeline):")
    for name in CANDIDATES:
        reduced = load_bare(exclude=[name, *claimx.api.UNUSED_COMPONENTS])
        if "parser" in reduced.pipe_names:
            reduced.add_pipe("claimx_paragraphs", before="parser")
        reduced.add_pipe("claimx")
        try:
            output = [[c.model_dump() for c in claims] for claims in claimx.extract_many(sample_texts, nlp=reduced)]
        except Exception as e:  # noqa: BLE001 - a component others depend on
            _write(f"  without {name:<16} fails: {type(e).__name__}: {e}")
            continue
        changed = sum(a != b for a, b in zip(reference, output))
        _write(f"  without {name:<16} {changed:>3}/{len(sample_texts)} docs change, {sum(map(len, output))} claims")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of UTF-8 .txt articles")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--memory", action="store_true", help="peak RSS while streaming --docs documents")
    mode.add_argument("--size", action="store_true", help="time of one article per --sizes")
    mode.add_argument("--components", action="store_true", help="CPU share per component; output without each")
    parser.add_argument("--repeat", type=int, help="interleaved rounds (default 3), or tries per size with --size (default 2)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--no-textacy", action="store_true", help="skip textacy even when it is installed")
    parser.add_argument("--n-process", type=int, default=1, help="worker processes with --memory")
    parser.add_argument("--docs", type=int, default=10_000, help="documents to stream with --memory")
    parser.add_argument("--every", type=int, default=1_000, help="report interval with --memory")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="article sizes in chars with --size")
    parser.add_argument("--way", choices=list(WAYS), help=argparse.SUPPRESS)  # one timed pass, JSON out
    args = parser.parse_args(argv)
    texts = load_corpus(args.corpus)
    if args.way:
        _write(json.dumps(run_way(args.way, texts, batch_size=args.batch_size)))
        return 0
    if args.memory:
        return memory(texts, docs=args.docs, every=args.every, batch_size=args.batch_size, n_process=args.n_process)
    if args.components:
        return components(texts, repeat=args.repeat or 3, batch_size=args.batch_size, sample=20)
    if args.size:
        return size(texts, sizes=args.sizes, repeat=args.repeat or 2)
    return throughput(
        args.corpus, texts, repeat=args.repeat or 3, batch_size=args.batch_size,
        textacy=False if args.no_textacy else None,
    )


if __name__ == "__main__":
    sys.exit(main())
