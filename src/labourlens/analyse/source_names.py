"""How a source is named across a document, for :mod:`labourlens.analyse.registry`.

- the person "he" or "she" refers to when only a given name or surname introduced them ("Choe (not his
  real name) spent four years ...", "Hwang, 38, worked ...");
- the full name of a person later called by title and surname ("Dr Voss" after "Dr Helena Voss");
- numbered labels that stand for one interviewee ("Respondent 4, a former cook" / "Respondent 4");
- "the paper", "the newspaper" after a newspaper was cited by name;
- discourse words that are not part of a speaker phrase ("The ministry, however").
"""

from __future__ import annotations

import re

from labourlens.analyse import name_search
from labourlens.analyse.gated import gated
from labourlens.analyse.registry_patterns import LEAD_WORDS

__all__ = ["acronym_of", "clean_wording", "contact_name", "fuller_name", "introduced_as", "label_of", "MEDIA_BACKREF",
           "proper_body", "pseudonym_name", "role_label_name", "single_name_intro", "stands_for", "titled_kind",
           "without_lead_word"]

_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_PSEUDONYM = (r"(?:\((?:not\s+(?:his|her|their)\s+real\s+name|(?:a|his|her)\s+pseudonym|name\s+changed|"
              r"an?\s+alias|names?\s+(?:has|have)\s+been\s+changed)[^)]{0,40}\)"
              # between commas: "Amina, not her real name, is ..."
              r"|,\s+(?:not\s+(?:his|her|their)\s+real\s+name|(?:a|his|her)\s+pseudonym),)")
# a single name opening a sentence with a pseudonym note or an age: "Choe (not his real name) spent ...",
# "Hwang, 38, worked ..."
_SINGLE_INTRO = re.compile(
    # (after a dateline too: "OBUASI — Kofi, 15, who ...")
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n)|(?<=[A-Z]\s[-\u2013\u2014]\s))(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?({_NAME})"
    rf"(?:(?:\s*{_PSEUDONYM}|,\s+\d{{2}},)\s+(?:and\s+)?[a-z]"
    # "Min-jun was 27 when"
    rf"|\s+(?:was|is)\s+\d{{2}}\s+(?:when|and|years)\b"
    # (s39) "Omar himself said little.": the person the relatives spoke about, now the subject in his own right
    r"|\s+(?:himself|herself)\s+[a-z]"
    # "Ri, who asked that only her surname be used,"
    r"|,\s+who\s+asked\s+(?:that\s+only|to\s+be\s+(?:identified|named|called|referred\s+to)\s+"
    r"(?:only\s+)?(?:by|as))\b"
    # "Dilnoza, whose real name is withheld, is 41", "Timur, whose first name was altered, ..."
    r"|,\s+whose\s+(?:real\s+)?(?:first\s+)?name\s+(?:has\s+been|was|had\s+been|is)\s+(?:changed|withheld|altered)\b)")
# (s36) a feature's lede on one person by a single name, the subject of a verb in the present with "her" or "his"
# after it: "Every morning Nadia opens her stall ...", "KANO - Musa still keeps his father's ledger"
_LEDE_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\w\s[-\u2013\u2014]\s))(?:(?:Every|Each)\s+(?:morning|evening|night|day|week|"
    r"month|Sunday|Friday)\s+)?(" + _NAME + r")\s+(?:still\s+|now\s+|often\s+)?[a-z]{3,}s\s+(?:[a-z]+\s+){0,3}?(?:her|his)\s+[a-z]")
_NOBODY_WORDS = frozenset("everyone everybody nobody someone somebody anyone anybody each every none another "
                          "either neither whoever".split())
_NOT_NAMES = frozenset("the this that these those it he she they we our their his her its one some many most all "
                       "workers officials police authorities residents".split())


_PSEUDONYM_ANY = gated(
    rf"[\"\u201c]?((?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?{_NAME}(?:[ \t]+{_NAME})?)[\"\u201d]?\s*{_PSEUDONYM}")  # (a name on one line)


# the writer names a person described just before: "a woman I will call Dilfuza", "a cook we shall call Hana"
_WRITER_CALLS = gated(
    rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:whom\s+|who\s+)?(?:I|we)\s+"
    rf"(?:will\s+|shall\s+|'ll\s+|\u2019ll\s+|am\s+going\s+to\s+|are\s+going\s+to\s+)?call\s+[\"\u201c]?({_NAME})\b(?![\w'\u2019-])")


