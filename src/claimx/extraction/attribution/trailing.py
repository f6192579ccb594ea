"""The trailing and parenthetical passes: an attribution set after or inside unquoted content.

"Bridge closure will last a month, city engineers say" (trailing) and "The plan, officials
said, will cost $2 billion." (parenthetical): the parse often hangs such a cue off one clause,
but the news convention is that the rest of the sentence is what was said.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...labels import CueKind
from ...lexicons import Lexicons
from ...text.quotes import Quote
from ..speakers.kinds import is_age
from .build import add_candidate
from .edges import text_starts_lower
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import QUOTE_CHARS, SUBJECTS, can_speak, is_speech_setting, cue_label, cue_tokens, has_clause, sent_end_char

__all__ = ["as_cues", "inverted_cues", "parenthetical_cues", "trailing_cues"]

_CLOSE_QUOTE_TOKENS = {"”", "\"", "''", "’", "'", "»"}  # quote-mark tokens, not words
_SEPARATORS = (",", "—", "–")
_PARENTHETICAL_KINDS = (CueKind.SAY, CueKind.ALLEGE, CueKind.DENY, CueKind.HEDGE)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb or auxiliary that makes its clause finite
_MAX_OPENER = 4  # tokens of a fronted connective or adverbial before "said X,"
_MAX_SOURCE = 8  # tokens of the source in "said X,"
_MAX_SETTING = 6  # tokens of a phrase after a trailing cue ("said in a statement", "said at a news conference")
_MAX_ADDRESSEE = 9  # tokens after the cue in ", she told the Associated Press on Monday,"
_MODIFIER_DEPS = ("relcl", "acl", "amod")  # a cue modifying a noun ("a charge the firm denied") inserts nothing
_AS_KINDS = (*_PARENTHETICAL_KINDS, CueKind.POSITION)  # "as X said / noted / pointed out"
_MAX_AS_CLAUSE = 14  # tokens of "as X has pointed out in a letter" before its closing comma
_AS_REPORTED = ("ccomp", "xcomp", "csubj")
_AS_TOPIC_PREPS = ("about", "of", "on", "over", "against", "for")  # a cue with a clause of its own reports that, not the sentence


def trailing_cues(view: DocView, state: State) -> None:
    """Content before ", Source said." or ", said Source." at the end of a sentence or headline.

    The parse often hangs such a cue off the last clause only; the news convention is
    that everything before the comma, back to the sentence start, is what was said.
    """
    for sent in view.sents:
        tokens = _without_setting([t for t in sent if not t.is_space], view.lexicons)
        if len(tokens) < 4:
            continue
        found = _trailing_subject_cue(view, tokens) or _trailing_cue_subject(view, tokens)
        if found is None:
            continue
        comma, verb, subject = found
        if view.in_quote(verb.idx) or verb.i in state.used_cues:
            continue
        if _adverbial_only([t for t in tokens if t.i < comma.i]):
            continue  # a fronted adverbial alone ("In addition, said X, ...") is not what was said
        lo_char = sent.start_char
        # a headline's "Topic: " label is not part of the claim
        colon = next((t for t in sent if t.text == ":" and t.i < comma.i and t.i - sent.start <= 4), None)
        if colon is not None:
            lo_char = colon.idx + 1
        # '... frustrated that “We need it,” said X': only the quotation is what X said
        closing = next((q for q in view.quotes if q.end in (comma.idx, comma.idx + 1) or q.inner_end in (comma.idx, comma.idx + 1)), None)
        # '... the tax “is a misguided approach,” X said': a quotation opening in lower case is a
        # piece of the sentence's clause, which is what X said (issue 16)
        if closing is not None and closing.start > lo_char and not _clause_piece(view, lo_char, closing):
            lo_char = closing.start
        label = cue_label(verb, view.lexicons)
        rule = AttributionRule.TRAILING_CUES
        add_candidate(
            view, state, 0, 0, rule=rule, cue=verb, cue_tokens=cue_tokens(verb), label=label, source=_source_range(subject), char_range=(lo_char, comma.idx)
        )
        state.speech_cues[verb.i] = (verb, subject.root, False)


def parenthetical_cues(view: DocView, state: State) -> None:
    """Unquoted content around ", Source said," set inside the sentence.

    News writing often puts the attribution in the middle of what is reported ("The
    plan, officials said, will cost $2 billion."); the parser then hangs the cue verb off
    the main verb (``parataxis``), so the content is no clause of the cue. What was said
    is the sentence without the inserted ", Source said,", when the two sides together
    hold a clause (a subject and a verb): each side with part of it becomes a piece with
    that cue, as the halves of an interrupted quote are. An interrupted quotation ('“A,” she
    said, “B.”') is left to the quote rules; a quotation inside a side is part of that side.
    """
    for sent in view.sents:
        end_char = sent_end_char(sent)
        quoted = bool(view.quotes_overlapping(sent.start_char, end_char))
        tokens = [t for t in sent if not t.is_space]
        for k, verb in enumerate(tokens):
            if verb.dep_ in _MODIFIER_DEPS or quoted and view.in_quote(verb.idx):
                continue
            label = cue_label(verb, view.lexicons)
            if label not in _PARENTHETICAL_KINDS:
                continue
            found = _inserted_source(view, tokens, k)
            if found is None:
                continue
            left, right, subject = found
            if quoted and _quote_beside(view, left, right):
                continue  # '“A,” she said, “B.”': an interrupted quote, the quote rules' case
            if verb.dep_ != "parataxis" and not any(c.dep_ == "nsubj" and left.i < c.i < verb.i for c in verb.children):
                continue  # read by shape alone, the source must be the cue's own subject
            keep = (True, True)
            if verb.i in state.used_cues:
                if not _right_piece_only(state, verb, right):
                    continue
                keep = (True, False)  # the cue's own pass took the clause after it, not the piece before
                for cand in state.found:
                    if cand.cue_i == verb.i:
                        cand.source = _source_range(subject)  # not the noun before the commas it took for one
            sides = [(sent.start_char, left.idx), (right.idx + 1, end_char)]
            spans = [view.doc.char_span(lo, hi, alignment_mode="contract") for lo, hi in sides]
            words = [list(span) if span is not None else [] for span in spans]
            if _reporters_frame(words[1], verb) and has_clause(words[0]):
                words[1] = []  # "..., sources said, as the firm seeks ..." / "..., speaking on condition of anonymity"
            _add_pieces(view, state, AttributionRule.PARENTHETICAL_CUES, verb, subject, label, sides, words, keep)


def _misread_subject(words: list[list[Token]]) -> Token | None:
    """"The deal, he told reporters, was dead.": with the cue taken for the main verb, the parse
    may hang the noun before it on the cue as a bare ``dep``; a noun phrase alone on the left and
    a finite verb opening the right side are still subject and predicate. The noun, or None."""
    left, right = words
    first = next((t for t in right if not t.is_punct), None)
    if first is None or first.tag_ not in ("VBD", "VBZ", "VBP", "MD") or any(t.pos_ in ("VERB", "AUX") for t in left):
        return None
    return next((t for t in left if t.dep_ == "dep" and t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _quote_beside(view: DocView, left: Token, right: Token) -> bool:
    """Whether a quotation closes at the comma opening ", X said," or opens at the one closing it
    (an interrupted quote); a quotation further inside either side ("African-Americans, he said,
    can ''rock like ...''") leaves the sentence to this pass."""
    before = view.text[: left.idx].rstrip()
    after = view.text[right.idx + 1 :].lstrip()
    return before[-1:] in QUOTE_CHARS or after[:1] in QUOTE_CHARS  # "''" and "``" end and start with a mark of these


def _right_piece_only(state: State, verb: Token, right: Token) -> bool:
    """Whether every content the cue already has lies after the comma closing ", X told Y,"
    (the parse made the cue the main verb and its clause the right-hand side only)."""
    own = [c for c in state.found if c.cue_i == verb.i]
    return bool(own) and all(c.start_char > right.idx for c in own)


def _reporters_frame(words: list[Token], cue: Token) -> bool:
    """What follows ", X said," when it is the reporter's frame, not the rest of the claim: an
    "as" clause giving the circumstance ("..., sources said, as the miner seeks to cut debt") or
    a participle the parse hangs on the cue, saying how the source spoke ("..., speaking on
    condition of anonymity"); not a gerund subject ("..., he said, replacing her would be ...")
    or a participle of the claim's own clause ("..., compared with $2,700 for ...")."""
    first = next((t for t in words if not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ == "as" and first.dep_ == "mark":
        return True
    return first.tag_ == "VBG" and first.head.i == cue.i and first.dep_ in ("advcl", "xcomp") and not any(c.dep_ in SUBJECTS for c in first.children)


def as_cues(view: DocView, state: State) -> None:
    """Unquoted content around "as X pointed out," (issue 16).

    "As the auditor pointed out, the city cannot pay its debts." / "The river, as one engineer
    noted, rarely floods.": an "as" clause with a speech or position cue and its own subject,
    set off by commas (or opening or closing the sentence), says the rest of the sentence is
    what X said. Each side holding part of a clause is a piece, as for ", X said,"; a fronted
    connective alone ("Yet,", "If,") is not. A cue that has a clause or object of its own ("As
    the mayor said goodbye, ...", "as she said she would") reports nothing here; passives with
    no source ("as predicted") are left alone. Sentences with quotations are left to the quote rules.
    """
    for sent in view.sents:
        end_char = sent_end_char(sent)
        if view.quotes_overlapping(sent.start_char, end_char):
            continue
        tokens = [t for t in sent if not t.is_space]
        for k, mark in enumerate(tokens):
            if mark.lower_ != "as" or mark.dep_ not in ("mark", "prep"):  # the parse may take "as" for a preposition
                continue
            found = _as_clause(view, tokens, k, state)
            if found is None:
                continue
            verb, subject, close = found
            left_end = tokens[k - 1].idx if k > 0 else sent.start_char
            sides = [(sent.start_char, left_end), (close.idx + 1 if close is not None else end_char, end_char)]
            spans = [view.doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None for lo, hi in sides]
            words = [[t for t in span if not t.is_punct] if span is not None else [] for span in spans]
            _add_pieces(view, state, AttributionRule.AS_CUES, verb, subject, cue_label(verb, view.lexicons), sides, words)


def _add_pieces(
    view: DocView,
    state: State,
    rule: AttributionRule,
    verb: Token,
    subject: Span,
    label: str | None,
    sides: list[tuple[int, int]],
    words: list[list[Token]],
    keep: tuple[bool, bool] = (True, True),
) -> None:
    """The sentence around an inserted attribution (", officials said," / "as X noted,"), when
    its two sides together hold a clause: each side with part of it is a piece with that cue
    ("The benefit" | "would be $300"); a fronted adverbial alone ("Too often,") is no claim.
    ``keep`` says which sides to add (one another pass already gave is left out)."""
    misread = _misread_subject(words)
    if not has_clause(words[0] + words[1]) and misread is None:
        return
    pieces = [side for side, w, k in zip(sides, words, keep) if k and any(t.dep_ in SUBJECTS or t.pos_ in ("VERB", "AUX") or t is misread for t in w)]
    for lo, hi in pieces:
        add_candidate(
            view, state, 0, 0, rule=rule, cue=verb, cue_tokens=cue_tokens(verb), label=label, source=_source_range(subject), char_range=(lo, hi)
        )
    state.speech_cues[verb.i] = (verb, subject.root, False)


def _as_clause(view: DocView, tokens: list[Token], k: int, state: State) -> tuple[Token, Span, Token | None] | None:
    """The cue, its subject and the comma closing "as X said," when ``tokens[k]`` opens one."""
    mark = tokens[k]
    verb = mark.head
    if k > 0 and tokens[k - 1].text not in _SEPARATORS:
        return None  # "as" in the middle of a clause ("left as the mayor said he would")
    if verb.i <= mark.i or verb.i in state.used_cues or view.in_quote(verb.idx) or cue_label(verb, view.lexicons) not in _AS_KINDS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and mark.i < c.i < verb.i), None)
    if subject is None:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.head.i != verb.i and t.dep_ != "prep" for t in view.doc[subject.i + 1 : verb.i]):
        return None  # a verb between the subject and the cue: not a short "as X said" ("including" as a preposition is no verb)
    # the comma closing the clause comes after its cue: one inside the subject ("As several
    # economists, including Ms. Berg, have noted, ...") sets off an aside, not the clause
    close = next((t for t in tokens[k + 1 :] if t.text in _SEPARATORS and t.i > verb.i), None)
    if close is not None and close.i - mark.i > _MAX_AS_CLAUSE:
        return None
    if close is None and tokens[-1].i - mark.i > _MAX_AS_CLAUSE:
        return None
    end = close.i if close is not None else tokens[-1].i + 1
    inside = [c for c in verb.children if verb.i < c.i < end]
    if any(c.dep_ in _AS_REPORTED or c.dep_ == "dobj" and c.pos_ == "NOUN" and not can_speak(c, view.lexicons) for c in inside):
        return None  # "As the mayor said goodbye, ...": the cue has an object of its own, no addressee
    if any(c.dep_ == "prep" and c.lower_ in _AS_TOPIC_PREPS and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in inside):
        return None  # "As she talked about schools, ...": a topic of its own makes "as" a time ("while")
    return verb, view.doc[subject.left_edge.i : subject.right_edge.i + 1], close


def inverted_cues(view: DocView, state: State) -> None:
    """Unquoted content after "Also, said Source, ..." at the start of a sentence.

    A connective or short adverbial ("Also", "In addition", "Still") may be followed by an
    inverted attribution, cue verb before its source, set off by commas; what comes after
    the second comma is what was said, when it holds a clause. The opener is no part of
    the claim. Sentences with quotations are left to the quote rules.
    """
    for sent in view.sents:
        end_char = sent_end_char(sent)
        if view.quotes_overlapping(sent.start_char, end_char):
            continue
        tokens = [t for t in sent if not t.is_space]
        found = _inverted_cue(view, tokens)
        if found is None:
            continue
        verb, subject, right = found
        if verb.i in state.used_cues:
            continue
        rest = [t for t in tokens if t.i > right.i]
        if not (has_clause(rest) or _clause_with_stolen_subject(rest)):
            continue
        add_candidate(
            view,
            state,
            0,
            0,
            rule=AttributionRule.INVERTED_CUES,
            cue=verb,
            cue_tokens=cue_tokens(verb),
            label=cue_label(verb, view.lexicons),
            source=_source_range(subject),
            char_range=(right.idx + 1, end_char),
        )
        state.speech_cues[verb.i] = (verb, subject.root, False)


def _clause_with_stolen_subject(rest: list[Token]) -> bool:
    """"Last year, said the minister, exports rose": the parse may make the source the subject
    of the content's verb and hang the content's own subject on the source as an appositive, so
    no subject is left after the second comma. A noun before a finite verb there is still a
    clause (reported15)."""
    verb = next((k for k, t in enumerate(rest) if t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE_TAGS), None)
    return verb is not None and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in rest[:verb])


def _inverted_cue(view: DocView, tokens: list[Token]) -> tuple[Token, Span, Token] | None:
    """"Opener, said Source, ...": the cue verb, the source span and the comma after it."""
    comma = next((k for k, t in enumerate(tokens[:_MAX_OPENER + 1]) if t.text == ","), None)
    if comma is None or comma == 0 or comma + 2 >= len(tokens):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in SUBJECTS for t in tokens[:comma]):
        return None  # the opener is an adverbial, not a clause of its own
    verb = tokens[comma + 1]
    if cue_label(verb, view.lexicons) not in _PARENTHETICAL_KINDS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for k in range(comma + 2, min(len(tokens) - 1, comma + 2 + _MAX_SOURCE)):
        if tokens[k].text in _SEPARATORS:
            subject = view.doc[tokens[comma + 2].i : tokens[k].i]
            if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in subject):
                return None
            return verb, subject, tokens[k]
        if tokens[k].pos_ in ("VERB", "AUX") or tokens[k].is_punct:
            return None
    return None


