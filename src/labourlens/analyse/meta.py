"""Document metadata from the ingest metadata and the text itself: the outlet that
publishes the report, its translator, the language of the original, the publication
date and the title.

Only values the text states are emitted: the outlet is taken from cues in the page's
own voice ("told Daily NK", "Daily NK sources said", "(AP) —", "Daily NK was unable to
confirm"), never from an outlet the report merely cites ("Yonhap reported, citing...")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any

from labourlens.analyse import (
    headlines,
    issuing_bodies,
    mastheads,
    outlet_emails,
    outlet_forms,
    outlet_fuller,
    outlet_junk,
    outlet_refs,
    outlets,
    page_titles,
    publisher_lines,
    repost_lines,
    statement_issuers,
    translator_forms,
)
from labourlens.analyse import meta_patterns as rx
from labourlens.analyse.first_line_outlet import first_line_outlet
from labourlens.analyse.footer_outlet import footer_outlet
from labourlens.analyse.gated import gated
from labourlens.analyse.media_words import media_end
from labourlens.analyse.state_notices import numbered_notice
from labourlens.analyse.thread_accounts import account_body
from labourlens.model import DocMeta, Sentence

__all__ = ["LANGUAGE_NAMES", "detect"]


LANGUAGE_NAMES = {
    "korean": "ko", "chinese": "zh", "mandarin": "zh", "japanese": "ja", "russian": "ru", "english": "en",
    "arabic": "ar", "french": "fr", "german": "de", "spanish": "es", "vietnamese": "vi", "mongolian": "mn",
    "polish": "pl", "ukrainian": "uk", "thai": "th", "indonesian": "id", "portuguese": "pt", "italian": "it",
} | {k: v for k, v in mastheads.more_languages().items() if k not in ("english",)}
_LANG = "(" + "|".join(" ".join(w.capitalize() for w in n.split()) for n in LANGUAGE_NAMES) + ")"  # "Hiri Motu"
_MARKUP = re.compile(r"^(?:<[?!][^>]{0,80}>\s*)+")
_NAME = rf"([{rx.CAPITALS}][\w'\u2019.-]*(?:[ \t]+(?:[{rx.CAPITALS}][\w'\u2019.-]*|de|van|von|bin|al-?[A-Z]\w*)){{0,3}})"

_TRANSLATOR = re.compile(
    r"(?:(?:^|\n|[*_(\[]|\.\s)[ \t*_]*(?:Translated|Translation)|(?:[\u2014\u2013,;|]|\b(?:[Ii]tem|post|text|[Ss]ummary)"
    # "The story was translated from the Polish original by X", "The interview has been translated by X"
    r"|\b(?:[Tt]his|[Tt]he)[ \t]+(?:article|story|report|piece|interview|feature)[ \t]+(?:was|has[ \t]+been|is)"
    r"|(?:^|\n|\.\s)[ \t]*It[ \t]+has[ \t]+been)"  # (s342) a note whose subject is "It" ("It has been ... by X")
    r"[ \t]+translated|[;,][ \t]+translation(?=[ \t]+by\b))"  # "; translation by X"
    r"(?:[ \t]+and[ \t]+(?:edited|adapted|compiled))?"  # "— translated from Korean by X", "Item translated"
    rf"(?:[ \t]+from[ \t]+(?:the[ \t]+)?{_LANG}(?:[ \t]+(?:original|text|version))?(?:[ \t]+into[ \t]+\w+)?|[ \t]+into[ \t]+[A-Z]\w+)?"
    rf"[ \t]+by[ \t]+(?:(?:the|our|a)[ \t]+[a-z][a-z -]{{1,30}},[ \t]+)?{_NAME}",
)
_TRANSLATOR_LABEL = re.compile(
    rf"(?:^|\n)[ \t*_]*"
    rf"(?:Translator|Translation|English[ \t]+translation|Translation[ \t]+and[ \t]+editing|Translated[ \t]+by)"
    rf"[ \t]*:[ \t]*{_NAME}"
)
_TRANSLATOR_VERSION = re.compile(
    rf"(?:^|\n|[*_(\[]|\.\s)[ \t*_]*(?:English|Korean|Russian|Chinese)[ \t]+(?:version|translation|text)[ \t]+"
    rf"(?:prepared[ \t]+)?by[ \t]+{_NAME}")
_ORIGINAL = [
    re.compile(rf"\b[Tt]ranslated(?:[ \t]+and[ \t]+\w+)?[ \t]+from[ \t]+(?:the[ \t]+)?{_LANG}"),
    re.compile(rf"(?:^|\n|[|>\]\[]|\.[ \t])[ \t*_]*Read[ \t]+(?:this[ \t]+(?:article|story|report)[ \t]+)?in[ \t]+{_LANG}\b"),
    re.compile(rf"\b(?:[Tt]his|[Tt]he)[ \t]+(?:article|story|report)[ \t]+(?:was[ \t]+)?(?:originally|first)[ \t]+"
               rf"(?:published|written|appeared)[ \t]+in[ \t]+{_LANG}\b"),
    re.compile(rf"\b[Oo]riginal(?:ly)?[ \t]+(?:in[ \t]+)?{_LANG}\b"),
    re.compile(rf"\b{_LANG}[ \t]+original\b"),
    # "Unofficial English translation from Russian", "Original report in Russian", "the original text is in Korean"
    re.compile(rf"\b[Tt]ranslation[ \t]+from[ \t]+(?:the[ \t]+)?{_LANG}\b"),
    re.compile(rf"\b[Oo]riginal[ \t]+(?:report|article|text|story|version|item|post|interview|statement|transcript)"
               rf"[ \t]+(?:is[ \t]+|was[ \t]+)?(?:(?:written|published)[ \t]+)?in[ \t]+{_LANG}\b"),
    # an interview given through an interpreter: "Interpreted from Korean.", a transcript's header line "Interview
    # conducted in Russian; translated by ..." (not a study's "interviews were conducted in Korean and Chinese")
    re.compile(rf"\b[Ii]nterpreted(?:[ \t]+and[ \t]+\w+)?[ \t]+from[ \t]+(?:the[ \t]+)?{_LANG}\b"),
    re.compile(rf"(?:^|\n)[ \t*_]*Interview[ \t]+conducted[ \t]+in[ \t]+{_LANG}\b"),
]
_URL_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([^/\s:]+)")
_EMAIL_DOMAIN = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


_TOKEN = r"[A-Z0-9][\w'\u2019&-]*(?:\.[\w'\u2019&-]+)*"
_ONAME = rf"((?:The[ \t]+)?{_TOKEN}(?:[ \t]+(?:{_TOKEN}|(?:of|for|and|&|do|da|de|dos|das|du|des|del|ya|wa|la|las|los)(?!\w))){{0,5}})"
_ONAME_TAIL = re.compile(rf"(?<![\w'\u2019&.-]){_ONAME}[ \t]*$")


def _title(text: str) -> str | None:
    """The headline from the first lines (analyse/headlines.py)."""
    return headlines.title(text, media_end())

_IMAGE_AGENCIES = re.compile(r"\b(?:Getty|Shutterstock|Alamy|iStock|EPA|EFE|Pixabay|Unsplash|Images?|Photos?)\b")
_NOT_OUTLET = frozenset({"The", "He", "She", "It", "They", "We", "I", "This", "That", "Police", "Officials", "The Company",
                         "Reporters", "The Ministry", "The Embassy", "The Source", "Sources", "Mr", "Ms", "Dr",
                         "Excerpt", "Extract", "Summary", "Draft", "Update", "Updated", "Abridged"})  # "(EXCERPT) -"
# (weight, cue, pattern with the name as group 1, whether any capitalised name is accepted);
# _TRIGGERS holds words one of which must be in the text for the pattern to be tried (speed)
_CUES: list[tuple[float, str, re.Pattern[str], bool]] = [
    (3.0, "dateline", re.compile(r"(?:^|\n)[ \t]*" + rx.DATELINE_HEAD + r"[ \t]*[(\[]" + _ONAME +  # or "[Agency]"
                                 r"[)\]][ \t]*(?:-{1,2}|\u2013|\u2014)"), True),
    (3.0, "copyright", re.compile(r"(?:Copyright|\u00a9|\(c\))(?:[ \t]*(?:\u00a9|\(c\)))?[ \t]*(?:\d{4}[ \t]+)?" + _ONAME +
                                  r"(?=[ \t]*(?:[.,|]|All|\n|$))"), True),
    (3.0, "follow", re.compile(r"\b(?:Follow|Subscribe[ \t]+to|Support)[ \t]+" + _ONAME +
                               r"(?=[ \t]+on[ \t]+(?:Twitter|X|Facebook|Telegram|Instagram|LinkedIn))"), True),
    # (a board's tag may open the line: "[Repost] Originally published by ...")
    (3.0, "source_line", re.compile(r"(?:^|\n|\[)[ \t]*(?:\[(?:Repost|Reposted|Shared|Reshared|Crosspost)\][ \t]*)?"
                                    r"(?:Source|Published[ \t]+by|Originally[ \t]+published[ \t]+(?:by|in|on)|"
                                    r"First[ \t]+published[ \t]+(?:by|in|on)|This[ \t]+(?:article|story)[ \t]+"
                                    r"(?:was[ \t]+)?(?:originally|first)[ \t]+(?:published|appeared)[ \t]+(?:by|in|on))"
                                    r"[ \t]*:?[ \t]*" + rx.CHANNEL_PREFIX + _ONAME), True),
    # a translation's note on its original ("Original headline in the Amur Evening Gazette: ...")
    (3.0, "original_line", re.compile(r"\bOriginal(?:ly)?[ \t]+(?:headline|title|article|story|text|report|version)[ \t]+"
                                    r"(?:in|from|of)[ \t]+(?:the[ \t]+)?" + _ONAME + r"(?=[ \t]*[:,.;)\]\n])"), True),
    (3.0, "original_line", re.compile(r"\bOriginal[ \t]*:[ \t]+(?:the[ \t]+)?" + _ONAME +  # "Original: X (in its script), 18 April"
                                    rx.ORIGINAL_THEN_DATE), True),
    (3.0, "according_to_line", re.compile(r"^[ \t]*According[ \t]+to[ \t]+" + _ONAME + r"[ \t]*:"), True),
    (2.0, "own_voice", re.compile(r"\b(?:seen|obtained|reviewed|verified|analy[sz]ed)[ \t]+by[ \t]+(?:the[ \t]+)?" + _ONAME +
                                  r"(?=[ \t]*[.,;\n]|[ \t]+(?:shows?|showed|and|in)\b)"), False),
    (1.5, "told", re.compile(r"\b(?:told|tells|telling|informed|spoke[ \t]+to|speaking[ \t]+to|said[ \t]+to|"
                             r"in[ \t]+an?[ \t]+(?:interview|phone[ \t]+call|conversation)[ \t]+with)[ \t]+(?:the[ \t]+)?" + _ONAME +
                             r"(?=[ \t]*[.,;:\n\u201d\"]|[ \t]+(?:on|that|in|last|this|about|via|by|over|earlier|they|he|she|there)\b)"),
     False),
]
# cues that follow the name: the name is read backwards from the cue
_TAIL_CUES: list[tuple[float, str, re.Pattern[str], bool]] = [
    (2.0, "own_voice", re.compile(r"\b(?:has|had|have)[ \t]+(?:learned|obtained|confirmed|reviewed|seen|verified|"
                                  r"previously[ \t]+reported)\b"), False),
    (2.0, "own_check", re.compile(r"\b(?:was|is|were)[ \t]+(?:unable|not[ \t]+able)[ \t]+to[ \t]+"
                                  r"(?:independently[ \t]+)?(?:confirm|verify|reach)\b"), False),
    (2.0, "own_check", re.compile(r"\b(?:could[ \t]+not|cannot|couldn't|can't|did[ \t]+not)[ \t]+"
                                  r"(?:independently[ \t]+)?(?:confirm|verify|reach|establish)\b"), False),
    (2.0, "own_voice", re.compile(r"\b(?:previously[ \t]+reported|contacted|reached[ \t]+out|sent[ \t]+(?:written[ \t]+|its[ \t]+)?"
                                  r"(?:questions|requests?[ \t]+for[ \t]+comment)[ \t]+to)\b"), False),  # (s41) "X sent questions to"
    (2.0, "own_voice", re.compile(r"\b(?:writers?|reporters?|correspondents?|staff)[ \t]+[A-Z][\w'-]*"
                                  r"(?:[ \t]+[A-Z][\w'-]*)*[ \t]+contributed\b"), False),
    (1.5, "sources", re.compile(r"\b(?:sources?|correspondents?|reporters?|contacts?|"
                                r"informants?)[ \t]+(?:said|say|says|reported|told|in)\b"), False),
]


def _fast_boundary(pat: re.Pattern[str]) -> re.Pattern[str]:
    """``pat`` with a leading ``\\b(?:word|word...)`` written with the boundary after each word's
    first letter (same matches; lets the regex engine skip ahead to likely first letters)."""
    src = pat.pattern
    if not src.startswith("\\b(?:"):
        return pat
    depth, i, parts, cur = 0, len("\\b(?:"), [], ""
    while depth >= 0:
        ch = src[i]
        if ch == "\\":
            cur += src[i : i + 2]
            i += 2
            continue
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        if depth < 0 or (ch == "|" and depth == 0):
            parts.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if not all(p[:1].isalpha() for p in parts):
        return pat
    alts = "|".join(p[0] + "(?<!\\w.)" + p[1:] for p in parts)
    return re.compile("(?:" + alts + ")" + src[i:], pat.flags)


_CUES = [(w, cue, _fast_boundary(pat), any_name) for w, cue, pat, any_name in _CUES]
_TAIL_CUES = [(w, cue, _fast_boundary(pat), any_name) for w, cue, pat, any_name in _TAIL_CUES]

_TRIGGERS: dict[str, tuple[str, ...]] = {
    "dateline": ("(", "["), "copyright": ("Copyright", "\u00a9", "(c)"), "follow": ("Follow", "Subscribe", "Support"),
    "source_line": ("Source", "published", "Published", "appeared"), "according_to_line": ("According",),
    "original_line": ("Original",),
    "told": ("told", "tells", "telling", "informed", "spoke", "speaking", "said to", "interview", "call with",
             "conversation"),
}
# Where a match of a cue can begin: it starts with one of these strings (or at the text's
# start, for the patterns anchored with "^"). The pattern is then tried only there, which
# gives the same matches as scanning the whole text (see _cue_matches). "in" starts a match
# only in "in an interview with", "in a phone call with", "in a conversation with".
_STARTS: dict[str, tuple[str, ...]] = {
    "dateline": ("\n",), "source_line": ("\n", "["),
    "own_voice": ("seen", "obtained", "reviewed", "verified", "analy"),
    "told": ("told", "tell", "informed", "spoke", "speaking", "said"),
}
_STARTS_IN = ("interview", "phone", "conversation")
# per tail cue (in _TAIL_CUES order): words one of which every match contains
_TAIL_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("learned", "obtained", "confirmed", "reviewed", "seen", "verified", "reported"), ("able",),
    ("confirm", "verify", "reach", "establish"),
    ("previously", "contacted", "reached", "sent"),
    ("contributed",),
    ("source", "correspondent", "reporter", "contact", "informant"),
)
# per tail cue: the words its matches begin with (as _STARTS)
_TAIL_STARTS: tuple[tuple[str, ...], ...] = (
    ("has", "had", "have"),
    ("was", "is ", "is\t", "were"),
    ("could", "can", "did"),
    ("previously", "contacted", "reached", "sent"),
    ("writer", "reporter", "correspondent", "staff"),
    ("source", "correspondent", "reporter", "contact", "informant"),
)


def _cue_matches(pat: re.Pattern[str], text: str, starts: tuple[str, ...]) -> list[re.Match[str]]:
    """``list(pat.finditer(text))`` for a pattern whose matches all begin with one of
    ``starts`` or at the text's start: the pattern is tried at those places only."""
    places = {0}
    for lit in starts:
        i = text.find(lit)
        while i >= 0:
            places.add(i)
            i = text.find(lit, i + 1)
    out: list[re.Match[str]] = []
    last = 0
    for pos in sorted(places):
        if pos < last:
            continue
        m = pat.match(text, pos)
        if m is not None and m.end() > pos:
            out.append(m)
            last = m.end()
    return out


