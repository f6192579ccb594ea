"""Page furniture, one line alone: the lines of a page and the rules that read each by itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ...labels import FurnitureWordKind

__all__ = ["LINE_RULES", "Line", "LineRule", "split_lines"]

LEXICON = "furniture_phrases"
# A line of at most this many words may be site interface when it starts with an interface phrase.
INTERFACE_MAX_WORDS = 15
# A line of at most this many words that contains a reader phrase and says "you" is interface.
READER_MAX_WORDS = 40
# A headline of another story: at least this many words, and no more than a summary line has.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
# A byline without "By" (a name, a desk, a role) has at most this many words.
ROLE_BYLINE_MAX_WORDS = 7
# The paper's note on an article (a correction) is at most this long.
NOTE_MAX_WORDS = 80
# A signed stamp ("JimR 2 hours ago") has at most this many words of name before its stamp.
SIGNATURE_MAX_WORDS = 3

_FINAL = (".", "!", "?", ";", ":")
_CLOSING = "\"'”’)]»"
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?")
_SOURCE_TAG = re.compile(r"\s*\[[^\[\]]{1,60}\]\s*$")  # a link roundup's "[Source]" after the sentence
_YOU = re.compile(r"\b(?:you|your|you're|yours)\b")
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|story by|posted by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|la|,))*"
    r"(?:\s*(?:,|\||—|-)\s*.*)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
_STAMP_LABELS = (FurnitureWordKind.STAMP.value, FurnitureWordKind.TIME_ZONE.value)


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
    return _stamp(tokens, lexicon)


def is_signed_stamp(line: Line, lexicon: Mapping[str, str]) -> bool:
    """A name or handle and a relative time stamp: a reader comment's or a post's head ("JimR 2 hours ago",
    "Ana Reyes · 3h ago"). At most :data:`SIGNATURE_MAX_WORDS` capitalised or handle-like words come
    before a stamp that says "ago" or "just now"; no sentence.
    """
    if line.ends_sentence or line.n_words > SIGNATURE_MAX_WORDS + 4:
        return False
    raw = re.findall(r"[^\s,|()·•]+", line.text)
    for k in range(1, SIGNATURE_MAX_WORDS + 1):
        rest = [t.lower().rstrip(".:") or t for t in raw[k:]]
        if not rest or not ("ago" in rest or rest[-2:] == ["just", "now"]):
            continue
        if all(_signature_word(t) for t in raw[:k]) and _stamp(rest, lexicon):
            return True
    return False


def _signature_word(word: str) -> bool:
    """A word of a name or handle: capitalised ("Ana"), "@ana", or letters mixed with digits or "_" ("jim_r2")."""
    if word[0] == "@" or word[0].isupper() and word[0].isalpha():
        return True
    return any(c.isalpha() for c in word) and not word.isalpha()


def _stamp(tokens: list[str], lexicon: Mapping[str, str]) -> bool:
    """Every token a part of a time stamp, and at least one a time, a date or a relative stamp."""
    anchored = False
    for n, token in enumerate(tokens):
        label = lexicon.get(token)
        if label == FurnitureWordKind.MONTH.value or _NUMERIC_DATE.match(token) or token in ("ago", "now"):
            anchored = True
        elif re.fullmatch(r"\d{1,2}:\d{2}(?:[ap]\.?m)?", token) or re.fullmatch(r"\d{1,2}[ap]\.?m", token):
            anchored = True  # "7:15", "6:00p.m", "9pm"
        elif token.isdigit() or _YEAR.match(token) or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", token):
            continue
        elif re.fullmatch(r"\d{1,2}\.\d{2}", token):
            continue  # "06.00": a British time, a stamp only beside a date or a relative stamp
        elif re.fullmatch(r"\d+[a-z]{1,4}", token) and lexicon.get(re.sub(r"^\d+", "", token)) == FurnitureWordKind.TIME_UNIT.value:
            continue  # "3h", "5min", before "ago"
        elif label == FurnitureWordKind.TIME_UNIT.value:
            continue
        elif label in _STAMP_LABELS or token in ("-", "—", "–", "/", "·", "•"):
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
    """A byline: "By Jane Doe", "By Jane Doe and John Roe, Associated Press", "By JANE DOE | Reuters";
    or, without "By", a name and a reporter's role: "Jane Roe Health correspondent", "Jane Roe, Staff writer".

    The role form wants every word before the role capitalised (a name and the desk), at least two
    of them: "Paper hires new columnist" is a headline.
    """
    if line.ends_sentence:
        return False
    if line.n_words <= 14 and _BYLINE.match(line.text) is not None:
        return True
    if not 3 <= line.n_words <= ROLE_BYLINE_MAX_WORDS or lexicon.get(line.words[-1].lower()) != FurnitureWordKind.ROLE.value:
        return False
    before = [w for w in line.words[:-1] if w.lower() not in ("and", "&", "senior", "chief", "staff")]
    return len(before) >= 2 and all(w[0].isupper() for w in before) and line.text.rstrip(" .").endswith(line.words[-1])


def is_editors_note(line: Line, lexicon: Mapping[str, str]) -> bool:
    """The paper's note on the article: "Correction, March 12: An earlier version of this article said ...".

    What it reports the article said is no claim of the story. A single note word ("Correction")
    must be followed by a colon, or by a date and a colon ("Correction, March 12, 2026:"); a longer
    phrase ("An earlier version of this ...") opens the note by itself. A story's "Update:" is not
    one: it carries the story's own news; nor is a "Clarification:", which restates the story's
    claim as it now stands ("... to reflect that she is calling for ..."; PolNeAR annotates such a one).
    """
    if line.n_words > NOTE_MAX_WORDS:
        return False
    for phrase in _phrases(lexicon, FurnitureWordKind.NOTE):
        if not _starts_with_phrase(line.folded, phrase):
            continue
        if " " in phrase:
            return True
        head, colon, _ = line.folded[len(phrase) :].partition(":")
        if not colon:
            continue
        tokens = [t.rstrip(".") for t in re.findall(r"[^\s,|()]+", head)]
        if not tokens or _stamp(tokens, lexicon):
            return True
    return False


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
    ("furniture.signed_stamp", is_signed_stamp),
    ("furniture.copyright", is_copyright),
    ("furniture.credit", is_credit),
    ("furniture.byline", is_byline),
    ("furniture.note", is_editors_note),
    ("furniture.section", is_section_header),
    ("furniture.interface", is_interface),
    ("furniture.truncated", is_truncated),
    ("furniture.label", is_name_label),
)
