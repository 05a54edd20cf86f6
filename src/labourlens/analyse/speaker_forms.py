"""Word lists and small patterns for the forms speaker phrases take in other writers' styles (a setting
or a negative word that is never a speaker, a citation, a formal state name, a titled report, compound
titles before a name, a thing owned by a group), used by :func:`labourlens.analyse.speakers.classify`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens.analyse.heading_labels import cut_fragment
from labourlens.analyse.speakers_patterns import PAPER_NAME_WORDS

__all__ = ["not_a_source", "strip_titles", "possessor", "reported_people"]

_PREP_START = re.compile(r"^(?![Uu]nder[- ][Ss]ecretar(?:y|ies)\b)"  # "Under Secretary Ana Ruiz": a title, not "under"
                         r"(?!(?:at\s+(?:least|most)|over|under|more\s+than|fewer\s+than)\s+(?:\d+|a\s+dozen|"
                         r"half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|"
                         r"several|least|most|a\s+few)\b)(?:in|at|on|from|during|after|before|since|under|over|into|among|"
                         r"across|through|throughout|within|outside|near|without|amid|following|despite)\s", re.IGNORECASE)
# media named by kind, not by name: "Local media", "Chinese state media", "Russian newspapers"
_MEDIA_IN = (r"(?:\s+in\s+(?:the\s+(?:city|region|area|province|capital|country)|"
             r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}))?")  # "Local media in Kuwait"
_GENERIC_MEDIA = re.compile(
    r"^(?!the\b)(?:[\w'\u2019-]+\s+){0,3}(?:media|press|newspapers|broadcasters|outlets|tabloids|dailies|news\s+sites)"
    rf"{_MEDIA_IN}$"
    # "state television", "the state broadcaster", "North Korea's state media", "the regional daily": media by kind
    r"|^(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}(?:state|local|regional|national|public|state-run|government-run|"
    r"pro-government|independent)\s+(?:television|tv|radio|broadcaster|news\s+agency|newspapers?|media|daily|weekly)"
    rf"{_MEDIA_IN}$",
    re.IGNORECASE,
)
_OUTLET_WORD = re.compile(rf"\s(?:News|Times|Post|Herald|Gazette|Tribune|Chronicle|Ilbo|Shimbun|Broadcasting|{PAPER_NAME_WORDS})$")
_TITLED_DOC = re.compile(r"\s(?:Report|Index|Survey|Study|Review|Assessment|Yearbook|Factsheet|White\s+Paper)"
                         r"(?:\s+(?:19|20)\d{2})?$")
_STATE_WORDS = re.compile(r"\b(?:government|ministry|state|police|municipal|city|provincial|regional|federal|"
                          r"embassy|consulate|customs|immigration|labou?r\s+(?:inspection|office|bureau))\b")
# "whose workers" (a relative clause), "Russian law", "the rules": not a source ("according to Russian law")
_NOT_A_SOURCE = re.compile(r"^(?:whose|which|who|whom)\b|^(?:[Pp]lease|PLEASE|[Kk]indly)$|"  # a request opening a post
                           r"^(?:[\w'\u2019-]+\s+){0,3}(?:law|laws|legislation|rules|norms|"
                           r"standards|tradition|custom)$"
                           # a word that describes notes or records, read as a subject before the verb "notes"
                           # ("Handwritten notes in the margin show ..."): never a speaker
                           r"|^(?:handwritten|hand-written|typed|typewritten|printed|written|signed|unsigned|stamped|"
                           r"scribbled|pencilled|penciled|undated|attached|leaked|internal|margin|footnoted)$"
                           # the report summing up its own testimonies ("These accounts suggest ..."): its own voice
                           r"|^(?:these|those|such|the\s+above|all\s+these)\s+(?:accounts|testimonies|stories|cases)$"
                           # estimates no one is named for ("According to various estimates, a builder earns ..."): the
                           # page's own hedged figure, never a document
                           r"|^(?:various|varying|some|several|many|most|other|different|rough|conservative|unofficial|"
                           r"informal|common|popular|widespread)\s+(?:estimates|estimations|calculations|guesses)$"
                           # a main clause, then a concessive one whose subject says something ("A broker charges a fee,
                           # even though the rule says ..."): the verb is the clause's, no one here speaks the sentence
                           r"|,\s+(?:even\s+though|although|though|whereas|even\s+if)\s"
                           # a digest's run-in label or a sentence adverb before a colon ("Briefly: ...", "Update: ..."):
                           # the item's own heading, no person
                           r"|^(?:briefly|in\s+brief|also|meanwhile|elsewhere|separately|finally|lastly|update|updated|"
                           r"correction|clarification|background|bottom\s+line|takeaway|in\s+short|quickly)$"
                           # (s44) a host's question to a guest named before it ("Mr Ruiz, what do you say?"): a
                           # vocative and a question, no one speaking
                           r"|,\s+(?:what|how|why|where|when)\s+(?:do|did|does|would|will|can|could)\s+(?:you|we)$"
                           # or a caller's opening to the host ("Ruth, I want to say something"): the caller's own
                           # words follow, no one is reported
                           r"|,\s+(?:I|we)\s+(?:just\s+)?(?:want|wanted|would\s+like|need)\s+to$",
                           re.IGNORECASE)
# an account on social media ("@crane_watcher"), or the pseudonym a court gives a victim or a witness, one capital letter
# three times over ("AAA testified that ...", "XXX"): a person without a name, never an acronym of a body
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,30}|(?P<letter>[A-HJ-NP-Z])(?P=letter){2}")
_NOBODY = re.compile(r"(?:none|nobody|no\s+one|neither|not\s+one)\b", re.IGNORECASE)
_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)$")
# (s387) or a thread post's number ("1/ Local paper X reports ...", "3/12 The union says ...")
_HEADING_NO = re.compile(r"^(?:\d+(?:\.\d+)+\.?|\d{1,3}/(?:\d{1,3})?)\s")
# a division of a court named by its number or its jurisdiction ("The 3rd Panel", "the Second Chamber", "the appeals
# bench"): the court speaks, a state body (not "the panel" alone, which is as often a UN panel of experts)
_COURT_DIVISION = re.compile(
    r"^(?:[Tt]he\s+)?(?:\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|"
    r"[Nn]inth|[Tt]enth|[Aa]ppeals?|[Aa]ppellate|[Cc]riminal|[Cc]ivil|[Ll]abou?r|[Ff]ull|[Dd]ivisional|[Tt]rial)\s+"
    r"(?:[Cc]ourt\s+)?(?:[Pp]anel|[Cc]hamber|[Bb]ench|[Dd]ivision|[Ss]enate|[Tt]urma)(?:\s+of\s+the\s+[^,]{3,60})?$")
_STATE_NAME = re.compile(r"^(?!.*\b(?:Unions?|Trade|Workers|Employers|Industr\w*|Chambers?|Associations?|Sports?|"
                           r"Football|Students|Writers|Journalists)\b)"
                           # the formal name of a state ("the Russian Federation", "the Republic of Korea")
                           r"(?:[Tt]he\s+)?(?:(?:Russian|Swiss|Islamic|Democratic|People['\u2019]s|"
                           r"Federal|United|Arab|Socialist|Lao)\s+)*"
                           r"(?:Republic|Kingdom|Federation|Sultanate|Emirate|Confederation|"
                           r"Principality)(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?"
                           # the occasion it spoke on ("The Russian Federation, in its reply of 3 May")
                           r"(?:,\s+in\s+(?:its|a|an|their)\s[^,]*)?$")
# the state speaking: by its formal name, or a court by one of its divisions
_FORMAL_STATE = re.compile(rf"(?:{_STATE_NAME.pattern})|(?:{_COURT_DIVISION.pattern})")
_CITATION = re.compile(r"\s*\((?:19|20)\d{2}[a-z]?(?:\s*[:,]\s*(?:pp?\.\s*)?\d+(?:[-\u2013]\d+)?)?\)")
_AUTHORS = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+(?:and|&)\s+[A-Z][\w'\u2019-]+|\s+et\s+al\.?)?")
_DIPLOMATS = frozenset(("diplomat", "diplomats"))
_TITLE_WORDS = frozenset("general secretary deputy executive director chief vice president chairman chairwoman chair "
                         "head acting senior managing lieutenant lt. commander sergeant sgt. superintendent constable "
                         "colonel col. father sister brother reverend rev. rev imam pastor bishop".split())


def strip_titles(name: str) -> str:
    """A name without the title words a titled match kept in front of it ("Secretary Paulo Mendes" from
    "General Secretary Paulo Mendes" -> "Paulo Mendes")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def possessor(head: str, word: str) -> bool:
    """Is ``word`` an owner in a possessive that another noun follows ("the trust's chairman")?"""
    if "'" not in head and "\u2019" not in head:
        return False
    return _possessive(word.lower()).search(head) is not None