_ORG_WORDS = re.compile(r"\b(?:Observatory|Project|Institute|Initiative|Foundation|Coalition|Alliance|Centre|Center|"
                        r"Council|Trust|Campaign|Committee|Association|Federation|Union|Rights|Helpline|Hotline|"
                        r"Tygodnik|Gazeta|Kurier|Vestnik|Pravda|"
                        r"Zeitung|Shimbun|Ilbo|Sinmun|Ribao|Wiadomo\w*)\b")
_GOV_HEADER = re.compile(r"^(?:The[ \t]+)?(?:Ministry|Department|Office|Bureau|Embassy|Permanent[ \t]+Mission|Prosecutor['\u2019]s[ \t]+Office|"
                         r"Press[ \t]+Office|Information[ \t]+Office|Consulate(?:[ \t]+General)?)\b")
_RELEASE = gated(r"\b(?:Press|News|Media)[ \t]+[Rr]elease|\bFor[ \t]+[Ii]mmediate[ \t]+[Rr]elease|"
                 r"\bStatement\b|\bCommuniqu|\b(?:PRESS|NEWS|MEDIA)[ \t]+RELEASE\b|\bSTATEMENT\b|\n[ \t]*Press[ \t]+[Ss]ervice[ \t]*\n")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "&", "on", "de", "du", "la", "in", "at"})
