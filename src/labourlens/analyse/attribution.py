"""Who said it: attribution of sentences to sources.

For each sentence, :func:`find_mention` looks for an attribution ("X told Daily
NK", "said X", "according to X", "X, citing Y, reported", "“…,” the source said").
:func:`attribute` resolves mentions to per-document sources (see
:mod:`labourlens.analyse.speakers`) and carries speakers across multi-sentence
quotes, quote-only paragraphs, indirect speech and interview answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import entities, places
from labourlens.analyse.hedges import plain
from labourlens.analyse.registry import Registry
from labourlens.analyse.registry import _last_name as last_name
from labourlens.analyse.sentences import dateline_end
from labourlens.analyse.speaker_cues import (
    DOC_ONLY_CUES,
    HEAD_PREP,
    IN_WORDS,
    OBJECT_PRONOUNS,
    QUOTES_WHO,
    account_mention,
    clause_tail,
    defined_acronyms,
    house_names,
    house_turn,
    inside_open_quote,
    introduced_before,
    named_by_clause,
    naming_mention,
    published_by_mention,
    spoke_to_mention,
)
from labourlens.analyse.speakers import (
    _BAD_NP,
    _NAME_RE,
    _REL_CLAUSE,
    OUTLET_KEY,
    Mention,
    _cue,
    _Lex,
    _lex,
    _plausible,
    _trim_np,
    classify,
    name_in,
)
from labourlens.model import Sentence, Source

__all__ = [
    "Mention",
    "Attribution",
    "Registry",
    "find_mention",
    "classify",
    "attribute",
    "OUTLET_KEY",
    "EXTRACTOR",
]

EXTRACTOR = "attribution.v1"
_WORD = re.compile(r"[a-z]+")
_QUOTED_AS = re.compile(
    r"(?:^|(?<=[,;:]\s))(?P<relay>[^,“”\"]{2,80}?)\s+quoted\s+(?P<sp>[^,“”\"]{2,120}?)\s+as\s+saying"
)


def quoted_text(text: str) -> bool:
    return '"' in text


_COLON_SPEAKER = re.compile(r"^\s*((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}):\s+\S")
_NOT_SPEAKERS = frozenset(
    "q a question answer note photo image source sources keywords tags update editor correction warning "
    "background context read more related video caption credit translation summary update reminder notice "
    "disclaimer rules moderator pinned tip tips advertisement sponsored edit edited ps warning attention "
    "breaking exclusive analysis opinion watch listen live explainer comment commentary interview transcript "
    "factbox timeline fact check update updated editorial".split()
)


@dataclass
class Attribution:
    """The source of one sentence."""

    source: str  # Source.key
    cue: str | None = None
    direct: bool = False
    explicit: bool = False  # the sentence names its speaker itself
    span: tuple[int, int] | None = None  # the speaker phrase, as offsets into the sentence text


_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:in (?:(?:a|an|its|their|his|her|the|separate|later|written|brief|recent|joint|official|\d{4}) )*(?:comments?|remarks?|"
    r"press release|statement|interview|email|e-mail|letter|post|briefing|reply|response|testimony)"
    r"(?: (?:to|with|for|on|at|accompanying|issued|released|posted|sent|carried|published)[^,]{1,80})?(?=,)|"
    r"however|meanwhile|separately|moreover|furthermore|also|still|instead|indeed|in addition|in contrast|"
    r"by contrast|in response|"
    r"in (?:a|an|its|their|his|her|the) (?:\w+ ){0,2}(?:report|statement|interview|study|survey|letter|post|email|"
    r"e-mail|briefing|filing|submission|press release)(?: (?:released|published|issued|posted|sent|seen|filed)[^,]{0,50})?"
    r"(?:\s+(?:with|to|on|in|by|for|from)\s+[^,]{1,60})?|"
    r"last (?:week|month|year)|earlier|later|previously|recently|yesterday|today|on \w+(?: \d{1,2})?|"
    r"asked (?:about|whether|if|for|on) [^,]{1,80}|when asked [^,]{1,80}|responding to [^,]{1,80}|"
    r"speaking (?:to|at|on|in|with|by|from|over|via|after|before|during) [^,]{1,80}|"
    r"(?:reached|contacted|interviewed|approached|visited) (?:by|in|at|on|last|this|over) [^,]{1,80}|"
    r"writing (?:in|on|for|from) [^,]{1,80}|in (?:a|an) (?:statement|interview|email|e-mail|press release|post)[^,]{0,60}|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})"
    r"(?: \d{4})?|at the time|for (?:its|their|his|her) part|but|and|yet|so|then),?\s+)+",
    re.IGNORECASE,
)


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


# fronted adjuncts before a speaker phrase: "In Dubai, ", "On Monday, ", "Last year, ", "Back home, "
_FRONTED = re.compile(
    r"^(?:(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Ff]rom|[Aa]cross|[Bb]ack\s+in)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+(?:[A-Z][\w'\u2019.-]*|of|de))*(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)?"
    r"|[Oo]n\s+[A-Z][a-z]+(?:\s+\d{1,2})?|[Ii]n\s+(?:19|20)\d\d|[Ll]ast\s+(?:week|month|year|winter|summer|spring|"
    r"autumn)|[Ee]arlier(?:\s+this\s+\w+)?|[Ll]ater|[Mm]eanwhile|[Tt]oday|[Yy]esterday|[Bb]ack\s+home|"
    r"[Ee]lsewhere|[Ss]eparately|[Tt]here|[Hh]ere|[A-Z][a-z]{3,}ing)\s*,\s+"  # "Prosecuting, Inspector ..."
)
# "a second source, a Korean-Chinese driver who ...": the fuller apposition is the speaker
_COUNTED_SOURCE = re.compile(
    r"^(?:(?:a|another|one)\s+(?:(?:second|third|fourth|fifth|other|further|new|different)\s+)?"
    r"(?:source|witness|informant|interviewee|person|contact)|"
    r"the\s+(?:first|second|third|fourth|fifth|other|last)(?:\s+(?:one|source|person|witness|informant))?)"
    r"\s*,\s+(?=(?:a|an|one)\s)", re.IGNORECASE)  # "The second, a broker in Yanji": the apposition speaks


def _strip_fronted(np: str) -> str:
    """The speaker phrase without fronted adjuncts ("Last winter, a crane operator" -> "a crane operator")."""
    cut = 0
    for _ in range(3):
        f = _FRONTED.match(np[cut:]) or _COUNTED_SOURCE.match(np[cut:])
        if not f or f.end() >= len(np) - cut - 1:
            break
        cut += f.end()
    rest = np[cut:]
    return rest if cut and rest.strip() and classify(rest) is not None else np


@lru_cache(maxsize=1)
def _trailing_adverb_re() -> re.Pattern[str]:
    words = knowledge.load("reporting_verbs.yaml").get("speaker_trailing_adverbs") or []
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:,?\s+(?:{alts or '(?!)'}))+,?\s*$", re.IGNORECASE)


_REL_SPEAKER = re.compile(
    r",?\s+(?:which|whom|that|where|as)\s+(?P<sp>(?:(?:the|a|an|one|our|its|their|his|her|this|two|three|several)\s+)"
    r"[^,;:]{1,60}|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3}|he|she|they|we|it)\s*$")


def _trim_speaker(m: Mention) -> None:
    """A speaker phrase is a noun phrase: without trailing adverbs ("the panel nevertheless")
    and without the head a relative clause hangs on ("The factory, which the source [said]"
    -> "the source": the subject of the relative clause is the one speaking)."""
    w = m.wording
    rel = _REL_SPEAKER.search(w)
    if rel is not None and rel.start() > 0:
        sp = rel.group("sp")
        if sp.lower() in ("he", "she", "they", "we", "it") or classify(sp) is not None:
            m.start += rel.start("sp")
            w = sp
    adv = _trailing_adverb_re().search(w)
    if adv is not None and adv.start() > 0 and w[: adv.start()].strip():
        w = w[: adv.start()]
    w = w.rstrip(" ,")
    m.end = m.start + len(w)
    m.wording = w


def _clean_mention(m: Mention | None) -> Mention | None:
    """Strip fronted adjuncts and counting appositions from the speaker phrase."""
    if m is None:
        return None
    low = m.wording.strip().lower()
    if low in ("they", "we", "us", "them", "you") or re.match(r"^our\s+(?:\w+\s+)?(?:researchers?|team|staff|"
                                                                r"investigators?|monitors?|interviewers?|"
                                                                r"field\s*workers?|research|findings|analysis|"
                                                                r"survey|data|report|investigation|records|files|"
                                                                r"documents|payroll|books|accounts|figures)$", low):
        return None  # "They said", "We found", "Our researchers documented": never a speaker / the report's own voice
    _trim_speaker(m)
    w = m.wording
    cut = 0
    for _ in range(3):
        f = _FRONTED.match(w[cut:]) or _COUNTED_SOURCE.match(w[cut:])
        if not f or f.end() >= len(w) - cut - 1:
            break
        cut += f.end()
    if cut == 0:
        return m
    rest = w[cut:]
    if not rest.strip() or classify(rest) is None:
        return m
    m.wording = rest
    m.start += cut
    return m


def find_mention(sentence_text: str) -> Mention | None:
    """The attribution in one sentence, if it has one."""
    m = _clean_mention(_find_mention(sentence_text))
    if m is None:
        return naming_mention(plain(sentence_text))
    inner = naming_mention(m.wording) if classify(m.wording) in (None, "anonymous_source") else None
    if inner is not None:  # "The man, who gave his name only as Mr. Ryu, arrived ... what he described"
        return Mention(inner.wording, m.start + inner.start, m.start + inner.end, m.cue, m.direct, m.relay)
    return named_by_clause(m, plain(sentence_text))


_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,3})(?:[ \t]*\([^)]{1,60}\))?:[ \t]+(?=\S)")


@lru_cache(maxsize=1)
def _house_labels() -> frozenset[str]:
    data = knowledge.load("reporting_verbs.yaml").get("transcript_house_labels") or []
    return frozenset(str(w).lower() for w in data)


def transcript_label(sentence_text: str) -> tuple[str, int, int, bool] | None:
    """A transcript speaker label opening a line ("REPORTER: ...", "KIM YONG-SU (translated): ..."):
    ``(label, start, end of the label and colon, is the broadcaster's own voice)``."""
    m = _LABEL.match(sentence_text)
    if m is None or m.group("label").lower() in _NOT_SPEAKERS:
        return None
    label = m.group("label")
    return label, m.start("label"), m.end(), label.lower() in _house_labels()


def _find_mention(sentence_text: str) -> Mention | None:
    label = transcript_label(sentence_text)
    if label is not None:
        name, start, end, house = label
        if house:  # "REPORTER: The men we spoke to said ...": the broadcaster's voice, read the rest
            inner = _find_mention(sentence_text[end:])
            if inner is not None:
                inner.start += end
                inner.end += end
            return inner
        wording = name.title()
        kind = classify(wording)
        words = wording.replace("-", " ").split()
        if (kind == "named_person" or kind is None and len(words) >= 2) and len(name.split()) <= 3 \
                and not entities.company_name(wording) and not _place_label(wording):
            return Mention(wording, start, start + len(name), "said", True)  # "LEE MIN-HO: We were ..."
    return _find_body_mention(sentence_text)


def _place_label(label: str) -> bool:
    """"NORTH KOREA: ...", "PRIMORSKY KRAI: ...": a place heading, not a speaker."""
    return any(p.start == 0 and p.end == len(label) for p in places.find(label))


_LEAD_CONJ = re.compile(r"(?:as|but|and|so)\s+", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*(?:not\s+)?to\s")
_SAID_IN = re.compile(r"\b(?:said|says|told|tells)\b", re.IGNORECASE)


def _search_trailing(lex: _Lex, text: str) -> re.Match[str] | None:
    """``lex.trailing_re.search(text)``, faster: any match has its verb (with the space before it)
    where ``trailing_verb_re`` matches, so at or after the first such place; between the delimiter
    and the verb there is no character that the speaker part excludes, so the match starts at most
    one character before the last such character ahead of that first verb place."""
    v = lex.trailing_verb_re.search(text)
    if v is None:
        return None
    end = v.start() + 1
    last = max(text.rfind(c, 0, end) for c in _SP_BREAK)
    return lex.trailing_re.search(text, max(0, last - 1))


_SP_BREAK = (",", "\u201c", "\u201d", '"', "\u2014")  # the characters trailing_re's speaker part excludes


def _find_body_mention(sentence_text: str) -> Mention | None:
    lex = _lex()
    text = plain(sentence_text)
    m = _COLON_SPEAKER.match(text)
    if m and m.group(1).lower() not in _NOT_SPEAKERS and classify(m.group(1)) == "named_person":
        return Mention(m.group(1), m.start(1), m.end(1), "said", True)  # "Kim: We were never paid."
    words = set(_WORD.findall(text.lower()))
    has_verb = not words.isdisjoint(lex.verb_words)
    has_according = "according" in words
    if "words" in words:
        w = IN_WORDS.match(text)
        if w is not None:  # "In his words, and I'm quoting him here, "...": the person just mentioned
            pron = {"his": "he", "her": "she", "their": "they"}[w.group(1).lower()]
            return Mention(pron, w.start(1), w.end(1), "said", True)
    if not (has_verb or has_according):
        if "information" in words or "informed" in words:
            return _informed_mention(text)
        return account_mention(text) if "account" in words else published_by_mention(text)
    for rx in (lex.citing_re, lex.citing2_re) if not words.isdisjoint(("citing", "quoting")) else ():
        m = rx.search(text)
        if m and _plausible(m.group("sp")):
            sp = m.group("sp").strip()
            return Mention(
                sp,
                m.start("sp"),
                m.start("sp") + len(sp),
                _cue(m.group("verb")),
                False,
                relay=m.group("relay").strip(),
            )
    quoted = '"' in text
    if "quoted" in words:
        m = _QUOTED_AS.search(text)
        if m and _plausible(m.group("sp")):
            sp = m.group("sp").strip()
            relay = m.group("relay").strip()
            return Mention(
                sp, m.start("sp"), m.start("sp") + len(sp), "quoted", quoted_text(text), relay=relay
            )
    if not words.isdisjoint(("quotes", "quoted", "cites", "cited")):
        m = QUOTES_WHO.search(text)
        if m and _plausible(m.group("sp")) and classify(m.group("sp")) is not None:
            sp = m.group("sp").strip()  # "The article quotes a former welder who says that ...": the welder
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), quoted,
                           relay=m.group("relay").strip())
    for rx in (lex.trailing_appos_re, lex.trailing_re) if has_verb else ():
        m = rx.search(text) if rx is not lex.trailing_re else _search_trailing(lex, text)
        if m and text[: m.start("sp")].strip() not in ('"', ""):
            sp = m.group("sp").strip()
            lead = _LEAD_CONJ.match(sp)
            if lead:
                sp = sp[lead.end() :]
            verb = m.group("verb").lower()
            if _TO_AFTER.match(text, m.end("verb")) or _SAID_IN.search(sp):
                continue  # "asked to be identified only by ...": not a report; "said the doctors rarely": not a speaker
            doc_ok = verb in lex.verb_speech or classify(sp) in (
                "document",
                "organization",
                "official",
                "outlet",
            )
            if doc_ok and _plausible(sp):
                start = m.start("sp") + (lead.end() if lead else 0)
                return Mention(sp, start, start + len(sp), _cue(verb), quoted)
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
        head_part = _REL_CLAUSE.split(sp, maxsplit=1)[0]
        clean = not _BAD_NP.search(head_part) and not _CLAUSE_WORD.search(head_part)
        if pronoun_ok and len(sp_words) <= 14 and short and clean and _plausible(sp):
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), quoted)
    m = lex.according_re.search(text) if has_according else None
    if m:
        sp = _according_np(m.group("sp"))
        obj = OBJECT_PRONOUNS.get(sp.strip().lower())
        if obj is not None:  # "According to him, ...": the person just quoted
            return Mention(obj, m.start("sp"), m.start("sp") + len(sp.strip()), "according to", False)
        if _plausible(sp):
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "according to", False)
    if has_verb and not text.lstrip().startswith('"'):
        return _start_mention(text) or _relative_mention(text) or _informed_mention(text) or account_mention(text) \
            or spoke_to_mention(text) or published_by_mention(text)
    return account_mention(text) if "account" in words else None