def pseudonym_name(context: str) -> tuple[int, str] | None:
    """The last name given with a pseudonym note anywhere in ``context`` ('"Sun-hee" (not her real
    name)', "a woman I will call Dilfuza"), with its position."""
    found = [(m.start(1), m.group(1)) for rx in (_PSEUDONYM_ANY, _WRITER_CALLS) for m in rx.finditer(context)
             if m.group(1).lower() not in _NOT_NAMES]
    return max(found) if found else None


# a person the reporter met, by one name: "I first met Bikash in a tea shop", "We spoke to Amina outside the shelter"
_MET_NAME = re.compile(rf"\b(?:I|We)\s+(?:first\s+|later\s+|had\s+)?(?:met|interviewed|visited|spoke\s+(?:to|with)|talked\s+(?:to|with))"
                       rf"\s+({_NAME})\b(?![ \t]+[A-Z])")


def single_name_intro(context: str) -> str | None:
    """The last person introduced by one name only, with a pseudonym note or an age, or met by the reporter, in
    ``context``."""
    found = [(m.start(), m.group(1)) for rx in (_SINGLE_INTRO, _MET_NAME) for m in rx.finditer(context)
             if m.group(1).lower() not in _NOT_NAMES]
    found += [(m.start(), m.group(1)) for m in _LEDE_NAME.finditer(context)
              if f" {m.group(1).lower()} " not in context and m.group(1).lower() not in _NOT_NAMES
              and m.group(1).lower() not in _NOBODY_WORDS]  # not "Everyone", "Nobody"
    return max(found)[1] if found else None


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Inspector|Judge|Senator|Ambassador|Minister)\.?"


# (speed) parts of fuller_name's per-name patterns: no pattern is compiled for a surname that stands after no given
# name (in lower case before it) and before none
_GIVEN_AFTER = re.compile(rf"[ \t]+({_NAME})\b")
_FREE_DOT = re.compile(r"(?<![\w.])")
_EDGE = re.compile(r"\b")


def _after_given(context: str, surname: str) -> bool:
    for i in name_search.starts(context, surname):
        j = i
        while j > 0 and context[j - 1] in " \t":
            j -= 1
        if 0 < j < i and "a" <= context[j - 1] <= "z" and _EDGE.match(context, i + len(surname)):
            return True
    return False


# words that open a question ("Is Park's account typical?", "Did Lee see it?"), never a given name
_ASKING = frozenset("Is Was Are Were Did Does Do Has Have Had Can Could Should Would Why How What Where Who".split())


def fuller_name(context: str, surname: str) -> str | None:
    """The full name ending with ``surname`` given in ``context`` ("Dr Helena Voss" for "Dr Voss"), with
    the title when the text gives one; None unless exactly one such name is found."""
    if surname not in context:
        return None
    # a name's words stand on one line: "The Night Line" (a headline) + "Ri Kyong-suk" is no "Night Line Ri"
    rx = re.compile(rf"(?<![\w.])(?:({_TITLE})[ \t]+)?((?:{_NAME}[ \t]+){{1,2}}){re.escape(surname)}\b") \
        if _after_given(context, surname) else None
    names: dict[str, str] = {}
    for m in rx.finditer(context) if rx is not None else ():
        given = m.group(2).split()
        while given and (given[0] in LEAD_WORDS or given[0] in _ASKING):  # "When Mary Wanjiku, 27, boarded ...": Mary
            given = given[1:]  # Wanjiku; (s45) a question's opening word is no given name ("Is Kang's story typical?")
        if not given or any(w in ("The", "A", "An", "Of", "And", "Mr", "Mrs", "Ms", "Dr") for w in given):
            continue
        core = " ".join([*given, surname])
        names[core] = f"{m.group(1)} {core}" if m.group(1) else names.get(core, core)
    # family name first, as in Korean and Chinese names: "Ri said" after "Ri Kyong-suk"
    for m in re.finditer(rf"(?<![\w.]){re.escape(surname)}[ \t]+({_NAME})\b", context) \
            if name_search.followed(context, surname, _GIVEN_AFTER, _FREE_DOT) else ():
        names.setdefault(f"{surname} {m.group(1)}", f"{surname} {m.group(1)}")
    return next(iter(names.values())) if len(names) == 1 else None


