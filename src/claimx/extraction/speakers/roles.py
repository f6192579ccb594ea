"""Roles set beside a name by apposition: "Jane Doe, a spokeswoman for the Acme Party,",
"the mayor, Jane Roe,". One reading is shown as ``Speaker.title``; the other ties a later
description ("the mayor") to the person."""

from __future__ import annotations

from ...lexicons import Lexicons

__all__ = ["appositive_role", "role_over_named_object"]

# what an appositive role description keeps after its head noun: "spokeswoman [for the party]"
_ROLE_RIGHT = ("prep", "compound", "nmod", "poss")
# a description longer than this is more than a role ("a friend of the family who ...")
_ROLE_TOKENS = 8


def appositive_role(root, lexicons: Lexicons) -> str | None:
    """The role an appositive after a name gives: "Jane Doe, a spokeswoman for the Acme Party" ->
    "spokeswoman for the Acme Party".

    The appositive's head must be a singular common noun of the titles list, not an entity;
    its determiner and any clause after the noun phrase (", who ...") are left out, and a
    description of more than ``_ROLE_TOKENS`` tokens is none.
    """
    for appos in root.children:
        if appos.dep_ != "appos" or appos.i < root.i or appos.tag_ != "NN" or appos.ent_type_:
            continue
        if not (lexicons["titles"].get(appos.lemma_.lower()) or lexicons["titles"].get(appos.lower_)):
            continue
        lo = appos.left_edge.i
        hi = appos.i
        for child in appos.rights:
            if child.dep_ not in _ROLE_RIGHT:
                break
            hi = child.right_edge.i
        doc = root.doc
        while lo < appos.i and (doc[lo].dep_ in ("det", "punct") or doc[lo].is_punct):
            lo += 1
        if hi - lo + 1 <= _ROLE_TOKENS:
            return doc[lo : hi + 1].text
    return None


_NAMED_OBJECTS = ("GPE", "ORG", "LOC", "FAC")


def role_over_named_object(head) -> list:
    """ "The mayor of Port Allen, Curtis Bell,": the parse hangs the name on the named place or body
    after "of"; a name gives no second name to a name, so the name is the role's ("mayor"), whose
    "of"-phrase it follows (issue 14, modern16)."""
    prep = head.head
    if head.dep_ != "pobj" or head.pos_ != "PROPN" or head.ent_type_ not in _NAMED_OBJECTS or prep.lower_ != "of" or prep.dep_ != "prep":
        return []
    return [prep.head]


def _appositive_roles(root, lexicons: Lexicons) -> list[str]:
    """Roles set beside a name: "Jane Doe, the city's mayor," and "the mayor, Jane Doe,": the
    role's head with the words before it ("Republican presidential nominee"), so that "the
    mayor" later in the article is that person (issue 14)."""
    roles = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        roles.append(root.head)
        roles.extend(role_over_named_object(root.head))
    out = []
    for role in roles:
        if role.ent_type_ or role.tag_ != "NN" or not lexicons["titles"].get(role.lemma_.lower()):
            continue
        words = [t.text for t in role.doc[role.left_edge.i : role.i + 1] if t.dep_ in ("amod", "compound", "nmod") or t.i == role.i]
        out.append(" ".join(words))
    return out