_INFORMED = re.compile(
    r"\b(?:received\s+(?:information|reports?|a\s+report|a\s+letter|a\s+communication|communications|"
    r"testimony|evidence)|(?:was|were|has\s+been|have\s+been)\s+(?:informed|told)|learned|learnt|heard)\s+"
    r"(?:by|from)\s+(?P<sp>(?:a|an|the|one|another|two|three|several|[A-Z])[^,;:\"\u201c\u201d]{1,80}?)\s+that\b")


def _informed_mention(text: str) -> Mention | None:
    """ "The Panel received information from a Member State that ...": the informant speaks."""
    m = _INFORMED.search(text)
    if not m or not _plausible(m.group("sp")):
        return None
    sp = m.group("sp")
    return Mention(sp, m.start("sp"), m.end("sp"), "informed", False)


_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?:had\s+|has\s+|also\s+)?(?P<verb>found|finds|said|says|reported|documented|showed|shows|"
    r"concluded|estimated|noted|stated|revealed|described|recorded|counted|listed|alleged|claimed)\s+(?:that\s+)?")
_DET_START = re.compile(r"(?:^|(?<=\s))(?:an?|the|one|that|this)\s", re.IGNORECASE)


def _relative_mention(text: str) -> Mention | None:
    """ "... echo a 2021 report by the Vostok Centre, which found that ...": the phrase before
    ", which found" speaks the rest of the sentence."""
    m = _RELATIVE.search(text)
    if not m:
        return None
    before = text[: m.start()]
    clause_start = max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1
    for d in _DET_START.finditer(before, clause_start):
        sp = before[d.start():].strip()
        head = re.split(r"\s+(?:by|of|from|in|at|for|on)\s", sp, maxsplit=1)[0]
        if len(head.split()) > 4 or not _plausible(sp):
            continue
        kind = classify(sp)
        if kind in ("document", "organization", "official", "anonymous_source", "named_person", "outlet"):
            start = d.start() + (len(before[d.start():]) - len(before[d.start():].lstrip()))
            return Mention(sp, start, start + len(sp), _cue(m.group("verb")), False)
    return None


