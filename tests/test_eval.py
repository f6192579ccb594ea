"""Tests for claimx.evaluation: the PolNeAR and stance scorers on tiny hand-made data.

Every figure here is worked out by hand in the comments, so a change in a scoring rule
shows up as a failing number, not a silent shift in published results. The data in
tests/data/polnear_tiny and tests/data/stance_tiny.jsonl is invented for these tests.
"""

from __future__ import annotations

import dataclasses

import json
import sys
import types
from pathlib import Path

import pytest

import claimx.api
import claimx.evaluation as ev
import claimx.evaluation.polnear
from claimx.evaluation import GoldAttribution, Prediction
from claimx.evaluation.kinds import KIND_RULES, ContentKind, content_kind, content_kinds, kind_rule
from claimx.errors import InputError
from claimx.models import Claim, Form, Mention, Speaker, Stance
from conftest import SHARED, requires_shared
from parsing import parse

DATA = Path(__file__).resolve().parent / "data"
TINY = DATA / "polnear_tiny"


# --------------------------------------------------------------------------- helpers


def _mention(text: str, words: str, after: int = 0) -> Mention:
    start = text.index(words, after)
    return Mention(text=words, start=start, end=start + len(words))


def _claim(
    text: str,
    words: str,
    *,
    form: Form = Form.INDIRECT,
    after: int = 0,
    speaker: str | None = None,
    speaker_after: int = 0,
    name: str | None = None,
    cue: str | None = None,
    cue_after: int = 0,
    stance: Stance = Stance.ASSERTION,
    hedge_cues: tuple[str, ...] = (),
) -> Claim:
    span = _mention(text, words, after)
    who = None
    if speaker is not None:
        who = Speaker(name=name or speaker, mention=_mention(text, speaker, speaker_after))
    return Claim(
        text=words,
        start=span.start,
        end=span.end,
        form=form,
        speaker=who,
        cue=_mention(text, cue, cue_after) if cue else None,
        stance=stance,
        hedge_cues=hedge_cues,
    )


def _gold(content: str, *, source: tuple[int, int] | None = None) -> GoldAttribution:
    return GoldAttribution(article="x", event="E1", content_spans=((0, len(content)),), content=content,
                           source_spans=(source,) if source else ())


def _pred(content: str) -> Prediction:
    return Prediction(article="x", content_spans=((0, len(content)),), content=content, form=Form.INDIRECT)


@pytest.fixture(scope="module")
def tiny() -> list[ev.PolnearArticle]:
    return ev.read_polnear(TINY, "dev")


def _tiny_predictions(tiny: list[ev.PolnearArticle]) -> dict[str, list[Claim]]:
    """Fake claimx output for the tiny corpus; the expected scores are worked out in test_eval_score_polnear_*."""
    a, b = (article.text for article in tiny)
    council = a.index("council")
    officials = b.index("Officials")
    return {
        "a": [
            # the split quote as two claims sharing the cue "said": merged, they match E1 (J = 9/17)
            _claim(a, "We will build the bridge over the river this year,", form=Form.DIRECT, cue="said", speaker="Ann Lee"),
            _claim(a, "It will open in May.", form=Form.DIRECT, cue="said"),
            # E2: lenient (J = 6/7), not exact ("that"), speaker right
            _claim(a, "the budget was approved on Monday", cue="said", cue_after=council, speaker="council"),
            # E3: lenient and exact, speaker wrong
            _claim(a, "the plan is “a waste of money” for the town", form=Form.MIXED, cue="argue", speaker="The council"),
            # E4 has no Source: matched, but a predicted speaker makes it wrong end to end
            _claim(a, "overdue", cue="described as", speaker="The move"),
            # a false alarm
            _claim(a, "Mayor Ann Lee said."),
        ],
        "b": [
            # E1: lenient and exact, speaker right, surname resolved to the full name
            _claim(b, "the vote was close", cue="said", speaker="Reed", speaker_after=20, name="Tom Reed"),
            # E2: lenient (J = 5/6), not exact, speaker right, pronoun not resolved
            _claim(b, "the count would be checked", cue="added", speaker="He", name="Reed"),
            # E3 (with Content2) is missed: J = 3/10; and this is a false alarm
            _claim(b, "the talks failed", cue="said", cue_after=officials, speaker="Officials"),
        ],
    }


