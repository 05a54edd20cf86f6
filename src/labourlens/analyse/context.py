"""Document-level gate (extractor ``context.v1``): is this document about labour
exploitation, or about workers abroad / migrant or dispatched workers at all?

Reports that describe no forced labour (a football squad that "trained twice a day", a
shipyard hiring welders on "three eight-hour shifts", trade statistics, the weather)
must yield no claims. Words such as "workers", "salary", "shifts" or "team" are not
enough: the document needs a domain term (``domain`` in ``knowledge/indicators.yaml``
plus the overseas-labour phrases below), or indicator evidence that does not rest on a
single cue."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import captive_work, indicators, sent_to_factories
from labourlens.analyse.body_name_spans import any_body_word, in_body_name
from labourlens.analyse.contraband import goods_trafficked
from labourlens.analyse.denied_coercion import denies_coercion
from labourlens.analyse.dispute_terms import names_something_else
from labourlens.analyse.event_cues import event_with_stray_cue
from labourlens.analyse.event_reports import event_report
from labourlens.analyse.fact_checks import debunked_media
from labourlens.analyse.fee_free_hiring import no_fee_promised
from labourlens.analyse.gated import Folded
from labourlens.analyse.listing_adverts import course_advert, job_advert, listing_advert
from labourlens.analyse.policy_pages import policy_page
from labourlens.analyse.punitive_fines import punitive_fines
from labourlens.analyse.rate_notes import rate_note
from labourlens.analyse.rebutted_findings import rebuts_forced_labour
from labourlens.analyse.regulation_figures import states_rule
from labourlens.analyse.results_notes import results_release
from labourlens.analyse.rule_notices import member_notice, rule_announcement, rule_notice
from labourlens.analyse.rules_explainer import rules_explainer
from labourlens.analyse.sent_to_factories import sends_people_to_work
from labourlens.analyse.speakers import word_alternation
from labourlens.analyse.state_notices import service_notice
from labourlens.analyse.workers_from_abroad import workers_from_abroad
from labourlens.model import IndicatorHit, Sentence

__all__ = ["EXTRACTOR", "forced_labour_context", "domain_terms", "offer_or_results"]

EXTRACTOR = "context.v1"

# besides the lexicon's domain list: phrasings of overseas / migrant labour and of coercion
_EXTRA = (
    "north korea", "pyongyang", "labour migrants", "labor migrants", "migrant labourers", "migrant laborers",
    "foreign labour", "foreign labor", "foreign labourers", "foreign laborers", "overseas labour", "overseas labor",
    "labour-service", "labor-service", "dispatch of workers", "sent to work abroad", "recruitment fee",
    "recruitment fees", "debt bondage", "bonded", "confiscated passports", "passports confiscated",
    "passports were confiscated", "passports were taken", "held their passports", "withheld wages",
    "wages were withheld", "unpaid wages", "wage theft", "human trafficking", "labour trafficking",
    "labor trafficking", "exploitation", "exploited", "sweatshop", "forced to work", "made to work",
    "work permits", "work permit", "visa sponsor", "sponsorship system", "loyalty fund", "loyalty funds",
    "plan contribution", "state plan", "minder", "minders", "defector", "defectors", "escaped",
    "migrant", "migrants", "guest-worker", "posted workers", "agency workers", "contract labour",
    "contract labor", "seasonal workers", "undocumented", "trainee visa", "student visa", "trainees",
)
_COUNTER = Folded(
    r"\b(?:voluntary|free to join|trade union|paid at \d+ ?(?:%|percent)|starting salary|eight-hour|8-hour|"
    r"above the (?:regional )?minimum wage)\b", re.IGNORECASE)


_FOREIGN_CREW = re.compile(
    r"\b(?:foreign|overseas|imported|expatriate|[A-Z][a-z]+(?:ese|ian|ean|an|i|ish|ch|ek|ik|zi))\s+"
    r"(?:workers|labou?rers|builders|welders|loggers|seamstresses|waitresses|crews|fishermen|seafarers|"
    r"cooks|maids|nannies|domestic workers|construction workers|farmhands|miners|staff|"
    r"(?:women|men|girls)(?!['\u2019]s))\b|\bforeign\s+(?:citizens|nationals)\b")  # "thirty Nepali women at a knitting mill",
# not "Korean women's team"; "17 foreign citizens were performing work without contracts": an official release's workers


@lru_cache(maxsize=1)
def _domain_re() -> Folded:
    _, domain = indicators.topic_terms()
    alts = word_alternation(list(set(domain) | set(_EXTRA))).replace(r"\s+", r"[\s-]+")
    return Folded(rf"\b(?:{alts})\b", re.IGNORECASE)


# domain terms that only say the story is about North Koreans, not about their labour
_NATIONALITY_ONLY = {"north korea", "north korean", "north koreans", "dprk", "pyongyang", "n. korea", "n. korean"}
# of those, the ones that name the country as a place, not its people ("a park near the bridge to North Korea")
_COUNTRY_ONLY = {"north korea", "pyongyang", "n. korea"}
_LABOUR_WORDS = Folded(r"\b(?:workers?|labou?rers?|wages?|salar(?:y|ies)|passports?|forced to work|employ\w*)\b",
                       re.IGNORECASE)


_LAW_WORDS = Folded(r"\b(?:resolutions?|sanctions?|regulations?|penalt(?:y|ies)|offen[cs]es?|jurisdictions?|"
                    r"statutes?|legislation|criminal code|prosecutors?)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _worker_people() -> Folded:
    """The people a claim can be about (``worker_people`` in indicators.yaml), but "nationals", which law
    texts use of everybody."""
    people = [str(w).lower() for w in knowledge.load("indicators.yaml").get("worker_people", []) if str(w) != "nationals"]
    return Folded(rf"\b(?:{word_alternation(people)})\b", re.IGNORECASE)


def _law_only(body_text: str) -> bool:
    """A text in the vocabulary of law and sanctions that names no worker, wage or passport at all."""
    return _LAW_WORDS.found(body_text) and not _LABOUR_WORDS.found(body_text) and not (
        _worker_people().found(body_text))


@lru_cache(maxsize=1)
def _off_domain() -> tuple[Folded | None, int]:
    """Sport vocabulary from ``off_domain`` in ``knowledge/indicators.yaml``, and how many
    distinct terms make a document a sports report."""
    data = knowledge.load("indicators.yaml").get("off_domain") or {}
    terms = [str(t) for t in data.get("sport") or []]
    if not terms:
        return None, 0
    alts = word_alternation(terms).replace(r"\s+", r"[\s-]+")
    return Folded(rf"\b(?:{alts})\b", re.IGNORECASE), int(data.get("min_terms", 3))


@lru_cache(maxsize=1)
def _crowd_min_terms() -> int:
    data = knowledge.load("indicators.yaml").get("off_domain") or {}
    return int(data.get("min_terms_with_workers", 6))


def _workers_watch(body_text: str, kinds: set[str]) -> bool:
    """Workers in the stands or on a works team: a match report rich in sport terms, with no domain term
    and at most one kind of cue about workers (``min_terms_with_workers`` in ``off_domain``)."""
    pattern, _ = _off_domain()
    return pattern is not None and len(kinds) < 2 and len(set(pattern.terms(body_text))) >= _crowd_min_terms()


def _sports_report(body_text: str) -> bool:
    """Many distinct sport terms and no word about labour: a match report, a medal table."""
    pattern, min_terms = _off_domain()
    if pattern is None:
        return False
    # the three conditions are independent; the cheapest and most often decisive one first (a report
    # about workers names them early), the scan for sport terms last
    if _LABOUR_WORDS.found(body_text):
        return False
    if any(term not in _NATIONALITY_ONLY for term in _domain_re().terms(body_text)):
        return False
    sport = set(pattern.terms(body_text))
    return len(sport) >= min_terms


def domain_terms(text: str) -> list[str]:
    """The domain terms found in ``text`` (lower case, in text order)."""
    return _domain_re().terms(text)


_NONE_RECORDED = Folded(r"\b(?:no|zero|not a single)\s+(?:(?:new|confirmed|reported|suspected)\s+)?(?:cases?|instances?|"
                        r"incidents?|victims?)\b", re.IGNORECASE)
# the pay of a board or its executives ("fees paid to the Board", "the Chief Executive Officer's fixed salary")
# is no worker's: such sentences are no anchor for a cue
_EXECUTIVES = Folded(r"\b(?:the board|board members?|directors'? fees|chief executive(?: officer)?|ceo|shareholders?|"
                     r"non-executive|executive directors?|remuneration committee|supervisory board)\b", re.IGNORECASE)


_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")


# (s38) the adjective before a word of land names the country as a place, not its people ("the North Korean villages
# across the river", "the North Korean hills"): read as the country's name
_LAND_AFTER = re.compile(r"[\s-]+(?:villages?|towns?|hamlets?|hills?|mountains?|shores?|banks?|coast(?:line)?|"
                         r"countryside|farmland|fields|territory|riverbank)\b", re.IGNORECASE)
_OF_THE_LAND = {"north korean": "north korea", "n. korean": "n. korea"}


def _subject_terms(body_text: str) -> list[str]:
    """The domain terms of the body text, but those that only stand in a body's proper name."""
    # (speed: one scan, of the lower-cased text as Folded.terms does, not a second, case-blind one for the names)
    spans = _domain_re().spans(body_text)
    named = bool(spans) and any_body_word(body_text)
    terms = []
    for s, e in spans:
        if named and in_body_name(body_text, s, e):
            continue
        term = body_text[s:e].lower()
        if term in _OF_THE_LAND and _LAND_AFTER.match(body_text, e):
            term = _OF_THE_LAND[term]
        terms.append(term)
    return terms


