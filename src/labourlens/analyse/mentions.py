"""Attributions inside one sentence. :func:`find_mention` looks for an attribution in one sentence ("X told
Daily NK", "said X", "according to X", "X, citing Y, reported", "“…,” the source said", "In her words, ...",
'X was blunter: "..."', "LEE: ...", nested reports such as "X told reporters that the agency had said ...").
Resolving the speaker phrases to per-document sources is :mod:`labourlens.analyse.attribution`'s job."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import document_subjects, entities, relay_chains, source_backrefs, source_refs
from labourlens.analyse import mention_shapes as shapes
from labourlens.analyse import speaker_lexicon as gates
from labourlens.analyse.blanked_tags import blanked_tag, party_case
from labourlens.analyse.colon_turns import bare_label, inner_speaker, plural_examples
from labourlens.analyse.free_relatives import FREE_RELATIVES, unless_free_relative, what_described
from labourlens.analyse.fronted_adjuncts import (
    _FRONTED,
    _LEAD_ADVERBIAL,
    _SUBORDINATE,
    fronted_end,
    lead_adverbial_end,
    strip_fronted,
)
from labourlens.analyse.gated import gated
from labourlens.analyse.hedges import plain
from labourlens.analyse.honorific_names import without_honorific
from labourlens.analyse.house_roles import house_voice
from labourlens.analyse.interviewees import house_label, label_person, non_names, opening_mention
from labourlens.analyse.label_brackets import bracket_name
from labourlens.analyse.officer_labels import officer_label
from labourlens.analyse.packed_tags import packed_tag
from labourlens.analyse.page_voice import acts_on_narrator
from labourlens.analyse.paper_names import named_medium, paper_name
from labourlens.analyse.pronoun_clauses import pronoun_clause
from labourlens.analyse.quote_tags import role_word_end
from labourlens.analyse.relative_names import as_inside_clause, cut_relative
from labourlens.analyse.semicolon_clauses import after_semicolon, asked_answer, before_semicolon
from labourlens.analyse.speaker_cues import (
    DET_START,
    HEAD_PREP,
    IN_WORDS,
    QUOTES_WHO,
    account_mention,
    clause_tail,
    informed_mention,
    interview_mention,
    named_by_clause,
    naming_mention,
    published_by_mention,
    relative_mention,
    spoke_to_mention,
    subordinate_subject,
)
from labourlens.analyse.speakers import (
    _BAD_NP,
    _NAME_RE,
    _REL_CLAUSE,
    Mention,
    _cue,
    _Lex,
    _lex,
    _plausible,
    _trim_np,
    classify,
    name_in,
)
from labourlens.analyse.statement_holders import holder_or_self
from labourlens.analyse.subject_repairs import no_contact_relative, subject_repair
from labourlens.analyse.verb_readings import article_participle, doc_verb_ok, finds, verb_not_report
from labourlens.analyse.vocatives import CHAIR_VOCATIVE
from labourlens.analyse.wire_datelines import dateline_end, place_label, topic_heading, topic_place
from labourlens.analyse.words_mentions import words_mention

__all__ = ["find_mention", "transcript_label", "lead_adverbial_end", "strip_fronted"]

_WORD = re.compile(r"[a-z]+")
_QUOTED_AS = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=[,;:!?][\"”]\s))(?P<relay>[^,“”\"]{2,80}?)\s+quoted\s+(?!by\s)(?P<sp>[^,“”\"]{2,120}?)"
    r"(?:(?:,\s+[^“”\"]{2,100}?,)?\s+as\s+(?:saying|telling|stating)|:\s*[\"“])"  # or 'quoted a driver: "..."'
)  # "NK Pro quoted Lee, a former manager, as saying ...": Lee speaks, NK Pro relays (not a passive "quoted by")
# "Yonhap reported that ..., quoting Kim of the Korea Institute": a trailing citing clause names the speaker
_TRAILING_CITING = re.compile(
    r"^(?P<relay>(?-i:[A-Z])[^,“”\"]{1,60}?)\s+(?P<verb>reported|reports|said|says|wrote|writes|added|claimed)\b"
    r"[^“”\"]{4,300}?,\s+(?:citing|quoting)\s+(?P<sp>[^,“”\"]{2,140}?)(?:,\s+[^“”\"]{2,100}?)?\s*[.]?\s*$",
    re.IGNORECASE,
)


_COLON_SPEAKER = re.compile(r"^\s*(?:Q\s?\d{1,4}\.?\s+)?((?:(?:Mr|Mrs|Ms|Dr|Hon)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){0,2})"
                            r"(?:\s\(([A-Z][^()\n]{1,60})\)|\s+[\u2014\u2013-]\s+([A-Z][^:()\n]{1,60}?))?:\s+\S")  # "X (Y): ...", "X — CEO: ..."
_NOT_SPEAKERS = frozenset(  # labels of a page's parts and of an audit's or a report's sections ("Finding: ...")
    "q a re fw fwd question answer note photo image source sources keywords tags update upd editor correction "
    "warning background context read more related video caption credit translation summary reminder notice "
    "disclaimer rules moderator pinned tip tips advertisement sponsored edit edited ps attention breaking "
    "exclusive analysis opinion watch listen live explainer comment commentary interview transcript factbox timeline fact "
    "check updated editorial fees price cost registration venue date location contact email phone finding findings observation "
    "observations methodology evidence recommendation recommendations conclusion charge charges verdict sentence judgment scope "
    "judgement ruling outcome decision defendant plaintiff claim claims rating flash newsflash urgent alert bulletin limitation "
    "first second third fourth fifth sixth firstly secondly thirdly finally lastly received fee dates deadline duration limitations "
    "costs prices salary wage wages hours accommodation requirements eligibility address schedule places seats capacity "
    "shocking revealed horror outrage scandal pictured tomorrow tonight today yesterday meeting".split()  # a tabloid's kickers ("REVEALED: ...")
)  # (and a statement's points in order, "First: ...", a record's field, "Received: ...", a notice's, "Fee: ...")


def _according_np(rest: str, late: bool = False) -> str:
    chunks = [c.strip() for c in rest.split(",")]
    np = chunks[0].rstrip(".;:")
    if len(chunks) > 1:
        nxt = source_refs.apposed_chunk(chunks[1])  # ("Sergei M." keeps its period)
        # an apposition is closed by a comma, or by the sentence's end after the claim ("..., according to X, a
        # labour attaché there."); else "According to X, the men worked ..." is the claim
        closed = len(chunks) > 2 or late and _CLOSED_END.search(rest) is not None
        described = _ARTICLE_START.match(nxt) is not None and len(nxt.split()) <= 12
        if (_NAME_RE.match(nxt) and not name_in(np)) or source_refs.given_name_after(np, nxt) \
                or name_in(np) and closed and (described or shapes.firm_clause(np, nxt)):
            np = f"{np}, {nxt}"  # "According to Mark Vella, who manages the plant, ...": the clause gives the firm
    np = cut_relative(np, _BARE_REL, _NAME_RE)  # "the inspector who led the raid, Ana Ruiz": the inspector, named
    return _WHEN_AFTER.sub("", np)  # "according to workers gathered outside the camp on Sunday": not the day


_CLOSED_END, _ARTICLE_START = re.compile(r"[.!?]['\"\u201d]?\s*$"), re.compile(r"^(?:a|an|the)\s", re.I)
_BARE_REL, _NOTHING = re.compile(r"(?<!,)\s+(?:that|who|which)\s"), re.compile(r"(?:nothing|little|no\b|not\b)")
_OUR_TEAM = re.compile(r"^our\s+(?:\w+\s+)?(?:researchers?|team|staff|investigators?|interviewers?|field\s*workers?|research|"
                       r"findings|analysis|survey|data|report|investigation|records|files|documents|payroll|books|accounts|figures)$")
_WHEN_AFTER = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last\s+(?:week|month|night))$")


@lru_cache(maxsize=1)
def _trailing_adverb_re() -> re.Pattern[str]:
    words = knowledge.load("reporting_verbs.yaml").get("speaker_trailing_adverbs") or []
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:,?\s+(?:{alts or '(?!)'}))+,?\s*$", re.IGNORECASE)


_REL_SPEAKER = re.compile(
    r",?\s+(?:which|whom|(?<!asked\s)(?<!requested\s)that|where|(?<!worked\s)(?<!works\s)(?<!working\s)(?<!employed\s)(?<!hired\s)(?<!served\s)"
    r"(?<!questioned\s)(?<!interviewed\s)(?<!summoned\s)(?<!testifying\s)(?<!self\s)(?<!selves\s)as)\s+"
    r"(?P<sp>(?:(?:the|a|an|one|our|its|their|his|her|this|two|three|several)\s+)[^,;:]{1,60}|[A-Z][\w.'\u2019-]+"
    r"(?:\s+[A-Z][\w.'\u2019-]+){0,3}|he|she|they|we|it|relatives|families|parents|witnesses|residents|survivors|returnees)\s*$")


def _trim_speaker(m: Mention) -> None:
    """A speaker phrase is a noun phrase: without trailing adverbs ("the panel nevertheless")
    and without the head a relative clause hangs on ("The factory, which the source [said]"
    -> "the source": the subject of the relative clause is the one speaking)."""
    w = m.wording
    rel = _REL_SPEAKER.search(w)
    if rel is not None and rel.start() > 0 and not as_inside_clause(w, rel):  # "who came ... as a teenager"
        sp = rel.group("sp")
        if sp.lower() in ("he", "she", "they", "we", "it") or classify(sp) is not None:
            m.start += rel.start("sp")
            w = sp
    adv = _trailing_adverb_re().search(w)
    if adv is not None and w[: adv.start()].strip().lower() not in ("", "the") and not adv.group().lstrip(', ')[:1].isupper():
        w = w[: adv.start()]
    cut, w = shapes.trimmed(w)  # "a claim the company [denies]" -> "the company"; without "who asked not to be named"
    m.start += cut
    m.end = m.start + len(w)
    m.wording = w


def _clean_mention(m: Mention | None) -> Mention | None:
    """Strip fronted adjuncts and counting appositions from the speaker phrase."""
    if (m := gates.colon_trim(m)) is None:  # "Company response: the firm": the phrase after the heading
        return None
    low = m.wording.strip().lower()
    if low in ("they", "we", "us", "them", "you", *FREE_RELATIVES) or _OUR_TEAM.match(low) or source_refs.POSSESSIVE.fullmatch(low):
        return None  # "They said", "We found", "Our researchers documented"; "[The editor's notes ...]": a noun
    if m.cue == "told" and low.startswith(("and the ", "but the ")):
        return None  # (s38) "We got an advance, and the foreman told us ...": the teller's second clause, no attribution
    _trim_speaker(m)
    w = m.wording
    cut = fronted_end(w, ordinal_stays=m.cue != "described")  # "A third person, a driver": the count stays
    if cut == 0:
        return m
    rest = w[cut:]
    if not rest.strip() or classify(rest) is None:
        return m
    m.wording = rest
    m.start += cut
    return m


def find_mention(sentence_text: str, house: frozenset[str] = frozenset()) -> Mention | None:
    """The attribution in one sentence, if it has one. ``house`` holds the names of the broadcaster's own people in
    a transcript (see :func:`house_names`), whose labelled lines are the outlet's voice; "... -- police.": police."""
    if ":" in sentence_text[:40] and topic_heading(sentence_text):
        return None  # (s45) "2. Shidao: interns dismissed after sit-in": an item's heading, its town and topic
    cited = packed_tag(sentence_text) or shapes.cited_mention(sentence_text) or document_subjects.study_mention(  # "Kim
        sentence_text) or party_case(sentence_text)  # (2019) finds", "The prosecution's case was that ..."
    m: Mention | None = None
    if cited is None:
        m = subject_repair(_clean_mention(pronoun_clause(shapes.past_dateline(_find_mention, sentence_text, house), sentence_text)), sentence_text)
    text = plain(sentence_text)
    if cited is not None or m is not None and (shapes.not_a_report(m, text) or source_refs.writes_down(m, text)):
        return cited  # the author; None for "he asked that only his surname be used", "None of them described"
    if m is None:
        return (
            no_contact_relative(shapes.fallback_mention(sentence_text, text))
            or source_refs.latter_former_mention(sentence_text)
            or source_refs.people_mention(sentence_text) or document_subjects.obtained_document(sentence_text)
            or source_backrefs.count_of_group(sentence_text)
            or relay_chains.late_speaker(sentence_text)
            or before_semicolon(sentence_text, find_mention) or asked_answer(sentence_text, find_mention)
            or after_semicolon(sentence_text, find_mention) or shapes.fallback_speaker(sentence_text)
            or blanked_tag(sentence_text, find_mention)  # "An official there said", "one deckhand, 31, said"
        )
    m = shapes.main_clause(m, sentence_text, _find_mention)
    m = source_backrefs.swallowed_verb(source_backrefs.role_before_name(m, sentence_text), sentence_text)
    kind = classify(m.wording)  # "The man, who gave his name only as Mr. Ryu, ...", "The first woman, who asked to be called Dana"
    inner = naming_mention(m.wording) if kind in (None, "anonymous_source", "named_person") else None
    if inner is not None and (inner.start > 0 or kind != "named_person"):
        return Mention(inner.wording, m.start + inner.start, m.start + inner.end, m.cue, m.direct, m.relay)
    m = named_medium(named_by_clause(source_refs.place_clause_speaker(m, sentence_text), text), sentence_text)
    return unless_free_relative(m, shapes.own_press_service(relay_chains.relay_chain(m, sentence_text), sentence_text))


