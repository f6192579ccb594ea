"""Page furniture: the lines of a scraped news page that are not the article's prose (issue 17.2).

A page scraped as text keeps, around and between the article's paragraphs, the page's own
parts: teaser blocks of other stories (a source label, a headline, a one-line summary, "2
days ago"), picture captions with their credits, bylines and datelines standing alone,
share, sign-up, cookie and consent prompts, the copyright line, the headline repeated at the
foot. Claims found there are not the article's. :func:`find_furniture` marks such lines by
rules about page layout and English news writing, over the raw text (no parse), so each
rule can be read and tested alone.

A line is one paragraph: scraped text puts each block of the page on a line of its own
(as :mod:`claimx.pipes.paragraphs` assumes). The rules run in the order of
:data:`LINE_RULES` (each looks at one line) and then :data:`BLOCK_RULES` (each looks at a
line's neighbours and at what the rules before it marked); the first rule that matches names
the line's ``rule`` id.

Limits: a body paragraph written as a run of short unpunctuated lines (a poem, a list of
bullet points) looks like a teaser block; a page flattened into a single line gives no line
structure to read, and nothing is marked then. The phrases are English
(``lexicons/data/furniture_phrases.tsv``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..labels import FurnitureWordKind

__all__ = ["BLOCK_RULES", "LINE_RULES", "Furniture", "Line", "find_furniture", "furniture_at", "split_lines"]

LEXICON = "furniture_phrases"
# A line of at most this many words may be site interface when it starts with an interface phrase.
INTERFACE_MAX_WORDS = 15
# A line of at most this many words that contains a reader phrase and says "you" is interface.
READER_MAX_WORDS = 40
# A headline of another story: at least this many words, and no more than a summary line has.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
# Prose this long (in lines) ends a block of other stories: the article has resumed.
PROSE_RUN = 3

_FINAL = (".", "!", "?", ";", ":")
_CLOSING = "\"'”’)]»"
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?")
_SOURCE_TAG = re.compile(r"\s*\[[^\[\]]{1,60}\]\s*$")  # a link roundup's "[Source]" after the sentence
_YOU = re.compile(r"\b(?:you|your|you're|yours)\b")
_COLON_LABEL = re.compile(r"^[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}: \S")
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|story by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|la|,))*"
    r"(?:\s*(?:,|\||—|-)\s*.*)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
_TIME_ZONES = frozenset({"et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest"})
_DATE_WORDS = frozenset(
    {"updated", "published", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m", "|", "and", "by"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday"}
    | {"thursday", "friday", "saturday", "sunday", "today", "yesterday", "ago", "just", "now"}
)


@dataclass(frozen=True)
class Line:
    """One non-blank line of the text: its span (stripped) and the facts the rules read."""

    start_char: int
    end_char: int
    text: str
    words: tuple[str, ...]
    folded: str  # lowercased, curly apostrophes made straight, inner spaces collapsed

    @property
    def n_words(self) -> int:
        return len(self.words)

    @property
    def ends_sentence(self) -> bool:
        """Ends with final punctuation, possibly inside closing quotes or brackets or before a bracketed
        source ("... in Indiana. [Gazette]"), and not with an ellipsis."""
        body = _SOURCE_TAG.sub("", self.text).rstrip(_CLOSING + " ")
        return body.endswith(_FINAL) and not self.truncated

    @property
    def truncated(self) -> bool:
        """Cut off with an ellipsis, as teasers and caption previews are ("... at the White House ...")."""
        return self.text.rstrip(_CLOSING + " ").endswith(("...", "…"))

    @property
    def prose(self) -> bool:
        """Reads as article prose: a complete sentence of some length."""
        return self.ends_sentence and self.n_words >= 6


@dataclass(frozen=True)
class Furniture:
    """A line found to be page furniture, and the rule that found it (``"furniture.<rule>"``)."""

    start_char: int
    end_char: int
    rule: str


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, each stripped, with character offsets into ``text``."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start_char = match.start() + (len(raw) - len(raw.lstrip()))
        folded = " ".join(stripped.lower().replace("’", "'").replace("‘", "'").split())
        words = tuple(_WORD.findall(stripped))
        lines.append(Line(start_char, start_char + len(stripped), stripped, words, folded))
    return lines


# --- line rules: one line alone -------------------------------------------------------------

LineRule = Callable[[Line, Mapping[str, str]], bool]


def _phrases(lexicon: Mapping[str, str], kind: FurnitureWordKind) -> list[str]:
    return [key for key, label in lexicon.items() if label == kind.value]


def _starts_with_phrase(folded: str, phrase: str) -> bool:
    if not folded.startswith(phrase):
        return False
    rest = folded[len(phrase) :]
    return not rest or not rest[0].isalnum() or not phrase[-1].isalnum()


def is_timestamp(line: Line, lexicon: Mapping[str, str]) -> bool:
    """A time or date standing alone: "1 day ago", "3 hrs ago", "Nov 1, 2022, 7:15 PM | Updated: ...".

    Every word is a number, a month, a weekday, a time zone or a stamp word ("Updated",
    "Published"), and the line holds a time ("7:15", "9 p.m."), a date (a month, "11/02/2022")
    or a relative stamp ("<n> <unit> ago", "just now"): a line of the page's chrome, not a
    sentence. A number alone ("1", "2016") is not one: lists and tables number their items.
    """
    if not line.words or line.n_words > 16:
        return False
    tokens = [t.rstrip(".:") or t for t in re.findall(r"[^\s,|()]+", line.folded)]
    anchored = False
    for n, token in enumerate(tokens):
        label = lexicon.get(token)
        if label == FurnitureWordKind.MONTH.value or _NUMERIC_DATE.match(token) or token in ("ago", "now"):
            anchored = True
        elif re.fullmatch(r"\d{1,2}:\d{2}(?:[ap]\.?m)?", token) or re.fullmatch(r"\d{1,2}[ap]\.?m", token):
            anchored = True  # "7:15", "6:00p.m", "9pm"
        elif token.isdigit() or _YEAR.match(token) or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", token):
            continue
        elif re.fullmatch(r"\d+[a-z]{1,4}", token) and lexicon.get(re.sub(r"^\d+", "", token)) == FurnitureWordKind.TIME_UNIT.value:
            continue  # "3h", "5min", before "ago"
        elif label == FurnitureWordKind.TIME_UNIT.value:
            continue
        elif token in _DATE_WORDS or token in _TIME_ZONES or token in ("-", "—", "–", "/", "·", "•"):
            if token in ("a.m", "p.m", "am", "pm") and n > 0 and tokens[n - 1].isdigit():
                anchored = True  # "9 p.m."
            continue
        else:
            return False
    return anchored


def is_copyright(line: Line, lexicon: Mapping[str, str]) -> bool:
    """The page's copyright line: "Copyright © ...", "© 2023 ...", "... All rights reserved.".

    A picture's copyright ("Copyright Jane Doe/Agency via AP") is a credit, not the page's.
    """
    if "all rights reserved" not in line.folded and ("/" in line.folded or " via " in line.folded):
        return False
    return line.folded.startswith(("copyright", "©", "(c) ")) or "all rights reserved" in line.folded


def is_credit(line: Line, lexicon: Mapping[str, str]) -> bool:
    """A caption or a credit alone: a credit in closing parentheses ("(AP Photo/Jane Doe)"), a line that
    starts "Photo:"/"Image by", or a short line naming a picture agency with a "/" ("REUTERS/Jane Doe").
    """
    credits = _phrases(lexicon, FurnitureWordKind.CREDIT)
    tail = re.search(r"\(([^()]{2,80})\)\s*$", line.text)
    if tail is not None:
        inside = " ".join(tail.group(1).lower().replace("/", " / ").split())
        if "/" in inside or inside.split()[0] in ("photo", "photos", "image", "file", "pool"):
            if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", inside) for c in credits):
                return True
    caption_credit = re.search(r"\b(?:photo|photograph|image|picture)s?\s*:\s*(.+)$", line.folded)
    if caption_credit is not None and len(caption_credit.group(1).split()) <= 8 and not line.ends_sentence:
        return True  # "... last month. Photo: Jane Roe/Agency"
    if line.folded.startswith(("copyright", "©")) and ("/" in line.folded or " via " in line.folded):
        return line.n_words <= 20 and not line.ends_sentence
    for credit in credits:
        if re.match(rf"{re.escape(credit)}s?\s*(?::|by\b|credit\b)", line.folded):
            return True
    if line.n_words <= 8 and not line.ends_sentence and "/" in line.text:
        return any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", line.folded) for c in credits)
    return line.n_words <= 6 and not line.ends_sentence and line.folded.endswith(("getty images", "shutterstock", "istock"))


def is_byline(line: Line, lexicon: Mapping[str, str]) -> bool:
    """A byline: "By Jane Doe", "By Jane Doe and John Roe, Associated Press", "By JANE DOE | Reuters"."""
    return line.n_words <= 14 and not line.ends_sentence and _BYLINE.match(line.text) is not None


def is_section_header(line: Line, lexicon: Mapping[str, str]) -> bool:
    """A heading of a block of other stories, alone on its line: "Sponsored Articles", "Most Read"."""
    return lexicon.get(line.folded.rstrip(" :")) == FurnitureWordKind.SECTION.value


def is_interface(line: Line, lexicon: Mapping[str, str]) -> bool:
    """Site interface: a short line starting with an interface phrase ("Read more: ...", "Advertisement",
    "Share this article"), or a line addressing the reader about the site ("Sign up for our newsletter",
    "We use cookies to improve your experience").
    """
    if line.n_words <= INTERFACE_MAX_WORDS:
        for phrase in _phrases(lexicon, FurnitureWordKind.INTERFACE):
            if _starts_with_phrase(line.folded, phrase):
                return True
    if line.n_words <= READER_MAX_WORDS and _YOU.search(line.folded):
        for phrase in _phrases(lexicon, FurnitureWordKind.READER):
            if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", line.folded):
                return True
    return False


def is_name_label(line: Line, lexicon: Mapping[str, str]) -> bool:
    """A label of capitalised words alone: a source ("Associated Press"), a name, a kicker; no sentence."""
    if not 1 <= line.n_words <= 5 or line.ends_sentence or line.truncated:
        return False
    words = [w for w in line.words if w.lower() not in ("of", "the", "and", "for", "in", "on", "&")]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words) and any(w[0].isalpha() for w in words) and line.text[-1].isalnum()


def is_truncated(line: Line, lexicon: Mapping[str, str]) -> bool:
    """A short line cut off with an ellipsis: a teaser's kicker ("Mt. Rainier death...").

    A longer one is furniture only as the preview of the line after it (``furniture.preview``):
    an interview's answer may trail off too.
    """
    return line.truncated and line.n_words <= 6 and not line.text.startswith(("“", '"'))


# Ordered: the first match names the line's rule.
LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("furniture.timestamp", is_timestamp),
    ("furniture.copyright", is_copyright),
    ("furniture.credit", is_credit),
    ("furniture.byline", is_byline),
    ("furniture.section", is_section_header),
    ("furniture.interface", is_interface),
    ("furniture.truncated", is_truncated),
    ("furniture.label", is_name_label),
)

# --- block rules: a line among its neighbours ------------------------------------------------

BlockRule = Callable[[Sequence[Line], int, list[str | None]], bool]
# Line rules whose lines are the fixed parts of a teaser block of other stories. A label alone
# ("Associated Press", a name) is one only beside a headline: a list of names with a paragraph
# on each (victims, candidates) is article prose.
_ANCHORS = frozenset({"furniture.timestamp", "furniture.truncated", "furniture.byline", "furniture.section", "furniture.preview"})
# Line rules whose lines a scraper drops anywhere in an article: looked past when asking what a line's neighbours are.
_TRANSPARENT = frozenset({"furniture.interface", "furniture.credit"})


def _neighbour(lines: Sequence[Line], marks: list[str | None], i: int, step: int) -> int | None:
    k = i + step
    while 0 <= k < len(lines) and marks[k] in _TRANSPARENT:
        k += step
    return k if 0 <= k < len(lines) else None


def _not_body(lines: Sequence[Line], marks: list[str | None], k: int | None) -> bool:
    """The page's edge, a furniture line, or a line that is no sentence (a headline), except the page's own headline."""
    if k is not None and marks[k] == _HEADLINE:
        return False
    return k is None or marks[k] is not None or not lines[k].prose


def is_repeated(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A line that is no sentence repeating an earlier line word for word: the page's headline at its foot.

    A repeated sentence is left alone: live blogs and results pages repeat their boilerplate.
    """
    line = lines[i]
    return i > 0 and line.n_words >= 2 and not line.ends_sentence and any(lines[k].folded == line.folded for k in range(i))