_CLAUSE_WORD = re.compile(
    r"\b(?:rarely|never|often|always|seldom|usually|spoke|worked|lived|went|came|saw|kept|took|gave|left|got|made|"
    r"slept|ate|paid|earned|stayed|returned)\b", re.IGNORECASE)


_QUOTED_NAME = re.compile(
    r"^\s*(?:[A-Za-z][\w-]*\s+){0,3}\"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\""
    r"(?:\s*\([^)]{1,40}\))?,?\s*$")
_DOC_PRONOUNS = frozenset({"it"})
_REL_END = re.compile(r"\b(?:who|which|that|whom)$", re.IGNORECASE)
_ORDER_TO = re.compile(r"^(?:\w+\s+){1,3}(?:not\s+)?to\s")


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
        qn = _QUOTED_NAME.match(raw_np)
        if qn is not None and _cue(vm.group("verb")) in ("said", "told", "described", "explain", "recall"):
            start = off + qn.start("name")  # 'Former supervisor "Mrs. Jin" (a pseudonym) told ...'
            return Mention(qn.group("name"), start, start + len(qn.group("name")), _cue(vm.group("verb")), False)
        if '"' in raw_np:
            return None
        np = lex.aux_tail_re.sub("", raw_np).strip().rstrip(",").strip().lstrip("•·*-–— ").strip()
        if _REL_END.search(np) or re.fullmatch(r"(?i:a|an|the|these|those|its|their|his|her|our|some|two|three|"
                                                r"several|many|other|leaked|internal|signed|company|court)", np):
            continue  # "The documents, ... list": "documents" is the noun here, not the verb
        verb = vm.group("verb").lower()
        after = rest[vm.end() :].lstrip().lower()
        if (
            not np
            or after.startswith(("to ", "not to "))
            or _cue(verb) in ("ask", "urge", "warn", "tell")
            and (
                _ORDER_TO.match(after)
                and not after.startswith(("that", "about"))
            )
        ):
            continue  # "asked workers to stay", "told them not to leave": an order, not a report
        kind = classify(np)
        rel = _REL_SPEAKER.search(np)
        if rel is not None and rel.start() > 0 and classify(rel.group("sp")) is not None:
            np, kind = rel.group("sp"), "relative"  # "The plant, which a former worker described as ..."
        doc_ok = verb not in lex.doc_verbs or verb in lex.verb_speech or kind in ("document", "organization", "relative") \
            or np.lower() in _DOC_PRONOUNS
        if not doc_ok and len(np.split()) <= 3 and "," not in np:
            # "This documents conditions that ... identity documents": the first verb is the clause's
            # verb; a later "documents" would make the whole clause the speaker, never a noun phrase
            return None
        aud = vm.group("aud") or ""
        told_ok = _cue(verb) not in ("told", "speak") or bool(aud.strip())
        np = _strip_fronted(np)
        if doc_ok and told_ok and _plausible(np):
            direct = '"' in rest[vm.end() :]
            start = off + rest.index(np)
            return Mention(np, start, start + len(np), _cue(verb), direct)
        head = np.split(",")[0].strip()
        if doc_ok and told_ok and raw_np.rstrip().endswith(",") and head != np and _DET_START.match(head) \
                and classify(head) is not None and _plausible(HEAD_PREP.split(head, maxsplit=1)[0]):
            start = off + rest.index(head)  # "The documents, a set of sheets and an agreement, list ...": the head
            return Mention(head, start, start + len(head), _cue(verb), '"' in rest[vm.end() :])
        tail = clause_tail(np) if told_ok and (doc_ok or verb in lex.verb_speech) and not re.match(
            r"(?:nothing|little|no\b|not\b)", after) else None
        if tail is not None:  # "..., and he said ...", "... after two foremen said ...", "When I asked ..., an officer replied"
            start = off + rest.index(np) + tail[0]
            return Mention(tail[1], start, start + len(tail[1]), _cue(verb), '"' in rest[vm.end() :])
    return None