# --------------------------------------------------------------------------- the package


def test_eval_package_exports_are_sorted_and_importable():
    assert ev.__all__ == sorted(ev.__all__)
    assert all(getattr(ev, name) is not None for name in ev.__all__)


def test_eval_cli_imports_both_harnesses_from_polnear():
    # the CLI imports evaluate_polnear/evaluate_stance from claimx.evaluation.polnear (test_cli patches them there)
    import claimx.evaluation.polnear as polnear

    assert polnear.evaluate_polnear is ev.evaluate_polnear and polnear.evaluate_stance is ev.evaluate_stance


# --------------------------------------------------------------------------- reading


def test_eval_read_polnear_uses_first_ann_file_and_skips_events_without_content(tiny):
    assert [(a.name, a.ann_file) for a in tiny] == [("a", "a_x1.ann"), ("b", "b_x1.ann")]
    assert [g.event for g in tiny[0].gold] == ["E1", "E2", "E3", "E4"]  # E5 has no content


def test_eval_read_brat_sorts_discontinuous_pieces_into_document_order(tiny):
    e1 = tiny[0].gold[0]
    assert e1.content_spans == ((0, 52), (73, 95))
    assert e1.content == "“We will build the bridge over the river this year,” “It will open in May.”"
    assert (e1.source, e1.cue) == ("Mayor Ann Lee", "said")


def test_eval_read_brat_merges_content2_defined_after_its_event(tiny):
    e3 = tiny[1].gold[2]
    assert e3.content == "the talks failed\nand that a new round was set"
    assert len(e3.content_spans) == 2 and e3.source == "Officials"


def test_eval_read_brat_keeps_no_source_events(tiny):
    e4 = tiny[0].gold[3]
    assert (e4.kind, e4.source_spans, e4.source, e4.cue) == ("Attribution-no-source", (), "", "described as")


def test_eval_read_brat_rejects_undefined_ids():
    with pytest.raises(InputError, match="T9"):
        ev.read_brat("E1\tAttribution:T1 Content:T9\nT1\tCue 0 2\tHe", "He said")


def test_eval_read_polnear_missing_folder_raises(tmp_path):
    with pytest.raises(InputError, match="polnear"):
        ev.read_polnear(tmp_path, "dev")


def test_eval_read_polnear_limit(tiny):
    assert [a.name for a in ev.read_polnear(TINY, "dev", limit=1)] == ["a"]


def test_eval_read_polnear_only_named_articles(tiny):
    assert [a.name for a in ev.read_polnear(TINY, "dev", articles=["b"])] == ["b"]
    assert [a.name for a in ev.read_polnear(TINY, "dev", articles=[])] == []


def test_eval_read_polnear_unknown_article_raises(tiny):
    with pytest.raises(InputError, match="not_there"):
        ev.read_polnear(TINY, "dev", articles=["a", "not_there"])


def test_eval_untouched_sample_file_follows_its_rule():
    """data/folds/polnear_train_untouched.tsv holds the train stems with md5 % 10 == 7, and only those."""
    import hashlib

    from claimx.evaluation.corpus import read_article_list

    names = read_article_list(Path(__file__).resolve().parents[1] / "data/folds/polnear_train_untouched.tsv")
    assert names == sorted(names) and len(names) == 74
    assert all(int(hashlib.md5(n.encode("utf-8")).hexdigest(), 16) % 10 == 7 for n in names)
    train = SHARED / "data/polnear/train/text"
    if train.is_dir():  # every train article that meets the rule is in the file
        assert names == sorted(p.stem for p in train.glob("*.txt") if int(hashlib.md5(p.stem.encode("utf-8")).hexdigest(), 16) % 10 == 7)


