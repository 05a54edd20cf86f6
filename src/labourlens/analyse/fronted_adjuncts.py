"""Fronted adjuncts before a speaker phrase, used by :mod:`labourlens.analyse.mentions`: the
leading adverbials of a sentence ("However, ", "In its reply to the ministry, ", "Asked about the
wages, "), the fronted places, times and manners before a speaker ("In Dubai, ", "Last winter, ",
"Cross-examined, "), counting appositions ("a second source, a driver who ...") and subordinate
clauses ("Although the ministry announced ..., residents of the district"), and how far they reach.
"""

from __future__ import annotations

import re

from labourlens.analyse.source_refs import official_apposition
from labourlens.analyse.speakers import classify

__all__ = ["fronted_end", "lead_adverbial_end", "strip_fronted"]

# a sentence's leading adverbials: "However, ", "In a statement to the ministry, ", "Asked about wages, "
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:in (?:(?:a|an|its|their|his|her|the|separate|later|written|brief|recent|joint|official|\d{4}) )*"
    r"(?:comments?|remarks?|press release|statement|interview|email|e-mail|letter|post|briefing|reply|response|"
    r"testimony)(?: (?:to|with|for|on|at|accompanying|issued|released|posted|sent|carried|published|announcing|"
    r"detailing|outlining|explaining|submitted|provided|presented|delivered)[^,]{1,80})?"
    r"(?=,)|however|meanwhile|separately|moreover|furthermore|also|still|instead|indeed|in addition|in contrast|"
    r"nevertheless|nonetheless|even so|likewise|similarly|besides|in turn|for (?:its|their|his|her|our) part|"
    r"by contrast|in response|"
    # (s345) a letter's or a statement's points counted off: "Second, two former clerks told ...", "Third, the report
    # says ...": the point's number, not the speaker (only before a comma: "Second Lieutenant ..." is a rank)
    r"(?:first|second|third|fourth|fifth|sixth|firstly|secondly|thirdly|fourthly|fifthly|finally|lastly)(?=,)|"
    # "By letter of 3 October 2024, ", "By email dated 9 May, ": the channel, not the speaker
    r"by (?:(?:a|an|its|their|his|her|the) )?(?:letter|email|e-mail|fax|note|message|memo)(?: (?:of|dated) [^,]{1,40})?|"
    # a numbered paragraph's number: "2.1 ", "3.1.4 "
    r"\d{1,2}(?:\.\d{1,2}){1,2}\.?|"
    r"in (?:a|an|its|their|his|her|the) (?:\w+ ){0,2}(?:report|statement|interview|study|survey|letter|post|email|"
    r"reply|response|answer|note verbale|comments|remarks|testimony|evidence|defence|defense|affidavit|deposition|"
    r"e-mail|briefing|filing|submission|press release|ruling|judgment|judgement|verdict|decision)"
    r"(?: (?:released|published|issued|posted|sent|seen|filed|reproduced|reprinted|printed|quoted|attached|appended|"
    r"included|received)[^,]{0,50})?"
    r"(?:\s+(?:with|to|on|in|by|for|from|of|dated)\s+[^,]{1,60})?|"
    r"last (?:week|month|year)|earlier|later|afterwards?|previously|recently|yesterday|today|"
    # "In Tambov the regional government said": a fronted town without its comma, before "the"
    r"(?-i:(?:In|At) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?(?= the\s))|"
    # "On 4 May 2026 the Coast Herald reported": a fronted date without its comma, before "the"
    r"(?-i:On (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?: \d{1,2})?(?:,? \d{4})?(?= the\s))|(?-i:On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?= the\s))|"
    r"on the basis of [^,]{1,60}|(?:based|drawing|relying|building) (?:largely |mainly |partly )?on [^,]{1,100}|"
    r"on the (?:witness )?stand|under oath|"
    # "Via her attorney she said": the channel, not the speaker
    r"(?:through|via) (?:(?:a|an|his|her|their|its|the) )?(?:lawyers?|attorneys?|counsel|solicitors?|spokes(?:man|woman|person)|"
    r"representatives?|interpreter)|"
    # (s41) the topic a finding or an answer turns to: "On the deductions, the tribunal found ...", "On the question of wages, "
    r"on (?:the|its|their|this|that|these|those) [\w'\u2019-]+(?: [\w'\u2019-]+){0,5}(?=,)|"
    # (not "On one farm", nor (s45) a count of places before the comma, "On 3 farms, ": _FRONTED's, the speaker after it)
    r"on (?!(?:one|another|each|some)\b)(?!(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several) (?-i:[a-z-]+)"
    r"(?: (?-i:[a-z-]+))?,)\w+(?: (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b)?|"
    r"asked (?:about|whether|if|for|on) [^,]{1,80}|when asked [^,]{1,80}|responding to [^,]{1,80}|"
    r"speaking (?:to|at|on|in|with|by|from|over|via|through|after|before|during) [^,]{1,80}|"
    r"(?:reached|contacted|interviewed|approached|visited) (?:by|in|at|on|last|this|over) [^,]{1,80}|"
    r"writing (?:in|on|for|from) [^,]{1,80}|"
    # "At a news conference in Perm, ", "At a hearing on Tuesday, ": the occasion, not the speaker
    r"(?:at|during) (?:a|an|the|its|their|his|her) (?:(?:separate|later|joint|regular|weekly|daily|monthly|annual|"
    r"public|brief|earlier|televised|online) )*(?:press conference|news conference|press briefing|briefing|"
    r"hearing|session|forum|meeting|rally|event|conference|summit)(?= |,)[^,]{0,60}|"
    r"in (?:a|an) (?:statement|interview|email|e-mail|press release|post)[^,]{0,60}|"
    r"in (?:(?:written|emailed|further|separate|later|brief|subsequent|follow-up) )?(?:comments?|remarks?|replies|"
    r"answers|responses|messages|emails|e-mails|testimony|a (?:comment|reply|response|text message|phone call|call))"
    r"(?: (?:to|for|with|on|sent to|emailed to|given to) [^,]{1,60})?|"
    r"(?:in|between \d{4} and|from \d{4} (?:to|until)) (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d{4})"
    r"(?: \d{4})?|at the time|for (?:its|their|his|her) part|but|and|yet|so|then),?\s+)+",
    re.IGNORECASE,
)