# ---------------------------------------------------------------- documents


_AUTHOR = re.compile(
    r"(?m)^[ \t*_]*(?:By|Written[ \t]+by|Opinion[ \t]+by|Commentary[ \t]+by|Analysis[ \t]+by|Author:)[ \t]+"
    r"((?:[A-Z][a-z'\u2019-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|van|von|de)){1,3})(?=[ \t]*(?:,|\||$|\u2014|-))")
_FIRST_PERSON = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|so)\s+)I\s+(?:(?:have|had|would|also|still|now|strongly|firmly)\s+)*"
    r"(?:found|find|believe|think|argue|argued|estimate|estimated|saw|see|interviewed|documented|observed|counted|"
    r"concluded|conclude|suspect|understand|learned|learnt|heard|witnessed|spoke|visited|calculate|calculated|"
    r"reviewed|examined|obtained|analysed|analyzed|identified|confirmed|verified|noticed|recorded|met)\b")


def byline_author(text: str) -> str | None:
    """The author named in a byline near the top ("By Elena Marsh, senior fellow")."""
    m = _AUTHOR.search(text[:1500])
    if m is None or classify(m.group(1)) not in ("named_person", None):
        return None
    return m.group(1)


def attribute(
    text: str, sentences: list[Sentence], outlet: str | None
) -> tuple[list[Source], list[Attribution]]:
    """Sources of a document and the attribution of each sentence (same order as ``sentences``)."""
    reg = Registry(outlet=outlet, acronyms=defined_acronyms(text))
    house = house_names(text)
    result: list[Attribution] = [Attribution(OUTLET_KEY) for _ in sentences]
    mentions: list[Mention | None] = []
    for i, s in enumerate(sentences):
        m = find_mention(s.text) if s.kind == "body" else None
        if m is not None and house:
            m = house_turn(s.text, m, house)
        mentions.append(m)
        if i == 0 or sentences[i - 1].paragraph != s.paragraph:
            reg.turn = None  # a transcript turn lasts to the end of its paragraph
        if m is not None and inside_open_quote(sentences, i, m):
            m = None  # '"... The security officer said anyone who ran would be punished."': the quoted speaker's words
            mentions[-1] = None
        if m is not None:
            if reg.turn is not None and m.cue in DOC_ONLY_CUES and classify(m.wording) == "document":
                # "LINDQVIST: The entry statistics show a rise, and ...": the speaker of the turn cites them
                result[i] = Attribution(reg.turn, "said", True, False)
                continue
            src = reg.resolve(m, s.start, text[max(0, s.start - 600) : s.start])
            result[i] = Attribution(src.key, m.cue, m.direct or s.quote is not None, True, (m.start, m.end))
            label = transcript_label(s.text) if reg.turn is None else None
            if label is not None and not label[3] and m.start == label[1] and src.key != OUTLET_KEY:
                reg.turn = src.key  # "VERA HOLM: ... He said ...": "he" is someone else than Holm
    # indirect speech carries on to the rest of its paragraph ("X told us about Y. Y was ..."),
    # and so does a document describing its content ("The agreement states ... Wages are paid ...")
    kinds = {src.key: src.kind for src in reg.sources()}
    persons = {e.source.key: e.person and not e.plural for e in reg.entries}
    for i, s in enumerate(sentences):
        if s.kind != "body" or result[i].explicit or s.quote is not None or i == 0:
            continue
        prev = result[i - 1]
        if (
            sentences[i - 1].paragraph == s.paragraph
            and prev.source != OUTLET_KEY
            and not prev.direct
            and (_FRAMING.search(sentences[i - 1].text) or kinds.get(prev.source) == "document"
                 or _PERSON_SEQUEL.match(s.text) and persons.get(prev.source, False))
            and not (kinds.get(prev.source) == "document" and _FIRST_PERSON_START.match(s.text))
        ):
            # "Kwon said those who missed it were criticised. He kept about $300 a month." continues his account;
            # "Our payments were made by bank transfer" after "The article states ..." is the outlet's own
            result[i] = Attribution(prev.source, prev.cue, False, False)
    # a plain sentence between two reported sentences of one person in a paragraph continues that account
    # ("Ryu says they slept in containers. Work ran past midnight. He described a wage of ...")
    for i in range(1, len(sentences) - 1):
        s = sentences[i]
        before, after = result[i - 1], result[i + 1]
        if (s.kind == "body" and result[i].source == OUTLET_KEY and not result[i].explicit and s.quote is None
                and '"' not in s.text and not _SAID_IN.search(s.text)
                and before.source != OUTLET_KEY and before.source == after.source
                and not before.direct and persons.get(before.source, False)
                and sentences[i - 1].paragraph == s.paragraph == sentences[i + 1].paragraph):
            result[i] = Attribution(before.source, before.cue, False, False)
    # a signed commentary: the named author's first-person findings and views are the author's
    author = byline_author(text)
    if author is not None:
        for i, s in enumerate(sentences):
            if s.kind == "body" and not result[i].explicit and s.quote is None and '"' not in s.text:
                fp = _FIRST_PERSON.search(plain(s.text))
                if fp is not None:
                    src = reg.resolve(Mention(author, 0, 0, "wrote", False), s.start, "")
                    at = fp.start() + fp.group(0).index("I")
                    result[i] = Attribution(src.key, "wrote", False, True, (at, at + 1))
    # a transcript line ("KIM: We were never paid. The leader kept ...") speaks to its end
    line_speaker = False
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if result[i].explicit:
            label = transcript_label(s.text)
            span = result[i].span
            line_speaker = label is not None and not label[3] and result[i].source != OUTLET_KEY and (
                span is None or span[0] == label[1])  # the label itself names the speaker
            continue
        if line_speaker and i > 0 and sentences[i - 1].paragraph == s.paragraph:
            result[i] = Attribution(result[i - 1].source, "said", True, False)
        else:
            line_speaker = False
    # interview answers ("A: ...") belong to the interviewee
    answer_para = -1
    question_paras = _question_paragraphs(sentences)
    label_paras = {s.paragraph for j, s in enumerate(sentences) if (j == 0 or sentences[j - 1].paragraph != s.paragraph)
                   and not _ANSWER.match(s.text) and transcript_label(s.text) is not None}
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if _ANSWER.match(s.text) or (s.paragraph - 1 in question_paras and s.paragraph not in question_paras):
            answer_para = s.paragraph
            if s.paragraph in label_paras:
                answer_para = -1  # "FOSSE: ...": a transcript turn, its label says who speaks
        if s.paragraph == answer_para and not result[i].explicit:
            e = reg._recent(lambda e: e.source.kind == "named_person") or reg._recent(lambda e: e.person)
            if e is not None:
                result[i] = Attribution(e.source.key, "answered", True, False)
            else:  # the interviewee is only introduced as a subject ("Ri Song-il, 44, spent four years ...")
                name = last_name(text[: s.start])
                if name:
                    src = reg.resolve(Mention(name, 0, 0, "answered", True), s.start, "")
                    result[i] = Attribution(src.key, "answered", True, False)
    # carry speakers through quotations and quote-only paragraphs
    last_direct: tuple[int, Attribution] | None = None
    last_explicit: tuple[int, Attribution] | None = None
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if result[i].explicit:
            if result[i].direct:
                last_direct = (s.paragraph, result[i])
            if result[i].source != OUTLET_KEY:
                last_explicit = (s.paragraph, result[i])
            continue
        if s.quote is None:
            continue
        donor = _quote_donor(sentences, result, i)
        intro = introduced_before(sentences, result, i)
        if donor is not None:
            result[i] = Attribution(donor.source, donor.cue, True, False)
        elif intro is not None:
            # 'Nordweld's director, Tomasz K., rejected the allegations. "We employed ..."': the one just named
            result[i] = Attribution(intro.source, intro.cue, True, False)
        elif last_direct is not None and last_direct[0] >= s.paragraph - 1:
            result[i] = Attribution(last_direct[1].source, last_direct[1].cue, True, False)
        elif (
            last_explicit is not None
            and last_explicit[0] == s.paragraph - 1
            and _quote_paragraph(sentences, i)
        ):
            # a paragraph that is all quotation, right after someone was introduced ("Kim described it:")
            result[i] = Attribution(last_explicit[1].source, last_explicit[1].cue, True, False)
        if result[i].source != OUTLET_KEY:
            last_direct = (s.paragraph, result[i])
    return reg.sources(), result





