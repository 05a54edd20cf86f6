"""The attribution lexicon: reporting verbs, source nouns, audience nouns and outlet names
from the knowledge files, compiled once into the patterns the speaker finders use."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import regex_cache
from labourlens.analyse.speaker_voices import (  # noqa: F401 - for mentions' line labels
    affiliated_role,
    colon_trim,
    labelled_speaker,
)


@dataclass(frozen=True)
class _Lex:
    verb_base: dict[str, str]
    doc_verbs: frozenset[str]
    verb_speech: frozenset[str]
    speech_re: str
    all_verbs_re: str
    aux_re: str
    audience_re: str
    nouns: tuple[tuple[str, str], ...]  # (phrase, kind), longest first
    noun_table: dict[str, str]
    verb_words: frozenset[str]
    outlets: tuple[str, ...]
    outlets_lower: frozenset[str]
    org_suffixes: frozenset[str]
    indefinite: frozenset[str]
    definite: frozenset[str]
    metonyms: frozenset[str]
    verb_re: re.Pattern[str]
    aux_tail_re: re.Pattern[str]
    trailing_re: re.Pattern[str]
    trailing_verb_re: re.Pattern[str]  # trailing_re from the space before the verb on (speed: a pre-check)
    trailing_appos_re: re.Pattern[str]
    inverted_re: re.Pattern[str]
    middle_re: re.Pattern[str]
    citing_re: re.Pattern[str]
    citing2_re: re.Pattern[str]
    citing3_re: re.Pattern[str]  # "Citing a ministry document, the Moscow Times reported ..."
    according_re: re.Pattern[str]


def _alt(words: list[str]) -> str:
    """An alternation of ``words`` (spaces match any white space) as a prefix tree, so that the
    regex engine does not retry every word at every position (several times faster than a flat
    alternation); at every branch longer continuations are tried before a word ends, as in a
    longest-first flat alternation. Kept in the start-up cache of :mod:`.regex_cache` (the lexicons' trees are a tenth of
    a second of every start-up)."""
    unique = sorted(set(words))
    return regex_cache.remembered("alternation", "\n".join(unique), 0, lambda: _tree(unique))


def _tree(words: list[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_re(trie)


word_alternation = _alt  # public name for other stages (claims' topic terms)


def section_alternations(section: str, file: str = "indicators.yaml") -> Callable[[str], str]:
    """The word alternation of each list under one section of a knowledge file: ``alt = section_alternations(
    "rate_notes")``, then ``alt("frames")`` (an empty list gives an empty alternation)."""
    data = knowledge.load(file).get(section) or {}
    return lambda key: _alt([str(w) for w in data.get(key) or []])


def _trie_re(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [(" " if ch == " " else ch, _trie_re(child)) for ch, child in sorted(node.items()) if ch != ""]
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + rest for ch, rest in branches]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


_AUDIENCE_NOUNS = _alt(
    "reporter journalist newspaper broadcaster radio station website news outlet researcher court delegation "
    "magazine weekly publication paper channel programme program site portal podcast newsletter bulletin digest station "
    "investigator inspector interviewer author writer briefing conference hearing meeting session seminar forum "
    "webinar symposium summit".split() + ["radio station", "news outlet"])
# "told a regular news briefing", "told an online press conference": what comes before the audience noun
_AUDIENCE_ADJ = ("(?:(?:local|regional|national|provincial|state|community|business|financial|independent|foreign|visiting|"
                 "south\\s+korean|regular|daily|weekly|routine|scheduled|news|press|media|"
                 "online|virtual|public|parliamentary|congressional|closed-door)\\s+){0,3}")
_MIDDLE_VERBS = _alt(
    "said says say added adds explained noted notes claimed claims alleged alleges allege insisted stated states "
    "argued argues wrote writes found finds showed shows believes estimated estimates reported reports recalled "
    "recalls warned warns".split())


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    verbs = knowledge.load("reporting_verbs.yaml")
    nouns = knowledge.load("source_nouns.yaml")
    verb_base: dict[str, str] = {}
    for base, forms in verbs["speech"].items():
        for f in forms:
            verb_base[f.lower()] = base
    doc_forms: set[str] = set()
    for base, forms in verbs["document"].items():
        for f in forms:
            verb_base.setdefault(f.lower(), base)
            doc_forms.add(f.lower())
    speech_re = _alt([f for fs in verbs["speech"].values() for f in fs])
    all_verbs_re = _alt(list(verb_base))
    aux_re = _alt(verbs["aux"])
    outlets = tuple(nouns.get("outlets", []))
    try:  # H6's outlet registry, when present
        from labourlens.analyse import outlets as outlet_mod

        extra = getattr(outlet_mod, "names", None)
        if callable(extra):
            outlets = tuple(set(outlets) | set(extra()))
    except ImportError:
        pass
    audience_re = _alt(list(verbs["audience"]) + list(outlets)) + (
        r"|(?-i:(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|on\s+|and\s+|(?:(?:du|de|des|la|le|del|da|do|dos|"
        r"di|al|el|van|von)\s+){1,2})?[A-Z][\w'’&.-]*){0,5})"  # "told Jornal de Angola", "told La Voix du Kouilou"
        # ("told L'Écho de la Plaine": two particles)
        r"|(?:a|an|the)\s+" + _AUDIENCE_ADJ + "(?:" + _AUDIENCE_NOUNS + ")s?"
        # the medium by its kind, then its name: "told the state paper Diário do Cariri", "told the local
        # station Radio Sur"
        r"(?:\s+(?-i:[A-Z][\w'\u2019&.-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|le|du|des|di|al|el)\s+)?[A-Z][\w'\u2019&.-]*){0,5}))?"
        # the same without an article, then the name it must have: "told local news site Ikh Zasag", "told business
        # daily Kapital"
        r"|(?:local|regional|national|provincial|state|business|financial|independent|online|community)\s+"
        r"(?:(?:news|press|media|online)\s+)?(?:" + _AUDIENCE_NOUNS + ")"
        r"\s+(?-i:[A-Z][\w'\u2019&.-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|le|du|des|di|al|el)\s+)?[A-Z][\w'\u2019&.-]*){0,5})"
        # any short object of "told" before "that": "told a shelter worker that", "told the inspection team that"
        # (never the workers themselves: "The foreman told the men that ..." is a report about them)
        r"|(?<=told\s)(?:a|an|the|his|her|their|its|our|one|two|several)\s+(?:[\w'\u2019-]+\s+){0,4}?"
        r"(?!(?:workers?|men|women|labou?rers?|crews?|employees|staff|girls|boys|recruits|trainees|them)\b)"
        r"[\w'\u2019-]+(?=\s+(?:(?:last|this|earlier\s+this|on)\s+[\w-]+\s+)?that\b)"  # "... Ngs-Sibir last month that"
        # people in office or at work told without an article: "told port officials they", "told labour inspectors that"
        r"|(?<=told\s)(?:[a-z][\w-]+\s+){0,2}?(?:officials|inspectors|investigators|officers|guards|police|authorities|"
        r"reporters|journalists|researchers|monitors|lawyers|activists|volunteers|doctors|nurses|diplomats|consular\s+staff)"
        r"(?=\s+(?:that|they|he|she|we|it|there)\b)"
    )
    pairs: list[tuple[str, str]] = []
    for kind, words in nouns["kinds"].items():
        for w in words:
            pairs.append((str(w).lower(), kind))
    pairs.sort(key=lambda p: -len(p[0]))
    tail = (
        r"(?:\s+(?:on|in|at|about|last|this|earlier|late|early|during|after|before|from|via|by|over|to|through|"
        # (s36) where the words were said: "..., 41, told the wire outside the court", "said near the kiln gate"
        r"outside|inside|near|beside|behind|while|"
        r"monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|yesterday|today|recently|anonymously)\b[^“”\"]{0,120}?)?"
        r"(?:,\s+(?:adding|saying|noting|explaining|citing|quoting|referring|according|speaking|asking|declining|who|"
        r"despite|although|though|as|while|because|but|even|after|before|amid|in|on|since|with|where|when|"
        r"whom|which|whose|now|then|and|"
        # (s387) "..., two dockers said, one of whom drives for the depot": who the speakers are
        r"one\s+of\s+(?:them|whom)|both\s+of\s+(?:them|whom)|including|"
        # "..., two packers said, weeks after the ministry denied it": a time before "after"/"before"
        r"(?:months|weeks|days|years|hours|shortly|soon|long|just|only)\s+(?:after|before))\b[^“”\"]{0,220}?)?"
    )
    aud = rf"(?:\s+(?:{audience_re}))?"
    # at the end of a sentence any object is the audience ("..., he told a colleague of the paper by phone")
    aud_end = (rf"(?:\s+(?:{audience_re}|(?:(?<=\btold\s)|(?<=\btells\s))(?:a|an|the|his|her|their|its|one|two)\s+"
               r"[^,“”\"]{1,60}?(?=\s*[.!?:]?[”\"]?\s*$|\s+(?:by|on|in|at|over|via|through)\s+[^,“”\"]{1,40}$)))?")
    trailing_re = re.compile(
        rf"(?:(?:[,”\"!?—]|(?<![\w.])-)\s*|[,.!?][”\"]\s*)(?P<sp>[^,“”\"—]{{1,110}}?)\s+(?:(?:{aux_re})\s+)*"
        rf"(?P<verb>{all_verbs_re})\b(?P<aud>{aud_end}){tail}\s*[.!?:]?[”\"]?\s*$",
        re.IGNORECASE,
    )
    trailing_verb_re = re.compile(
        rf"\s(?P<verb>{all_verbs_re})\b(?P<aud>{aud_end}){tail}\s*[.!?:]?[”\"]?\s*$",
        re.IGNORECASE,
    )
    # '..., Evergrip's chief sustainability officer, Dan Ho, said' and '..., Dan Ho, Evergrip's chief executive, said':
    # a firm's possessive role before or after the name
    owned_role = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+(?-i:[a-z])[^,“”\"]{2,60}?"
    trailing_appos_re = re.compile(
        rf"(?:[,”\"]\s*|[,.!?][”\"]\s*)(?P<sp>(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|(?:a|an|the|his|her|their)\s+[^,“”\"]{{2,60}}"
        # a body's name that lists its fields: "the spokesperson of the Ministry of Public Works, Urbanism and Housing"
        rf"(?:,\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:,\s+(?-i:[A-Z])[\w'’-]+)?\s+and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
        rf"|{owned_role}),"
        rf"\s+(?:(?:a|an|the|who|whose|\d+)\b[^“”\"]{{2,160}}?|\d{{1,3}}|{owned_role}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}}"
        rf"|[a-z][\w-]+(?:\s+[a-z][\w-]+){{0,2}}\s+(?:of|for|at)\s+[^,“”\"]{{2,80}}?)),"  # "Kim, 45,", "Ana Ruiz, head of X,"
        rf"\s+(?P<verb>{speech_re})\b(?P<aud>{aud}){tail}\s*[.!?:]?[”\"]?\s*$"
    )
    inverted_re = re.compile(
        r"(?:[,”\"!?]\s*|[,.!?][”\"]\s*)(?P<verb>said|says|say|added|adds|continued|continues|explained|explains|"
        r"noted|notes|wrote|writes|recalled|recalls|asked|insisted|warned|stressed|claimed|alleged|remarked|"
        r"replied|complained|admitted|acknowledged|observed)\s+"
        r"(?P<sp>(?:the\s|a\s|an\s|one\s|another\s|(?:his|her|their|our)\s(?=[\w-]+(?:\s[\w-]+)?,\s(?-i:[A-Z])[\w'’-]+\s(?-i:[A-Z]))|(?-i:[A-Z])|he\b|she\b|they\b|"
        # '..., say residents of this border city', '..., said two workers': people by kind or count
        r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|other|local|former)\s+)?"
        r"(?:residents|workers|villagers|neighbou?rs|locals|witnesses|sources|officials|activists|experts|analysts|"
        r"diplomats|researchers|employees|people|migrants|traders|labou?rers|builders|men|women|relatives|defectors)\b|"
        r"(?-i:(?:[a-z][\w-]+\s+){1,3}(?=[A-Z][a-z]))"  # '..., said pensioner Galina Orlova': a role, then the name
        r")[^“”\"]{0,200}?)"
        r"\s*[.!?]?[”\"]?\s*$",
        re.IGNORECASE,
    )
    citing_re = re.compile(
        r"(?P<relay>[A-Z][^,“”\"]{1,80}?),\s+(?:citing|quoting)\s+(?P<sp>[^,“”\"]{2,140}?),\s+"
        rf"(?:(?:{aux_re})\s+)*(?P<verb>{all_verbs_re})\b"
    )
    citing2_re = re.compile(
        rf"(?:^|(?<=[,;:—-]\s)|(?<=\)\s))(?P<relay>(?:(?-i:[A-Z])|a\s|an\s|the\s)[^,“”\"]{{1,80}}?)"
        # "Yonhap, the South Korean news agency, said ..., citing ...": the relay's apposition, closed by a comma
        r"(?:,\s+(?:the|a|an)\s[^,“”\"]{1,60}?,)?"
        rf"\s+(?P<verb>{speech_re})"
        r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+\w+))?"
        # "The embassy told the daily Al-Rai, citing its labour attaché, that ...": the audience, then the one cited
        r"(?:(?<=\btold)\s+(?:the|a|an|(?-i:[A-Z]))[^,\u201c\u201d\"]{1,50}?(?=,\s+(?:citing|quoting)\s))?"
        r",?\s+(?:citing|quoting)\s+(?P<sp>[^,“”\"]{2,140}?)\s*(?:,|(?<!\bRep)(?<!\bSen)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bGen)"
        r"(?<!\bCol)(?<!\bProf)\.|$)",  # "citing Rep. Kang Min-jae": not the title's full stop
        re.IGNORECASE,
    )
    citing3_re = re.compile(
        r"^\s*(?:Citing|Quoting)\s+(?P<sp>[^,“”\"]{2,140}?),\s+(?P<relay>[^,“”\"]{1,80}?)\s+"
        rf"(?:(?:{aux_re})\s+)*(?P<verb>{all_verbs_re})\b"
    )
    according_re = re.compile(r"\baccording to\s+(?P<sp>[^“”\"]{2,200})", re.IGNORECASE)
    return _Lex(
        verb_base=verb_base,
        doc_verbs=frozenset(doc_forms),
        verb_speech=frozenset(f.lower() for fs in verbs["speech"].values() for f in fs),
        speech_re=speech_re,
        all_verbs_re=all_verbs_re,
        aux_re=aux_re,
        audience_re=audience_re,
        nouns=tuple(pairs),
        noun_table={p: k for p, k in reversed(pairs)},
        verb_words=frozenset(f.split()[0].lower() for f in verb_base),
        outlets=outlets,
        outlets_lower=frozenset(o.lower() for o in outlets),
        org_suffixes=frozenset(str(w).lower() for w in nouns.get("org_suffixes", [])),
        indefinite=frozenset(str(w).lower() for w in nouns.get("indefinite", [])),
        definite=frozenset(str(w).lower() for w in nouns.get("definite", [])),
        metonyms=frozenset(str(w).lower() for w in nouns.get("metonyms", [])),
        verb_re=re.compile(rf"(?<![\w-])(?P<verb>{all_verbs_re})\b(?P<aud>{aud})", re.IGNORECASE),
        # an adverb ends no speaker, but "the regional daily", "a local weekly" are newspapers
        # ("The first said": after a bare "the" the ordinal is the speaker, one of a group, not "first reported")
        aux_tail_re=re.compile(rf"(?:(?<!^the)\s+(?:{aux_re}|(?-i:(?!(?:daily|weekly|monthly|fortnightly|quarterly)\s*$)[a-z]+ly)))+\s*$",
                               re.IGNORECASE),
        trailing_re=trailing_re,
        trailing_verb_re=trailing_verb_re,
        trailing_appos_re=trailing_appos_re,
        inverted_re=inverted_re,
        middle_re=re.compile(
            rf"[,”\"]\s+(?P<sp>(?:the|a|an|one|another|he|she|they|it(?=\s)|(?-i:[A-Z]))[^,“”\"]{{0,80}}?)\s+"
            rf"(?P<verb>{_MIDDLE_VERBS}|told(?:\s+(?:{audience_re}))?)"
            r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today))?,\s+(?!citing|quoting)",
            re.IGNORECASE,
        ),
        citing_re=citing_re,
        citing2_re=citing2_re,
        citing3_re=citing3_re,
        according_re=according_re,
    )


# ---------------------------------------------------------------- speed gates of the speaker finders
TRAIL_DELIMS = (",", "\u201d", '"', "!", "?", "\u2014", "-")  # trailing_re's speaker part follows one of these
# speed gates: a sentence without any of the verbs a pattern needs (as a whole word) cannot match it
INVERTED_WORDS = frozenset(
    "said says say added adds continued continues explained explains noted notes wrote writes recalled recalls asked "
    "insisted warned stressed claimed alleged remarked replied complained admitted acknowledged observed".split())
MIDDLE_WORDS = frozenset(
    "said says say added adds explained noted notes claimed claims alleged alleges allege insisted stated states "
    "argued argues wrote writes found finds showed shows believes estimated estimates reported reports recalled "
    "recalls warned warns told".split())


def last_inner_quote(text: str) -> int:
    """Where the last quotation mark is, not counting one that ends the sentence (-1 when none).
    Speed: trailing_verb_re, trailing_appos_re and inverted_re allow no quotation mark after the
    delimiter that opens them but a final one, and that delimiter holds a quotation mark at most one
    character after its start, so a match starts no earlier than one character before this place."""
    t = text.rstrip()
    if t.endswith(("\u201d", '"')):
        t = t[:-1]
    return max(t.rfind("\u201c"), t.rfind("\u201d"), t.rfind('"'))


def trailing_start(text: str) -> int | None:
    """Where trailing_verb_re can start matching (see :func:`last_inner_quote`); None when the text has
    none of the delimiters that trailing_re's speaker part follows, so that neither can match."""
    if not any(c in text for c in TRAIL_DELIMS):
        return None
    return max(0, last_inner_quote(text))


@lru_cache(maxsize=1)
def speech_first_words() -> frozenset[str]:
    """The first words of the speech verbs (trailing_appos_re needs one)."""
    return frozenset(f.split()[0] for f in _lex().verb_speech)


# ---------------------------------------------------------------- speaker phrases
