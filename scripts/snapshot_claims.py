"""Write every claim of PolNeAR dev (and train with --all) and the seed articles to one JSONL file.

A refactoring must not change output: snapshot before and after, then compare the two files
byte for byte (``cmp before.jsonl after.jsonl``). Fields that a change adds on purpose can be
left out (``--exclude rule``). This is how the layout change of issue 13 was checked.

    python scripts/snapshot_claims.py before.jsonl --all --n-process 2
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import claimx

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    parser.add_argument("--all", action="store_true", help="also the 840 PolNeAR train articles")
    parser.add_argument("--exclude", default="", help="comma-separated claim fields to leave out")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default ../shared)")
    args = parser.parse_args()
    exclude = set(filter(None, args.exclude.split(",")))
    paths = sorted((args.shared / "data/polnear/dev/text").glob("*.txt"))
    if args.all:
        paths += sorted((args.shared / "data/polnear/train/text").glob("*.txt"))
    paths += sorted((args.shared / "seeds").glob("*.txt"))
    texts = ((p.read_text(encoding="utf-8"), p) for p in paths)
    with args.out.open("w", encoding="utf-8") as out:
        for claims, path in claimx.extract_many(texts, as_tuples=True, n_process=args.n_process):
            records = [{k: v for k, v in c.model_dump(mode="json").items() if k not in exclude} for c in claims]
            out.write(json.dumps({"path": str(path.relative_to(args.shared)), "claims": records}, sort_keys=True) + "\n")
    print(f"{len(paths)} articles -> {args.out}")


if __name__ == "__main__":
    main()