# "Interviewee 7", "Respondent R-14", "Worker B", "Source No. 3": a label standing for one person
_LABEL = re.compile(r"(?!(?:Article|Clause|Section|Paragraph|Annex|Appendix|Point|Table|Figure|Chapter|Tower|Block|"
                    r"Building|Site|Room|Camp|Zone|Phase|Plot|Level|Floor|Unit|Gate|Lot|Route)\b)"
                    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:No\.\s*)?(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}[A-Za-z]?|[A-Z])")


def label_of(np: str) -> str | None:
    """The label a speaker phrase opens with, when it is one ("Interviewee 7, a former seamstress")."""
    first = np.split(",")[0].strip()
    return first if _LABEL.fullmatch(first) else None


# "the paper said" after "the Khabarovsk newspaper Amurskaya Zarya": the newspaper cited before
MEDIA_BACKREF = {
    "the paper": ("newspaper", "paper"),
    "the newspaper": ("newspaper", "paper"),
    "the daily": ("daily", "newspaper"),
    "the weekly": ("weekly",),
    "the broadcaster": ("broadcaster", "channel", "television", "tv", "radio"),
    "the channel": ("channel", "television", "tv", "broadcaster"),
    "the magazine": ("magazine",),
    "the website": ("website", "news site", "portal"),
    "the station": ("station", "radio", "television"),
    "the news agency": ("agency", "news"),
    "the wire service": ("wire", "agency"),
    # a translated report's words for the outlet it cites ("writes the local portal X ... According to the publication")
    "the portal": ("portal", "website", "news site", "site"),
    "the publication": ("publication", "newspaper", "paper", "magazine", "portal", "website", "daily", "weekly", "journal"),
    "the news site": ("news site", "website", "portal", "site"),
}
MEDIA_BACKREF.update({k.replace("the ", "the same ", 1): v for k, v in MEDIA_BACKREF.items()})  # "the same paper reported"

_DISCOURSE = re.compile(
    r",\s+(?:however|though|meanwhile|by\s+contrast|in\s+contrast|for\s+(?:its|his|her|their)\s+part|in\s+turn|"
    r"too|also|moreover|likewise|similarly|for\s+example|for\s+instance|on\s+the\s+other\s+hand|instead|"
    r"in\s+response|in\s+reply)\s*,?\s*$",
    re.IGNORECASE,
)


_TIME_LEAD = re.compile(  # (no literal gate: the anchored match fails faster than the gate)
    r"^(?:(?:earlier|later)\s+)?(?:this|last|next|earlier|later)\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+(?=\S)|^(?:on\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|today)\s*,?\s+(?=\S)", re.IGNORECASE)


def clean_wording(np: str) -> str:
    """A speaker phrase without a trailing discourse word ("The ministry, however" -> "The ministry"), a
    bracket left open at its end, or a leading time phrase that a sentence opened with ("this month Seoul's
    Unification Ministry")."""
    if " " in np and _TIME_LEAD.match(np):
        np = _TIME_LEAD.sub("", np, count=1)
    if "/" in np[:8] and (number := _POST_NUMBER.match(np)) and np[number.end():].strip():
        np = np[number.end():]  # (s387) "1/ Local paper X": a thread post's number is no part of the speaker
    if " by " in np or " over " in np:  # "The owner of the bakery by telephone [told]": how, not who
        np = _HOW_REACHED.sub("", np)
    if "(" in np and _OPEN_BRACKET.search(np) and _OPEN_BRACKET.sub("", np).strip():
        np = _OPEN_BRACKET.sub("", np)  # "One of the workers, Jasur (he": a bracket cut off by the span
    if ", who " in np and (aside := _DEFINITE_ASIDE.match(np)):
        np = aside.group(1)  # "The woman, 29, who spoke through an interpreter": the woman met before
    if "-year-old " in np and (aged := _AGE_BEFORE_NAME.match(np)):
        np = np[aged.end():]  # "31-year-old Mira Osei": the name, without the age before it
    if " that " in np and (noted := _NOTED_THAT.match(np)) and np[noted.end():].strip():
        np = np[noted.end():]  # (s45) "I also note that Clear Seas Watch, a group in Jakarta, says": the group
    return _DISCOURSE.sub("", np) if "," in np else np