# a transcript speaker label: "WORKER 2:", "KIM, FORMER WORKER:", "[00:12:31] MS. LEE (translated):"
_LABEL = re.compile(
    r"^\s*(?:\[[\d:]{4,8}\] ?)?(?P<br>\[(?=[A-Z]{2}))?"  # a timestamp; a label in brackets: "[NURSE, by phone]:"
    r"[\"\u201c]?"  # a pseudonym in quotation marks: '"HYE-JIN" (interpreted):'
    # the label in capitals, with a title, a number or a letter: "DR. KIM", "LEE MIN-HO", "WORKER 2", "MAN B"
    r"(?P<label>(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Madam)\.?[ \t]+(?=[A-Z]{2}))?"
    r"[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,3}(?:[ \t]+(?:\d{1,2}|[A-Z]\b)|"
    r"[ \t]+(?:OF|FOR)(?:[ \t]+THE)?(?:[ \t]+[A-Z][A-Z'\u2019.-]+){1,4})?)"  # (s34) "MINISTER OF LABOUR ANA RUIZ"
    r"[\"\u201d]?"
    r"(?:,[ \t]+[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,4})?"  # a role after a comma: ", FORMER WORKER"
    # a note in brackets, then the colon: " (translated):", " [via interpreter]:"
    r"(?:[ \t]*[(\[][^)\]]{1,90}[)\]])?(?(br)(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3}(?:,[^\]\[\n:]{1,80})?\]):[ \t]+(?=\S)"
)