def _clause_piece(view: DocView, lo_char: int, quote: Quote) -> bool:
    """A quotation that opens in lower case after words of its sentence with no cue of their
    own: the sentence's clause runs on into it ('Using the levy “is a misguided approach,”'). After
    "X said she felt ..." the words before are another attribution, and only the quote is kept."""
    if not text_starts_lower(view.text, quote.inner_start, quote.inner_end):
        return False
    before = view.doc.char_span(lo_char, quote.start, alignment_mode="contract")
    return before is not None and len(before) > 0 and not any(cue_label(t, view.lexicons) is not None for t in before)


def _adverbial_only(words: list[Token]) -> bool:
    """Words with no subject and no verb: an adverbial ("On a larger scale"), not a statement."""
    return not any(t.dep_ in SUBJECTS or t.pos_ in ("VERB", "AUX") for t in words)


def _without_setting(tokens: list[Token], lexicons: Lexicons) -> list[Token]:
    """The sentence's tokens without what follows the cue verb at its end: punctuation, a time
    (", officials said Tuesday") and short prepositional phrases on the verb that say when, where or
    how it was said (", a spokesman said in a statement on Monday"; :func:`is_speech_setting`)."""
    while True:
        while tokens and (tokens[-1].is_punct or _is_time(tokens[-1], lexicons)):
            tokens.pop()
        if len(tokens) < 2:
            return tokens
        last = tokens[-1].i
        k = next((k for k in range(len(tokens) - 2, max(len(tokens) - 1 - _MAX_SETTING, 0), -1) if tokens[k].dep_ == "prep" and tokens[k].right_edge.i >= last), None)
        if k is None or tokens[k - 1].i != tokens[k].head.i or not is_speech_setting(tokens[k], lexicons):
            return tokens
        tokens = tokens[:k]