# a speaker's own lead-in to whom they cite, which is no part of the one cited ("I also note that X says",
# "We understand that the ministry says")
_NOTED_THAT = re.compile(r"^(?:I|We)\s+(?:also\s+|would\s+(?:also\s+)?like\s+to\s+)?(?:note|add|mention|recall|understand|"
                         r"observe|point\s+out|know|hear)\s+that\s+(?=\S)")
_POST_NUMBER = re.compile(r"\d{1,3}/(?:\d{1,3})?\s+")
# an age opening a full name, which is no part of the name ("29-year-old Kamal Uddin"; not "a 40-year-old cook")
_AGE_BEFORE_NAME = re.compile(r"\d{1,3}-year-old\s+(?=[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)+$)")


# a definite woman or man with an age and a clause set off by commas on how they spoke, which describe and do not pick
# out ("The woman, 31, who asked that her name be withheld"); "the woman who fled" (no comma) picks one out and stays
# whole, and "The worker, 24, who ..." may bring in another of several workers
_DEFINITE_ASIDE = re.compile(
    r"^((?:The|the)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|girl|boy))"
    r"(?:,\s*\d{1,2})?,\s*who\s+(?:spoke|speaks|talked|asked|declined|requested|did\s+not\s+want|would\s+(?:only\s+)?speak|"
    r"agreed|gave)\b.+$")


# how a speaker was reached, left between the speaker and the verb (not "X, reached by telephone": that phrase
# tells who answered the firm's phone, see labourlens.analyse.company_voices)
_HOW_REACHED = re.compile(r"(?<!reached)(?<!contacted)(?<!interviewed)(?<!speaking)(?<!,)\s+(?:by\s+(?:tele)?phone|by\s+e-?mail|"
                          r"over\s+the\s+(?:tele)?phone)$")
# a bracket opened and never closed at the end of a speaker phrase
_OPEN_BRACKET = re.compile(r"\s*\([^()]*$")


_UP_TO_POSSESSIVE = re.compile(r"^.*['\u2019]s?\s+")
_BODY_JOINER = re.compile(r"\s+(?:of|for|to|in|at|on)\s+|,")
_CAPITAL_WORD_START = re.compile(r"(?:^|\s)[A-Z]")
_DETERMINER_START = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ii]ts)\s+")


def proper_body(np: str) -> bool:
    """Is a body's phrase a proper name ("the Permanent Mission of China", "The Member State") rather
    than a generic reference ("the ministry", "the government")?"""
    head = _BODY_JOINER.split(np.strip(), maxsplit=1)[0]
    head = _UP_TO_POSSESSIVE.sub("", head)  # "South Korea's spy agency": the owner does not name the body
    return _CAPITAL_WORD_START.search(_DETERMINER_START.sub("", head)) is not None


_ROLE_LABELS = ("host", "guest", "interviewer", "interviewee", "caller", "moderator", "anchor", "presenter",
                "reporter", "correspondent", "witness", "chair", "panelist", "panellist", "speaker")


def role_label_name(context: str, np: str) -> str | None:
    """The name a transcript role label was given in brackets earlier ("GUEST (Tom Rhee): ..." then
    "GUEST: ..." -> "Tom Rhee")."""
    label = np.strip().lower()
    if label not in _ROLE_LABELS or "(" not in context:
        return None
    found = re.findall(rf"(?im)^\s*(?:\[[\d:]+\]\s*)?{label}\s*\(\s*({_NAME}(?:\s+{_NAME}){{1,2}})\s*\)\s*:", context)
    return found[-1] if found else None


_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z][A-Z&]{1,6})")
_SMALL = frozenset("of for and on the in to at de".split())


def acronym_of(np: str) -> str | None:
    """The acronym a speaker phrase is ("HRW", "the NIS"), or None."""
    m = _ACRONYM.fullmatch(np.strip())
    return m.group(1) if m else None


_UP_TO_OWNER = re.compile(r"^.*['\u2019]s\s+")
_NAME_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


_CLOSE_TO = re.compile(r"(?i)(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:sources?|persons?|people|insiders?|someone)\s+"
                       r"(?:close\s+to|familiar\s+with|near)\b")