@lru_cache(maxsize=1)
def _house_labels() -> frozenset[str]:
    data = knowledge.load("reporting_verbs.yaml").get("transcript_house_labels") or []
    return frozenset(str(w).lower() for w in data)


@lru_cache(maxsize=1024)  # speed: attribution asks about the same sentence several times
def transcript_label(sentence_text: str, house: frozenset[str] = frozenset()) -> tuple[str, int, int, bool] | None:
    """A transcript speaker label opening a line ("REPORTER: ...", "KIM YONG-SU (translated): ..."):
    ``(label, start, end of the label and colon, is the broadcaster's own voice)``."""
    m = (_LABEL.match(sentence_text) if ":" in sentence_text else None) or house_label(sentence_text)  # "Interviewer: [...]"
    if m is None:
        return None
    label = m.group("label")
    if label.lower() in _NOT_SPEAKERS or label[-1:].isdigit() and not label_person(label):
        return None  # "NOTE:", "UPDATE:"; a numbered label that names no person (but "WORKER 2:" does)
    own = label.lower() in _house_labels() or house_voice(label, house)
    return label, m.start("label"), m.end(), own


def _find_mention(sentence_text: str, house: frozenset[str] = frozenset()) -> Mention | None:
    if (opening := opening_mention(sentence_text, _find_mention)) is not None:
        return opening  # "@crane_op_vl: The crew pours concrete ...", 'Said one buyer: "..."'
    label = transcript_label(sentence_text, house)
    if label is not None:
        name, start, end, own = shapes.past_vocative(label, sentence_text)  # "GARZA: Mr. Park, the ..."
        rest = sentence_text[end:]  # "BAEK: The rest, by his account, went to ...": the one whose account it is
        inner = _find_mention(rest) or shapes.fallback_mention(rest, None) or relay_chains.account_inset(rest)
        if inner is not None:
            inner.start, inner.end = inner.start + end, inner.end + end
        if own:  # "REPORTER: The men we spoke to said ...": the broadcaster's voice, read the rest
            return inner
        # "KIM: The contract said", "SANTOS: The agency said": the speaker of the line cites them
        cited = inner is not None and (
            shapes.cited_in_turn(inner, sentence_text)
            or source_backrefs.body_opens_turn(inner.wording, inner.start - end, name)
        )
        if inner is not None and inner.wording.lower() not in ("i", "we", *FREE_RELATIVES) and not cited:
            return inner  # "LEE: The factory pays 3,000 yuan, she said, ...": the one she quotes
        # "BELL: The border statistics show ...": the speaker of the line cites them
        if alias := bracket_name(sentence_text, start + len(name), end, name):  # 'Caller ("Raju", driver, 34):'
            return alias  # "FARMHAND (Ilse Varga, by telephone):", "GUARD (voice of Tomas, 30):": that person
        wording = source_refs.label_wording(name)
        if said_as := label_person(name):  # "RESIDENT: They never come out.": an unnamed person by what they are
            return Mention(said_as, start, start + len(name), "said", True)  # "Taxi driver", "Worker A"
        kind = classify(wording)
        words = wording.replace("-", " ").split()
        if ((kind == "named_person" or kind is None and len(words) >= 2) and len(name.split()) <= 3 or source_refs.label_name(wording, name, kind)
                or officer_label(wording, kind)) and not entities.company_name(wording) and not place_label(wording, sentence_text):
            return Mention(wording, start, start + len(name), "said", True)  # "LEE MIN-HO: We were ..."
    return _find_body_mention(sentence_text)


