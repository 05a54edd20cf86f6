"""Documents that open a sentence as its subject ("Shipping records for 2023 link ...", "Customs records
show ...", "The Panel obtained a labour contract under which ..."), read as the document speaking.

Used by :mod:`labourlens.analyse.mentions` (a plural document noun that looks like a verb) and
:mod:`labourlens.analyse.attribution` (a document a body obtained, described by a clause).
"""

from __future__ import annotations

import re

from labourlens.analyse import study_voices
from labourlens.analyse.according_clause import cut_clause
from labourlens.analyse.court_register import stated_in
from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import Mention, classify

__all__ = ["compound_head", "noun_not_verb", "obtained_document", "study_mention", "trim_long_document"]

# a determiner or pronoun alone before the "verb": "This documents conditions", "It records": a real verb
_FUNCTION_WORD = re.compile(r"^(?:this|that|it|which|who|he|she|they|we|i|the|a|an|its|their|our|his|her)$",
                            re.IGNORECASE)


# "The contracts produced in evidence promised ...": papers put forward as evidence that open the sentence and promised
# or set something (a firm, a recruiter or "their contracts" that "promised" workers pay are the page's narrative)
_PROMISED = re.compile(
    # a fronted place at most ("In the file, "), then the papers
    r"^\s*(?:(?:In|At)\s+[^,;:\"]{2,40},\s+)?(?P<doc>(?:(?:The|Their|His|Her|Its|Each|Every|All|These|"
    r"Those|A|An|One)\s+|(?=[A-Z][a-z]{3,}s\s))[^,;:\"\u2014\u2013]{2,70}?"
    # an apposition between commas or dashes ("Documents seen by the paper — a labour agreement — set ...")
    r"(?:,\s+[^;:\"]{2,70}?,|\s*[\u2014\u2013]\s*[^;:\"\u2014\u2013]{2,120}?\s*[\u2014\u2013])?)"
    # the verb of what the papers promised or set
    r"\s+(?:had\s+|also\s+)?(?:promised|promises|set|sets\s+out|required|requires|obliged|barred|forbade|offered|offers|fixed|"
    r"capped|specifies|specified|stipulates|stipulated|guarantees|guaranteed|provides\s+for|provided\s+for)\b")
_APPOSITION_CUT = re.compile(r",|\s*[\u2014\u2013]")
_LATER_SPEAKER = re.compile(r"\b(?:said|says|told|according\s+to|recalled|reported)\b")
# the papers are put forward as evidence ("produced in evidence", "seen by the tribunal", "a copy of which was filed")
_EVIDENCE = gated(r"\b(?:produced|presented|filed|submitted|seen|reviewed|obtained|examined|shown|tendered|"
                  r"seized|exhibited|a\s+copy\s+of\s+which)\b")
_CLAUSE_VERB = re.compile(r"\b(?:says?|said|states?|stated|shows?|showed|were|was|is|are|has|have|that)\b")


def study_mention(sentence_text: str) -> Mention | None:
    """A study cited by its author ("Kim (2019) finds", see :mod:`labourlens.analyse.study_voices`), or a document
    that opens the sentence and "promised" or "set" what follows ("The contracts produced in evidence promised €1,200",
    "The contract seen by the tribunal set wages at $300")."""
    cited = study_voices.study_mention(sentence_text)
    if cited is not None or not _EVIDENCE.search(sentence_text):
        return cited
    m = _PROMISED.match(sentence_text)
    doc = m.group("doc") if m is not None else ""
    if m is None or not _EVIDENCE.search(doc) or _CLAUSE_VERB.search(_APPOSITION_CUT.split(doc, maxsplit=1)[0]) \
            or _LATER_SPEAKER.search(sentence_text, m.end()) or classify(doc) != "document":
        return None
    doc = _APPOSITION_CUT.split(doc, maxsplit=1)[0].rstrip()  # "The contract, a copy of which the wife showed us,": the contract
    return Mention(doc, m.start("doc"), m.start("doc") + len(doc), "promise", False)


def noun_not_verb(np: str, verb: str) -> bool:
    """True when the "verb" after ``np`` is the plural head of a document phrase ("Shipping" + "records",
    "Customs" + "lists"), so the sentence's verb comes later; False for "This documents ...", "It records"."""
    words = np.split()
    if not words or _FUNCTION_WORD.match(words[-1]) or not verb.lower().endswith("s"):
        return False
    return classify(f"{np} {verb}") == "document"


