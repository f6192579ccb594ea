"""claimx.lexicons and the data files: every file loads, keys are lowercase, labels are documented."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest
from spacy.util import registry

import claimx.lexicons
from claimx import ClaimxError, LexiconError
from claimx.lexicons import LEXICON_NAMES, load_lexicon, make_lexicons

DATA = files("claimx.lexicons") / "data"
_LABEL_DOC = re.compile(r"^#\s+([a-z][a-z_-]*)\s+\S")  # "# label   what it means"; prose starts uppercase
_SEE_ALSO = re.compile(r"^#\s+Labels as in (\w+)\.tsv", re.IGNORECASE)
# Files whose header documents no labels (see the xfail below).
_UNDOCUMENTED: set[str] = set()


def documented_labels(name: str) -> set[str]:
    """Labels described in the ``#`` header of data/<name>.tsv (``# label   what it means``)."""
    labels: set[str] = set()
    for line in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            continue
        if m := _SEE_ALSO.match(line):
            labels |= documented_labels(m.group(1))
        elif m := _LABEL_DOC.match(line):
            labels.add(m.group(1))
    return labels


def test_lexicons_every_data_file_is_a_known_lexicon():
    on_disk = sorted(p.name.removesuffix(".tsv") for p in DATA.iterdir() if p.name.endswith(".tsv"))
    assert on_disk == sorted(LEXICON_NAMES)


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicons_file_loads(name):
    lexicon = load_lexicon(name)
    assert len(lexicon) > 0
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in lexicon.items())


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicons_keys_are_lowercase_and_stripped(name):
    for key in load_lexicon(name):
        assert key == key.lower() == key.strip(), key
        assert key


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(
                reason=f"data/{name}.tsv: the header documents no labels ('# label  meaning' lines), "
                "so its one label is undocumented",
                strict=True,
            ),
        )
        if name in _UNDOCUMENTED
        else name
        for name in LEXICON_NAMES
    ],
)
def test_lexicons_labels_are_documented_in_header(name):
    documented = documented_labels(name)
    used = set(load_lexicon(name).values())
    assert documented, f"{name}.tsv documents no labels"
    assert used <= documented, used - documented


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicons_raw_rows_are_well_formed(name):
    """Every non-comment row is exactly 'key<TAB>label' with no stray whitespace or duplicates."""
    seen: set[str] = set()
    for n, line in enumerate((DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, label = line.partition("\t")
        assert tab and "\t" not in label, f"{name}:{n}"
        assert key == key.strip() and label == label.strip(), f"{name}:{n}"
        assert key.lower() not in seen, f"{name}:{n}"
        seen.add(key.lower())


def test_lexicons_unknown_name_raises():
    with pytest.raises(LexiconError) as info:
        load_lexicon("nope")
    error = info.value
    assert isinstance(error, ValueError) and isinstance(error, ClaimxError)
    assert (error.name, error.line) == ("nope", None)
    assert "hedges.tsv" in str(error)  # names the files that do exist


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("# header\nmay\tmodal\nmay\tmodal\n", 3),  # a key listed twice
        ("# header\n\nperhaps adverb\n", 3),  # no tab
        ("# header\nperhaps\t\n", 2),  # no label
    ],
)
def test_lexicons_malformed_row_raises_with_line(tmp_path, monkeypatch, content, line):
    name = f"malformed_{line}_{abs(hash(content))}"
    (tmp_path / f"{name}.tsv").write_text(content, encoding="utf-8")
    monkeypatch.setattr(claimx.lexicons, "DATA", tmp_path)
    with pytest.raises(LexiconError) as info:
        load_lexicon(name)
    assert (info.value.name, info.value.line) == (name, line)


def test_lexicons_cached_and_read_only():
    hedges = load_lexicon("hedges")
    assert load_lexicon("hedges") is hedges
    with pytest.raises(TypeError):
        hedges["surely"] = "adverb"  # type: ignore[index]


def test_lexicons_registered_loader_gives_every_lexicon():
    assert registry.misc.get("claimx.lexicons.v1") is make_lexicons
    lexicons = make_lexicons()
    assert set(lexicons) == set(LEXICON_NAMES)
    assert all(lexicons[name] is load_lexicon(name) for name in LEXICON_NAMES)


@pytest.mark.parametrize(
    ("name", "key", "label"),
    [
        ("cue_verbs", "say", "say"),
        ("cue_verbs", "accuse", "allege"),
        ("cue_verbs", "deny", "deny"),
        ("cue_verbs", "believe", "hedge"),
        ("hedges", "may", "modal"),
        ("hedges", "could", "modal"),
        ("denials", "not true", "phrase"),
        ("allegations", "secretly", "act"),
        ("cue_nouns", "claim", "say"),
        ("titles", "spokesman", "person"),
        ("group_nouns", "officials", "group"),
        ("org_nouns", "administration", "organization"),
    ],
)
def test_lexicons_core_entries(name, key, label):
    assert load_lexicon(name)[key] == label


# ---------------------------------------------------------------------------- a user's own files


def test_lexicons_merge_adds_user_rows_over_the_packaged_ones(tmp_path):
    mine = tmp_path / "cue_verbs.tsv"
    mine.write_text("# mine\nopine\tsay\nbelieve\tcognition\n", encoding="utf-8")
    merged = claimx.lexicons.merge_lexicons(make_lexicons(), [mine])
    assert merged["cue_verbs"]["opine"] == "say"
    assert merged["cue_verbs"]["believe"] == "cognition"  # the user's row wins
    assert merged["cue_verbs"]["say"] == "say" and merged["hedges"] is load_lexicon("hedges")
    assert "opine" not in load_lexicon("cue_verbs")  # the packaged list is left as it was


def test_lexicons_merge_takes_a_mapping_and_new_names(tmp_path):
    (tmp_path / "a.tsv").write_text("give or take\tmarker\n", encoding="utf-8")
    (tmp_path / "b.tsv").write_text("anything\tgoes\n", encoding="utf-8")
    merged = claimx.lexicons.merge_lexicons(make_lexicons(), {"hedges": tmp_path / "a.tsv", "my_words": str(tmp_path / "b.tsv")})
    assert merged["hedges"]["give or take"] == "marker"
    assert merged["my_words"] == {"anything": "goes"}  # a name without an enum: read without a label check


@pytest.mark.parametrize(
    ("content", "line"),
    [("opine\tsaying\n", 1), ("# header\nopine\n", 2), ("opine\tsay\nopine\tsay\n", 2)],
)
def test_lexicons_user_file_is_checked_like_a_packaged_one(tmp_path, content, line):
    mine = tmp_path / "cue_verbs.tsv"
    mine.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        make_lexicons(extra=[str(mine)])
    assert (info.value.name, info.value.line) == ("cue_verbs", line)


def test_lexicons_missing_user_file_raises(tmp_path):
    with pytest.raises(LexiconError, match="no such file"):
        make_lexicons(extra={"hedges": tmp_path / "nope.tsv"})