def offer_or_results(text: str, body_texts: list[str]) -> bool:
    """Is the page a job advert or a firm's results release, which tell of nothing done to anyone (their assurances
    that no fee is charged and no passport kept answer no report either)?"""
    return job_advert(text, body_texts) or results_release(text, body_texts)


def forced_labour_context(text: str, sentences: list[Sentence],
                          hits: Iterable[Iterable[IndicatorHit]] | None = None) -> bool:
    """Is the document about labour exploitation or overseas / migrant workers at all?

    ``hits`` are the indicator hits per body sentence when the caller has them already, with offsets
    in the document (they are computed here otherwise)."""
    body = [s for s in sentences if s.kind == "body"] or sentences
    body_texts = [s.text for s in body]
    body_text = " ".join(body_texts) if body else text
    if _sports_report(body_text) or rules_explainer(text, body_texts) or member_notice(text, body_texts) \
            or listing_advert(text, body_texts) or job_advert(text, body_texts) or rule_announcement(text, body_texts) \
            or course_advert(text, body_texts) or rate_note(text, body_texts) \
            or debunked_media(text) or service_notice(text, body_texts) or policy_page(text, body_texts) \
            or results_release(text, body_texts):
        return False  # a match report; an explainer of labour rules, a notice to members, an advert: no events told
    # "no cases of forced labour were recorded": a figure of none is not what the report is about, nor is a hiring
    # notice's "candidates pay no recruitment fee"
    terms = set(_subject_terms(" ".join(s.text for s in body if not _NONE_RECORDED.found(s.text)
                                        and not no_fee_promised(s.text)) if body else text))
    if not terms and any(sends_people_to_work(s.text) for s in body):  # "send 30 youths to plants in ..." (a transfer)
        terms = {sent_to_factories.DOMAIN_TERM}
    if not terms and captive_work.tells_captive_work(body_texts):  # "they took ten of us to dig"
        terms = {captive_work.DOMAIN_TERM}
    if goods_trafficked(terms, body_text):  # "smuggling heroin ... use the port for trafficking": goods, not people
        terms = set()
    if terms and terms <= _COUNTRY_ONLY and not any(  # the country named only as a place (a trade story near the border),
            _labour_anchor().found(s.text) and _domain_re().found(s.text) for s in body):  # no sentence of its workers:
        terms = set()  # read as a text with no domain term, where cues about workers decide
    law_only = terms <= _NATIONALITY_ONLY and _law_only(body_text)
    per_sentence: list[list[IndicatorHit]] | None = None if hits is None else [list(h) for h in hits]
    if per_sentence is not None and event_with_stray_cue(body_text, per_sentence, text):
        return False  # a jobs fair or a festival with one visitor's aside that reads as a cue
    if not terms and rebuts_forced_labour(s.text for s in body):
        return True  # "no case of forced labour was found ... rejects the claims of a recent report": an answer to one
    if terms and not _only_weak(terms) and not law_only and not terms <= _NATIONALITY_ONLY:
        # workers sent abroad counted in a statistics release, no North Korean named and no cue of abuse anywhere:
        # figures, not a report of forced labour
        if terms & _NATIONALITY_ONLY:
            return True
        if per_sentence is None:
            per_sentence = [indicators.match(s.text, s.start).hits for s in body]
        if any(per_sentence):
            return True
        # no cue anywhere: figures alone, or workers who only play or watch (a league of a labour camp's teams)
        # (a festival in a migrants' town, a jobs fair with a stand against trafficking: an event, not a report); a
        # colony or a prison named with no cue at all is news of the place (an open day), not of its labour
        return not _statistics_only(body) and not _workers_watch(body_text, set()) and not event_report(body_text) and (
            not {_SPACE_OR_HYPHEN.sub(" ", t) for t in terms} <= _places_of_detention())
    if per_sentence is None:
        per_sentence = [indicators.match(s.text, s.start).hits for s in body]
    if terms and not _only_weak(terms) and not law_only:
        # North Koreans named and nothing else of the domain: a match report in which a team plays and
        # restaurant staff cheer from the stands is sport when it holds at most one kind of cue; a seminar's programme
        # with no cue anywhere is an event, whatever its talks' titles name (its headings counted too: most of a programme)
        # (shifts alone are no abuse: an event page whose only cue is a shift pattern is still an event page)
        seen = {h.indicator for sentence_hits in per_sentence for h in sentence_hits}
        return not _workers_watch(body_text, seen) and not (seen <= _weak_alone() and event_report(text))
    if terms and law_only:
        # North Koreans named, but no worker, wage or passport in the whole text and no cue of abuse:
        # an interview about sanctions law, a diplomatic item
        return any(h for sentence_hits in per_sentence for h in sentence_hits)
    kinds: set[str] = set()
    n_sentences = 0
    for sentence_hits in per_sentence:
        found = {h.indicator for h in sentence_hits}
        if found:
            n_sentences += 1
            kinds |= found
    if _ordinary_dispute(body_text, kinds) and not denies_coercion(body, _dispute()[2] | _dispute_more()[0]) \
            and not punitive_fines(body_texts):
        return False  # (a firm that denies holding passports answers an allegation of coercion, and fines for every late
        # arrival or a drink of water are a penalty at work: no ordinary dispute)
    if terms:
        # only words that ordinary labour news uses too: a cue about workers is needed, or workers named
        # otherwise than in statistics ("the number of foreign workers rose 12%"); a match report of a migrant
        # workers' league is sport, as it is when no such word is used
        if _workers_watch(body_text, kinds):
            return False
        if not kinds:  # (hiring or placing words alone need a cue: a dispatch agency's hiring drive)
            return not {_SPACE_OR_HYPHEN.sub(" ", t) for t in terms} <= _dispute()[4] and not _statistics_only(body) and (
                not event_report(text)) and not rule_notice(body)  # a wage order's notice: rules, no events (a
        # programme's or a timetable's headings counted too: most of one)
        return bool(_anchored_kinds(body, per_sentence)[0])
    kinds, n_sentences = _anchored_kinds(body, per_sentence)  # "a typhoon threatens", "repay our debt": no worker in it
    if not kinds or _workers_watch(body_text, kinds):
        return False
    if (_FOREIGN_CREW.search(body_text) or workers_from_abroad(body, per_sentence)) and not _COUNTER.found(body_text):
        return True  # "Nepali workers ... their passports were taken": workers from elsewhere and an abuse cue
    # a single cue ("overtime will be voluntary") is not enough in a text that says nothing of migrant
    # or forced labour; several sentences or several kinds of abuse are
    if len(kinds) >= 2 or (n_sentences >= 2 and kinds - _weak_alone()):
        return not (_COUNTER.found(body_text) and len(kinds) < 2)
    return False


