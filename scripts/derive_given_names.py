"""Derive src/claimx/lexicons/data/given_names.tsv from the shared SSA 1990 table.

A name is kept when it ranks in the top ``TOP`` for one sex and at least ``RATIO`` times
lower (or not at all) for the other. Ranks, not counts: babies per rank fall steeply, so a
rank six times lower is far fewer than a sixth of the babies ("Nancy": girls 131, boys
2,470), while names close in rank ("Jordan" 59 / 29) stay out.

    python scripts/derive_given_names.py /work/shared/data/names/given_names_us1990.tsv > src/claimx/lexicons/data/given_names.tsv
"""

from __future__ import annotations

import sys

TOP = 4000
RATIO = 6

HEADER = f"""# given name<TAB>label: the sex a US news text most likely gives a bearer of this given name
# f  a name given almost only to girls
# m  a name given almost only to boys
# derived from the US Social Security Administration's baby-names records for 1990 births
# (public domain; shared/data/names/given_names_us1990.tsv) by scripts/derive_given_names.py: a name is
# kept when it ranks in the top {TOP:,} for one sex and at least {RATIO} times lower (or not at all) for the other.
# US-centred: many names of other countries are missing or skewed differently, so in-article
# evidence (Mr./Ms./Mrs., his/her, spokesman/spokeswoman) decides first (claimx.speakers.gender)."""


def label(female: str, male: str) -> str | None:
    f, m = (int(x) if x else None for x in (female, male))
    for a, b, sex in ((f, m, "f"), (m, f, "m")):
        if a is not None and a <= TOP and (b is None or b >= RATIO * a):
            return sex
    return None


def main(path: str) -> None:
    rows = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name, female, male = line.rstrip("\n").split("\t")
        sex = label(female, male)
        if sex:
            rows[name.lower()] = sex
    print(HEADER)
    for name in sorted(rows):
        print(f"{name}\t{rows[name]}")


if __name__ == "__main__":
    main(sys.argv[1])