_HEADER_CHROME = re.compile(r"^(?:skip|menu|home|search|log[ \t]*in|sign[ \t]*in|register|subscribe|share|"
                            r"advertisement|close|print|email|breaking|updated|published|posted)\b|>", re.I)
_MONTHS = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Updated|"
                     r"Published|Posted)", re.I)


def _title_cased(name: str) -> bool:
    """"The Amur Evening Herald", "Tumen River Labour Observatory": every word capitalised
    except small function words, and no sentence punctuation."""
    words = name.split()
    if not words or not words[0][:1].isupper() or name.endswith((".", ":", "?", "!", ",")):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in words)


def _header_names(text: str) -> list[tuple[str, str, int]]:
    """Outlet-like names in the page header with their cue: "The Peninsula Observer |
    World | Gulf", "Valletta Weekly \u2014 News", a masthead line that is only a name
    ending in a media word ("Great Lakes Observer"), an NGO report header ("Tumen River
    Labour Observatory \u2014 Briefing No. 7"), a press release's issuing office; each with
    the index of its line among the first lines."""
    out: list[tuple[str, str, int]] = []
    lines = [ln.strip(" \t*_#") for ln in text[:800].splitlines()]
    lines = [ln for ln in lines if ln and not _HEADER_CHROME.match(ln)][:5]
    release = _RELEASE.search(text[:600]) is not None
    for i, ln in enumerate(lines):
        parts = [p.strip() for p in rx.HEADER_SEPARATOR.split(ln)]
        first = rx.AS_TOLD_TO.sub("", parts[0])
        n_words = len(first.split())
        if not 1 <= n_words <= 6 or first.endswith(".") or any(numbered_notice(x) for x in parts[1:]):
            continue  # (an office before its notice's number issues the notice: "Admissions Office \u00b7 Notice No. 12")
        # a name, then section names: "Valletta Weekly \u2014 News \u2014 Local"
        if len(parts) >= 2 and all(len(x.split()) <= 4 for x in parts[1:]) and (
                media_end().search(first) or (_ORG_WORDS.search(first) and _title_cased(first))):
            out.append((first, "header", i))
        elif len(parts) == 1 and _title_cased(first) and (media_end().search(first) or _ORG_WORDS.search(first)) \
                and i <= 3 and "," not in first and not mastheads.is_section(first):
            out.append((first, "masthead", i))
        elif i <= 1 and release and _GOV_HEADER.match(first) and _title_cased(first):
            out.append((first, "press release", i))
    return out


