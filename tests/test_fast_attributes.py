"""claimx.pipes.attribute_ruler: the same token attributes as spaCy's attribute_ruler and lemmatizer.

Most tests run spaCy's ruler (from the installed model) and claimx's on copies of the same
doc, taken just before the ruler, and compare every attribute the ruler may set; the
whole-pipeline tests compare the model as spaCy loads it with the model after
``use_fast_attribute_ruler`` and ``index_lemma_tables``, lemmas and entities included.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

import claimx
from claimx.pipes.attribute_ruler import (
    FACTORY,
    FastAttributeRuler,
    make_fast_attribute_ruler,
    use_fast_attribute_ruler,
)
from claimx.pipes.lemma_tables import index_lemma_tables
from conftest import SHARED, installed_model, requires_shared


# One line per kind of pattern in en_core_web_sm's ruler (which pattern the words reach is
# decided by the tagger and parser, so the lines carry several candidates each).
SENTENCES = [
    "The cat sat on the mat, and I saw it.",  # (TAG), (LOWER, TAG), (DEP, LOWER): "I" nsubj, "it" dobj
    "You told me that she is here because they were not ready.",  # IN on LOWER, (TAG, DEP) "mark"
    "That is what he'd have done; those were hers, and this one's ours.",  # "'d", DT/WDT as PRON
    "Y'all gonna see, I ain't lyin' and we gotta go.",  # two-token LOWER patterns, REGEX tokens
    "Let's go, c'mon, 'em boys'll get somethin' 'nuff for ol' nothin' doin'.",  # LOWER-only patterns
    "There is a problem and there are two more; it's been said he has had it.",  # (DEP expl, LOWER) pair
    "Does he do it?  He did.\n\nShe has,\tand they had been gettin' there.\n",  # spaces, tab, newlines
    "Nobody said anything to anyone; everything got better and he gets it.",  # NN pronouns, "got"/"gets"
    "He can't and won't, but she could, should and would: I'm sure you're right.",  # MD, 'm, 're, ca/wo
]
COMPARED = ("text", "pos_", "tag_", "dep_", "lemma_", "norm_")


@pytest.fixture(scope="module")
def model():
    """The model as spaCy loads it, spaCy's attribute_ruler included."""
    return spacy.load(installed_model(), exclude=["senter"])


@pytest.fixture(scope="module")
def fast_model():
    """The same model with claimx's ruler and indexed lemma tables, as load_default_nlp has them."""
    nlp = spacy.load(installed_model(), exclude=["senter"])
    assert use_fast_attribute_ruler(nlp)
    assert index_lemma_tables(nlp)
    return nlp


@pytest.fixture(scope="module")
def rulers(model):
    original = model.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(model.vocab)
    fast.add_patterns(original.patterns)
    return original, fast