_FRAMING = re.compile(
    r"\b(?:told|tells|spoke|talked|wrote)\b[^.]{0,60}\babout\b|\b(?:described|recounted|recalled|detailed)\b|:\s*$",
    re.IGNORECASE,
)
_PERSON_SEQUEL = re.compile(r"^\s*(?:He|She)\s+(?!said|says|told|added|adds)[a-z]+")
_FIRST_PERSON_START = re.compile(r"^\s*(?:We|Our|I|My|Us)\b")
_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*[:.)-]\s", re.IGNORECASE)


def _question_paragraphs(sentences: list[Sentence]) -> set[int]:
    """Paragraphs that are an interviewer's question: "Q: ...", or a (bold) line of questions only."""
    by_para: dict[int, list[str]] = {}
    for s in sentences:
        by_para.setdefault(s.paragraph, []).append(s.text.strip().strip("*_ \t"))
    out = set()
    for para, texts in by_para.items():
        if re.match(r"^(?:Q|Question)\s*[:.)-]\s", texts[0], re.IGNORECASE) or (
                len(texts) <= 3 and all(t.rstrip("\"\u201d'").endswith("?") for t in texts)):
            out.add(para)
    # a lone question paragraph in running prose is rhetorical; an interview has several
    return out if len(out) >= 2 else set()





def _quote_paragraph(sentences: list[Sentence], i: int) -> bool:
    """Is every sentence of this sentence's paragraph inside a quotation?"""
    para = sentences[i].paragraph
    return all(s.quote is not None for s in sentences if s.paragraph == para)


def _quote_donor(sentences: list[Sentence], result: list[Attribution], i: int) -> Attribution | None:
    """The attributed sentence in the same paragraph that speaks this quoted sentence."""
    s = sentences[i]
    same_quote = [
        j for j in range(len(sentences)) if j != i and sentences[j].quote == s.quote and result[j].explicit
    ]
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