_BYLINE = re.compile(
    r"(?:^|\n)[ \t*_]*By[ \t]+[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}"
    r"(?:[ \t]*(?:\||\u2014|\u2013|/)[ \t]*"
    r"|,[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:Staff[ \t]+)?(?:Reporter|Writer|Correspondent|Editor|[Rr]eporter|[Ww]riter|"
    r"[Cc]orrespondent|[Ee]ditor)[ \t]*(?:,|\||\u2014|for)[ \t]*"
    r"|[ \t]+for[ \t]+(?:the[ \t]+)?(?=[A-Z])"
    r"|,[ \t]*(?=(?:The[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){0,4}(?:News|Times|Post|Daily|Herald|Journal|Press|Gazette|"
    r"Ledger|Observer|Review|Monitor|Tribune|Weekly|Chronicle|Courier|Digest|Wire|Report|Radio|Television|TV)"
    r"[ \t]*(?:\n|$)))" + _ONAME + r"[ \t]*(?=\n|$|\||,|\u2014)")


def _byline_names(text: str) -> list[str]:
    """The outlet in a byline: "By Anna Kowalska | Tygodnik Pomorski", "By Ivan Lee, Staff
    Reporter, The Coastal Post", "By Ivan Lee for Harbour News"; a date or a town after the bar is not."""
    if "By " not in text:
        return []
    out = []
    for m in _BYLINE.finditer(text[:1500]):
        name = m.group(1).strip()
        if _MONTHS.match(name) or rx.DIGIT.match(name) or len(name.split()) > 5 or outlet_forms.not_outlet(name):
            continue
        out.append(name)
    return out