_LEAD_CONJ = re.compile(r"(?:as|but|and|so)\s+", re.IGNORECASE)
_TO_AFTER = re.compile(r"(?<!wrote)(?<!writes)\s*(?:not\s+)?to\s|"  # (not "wrote to the paper")
                       r"\s+by\s+(?!(?:phone|telephone|email|e-mail|text|video|letter)\b)")  # "asked to", "by officials"
_SAID_IN = re.compile(r"\b(?:said|says|told|tells)\b", re.IGNORECASE)


def _search_trailing(lex: _Lex, text: str) -> re.Match[str] | None:
    """``lex.trailing_re.search(text)``, faster: any match has its verb (with the space before it)
    where ``trailing_verb_re`` matches, so at or after the first such place; between the delimiter
    and the verb there is no character that the speaker part excludes, so the match starts at most
    one character before the last such character ahead of that first verb place."""
    start = gates.trailing_start(text)  # None: no delimiter for the speaker part to follow
    v = lex.trailing_verb_re.search(text, start) if start is not None else None
    if v is None:
        return None
    end = v.start() + 1
    last = max(text.rfind(c, 0, end) for c in _SP_BREAK)
    return lex.trailing_re.search(text, max(0, last - 1))


_BARE_NOUN_VERB = re.compile(r"^(?!(?:the|a|an|one|another|he|she|it|this|that|its|his|her|their|our)\b)[a-z]")
_DET_END = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|this|that|these|those)$", re.IGNORECASE)
_SP_BREAK = (",", "\u201c", "\u201d", '"', "\u2014")  # the characters trailing_re's speaker part excludes


_COLON_QUOTE = re.compile(r':\s*"')
_INTRO_VERB = re.compile(
    r"\s+(?:was|were|is|are|had|has|put|gave|offered|sounded|struck|took|went|summed|described|disagreed|"
    r"objected|countered|differed|sent|wrote|texted|messaged|posted|recorded)\b"
)
# a name in apposition after the subject: "One of them, Firuz, sent us a voice message:"
_NAME_APPOSED = re.compile(r",\s+(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})(?=,\s)")
_THOUSANDS = re.compile(r",\d{3}\b")  # (used in _find_body_mention)