# --------------------------------------------------------------------------- gold form


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("“We will win,”", Form.DIRECT),
        ('"We will win."', Form.DIRECT),
        ("''We will win,''", Form.DIRECT),  # the NYT's doubled apostrophes
        ("“A,” “B.”", Form.DIRECT),  # a split quote, pieces joined with a space
        ("“It is over.”\xa0", Form.DIRECT),  # trailing no-break space is trimmed
        ("— “It is over.”", Form.DIRECT),  # leading dash is punctuation
        ("he would “fix it” soon", Form.MIXED),
        ("“You went too far” workers", Form.MIXED),
        ("''Did it work?'", Form.MIXED),  # a single closing apostrophe is not a quote mark
        ("that it rained", Form.INDIRECT),
        ("the ‘so-called’ plan", Form.INDIRECT),  # single quotes do not count
        ("Clinton’s plan", Form.INDIRECT),
    ],
)
def test_eval_gold_form(content, expected):
    assert ev.gold_form(content) is expected


# --------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("gold", "pred", "matched"),
    [
        ("a b c d", "a b", True),  # J = 2/4, exactly the threshold
        ("a b c d e f", "a b c", True),  # J = 3/6
        ("a b c d e", "a b", False),  # J = 2/5
        ("a b c", "a b d e", False),  # J = 2/5
        # quote marks stay on tokens: a quote needs 6 tokens to match its unquoted self
        ("“We will win,”", "We will win,", False),  # J = 1/5
        ("“We will surely win this time,”", "We will surely win this time,", True),  # J = 4/8
        ("“Yes, sir,”", "Yes, sir,", False),  # J = 0/4
        ("a b", "", False),
    ],
)
def test_eval_lenient_threshold_edge(gold, pred, matched):
    assert bool(ev.match_lenient([_gold(gold)], [_pred(pred)])) is matched


def test_eval_lenient_on_spans_counts_tokens_the_spans_touch():
    text = "“We will win,” she said."
    gold = _gold("“We will win,”")
    gold = dataclasses.replace(gold, content_spans=((0, 14),))
    pred = dataclasses.replace(_pred("We will win,"), content_spans=((1, 13),))
    assert ev.match_lenient([gold], [pred], text) == [(0, 0, 1.0)]
    far = dataclasses.replace(_pred("she said."), content_spans=((15, 24),))
    assert ev.match_lenient([gold], [far], text) == []


def test_eval_jaccard_uses_token_sets():
    assert ev.jaccard("a a b", "a b") == 1.0
    assert ev.jaccard("a b c", "b c d") == 0.5


def test_eval_lenient_matching_is_one_to_one():
    pairs = ev.match_lenient([_gold("a b c d")], [_pred("a b c"), _pred("a b c d")])
    assert pairs == [(0, 1, 1.0)]  # the better prediction wins; the other is a false alarm


def test_eval_lenient_matching_is_greedy_by_best_jaccard():
    # pred 0 fits gold 1 best (J = 1); gold 0 (J = 3/4) then takes pred 1 (J = 3/4)
    gold = [_gold("a b c"), _gold("a b c d")]
    pairs = ev.match_lenient(gold, [_pred("a b c d"), _pred("a b c x")])
    assert [(gi, pi) for gi, pi, _ in pairs] == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["“We will win,”"], "We will win"),
        (["“A,”", "“B.”"], "A B"),
        (["  'It is over.'  "], "It is over"),
        (["that it  rained"], "that it rained"),  # inner spaces collapse; words stay
        (["($5 million)"], "$5 million"),
        (["…”"], ""),
    ],
)
def test_eval_trim_content(pieces, expected):
    assert ev.trim_content(pieces) == expected


def test_eval_exact_matching_is_one_to_one_within_article():
    text = "“Go.” “Go.”"
    gold = [GoldAttribution(article="x", event="E1", content_spans=((0, 5),), content="“Go.”")]
    preds = [
        Prediction(article="x", content_spans=((1, 4),), content="Go.", form=Form.DIRECT),
        Prediction(article="x", content_spans=((7, 10),), content="Go.", form=Form.DIRECT),
    ]
    assert ev.match_exact(gold, preds, text) == [(0, 0)]


# --------------------------------------------------------------------------- merging