def _is_time(token: Token, lexicons: Lexicons) -> bool:
    """A time word or date after the cue (", officials said Tuesday"); not an age, which the model
    tags DATE but which stands for the person (", said the 46-year-old": the source was cut to "the")."""
    if token.lower_ not in lexicons["time_words"] and token.ent_type_ not in ("DATE", "TIME"):
        return False
    return not any(is_age(t) for t in (token, *list(token.ancestors)[:3]))


def _inserted_source(view: DocView, tokens: list[Token], k: int) -> tuple[Token, Token, Span] | None:
    """For the cue ``tokens[k]``: the commas around ", a short source said," and the source."""
    right = k + 1
    while right < len(tokens) and _is_time(tokens[right], view.lexicons):
        right += 1  # ", officials said Tuesday,"
    right = _after_addressee(view, tokens, k, right)
    if right >= len(tokens) - 1 or tokens[right].text not in _SEPARATORS:
        return None
    left = k - 1
    while left >= 0 and not tokens[left].is_punct and k - left <= 7:
        left -= 1
    if left < 1 or tokens[left].text != tokens[right].text or left == k - 1:
        return None  # a dash closes what a dash opened, a comma what a comma opened
    end = tokens[k].i
    while end > tokens[left].i + 1 and view.doc[end - 1].dep_ in ("aux", "neg") and view.doc[end - 1].head.i == tokens[k].i:
        end -= 1  # ", the district has said,": the auxiliary is the cue's, not the source's
    start = tokens[left].i + 1
    if start < end and view.doc[start].dep_ == "mark" and view.doc[start].head.i == tokens[k].i:
        start += 1  # ", as X has reported,": "as" opens the attribution, it names no one
    subject = view.doc[start:end]
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in subject) or any(t.pos_ in ("VERB", "AUX") for t in subject):
        return None
    return tokens[left], tokens[right], subject