# fronted adjuncts before a speaker phrase: "In Dubai, ", "On Monday, ", "Last year, ", "Back home, "
_FRONTED = re.compile(
    r"^(?:(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Ff]rom|[Aa]cross|[Bb]ack\s+in)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+(?:[A-Z][\w'\u2019.-]*|of|de))*(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)?"
    r"|[Oo]n\s+[A-Z][a-z]+(?:\s+\d{1,2})?|[Ii]n\s+(?:19|20)\d\d|[Ll]ast\s+(?:week|month|year|winter|summer|spring|"
    r"autumn)|[Ee]arlier(?:\s+this\s+\w+)?|[Ll]ater|[Mm]eanwhile|[Tt]oday|[Yy]esterday|[Bb]ack\s+home|"
    r"[Ee]lsewhere|[Ss]eparately|[Tt]here|[Hh]ere|"
    # "On one farm, adult labourers said", "At another site, ": a place counted off, not the speaker; (s45) or counted by
    # number ("On 3 farms, hired labourers stated", "At four of the sites, ")
    r"(?:[Oo]n|[Aa]t|[Ii]n)\s+(?:one|another|a\s+second|a\s+third|each|some|several|\d{1,3}|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?:of\s+the\s+)?[a-z-]+(?:\s+[a-z-]+)?|"
    # "Prosecuting, Inspector ..."
    r"[A-Z][a-z]{3,}ing|"
    r"(?:[Oo]n\s+the\s+basis\s+of|[Bb]ased\s+on|[Dd]rawing\s+on|[Jj]udging\s+by)\s+[^,\"]{2,60}|"
    # "For the Nepali workers, the ledger shows ...": whom the rest is about, not the speaker
    r"[Ff]or\s+(?:the|these|those|all\s+the|each\s+of\s+the)\s+[^,\"]{2,60}|"
    # "Cross-examined, the foreman", "Giving evidence, ..."
    r"(?:Cross-examined|Re-examined|Questioned|Pressed|Challenged)(?:\s+by\s+[^,\"]{2,40})?|"
    r"[Gg]iving\s+evidence|[Uu]nder\s+cross-examination)\s*,\s+"
)
# "a second source, a Korean-Chinese driver who ...": the fuller apposition is the speaker
_COUNTED_SOURCE = re.compile(
    r"^(?:(?:a|another|one)\s+(?:(?:second|third|fourth|fifth|other|further|new|different)\s+)?"
    r"(?:witness|informant|interviewee|person|contact)\s*,\s+(?=(?:a|an|the|one)\s)|"
    r"the\s+(?:other|last)(?:\s+(?:one|source|person|witness|informant))?"
    r"\s*,\s+(?=(?:a|an|one)\s))", re.IGNORECASE)  # "The first person, a clerk": the ordinal stays (gold keeps it)