def test_eval_merge_claims_sharing_a_cue():
    text = "“A b,” she said. “C d.” It rained, he said."
    first = _claim(text, "A b,", form=Form.DIRECT, cue="said", speaker="she")
    second = _claim(text, "C d.", form=Form.MIXED, cue="said", speaker="It")
    other = _claim(text, "It rained,", cue="said", cue_after=30, speaker="he")
    lone = _claim(text, "rained")
    merged = ev.merge_claims([second, first, other, lone], article="x")
    assert [p.content for p in merged] == ["A b, C d.", "It rained,", "rained"]
    head = merged[0]
    assert head.content_spans == ((1, 5), (18, 22))
    assert head.form is Form.MIXED  # the parts disagree
    assert head.speaker_mention == "It"  # the first claim's speaker (extraction order)


def test_eval_merge_keeps_claims_without_cue_apart():
    text = "a b c"
    merged = ev.merge_claims([_claim(text, "a b"), _claim(text, "a b")])
    assert len(merged) == 2


# --------------------------------------------------------------------------- the whole scorer


@pytest.fixture(scope="module")
def tiny_report(tiny) -> ev.PolnearReport:
    return ev.score_polnear(tiny, _tiny_predictions(tiny))


def test_eval_score_polnear_counts(tiny_report):
    r = tiny_report
    assert (r.n_articles, r.n_gold, r.n_claims, r.n_pred) == (2, 7, 9, 8)
    assert r.gold_forms == {"direct": 1, "mixed": 1, "indirect": 5}


def test_eval_score_polnear_lenient(tiny_report):
    s = tiny_report.lenient
    assert (s.overall.matched_pred, s.overall.n_pred, s.overall.matched_gold, s.overall.n_gold) == (6, 8, 6, 7)
    assert s.overall.f1 == pytest.approx(2 * (6 / 8) * (6 / 7) / (6 / 8 + 6 / 7))
    assert (s.by_form["direct"].precision, s.by_form["direct"].recall) == (1.0, 1.0)
    assert (s.by_form["mixed"].precision, s.by_form["mixed"].recall) == (1.0, 1.0)
    assert (s.by_form["indirect"].precision, s.by_form["indirect"].recall) == (4 / 6, 4 / 5)
    assert tiny_report.direct_lenient_f1 == 1.0


def test_eval_score_polnear_exact(tiny_report):
    s = tiny_report.exact
    assert (s.overall.precision, s.overall.recall) == (4 / 8, 4 / 7)
    assert (s.by_form["indirect"].matched_pred, s.by_form["indirect"].matched_gold) == (2, 2)
    assert s.by_form["direct"].matched_gold == 1  # the merged split quote, trimmed of its quote marks


def test_eval_score_polnear_speaker(tiny_report):
    sp = tiny_report.speaker
    # 5 lenient pairs have a gold Source; E3's speaker is wrong; E4 (no Source) is not counted
    assert (sp["overall"].correct, sp["overall"].n) == (4, 5)
    assert (sp["direct"].correct, sp["mixed"].correct, sp["indirect"].correct) == (1, 0, 3)


def test_eval_score_polnear_end_to_end(tiny_report):
    s = tiny_report.end_to_end.overall
    # E3 (wrong speaker) and E4 (speaker predicted where gold has none) drop out
    assert (s.matched_pred, s.n_pred, s.matched_gold, s.n_gold) == (4, 8, 4, 7)


def test_eval_score_polnear_without_merging_misses_the_split_quote(tiny):
    a = tiny[0].text
    lone = {"a": [_claim(a, "We will build the bridge over the river this year,", form=Form.DIRECT)]}
    report = ev.score_polnear(tiny[:1], lone)
    # the pieces touch 15 article tokens and the lone first piece 10 of them: J = 10/15
    assert report.lenient.overall.matched_gold == 1
    assert report.exact.overall.matched_gold == 0  # exact needs both pieces