@lru_cache(maxsize=2048)
def _possessive(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}(?:['\u2019]s|s?['\u2019])\s+\w", re.IGNORECASE)


_OWNED_SPEAKERS = frozenset("representatives representative families family wives husbands parents children head "
                            "heads chief chiefs boss bosses executive executives ceo deputy chair staff".split())


def not_a_source(text: str) -> bool:
    """A phrase that never speaks: a relative pronoun, a law or custom, a word for notes, or a fragment cut
    from a heading or a question line (:func:`labourlens.analyse.heading_labels.cut_fragment`)."""
    return _NOT_A_SOURCE.search(text) is not None or cut_fragment(text)


# reports that come from people ("unverified reports from nurses in Tabatinga", "reports from residents"):
# the people speak; reports from a body or in a publication stay a document
_REPORTS_FROM = re.compile(r"(?i)^(?:(?:unconfirmed|unverified|uncorroborated|anecdotal|local|several|some|multiple|"
                           r"recent|other|further|repeated|many|numerous)\s+)*reports?\s+from\s+(?P<np>\S.*)$")


def reported_people(text: str, classify: Callable[[str], str | None]) -> str | None:
    """The people behind "reports from ..." when they are people without a name (``classify`` reads them), else None."""
    m = _REPORTS_FROM.match(text)
    return m.group("np") if m is not None and classify(m.group("np")) == "anonymous_source" else None