def _clean_name(raw: str) -> str | None:
    name = _MARKUP.sub("", " ".join(raw.split())).strip(" .,'\u2019")  # "<?xml?> Gulf Worker Watch": markup left in
    name = rx.POSSESSIVE_END.sub("", rx.SECTION_NUMBER.sub("", name))  # "2.4 WAMRN could not": a paragraph's number
    name = rx.JOINER_END.sub("", name)
    if not rx.LETTER.search(name):  # "\u00a9 2023 |": a year, not a name
        return None
    if not name or name in _NOT_OUTLET or name.title() in _NOT_OUTLET or name.split()[0] in ("He", "She", "They", "It", "We", "I") or (
            rx.DIGIT.match(name) and _MONTHS.match(name.split(maxsplit=1)[-1])):  # "GENEVA (1 April 2025) -": a date
        return None
    # "first published in Amharic", "[Read in German]": a language, not an outlet; "Monday", "Facebook", "Kitwe"
    return None if _LANGUAGE_LABEL.sub("", name).lower() in LANGUAGE_NAMES or outlet_junk.junk(name) else name


_LANGUAGE_LABEL = re.compile(r"^(?:(?:Read|Listen|Watch)[ \t]+)?in[ \t]+", re.IGNORECASE)


def _name_before(text: str, end: int) -> re.Match[str] | None:
    """``_ONAME_TAIL`` searched in the 70 characters before ``end``. The name must end with
    the word right before ``end``, so that word is checked first: a name's last word starts
    with a capital or a digit, or is one of ``_JOINERS`` (a cheap test that spares most
    searches)."""
    lo = max(0, end - 70)
    q = end
    if q > lo and text[q - 1] == "\n":
        q -= 1
    while q > lo and text[q - 1] in " \t":
        q -= 1
    k = q
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in _NAME_CHARS):
        k -= 1
    if k == q or (k == lo and lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in _NAME_CHARS)):
        return None
    if not ("A" <= text[k] <= "Z" or "0" <= text[k] <= "9" or text[k:q] in _JOINERS):
        return None
    return _ONAME_TAIL.search(text, lo, end)