def _after_addressee(view: DocView, tokens: list[Token], k: int, right: int) -> int:
    """The index after ", X told reporters in Paris on Monday," (``tokens[k]`` the cue): an
    addressee the cue hangs on itself as its object ("told the BBC", "told residents", "wrote to
    members") and phrases on the cue saying when, where or how are part of the inserted
    attribution, as a time is. Anything else (a clause, a verb, an object that is no one) leaves
    ``right`` as it was."""
    verb = tokens[k]
    addressee = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative") and can_speak(c, view.lexicons)]
    frames = [c for c in verb.children if c.i > verb.i and (c.dep_ == "prep" or _is_time(c, view.lexicons) or c.dep_ == "npadvmod")]
    covered = {t.i for c in addressee + frames for t in c.subtree}
    if right >= len(tokens) or tokens[right].i not in covered:
        return right
    j = right
    while j < len(tokens) and j - k <= _MAX_ADDRESSEE and tokens[j].i in covered and tokens[j].pos_ not in ("VERB", "AUX"):
        j += 1
    if j == right or j >= len(tokens) or tokens[j].text not in _SEPARATORS:
        return right
    return j


def _trailing_subject_cue(view: DocView, tokens: list[Token]) -> tuple[Token, Token, Span] | None:
    """"..., the source added": comma, a short subject, the cue verb last."""
    verb = tokens[-1]
    label = cue_label(verb, view.lexicons)
    if label is None or label == CueKind.COGNITION or verb.dep_ in ("relcl", "acl", "amod"):
        return None  # "a charge the company denied" modifies a noun; it reports nothing before the comma
    k = len(tokens) - 2
    while k >= 0 and not tokens[k].is_punct and len(tokens) - 2 - k < 7:
        k -= 1
    if k == len(tokens) - 2 and (j := _appositive_start(tokens, k, verb)) is not None:
        k = j  # '“...,” the lawyer, Ann Lee, said': the subject and its appositive, set off by commas
    if k >= 1 and tokens[k].text in _CLOSE_QUOTE_TOKENS and tokens[k - 1].text in (",", "?", "!"):
        k -= 1  # '“...,” the source added'
    if k < 2 or tokens[k].text not in (*_SEPARATORS, "?", "!") or k == len(tokens) - 2:
        return None
    first = tokens[k].i + 1
    while first < verb.i and view.doc[first].text in _CLOSE_QUOTE_TOKENS:
        first += 1
    if view.doc[first].dep_ == "cc":
        return None  # "..., and he never spoke longer than ...": a second clause, not a source
    if view.doc[first].dep_ == "mark" and view.doc[first].head.i == verb.i:
        first += 1  # "..., as police have said": "as" opens the attribution, it names no one
    end = verb.i
    while end > first and view.doc[end - 1].text == ",":
        end -= 1  # the comma closing the subject's appositive
    while end > first and view.doc[end - 1].dep_ in ("aux", "auxpass", "neg") and view.doc[end - 1].head.i == verb.i:
        end -= 1  # "..., officials have warned": the auxiliary is the verb's, not the source's
    subject = view.doc[first:end]
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in subject) or any(t.pos_ == "VERB" for t in subject):
        return None
    return tokens[k], verb, subject