# people the lexicon counts as workers whom other news names in other senses (a property developer, a team)
_NOT_ANCHORS = frozenset({"nationals", "developer", "developers", "team", "teams"})
_EMPLOYERS = Folded(r"\b(?:owners?|bosse?s?|employers?|forem[ae]n|supervisors?|overseers?|recruiters?|brokers?|madams?|kafeels?|"
                    r"contractors?|gangmasters?|"
                    # (study of heldout424) South Asia's labour intermediaries and kiln or farm overseers: the agent who
                    # pays the advance and keeps the wage book, the clerk, the jobber ("the jamadar keeps the wage
                    # ledger"); a bare "Sardar" is a title, so that one is a role only after a determiner
                    r"munshis?|jamadars?|thekedars?|mukadd?ams?|naikes?|kamdars?|"
                    r"(?:the|a|an|each|every|their|his|her|our|my|that|this) sardars?|sardars)\b", re.IGNORECASE)

_THEY_START = re.compile(r"^\W*(?:they|their|he|his|she|her)\b", re.IGNORECASE)
_PERSON_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.IGNORECASE)
# quoted words and the tag that hands them to a speaker ("... the loan," she said) tell no story about a third person
_SPEECH = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]|\b(?:he|she|they)\s+(?:said|says|added|adds|told|tells|explained|"
                     r"recalled|wrote|asked)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:(?i:we|us|our|me|my|you)|I)\b")  # "we slept under the tables"
