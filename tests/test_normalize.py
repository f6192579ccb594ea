"""The model's copy of the text: same length, swaps only where they help the model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.models import Claim, Form, Mention, Speaker, SpeakerKind
from claimx.text.normalize import model_text, restore_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The dam is safe," she said.', "“The dam is safe,” she said."),
        ('He called it "a disgrace" on Monday.', "He called it “a disgrace” on Monday."),
        ("“Already curly,” she said.", "“Already curly,” she said."),
        ("It's the mayor's 5' 11\" rival.", "It's the mayor's 5' 11\" rival."),  # a lone inch mark is no quote
        ("'Single,' she said.", "'Single,' she said."),  # single marks are left alone
        ("No marks at all.", "No marks at all."),
    ],
)
def test_normalize_straight_double_quotes_become_curly(text, expected):
    assert model_text(text) == expected


def test_normalize_quote_left_open_at_paragraph_end_gets_only_its_opening_mark():
    text = '"We will rebuild the pier\n\nThe council met on Friday.'
    assert model_text(text) == "“We will rebuild the pier\n\nThe council met on Friday."


def test_normalize_lone_surrogates_become_the_replacement_character():
    assert model_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"


def test_normalize_leaves_clean_text_as_the_same_object():
    text = "“Fine,” she said."
    assert model_text(text) is text


@given(st.text())
def test_normalize_keeps_the_length(text):
    out = model_text(text)
    assert len(out) == len(text)
    out.encode("utf-8")  # always encodable


def test_normalize_restore_texts_reads_strings_from_the_original():
    original = 'Jane Doe said "the \ud800 dam" is safe.'
    seen = model_text(original)
    mention = Mention(text=seen[0:8], start=0, end=8)
    claim = Claim(
        text=seen[14:27],
        start=14,
        end=27,
        form=Form.MIXED,
        speaker=Speaker(name="Jane Doe", mention=mention, kind=SpeakerKind.PERSON),
        cue=Mention(text="said", start=9, end=13),
    )
    assert claim.text != original[14:27]
    restored = restore_texts(claim, original)
    Claim.model_validate(restored.model_dump(), context={"source": original})
    assert restored.text == original[14:27]
    assert restored.speaker == claim.speaker


def test_normalize_restore_texts_with_an_offset():
    original = '"Yes," she said.'
    claim = Claim(text="Yes", start=101, end=104, form=Form.DIRECT)
    assert restore_texts(claim, original, offset=100).text == "Yes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena O’Hara said so.", "Lena O'Hara said so."),
        ("We don’t know.", "We don't know."),
        ("The club’s coach spoke.", "The club's coach spoke."),
        ("‘Fine’ she said.", "‘Fine’ she said."),  # a closing single mark after a word stays
        ("The players’ union.", "The players’ union."),  # not between two letters
        ("The ’90s.", "The ’90s."),
    ],
)
def test_normalize_curly_apostrophe_between_letters_becomes_straight(text, expected):
    assert model_text(text) == expected


def test_normalize_restore_texts_gives_names_the_apostrophe_the_article_wrote():
    original = "Lena O’Hara said the pool will reopen."
    claim = Claim(
        text="the pool will reopen",
        start=17,
        end=37,
        form=Form.INDIRECT,
        speaker=Speaker(name="Lena O'Hara", mention=Mention(text="Lena O'Hara", start=0, end=11), kind=SpeakerKind.PERSON),
    )
    speaker = restore_texts(claim, original).speaker
    assert speaker is not None and speaker.mention is not None
    assert (speaker.name, speaker.mention.text) == ("Lena O’Hara", "Lena O’Hara")


@given(st.text(alphabet='ab said .,\n"\'“”‘’', max_size=200) | st.text(max_size=200))
def test_normalize_model_text_is_idempotent(text):
    """The component reads a doc again only when model_text changes its text, so a text that
    extract already prepared must come back unchanged (issue 17.1)."""
    prepared = model_text(text)
    assert model_text(prepared) == prepared and len(prepared) == len(text)


def test_normalize_no_break_spaces_become_plain_spaces():
    assert model_text("his nephew\u00a0Ana Duarte\u202fadded\u2007") == "his nephew Ana Duarte added "


def test_normalize_no_break_space_keeps_the_name_an_appositive(nlp):
    """The tokenizer keeps U+00A0 as a token the parser hangs anywhere; the name lost its speaker."""
    import claimx

    text = "\u201cWe had called him just before he boarded,\u201d\u00a0his nephew\u00a0Michery el Soheil added."
    (claim,) = claimx.extract(text, nlp=nlp)
    assert claim.speaker.name == "Michery el Soheil"
    assert claim.speaker.mention.text == "his nephew\u00a0Michery el Soheil"  # the article's own characters
    assert text[claim.speaker.mention.start : claim.speaker.mention.end] == claim.speaker.mention.text
