"""Derive a negative-evaluation word list from the VADER lexicon (MIT), for stance experiments.

    pip download vaderSentiment==3.3.2 --no-deps -d build/vader && unzip -o build/vader/*.whl -d build/vader
    python scripts/derive_evaluation_words.py build/vader/vaderSentiment/vader_lexicon.txt build/stance/evaluation_words.tsv

VADER (Hutto and Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis
of Social Media Text", ICWSM) rates each word's valence from -4 to +4 by the mean of ten human
ratings. Kept here: words of letters only whose mean is at most -1.0, as ``negative``, and at
most -2.5 as ``strong``; emoticons, slang spellings and positive words are left out. The output
is a TSV in the project's lexicon format with the MIT licence notice of the source in its header.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

HEADER = """# Negative evaluation words, derived from the VADER sentiment lexicon (vaderSentiment 3.3.2,
# vader_lexicon.txt) by scripts/derive_evaluation_words.py: words of letters only, mean valence <= -1.0.
# negative   mean valence of the word in (-2.5, -1.0]  ("unfair", "greedy", "mischief")
# strong     mean valence <= -2.5                     ("evil", "disgusting")
# Source licence: The MIT License (MIT), Copyright (c) 2016 C.J. Hutto. Permission is hereby granted,
# free of charge, to any person obtaining a copy of this software and associated documentation files,
# to deal in the Software without restriction, subject to this notice being included; THE SOFTWARE IS
# PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def derive(lines: Sequence[str]) -> list[tuple[str, str]]:
    rows = []
    for line in lines:
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[a-z]+", parts[0]):
            continue
        valence = float(parts[1])
        if valence <= -1.0:
            rows.append((parts[0], "strong" if valence <= -2.5 else "negative"))
    return sorted(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vader_lexicon", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    rows = derive(args.vader_lexicon.read_text(encoding="utf-8").splitlines())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER + "".join(f"{w}\t{label}\n" for w, label in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
