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

__all__ = ["bare_identity", "described_again", "possessive_lede"]

# what may follow the name: an age, "from"/"of"/"in"/"at" and capitalised words (a place, a body), "who ..." not
_PART = re.compile(
    r"\s*,?\s*(?:\d{1,3}|aged\s+\d{1,3}|(?:from|of|in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*"
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


def possessive_lede(wording: str) -> bool:
    """Is the lede's speaker one person given by a possessive and a role noun ("their lawyer", "her employer",
    "their church minister")?"""
    return _POSSESSIVE.match(wording.strip()) is not None


def described_again(head: str, said: str) -> bool:
    """Has the lede's person (role noun ``head``) been taken up again as "the (...) ``head``" in ``said``, the
    phrases that named the source so far ("a Lebanese social worker she the social worker")?"""
    return bool(head) and re.search(rf"(?i)\bthe\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\b", said) is not None