def _colon_mention(text: str) -> Mention | None:
    """ 'A regional official, speaking on background, was more candid: "Everyone knows ...': the subject
    before the colon speaks the quotation after it."""
    m = _COLON_QUOTE.search(text)
    if m is None or '"' in text[: m.start()]:
        return None
    pre = text[: m.start()]
    off = dateline_end(pre)
    lead = _LEAD_ADVERBIAL.match(pre[off:])
    if lead:
        off += lead.end()
    body = pre[off:][(lc.end() if (lc := _LEAD_CONJ.match(pre[off:])) else 0):]  # "But one worker disagreed: ..."
    cut = body.find(",")
    verb = _INTRO_VERB.search(body)
    end = cut if cut > 0 and (verb is None or cut < verb.start()) else (verb.start() if verb else -1)
    if end > 0 and end == cut and (named := _NAME_APPOSED.match(body, cut)) is not None:
        end = named.end()  # the subject with its name
    if end <= 0:
        return bare_label(pre, off)  # (s349) "2/ The first welder: \"...\"": the label alone
    np = body[:end].strip()
    if len(np.split()) > 10 or len(body[end:].split()) > 14 or not _plausible(np):
        return None
    if (kind := classify(np)) is None or plural_examples(np, kind, verb.group(0) if verb and end == verb.start() else ""):
        return None  # (s35) "Delays are far more frequent: ...": examples of a plural noun, no speaker
    start = off + pre[off:].index(np)
    return Mention(np, start, start + len(np), "said", True)