_NAME_CHARS = "_'\u2019&.-"
_JOINERS = tuple("of for and & do da de dos das du des del ya wa la las los".split())  # _ONAME's small words


def _outlet_from_text(text: str) -> tuple[str | None, str | None]:
    """The publishing outlet from cues in the page's own voice, with the cue kind."""
    scores: dict[str, float] = {}
    first_cue: dict[str, str] = {}
    unsure: dict[str, dict[str, float]] = {}
    repeats: dict[str, int] = {}
    checked: list[str] = []  # names that check facts in their own voice ("X could not verify")
    short_refs: list[tuple[str, float]] = []  # "told the Tribune": one word after a lower-case "the"

    def vote(raw: str, weight: float, cue: str, any_name: bool) -> None:
        name = _clean_name(raw)
        if not name or _IMAGE_AGENCIES.search(name):  # "Copyright Getty Images": a photo credit
            return
        if cue == "own_check" and (outlets.resolve(name) is not None or mastheads.outlet_like(name)):
            checked.append(name)  # "Taiga Watch has not visited", not "Park could not reach his family"
        name = outlet_fuller.spelled_out(name, text) or outlet_fuller.local_paper(name, text) or name  # "(GDN)"
        if name.isupper() and len(name) > 4:  # "CYBER LEDGER" and "told Cyber Ledger" are one name
            name = mastheads.worded_as_text(name, text)
        known = outlets.resolve(name) if not outlet_refs.own_masthead_word(name, text) else None
        if known is not None:
            name = known.name
        elif not (any_name or media_end(named=True).search(name)):
            unsure.setdefault(name, {})[cue] = weight  # an unknown name: kept if two kinds of cue agree
            repeats[name] = repeats.get(name, 0) + 1
            return
        scores[name] = scores.get(name, 0.0) + weight
        first_cue.setdefault(name, cue)

    for weight, cue, pat, any_name in _CUES:
        triggers = _TRIGGERS.get(cue)
        if triggers and not any(t in text for t in triggers):
            continue
        starts = _STARTS.get(cue)
        if starts is None:
            matches: Iterable[re.Match[str]] = pat.finditer(text)
        else:
            if cue == "told" and any(w in text for w in _STARTS_IN):
                starts = (*starts, "in")
            matches = _cue_matches(pat, text, starts)
        for m in matches:
            if outlet_refs.is_back_reference(text, m.start(1), m.group(1)):
                short_refs.append((m.group(1).strip(), weight))  # "seen by the Tribune"
                continue
            vote(m.group(1), weight, cue, any_name)
    for (weight, cue, pat, any_name), needed, starts in zip(_TAIL_CUES, _TAIL_TRIGGERS, _TAIL_STARTS, strict=True):
        if not any(w in text for w in needed):
            continue
        for m in _cue_matches(pat, text, starts):
            tail = _name_before(text, m.start())
            if tail:
                vote(tail.group(1), weight, cue, any_name)
    headed = set()
    for name, cue, i in _header_names(text):
        vote(name, 2.0 - 0.1 * i, cue, True)  # a lower line is a little less likely the masthead
        headed.add(name)
    for name, weight, cue in mastheads.header_votes(text) + outlet_forms.header_votes(text):
        if name not in headed:
            vote(name, weight, cue, True)
    for raw, weight, cue, any_name in mastheads.inline_votes(text) + repost_lines.votes(text) + publisher_lines.votes(text):
        vote(raw, weight, cue, any_name)
    for weight, cue, pat, any_name, needed in mastheads.TAIL_CUES:
        if not any(w in text for w in needed):
            continue
        for m in pat.finditer(text):
            tail = _name_before(text, m.start())
            if tail:
                vote(tail.group(1), weight, cue, any_name)
    for name in _byline_names(text):
        vote(name, 3.0, "byline", True)
    if (account := account_body(text)) is not None:  # "Thread by @ubwatch (Ulaanbaatar Factory Watch)"
        vote(account[1], 3.0, "thread_account", True)
    for name, cues in unsure.items():  # "told New Focus Korea" and "New Focus Korea could not confirm"
        # or one own-voice cue met twice ("X has learned", "X could not verify")
        if (len(cues) >= 2 or (repeats.get(name, 0) >= 2 and "own_voice" in cues)) and name not in scores:
            scores[name] = sum(cues.values())
            first_cue[name] = next(iter(cues))
    outlet_refs.credit(scores, short_refs)
    if not scores:
        return None, None
    # "TASHKENT (AFW) \u2014 ... Copyright Asian Football Wire": an acronym votes for the full name
    for short in [n for n in scores if rx.ACRONYM.fullmatch(n)]:
        full = next((n for n in scores if n != short and "".join(w[0] for w in n.split() if w[0].isupper()) == short),
                    None)
        if full:
            scores[full] = scores.get(full, 0.0) + scores.pop(short)
    outlet_refs.merge_short_names(scores, first_cue, text)  # "The Ledger could not confirm" under "THE MOSCOW LEDGER"
    name, score = max(scores.items(), key=lambda kv: kv[1])
    # a header alone or a lone "sources said" is weak; one "told X" counts (X is who the source spoke to)
    if score < 1.5:
        return None, None
    if first_cue[name] in ("source_line", "according_to_line"):
        # a repost line names where the story came from; a page that checks facts under another
        # name ("Taiga Watch has not visited the camp") is that name's own page
        other = next((c for c in checked if not _same_outlet(c, name)), None)
        if other is not None:
            known = outlets.resolve(other)
            return mastheads.worded_as_text(known.name if known else other, text), "own_check"
    return mastheads.worded_as_text(name, text), first_cue[name]