def test_eval_score_polnear_errors_file(tiny, tmp_path):
    target = tmp_path / "errors.jsonl"
    ev.score_polnear(tiny, _tiny_predictions(tiny), errors_file=target)
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    kinds = sorted(r["type"] for r in records)
    assert kinds == ["false_alarm", "false_alarm", "miss", "speaker_error", "speaker_error"]
    miss = next(r for r in records if r["type"] == "miss")
    assert (miss["article"], miss["gold_event"], miss["start"]) == ("b", "E3", tiny[1].text.index("the talks"))
    assert "⟦the talks failed" in miss["context"]
    wrong = next(r for r in records if r["type"] == "speaker_error" and r["gold_source"])
    assert (wrong["gold_source"], wrong["pred_speaker_mention"]) == ("Critics", "The council")


def test_eval_report_table_and_dict(tiny_report):
    table = tiny_report.format_table()
    assert "lenient" in table and "end-to-end" in table and "direct quotes lenient F1: 1.000" in table
    data = json.loads(json.dumps(tiny_report.to_dict()))
    assert data["lenient"]["overall"]["precision"] == 0.75
    assert data["direct_lenient_f1"] == 1.0


def test_eval_evaluate_polnear_runs_claimx_on_each_article(tiny, monkeypatch):
    fake = _tiny_predictions(tiny)
    by_text = {a.text: fake[a.name] for a in tiny}
    seen = {}

    def extract_many(texts, *, nlp=None, **kwargs):
        texts = list(texts)
        seen.update(texts=texts, nlp=nlp)
        return iter([by_text[t] for t in texts])

    def kinds_of(articles, nlp):
        seen["kinds_nlp"] = nlp
        return {(g.article, g.event): ContentKind.STATEMENT for a in articles for g in a.gold}

    monkeypatch.setattr(claimx.api, "extract_many", extract_many)
    monkeypatch.setattr(claimx.api, "resolve_nlp", lambda nlp: nlp)
    monkeypatch.setattr(claimx.evaluation.polnear, "content_kinds", kinds_of)
    sentinel = object()
    report = ev.evaluate_polnear(TINY, split="dev", nlp=sentinel)
    assert seen["nlp"] is sentinel and seen["kinds_nlp"] is sentinel and len(seen["texts"]) == 2
    assert report == ev.score_polnear(tiny, fake, kinds=kinds_of(tiny, sentinel))
    assert report.gold_kinds == {"statement": 7, "indirect statement": 5, "topic": 0}
    assert ev.evaluate_polnear(TINY, limit=1, nlp=sentinel).n_articles == 1


# --------------------------------------------------------------------------- content kinds

# Hand-built parses of contents alone (rows: word TAG dep head), so the rule is tested
# apart from the model's mistakes.
CLAUSE = """
the DT det 1
bridge NN nsubj 2
was VBD ROOT 2 be
safe JJ acomp 2
"""
THAT_CLAUSE = """
that IN mark 3
the DT det 2
vote NN nsubj 3
failed VBD ROOT 3
"""
PARTICIPLE_WITH_SUBJECT = """
the DT det 1
claim NN nsubj 2
smacked VBN ROOT 2
of IN prep 2
spite NN pobj 3
"""
INFINITIVE = """
to TO aux 1
release VB ROOT 1
the DT det 3
report NN dobj 1
"""
NOUN_PHRASE = """
a DT det 1
run NN ROOT 1
for IN prep 1
mayor NN pobj 2
"""
NOUN_WITH_CLAUSE = """
the DT det 1
idea NN ROOT 1
that IN mark 4
she PRP nsubj 4
lied VBD acl 1
"""
GERUND = """
being VBG ROOT 0 be
asleep JJ acomp 0
"""
PREPOSITION = """
against IN ROOT 0
the DT det 2
levy NN pobj 0
"""
CLAUSE_AFTER_NOUN = """
taxes NNS ROOT 0
and CC cc 0
rates NNS conj 0
will MD aux 4
rise VB conj 0
"""


