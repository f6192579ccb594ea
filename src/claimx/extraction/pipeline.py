"""The claim-finding pipeline over one parsed Doc: quotes -> attributions -> speakers -> stance -> claims.

This is the one place the stages are put together; the spaCy component
(:mod:`claimx.pipes.extractor`) and the API both call :func:`find_claims`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicons import Lexicons
from ..models import Claim, Mention
from ..text.furniture import find_furniture, furniture_at
from ..text.quotes import scan_quotes
from .attribution.detect import detect_candidates
from .interrupted import join_interrupted
from .speakers.resolve import resolve_speakers
from .stance import classify_candidate
from .stance.model import classify_candidate as model_stance

__all__ = ["find_claims"]


def find_claims(
    doc: Doc,
    lexicons: Lexicons,
    *,
    disabled: frozenset[str] = frozenset(),
    stance_model: bool = False,
    keep_furniture: bool = False,
) -> list[Claim]:
    """All claims in a parsed doc, in document order (start, then end).

    ``disabled`` holds rule ids (``"attribution.<pass>"``, ``"stance.<rule>"``) to switch off;
    each claim's ``rule`` names the attribution rule that made it. ``stance_model`` takes the
    label from the learned stance model instead of the rules (opt-in: on the untouched fold it
    does not beat them; docs/accuracy.md). A claim whose content starts on a line of page
    furniture (:mod:`claimx.text.furniture`: teasers, captions, sign-up forms) is dropped, or
    with ``keep_furniture`` kept with ``furniture`` naming the rule (issue 17.2); the
    ``"furniture"`` id in ``disabled`` switches the furniture rules off.
    """
    classify = model_stance if stance_model else classify_candidate
    text = doc.text
    quotes = scan_quotes(text)
    candidates = detect_candidates(doc, quotes, lexicons, disabled=disabled)
    furniture = find_furniture(text, lexicons, disabled=disabled)
    speakers = resolve_speakers(doc, candidates, lexicons, skip=[(f.start_char, f.end_char) for f in furniture])
    claims: list[Claim] = []
    for cand, speaker in zip(candidates, speakers):
        if speaker is None and cand.cue_i is None:
            continue  # a quote paragraph continuing no known speaker: nothing attributes it
        furniture_rule = furniture_at(furniture, cand.start_char) if furniture else None
        if furniture_rule is not None and not keep_furniture:
            continue
        decision = classify(doc, cand, lexicons, disabled=disabled)
        cue = None
        if cand.cue_start_char is not None and cand.cue_end_char is not None:
            cue = Mention(
                text=text[cand.cue_start_char : cand.cue_end_char],
                start=cand.cue_start_char,
                end=cand.cue_end_char,
            )
        claims.append(
            Claim(
                text=text[cand.start_char : cand.end_char],
                start=cand.start_char,
                end=cand.end_char,
                form=cand.form,
                speaker=speaker,
                cue=cue,
                stance=decision.stance,
                hedge_cues=decision.hedge_cues,
                evidence=decision.evidence,
                target=decision.target,
                confidence=decision.confidence,
                sent_start=cand.sent_start_char,
                sent_end=cand.sent_end_char,
                rule=cand.via.value if cand.via is not None else None,
                furniture=furniture_rule,
            )
        )
    claims.sort(key=lambda c: (c.start, c.end))
    return join_interrupted(doc, claims)