def _same_outlet(a: str, b: str) -> bool:
    """"The Courier" and "Island Courier", "Reuters" and "Thomson Reuters", "PWS" and "Peninsula Wire Service": one."""
    wa = {w for w in a.lower().split() if w != "the"}
    wb = {w for w in b.lower().split() if w != "the"}
    ka, kb = outlets.resolve(a), outlets.resolve(b)
    return wa <= wb or wb <= wa or (ka is not None and ka is kb) or (a.isupper() and a == "".join(w[0] for w in b.split() if w[0].isupper()))


def _translator(text: str) -> str | None:
    m = None
    if "ranslat" in text or "version" in text:
        m = _TRANSLATOR.search(text) or _TRANSLATOR_LABEL.search(text) or _TRANSLATOR_VERSION.search(text)
    if not m:
        return mastheads.translator(text) or mastheads.team_translator(text) or translator_forms.find(text)
    name = m.group(m.lastindex or 1).strip()
    name = rx.AFTER_SENTENCE_END.sub("", name).rstrip(".,;")  # "Lee Da-eun. Read in Korean": the name ends
    if mastheads.STAFF_AFTER.match(text, m.end()):
        return mastheads.team_translator(text)  # "Translated by Harbour Notes staff": the team is credited
    return name or None


# per pattern of _ORIGINAL: groups of words; every match contains a word of each group
_ORIGINAL_TRIGGERS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("ranslated",),),
    (("Read",),),
    (("article", "story", "report"), ("originally", "first"), ("published", "written", "appeared")),
    (("riginal",),),
    (("original",),),
    (("ranslation from",),),
    (("riginal",),),
    (("nterpreted",),),
    (("onducted in",),),
)


def _original_language(text: str) -> str | None:
    if "ranslat" not in text and "Read" not in text and "riginal" not in text and "nterpret" not in text \
            and "onducted in" not in text:
        return None
    for pat, needed in zip(_ORIGINAL, _ORIGINAL_TRIGGERS, strict=True):
        if not all(any(w in text for w in group) for group in needed):
            continue
        m = pat.search(text)
        if m:
            return LANGUAGE_NAMES.get(m.group(1).lower())
    return None