def stands_for(acr: str | None, wording: str, defined: dict[str, str]) -> bool:
    """Does an earlier speaker's wording name the body an acronym stands for: "(HRW)" in it, the
    definition the text gave, or the initials of its capitalised words ("Human Rights Watch")?"""
    if not acr or not wording or wording.strip() == acr or _CLOSE_TO.match(wording):
        return False  # "one person close to the owners of X (XY)": someone near the body, not the body
    if f"({acr})" in wording or (acr in defined and defined[acr] in wording):
        return True
    body = _UP_TO_OWNER.sub("", wording.split(",")[0].split("(")[0])  # "South Korea's X": X
    words = [w for w in _NAME_WORD.findall(body) if w.lower() not in _SMALL]
    initials = "".join(w[0] for w in words if w[0].isupper())
    return len(initials) == len(words) and initials == acr.replace("&", "")


# "We met Pak Chol in Seoul", "The Courier interviewed Ri Song-ok": the person a reporter met
_CONTACT = re.compile(
    rf"\b(?:met|meet|interviewed|interview|visited|reached|contacted|(?:spoke|talked|speaking|talking)\s+(?:to|with))\s+"
    rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?({_NAME}(?:\s+{_NAME}){{1,2}})\b(?!\s+(?:Street|Road|Hotel|Cafe|Café|Station))")


def contact_name(context: str) -> str | None:
    """The last person named as the one a reporter met, interviewed or spoke to in ``context``."""
    tail = context[-400:]
    found = [m.group(1) for m in _CONTACT.finditer(tail)]
    return found[-1] if found else None


def without_lead_word(name: str | None) -> str | None:
    """A name found at a sentence start without the word that opened the sentence ("For Tomasz Wrobel")."""
    if not name:
        return name
    words = name.split()
    while len(words) > 1 and words[0] in LEAD_WORDS:
        words = words[1:]
    return " ".join(words) if len(words) > 1 or words[0] not in LEAD_WORDS | _CALENDAR else None


# "On Monday": a day or a month after the lead word, never a name
_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                      "July August September October November December".split())


_FUNCTION_WORD = re.compile(r"\b(?:and|or|of|the|was|is|who|said|with|per|each|every)\b")


def introduced_as(context: str, head: str) -> str | None:
    """How the text first introduced the person a definite phrase refers to ("a Nigerian pharmacist" for
    "the pharmacist"), when the introduction was not itself a source: the last "a/an ... <head>" before."""
    if head not in context:
        return None
    found = re.findall(rf"\b((?:a|an)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?{re.escape(head)})\b(?!['\u2019-])", context[-500:],
                       re.IGNORECASE)
    found = [f for f in found if not _FUNCTION_WORD.search(f.lower()[2:])]
    return found[-1] if found else None


_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019.-]*|[a-z][\w'\u2019-]*)(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|[a-z][\w'\u2019-]*)){0,5})"
                           r"[ \t]+$")


_WORD_EDGE = re.compile(r"[\w-]")
_HONOURABLE_BEFORE = re.compile(r"\b(?:(?:Rt\.?\s+)?Hon\.?|Honourable|Honorable)\s+$")
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[,;:.]\s+|\b(?:by|to|told|from|with|said|heard|questioned|interviewed|invited|summoned)\s+)"
    # a described role ("a foreman at the site")
    r"((?i:a|an|the)\s+[^,.;:()\"\u201c\u201d]{3,70}"
    # a role of a named body ("Amur Stroy's site manager")
    r"|[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}['\u2019]s\s+[a-z][^,.;:()\"\u201c\u201d]{2,40}),"
    r"[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?$")  # "the managing director of X Ltd, Mr Li Wenbo": the title apart
# "entry to the forum by its moderator, X": the role is what follows the agent's "by", not the thing before it
_BY_AGENT = re.compile(r"\s+by\s+(?=(?:a|an|the|its|his|her|their)\s)")
_SPOKES_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+spokes(?:man|woman|person)\s+$")
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\"\u201c\u201d]\s")


_TITLE_RX = re.compile(_TITLE)


def _as_written(context: str, name: str) -> str:
    """``name`` as the text writes it where it differs only in case (a label in capitals title-cases "Ha-neul" as
    "Ha-Neul"), else ``name``."""
    at = context.lower().find(name.lower())
    return context[at:at + len(name)] if at >= 0 else name