# work and workplaces: "a place on a labour dispatch", "nobody could leave the camp"
_WORK_WORDS = Folded(r"\b(?:labou?r|work|works|worked|working|jobs?|pay|paid|payments?|camps?|dormitor(?:y|ies)|barracks|hostels?|compounds?|"
                     r"workplaces?|work ?sites?|building sites?|construction sites?|sawmills?|logging|factor(?:y|ies)|"
                     r"workshops?|kilns?|plantations?|trawlers?|payslips?|pay ?slips?|payrolls?|deductions?|deducted|"
                     r"overtime|shifts?)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _labour_anchor() -> Folded:
    people = [str(w).lower() for w in knowledge.load("indicators.yaml").get("worker_people", [])
              if str(w).lower() not in _NOT_ANCHORS]
    return Folded(rf"\b(?:{word_alternation(people)})\b", re.IGNORECASE)


def _names_labour(text: str) -> bool:
    """Does the sentence name workers, wages, passports, work or an employer?"""
    return _LABOUR_WORDS.found(text) or _labour_anchor().found(text) or _EMPLOYERS.found(text) or (
        _WORK_WORDS.found(text))


_STATISTIC = Folded(r"(?:\d\s?(?:%|percent\b|per cent\b)|\bthe (?:(?:largest|biggest|highest|smallest|lowest|greatest|total) )?number of\b|"
                    r"\d\s?(?:billion|trillion|bn)\b|\b(?:rose|fell|increased|decreased|grew|"
                    r"declined|dropped|climbed) (?:by|to)\b|"
                    # a period's figure: "rose in the first six months", "fell in the second quarter", "up on a year earlier"
                    r"\b(?:rose|fell|increased|decreased|grew|declined|dropped|climbed) (?:\w+ )?in the (?:first|second|third|fourth|last) "
                    r"(?:half|quarter|six months|nine months)\b|\b(?:on|from) a year earlier\b|\byear[- ]on[- ]year\b|"
                    r"\b(?:largest|biggest|smallest) (?:group|share)|"
                    r"\bshare of\b|\bthe most\b|\bmake up\b|\bmade up\b|\baccount(?:ed)? for\b|"
                    r"\bon average\b|\ban average of\b|\bmedian\b|\btotall?ed\b|\bcompared (?:with|to)\b|\bhalf\b|"
                    r"\b(?:figures|data|statistics) (?:show|showed|released)\b|"
                    # an economy's aggregates: "remittances from migrant workers supported consumption", "a shortage
                    # of labour pushed up builders' day rates"
                    r"\bremittances? (?:from|by|of|sent by)\b|\blabou?r shortages?\b|"
                    r"\b(?:raised|pushed up|driven up|drove up|lifted|boosted) (?:\w+ ){0,2}(?:pay|wages?|salar(?:y|ies)|"
                    r"earnings|day rates?)\b|"
                    r"\baverage (?:(?:annual|monthly|weekly|daily|yearly) )?"
                    r"(?:earnings|wages?|pay|incomes?|salar(?:y|ies)|transfers?|remittances?)\b)",
                    re.IGNORECASE)


def _statistics_only(body: list[Sentence]) -> bool:
    """Do the sentences that name workers all give figures about them (shares, rises, totals) or state the rules
    for hiring them (quotas, fines)?"""
    naming = [s.text for s in body if _labour_anchor().found(s.text)]
    # (a quota decree or an employer's fine is a figure set by rule: regulation_figures)
    return bool(naming) and all(_STATISTIC.found(t) or states_rule(t) for t in naming)


def _anchored_kinds(body: list[Sentence], hits: list[list[IndicatorHit]]) -> tuple[set[str], int]:
    """Indicator kinds, and how many sentences show them, counting only sentences that name workers,
    wages, passports, work or an employer, go on about them with "they", or tell a first-person account: in a text with no domain term,
    cues about a storm, a bank loan or a patient are no evidence about workers."""
    keep = {i for i, s in enumerate(body) if _names_labour(s.text) and not _EXECUTIVES.found(s.text)}
    # "Foreign workers were brought in. 'They were held like prisoners,' the prosecutor said."
    # and the answer to a question about them ("Were you paid?" "Almost nothing.")
    first_named: dict[int, int] = {}  # paragraph -> its first sentence that names the work
    for j in sorted(keep):
        first_named.setdefault(body[j].paragraph, j)
    for i in range(1, len(body)):  # (chained: one man's story told by a relative goes on with "he" and "they gave him")
        if i - 1 in keep and (_THEY_START.match(body[i].text) or body[i - 1].text.rstrip().endswith("?")):
            keep.add(i)
        elif first_named.get(body[i].paragraph, i) < i and _PERSON_PRONOUN.search(_SPEECH.sub(" ", body[i].text)):
            keep.add(i)  # a later sentence of a paragraph that named the work: "took his passport. They gave him 50 dinars"
    starts = [s.start for s in body]
    # a worker's own account: first-person sentences with cues, at least two of them (one "we had no
    # choice" of a stadium director is no account)
    cued = {bisect_right(starts, h.start) - 1 for sentence_hits in hits for h in sentence_hits}
    first = {i for i in cued if i >= 0 and _FIRST_PERSON.search(body[i].text)}
    if len(first) >= 2:
        keep |= first
    kinds: set[str] = set()
    n_sentences = 0
    for sentence_hits in hits:
        found = {h.indicator for h in sentence_hits if bisect_right(starts, h.start) - 1 in keep}
        if found:
            n_sentences += 1
            kinds |= found
    return kinds, n_sentences


@lru_cache(maxsize=1)
def _weak_alone() -> frozenset[str]:
    """Indicators that, alone and without a domain term, do not make a report about forced
    labour however often they occur (long shifts at a car plant are ordinary labour news):
    ``context_weak_alone`` in ``knowledge/indicators.yaml``."""
    return frozenset(str(k) for k in knowledge.load("indicators.yaml").get("context_weak_alone") or [])


@lru_cache(maxsize=1)
def _dispute_max_kinds() -> int:
    """How many kinds of abuse cue an ordinary labour dispute may show (``labour_dispute.max_kinds``)."""
    return int((knowledge.load("indicators.yaml").get("labour_dispute") or {}).get("max_kinds", 99))


@lru_cache(maxsize=1)
def _dispute_more() -> tuple[frozenset[str], int]:
    """Indicator kinds a dispute may show when its procedure vocabulary is richer, and how rich."""
    data = knowledge.load("indicators.yaml").get("labour_dispute") or {}
    return frozenset(str(k) for k in data.get("compatible_with_more_terms") or []), int(data.get("min_terms_more", 3))


@lru_cache(maxsize=1)
def _dispute() -> tuple[frozenset[str], re.Pattern[str] | None, frozenset[str], int, frozenset[str]]:
    """``labour_dispute`` in ``knowledge/indicators.yaml``: weak domain terms, the
    vocabulary of dispute procedure, the indicator kinds a dispute can show, how many
    distinct procedure terms make a report a labour dispute, and the weak terms that need a cue."""
    data = knowledge.load("indicators.yaml").get("labour_dispute") or {}
    weak = frozenset(_SPACE_OR_HYPHEN.sub(" ", str(t).lower()) for t in data.get("weak") or [])
    terms = [str(t) for t in data.get("terms") or []]
    pattern = None
    if terms:
        alts = word_alternation(terms).replace(r"\s+", r"[\s-]+")
        pattern = re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)
    compatible = frozenset(str(k) for k in data.get("compatible") or [])
    cue_needed = frozenset(_SPACE_OR_HYPHEN.sub(" ", str(t).lower()) for t in data.get("cue_needed") or [])
    return weak, pattern, compatible, int(data.get("min_terms", 2)), cue_needed


