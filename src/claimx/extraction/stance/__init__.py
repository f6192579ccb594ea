"""Decide what kind of statement a claim is: denial, allegation, hedge or assertion.

The rules follow the PolNeAR stance guideline (``shared/data/stance/README.md``) and read
the cue together with the content, using the parse. Precedence: denial > allegation >
hedge > assertion; hedge words are reported in ``hedge_cues`` whatever the label.

- denial: a rejection cue ("denied", "disputed", "dismissed ... as", "pushed back on") applied
  to a claim (a clause, a claim noun or a wrongdoing: "rejected the allegations", "denied any
  collusion"), not to a ruling or a request ("denied a motion"); a cue that maintains a point
  against a contrary view with a negated claim ("insisted he had not met them"); or content
  that pushes back: "that's not true", "the report is false", "baseless allegations", "we must
  rebut these claims", "I never said that", "don't believe it", "the report is wrong", "I don't
  believe he took the money" (a present disbelief of a fact; of a prospect it is a hedge). The source may deny a
  wrongdoing or a contact of its own side ("I did not lie", "we are not racists", "he had no
  contact with them", "there was no collusion"), pass on an accusation against itself ("people
  say I'm a liar"), defend a definite party under a plain speech cue ("the committee did not
  discriminate"), or reject a proposition outright ("it's not that S"). A negated sentence
  alone is no denial: a plan or promise ("would not run"), a condition ("if it isn't true"), a
  finding about someone else ("the inquiry found he did not lie"), a vague party ("officials
  did not lie"), or a passive ("we were cheated").
- allegation: an accusation or criticism cue ("accused", "blamed", "attacks on", "critic of"),
  or content in which a wrongdoing word ("covertly", "lied", "corrupt", "failed to protect")
  is said of an identifiable party: the subject of the act, the agent of a passive, the
  owner of the act ("Russia's aggression"), the antecedent of a relative pronoun. Not when
  negated, not of the speaker ("we made mistakes"), not of vague agents ("someone"), not of
  plans, policies or forces ("the plan is reckless", "the storm destroyed homes"), not a topic
  ("a speech about illegal immigration": the cue decides). Violence with no agent named
  accuses no one ("the convoy was attacked"); a wrong done to a thing still does ("the
  election was rigged"). An insinuation noun as the cue with a that-clause denying a party an
  act or a capacity it owes blames it ("a suggestion that the judge could not be impartial").
- hedge: a hedge that takes scope over the main proposition: a tentative cue ("believes",
  "suggested", "appeared", "projections of"), an epistemic modal ("may", "might", "could"
  of possibility), an epistemic adverb ("probably"), or an open question ("unclear whether").
  A hedge only in a relative, purpose or participle clause, or in a concessive "may ..., but",
  is listed but does not make the label; so is a lone hedged sentence beside firm ones in a long
  quote; "believe"/"think" followed by an opinion is an assertion. Not hedges at all: "could" of
  ability, "may" of permission ("fans may bring their own food"), modals in embedded questions or in
  conditions, "suggest" meaning propose, "appear in court", "as soon as possible".
- assertion: everything else.

The writer's framing outside the content is never read. Hedge words are reported as written,
lowercased ("believes", "suggested"). Word lists live in ``data/`` (hedges, denials,
allegations, stance_words). Hedge scope follows Hyland (1998), *Hedging in Scientific
Research Articles*, and the epistemic/root modal split of Coates (1983), *The Semantics of
the Modal Auxiliaries*. A source's denial of its own wrongdoing or contact is the "simple
denial" of Benoit (1995), *Accounts, Excuses, and Apologies*, and "overblown", "exaggerated"
his "minimization"; a concession ("admitted", "acknowledged") is no denial.
"""

from __future__ import annotations

from .classify import classify_candidate, classify_text
from .decide import decide_stance
from .signals import StanceDecision

__all__ = ["StanceDecision", "classify_candidate", "classify_text", "decide_stance"]
