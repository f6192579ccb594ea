"""A trailing source that is an age ("said the 46-year-old"), on sentences written for these tests."""

import pytest

import claimx


@pytest.mark.parametrize(
    "text, name",
    [
        ('Nadia Brook has run the ferry for twenty years. "We will keep sailing," said the 58-year-old.', "Nadia Brook"),
        ('Tomas Reyl coached the side in 2009. "The boys were brilliant," said the 71-year-old on Sunday.', "Tomas Reyl"),
    ],
)
def test_an_age_after_a_trailing_cue_is_the_source(text, name):
    claims = claimx.extract(text)
    assert claims, text
    claim = claims[0]
    assert claim.speaker.mention.text.startswith("the ") and "year-old" in claim.speaker.mention.text
    assert claim.speaker.name == name


def test_a_time_after_a_trailing_cue_is_still_no_source():
    claims = claimx.extract('"The road will reopen soon," the council said on Tuesday.')
    assert [c.speaker.mention.text for c in claims] == ["the council"]