def _find_body_mention(sentence_text: str) -> Mention | None:
    lex = _lex()
    text = plain(sentence_text)
    if "words" in text or " put it" in text or " puts it" in text:
        found = words_mention(text)
        if found is not None:
            return found
        w = IN_WORDS.match(text)
        if w is not None:  # "In his words, and I'm quoting him here, "...": the person just mentioned
            pron = {"his": "he", "her": "she", "their": "they"}[w.group(1).lower()]
            return Mention(pron, w.start(1), w.end(1), "said", True)
    m = _COLON_SPEAKER.match(text) if ":" in text else None
    if m and m.group(1).lower() not in _NOT_SPEAKERS | non_names() and (
            gates.labelled_speaker(m.group(1)) or gates.affiliated_role(m.group(1), m.group(2) or m.group(3))):
        return inner_speaker(text, m.end() - 1, _find_mention) or (  # (s38) "3. Peru: Ica.": a place heads an item
            None if topic_place(m.group(1), text[m.end(1):]) else Mention(m.group(1), m.start(1), m.end(1), "said", True))
    words = set(_WORD.findall(text.lower()))
    has_verb = not words.isdisjoint(lex.verb_words) or "quoted" in words  # "X quoted Y: ..." (diag262)
    has_according = "according" in words
    if not (has_verb or has_according):
        if "information" in words or "informed" in words:
            return informed_mention(text)
        colon = _colon_mention(text) if ':' in text and '"' in text else None
        if colon is not None:
            return colon
        return account_mention(text) if "account" in words else published_by_mention(text)
    for rx in (lex.citing_re, lex.citing2_re, lex.citing3_re) if not words.isdisjoint(("citing", "quoting")) else ():
        m = rx.search(text)
        if m and _plausible(m.group("sp")):
            sp, relay = m.group("sp").strip(), m.group("relay").strip()
            if rx is lex.citing2_re and relay_chains.cites_content(sp, relay):  # "citing figures ... that 41 died"
                return Mention(relay, m.start("relay"), m.start("relay") + len(relay), _cue(m.group("verb")), False)
            sp, at = relay_chains.given_by(sp, m.start("sp"))  # "citing a briefing from the ministry": the ministry
            return Mention(sp, at, at + len(sp), _cue(m.group("verb")), False, relay=relay)
    interviewed = interview_mention(text)
    if interviewed is not None:
        return interviewed
    if not words.isdisjoint(("citing", "quoting")):
        m = _TRAILING_CITING.search(text)
        if m and _plausible(m.group("sp")) and classify(m.group("sp").strip()) is not None:
            sp, relay = m.group("sp").strip(), m.group("relay").strip()
            if relay_chains.cites_content(sp, relay):  # "..., a senator said, citing figures ... that 30 died"
                return Mention(relay, m.start("relay"), m.start("relay") + len(relay), _cue(m.group("verb")), False)
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), False, relay=relay)
    quoted = '"' in text
    if "quoted" in words:
        m = shapes.QUOTED_BY.search(text) or _QUOTED_AS.search(text)  # "Kim was quoted by Y as saying"
        if m and _plausible(m.group("sp")):
            sp = m.group("sp").strip()
            relay = m.group("relay").strip()
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "quoted", '"' in text, relay=relay)
    if not words.isdisjoint(("quotes", "quoted", "cites", "cited")):
        m = QUOTES_WHO.search(text)
        if m and _plausible(m.group("sp")) and classify(m.group("sp")) is not None:
            sp = m.group("sp").strip()  # "The article quotes a former welder who says that ...": the welder
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), quoted, relay=m.group("relay").strip())
    appos_ok = text.count(",") >= 2 and not words.isdisjoint(gates.speech_first_words())  # speed: what it needs
    for rx in ((lex.trailing_appos_re,) if appos_ok else ()) + (lex.trailing_re,) if has_verb else ():
        m = rx.search(text, max(0, gates.last_inner_quote(text) - 1)) if rx is not lex.trailing_re \
            else _search_trailing(lex, text)
        if m and shapes.LEAD_SYMBOLS.sub("", text[: m.start("sp")]).strip() not in ('"', ""):  # "- X told": X opens it
            sp = m.group("sp").strip()
            lead = _LEAD_CONJ.match(sp)
            if lead:
                sp = sp[lead.end() :]
            if (lead and lead.group(0)[:2].lower() == "as" or shapes.opens_with_body(text, sp)) and (subject := _start_mention(text)):
                return subject  # "Ruiz told us they earn 900 euros, as the payslips show": Ruiz, citing them (or a body's reply)
            verb = m.group("verb").lower()
            # "to get on the list": after a determiner the "verb" is a noun; "..., one woman who complained":
            # a relative clause; "anyone's documents": a noun (a determiner or pronoun is 6 characters at most)
            tail_at = max(0, len(sp) - 6)
            possessive = verb.endswith("s") and sp[-2:] in ("'s", "\u2019s")
            if _DET_END.search(sp, tail_at) or _REL_END.search(sp, tail_at) or possessive or shapes.PASSIVE_END.search(sp):
                continue  # (s339: "..., that a guard was posted at the gate": a passive, no report)
            if _BARE_NOUN_VERB.match(sp) and verb.endswith("s"):
                continue  # 'rejected as "a smear" recent Western media reports about ...': "reports" is a noun
            if _THOUSANDS.match(text, m.start("sp") - 1) and text[m.start("sp") - 2:m.start("sp") - 1].isdigit():
                continue  # "a fee of Rs 25,000 from each family and told ...": a number's thousands, no speaker
            if _TO_AFTER.match(text, m.end("verb")) or _SAID_IN.search(sp) \
                    or verb_not_report(m.group("verb"), sp, text[m.end("verb"):].lstrip().lower()):
                continue  # "asked to be identified only by ...": not a report; "said the doctors rarely": not a speaker
            sp = without_honorific(sp)  # "Gulnara eje says": Gulnara
            doc_ok = verb in lex.verb_speech or classify(sp) in ("document", "organization", "official", "outlet")
            if doc_ok and _plausible(sp):
                start = m.start("sp") + (lead.end() if lead else 0)
                return Mention(sp, start, start + len(sp), _cue(verb), quoted)
    m = lex.middle_re.search(text) if has_verb and "," in text and not words.isdisjoint(gates.MIDDLE_WORDS) else None
    if m and m.start() > 0:
        sp = m.group("sp").strip()
        if _plausible(sp) and classify(sp) is not None or sp.lower() in ("he", "she", "they", "it"):
            return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), quoted)
    m = lex.inverted_re.search(text, max(0, gates.last_inner_quote(text) - 1)) \
        if has_verb and not words.isdisjoint(gates.INVERTED_WORDS) else None
    if m:
        subject = _start_mention(text)  # "Baek, a logger, said the guards beat us": Baek, not "the guards ..."
        if subject is not None and not text[subject.end:m.start("verb")].strip(" ,") \
                and shapes.apposed_subject(subject.wording) and subject.wording[:1] != '"':
            return subject  # (no apposition: "Pay never came, said Ruiz": the clause is what was said)
        sp = _trim_np(m.group("sp"))
        sp_words = sp.split() or [""]
        pronoun_ok = sp_words[0].lower() not in ("he", "she", "they", "that") or len(sp_words) == 1  # (s357) not "that X"
        parts = source_refs.AND_PEOPLE.split(sp)  # "residents of X and a former manager at Y"
        short = max(shapes.head_words(part) for part in parts) <= 6
        head_part = _REL_CLAUSE.split(sp, maxsplit=1)[0]
        clean = not _BAD_NP.found(head_part) and not _CLAUSE_WORD.search(head_part)
        cut_number = sp[-1:].isdigit() and _THOUSANDS.match(text[m.start("sp") + len(sp):]) is not None
        if pronoun_ok and len(sp_words) <= 14 and short and clean and not cut_number and _plausible(sp):
            name_at = role_word_end(sp)  # '..., " said shopkeeper Olga Ivanova': the person, by name
            return Mention(sp[name_at:], m.start("sp") + name_at, m.start("sp") + len(sp), _cue(m.group("verb")), quoted)
    m = lex.according_re.search(text) if has_according else None
    if m and text.count('"', 0, m.start()) % 2 == 0 and not shapes.manner_according(text, m.start(), m.group("sp")):
        sp = holder_or_self(document_subjects.trim_long_document(_according_np(m.group("sp"), text[:m.start()].strip() != "")))
        obj = shapes.object_pronoun(sp)
        if obj is not None:  # "According to him, ...": the person just quoted
            return Mention(obj, m.start("sp"), m.start("sp") + len(sp.strip()), "according to", False)
        if (given := source_refs.provided_by(sp)) is not None:  # "information provided to the Team by a Member State"
            return Mention(given[0], m.start("sp") + given[1], m.start("sp") + given[1] + len(given[0]), "according to", False)
        if _plausible(sp):  # "According to the lawmaker, the NIS estimated ...": the NIS, the lawmaker relaying
            sp_end = m.start("sp") + len(sp)
            return source_refs.according_citing(text, sp_end, sp) or shapes.according_inner(text, sp_end, sp) \
                or Mention(sp, m.start("sp"), sp_end, "according to", False)
    if has_verb and not text.lstrip().startswith('"'):
        found = _start_mention(text) or relative_mention(text) or informed_mention(text) \
            or account_mention(text) or spoke_to_mention(text) or published_by_mention(text)
        if found is not None:
            return found
    colon = _colon_mention(text) if ':' in text and '"' in text else None
    if colon is not None:
        return colon
    return account_mention(text) if "account" in words else None


