"""Hand-built parses for the speaker and stance tests, so they don't inherit the model's mistakes.

One row per token: ``word TAG dep head [lemma|-] [IOB-ENT]``, with ``head`` the absolute index
of the head token; ``-`` keeps the lowercased word as lemma.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.lang.en import English
from spacy.tokens import Doc

VOCAB = English().vocab  # Vocab() plus English lexical attributes (lower_, is_punct)
POS = {
    "NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON", "PRP$": "PRON",
    "WP": "PRON", "WDT": "PRON", "DT": "DET", "VB": "VERB", "VBD": "VERB", "VBZ": "VERB", "VBP": "VERB",
    "VBN": "VERB", "VBG": "VERB", "MD": "AUX", "IN": "ADP", "JJ": "ADJ", "RB": "ADV",
    ".": "PUNCT", ",": "PUNCT", "POS": "PART", "TO": "PART", "CC": "CCONJ", "CD": "NUM", "RP": "ADP",
    "EX": "PRON",
}  # fmt: skip


def parse(
    rows: str,
    *,
    glued: Collection[str] = (".", ","),
    aux_lemmas: Collection[str] = ("be",),
    root_aux: bool = True,
) -> Doc:
    """A Doc from rows. ``glued``: words written without a space before them; a word whose
    lemma is in ``aux_lemmas`` is an AUX (also as the root unless ``root_aux`` is False)."""
    words, tags, pos, deps, heads, lemmas, ents = [], [], [], [], [], [], []
    for line in rows.strip().splitlines():
        word, tag, dep, head, *rest = line.split()
        lemma = rest[0] if rest and rest[0] != "-" else word.lower()
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(lemma)
        aux = dep in ("aux", "auxpass") or lemma in aux_lemmas and (root_aux or dep != "ROOT")
        pos.append("AUX" if aux else POS[tag])
        ents.append(rest[1] if len(rest) > 1 else "O")
    spaces = [i + 1 < len(words) and words[i + 1] not in glued for i in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas, ents=ents)
