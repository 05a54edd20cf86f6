"""The accused party's assurances of lawful routine, worded as plain facts (s43), for
:func:`labourlens.analyse.party_assertions.mark`.

An owner, an agency or a buyer answering a report of unpaid crews and held seafarers says what it does as a matter of
course: "all salaries have been transferred according to the employment contract", "wages are paid every month
through the licensed agent", "the men were always free to go ashore at Durban", "papers are handed back to each seafarer when
a voyage ends", "deckhands are served three meals a day", "any payments were voluntary contributions".
Each answers an allegation as a denial does, so
the claim is negated and carries no indicator (FORMAT.md). Only the party's own words are read so (a company, a state
body, or an owner or manager quoted without a name: :func:`labourlens.analyse.party_assertions._party`); a settlement
("wages have been settled in full") stays a remedy affirmed, as older sets read it, and a worker's "we were free to
leave only on Sundays" keeps its limit (a "but", "only" or "except" leaves the claim alone). Examples are invented."""

from __future__ import annotations

import re

__all__ = ["assurance"]

_PAY = r"(?:wages|salar(?:y|ies)|pay|allotments?|remittances?)"
_ASSURANCE = re.compile(
    # pay sent as the contract says or on a regular footing
    rf"\b(?:all\s+|the\s+|their\s+|crew\s+|its\s+)?{_PAY}\s+(?:have|has|had)\s+been\s+(?:remitted|paid|transferred|sent)\s+"
    r"(?:in\s+full\s+)?(?:according\s+to|in\s+accordance\s+with|as\s+(?:agreed|required|set\s+out)|under)\b"
    rf"|\b(?:are|were|is|was|have\s+been|has\s+been)\s+paid\s+(?:in\s+full\s+)?(?:every|each)\s+month\b"
    r"|\b(?:are|were|have\s+been|has\s+been)\s+paid\s+(?:in\s+full\s+)?(?:to\s+(?:the\s+)?[\w\s'\u2019-]{1,40}?\s+)?as\s+agreed\b"
    # (s46) paid or sent on a monthly footing as the contract says ("all fishers are paid each month according to the
    # contract", "salaries were remitted monthly to the crewing office as their contracts require")
    r"|\b(?:are|were|is|was|have\s+been|has\s+been)\s+(?:paid|transferred|remitted)\s+(?:in\s+full\s+)?(?:monthly|every\s+month|"
    r"each\s+month),?\s+(?:to\s+(?:the\s+)?[\w\s'\u2019-]{1,40}?\s+)?(?:according\s+to|in\s+accordance\s+with|as\s+(?:the|their|his|her)\s+"
    r"(?:employment\s+)?contracts?\s+(?:requires?|says|provides?|stipulates?))\b"
    # free to leave the vessel or to go ashore
    r"|\b(?:are|were|was|is|remain(?:ed)?)\s+(?:always\s+)?free\s+to\s+(?:leave\s+(?:the\s+)?(?:ship|vessel|boat)|go\s+ashore|"
    r"disembark|go\s+home)\b"
    # papers given back as a rule
    r"|\b(?:all\s+)?(?:crew\s+)?(?:documents|passports|seaman['\u2019]s\s+books)\s+are\s+(?:always\s+)?(?:returned|given\s+back|"
    r"handed\s+back)\s+to\s+(?:the|each|every)\s+(?:seafarer|worker|crew\s+member|fisher)\b"
    # meals served as a rule ("every fisher gets three meals a day")
    r"|\b(?:receive|receives|get|gets|are\s+given|are\s+served|are\s+provided\s+with)\s+three\s+meals\s+a\s+day\b"
    # (s46) every worker on a written contract, or paid the full rate or on the day ("all pickers are hired on
    # individual contracts", "every worker we took on had a signed contract", "we pay every driver the full contract rate")
    r"|\b(?:all|every|each)\b[^.;:]{0,60}?\b(?:(?:are|were|is|was)\s+(?:hired|employed|engaged|taken\s+on)\s+on"
    r"|(?:held|hold|holds|had|has|have|signed)\s+(?:an?\s+)?)(?:(?:individual|written|signed|valid|formal)\s+){1,3}"
    r"(?:employment\s+|labou?r\s+)?contracts?\b"
    r"|\bpays?\s+(?:every|each|all)\s+(?:of\s+(?:its|our|their)\s+)?\w+\s+(?:the\s+)?full\s+(?:contract(?:ed)?\s+|agreed\s+)?"
    r"(?:rate|wage|salary|amount)\b|\b(?:are|were|is|was)\s+(?:\w+\s+){0,4}?and\s+paid\s+on\s+the\s+same\s+day\b"
    # (s50) pay received as the law or the contract says ("all our staff receive their wages in line with Polish law",
    # "every driver gets his pay according to the contract")
    rf"|\b(?:receive|receives|received|get|gets)\s+(?:all\s+)?(?:their\s+|the\s+|his\s+|her\s+)?(?:full\s+)?{_PAY}\s+"
    r"(?:in\s+full\s+)?(?:in\s+(?:accordance|line|compliance)\s+with|according\s+to)\b"
    # payments called voluntary
    r"|\b(?:any|all|the|these|such)\s+payments\s+(?:were|are)\s+(?:purely\s+)?voluntary\b",
    re.IGNORECASE)
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_LIMIT = re.compile(r"\b(?:but|only|except|although|though|unless|apart\s+from)\b", re.IGNORECASE)
_CUES = ("contract", "paid", "pay ", "remitted", "transferred", "sent", "free to", "returned", "given back", "handed back", "voluntary",
         "three meals", "receive", "gets ", "get ")


def assurance(text: str) -> bool:
    """Does the sentence assure lawful routine in the party's words (see the module doc)?"""
    low = text.lower()
    if not any(c in low for c in _CUES):
        return False
    plain = _QUOTES.sub("", text)  # 'crew were "free to go ashore"': the quoted words read as the party's own
    return _ASSURANCE.search(plain) is not None and _LIMIT.search(plain) is None