@pytest.mark.parametrize(
    ("rows", "rule"),
    [
        (CLAUSE, "clause"),
        (THAT_CLAUSE, "clause"),
        (PARTICIPLE_WITH_SUBJECT, "clause"),  # a past tense the tagger took for a participle: the subject decides
        (INFINITIVE, "infinitive"),
        (CLAUSE_AFTER_NOUN, "clause"),  # a finite conjunct of the root
        (NOUN_PHRASE, None),
        (NOUN_WITH_CLAUSE, None),  # the content names the idea; the clause is inside the noun phrase
        (GERUND, None),
        (PREPOSITION, None),
    ],
)
def test_eval_kind_rule_reads_the_contents_head(rows, rule):
    doc = parse(rows)
    assert kind_rule(doc.text, doc) == rule
    assert content_kind(doc.text, doc) is (ContentKind.TOPIC if rule is None else ContentKind.STATEMENT)


def test_eval_kind_rule_quote_marks_make_a_statement_whatever_the_parse():
    doc = parse(NOUN_PHRASE)
    assert kind_rule("a “run” for mayor", doc) == "quoted"
    assert kind_rule("a run for mayor", doc) is None
    assert [name for name, _ in KIND_RULES] == ["quoted", "clause", "infinitive"]


def test_eval_kind_of_an_empty_content_is_a_topic():
    doc = parse("x NN ROOT 0")[0:0].as_doc()
    assert content_kind("", doc) is ContentKind.TOPIC


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the ferry would run again by June", ContentKind.STATEMENT),
        ("that the ferry had been sold", ContentKind.STATEMENT),
        ("whether the ferry was safe", ContentKind.STATEMENT),
        ("to sell the ferry", ContentKind.STATEMENT),
        ("“We are not selling,”", ContentKind.STATEMENT),
        ("the sale of the ferry", ContentKind.TOPIC),
        ("a second term", ContentKind.TOPIC),
        ("the harbour master", ContentKind.TOPIC),
    ],
)
def test_eval_content_kinds_parse_each_content_alone(nlp, content, kind):
    article = ev.PolnearArticle("k", content, (GoldAttribution(article="k", event="E1", content_spans=((0, len(content)),), content=content),))
    assert content_kinds([article], nlp) == {("k", "E1"): kind}
    assert "claimx" in nlp.pipe_names and not nlp.disabled  # the pipes skipped for the parse are back


def _tiny_kinds(tiny):
    """Every tiny content is a statement but "overdue" (E4 of a: "described as overdue")."""
    kinds = {(g.article, g.event): ContentKind.STATEMENT for a in tiny for g in a.gold}
    kinds[("a", "E4")] = ContentKind.TOPIC
    return kinds


def test_eval_score_polnear_recall_by_kind(tiny):
    report = ev.score_polnear(tiny, _tiny_predictions(tiny), kinds=_tiny_kinds(tiny))
    # statements: a E1-E3, b E1-E3; indirect among them: a E2, b E1-E3; the topic: a E4
    assert report.gold_kinds == {"statement": 6, "indirect statement": 4, "topic": 1}
    got = {group: tuple(a.correct for a in figures.values()) for group, figures in report.kind_recall.items()}
    # lenient misses only b E3; exact keeps a E1, a E3, b E1 and a E4; end to end loses a E3 (speaker) and a E4
    assert got == {"statement": (5, 3, 4), "indirect statement": (3, 1, 3), "topic": (1, 1, 0)}
    assert list(report.kind_recall["topic"]) == ["lenient", "exact", "end_to_end"]
    assert report.kind_recall["statement"]["lenient"].value == 5 / 6
    # the figures by form do not move
    assert report.lenient == ev.score_polnear(tiny, _tiny_predictions(tiny)).lenient


def test_eval_score_polnear_without_kinds_has_no_kind_table(tiny_report):
    assert tiny_report.gold_kinds == {} and tiny_report.kind_recall == {}
    assert "content kind" not in tiny_report.format_table()


def test_eval_report_table_prints_recall_by_kind(tiny):
    table = ev.score_polnear(tiny, _tiny_predictions(tiny), kinds=_tiny_kinds(tiny)).format_table()
    rows = {line.split()[0]: line for line in table.splitlines()[-3:]}
    assert "0.833 (5/6)" in rows["statement"] and "1.000 (1/1)" in rows["topic"] and "0.000 (0/1)" in rows["topic"]
    assert "  indirect statement       4" in table
    assert "  indirect " in table  # the by-form rows are still there


