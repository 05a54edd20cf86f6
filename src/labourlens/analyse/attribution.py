"""Who said it: attribution of sentences to sources.

For each sentence, :func:`find_mention` looks for an attribution ("X told Daily
NK", "said X", "according to X", "X, citing Y, reported", "“…,” the source said").
:class:`Registry` turns mentions into per-document :class:`~labourlens.model.Source`
records, resolving "the source", "he", "the ministry", "Pak" to earlier sources and
opening new ones for "another source". :func:`attribute` does both for a document
and carries speakers across multi-sentence quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.hedges import plain
from labourlens.analyse.sentences import dateline_end
from labourlens.model import Sentence, Source

__all__ = ["Mention", "Attribution", "Registry", "find_mention", "classify", "attribute", "EXTRACTOR"]

EXTRACTOR = "attribution.v1"
OUTLET_KEY = "OUTLET"


@dataclass
class Mention:
    """An attribution found in one sentence."""

    wording: str
    start: int  # offsets of the speaker phrase in the sentence text
    end: int
    cue: str
    direct: bool = False
    relay: str | None = None


@dataclass
class Attribution:
    """The source of one sentence."""

    source: str  # Source.key
    cue: str | None = None
    direct: bool = False
    explicit: bool = False  # the sentence names its speaker itself


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
    start_re: re.Pattern[str]
    verb_re: re.Pattern[str]
    aux_tail_re: re.Pattern[str]
    trailing_re: re.Pattern[str]
    trailing_appos_re: re.Pattern[str]
    inverted_re: re.Pattern[str]
    middle_re: re.Pattern[str]
    citing_re: re.Pattern[str]
    citing2_re: re.Pattern[str]
    according_re: re.Pattern[str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


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
        r"|(?-i:(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|on\s+|and\s+)?[A-Z][\w'’&.-]*){0,5})"
        r"|(?:a|an|the)\s+(?:local\s+|foreign\s+|visiting\s+|south\s+korean\s+)?(?:reporter|journalist|newspaper|broadcaster|"
        r"radio\s+station|website|news\s+outlet|researcher|court|delegation)s?")
    pairs: list[tuple[str, str]] = []
    for kind, words in nouns["kinds"].items():
        for w in words:
            pairs.append((str(w).lower(), kind))
    pairs.sort(key=lambda p: -len(p[0]))
    np = r"[^“”\"]{1,160}?"
    tail = (r"(?:\s+(?:on|in|at|last|this|earlier|late|early|during|after|before|from|via|by|over|to|monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday|yesterday|today|recently|anonymously)\b[^“”\"]{0,80}?)?"
            r"(?:,\s+(?:adding|saying|noting|explaining|citing|referring|according|speaking|asking|declining|who)"
            r"\b[^“”\"]{0,220}?)?")
    aud = rf"(?:\s+(?:{audience_re}))?"
    start_re = re.compile(
        rf"^(?P<sp>{np})\s+(?:(?:{aux_re})\s+)*(?P<verb>{all_verbs_re})\b(?!\s+to\b)(?P<aud>{aud})", re.IGNORECASE
    )
    trailing_re = re.compile(
        rf"(?:[,”\"!?—-]\s*|[,.!?][”\"]\s*)(?P<sp>[^,“”\"—]{{1,110}}?)\s+(?:(?:{aux_re})\s+)*"
        rf"(?P<verb>{all_verbs_re})\b(?P<aud>{aud}){tail}\s*[.!?]?[”\"]?\s*$",
        re.IGNORECASE,
    )
    trailing_appos_re = re.compile(
        rf"(?:[,”\"]\s*|[,.!?][”\"]\s*)(?P<sp>(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|(?:a|an|the)\s+[^,“”\"]{{2,60}}),"
        rf"\s+(?:a|an|the|who|whose|\d+)\b[^“”\"]{{2,160}}?),"
        rf"\s+(?P<verb>{speech_re})\b(?P<aud>{aud}){tail}\s*[.!?]?[”\"]?\s*$"
    )
    inverted_re = re.compile(
        r"(?:[,”\"!?]\s*|[,.!?][”\"]\s*)(?P<verb>said|says|added|adds|continued|continues|explained|explains|"
        r"noted|notes|wrote|writes|recalled|recalls|asked|insisted|warned|stressed|claimed|alleged|remarked|"
        r"replied|complained|admitted|acknowledged|observed)\s+"
        r"(?P<sp>(?:the\s|a\s|an\s|one\s|another\s|(?-i:[A-Z])|he\b|she\b|they\b)[^“”\"]{0,200}?)"
        r"\s*[.!?]?[”\"]?\s*$",
        re.IGNORECASE,
    )
    citing_re = re.compile(
        r"(?P<relay>[A-Z][^,“”\"]{1,80}?),\s+(?:citing|quoting)\s+(?P<sp>[^,“”\"]{2,140}?),\s+"
        rf"(?:(?:{aux_re})\s+)*(?P<verb>{all_verbs_re})\b"
    )
    citing2_re = re.compile(
        rf"(?P<relay>(?<![\w-])(?:[A-Z]|a\s|an\s|the\s)[^,“”\"]{{1,80}}?)\s+(?P<verb>{speech_re})"
        r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+\w+))?"
        r",?\s+(?:citing|quoting)\s+(?P<sp>[^,“”\"]{2,140}?)\s*(?:[,.]|$)",
        re.IGNORECASE,
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
        start_re=start_re,
        verb_re=re.compile(rf"(?<![\w-])(?P<verb>{all_verbs_re})\b(?P<aud>{aud})", re.IGNORECASE),
        aux_tail_re=re.compile(rf"(?:\s+(?:{aux_re}|[a-z]+ly))+\s*$", re.IGNORECASE),
        trailing_re=trailing_re,
        trailing_appos_re=trailing_appos_re,
        inverted_re=inverted_re,
        middle_re=re.compile(
            rf"[,”\"]\s+(?P<sp>(?:the|a|an|one|another|he|she|they|(?-i:[A-Z]))[^,“”\"]{{0,80}}?)\s+"
            rf"(?P<verb>said|says|added|adds|explained|noted|claimed|alleged|insisted|told(?:\s+(?:{audience_re}))?)"
            r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today))?,\s+(?!citing|quoting)",
            re.IGNORECASE,
        ),
        citing_re=citing_re,
        citing2_re=citing2_re,
        according_re=according_re,
    )


# ---------------------------------------------------------------- speaker phrases

_WORD = re.compile(r"[a-z]+")
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)*|[A-Z]\.)"
_NAME_RE = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Gen|Col|Lt)\.?\s+)?({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})$")
_TITLE_NAME_RE = re.compile(rf"^(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+({_NAME_TOKEN})$")
_PREP_SPLIT = re.compile(
    r"\s+(?:in|at|of|from|with|for|by|on|near|inside|within|who|whose|that|which|involved|working|based|close|"
    r"familiar|knowledgeable|living|employed|assigned|responsible|managing|connected|linked|affiliated|to|obtained|seen|"
    r"published|released|issued|dated|compiled|prepared|written|commissioned|cited|reviewed|interviewed|quoted|"
    r"reached|contacted|speaking|told|shared|leaked|filed|submitted|signed|like|such|than)\b|,",
    re.IGNORECASE,
)
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:however|meanwhile|separately|moreover|furthermore|also|still|instead|indeed|in addition|in contrast|"
    r"by contrast|in response|in a statement|in an interview|in a report|in its report|in a \w+ report|"
    r"last (?:week|month|year)|earlier|later|previously|recently|yesterday|today|on \w+(?: \d{1,2})?|"
    r"asked (?:about|whether|if|for|on) [^,]{1,80}|when asked [^,]{1,80}|responding to [^,]{1,80}|"
    r"speaking (?:to|at|on|in|with) [^,]{1,80}|in (?:a|an) (?:statement|interview|email|e-mail|press release|post)[^,]{0,60}|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})"
    r"(?: \d{4})?|at the time|for (?:its|their|his|her) part|but|and|yet|so|then),?\s+)+",
    re.IGNORECASE,
)
_BAD_NP = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|can|could|should|must|may|might|do|does|did|has|have|had|"
    r"not|if|because|when|while|although|though|but|and then|so that|there)\b",
    re.IGNORECASE,
)
_ORGISH_ANON = frozenset("migrant migrants workers worker people citizens victims survivors".split())
_COMMON_CAPS = frozenset(
    "it this that these those there they he she we i you one some many most all both each others another "
    "workers sources officials people residents experts analysts critics observers authorities reports nobody "
    "none everyone everybody someone somebody anyone no what when where why how".split()
)
_REL_CLAUSE = re.compile(r"\b(?:who|which|that|whose)\b", re.IGNORECASE)
_DET = re.compile(r"^(?:the|a|an|one|another|some|this|that|these|those|several|many|two|three|other)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s+")


def _head_chunk(np: str) -> str:
    return _PREP_SPLIT.split(np, maxsplit=1)[0].strip()


@lru_cache(maxsize=4096)
def name_in(np: str) -> str | None:
    """The personal name in a speaker phrase ("Andrei Lankov, a professor ..." -> "Andrei Lankov")."""
    chunks = [c.strip() for c in np.split(",")]
    for i, chunk in enumerate(chunks):
        m = _NAME_RE.match(chunk) or _TITLE_NAME_RE.match(chunk)
        if m and not _looks_like_org(chunk):
            return m.group(1)
        if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", chunk) and chunk.lower() not in _COMMON_CAPS and (
            i > 0 or len(chunks) > 1
        ) and not _looks_like_org(chunk):
            return chunk
    return None


def _looks_like_org(chunk: str) -> bool:
    lex = _lex()
    if chunk in lex.outlets or chunk.lower() in lex.metonyms:
        return True
    words = re.findall(r"[A-Za-z]+", chunk)
    if any(w.lower() in lex.org_suffixes for w in words):
        return True
    low = chunk.lower()
    lowwords = {w.lower() for w in words}
    for phrase, kind in lex.nouns:
        if kind == "anonymous_source" and phrase not in _ORGISH_ANON:
            continue
        if " " in phrase:
            if phrase in low:
                return True
        elif phrase in lowwords:
            return True
    return bool(lowwords & {"north", "south", "korea", "china", "russia", "news", "times", "daily", "international"})


@lru_cache(maxsize=4096)
def _noun_kind(head: str) -> tuple[str, str] | None:
    """(noun, kind) of the rightmost lexicon noun in a head chunk (preferring one written in lower case)."""
    words = re.findall(r"[\w'’-]+", head)
    lows = [re.sub(r"['’]s$", "", w.lower()) for w in words]
    table = _lex().noun_table
    best: tuple[int, str, str] | None = None
    best_lower: tuple[int, str, str] | None = None
    for i in range(len(lows)):
        for n in (4, 3, 2, 1):
            if i + n > len(lows):
                continue
            phrase = " ".join(lows[i:i + n])
            kind = table.get(phrase)
            if kind is None:
                continue
            end = i + n
            if best is None or end > best[0]:
                best = (end, phrase, kind)
            if (i == 0 or words[i][:1].islower()) and (best_lower is None or end > best_lower[0]):
                best_lower = (end, phrase, kind)
            break
    pick = best_lower or best
    return (pick[1], pick[2]) if pick else None


@lru_cache(maxsize=4096)
def classify(np: str) -> str | None:
    """Speaker kind of a speaker phrase, or None when it does not look like a speaker."""
    lex = _lex()
    text = re.sub(r"^[\s*•·-]+", "", np).strip().strip(",.;:")
    if not text:
        return None
    low = text.lower()
    first = text.split(",")[0].strip()
    first_low = first.lower()
    if first in lex.outlets or re.sub(r"^the\s+", "", first, flags=re.IGNORECASE) in lex.outlets:
        return "outlet"
    if first_low in lex.metonyms:
        return "official"
    if re.match(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|"
                r"many|some|most|few|a few|all|none|half|both|others?)\b(?:\s+of\s+(?:them|those|the))?",
                first_low) and not re.match(r"^(?:one|some)\s+(?:source|official)", first_low):
        if re.match(r"^\S+(?:\s+of\s+(?:them|those))?$|^\S+\s+of\s+the\s+\w+", first_low) or _noun_kind(first):
            return "anonymous_source" if not _noun_kind(first) else _noun_kind(first)[1]  # type: ignore[index]
    cap = _CAP_NAME.match(first)
    if cap and len(first.split()) >= 2 and not _NAME_RE.match(first):
        if re.search(r"\b(?:Ministry|Government|Embassy|Office|Bureau|Department|Police|Service|Agency|Council|"
                     r"Administration|Commission|Authority|Prosecutor|Court|Parliament|Duma|Kremlin|Customs)\b", first):
            return "official"
        if re.search(r"\b(?:Labou?r|Rights|Justice|Migrants?|Workers|Freedom|Humanitarian|Coalition|Alliance|Network|"
                     r"Foundation|Institute|Centre|Center|Project|Initiative|Society|Association|Union|Lab|"
                     r"University|Group|Panel|Committee)\b", first):
            return "organization"
        if re.search(r"\b(?:News|Times|Post|Daily|Herald|Journal|Press|Radio|TV|Broadcasting|Ilbo|Shimbun|Gazette|"
                     r"Ledger|Observer|Review|Monitor|Dispatch|Tribune|Watch|Report|Weekly|Chronicle|Agency)\b", first):
            return "outlet"
        if any(w.lower() in lex.org_suffixes for w in re.findall(r"[A-Za-z]+", first)[1:]):
            return "organization"
    head = _head_chunk(first)
    noun = _noun_kind(head) if not _NAME_RE.match(first) else None
    name = name_in(text)
    if noun is not None:
        word, kind = noun
        if name and kind in ("anonymous_source",) or name and word in _PERSON_OFFICIAL:
            return "named_person"
        if word in _PERSON_OFFICIAL and word not in ("spokesperson", "spokesman", "spokeswoman", "minister") and \
                re.match(r"^(?:a|an|one|another)\s", first_low) and not _INSTITUTION.search(low):
            return "anonymous_source"  # "a North Korean official in Hunchun" is an unnamed source
        return kind
    if name:
        return "named_person"
    if cap and len(first.split()) >= 2:
        return "organization"
    if first_low in lex.outlets_lower:
        return "outlet"
    # a surname on its own ("Pak", "Mr. Kim")
    if re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", first) and (
        first_low not in _COMMON_CAPS
    ):
        return "named_person"
    return None


_CAP_NAME = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w&.'’-]*)){1,8}$")
_PARTICIPLES = frozenset(
    """based involved employed interviewed named unnamed detained connected linked affiliated qualified licensed
    registered retired dispatched returned dedicated funded backed concerned informed unidentified unnamed
    experienced respected trusted specialised specialized advanced armed displaced repatriated released
    contacted reached quoted cited obtained seen published leaked signed dated compiled prepared issued""".split()
)
_INSTITUTION = re.compile(
    r"\b(?:ministry|government|agency|police|embassy|consulate|customs|bureau|department|office|council|"
    r"commission|administration|labou?r|immigration|security|intelligence|foreign|state|city|municipal|"
    r"provincial|regional|federal|unification|interior|home affairs|embassy)\b",
    re.IGNORECASE,
)
_PERSON_OFFICIAL = frozenset(
    "official spokesperson spokesman spokeswoman minister ambassador diplomat envoy governor mayor president "
    "inspector commissioner secretary senator lawmaker legislator prosecutor judge consul".split()
)


def _plausible(np: str) -> bool:
    np = np.strip()
    if not np or len(np.split()) > 25:
        return False
    first = np.split(",")[0]
    before_rel = _REL_CLAUSE.split(first, maxsplit=1)[0]
    if _BAD_NP.search(before_rel) or len(before_rel.split()) > 12:
        return False
    toks = re.findall(r"[A-Za-z-]+", before_rel)
    for i, w in enumerate(toks[1:], start=1):
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if w.endswith("ed") and w.lower() not in _PARTICIPLES and not w[:1].isupper() and nxt not in (
                "by", "in", "for", "with", "at", "from", "to", "on"):
            return False
    return classify(np) is not None or np.lower() in ("he", "she", "they", "we", "i", "it")


def _trim_np(np: str) -> str:
    """Cut a speaker phrase after its apposition ("Pak, 41, who spent ..." -> "Pak")."""
    np = np.strip().rstrip(".,;:”\"")
    chunks = [c.strip() for c in np.split(",")]
    keep = [chunks[0]]
    for c in chunks[1:]:
        if re.match(r"^(?:a|an|the)\s", c, re.IGNORECASE) and not _REL_CLAUSE.match(c):
            keep.append(c)
        elif _NAME_RE.match(c) and not name_in(keep[0]):
            keep.append(c)
        else:
            break
    return ", ".join(keep)


def _according_np(rest: str) -> str:
    chunks = [c.strip() for c in re.split(r",", rest)]
    np = chunks[0].rstrip(".;:")
    if len(chunks) > 1:
        nxt = chunks[1].rstrip(".;:")
        if (_NAME_RE.match(nxt) and not name_in(np)) or (
            name_in(np) and re.match(r"^(?:a|an|the)\s", nxt, re.IGNORECASE) and len(nxt.split()) <= 12
        ):
            np = f"{np}, {nxt}"
    np = re.split(r"\s+(?:that|who|which)\s", np, maxsplit=1)[0]
    return np


def find_mention(sentence_text: str) -> Mention | None:
    """The attribution in one sentence, if it has one."""
    lex = _lex()
    text = plain(sentence_text)
    words = set(_WORD.findall(text.lower()))
    has_verb = not words.isdisjoint(lex.verb_words)
    has_according = "according" in words
    if not (has_verb or has_according):
        return None
    for rx in (lex.citing_re, lex.citing2_re) if not words.isdisjoint(("citing", "quoting")) else ():
        m = rx.search(text)
        if m and _plausible(m.group("sp")):
            sp = m.group("sp").strip()
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), False,
                           relay=m.group("relay").strip())
    quoted = '"' in text
    for rx in (lex.trailing_appos_re, lex.trailing_re) if has_verb else ():
        m = rx.search(text)
        if m and text[: m.start("sp")].strip() not in ('"', ""):
            sp = m.group("sp").strip()
            verb = m.group("verb").lower()
            doc_ok = verb in lex.verb_speech or classify(sp) in ("document", "organization", "official", "outlet")
            if doc_ok and _plausible(sp):
                return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(verb), quoted)
    m = lex.middle_re.search(text) if has_verb else None
    if m and m.start() > 0:
        sp = m.group("sp").strip()
        if _plausible(sp) and classify(sp) is not None or sp.lower() in ("he", "she", "they"):
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), quoted)
    m = lex.inverted_re.search(text) if has_verb else None
    if m:
        sp = _trim_np(m.group("sp"))
        sp_words = sp.split() or [""]
        pronoun_ok = sp_words[0].lower() not in ("he", "she", "they") or len(sp_words) == 1
        short = len(_REL_CLAUSE.split(sp.split(",")[0])[0].split()) <= 6
        clean = not _BAD_NP.search(_REL_CLAUSE.split(sp, maxsplit=1)[0])
        if pronoun_ok and len(sp_words) <= 14 and short and clean and _plausible(sp):
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), quoted)
    m = lex.according_re.search(text) if has_according else None
    if m:
        sp = _according_np(m.group("sp"))
        if _plausible(sp):
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "according to", False)
    if has_verb and not text.lstrip().startswith('"'):
        return _start_mention(text)
    return None


def _start_mention(text: str) -> Mention | None:
    """ "X said (that) ...", "X told OUTLET ...": the speaker opens the sentence."""
    lex = _lex()
    off = dateline_end(text)
    lead = _LEAD_ADVERBIAL.match(text[off:])
    if lead:
        off += lead.end()
    rest = text[off:]
    for vm in lex.verb_re.finditer(rest, 0, min(len(rest), 200)):
        raw_np = rest[: vm.start()]
        if '"' in raw_np:
            return None
        np = lex.aux_tail_re.sub("", raw_np).strip().rstrip(",").strip()
        if re.search(r"\b(?:who|which|that|whom)$", np, re.IGNORECASE):
            continue
        verb = vm.group("verb").lower()
        if not np or rest[vm.end():].lstrip().startswith("to ") and _cue(verb) != "told":
            continue
        kind = classify(np)
        doc_ok = verb not in lex.doc_verbs or verb in lex.verb_speech or kind in ("document", "organization")
        aud = vm.group("aud") or ""
        told_ok = _cue(verb) not in ("told", "speak") or bool(aud.strip())
        if doc_ok and told_ok and _plausible(np):
            direct = '"' in rest[vm.end():]
            start = off + rest.index(np)
            return Mention(np, start, start + len(np), _cue(verb), direct)
    return None


def _cue(verb: str) -> str:
    v = re.sub(r"\s+", " ", verb.lower())
    base = _lex().verb_base.get(v, v)
    return {"tell": "told", "say": "said"}.get(base, base)


# ---------------------------------------------------------------- registry


@dataclass
class _Entry:
    source: Source
    norm: str
    head: str
    plural: bool
    person: bool
    order: int = 0


def _norm(np: str) -> str:
    np = np.lower()
    np = _DET.sub("", np)
    return re.sub(r"\s+", " ", np).strip(" ,.")


def _head_word(np: str) -> str:
    chunk = _head_chunk(np).lower()
    words = re.findall(r"[a-z][a-z'-]*", chunk)
    return words[-1] if words else ""


@dataclass
class Registry:
    """Per-document sources, numbered S1, S2... in order of first mention."""

    outlet: str | None = None
    entries: list[_Entry] = field(default_factory=list)
    counter: int = 0
    places: dict[str, str] = field(default_factory=dict)

    def outlet_source(self) -> Source:
        return Source(key=OUTLET_KEY, wording=self.outlet, kind="outlet", canonical=self.outlet)

    def _touch(self, e: _Entry) -> Source:
        self.counter += 1
        e.order = self.counter
        return e.source

    def _recent(self, pred: object) -> _Entry | None:
        best: _Entry | None = None
        for e in self.entries:
            if pred(e) and (best is None or e.order > best.order):  # type: ignore[operator]
                best = e
        return best

    def resolve(self, m: Mention, doc_start: int = 0, context: str = "") -> Source:
        np = m.wording.strip()
        low = np.lower()
        lex = _lex()
        if self.outlet and (low == self.outlet.lower() or _norm(np) == self.outlet.lower()):
            return self.outlet_source()
        if low in ("he", "she", "i", "we"):
            e = self._recent(lambda e: e.person and not e.plural) or self._recent(lambda e: e.person) or \
                self._recent(lambda e: True)
            if e:
                return self._touch(e)
            antecedent = _last_name(context)
            if antecedent:  # "Jo Chol-ho, 52, worked ... He spoke to us": the person named before
                return self.resolve(Mention(antecedent, m.start, m.end, m.cue, m.direct, m.relay), doc_start)
        if low == "it":
            e = self._recent(lambda e: e.source.kind in ("organization", "document", "official", "outlet"))
            if e:
                return self._touch(e)
        if low == "they":
            e = self._recent(lambda e: e.plural) or self._recent(lambda e: True)
            if e:
                return self._touch(e)
        kind = classify(np) or "anonymous_source"
        name = name_in(np) if kind == "named_person" else None
        # a surname alone or a repeated name
        single = re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?([A-Z][\w'’-]+)", np)
        if single:
            token = single.group(1)
            e = self._recent(
                lambda e: e.source.kind == "named_person" and token in (e.source.canonical or "").replace("-", " ").split()
                or token == (e.source.canonical or "")
            )
            if e:
                return self._touch(e)
            if token.lower() in lex.outlets_lower:
                kind = "outlet"
            elif kind != "named_person":
                kind = "named_person" if not classify(np) else kind
            name = name or token
        if name:
            e = self._recent(lambda e: e.source.canonical == name)
            if e:
                return self._touch(e)
        first = low.split()[0] if low.split() else ""
        norm = _norm(np)
        head = _head_word(np)
        appos = _appositive_name(np)
        if appos is not None:
            e = self._recent(lambda e: e.source.canonical == appos or _appositive_name(e.source.wording or "") == appos)
            if e:
                return self._touch(e)
            if kind != "named_person":
                name = appos
        elif first in lex.definite:
            e = self._recent(lambda e: e.norm == norm)
            if e is None and norm in ("source", "sources", "insider", "informant"):
                e = self._recent(lambda e: e.source.kind == "anonymous_source" and e.plural == norm.endswith("s")) \
                    or self._recent(lambda e: e.source.kind == "anonymous_source")
            if e is None:
                e = self._recent(lambda e: e.head == head or e.head.rstrip("s") == head.rstrip("s"))
            if e is None and kind in ("document", "official", "organization"):
                e = self._recent(lambda e: e.source.kind == kind)
            if e:
                return self._touch(e)
        elif first not in lex.indefinite and kind != "anonymous_source":
            e = self._recent(lambda e: e.norm == norm)
            if e:
                return self._touch(e)
        elif first in ("a", "an", "one") and len(norm.split()) >= 3 and re.search(r"\b(?:in|from|based|at|near)\b", norm):
            e = self._recent(lambda e: e.norm == norm)  # the same qualified wording again
            if e:
                return self._touch(e)
        key = f"S{sum(1 for e in self.entries) + 1}"
        src = Source(
            key=key,
            wording=np,
            kind=kind,
            canonical=name if (kind == "named_person" or name) else (
                np if kind in ("organization", "official", "outlet") and first not in lex.indefinite else None),
            location=self._location(np),
            affiliation=_affiliation(np),
            relay=m.relay,
            spans=[(doc_start + m.start, doc_start + m.end)],
        )
        plural = head.endswith("s") and not head.endswith("ss") and head not in ("ministries",) or head in (
            "people", "men", "women", "authorities", "police")
        person = kind in ("named_person", "anonymous_source") or (
            kind == "official" and head in ("official", "spokesperson", "spokesman", "spokeswoman", "minister",
                                            "ambassador", "diplomat", "envoy", "governor", "mayor", "president"))
        e = _Entry(src, norm, head, plural, person)
        self.entries.append(e)
        self._touch(e)
        return src

    def _location(self, np: str) -> str | None:
        m = re.search(r"\b([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)-based\b", np) or re.search(
            r"\b(?:in|from|near|inside)\s+((?:the\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})", np
        )
        if not m:
            return None
        return _place_country(m.group(1))

    def sources(self) -> list[Source]:
        return [e.source for e in self.entries]


_NAME_IN_TEXT = re.compile(rf"(?<![\w.])({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})(?=\s*,\s*\d|\s*,\s+(?:a|an|the|who)\s|\s+(?:said|told|says|worked|spent|left|fled|escaped|was|is)\b)")


def _last_name(context: str) -> str | None:
    """The last personal name introduced in ``context`` ("Jo Chol-ho, 52, worked ...")."""
    found = [m.group(1) for m in _NAME_IN_TEXT.finditer(context) if not _looks_like_org(m.group(1))]
    return found[-1] if found else None


def _appositive_name(np: str) -> str | None:
    """The proper name given in apposition ("The main contractor, Al Wakra Builders" -> "Al Wakra Builders")."""
    chunks = [c.strip() for c in np.split(",")]
    if len(chunks) < 2 or not re.match(r"^(?:the|a|an)\s", chunks[0], re.IGNORECASE):
        return None
    if _CAP_NAME.match(chunks[1]) or _NAME_RE.match(chunks[1]):
        return chunks[1]
    return None


def _affiliation(np: str) -> str | None:
    m = re.search(r",\s+(?:a|an|the)\s+[^,]*?\b(?:at|of|with|for|from)\s+(?:the\s+)?([A-Z][^,]+)", np)
    if m:
        return m.group(1).strip()
    return None


_FALLBACK_PLACES = {
    "china": "CN", "russia": "RU", "north korea": "KP", "south korea": "KR", "mongolia": "MN", "japan": "JP",
    "dandong": "CN", "hunchun": "CN", "shenyang": "CN", "yanji": "CN", "tumen": "CN", "helong": "CN", "jilin": "CN",
    "liaoning": "CN", "beijing": "CN", "shanghai": "CN", "vladivostok": "RU", "khabarovsk": "RU", "moscow": "RU",
    "nakhodka": "RU", "primorsky": "RU", "siberia": "RU", "qatar": "QA", "doha": "QA", "kuwait": "KW",
    "dubai": "AE", "uae": "AE", "saudi arabia": "SA", "oman": "OM", "pyongyang": "KP", "sinuiju": "KP",
    "seoul": "KR", "rason": "KP", "poland": "PL", "malta": "MT", "laos": "LA", "vietnam": "VN", "cambodia": "KH",
    "nigeria": "NG", "angola": "AO", "senegal": "SN", "uganda": "UG", "tanzania": "TZ", "mozambique": "MZ",
    "equatorial guinea": "GQ", "belarus": "BY", "kuwait city": "KW", "abu dhabi": "AE", "riyadh": "SA",
    "the gulf": None, "ulaanbaatar": "MN", "zhejiang": "CN", "shandong": "CN", "heilongjiang": "CN",
    "amur": "RU", "sakhalin": "RU", "yakutsk": "RU", "novosibirsk": "RU", "tomsk": "RU", "ussuriysk": "RU",
}


@lru_cache(maxsize=512)
def _place_country(name: str) -> str | None:
    key = re.sub(r"^the\s+", "", name.strip().lower())
    if key in _FALLBACK_PLACES:
        return _FALLBACK_PLACES[key]
    try:
        from labourlens.analyse import places

        found = places.find(name, [])
        for p in found:
            if p.country:
                return str(p.country)
    except Exception:  # noqa: BLE001 - places is optional here; fall back to no location
        return None
    return None


# ---------------------------------------------------------------- documents


def attribute(text: str, sentences: list[Sentence], outlet: str | None) -> tuple[list[Source], list[Attribution]]:
    """Sources of a document and the attribution of each sentence (same order as ``sentences``)."""
    reg = Registry(outlet=outlet)
    result: list[Attribution] = [Attribution(OUTLET_KEY) for _ in sentences]
    mentions: list[Mention | None] = []
    for i, s in enumerate(sentences):
        m = find_mention(s.text) if s.kind == "body" else None
        mentions.append(m)
        if m is not None:
            src = reg.resolve(m, s.start, text[max(0, s.start - 600):s.start])
            result[i] = Attribution(src.key, m.cue, m.direct or s.quote is not None, True)
    # indirect speech carries on to the rest of its paragraph ("X told us about Y. Y was ...")
    for i, s in enumerate(sentences):
        if s.kind != "body" or result[i].explicit or s.quote is not None or i == 0:
            continue
        prev = result[i - 1]
        if sentences[i - 1].paragraph == s.paragraph and prev.source != OUTLET_KEY and not prev.direct:
            result[i] = Attribution(prev.source, prev.cue, False, False)
    # interview answers ("A: ...") belong to the interviewee
    answer_para = -1
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if _ANSWER.match(s.text):
            answer_para = s.paragraph
        if s.paragraph == answer_para and not result[i].explicit:
            e = reg._recent(lambda e: e.source.kind == "named_person") or reg._recent(lambda e: e.person)
            if e is not None:
                result[i] = Attribution(e.source.key, "answered", True, False)
    # carry speakers through quotations and quote-only paragraphs
    last_direct: tuple[int, Attribution] | None = None
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if result[i].explicit:
            if result[i].direct:
                last_direct = (s.paragraph, result[i])
            continue
        if s.quote is None:
            continue
        donor = _quote_donor(sentences, result, i)
        if donor is not None:
            result[i] = Attribution(donor.source, donor.cue, True, False)
        elif last_direct is not None and last_direct[0] >= s.paragraph - 1:
            result[i] = Attribution(last_direct[1].source, last_direct[1].cue, True, False)
        if result[i].source != OUTLET_KEY:
            last_direct = (s.paragraph, result[i])
    return reg.sources(), result


_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*[:.)-]\s", re.IGNORECASE)


def _quote_donor(sentences: list[Sentence], result: list[Attribution], i: int) -> Attribution | None:
    """The attributed sentence in the same paragraph that speaks this quoted sentence."""
    s = sentences[i]
    same_quote = [j for j in range(len(sentences)) if j != i and sentences[j].quote == s.quote and result[j].explicit]
    if same_quote:
        return result[min(same_quote, key=lambda j: abs(j - i))]
    for j in range(i - 1, -1, -1):
        if sentences[j].paragraph != s.paragraph:
            break
        if result[j].explicit and result[j].direct:
            return result[j]
    for j in range(i + 1, len(sentences)):
        if sentences[j].paragraph != s.paragraph:
            break
        if result[j].explicit and result[j].direct:
            return result[j]
    return None
