"""Named people who head or run a firm, in the shapes the other kind rules miss, for
:func:`labourlens.analyse.speaker_kinds.kind_of` (README, Quality: a company's named directors,
managers and owners given as such speak for it, ``organization``):

- the name, then the role and the firm: "Oleg Fedin, head of the construction firm Amurstal", "Liu
  Baozhen, the owner of the plant", "Sun Peiwen, a manager at the plant", "Fedin, the site manager";
- the name, then a clause that gives the firm: "Oleg Fedin, who runs the subcontractor that hired the
  crew" (but "X, whose firm ..." stays a person, as annotators read it).

A former head ("a former manager at the plant"), the head of a state body, an NGO, a union or an outlet,
and a person who owns some other business nearby stay with the other rules. The role words are the
knowledge file ``speaker_kinds.yaml`` (``firm_head_roles``, ``workplace_nouns``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["firm_head"]

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}"
_FIRM = r"(?P<firm>(?:the|a|an|its|their|his|her)\s+[^,;:]{2,60}|[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})"
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time|late)\b", re.IGNORECASE)
NOT_FIRM = _NOT_FIRM = frozenset("ministry inspectorate police office bureau department agency embassy consulate court government "
                      "union association federation ngo charity foundation institute centre center watch network "
                      "coalition university school hospital newspaper paper outlet channel station "
                      # a group named for the people it helps or the cause it serves: "the returnee group Safe Home"
                      "rights returnee returnees advocacy campaign helpline hotline watchdog diaspora self-help".split())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - speakers imports this module

    data = knowledge.load("speaker_kinds.yaml") or {}
    roles = word_alternation([str(w) for w in data.get("firm_head_roles") or []])
    places = word_alternation([str(w) for w in data.get("workplace_nouns") or []])
    role = (r"(?:(?:head|(?:deputy\s+)?director|manager)\s+of\s+(?:personnel|human\s+resources|hr|recruitment|operations|production)|"
            rf"(?:(?:deputy|acting|general|managing|executive|site|plant|factory|project|production|operations)\s+)?"
            rf"(?:{roles}))")
    return (
        # "Oleg Fedin, head of the construction firm Amurstal", "Liu Baozhen, the owner of the plant"
        # ("Oleg Varnavin, deputy director of Dalstroimontazh, the general contractor": the firm's role after it)
        re.compile(rf"^(?P<name>{_NAME}),\s+(?:(?:the|a|an|its)\s+)?{role}\s+(?:of|at|for)\s+{_FIRM}"
                   r"(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:contractor|subcontractor|developer|employer|operator|"
                   r"supplier|company|firm|agency|recruiter|owner))?$", re.IGNORECASE),
        # "Fedin, the site manager" ("X, the plant's owner" is cp_company_people's)
        re.compile(rf"^(?P<name>{_NAME}),\s+(?:the|its)\s+(?:(?P<firm>[\w-]+)['\u2019]s?\s+)?(?:{places})\s+{role}$",
                   re.IGNORECASE),
        # "Oleg Fedin, who runs the subcontractor that hired the crew" (not "X, whose firm ...": annotators keep a
        # person whose firm is only mentioned a person)
        re.compile(rf"^(?P<name>{_NAME}),\s+who\s+(?:runs|owns|manages|heads|directs|co-owns|founded)\s+"
                   rf"(?:(?:human\s+resources|personnel|hr|recruitment|operations)\s+(?:at|for)\s+)?{_FIRM}",
                   re.IGNORECASE),
        # the role first, with the workplace: "The factory owner, Li Wen", "The site manager, Oleg Fedin" (a
        # bare "The owner, X" or "The director, X" may head anything and stays a person); the firm may own the
        # workplace: "The contractor's camp manager, Zhou Bin"
        re.compile(rf"^the\s+(?:(?P<firm>[\w-]+)['\u2019]s?\s+)?(?:{places})\s+{role},\s+(?P<name>(?-i:{_NAME}))$", re.IGNORECASE),
        # a role that only a firm has, even without the workplace: "The general manager, Faisal Qureshi", "The
        # company's managing director, Ana Ruiz"
        re.compile(r"^the\s+(?:(?P<firm>[\w-]+)['\u2019]s?\s+)?(?:general\s+manager|managing\s+director|chief\s+executive"
                   rf"(?:\s+officer)?|ceo|hr\s+manager|human\s+resources\s+manager),\s+(?P<name>(?-i:{_NAME}))$", re.IGNORECASE),
        # the role first, at the firm or "there" (the firm just named), then the name the person gave: "A manager at
        # the plant, Sun Peiwen", "A manager there, who would only give his first name, Oleg"
        re.compile(rf"^(?:a|an|one)\s+{role}\s+(?:(?:of|at|for)\s+{_FIRM}|there),\s+(?:who\s+[^,]{{2,60}}\bname,\s+)?"
                   rf"(?P<name>(?-i:{_NAME}))$", re.IGNORECASE),
    )


_CLAUSE = re.compile(r"\s+(?:that|which|who|where|whose|opposite|near|next\s+to|across|behind|beside|in|on|at|for|"
                     r"with|from|by)\b.*$", re.IGNORECASE)


# a private agency that hires or crews workers is a firm, though "agency" alone may be the state's ("director of the
# manning agency PT Bahari Jaya", "head of the crewing agency Oceanlink")
_PRIVATE_AGENCY = re.compile(r"\b(?:recruitment|recruiting|manning|crewing|manpower|placement|staffing|labou?r-hire|"
                             r"employment)\s+agenc(?:y|ies)\b", re.IGNORECASE)
_LEAD_DET = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)
_NEAR_WORD = re.compile(r"\b(?:opposite|near|next\s+to|across\s+from|behind|beside)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'\u2019-]+")
_DETERMINER_START = re.compile(r"(?:The|A|An|Its|Their|His|Her)\s")
_TITLE_WORD = re.compile(r"(?:Mr|Mrs|Ms|Dr)\b")


def _is_firm(firm: str, company_noun: Callable[[str], bool], classify: Callable[[str], str | None]) -> bool:
    """Is ``firm`` a firm: a company noun heading it ("the plant", "the subcontractor that hired the crew", "the
    construction firm Amurstal") or a proper name that is not a person, a state body, an NGO or an outlet?"""
    if _NEAR_WORD.search(firm):
        return False  # "a tea shop opposite the plant": some other business nearby
    head = _CLAUSE.sub("", firm.strip())
    if _PRIVATE_AGENCY.match(_LEAD_DET.sub("", head, count=1)):
        return True
    words = _WORD.findall(head)
    if not words or {w.lower() for w in words} & _NOT_FIRM:
        return False
    if head[:1].isupper() and not _DETERMINER_START.match(head):
        return classify(head) in ("organization", None) and not _TITLE_WORD.match(head)
    while len(words) > 1 and words[-1][:1].isupper():  # "the construction firm Amurstal": the noun before the name
        words.pop()
    return company_noun(words[-1].lower())


is_firm = _is_firm  # for labourlens.analyse.firm_names ("X manages Tumen Bright Apparel")


_NAME_AGE = re.compile(r"^([^,]+),\s+\d{1,3},")
_POSSESSED = re.compile(r"['\u2019]s?\s|^its\s")


_NAME_ROLE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<role>[^,]+)$")


def firm_head(text: str, classify: Callable[[str], str | None]) -> bool:
    """Does speaker phrase ``text`` name a person as the head, manager or owner of a firm?"""
    if "," not in text or _FORMER.search(text):
        return False
    text = _NAME_AGE.sub(r"\1,", text)  # "Li Wei, 54, the owner of the workshop": the age aside
    from labourlens.analyse.cp_company_people import named_firm_person  # noqa: PLC0415 - it imports speakers
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports speakers

    appos = _NAME_ROLE.match(text.strip().rstrip("."))
    if appos is not None and _POSSESSED.search(appos.group("role")) and classify(
            appos.group("name")) in ("named_person", None) and named_firm_person(f"{appos['role']}, {appos['name']}"):
        return True  # "Qu Wen, Kestrel Foods' HR manager", "Qu Wen, its HR manager": the firm's role after the name
    for pat in _patterns():
        m = pat.match(text.strip().rstrip("."))
        if m is None:
            continue
        name, firm = m.group("name"), m.groupdict().get("firm")
        if classify(name) not in ("named_person", None):
            continue
        if firm is None or _is_firm(firm, company_noun, classify):
            return True
    return False