def test_eval_errors_file_names_the_gold_kind(tiny, tmp_path):
    target = tmp_path / "errors.jsonl"
    ev.score_polnear(tiny, _tiny_predictions(tiny), errors_file=target, kinds=_tiny_kinds(tiny))
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert {(r["type"], r.get("gold_event"), r.get("gold_kind")) for r in records} == {
        ("miss", "E3", "statement"),
        ("speaker_error", "E3", "statement"),
        ("speaker_error", "E4", "topic"),
        ("false_alarm", None, None),
    }


# --------------------------------------------------------------------------- stance


@pytest.mark.parametrize(
    ("gold", "pred", "matched"),
    [
        (["may"], ["may"], 1),
        (["may"], ["may have"], 1),  # contains it as a whole word
        (["may have"], ["may"], 1),
        (["may"], ["mayor"], 0),  # not a whole word
        (["may", "may"], ["may"], 1),  # multisets
        (["may"], ["may", "may"], 1),
        (["Believes"], ["believes"], 1),
        ([], ["could"], 0),
    ],
)
def test_eval_match_hedge_cues(gold, pred, matched):
    assert ev.match_hedge_cues(gold, pred) == matched


def _stance_fakes(monkeypatch) -> list[tuple]:
    """Fake extraction and classifier for stance_tiny.jsonl; returns the classifier's calls."""
    s1 = (TINY / "train" / "text" / "s1.txt").read_text(encoding="utf-8")
    s2 = (TINY / "train" / "text" / "s2.txt").read_text(encoding="utf-8")
    claims = {
        s1: [
            _claim(s1, "The senator denied that he", stance=Stance.HEDGE),  # overlaps E1 less
            _claim(s1, "he took the money", stance=Stance.DENIAL),
            _claim(s1, "the plan may fail", hedge_cues=("may",)),
        ],
        # nothing covers "of lying" (E1)
        s2: [_claim(s2, "the park will open", hedge_cues=("probably",))],
    }
    monkeypatch.setattr(claimx.api, "extract_many", lambda texts, *, nlp=None, **kw: iter([claims[t] for t in texts]))
    calls = []

    def classify_text(content, cue, source=None, *, nlp=None):
        calls.append((content, cue, source, nlp))
        label = {"denied": Stance.DENIAL, "accused": Stance.ALLEGATION}.get(cue, Stance.ASSERTION)
        hedges = ("may",) if " may " in f" {content} " else ()
        return types.SimpleNamespace(stance=label, hedge_cues=hedges, evidence=(cue,), confidence=0.9, target=None)

    monkeypatch.setattr(claimx.api, "classify_stance", classify_text)
    return calls


def test_eval_stance_end_to_end_and_classifier(monkeypatch, tmp_path):
    calls = _stance_fakes(monkeypatch)
    errors = tmp_path / "stance_errors.jsonl"
    report = ev.evaluate_stance(DATA / "stance_tiny.jsonl", polnear_path=TINY, errors_file=errors)
    assert calls[0] == ("that he took the money", "denied", "The senator", None)
    assert (report.n_items, report.coverage) == (4, 0.75)

    covered = report.end_to_end_covered  # denial ok, hedge -> assertion, assertion ok
    assert (covered.n, covered.accuracy) == (3, 2 / 3)
    assert covered.per_label["assertion"].precision == 0.5
    assert covered.macro_f1 == pytest.approx((1 + 0 + 2 / 3 + 0) / 4)
    assert covered.confusion["hedge"]["assertion"] == 1
    assert (covered.hedge_cues.precision, covered.hedge_cues.recall) == (0.5, 1.0)

    everything = report.end_to_end_all  # the uncovered allegation counts as wrong
    assert (everything.n, everything.accuracy) == (4, 0.5)
    assert everything.confusion["allegation"] == {"allegation": 0, "denial": 0, "hedge": 0, "assertion": 0, "none": 1}
    assert everything.per_label["allegation"].recall == 0.0

    clf = report.classifier  # only the hedge item is wrong (assertion with cue "may")
    assert clf.accuracy == 0.75
    assert (clf.hedge_cues.precision, clf.hedge_cues.recall) == (1.0, 1.0)

    wrong = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(w["event"], w["gold"], w["end_to_end"], w["classifier"]) for w in wrong] == [
        ("E2", "hedge", "assertion", "assertion"),
        ("E1", "allegation", "none", "allegation"),
    ]
    table = report.format_table()
    assert "covered items only" in table and "uncovered count as wrong" in table and "classifier alone" in table