def is_preview(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A caption or summary cut off with an ellipsis and given whole on the next line."""
    line = lines[i]
    if not line.truncated or i + 1 >= len(lines):
        return False
    cut = line.folded.rstrip(" .…")
    return len(cut) >= 20 and lines[i + 1].folded.startswith(cut)


def is_other_headline(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A headline in a list of headlines: two or more unpunctuated lines of headline length in a row
    ("Police: Man held after ...", "Judge rejects bid to ..."); never the page's own headline.
    """
    if i == 0 or not _headline_like(lines[i]):
        return False
    return any(
        k is not None and k > 0 and marks[k] in (None, "furniture.headlines", "furniture.colon_label") and _headline_like(lines[k])
        for k in (_neighbour(lines, marks, i, -1), _neighbour(lines, marks, i, 1))
    )


def is_colon_label_headline(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A "Source: claim" headline alone between other blocks, after the page's first line: a link to
    another story ("Report: ...", "Editor: Jane Doe"), not a sentence of the article.
    """
    line = lines[i]
    return i > 0 and not line.ends_sentence and line.n_words <= HEADLINE_MAX_WORDS and _COLON_LABEL.match(line.text) is not None


def is_teaser(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """Part of a teaser of another story: a headline or a summary line between two lines that are no
    article prose, at least one of them a fixed part of a teaser (a time stamp, a kicker, a byline);
    or a headline (no sentence) beside a source label ("Associated Press").
    """
    if lines[i].n_words > 2 * HEADLINE_MAX_WORDS + 20:
        return False
    before, after = _neighbour(lines, marks, i, -1), _neighbour(lines, marks, i, 1)
    if not (_not_body(lines, marks, before) and _not_body(lines, marks, after)):
        return False
    if lines[i].prose and (before is None or after is None):
        return False  # a paragraph at the page's edge: the article's first or last
    if any(k is not None and marks[k] in _ANCHORS for k in (before, after)):
        return True
    if lines[i].prose:
        return False
    return any(k is not None and marks[k] == "furniture.label" for k in (before, after))


def _headline_like(line: Line) -> bool:
    return HEADLINE_MIN_WORDS <= line.n_words <= HEADLINE_MAX_WORDS and not line.ends_sentence and not line.truncated


BLOCK_RULES: tuple[tuple[str, BlockRule], ...] = (
    ("furniture.repeated", is_repeated),
    ("furniture.preview", is_preview),
    ("furniture.headlines", is_other_headline),
    ("furniture.colon_label", is_colon_label_headline),
    ("furniture.teaser", is_teaser),
)

# The mark of the page's own headline while the block rules run: the article's, never furniture.
_HEADLINE = "article.headline"
# Line rules after which the page's other stories follow, until the article's prose resumes.
_ZONE_STARTS = frozenset({"furniture.section", "furniture.copyright"})


def _mark_zones(lines: Sequence[Line], marks: list[str | None]) -> None:
    """After a section heading or the copyright line, every line is furniture ("furniture.zone") until
    the article's prose resumes: a run of :data:`PROSE_RUN` prose lines, or of two that no fixed part
    of a teaser follows (a "Related:" list in the middle of an article ends where the article goes on).
    """
    i = 0
    while i < len(lines):
        if marks[i] not in _ZONE_STARTS:
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            run = 0
            while j + run < len(lines) and marks[j + run] is None and lines[j + run].prose:
                run += 1
            if run >= PROSE_RUN or run >= 2 and not _teaser_follows(lines, marks, j + run):
                break
            for k in range(j, j + max(run, 1)):
                if marks[k] is None:
                    marks[k] = "furniture.zone"
            j += max(run, 1)
        i = j


def _teaser_follows(lines: Sequence[Line], marks: list[str | None], k: int) -> bool:
    while k < len(lines) and marks[k] in _TRANSPARENT:
        k += 1
    return k < len(lines) and marks[k] in _ANCHORS | {"furniture.label"}


def find_furniture(
    text: str, lexicons: Mapping[str, Mapping[str, str]], *, disabled: frozenset[str] | set[str] = frozenset()
) -> list[Furniture]:
    """The lines of ``text`` that are page furniture, in text order, each with its rule id.

    Args:
        text: the page as text, one block per line.
        lexicons: claimx's lexicons (``furniture_phrases`` is read; a missing one marks nothing by phrase).
        disabled: rule ids (``"furniture.teaser"``) to switch off; ``"furniture"`` switches off all.

    Returns:
        One :class:`Furniture` per furniture line (offsets of the stripped line).

    >>> from claimx.lexicons import make_lexicons
    >>> page = "Mayor says bridge is safe\\n\\nThe mayor said the bridge was safe.\\n\\n3 hrs ago\\n"
    >>> [f.rule for f in find_furniture(page, make_lexicons())]
    ['furniture.timestamp']
    """
    if "furniture" in disabled:
        return []
    lexicon = lexicons.get(LEXICON, {})
    line_rules = [(rule_id, rule) for rule_id, rule in LINE_RULES if rule_id not in disabled]
    block_rules = [(rule_id, rule) for rule_id, rule in BLOCK_RULES if rule_id not in disabled]
    lines = split_lines(text)
    if len(lines) < 2:
        return []  # one line (or none): no page layout to read
    marks: list[str | None] = []
    for line in lines:
        marks.append(next((rule_id for rule_id, rule in line_rules if rule(line, lexicon)), None))
    # the page's own headline: the first line of some length that no line rule marked
    headline = next((i for i, line in enumerate(lines) if marks[i] is None and line.n_words >= HEADLINE_MIN_WORDS), None)
    if "furniture.zone" not in disabled:
        _mark_zones(lines, marks)
    if headline is not None and marks[headline] is None:
        marks[headline] = _HEADLINE
    # Block rules see the marks made so far; a pass repeats until nothing changes, so a teaser's
    # headline, once marked, lets its summary be seen between two non-body lines.
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            if marks[i] is not None:
                continue
            rule_id = next((rid for rid, rule in block_rules if rule(lines, i, marks)), None)
            if rule_id is not None:
                marks[i] = rule_id
                changed = True
    return [
        Furniture(line.start_char, line.end_char, mark) for line, mark in zip(lines, marks) if mark is not None and mark != _HEADLINE
    ]


def furniture_at(furniture: Sequence[Furniture], start_char: int) -> str | None:
    """The rule id of the furniture line holding character ``start_char`` (``furniture`` in text order), or None."""
    k = bisect.bisect_right([f.start_char for f in furniture], start_char) - 1
    if k >= 0 and start_char < furniture[k].end_char:
        return furniture[k].rule
    return None
