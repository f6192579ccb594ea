"""Word sets the stance rules test membership in (to be read from lexicons)."""

from __future__ import annotations




# nouns that name a claim: what a rejection applies to ("rejected the allegations")
_CLAIM_NOUNS = {
    "claim", "allegation", "accusation", "report", "charge", "story", "notion", "idea", "suggestion",
    "assertion", "rumor", "rumour", "statement", "account", "comment", "remark", "characterization",
    "characterisation", "narrative", "premise", "theory", "wrongdoing", "involvement", "responsibility",
    "knowledge", "link", "connection", "existence", "role", "criticism", "speculation", "assessment",
    "conclusion", "finding", "argument", "word", "article", "reporting", "portrayal", "depiction",
    "version", "description", "perception", "impression", "contention", "insinuation", "implication",
    "figure", "number", "estimate", "statistic", "data", "fact", "count", "tally", "quote", "quotation",
    "headline", "testimony", "timeline", "interpretation", "analysis", "label", "comparison", "framing",
    "suspicion", "assumption", "prediction", "forecast", "projection",
}  # fmt: skip


_SELF = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}


_VAGUE = {"someone", "somebody", "anyone", "anybody", "people", "everyone", "everybody", "nobody", "one", "others",
          "those", "whoever"}


_PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who", "whom"}


_THING_PRONOUNS = {"it", "this", "that", "there", "which", "what", "these", "those"}


_RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}


_NEGATIONS = {"not", "n't", "n’t", "never", "no"}


_QUOTE_MARKS = "\"“”‘’'«»„"


_PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


# "could" with a party as subject is ability ("the company could build"), except with verbs of
# things that happen to a party rather than things it does ("the party could lose")
_EVENT_VERBS = {
    "be", "have", "happen", "mean", "become", "cause", "lead", "result", "affect", "end", "change", "hurt",
    "cost", "take", "face", "come", "go", "lose", "win", "fail", "fall", "suffer", "include", "need",
    "get", "make", "ripple", "collapse", "stall", "prove", "turn", "trigger", "spark", "derail",
}  # fmt: skip


# "could" of perception and imagination is ability even with inanimate-looking subjects
_ABILITY_VERBS = {"see", "imagine", "hear", "afford", "find", "tell", "guess", "stand", "believe"}


# heads under which "whether" leaves the matter open ("unclear whether", "to determine whether")
_WHETHER_HEADS = {
    "determine", "know", "unclear", "clear", "sure", "decide", "see", "assess", "evaluate", "investigate",
    "examine", "monitor", "study", "review", "certain", "uncertain", "wonder", "unsure", "doubt", "check",
}  # fmt: skip


# dependency arcs that keep a word in the main proposition (a path up to the root through these)
_MAIN_ARCS = {"ROOT", "ccomp", "conj", "xcomp", "aux", "auxpass", "advmod", "neg", "acomp", "attr", "parataxis",
              "dep", "oprd", "cc", "prt", "mark", "npadvmod", "expl", "intj", "punct", "meta"}


# subordinators of conditions and causes: a hedge inside is not the source's hedge of the claim
_CONDITION_MARKS = {"if", "because", "since", "when", "whenever", "unless", "until", "once", "before", "after", "as", "cause", "cuz"}


_CONCESSIVE_MARKS = {"although", "though", "while", "whereas", "even"}


_PURPOSE_MARKS = {"so", "to", "order"}


# clause-level words that make a clause an embedded question ("asked if she might")
_QUESTION_MARKS = {"if", "whether"}


# nouns whose "of" phrase asserts the wrongdoing ("evidence of collusion", "a culture of corruption")
_EVIDENCE_NOUNS = {"evidence", "proof", "sign", "signs", "record", "case", "cases", "instance", "instances", "act",
                   "acts", "campaign", "web", "gun", "allegations", "accusations", "charges"}


# verbs whose infinitive is an achievement, not a duty ("failed to win" blames no one)
_ACHIEVEMENTS = {"win", "qualify", "gain", "earn", "garner", "clinch", "capture", "attract", "secure", "get",
                 "reach", "make", "pass", "finish", "sell", "raise", "land", "score", "impress"}


# verbs that assert their object exists ("the leaks could include lies"), whoever did it
_PRESENCE_VERBS = {"include", "contain", "involve", "constitute", "amount", "feature", "reveal", "show", "expose", "uncover"}


# quantity nouns: "a lot of abuse" is read as "abuse"
_QUANTITY_NOUNS = {"lot", "lots", "number", "host", "series", "string", "wave", "spate", "litany", "plenty", "kind",
                   "sort", "type", "amount", "deal", "bit", "pattern", "history", "culture", "years", "decades"}


# belief verbs: a hedge before a factual claim, not before an opinion ("believes the minister should resign")
_BELIEF_LEMMAS = {"believe", "think", "feel"}


# "the states that lie ahead", "the answer lies in": "lie" of place, not of deceit
_LIE_PLACE = {"ahead", "in", "on", "at", "with", "behind", "beneath", "down", "low", "dormant", "still", "within"}


# modal and future auxiliaries: a negated promise, plan or prediction ("would not seek a recount",
# "will never raise taxes") rejects no claim
_MODAL_AUX = {"can", "could", "ca", "will", "would", "wo", "may", "might", "should", "must", "'ll", "shall", "ought"}


# a negated intention is a plan ("insisted she did not want troops on the ground"), not a rejected claim
_VOLITION = {"want", "wish", "hope", "intend", "plan", "expect", "seek", "aim", "like", "need", "mean", "try"}


# "there is no chance of violence", "no need to worry": confidence or reassurance, not a rejected claim
_POSSIBILITY_NOUNS = {"chance", "possibility", "way", "doubt", "question", "reason", "need", "plan", "intention",
                      "risk", "danger", "threat", "likelihood", "prospect", "hope", "fear", "sign", "indication"}


# "not only", "not just": the negation adds rather than rejects
_NOT_ADDITIVE = {"only", "just", "merely", "simply", "necessarily", "yet", "always", "all"}


# verbs that take a label or an accusation with the accused as object ("call me corrupt", "accused us of lying")
_LABEL_VERBS = {"call", "label", "brand", "portray", "paint", "depict", "accuse", "charge", "smear", "cast"}


# verbs by which a party has or plays a part ("had no contact with", "played no role in")
_HAVE_VERBS = {"have", "play", "hold"}


_OBJECT_CONTROL = {"ask", "urge", "tell", "force", "push", "pressure", "encourage", "invite", "want", "expect", "call"}