def _before_ruler(nlp, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("no attribute_ruler")


def _attributes(doc: Doc) -> list[tuple]:
    return [tuple(getattr(t, a) for a in COMPARED) + (str(t.morph), t.morph.key) for t in doc]


def _same_output(original, fast, doc: Doc) -> None:
    a, b = original(doc.copy()), fast(doc.copy())
    assert _attributes(a) == _attributes(b)


def _whole(doc: Doc) -> list[tuple]:
    return [(*row, t.head.i, t.ent_iob_, t.ent_type_) for row, t in zip(_attributes(doc), doc)]


def test_fast_attributes_whole_pipeline_equal_spacy_on_sentences(model, fast_model):
    """After the lemmatizer (which reads POS and MORPH) and the NER too."""
    for a, b in zip(model.pipe(SENTENCES), fast_model.pipe(SENTENCES)):
        assert _whole(a) == _whole(b)


def test_fast_attributes_compiles_nearly_every_pattern(rulers):
    original, fast = rulers
    assert fast.patterns == original.patterns
    assert len(fast.matcher) == 0  # the model's REGEX, NOT_IN and two-token patterns are compiled too
    assert fast._multi  # the two-token patterns are among them


@pytest.mark.parametrize("text", SENTENCES)
def test_fast_attributes_equal_spacy_on_sentences(model, rulers, text):
    _same_output(*rulers, _before_ruler(model, text))


def test_fast_attributes_sentences_reach_every_pattern_kind(model, rulers):
    """The sentences above do meet the patterns they are meant for (else the tests prove little)."""
    original, _ = rulers
    keys = set()
    for text in SENTENCES:
        doc = _before_ruler(model, text)
        keys.update(int(model.vocab.strings[m]) for m, _, _ in original.matcher(doc, allow_missing=True))
    patterns = [pattern for key in keys for pattern in original.patterns[key]["patterns"]]
    kinds = {tuple(sorted({name for spec in pattern for name in spec})) for pattern in patterns}
    lengths = {len(pattern) for pattern in patterns}
    assert {("TAG",), ("LOWER", "TAG"), ("LOWER",), ("DEP", "LOWER"), ("DEP", "TAG"), ("IS_SPACE",)} <= kinds
    assert 2 in lengths
    assert any(original.patterns[k]["index"] == 1 for k in keys)


# Random docs whose words, tags and dependency labels come from the patterns themselves, so
# that several patterns hit the same token and precedence decides.
WORDS = ["i", "I", "it", "you", "that", "That", "the", "a", "is", "'s", "was", "did", "had", "do", "does", "have",
         "gon", "na", "got", "ta", "let", "c'm", "on", "y'", "y", "all", "ai", "n't", "nt", "not", "'d", "will",
         "there", "nothin'", "ol'", "because", "him", "her", "gets", "cat", " ", "  ", "\n", "\t", "ok"]  # fmt: skip
TAGS = ["NN", "NNP", "DT", "WDT", "IN", "PRP", "PRP$", "VB", "VBP", "VBZ", "VBD", "VBN", "MD", "RB", "TO", "_SP",
        "XX", ".", ""]  # fmt: skip
DEPS = ["nsubj", "dobj", "pobj", "aux", "auxpass", "mark", "det", "quantmod", "expl", "ROOT", "advmod", "ccomp", "",
        "dep"]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.sampled_from(DEPS)), max_size=12))
def test_fast_attributes_equal_spacy_on_random_annotations(model, rulers, tokens):
    doc = Doc(model.vocab, words=[w for w, _, _ in tokens] or ["x"])
    if tokens:
        strings = model.vocab.strings
        rows = [[strings.add(t), strings.add(d)] for _, t, d in tokens]
        doc.from_array([TAG, DEP], numpy.array(rows, dtype=numpy.uint64))
    _same_output(*rulers, doc)


