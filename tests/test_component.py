"""claimx.pipes: the spaCy factory, its extensions, serialisation and multiprocessing."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
import spacy

import claimx
import claimx.pipes.extractor
from claimx import Claim, Form, LexiconError
from claimx.pipes import SPANS_KEY, ClaimExtractor
from conftest import SHARED, installed_model, requires_shared

TEXTS = [
    "“The bridge will reopen by Friday,” Transport Minister Helen Vargas said.",
    "Coach Dan Pryor said the team is ready for the final. He added that the stadium would be full.",
    "The river rose three feet overnight and several roads were closed.",
    "",
    "The union accused the company of cutting wages without notice.",
]


@pytest.fixture(scope="module")
def plain_nlp():
    """The default model loaded with spaCy alone, then given the claimx pipe."""
    nlp = spacy.load(installed_model())
    nlp.add_pipe("claimx")
    return nlp


def test_component_add_pipe_to_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    with pytest.warns(UserWarning, match="without a dependency parser"):
        pipe = nlp.add_pipe("claimx")
    assert isinstance(pipe, ClaimExtractor)
    assert nlp.pipe_names == ["sentencizer", "claimx"]
    doc = nlp("“We will win,” the coach said.")
    assert isinstance(doc._.claims, list)
    assert all(isinstance(c, Claim) for c in doc._.claims)
    assert nlp("")._.claims == []


def test_component_add_pipe_to_loaded_pipeline(plain_nlp):
    assert plain_nlp.pipe_names[-1] == "claimx"
    doc = plain_nlp(TEXTS[0])
    (claim,) = doc._.claims
    assert claim.form == Form.DIRECT
    assert claim.text == "The bridge will reopen by Friday"
    assert claim.speaker.name == "Helen Vargas"


def test_component_loaded_pipeline_agrees_with_extract(plain_nlp, nlp):
    for text in TEXTS:
        assert plain_nlp(text)._.claims == claimx.extract(text, nlp=nlp)


# Texts of our own in the shapes where the two paths used to differ (issue 17.1): straight
# quote marks (extract gives the model curly ones) and a page's line structure (headline,
# byline, caption, teaser: extract's pipeline has claimx_paragraphs before the parser).
PAGE_TEXTS = [
    'Storm closes coastal highway\n\nCrews cleared fallen trees on Monday.\n\n"We expect the road to reopen by '
    'Thursday," said Karen Holt, a spokeswoman for the state transport agency. "The damage is worse than we '
    'thought."\n\nHolt said drivers should avoid the area.',
    'Photo: A worker repairs a power line in Millbrook. (Tom Ruiz/Staff)\n"It was a long night," Mayor Ellen Park '
    "told reporters. She said the town had opened two shelters.",
    'Council votes to raise fees\nBy Sam Ortega\n"This is not a tax," council member Rita Gomez said. Critics said '
    "the fee would hurt small shops.\nRead more: Harbor dredging plan stalls",
    '"Nobody warned us," said Paul Lin, who owns a bakery on Elm Street. "We lost a week of sales." The city denied '
    "that it had failed to notify businesses.",
]


def test_component_on_a_plain_model_gives_extracts_claims(plain_nlp, nlp):
    for text in PAGE_TEXTS:
        claims = plain_nlp(text)._.claims
        assert claims and claims == claimx.extract(text, nlp=nlp)
        assert all(text[c.start : c.end] == c.text for c in claims)  # strings from the doc's own text


def test_component_adds_the_paragraph_marker_before_the_parser(plain_nlp):
    names = plain_nlp.pipe_names
    assert names.index("claimx_paragraphs") == names.index("parser") - 1


def test_component_does_not_add_a_second_paragraph_marker(nlp):
    assert nlp.pipe_names.count("claimx_paragraphs") == 1


def test_component_leaves_the_doc_text_as_given(plain_nlp):
    text = PAGE_TEXTS[3]
    doc = plain_nlp(text)
    assert doc.text == text and '"' in doc.text


def test_component_without_the_set_up_reads_the_doc_as_parsed():
    nlp = spacy.load(installed_model())
    nlp.add_pipe("claimx", config={"paragraphs": False, "normalize_quotes": False})
    assert "claimx_paragraphs" not in nlp.pipe_names
    # the doc as the plain model parsed it: not what extract finds on these texts
    assert [nlp(text)._.claims for text in PAGE_TEXTS] != [claimx.extract(text) for text in PAGE_TEXTS]


@requires_shared
@pytest.mark.slow
def test_component_on_a_plain_model_gives_extracts_claims_on_polnear_dev_slow(plain_nlp, nlp):
    paths = sorted((SHARED / "data" / "polnear" / "dev" / "text").glob("*.txt"))
    assert paths
    differ = [p.name for p in paths if plain_nlp(t := p.read_text(encoding="utf-8"))._.claims != claimx.extract(t, nlp=nlp)]
    assert differ == []


def test_component_claims_are_typed_and_stored_as_json(nlp):
    doc = nlp(TEXTS[1])
    claims = doc._.claims
    assert len(claims) == 2
    assert all(isinstance(c, Claim) for c in claims)
    assert all(isinstance(r, dict) for r in doc._.claimx_records)
    assert [Claim.model_validate(r) for r in doc._.claimx_records] == claims


def test_component_spans_match_claims(nlp):
    doc = nlp(TEXTS[1])
    spans = doc.spans[SPANS_KEY]
    assert [s.label_ for s in spans] == [c.form.value for c in doc._.claims]
    for span, claim in zip(spans, doc._.claims):
        assert span.start_char <= claim.start and claim.end <= span.end_char


def test_component_entry_point_is_registered():
    factories = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="spacy_factories")}
    assert factories.get("claimx") == "claimx.pipes.extractor:make_claimx"
    misc = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="spacy_misc")}
    assert misc.get("claimx.lexicons.v1") == "claimx.lexicons:make_lexicons"


def test_component_config_names_the_lexicons(nlp):
    config = nlp.get_pipe_config("claimx")
    assert config["factory"] == "claimx"
    assert config["lexicons"]["@misc"] == "claimx.lexicons.v1"
    assert list(config["lexicons"]["extra"]) == []  # spaCy fills in the loader's default: no user files
    assert config["spans_key"] == SPANS_KEY
    assert config["extra_lexicons"] == [] and config["disabled_rules"] == [] and config["stance_model"] is False


def test_component_to_disk_then_spacy_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "claimx" / "lexicons.json").is_file()
    config = (tmp_path / "pipeline" / "config.cfg").read_text(encoding="utf-8")
    assert "claimx.lexicons.v1" in config and "secretly" not in config  # word lists stay out of the config
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    for text in TEXTS:
        assert reloaded(text)._.claims == nlp(text)._.claims


def test_component_bytes_round_trip(nlp):
    pipe = nlp.get_pipe("claimx")
    fresh = ClaimExtractor(nlp, "claimx", lexicons={}, spans_key="other")
    fresh.from_bytes(pipe.to_bytes())
    assert fresh.lexicons == pipe.lexicons
    assert fresh.spans_key == pipe.spans_key


def test_component_n_process_2_matches_n_process_1(nlp):
    one = [doc._.claims for doc in nlp.pipe(TEXTS, n_process=1)]
    two = [doc._.claims for doc in nlp.pipe(TEXTS, n_process=2, batch_size=2)]
    assert two == one
    assert any(one)


# ---------------------------------------------------------------------------- a user's own words

# A cue verb and a hedge phrase claimx does not list: without them these sentences give no
# claim, and a claim with no hedge.
NEW_CUE = "Mayor Tom Reyes opined that the bridge would reopen in May."
NEW_HEDGE = "Mayor Tom Reyes said the bridge would reopen in May, give or take a week."


def _uses_the_user_words(nlp) -> bool:
    cue_claims = nlp(NEW_CUE)._.claims
    (hedged,) = nlp(NEW_HEDGE)._.claims
    return [c.cue.text for c in cue_claims] == ["opined"] and hedged.hedge_cues == ("give or take",)


@pytest.fixture(scope="module")
def user_files(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("lexicons")
    (folder / "cue_verbs.tsv").write_text("# my cue verbs\nopine\tsay\n", encoding="utf-8")
    (folder / "hedges.tsv").write_text("# my hedges\ngive or take\tmarker\n", encoding="utf-8")
    return {"cue_verbs": str(folder / "cue_verbs.tsv"), "hedges": str(folder / "hedges.tsv")}


@pytest.fixture(scope="module")
def user_nlp(user_files):
    """docs/spacy.md, "Your own words": a cue verb and a hedge phrase added through the config."""
    nlp = spacy.load(installed_model())
    nlp.add_pipe("claimx", config={"extra_lexicons": list(user_files.values())})
    return nlp


def test_component_without_user_words_finds_neither(plain_nlp):
    assert not _uses_the_user_words(plain_nlp)


def test_component_extra_lexicons_are_used(user_nlp):
    assert _uses_the_user_words(user_nlp)
    lexicons = user_nlp.get_pipe("claimx").lexicons
    assert lexicons["cue_verbs"]["opine"] == "say" and lexicons["cue_verbs"]["say"] == "say"  # merged, not replaced


def test_component_extra_lexicons_survive_to_disk_and_spacy_load(user_nlp, tmp_path):
    user_nlp.to_disk(tmp_path / "pipeline")
    assert _uses_the_user_words(spacy.load(tmp_path / "pipeline"))


def test_component_from_disk_restores_the_saved_lexicons(user_nlp, tmp_path):
    """With the extra files taken out of the config, only from_disk can bring the words back."""
    user_nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline", config={"components": {"claimx": {"extra_lexicons": []}}})
    assert _uses_the_user_words(reloaded)


def test_component_from_disk_honours_exclude(user_nlp, plain_nlp, tmp_path):
    user_nlp.get_pipe("claimx").to_disk(tmp_path / "claimx")
    pipe = ClaimExtractor(plain_nlp, "claimx", lexicons=plain_nlp.get_pipe("claimx").lexicons)
    pipe.from_disk(tmp_path / "claimx", exclude=["lexicons"])
    assert "opine" not in pipe.lexicons["cue_verbs"]
    pipe.from_disk(tmp_path / "claimx")
    assert pipe.lexicons["cue_verbs"]["opine"] == "say"
    user_nlp.get_pipe("claimx").to_disk(tmp_path / "bare", exclude=["lexicons"])
    assert sorted(p.name for p in (tmp_path / "bare").iterdir()) == ["cfg.json"]


def test_component_lexicons_v1_takes_extra_files_in_the_config(user_files):
    nlp = spacy.load(installed_model())
    nlp.add_pipe("claimx", config={"lexicons": {"@misc": "claimx.lexicons.v1", "extra": user_files}})
    assert _uses_the_user_words(nlp)
    assert nlp.get_pipe_config("claimx")["lexicons"]["extra"] == user_files


def test_component_extra_lexicon_labels_are_checked(tmp_path):
    bad = tmp_path / "cue_verbs.tsv"
    bad.write_text("opine\tsaying\n", encoding="utf-8")
    nlp = spacy.blank("en")
    with pytest.raises(LexiconError, match="'saying' is not one of"):
        nlp.add_pipe("claimx", config={"extra_lexicons": [str(bad)]})
    with pytest.raises(LexiconError, match="no such file"):
        nlp.add_pipe("claimx", config={"extra_lexicons": {"hedges": str(tmp_path / "missing.tsv")}})


@pytest.mark.filterwarnings("ignore:'claimx' is added to a pipeline without")
def test_component_disabled_rules_reach_find_claims(monkeypatch):
    seen = []

    def spy(doc, lexicons, *, disabled=frozenset(), stance_model=False, keep_furniture=False):
        seen.append((disabled, stance_model))
        assert keep_furniture  # the component sorts furniture claims itself (issue 17.2)
        return []

    monkeypatch.setattr(claimx.pipes.extractor, "find_claims", spy)
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx", config={"disabled_rules": ["attribution.verb_cues", "stance.hedge"], "stance_model": True})
    nlp("Words.")
    assert seen == [(frozenset({"attribution.verb_cues", "stance.hedge"}), True)]