def _appositive_start(tokens: list[Token], comma: int, verb: Token) -> int | None:
    """'..., the lawyer, Ann Lee, said' with the cue's subject lost to the parse (it may hang
    "the lawyer" inside the quotation's clause): the comma before the cue closes an appositive
    name, and the separator before "the lawyer" opens the subject. That separator's index, or
    None when the cue has a subject or no appositive stands there."""
    if tokens[comma].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    j = comma - 1
    while j >= 0 and not tokens[j].is_punct and comma - j < 6:
        j -= 1
    if j < 2 or tokens[j].text != "," or not any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in tokens[j + 1 : comma]):
        return None
    k = j - 1
    while k >= 0 and not tokens[k].is_punct and j - k < 7:
        k -= 1
    return k if k >= 0 and k < j - 1 else None


def _trailing_cue_subject(view: DocView, tokens: list[Token]) -> tuple[Token, Token, Span] | None:
    """"..., said Jane Doe, a spokeswoman for the union": comma, the cue verb, then the source."""
    for k in range(2, len(tokens) - 1):
        if tokens[k].text not in (*_SEPARATORS, "?", "!"):
            continue
        step = 2 if tokens[k + 1].text in _CLOSE_QUOTE_TOKENS and k + 2 < len(tokens) else 1
        verb = tokens[k + step]
        label = cue_label(verb, view.lexicons)
        if label is None or label == CueKind.COGNITION or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
            continue  # '..., Jane Doe, the minister, told reporters': the verb has its subject before it
        if k + step + 1 >= len(tokens):
            return None
        first = tokens[k + step + 1]
        if first.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
            return None
        # the source runs to the end, or to an appositive's comma, with no verb of its own
        for t in tokens[k + step + 1 :]:
            if t.text in (",", "(", "—", "–"):
                break
            if (t.pos_ in ("VERB", "AUX") or t.tag_ in ("MD", "VBD", "VBZ", "VBP")) and not _title_word(t, view.lexicons):
                return None
        return tokens[k], verb, view.doc[first.i : tokens[-1].i + 1]
    return None


def _title_word(token: Token, lexicons: Lexicons) -> bool:
    """A lower-case role word before a name the tagger read as a verb ("said operations director
    Priya Nair": "director" tagged VBP): in a source before its name it is a title, not a verb."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.is_lower and lexicons["titles"].get(token.lower_) == "person" and nxt is not None and nxt.ent_type_ == "PERSON"


def _source_range(span: Span) -> tuple[int, int]:
    """The source words of a trailing attribution: up to an appositive's comma."""
    end = span.end
    for t in span:
        if t.text in (",", "(", "—", "–") and t.i > span.start:
            end = t.i
            break
    return span.start, end