def test_fast_attributes_precedence_and_index_on_hand_made_patterns(model):
    """Later patterns win per attribute; index -1 and a pattern outside the dicts (OP) work."""
    patterns = [
        {"patterns": [[{"LOWER": "big"}]], "attrs": {"POS": "ADJ", "LEMMA": "large"}},
        {"patterns": [[{"LOWER": {"IN": ["big", "small"]}}]], "attrs": {"POS": "NOUN", "MORPH": "Degree=Pos"}},
        {"patterns": [[{"LOWER": "big"}, {"LOWER": "dog"}]], "attrs": {"LEMMA": "hound"}, "index": -1},
        {"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], "attrs": {"MORPH": "_"}, "index": -1},
        {"patterns": [[{"TEXT": {"REGEX": "^d"}}]], "attrs": {"TAG": "XX", "NORM": "d-word"}},
    ]
    original, fast = AttributeRuler(model.vocab), FastAttributeRuler(model.vocab)
    original.add_patterns(patterns)
    fast.add_patterns(patterns)
    assert len(fast.matcher) == 1  # only the OP pattern
    for text in ("a big dog", "very very big small dog", "Big", "dig big dog dog", ""):
        _same_output(original, fast, model.make_doc(text))


def test_fast_attributes_index_outside_the_match_raises_as_spacy(model):
    patterns = [{"patterns": [[{"LOWER": "big"}]], "attrs": {"POS": "ADJ"}, "index": 2}]
    original, fast = AttributeRuler(model.vocab), FastAttributeRuler(model.vocab)
    original.add_patterns(patterns)
    fast.add_patterns(patterns)
    for ruler in (original, fast):
        with pytest.raises(ValueError, match="E1001"):
            ruler(model.make_doc("a big dog"))


def test_fast_attributes_refuses_what_it_cannot_set(model):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big"}]], {"LOWER": "large"})  # a lexeme attribute: spaCy's ruler must stay
    with pytest.raises(ValueError):
        FastAttributeRuler(nlp.vocab).add_patterns(ruler.patterns)
    assert use_fast_attribute_ruler(nlp) is False
    assert nlp.get_pipe_meta("attribute_ruler").factory == "attribute_ruler"


def test_fast_attributes_default_pipeline_uses_it_under_the_same_name(nlp, model):
    assert [n for n in nlp.pipe_names if not n.startswith("claimx")] == model.pipe_names
    assert nlp.get_pipe_meta("attribute_ruler").factory == FACTORY
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert type(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]) is not list


def test_fast_attributes_a_users_pipeline_is_not_changed(model):
    claimx.extract("“We will win,” Jane Doe said.", nlp=model)
    assert model.get_pipe_meta("attribute_ruler").factory == "attribute_ruler"
    assert type(model.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]) is list


def test_fast_attributes_factory_is_a_declared_entry_point():
    """So that spacy.load finds it in a saved pipeline without ``import claimx`` (once installed)."""
    tomllib = pytest.importorskip("tomllib")
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    module, _, attr = pyproject["project"]["entry-points"]["spacy_factories"][FACTORY].partition(":")
    assert getattr(importlib.import_module(module), attr) is make_fast_attribute_ruler


def test_fast_attributes_bytes_and_disk_round_trip(rulers, model, tmp_path):
    _, fast = rulers
    for copy in (
        FastAttributeRuler(model.vocab).from_bytes(fast.to_bytes()),
        (fast.to_disk(tmp_path / "ruler"), FastAttributeRuler(model.vocab).from_disk(tmp_path / "ruler"))[1],
    ):
        assert copy.patterns == fast.patterns
        doc = _before_ruler(model, SENTENCES[3])
        assert _attributes(copy(doc.copy())) == _attributes(fast(doc.copy()))


def test_fast_attributes_lemma_tables_stay_lists(fast_model, model, tmp_path):
    """Indexed word lists answer like the lists and serialise as lists."""
    table = fast_model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    plain = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for pos in ("noun", "verb", "adj", "adv"):
        assert table[pos] == plain[pos] and isinstance(table[pos], list)
        assert all(word in table[pos] for word in plain[pos][:50]) and "zzzqx" not in table[pos]
    fast_model.get_pipe("lemmatizer").to_disk(tmp_path / "lemmatizer")
    reloaded = spacy.load(installed_model(), exclude=["senter"]).get_pipe("lemmatizer")
    reloaded.from_disk(tmp_path / "lemmatizer")
    assert reloaded.lookups.get_table("lemma_index")["noun"] == plain["noun"]


def test_fast_attributes_index_lemma_tables_without_a_lemmatizer():
    assert index_lemma_tables(spacy.blank("en")) is False


@requires_shared
@pytest.mark.slow
def test_fast_attributes_equal_spacy_on_polnear_dev_slow(model, fast_model):
    """Every token of every PolNeAR dev article, after the whole model (lemmatizer and NER too)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "data" / "polnear" / "dev" / "text").glob("*.txt"))]
    assert texts
    for a, b in zip(model.pipe(texts), fast_model.pipe(texts)):
        assert _whole(a) == _whole(b)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