# a subordinate clause or a prepositional phrase opening the phrase: "Although the ministry announced ..., "
_SUBORDINATE = re.compile(
    r"^(?:although|though|even though|while|whilst|despite|as(?! (?:many|few) as\b)|since|after|before|when|if|because|"
    r"whereas|unlike|like|in|at(?! least\b)|on|from|across|back in|near|outside|inside|with)\b", re.IGNORECASE)

# a null quantifier over a document: "Nothing in the payroll files (shows ...)", "None of the contracts (mentions ...)":
# the document is the source; the sentence's denial is read from the words left in it
_NULL_HEAD = re.compile(r"^(?:nothing|none)\s+(?:in|of)\s+(?=(?:the|its|their|his|her|this|these|those|our|any)\s)",
                        re.IGNORECASE)



def _null_document(np: str) -> re.Match[str] | None:
    """ "Nothing in " before a document ("the payroll files"); "None of the companies" stays whole (no body speaks)."""
    m = _NULL_HEAD.match(np)
    return m if m and classify(np[m.end():]) == "document" else None


# "A third person, a driver": an ordinal count stays in the speaker phrase
_ORDINAL_COUNT = re.compile(r"(?i)an?\s+(?:second|third|fourth|fifth)\s")


def _count_stays(f: re.Match[str], np: str, cut: int, ordinal_stays: bool) -> bool:
    """A counting apposition matched at ``cut`` that stays in the speaker phrase: before an official
    ("another person, an official in the district") or, when ``ordinal_stays``, an ordinal count."""
    if f.re is not _COUNTED_SOURCE:
        return False
    ordinal = ordinal_stays and _ORDINAL_COUNT.match(np[cut:]) is not None
    return official_apposition(np[cut + f.end():]) or ordinal


# a clause of the speaker's own before "but"/"and" ("I thank the Minister, but workers from Kyrgyzstan"), and the date
# of a timeline's entry ("March 2021 — A defector who worked at the plant", "2023 - A panel report")
_CLAUSE_BEFORE = re.compile(r"^(?:I|We|You)\s+[^,\"\u201c]{2,60},\s+(?:but|and|yet|so)\s+(?=\S)")
_TIMELINE_DATE = re.compile(r"^(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
                            r"(?:\s+\d{1,2},)?\s+)?(?:19|20)\d\d\s*(?:[\u2014\u2013:]|--?)\s+(?=\S)")


def fronted_end(np: str, ordinal_stays: bool = True) -> int:
    """Where the fronted adjuncts and counting appositions (at most three) opening a speaker phrase end
    ("Last winter, a crane operator": after "Last winter, "); 0 when there are none."""
    cut = 0
    for _ in range(3):
        f = (_FRONTED.match(np[cut:]) or _COUNTED_SOURCE.match(np[cut:]) or _null_document(np[cut:])
             or _CLAUSE_BEFORE.match(np[cut:]) or _TIMELINE_DATE.match(np[cut:]))
        if not f or f.end() >= len(np) - cut - 1 or _count_stays(f, np, cut, ordinal_stays):
            break
        cut += f.end()
    return cut


def strip_fronted(np: str) -> str:
    """The speaker phrase without fronted adjuncts ("Last winter, a crane operator" -> "a crane operator";
    "Although the ministry announced ..., residents of the district" -> "residents of the district")."""
    if ", " in np and _SUBORDINATE.match(np):
        tail = np.rsplit(", ", 1)[1]
        if 0 < len(tail.split()) <= 10 and not _SUBORDINATE.match(tail) and classify(tail) is not None:
            return tail
    cut = fronted_end(np)
    rest = np[cut:]
    return rest if cut and rest.strip() and classify(rest) is not None else np


def lead_adverbial_end(text: str, pos: int = 0) -> int:
    """Where a sentence's leading adverbials ("However, ", "In its reply, ") end, from ``pos``."""
    m = _LEAD_ADVERBIAL.match(text, pos)
    return m.end() if m else pos