def titled_kind(context: str, name: str, kind: str, apposed_only: bool = False,
                roster: dict[str, tuple[str, str]] | None = None) -> str:
    """The kind of a person named by their name alone ("Lin Qiao: ...", "Mao Ning said") whom the text
    introduced earlier with a title that speaks for a body ("Foreign Ministry Spokesperson Lin Qiao",
    "Harbour Foods chief executive Ana Ruiz"): ``official`` or ``organization``; else ``kind``. With
    ``apposed_only`` only a role set off by a comma counts ("a formal demand to the plant's director, X"),
    the reading that is safe for a name met outside any speaker phrase. With a ``roster`` (the people of a witness
    list, see :func:`~labourlens.analyse.roster_roles.roster_people`) the name is a titled one ("Mr Tom Lee: ..."),
    and only the list line's role decides."""
    if kind in ("organization", "named_person") and name in context:
        from labourlens.analyse.named_outlets import introduced_as_outlet  # noqa: PLC0415 - a leaf, read on demand

        if introduced_as_outlet(context, name):
            return "outlet"  # "Stroy Watch said" after "the Telegram channel Stroy Watch"
    if kind == "document" and "by" in context:
        from labourlens.analyse.inspection_bodies import inspection_kind  # noqa: PLC0415 - a leaf, read on demand
        from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports this module's neighbours

        return inspection_kind(context, name, kind, classify)  # "The inspection found" after "an inspection by the police"
    if roster is not None:
        from labourlens.analyse.roster_roles import listed_kind  # noqa: PLC0415

        return listed_kind(roster, name, kind)
    if kind == "named_person" and name not in context and len(name.split()) >= 2:
        name = _as_written(context, name)  # "KIM HA-NEUL:" read "Kim Ha-Neul" after "Spokesperson Kim Ha-neul"
    if kind != "named_person" or len(name.split()) < 2 or name not in context:
        return kind
    from labourlens.analyse.roster_roles import roster_kind  # noqa: PLC0415
    from labourlens.analyse.speakers import classify, name_in  # speakers imports this module's neighbours

    if (_TITLE_RX.match(name) or classify(name.split(None, 1)[1]) != "official") and classify(name) == "official":
        return "official"  # "Calloway said" after "Senator Ruth Calloway" or "Commissioner Ruth Calloway": the title stays
    at = context.find(name)
    while at >= 0:  # each place the name stands as a whole word (no pattern compiled per name)
        start, at = at, context.find(name, at + 1)
        if _WORD_EDGE.match(context[start - 1:start]) or _WORD_EDGE.match(context[start + len(name):start + len(name) + 1]):
            continue
        line = context[max(context.rfind("\n", 0, start) + 1, start - 90):start]
        if _HONOURABLE_BEFORE.search(line):
            return "official"  # "Hon. Peter Odhiambo moved the Motion. He said ...": a member of the house
        appos = _APPOSITION_BEFORE.search(line)  # "a Tanzanian labour officer, Neema Msuya": the role before
        while appos is not None and (inner := _APPOSITION_BEFORE.search(line, appos.start(1) + 1)) is not None:
            appos = inner  # the nearest role: "the researcher" in "A court heard evidence from the researcher, X"
        role = _BY_AGENT.split(appos.group(1))[-1] if appos is not None else ""
        if appos is not None and classify(f"{role}, {name}") in ("official", "organization"):
            return str(classify(f"{role}, {name}"))
        before = _CLAUSE_BREAK.split(line)[-1]
        # or only "the plant's director, X"; (s45) or a body's spokesperson before a rank and name ("Gendarmerie spokesman
        # Captain Ana Ruiz"): the rank alone ("Captain") says nothing of whose she is
        words = None if apposed_only and not ("spokes" in before and _SPOKES_BEFORE.search(before)) else \
            _WORDS_BEFORE.search(before)
        if words is None:
            continue
        parts = words.group(1).split()
        for i in range(len(parts)):  # the longest description first: "Foreign Ministry Spokesperson"
            phrase = f"{' '.join(parts[i:])} {name}"
            found = classify(phrase)
            if found in ("official", "organization") and name_in(phrase) in (name, None):
                return found
    return roster_kind(context, name, classify) or kind  # "- Ms Ana Ruiz, Executive Director, Harbour Rights Project"