_CLAUSE_WORD = re.compile(r"\b(?:rarely|never|often|always|seldom|usually|spoke|worked|lived|went|came|saw|kept|took|"
                          r"gave|left|got|made|slept|ate|paid|earned|stayed|returned)\b", re.IGNORECASE)
_GLUED_SENTENCE = re.compile(r"[.!?](?:\[\d+\])+\s+(?=[A-Z])|\b(?:[a-z]{3,}|\d+)[.!?]\s+(?=[A-Z][a-z]+\s)")
# "X told reporters that the agency had said ...": the innermost source speaks (X relays it)
_INNER_REPORT = re.compile(
    r"\s*(?:(?:after|in|at|on|during)\s+[^,;:\"]{1,60}?\s+)?(?:that\s+)?(?P<sp>(?:the|a|an|its|his|her|their|one|"
    r"(?-i:[A-Z]))[^,;:\"]{1,80}?)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    r"(?P<verb>said|reported|estimated|described|confirmed|assessed|stated|noted|told(?=\s+(?:her|him|them|me|us)\s+"
    r"(?:that|about)\b))\b(?!\s+(?:by|to|as|above|below|earlier)\b|\s+(?:in|under)\s+(?:point|paragraph|para|section|item|clause|"
    r"part|annex|appendix|footnote)\b)", re.IGNORECASE)  # (s46) "said the safe described in point 2 ...": a participle
_INNER_GATE = re.compile(r" (?:said|reported|estimated|described|confirmed|assessed|stated|noted|told) ")
# a person relayed by the speaker ("The source said one of the returnees told her that ..."): the innermost speaks
_RELAYED_PERSON = re.compile(r"(?i)^(?:one|some|two|three|several|many|most)\s+of\s+(?:the|them|those)\b|^(?:a|an)\s")
_IN_WHICH = re.compile(r"(?P<doc>\b(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+in\s+which\s+")
_SHORT_QUOTED = re.compile(r'^[^"]*"[^"\s]+(?:\s[^"\s]+){0,3}"[^"]*$')  # 'Former supervisor "Mrs. Jin" (a pseudonym)'
# "member states were required", "reports have shown": the "verb" is a noun before the real verb
_NOUN_AFTER = re.compile(r"(?:was|were|are|is|have|had|has|will|would|can|could|must|should|may|might|do|did)\b|(?:filed|kept|held|"
                         r"seen|obtained|provided|submitted|issued|reviewed|compiled|maintained)\s+by\b")  # "records filed by"
_DESCRIBED_BY = re.compile(r"described\s+by\s+(?:the|a|an|his|her|their|its|[A-Z])")  # (s366) "the cook described by the MP"
_DESCRIBED_AS = re.compile(r"as\s+(?:a|an)\s+[^,\"]{2,120},\s+(?:[a-z]+\s+){0,2}(?:said|says|told|tells|added|adds)\b")
_REL_END = re.compile(r"\b(?:who|which|that|whom)$", re.IGNORECASE)
_QA_LABEL = re.compile(r"\s*(?:A|Q|Answer|Question|UPDATE|Update|UPDATED|Updated|Correction|CORRECTION|Editor's note)\s*:\s+")
_QUOTED_NAME = gated(
    r"^\s*(?:[A-Za-z][\w-]*\s+){0,3}\"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\""
    r"(?:\s*\([^)]{1,40}\))?,?\s*$")
_BARE_DET = re.compile(r"(?i:a|an|the|these|those|its|their|his|her|our|some|two|three|several|many|other|leaked|"
                       r"internal|signed|company|court)")
_ORDER_TO = re.compile(r"^(?:\w+\s+){1,3}(?:not\s+)?to\s")


def _start_mention(text: str) -> Mention | None:
    """ "X said (that) ...", "X told OUTLET ...": the speaker opens the sentence."""
    lex = _lex()
    off = dateline_end(text)
    # (s46) or a turn's address to the chair: "Ms X: Hon. Speaker, the same constituent says ..."
    qa = _QA_LABEL.match(text, off) or (CHAIR_VOCATIVE.match(text, off) if "Speaker," in text or "Chair" in text else None)
    if qa:  # "A: The manager said ...": an interview answer's label is not part of the speaker
        off = qa.end()
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
        if '"' in raw_np and not _SHORT_QUOTED.search(raw_np) or " and" in raw_np and acts_on_narrator(raw_np):
            return None  # "Company took my passport when I arrived and says ...": the one it was done to tells it
        np = shapes.LEAD_SYMBOLS.sub("", lex.aux_tail_re.sub("", raw_np).strip().rstrip(",").strip()).strip()  # "• ", "🧵 "
        # "Several said": people; "One woman was denied treatment": a passive, not a report
        if _REL_END.search(np, max(0, len(np) - 6)) \
                or _BARE_DET.fullmatch(np) and not shapes.COUNT_SAID.match(rest) or what_described(np, rest[vm.start("verb"):]) \
                or shapes.PASSIVE_END.search(raw_np) or _DESCRIBED_BY.match(rest, vm.start()) and raw_np.rstrip()[-1:] != ",":
            continue  # "The documents, ... list": a noun, not the verb; (s366) "the woman described by X": a participle
        glued = _GLUED_SENTENCE.search(np) if ". " in np or "] " in np else None
        if glued is not None:  # "... in 2019.[15] Most of those interviewed said": two sentences glued
            np = np[glued.end():]
        in_which = _IN_WHICH.search(np) if " which " in np else None
        if in_which is not None and classify(in_which.group("doc")) == "document":
            np = in_which.group("doc")  # "a 2022 advisory in which three agencies warned": the advisory speaks
        verb = vm.group("verb").lower()
        after = rest[vm.end() :].lstrip().lower()
        if (_NOUN_AFTER.match(after) or shapes.NAMING_VERB.match(rest, vm.start("verb")) or verb_not_report(vm.group("verb"), np, after)) \
                and (not vm.group("aud") or after.startswith(("self ", "selves "))) or article_participle(vm.group("verb"), np):
            continue  # "identified only as Hyun", "identified himself as a supervisor": a name or a role, not a report
        if (verb not in lex.verb_speech or _DESCRIBED_AS.match(after)) and verb.endswith("ed") and raw_np.rstrip().endswith(",") \
                and not finds(verb, after):
            continue  # "One worker, identified only as ..., told ...", "X, described as a trader, said": an apposition
        if "," not in np and _SUBORDINATE.match(np) and not _FRONTED.match(np + ", ") and not subordinate_subject(np, True):
            continue  # "Although Angola announced ...": a subordinate clause, its subject is not the speaker
        if (
            not np
            or after.startswith(("to ", "not to ")) and not source_refs.said_to(verb, after)  # "said to us that"
            or _cue(verb) in ("ask", "urge", "warn", "tell")
            and (_ORDER_TO.match(after) and not after.startswith(("that", "about")))
        ):
            continue  # "asked workers to stay", "told them not to leave": an order, not a report
        rel = _REL_SPEAKER.search(np)  # the kind of "In Muscat, a payroll sheet ... lists": the sheet's (read only where asked: speed)
        kind, read = (classify(strip_fronted(np)) if (known := rel is not None and rel.start() > 0 and _cue(verb) == "show") else None), np
        if known and kind == "document" and rel is not None:
            np, rel = np[: rel.start()].rstrip(" ,"), None  # "Her contract, which she showed the paper, lists": the contract
        if rel is not None and rel.start() > 0 and classify(rel.group("sp")) is not None and not as_inside_clause(np, rel):
            np, kind, known = rel.group("sp"), "relative", True  # "The plant, which a former worker described as ..."
        doc_ok = doc_verb_ok(lex, verb, after, np, kind if known else lambda: classify(strip_fronted(read)))  # noqa: B023 (called in it)
        if not doc_ok and len(np.split()) <= 3 and "," not in np and not document_subjects.noun_not_verb(np, verb):
            # "This documents conditions ... identity documents": the first verb is the clause's (never a noun phrase)
            return None
        aud = vm.group("aud") or ""
        told_ok = _cue(verb) not in ("told", "speak") or bool(aud.strip()) or source_refs.said_to(verb, after)
        np = strip_fronted(np)
        if doc_ok and told_ok and (_plausible(np) or paper_name(np)) and not subordinate_subject(np):  # "Diario do Sul"
            direct = '"' in rest[vm.end() :]
            start = off + rest.index(np)
            cue = _cue(verb)
            if cue in ("said", "told", "add") and _INNER_GATE.search(rest, vm.end()) is not None:
                inner = _INNER_REPORT.match(rest, vm.end())
                inner_kind = classify(inner.group("sp")) if inner is not None else None
                told = inner is not None and inner.group("verb").lower().startswith("told")
                if inner is not None and (inner_kind in ("official", "document") and not told or told and inner_kind
                                          == "anonymous_source" and _RELAYED_PERSON.match(inner.group("sp"))) \
                        and _plausible(inner.group("sp")) and not rest.startswith((" if ", " that if "), inner.end()):
                    sp = inner.group("sp")
                    return Mention(sp, off + inner.start("sp"), off + inner.end("sp"), _cue(inner.group("verb")),
                                   direct, relay=np)
            return Mention(np, start, start + len(np), cue, direct)
        head = np.split(",")[0].strip()
        if doc_ok and told_ok and raw_np.rstrip().endswith(",") and head != np and DET_START.match(head) \
                and classify(head) is not None and _plausible(HEAD_PREP.split(head, maxsplit=1)[0]):
            start = off + rest.index(head)  # "The documents, a set of sheets and an agreement, list ...": the head
            return Mention(head, start, start + len(head), _cue(verb), '"' in rest[vm.end() :])
        tail = clause_tail(np) if told_ok and (doc_ok or verb in lex.verb_speech) and not _NOTHING.match(after) else None
        if tail is not None:  # "..., and he said ...", "When I asked ..., an officer replied": the last clause's subject
            start = off + rest.index(np) + tail[0]
            return Mention(tail[1], start, start + len(tail[1]), _cue(verb), '"' in rest[vm.end() :])
    return None