# the verbs of a document subject: "Payroll records show ...", "Wage lists suggest ...", also after a participle
# clause that tells who put the papers forward ("Bank records presented by the prosecution show ...")
_DOC_PREDICATE = re.compile(r"^(?:(?:presented|filed|submitted|produced|seized|seen|reviewed|obtained|examined|"
                            r"shown|analy[sz]ed|kept|tendered)\s+(?:by|with|to|in|at|before)\s+[^,;:\"]{2,60}?\s+)?"
                            r"(?:also\s+)?(?:show|showed|shown|say|said|suggest|suggested|indicate|indicated|reveal|"
                            r"revealed|confirm|confirmed|list|listed|put|give|gave|seen|obtained|reviewed)\b")


def compound_head(np: str, verb: str, after: str) -> bool:
    """True when a bare document noun and the "verb" after it make one document phrase whose own verb follows
    ("Payroll" + "records" + "show ..."), so the whole phrase speaks; False for "The report documents ..."."""
    words = np.split()
    return len(words) == 1 and not _FUNCTION_WORD.match(words[0]) and verb.lower().endswith("s") \
        and _DOC_PREDICATE.match(after) is not None and classify(f"{np} {verb}") == "document"


_DOC_HEADS = (r"(?:labou?r\s+|employment\s+|work\s+|service\s+|supply\s+)?(?:contract|subcontract|agreement|ledger|"
              r"payroll(?:\s+sheet)?|spreadsheet|memo|letter|invoice|timesheet|roster|logbook|register|document)")
# "The Panel obtained a labour contract for seafood work in Jilin under which 70 per cent ... was withheld"
_OBTAINED = gated(
    rf"^\s*(?:[\w'\u2019-]+\s+){{1,6}}?(?:also\s+)?(?:obtained|saw|reviewed|examined|received|seen|obtains|sees|cited|cites)\s+"
    rf"(?:what\s+(?:it|they|he|she)\s+(?:called|described\s+as)\s+)?"  # "Hanbit also cited what it called an internal roster"
    rf"(?P<doc>(?:an?|one|the|a\s+copy\s+of\s+an?)\s+(?:[\w'\u2019-]+\s+){{0,2}}?{_DOC_HEADS}s?"
    rf"(?:\s+(?:for|from|with|between|covering|signed\s+by|issued\s+by|in|at)\s+[^,;:\"]{{2,80}}?)?)"
    rf"(?:,)?\s+(?P<link>under\s+which|in\s+which|which\s+(?:shows?|showed|lists?|listed|sets?|records?|"
    rf"recorded|stipulates?|stipulated|states?|stated|provides?|provided)|showing|listing|stipulating|setting)\b")


def obtained_document(sentence_text: str) -> Mention | None:
    """The document a body obtained or saw, when the rest of the sentence gives its content ("The Panel
    obtained a labour contract ... under which 70 per cent of pay was withheld"): the document speaks; so does the
    document of a court's impersonal passive ("It is stated in the petition that ...", see
    :func:`labourlens.analyse.court_register.stated_in`)."""
    stated = stated_in(sentence_text)
    if stated is not None:
        return stated
    m = _OBTAINED.match(sentence_text)
    if m is None or classify(m.group("doc")) != "document":
        return None
    return Mention(m.group("doc"), m.start("doc"), m.end("doc"), "describe", False)


# "data released on Tuesday by Rep. Kim of the assembly's budget committee": a participle clause after a document
_PARTICIPLE = re.compile(r"\s+(?:released|published|issued|compiled|presented|made\s+public|disclosed|submitted|"
                         r"obtained|seen|shared|provided|prepared)\b")


def trim_long_document(np: str) -> str:
    """A long document phrase without the participle clause that tells who released it ("ministry data
    released on Tuesday by Rep. Kim of the National Assembly's committee" -> "ministry data"); short
    phrases ("documents seen by the newspaper") and other speakers are unchanged. (The phrase after "according
    to": first cut where its clause starts when no comma closes it, "Interfax | the men entered ...".)"""
    np = cut_clause(np)
    if len(np.split()) <= 12:
        return np
    m = _PARTICIPLE.search(np)
    if m is None or m.start() == 0 or classify(np[:m.start()]) != "document":
        return np
    return np[:m.start()]