def _precision(value: str) -> str:
    v = value.strip()
    if rx.YEAR.fullmatch(v):
        return "year"
    if rx.YEAR_MONTH.fullmatch(v):
        return "month"
    return "day"


def detect(text: str, sentences: list[Sentence] | None, meta: Mapping[str, Any] | None) -> DocMeta:
    """Metadata of one document. ``meta`` holds what ingest already knows (``outlet``,
    ``published``, ``language``, ``title``, ``url``); values from it win over the text."""
    meta = dict(meta or {})
    dm = DocMeta()

    given = str(meta.get("outlet") or "").strip()
    site = page_titles.site_name(meta.get("page_title"), meta.get("title"))
    if given:
        o = outlets.resolve(given)
        dm.outlet = o.name if o else outlet_fuller.display_name(given, text, site) or given
    else:
        name, cue = _outlet_from_text(text)
        if name and statement_issuers.is_heading(name):  # "PRESS STATEMENT": the issuer the page names, if any
            issuer = statement_issuers.issuer(text)
            name, cue = issuer if issuer[0] else (name, cue)
        if site and (name is None or (len(site) > len(name) and _same_outlet(name, site))):
            name, cue = site, "page title"  # "Headline | Harbour Notes"; "The Herald" in "... - Jiaodong Peninsula Herald"
        if name is None and meta.get("url"):
            m = _URL_DOMAIN.match(str(meta["url"]))
            o = outlets.resolve(m.group(1)) if m else None
            name, cue = (o.name, "url") if o else (None, None)
        if name is None:
            name, cue = outlet_emails.outlet_from_emails(text), "contact address"
            name, cue = (name, cue) if name else issuing_bodies.issuing_body(text)
            name, cue = (name, cue) if name else statement_issuers.issuer(text)
            name, cue = (name, cue) if name else first_line_outlet(text)  # "The Copperbelt Clarion" alone on line 1
            name, cue = (name, cue) if name else footer_outlet(text)  # "— Reported for the Coastal Gazette"
        if name:
            dm.outlet = mastheads.latin_name(outlet_fuller.refine(outlet_forms.masthead_form(name, text, cue), text))
            dm.notes.append(f"outlet from the text ({cue})")

    dm.translator = _translator(text)
    dm.original_language = _original_language(text) or translator_forms.original_language(text, LANGUAGE_NAMES)
    if dm.original_language is None and dm.translator is not None:
        known = outlets.resolve(dm.outlet) if dm.outlet else None
        service = mastheads.language_service(text, LANGUAGE_NAMES)  # "for RFA Korean", "Korean Service"
        dm.original_language = service or mastheads.language_from_outlet(dm.outlet, known.country if known else None) \
            or translator_forms.fallback_language(text, dm.outlet, dm.translator)  # an issuer's notice; scripts; names
        if dm.original_language:
            dm.notes.append(f"original language from the {'language service' if service else 'outlet'} of a translated page")

    published = _iso_date(meta.get("published"))
    if published:
        dm.published = published
        dm.published_precision = _precision(published)
    else:
        if meta.get("published"):
            dm.notes.append(f"publication date {meta['published']!r} is not a date; read from the text instead")
        found = _publication_date(text)
        if found:
            dm.published, dm.published_precision = found
            dm.notes.append("publication date from the text")

    lang = meta.get("language")
    dm.language = str(lang) if lang else None
    title = meta.get("title")
    dm.title = str(title).strip() if title else _title(text)
    return dm


def _iso_date(value: Any) -> str | None:
    """An ISO date (or year-month, year) from a metadata value: ISO strings, dates, RFC 2822
    dates as feeds write them ("Tue, 14 May 2024 10:00:00 GMT")."""
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    v = str(value).strip()
    m = rx.ISO_DATE.match(v)
    if m and (len(v) == m.end() or v[m.end():m.end() + 1] in ("T", " ", "Z", "+")):
        return m.group(0)
    try:
        return parsedate_to_datetime(v).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _publication_date(text: str) -> tuple[str, str] | None:
    try:
        from labourlens.analyse import dates
    except ImportError:  # pragma: no cover - the dates stage ships with labourlens
        return None
    fn = getattr(dates, "publication_date", None)
    if fn is None:
        return None
    found = fn(text)
    if not found or not found[0]:
        return None
    return str(found[0]), str(found[1])