# "Sergei (he asked us not to print his surname)", "Amina (who asked that her family name be withheld)",
# "Joao (last name withheld)": an aside about the name left out; the person is still named
_NAME_ASIDE = re.compile(
    r"\s*\((?=[^()]{0,80}\b(?:surname|family\s+name|last\s+name|full\s+name)s?\b)[^()]{3,120}\)(?=\s*(?:,|$))",
    re.IGNORECASE,
)


# a title, given names and a surname in capitals, as a parliament's or a court's record writes a name ("Dr Ilse
# VERHOEVEN", "Mr Tomas NOVAK"): a person, whose capitals are no acronym of a body
_CAPS_SURNAME = re.compile(r"^((?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Madam|Mme|Herr|Frau)\.?\s+"
                           r"(?:[A-Z][a-z\u00e0-\u00ff'\u2019-]+\s+){0,2})([A-Z][A-Z\u00c0-\u00de'\u2019-]+(?:[ -][A-Z][A-Z'-]+)?)"
                           r"(?![\w-])")


def without_name_aside(text: str) -> str:
    """``text`` without a parenthetical aside that says the person's surname is withheld, and without a town
    given after a place phrase ("Workers at the Rawabi Farm Estate, Irbid": the town is no person's name); a surname in
    capitals after a title is read in ordinary case."""
    text = _NAME_ASIDE.sub("", text) if "(" in text else text
    if "-year-old " in text:  # "One of the pickers, 31-year-old Ali Valiev": the age is no part of the name
        text = _AGED_NAME.sub(r"\g<head>", text)
    if (caps := _CAPS_SURNAME.match(text)) is not None:
        text = caps.group(1) + caps.group(2).title() + text[caps.end():]
    if "," in text and _PLACED.match(text):
        from labourlens.analyse.mastheads import is_place  # noqa: PLC0415 - mastheads imports the speaker rules

        head, _, tail = text.rpartition(",")
        if is_place(tail.strip()):
            return head
    return text


# an age before a full name that opens the phrase or follows its comma (not "a 40-year-old Sri Lankan": an article)
# (after a comma only when the phrase opens on the one of a group it names: not "Relatives of one of them, 26-year-old X")
_AGED_NAME = re.compile(r"^(?P<head>(?:(?i:one|another)\s[^,]{1,40},\s)?)\d{1,3}-year-old\s+"
                        r"(?=[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)+\s*$)")
# a phrase that places its speaker ("Workers at the X Estate", "residents of a village near Y") before a town
_PLACED = re.compile(r"^(?:the\s+|a\s+|an\s+|some\s+|several\s+|many\s+|\d+\s+)?(?:[\w'-]+\s+){0,3}?[a-z][\w-]*s\s+"
                     r"(?:at|in|of|from|near|on)\s+[^,]{3,80},\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}$", re.IGNORECASE)