def test_eval_stance_default_polnear_path(monkeypatch, tmp_path):
    _stance_fakes(monkeypatch)
    root = tmp_path / "data"
    (root / "stance").mkdir(parents=True)
    (root / "polnear" / "train" / "text").mkdir(parents=True)
    for name in ("s1", "s2"):
        (root / "polnear" / "train" / "text" / f"{name}.txt").write_bytes((TINY / "train" / "text" / f"{name}.txt").read_bytes())
    stance_file = root / "stance" / "items.jsonl"
    stance_file.write_bytes((DATA / "stance_tiny.jsonl").read_bytes())
    assert ev.evaluate_stance(stance_file).n_items == 4


def test_eval_stance_missing_article_raises(monkeypatch, tmp_path):
    _stance_fakes(monkeypatch)
    with pytest.raises(InputError, match="s1.txt"):
        ev.evaluate_stance(DATA / "stance_tiny.jsonl", polnear_path=tmp_path)


def test_eval_best_claim_prefers_largest_overlap():
    text = "a b c d e f"
    item = ev.StanceItem(article="x", event="E1", content_spans=((2, 9),), content="b c d e", cue="", source="",
                         label=Stance.ASSERTION)
    short, long_ = _claim(text, "a b"), _claim(text, "c d e f")
    assert ev.best_claim(item, [short, long_]) is long_
    assert ev.best_claim(item, [_claim(text, "f")]) is None


# --------------------------------------------------------------------------- the real corpus


@requires_shared
def test_eval_polnear_dev_gold_counts():
    articles = ev.read_polnear(SHARED / "data" / "polnear", "dev")
    gold = [g for a in articles for g in a.gold]
    forms = {f: sum(g.form is f for g in gold) for f in Form}
    assert (len(articles), len(gold)) == (84, 2192)
    assert forms == {Form.DIRECT: 406, Form.MIXED: 304, Form.INDIRECT: 1482}


@requires_shared
@pytest.mark.slow
def test_eval_polnear_dev_holds_the_documented_figures():
    """The whole dev split; guards the figures in docs/accuracy.md against regressions."""
    report = ev.evaluate_polnear(SHARED / "data" / "polnear", split="dev")
    assert report.n_articles == 84 and report.n_gold == 2192
    assert report.lenient.overall.f1 >= 0.64
    assert report.exact.overall.f1 >= 0.49
    assert report.speaker["overall"].value >= 0.91
    assert report.end_to_end.overall.f1 >= 0.59
    assert report.direct_lenient_f1 >= 0.86
    # a third of the gold are topics (704 measured), of which claimx reports the stands it can read
    # (0.301 measured; statements 0.767): statements stay far ahead, topics must not fall back
    assert 600 <= report.gold_kinds["topic"] <= 800
    assert report.kind_recall["statement"]["lenient"].value >= 0.70 > 0.40 >= report.kind_recall["topic"]["lenient"].value >= 0.25


@requires_shared
@pytest.mark.slow
def test_eval_stance_runs_end_to_end():
    report = ev.evaluate_stance(SHARED / "data" / "stance" / "polnear_train_stance.jsonl")
    assert report.n_items == 400 and report.coverage > 0.64
    # the rules were written against these 400, so these are tuning figures (measured 0.906 and
    # 0.883, hedge cues 0.915); the cross-validated estimates are in docs/accuracy.md
    assert report.classifier.macro_f1 >= 0.88
    assert report.end_to_end_covered.macro_f1 >= 0.83
    assert report.classifier.hedge_cues.f1 >= 0.89