@lru_cache(maxsize=1)
def _places_of_detention() -> frozenset[str]:
    """Domain terms that name a place of detention or its former inmates (``detention_places`` in
    ``knowledge/indicators.yaml``): they make a report about its labour only with a cue of abuse."""
    return frozenset(_SPACE_OR_HYPHEN.sub(" ", str(t).lower())
                     for t in knowledge.load("indicators.yaml").get("detention_places") or [])


def _only_weak(terms: set[str]) -> bool:
    """Are all the domain terms found ones that ordinary labour news uses too?"""
    weak = _dispute()[0]
    return all(_SPACE_OR_HYPHEN.sub(" ", term) in weak for term in terms)


# "interviews with 60 seamstresses", "interviews with more than a hundred porters": the sample of a study or a
# report, not the interviews of a hiring round ("interviews for the new posts", "job interviews")
_STUDY_INTERVIEWS = re.compile(
    r"interviews\s+with\s+(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|roughly)\s+)?"
    r"(?:\d|a\s+(?:hundred|thousand|dozen)\b|dozens\b|hundreds\b|scores\b|(?:twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|(?:thir|four|fif|six|seven|eigh|nine)teen)\b)(?![^.;]{0,40}?\b(?:applicants|candidates|"
    r"job\s?seekers|hopefuls|shortlisted)\b)", re.IGNORECASE)  # ("interviews with 300 applicants" is a hiring round)


def _ordinary_dispute(body_text: str, kinds: set[str]) -> bool:
    """A wage or overtime dispute told in the words of its procedure (arbitration, back
    pay, a union, a ruling), with no cue of coercion beyond what such disputes show."""
    _, pattern, compatible, min_terms, _ = _dispute()
    more, min_more = _dispute_more()
    if pattern is None or not kinds <= compatible | more or len(kinds) > _dispute_max_kinds():
        return False
    found = {_SPACE_OR_HYPHEN.sub(" ", m.group(0).lower()) for m in pattern.finditer(body_text)
             if not _STUDY_INTERVIEWS.match(body_text, m.start())  # a study's sample, not a hiring round
             and not names_something_else(body_text, m.start(), m.end())}  # ("Ministry of Human Resources")
    # "the drivers' trade union ... the union": one term, named in full and then short
    found = {t for t in found if not any(t != u and f" {t} " in f" {u} " for u in found)}
    return len(found) >= (min_more if kinds & more else min_terms)

