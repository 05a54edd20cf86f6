"""A name given with nothing but who the person is (age, home, organisation), for
:func:`labourlens.analyse.coref_families.lede_named`.

News writing often delays a name: the lede speaks of "A deckhand who returned this month ..." or "a caseworker"
and the next paragraph names that person with only an age, a home town or an employer ("Andi Saputra, 27, from
Tegal, told the Post ...", "said Grace Atieno of the Mwangaza Migrant Desk"). Such a name gives no role of its own
that could tell the person apart from the lede's, so it names the lede's only speaker. A name given with a role
("Jo Lind, a nurse") is matched by role instead, and "Another worker, ..." is someone else. Once the writer has
gone back to the lede's person by a definite description ("..., the social worker said"), that description is how
the report names them (often because they asked not to be named): a bare name after it is someone new."""

from __future__ import annotations

import re

__all__ = ["bare_identity", "bystander_of_body", "career_clause", "described_again", "possessive_lede"]

# what may follow the name: an age, "from"/"of"/"in"/"at" and capitalised words (a place, a body), "who ..." not
_PART = re.compile(
    # ("of the rights group Kafala Watch": the body's own description before its name)
    r"\s*,?\s*(?:\d{1,3}|aged\s+\d{1,3}|(?:from|of|in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?-i:[A-Z])[\w'\u2019.-]*"
    r"(?:\s+(?:(?:of|in|and|for|de|da|do)\s+)?(?-i:[A-Z])[\w'\u2019.-]*)*)\s*,?")
# "their lawyer", "her employer"; one word may qualify the role ("their church minister", "his former employer")
_POSSESSIVE = re.compile(r"(?i)^(?:their|his|her)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*$")


def bare_identity(np: str, name: str) -> bool:
    """Is ``np`` the person's ``name`` with at most an age, a home and an organisation after it ("Andi Saputra,
    27, from Tegal in Central Java"; "Grace Atieno of the Mwangaza Migrant Desk"), no role noun?"""
    at = np.find(name)
    if at != 0:
        return False
    rest = np[len(name):]
    if not rest.strip(" ,"):
        return False  # a name alone says nothing of who the person is
    pos = 0
    while pos < len(rest):
        m = _PART.match(rest, pos)
        if m is None or m.end() == pos:
            return False
        pos = m.end()
    return True


# "Name, 41, who ...": the relative clause after the name (and an age or a home)
_WHO = re.compile(r"\s*,?\s*who\s+(?P<clause>.+)$", re.DOTALL)
# a clause that gives a role noun of its own ("who is a nurse", "who works as a driver") is matched by role instead
_ROLE_GIVEN = re.compile(r"(?i)^(?:is|was|has\s+been|had\s+been)\s+(?:an?|the)\s|^(?:works|worked|served)\s+as\s")
# the lede's "former" person told of as a past career: "until 2009", "... and now farms", "who left the army"
_PAST_CAREER = re.compile(r"(?i)\buntil\s+(?:[a-z]+\s+)?\d{4}\b|\b(?:now|formerly|previously|once)\b|\bused\s+to\b|"
                          r"\b(?:left|quit|retired|escaped|fled|defected|resigned)\b")
_FORMER = re.compile(r"(?i)\b(?:former|ex-|retired|onetime|one-time)")
_CLAUSE_WORD = re.compile(r"[a-z]{5,}")


def career_clause(np: str, name: str, lede: str, head: str) -> bool:
    """Is ``np`` the person's ``name`` (with at most an age or a home) and a relative clause that tells the career
    the lede gave by role (``head`` of ``lede``): "Jan Ek, who inspected mines until 2015 and now consults" after "a
    former inspector", or a clause that holds the role's stem ("who has researched ..." after "a researcher")?"""
    if not np.startswith(name):
        return False
    rest, pos = np[len(name):], 0
    while (who := _WHO.match(rest, pos)) is None:
        m = _PART.match(rest, pos)
        if m is None or m.end() == pos:
            return False
        pos = m.end()
    clause = who.group("clause")
    if _ROLE_GIVEN.match(clause):
        return False
    stem = head.lower()[:max(5, len(head) - 3)]
    if len(head) >= 5 and any(w.startswith(stem) for w in _CLAUSE_WORD.findall(clause.lower())):
        return True
    return _FORMER.search(lede) is not None and _PAST_CAREER.search(clause) is not None


def possessive_lede(wording: str) -> bool:
    """Is the lede's speaker one person given by a possessive and a role noun ("their lawyer", "her employer",
    "their church minister")?"""
    return _POSSESSIVE.match(wording.strip()) is not None


def described_again(head: str, said: str) -> bool:
    """Has the lede's person (role noun ``head``) been taken up again as "the (...) ``head``" in ``said``, the
    phrases that named the source so far ("a Lebanese social worker she the social worker")?"""
    return bool(head) and re.search(rf"(?i)\bthe\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\b", said) is not None


# (s45) a passer-by of the lede is no spokesperson of a body named later: "A taxi driver near the border post said
# ..." then "Ana Lim, from the Harbour Women's Centre in Busan, says ...": the body's person is someone new
_BYSTANDER_HEADS = frozenset("driver cabbie shopkeeper vendor hawker resident neighbour neighbor passer-by villager "
                             "trader businessman businesswoman porter onlooker bystander".split())
_BODY_AFFILIATION = re.compile(r"\b(?:of|from|at)\s+the\s+(?:[A-Z][\w'\u2019-]*\s+){0,7}(?:Centre|Center|Institute|"
                               r"Foundation|Alliance|Project|Watch|Coalition|Campaign|Initiative|Ministry|University|"
                               r"Network)\b")


def bystander_of_body(head: str, np: str) -> bool:
    """Is the lede's person a bystander (``head``: "driver", "shopkeeper") while ``np`` gives a name with a body it
    speaks for ("from the ... Centre")?"""
    return head.lower() in _BYSTANDER_HEADS and _BODY_AFFILIATION.search(np) is not None
