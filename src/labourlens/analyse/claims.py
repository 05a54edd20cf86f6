"""Claims: the sentences that assert something about workers and their situation,
with who said them, hedges, polarity, unconfirmed flags and ILO indicators.

:func:`extract` is called by the pipeline after sentence splitting;
:func:`attach_context` fills event times once dates have been found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import (
    attribution,
    bystanders,
    captive_work,
    context,
    counter_assertions,
    cue_readings,
    hedges,
    indicator_model,
    indicators,
    interview_frame,
    law_names,
    lawful_fees,
    org_names,
    party_assertions,
    party_rebuttals,
    short_spans,
    speaker_margins,
    worktime,
    worktime_excess,
)
from labourlens.analyse.bonded_households import bonded_households, household_work
from labourlens.analyse.cast_lines import cast_line
from labourlens.analyse.claim_filters import (
    finding_denial,
    frame_line,
    negative_finding,
    official_denial,
    without_goods_makers,
)
from labourlens.analyse.compliance_claims import mark_compliance
from labourlens.analyse.contrast_clauses import denied_before_turn, denying_cue
from labourlens.analyse.definitions import defines_practice
from labourlens.analyse.document_pronouns import pronoun_documents
from labourlens.analyse.editorial_frames import editorial_frame
from labourlens.analyse.gated import Folded, gated
from labourlens.analyse.host_talk import credit_line, outreach
from labourlens.analyse.interview_answers import first_person_interview
from labourlens.analyse.method_notes import method_paragraphs
from labourlens.analyse.own_doings import own_doing
from labourlens.analyse.page_self_notes import page_self_note
from labourlens.analyse.policy_pages import policy_page
from labourlens.analyse.quantified_denials import quantified_denial
from labourlens.analyse.reached_parties import reached_party
from labourlens.analyse.rule_notices import rule_notice
from labourlens.analyse.rules_explainer import rules_explainer
from labourlens.analyse.sender_notes import sender_header
from labourlens.analyse.sent_to_factories import sends_people_to_work
from labourlens.analyse.speakers import word_alternation
from labourlens.analyse.talk_moves import talk_move
from labourlens.analyse.whereabouts import whereabouts
from labourlens.model import Analysis, Claim, DocMeta, IndicatorHit, Sentence, Source

__all__ = ["extract", "attach_context", "EXTRACTOR"]

EXTRACTOR = "claims.v1"

@lru_cache(maxsize=1)
def _core_worker() -> Folded:
    """The people a claim can be about (``worker_people`` in indicators.yaml) or wages,
    passports, dormitories and first-person work."""
    people = [str(w).lower() for w in knowledge.load("indicators.yaml").get("worker_people", [])]  # (matched ignoring case)
    return Folded(
        rf"\b(?:{word_alternation(people)}|wages?|salar(?:y|ies)|passports?|dormitor(?:y|ies)|worked|without pay|"
        r"(?:we|i) (?:\w+ )?(?:sewed|started|were paid|received|hauled|fished|peeled|gutted)|(?:we|i) (?:were|was) (?:never|not|rarely|barely) paid|"
        r"took us to (?:work|sew|build|dig|pick|cut|weave|pack)|"  # a detainee's account: "They took us to sew gloves"
        r"(?:his|her|my|our|their) (?:employers?|supervisors?|foreman|recruiters?)|working (?:\w+ ){0,2}shifts|"  # one man's story
        r"(?:sent|made|forced|compelled|ordered|put) to work)\b",  # herders "sent to work in other provinces"
        re.IGNORECASE,
    )

_CONTINUATION = re.compile(
    r"^[\"“‘']?(?:they|he|she|it|we|i|this|that|these|those|such|the man|the woman|the men|the women|the worker|"
    r"the workers|the laborer|the labourer|the laborers|the labourers|his|her|their|many|some|most|others|"
    r"one|another|both|all|each|none|there|but|and|also|still|instead|however)\b",
    re.IGNORECASE,
)  # Sentences about the reporting itself, never claims:
_META = re.compile(
    r"\b(?:asked (?:that|not to be|to remain|for) (?:the name|named|identified|anonymity|his name|her name|their names)|"
    r"asked that (?:his|her|their|the) (?:\w+ ){0,3}not be (?:disclosed|published|named|identified|revealed|used)|"
    r"^\W*(?:all|both|each|they|he|she)(?: of them)? asked that (?:his|her|their) (?:full |real )?names? be (?:withheld|changed)\b[^,;]{0,20}$|"
    r"spoke on (?:the )?condition of anonymity|declined to (?:be named|be identified|comment)|"
    # (s329) a request not to be named, a broadcast's promise to follow the story, a bare line on whom it asked
    r"^\W*(?:he|she|they|the (?:man|woman|worker|listener|caller))\s+(?:also\s+)?asked (?:us|me|the (?:paper|station|programme|"
    r"reporters?)) not to (?:use|publish|print|give|reveal|broadcast) (?:his|her|their) (?:full )?names?\b[^,;]{0,30}$|"
    r"^\W*(?:[A-Z]+:\s+)?we(?: will|'ll|’ll) (?:keep|continue) (?:following|reporting|covering|updating|to follow|to report)\b|"
    r"^\W*(?:[A-Z]+:\s+)?we (?:also )?(?:asked|contacted|called|approached|wrote to|emailed) (?![^.]*\b(?:and|but|or|who|which|"
    r"that|if|whether|why|how|what|when|where|to|back|he|she|they|it|him|her|them|us)\b)(?:the |its |their )?"
    r"[^,;:.\"“]{2,60}?(?: for (?:comment|a response|a reply|its response|their response))?\.?$|"
    r"^\W*(?:he|she|they)\s+(?:also\s+)?(?:declined|refused) to give (?:his|her|their) names?\b[^,;]{0,30}$|"
    r"^\W*(?:neither|none|nobody|no one)\b[^.;,]{0,40}?\bagreed to be (?:named|identified)|"
    r"did not (?:immediately )?respond to (?:a |our )?requests? for comment|could not be reached for comment|"
    r"(?:was|were) not available for comment|requested anonymity|asked not to be named|"
    r"names? (?:has|have) been changed|for (?:his|her|their) (?:own )?(?:safety|security)|"
    r"(?:this|the) (?:article|story|report|interview) (?:was|has been) (?:updated|corrected|translated|edited|condensed)|"
    r"edited for (?:length|clarity)|translated from [A-Z]\w+|(?:publish|print|reproduc)\w* (?:it|them) (?:below )?in full|"
    r"content warning|trigger warning|^\W*(?:he|she|they|the [a-z]+(?: [a-z]+)?(?:, (?:aged )?\d{1,2},)?) asked (?:us |me )?to be (?:called|"
    r"identified|known|named|referred to)(?: only)?(?: as| by)? (?:[\"“]?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}[\"”]?|"
    r"(?:his|her|their) (?:first |given |family )?name)\.?$|"  # (s41) "He asked to be known as Tomas."
    r"(?-i:\b(?:spoke|talked) (?:to|with) (?:[A-Z][\w'’-]*\s?){1,4}(?:in|by|from|on|via|last|this|earlier)?\b[^,;]{0,30}$)|"
    r"^\W*(?:he|she|they|we|i)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:us|me|this (?:newspaper|reporter|website)|"
    r"our (?:reporter|correspondent|researchers?))\b[^,;]{0,40}$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _topic_res() -> tuple[Folded, Folded]:
    topic, domain = indicators.topic_terms()

    def rx(terms: tuple[str, ...]) -> Folded:
        return Folded(rf"\b(?:{word_alternation(list(terms))})\b", re.IGNORECASE)

    return rx(topic), rx(domain)


# Words one of which every match of _META contains (lower case; compare with the lower-cased sentence
# when lower-casing keeps every case-insensitive match, see hedges.fold_safe): most sentences have none.
_META_WORDS = (
    "asked", "anonymity", "declined", "respond", "reached", "available", "changed", "safety", "security",
    "updated", "corrected", "translated", "edited", "condensed", "warning", "spoke", "talked", "refused", "agreed", "in full",
    "keep", "continue", "contacted", "called", "approached", "wrote", "emailed",
)
# notes about the text, all of them: an excerpt's source ('Excerpted from "Cold Pay," a report by ..., pages 31-33.') and
# a UN release's list of its experts ("The experts are: A, Special Rapporteur on contemporary forms of slavery; ...")
_SOURCE_NOTE = re.compile(r"^\W*(?:(?:this is )?(?:an? )?(?:excerpted|extracted|adapted|abridged|excerpt|extract) from\b|"
                          r"(?:the\s+)?(?:un\s+)?(?:experts?|special rapporteurs?)\s+(?:are|is)\s*:)", re.IGNORECASE)  # not a turn's "EXPERT:"


def _meta_possible(text: str) -> bool:
    """False only when ``_META`` cannot match ``text`` (a cheap test before the large pattern)."""
    if not hedges.fold_safe(text):
        return True
    low = text.lower()
    return any(map(low.__contains__, _META_WORDS))  # (map over a bound method: faster than a generator or a loop)


_FORUM_RULE = re.compile(  # (no literal gate: the anchored match fails faster than the gate)
    r"^\W*(?:reminder|note to (?:users|readers|posters)|forum rules?|moderator(?:'s)? note|mod note|please do not|"
    r"do not post|don't post|posting rules?|house rules?)\b", re.IGNORECASE)


# a note of unconfirmed reports that opens the sentence as its source, before the comma of the clause it hedges
_UNCONFIRMED_LEAD = re.compile(r"^\W*according\s+to\s+(?:\w+\s+)?(?:unconfirmed|unverified)\s+(?:reports?|accounts?)\b[^,;.]{0,60},\s*",
                               re.IGNORECASE)
_ACCOUNTS_OF = re.compile(r"\b(?:the|their|these|those)\s+[\w-]+['\u2019]s?\s+(?:accounts?|claims?|stories|testimon(?:y|ies)|"
                          r"statements?|versions?)\b", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"^(.*\w.*?)(?:[,;:]|\s[-\u2013\u2014])\s*(?:(?:though|although|but|and|while|yet)\s)?[^,;:]*$", re.DOTALL)


def _is_meta(text: str) -> bool:
    if _FORUM_RULE.match(text) or editorial_frame(text) or _SOURCE_NOTE.match(text):  # "Thank you for your letter of ..."
        return True
    if _meta_possible(text) and _META.search(text):
        # "... would be shipped home if we spoke to locals": the rest still asserts abuse
        rest = _META.sub("", text)
        if not _core_worker().found(rest) and not indicators.match(rest).hits and not official_denial(rest):
            return True  # "... said all permits were in order and declined to comment further" stays
    # a note that something could not be verified, with nothing else asserted: no worker named, and no indicator before
    # the note ("... a ledger that appears to show the deductions, though its origin could not be established" asserts them)
    start = hedges.unconfirmed_start(text)
    if start is None:
        return False
    if _core_worker().found(plain := text.split(" when ")[0]) and (  # (a worker only in "the men's accounts": whose
            _core_worker().found(_ACCOUNTS_OF.sub(" ", plain)) or indicators.match(text[start:]).hits):  # account, no claim)
        return False
    if (lead := _UNCONFIRMED_LEAD.match(text)) is not None and indicators.match(text[lead.end():]).hits:
        return False  # "According to unverified accounts, guards beat ...": the rest is a (hedged) claim
    head = _CLAUSE_BEFORE.match(text[:start])  # the clauses before the note's own ("The amounts owed" is its subject)
    return not (head and (indicators.match(head.group(1)).hits or hedges.reported_before_note(text[:start], head[1])))


# what a rebuttal answers: an allegation, a complaint, an inquiry or the abuse named ("denies reports of forced labour")
_ANSWERED = re.compile(r"\b(?:alleg\w*|accus\w*|denied|denies|deny|denying|reject\w*|refut\w*|rebut\w*|complain\w*|"
                       r"investigat\w*|forced\s+labou?r|traffick\w*|exploit\w*|abus\w*|mistreat\w*|smear\w*|slander\w*|"
                       r"fabricat\w*|untrue|baseless|unfounded|false\s+(?:reports?|claims?|stories))\b", re.IGNORECASE)
# a hiring notice or a jobs fair (or a job listing's "How to apply"), whose assurances answer nothing unless alleged
_HIRING = re.compile(r"\b(?:will\s+(?:hire|recruit|take\s+on)|is\s+hiring|are\s+hiring|hiring\s+(?:drive|fair|notice)|(?:job|"
                     r"jobs|recruitment|career)\s+fairs?|job\s+seekers|jobseekers|vacancies|how\s+to\s+apply|apply\s+(?:now|online))\b", re.I)

def extract(text: str, sentences: list[Sentence], meta: DocMeta) -> tuple[list[Source], list[Claim]]:
    """Sources and claims of one English document."""
    topic_re, domain_re = _topic_res()
    sources, atts = attribution.attribute(text, sentences, meta.outlet if meta else None)
    speaker_margins.mark(text, sources)  # speaking without clearance, or under a pseudonym: the words beside the phrase
    methods = method_paragraphs(sentences)  # how a study was done is no claim about workers
    body = [i for i, s in enumerate(sentences) if s.kind == "body" and s.paragraph not in methods]
    matches = {i: _speaker_match(sentences[i].text, atts[i], sentences[i].start) for i in body}
    # a rebuttal that denies two kinds of abuse or more ("none of our staff has had a passport taken ... no worker unpaid") answers one
    texts = [sentences[i].text for i in body]  # (nor do a firm's results release and a job advert: context.offer_or_results)
    denied = len({h.indicator for m in matches.values() for h in m.negated}) >= 2 and not rules_explainer(text, texts) and (
        _ANSWERED.search(text) is not None or _HIRING.search(text) is None) and not rule_notice([sentences[i] for i in body]) \
        and not policy_page(text, texts) and not context.offer_or_results(text, texts)
    # (a wage order's or a supplier code's "may not be deducted" prescribes; a glossary's "a single late payment is not
    # withholding" answers none, nor does a hiring notice's "we charge no fee and hold no one's papers" where none alleged)
    if not denied and not context.forced_labour_context(text, sentences, [m.hits for m in matches.values()]):
        return [], []
    _antecedent_documents(sentences, body, matches)
    pronoun_documents(sentences, body, matches)
    _answer_hits(sentences, body, matches)
    any_hit = denied or any(m.hits for m in matches.values())
    captive = captive_work.tells_captive_work([sentences[i].text for i in body])
    core = any(  # (not workers named only as the makers of goods: "imports, processed by factory workers, grew")
        (_core_worker().found(without_goods_makers(sentences[i].text)) or sends_people_to_work(sentences[i].text))
        and not hedges.is_hypothetical(sentences[i].text)
        for i in body
    ) or captive  # "they took ten of us to dig"
    anchored = any_hit or captive or any(
        _core_worker().found(sentences[i].text) and _domain_people(sentences[i].text, domain_re) for i in body
    )
    if not core and any_hit:  # a report on bonded labour that names families, not workers; an interview whose
        core = anchored = bonded_households(sentences[i].text for i in body) or any(  # headline names the worker
            s.kind == "headline" and _core_worker().found(s.text) for s in sentences  # ("a former logger speaks")
        ) or first_person_interview(sentences, body) or household_work(  # "A: We could go out only with the brigadier."
            [sentences[i].text for i in body], [{h.indicator for h in matches[i].hits} for i in body])  # families rear it
    if not core or not anchored:
        return [], []
    claims: list[Claim] = []
    standfirst = _interview_standfirst(sentences, body, atts)
    claimed: set[int] = set()
    speakers: set[str] = set()
    for i in body:
        s = sentences[i]
        m = matches[i]
        att = atts[i]
        topical = topic_re.found(s.text) or (
            att.source != attribution.OUTLET_KEY and (hedges.denial_cue(s.text) is not None or reached_party(s.text) or (
                not m.hits and official_denial(s.text) is not None))) or (
            m.negated and (finding_denial(s.text) or cue_readings.unproven_frame(s.text))) or (
            (att.cue == "answered" or _labelled_answer(s.text))  # "How many workers ...? A. 10,000", "TS: Fewer."
            and _asked_about_workers(sentences, i, topic_re))
        follows = any(j in claimed for j in range(max(0, i - 2), i)) and (
            sentences[i - 1].paragraph >= s.paragraph - 1 if i > 0 else False)
        continuity = follows and (
            bool(_CONTINUATION.match(s.text))
            or (s.quote is not None and att.source != attribution.OUTLET_KEY)
            or att.cue == "answered"  # an interview answer goes on about what the last one was about
            or _answer_turn(sentences, atts, i)  # "KIM: Work from six. Lunch was ten minutes at the bench."
        )
        # a source who has already made a claim and is named again speaks about the same matter
        same_speaker = att.explicit and att.source != attribution.OUTLET_KEY and att.source in speakers
        if sender_header(s.text):  # "Msg 3 | 4 May | sender: a cook": a log entry's header, no claim
            continue
        if s.text[:1] in "GHPMCW" and cast_line(s.text) or credit_line(s.text):  # "Guest: Dr. Ana Ruiz, a sociologist who studies ...":
            if topical or m.hits or follows:  # no claim, but the answers after it go on about what the guest was
                claimed.add(i)  # introduced for, and the guest it names has been heard on it
                speakers.update([att.source] if att.source != attribution.OUTLET_KEY else [])
            continue
        if not (topical or m.hits or continuity or same_speaker):
            continue
        if outreach(s.text) or s.text.strip(" \"'\u201c\u201d\u2018\u2019()[].").isdigit() or (not m.hits and (
                own_doing(s.text) or page_self_note(s.text) or talk_move(s.text) or whereabouts(s.text))):
            # "We asked the port authority.", "So let's begin with the hostels.", (s48) '"1.': no claim, but the thread goes on
            claimed.add(i)
            continue
        # (speed: the filters below after the cheaper test above; both only read, so the order changes nothing)
        if _is_meta(s.text) or s.text.rstrip("\"”’' ").endswith("?") or _intro_only(s.text, atts[i]) or defines_practice(s.text) or (
                interview_frame.is_frame(s.text)) or (i in standfirst and not matches[i].hits) or (
                frame_line(sentences, i, bool(matches[i].hits), text)):
            continue
        if not (topical or m.hits or m.negated) and _empty_answer(sentences, atts, i):  # "No, nobody hit us" stays
            claimed.add(i)  # "Never." is no claim, but the answer goes on about the same matter
            continue
        claims.append(_claim(len(claims), s, att, m))
        claimed.add(i)
        speakers.add(att.source)
    _mark_unconfirmed(sentences, claims)
    counter_assertions.mark(claims, sources)
    mark_compliance(claims, sources)  # "it had paid the subcontractor in full": the accused party's denial
    party_rebuttals.mark(claims, sources)  # "kept only with the workers' written consent", "no wages are outstanding"
    party_assertions.mark(claims, sources, sentences)  # "they can leave whenever they want", "(No finding.)"
    evidence = any(c.indicators for c in claims)  # the model never makes a report evidence on its own
    for c in claims:  # what the lexicon's cues did not foresee, from the word model (never on a denial or a hypothetical)
        if evidence and c.polarity == "affirmed" and not c.future:  # (nor on the speaker phrase: "a worker who was beaten said")
            m = matches[c.sentence]  # nor where the lexicon saw the cue and ruled it out: negated, excepted, countered
            ruled_out = {h.indicator for h in m.negated} | m.excepted | set(indicators.counter_cues(c.text))
            c.indicators += indicator_model.hits(_without_speaker(c.text, atts[c.sentence]), c.start,
                                                 {h.indicator for h in c.indicators} | ruled_out, bool(c.indicators))
    party_rebuttals.drop_refund_debts(claims)  # "it would reimburse the recruitment fees": a remedy offered
    used = {c.source for c in claims}
    out_sources = [s for s in sources if s.key in used]
    if attribution.OUTLET_KEY in used:
        out_sources.insert(0, attribution.Registry(outlet=meta.outlet if meta else None).outlet_source())
    return out_sources, claims


_NATIONALITY = Folded(r"\b(?:north korean|dprk)\b", re.IGNORECASE)


def _domain_people(text: str, domain_re: Folded) -> bool:
    """A domain term in ``text`` that is about people: "a crew ... transferred fuel to a North Korean
    vessel" names a nationality of a ship, "North Korean workers", "North Koreans" and "forced labour" do."""
    terms = domain_re.terms(text)
    if not terms:
        return False
    if any(t not in ("north korean", "dprk") for t in terms):
        return True
    near = _core_worker()
    return any(near.found(text[m.end():m.end() + 40]) or near.found(text[max(0, m.start() - 25):m.start()])
               for m in _NATIONALITY.finditer(text))


_LONG_DAY = 12.0  # hours a day from which a stated working day counts as excessive overtime


def _match(text: str, offset: int) -> indicators.Match:
    """Indicator hits of one sentence, plus excessive overtime from the working-time spans
    it states ("from 6 p.m. until 8 a.m.": 14 hours)."""
    m = indicators.match(text, offset)
    m.hits = bystanders.without_bystander_hits(text, m.hits)  # "tourists may not leave the hotel"
    m.hits = law_names.without_law_name_hits(text, m.hits, offset)  # "the Forced Labour ... Bill would require"
    m.hits = org_names.without_org_name_hits(text, m.hits, offset)  # "Human Rights Watch interviewed ... their families"
    m.hits = lawful_fees.without_lawful_fee_hits(text, m.hits)  # "a service fee ..., below the legal ceiling"
    m.hits = short_spans.without_short_span_hits(text, m.hits, offset)  # "open from 9 a.m. to 5 p.m.", "between 11 a.m. and 2.30 p.m.": no long day
    m.hits = cue_readings.reread(text, m.hits, offset)  # "her employer owed her $3,600": pay kept back, not a debt
    m.hits, m.negated = cue_readings.unproven(text, m.hits, m.negated, offset)  # "no evidence the men were held"
    if "excessive_overtime" in {h.indicator for h in m.hits}:
        return m
    for start, end, hours in worktime.long_hours(text):
        if hours >= _LONG_DAY:
            m.hits.append(IndicatorHit("excessive_overtime", f"FL11.{worktime.EXTRACTOR}", offset + start,
                                       offset + end, text[start:end]))
            return m
    for start, end, kind in worktime_excess.excessive_spans(text):
        m.hits.append(IndicatorHit("excessive_overtime", f"FL11.{worktime_excess.EXTRACTOR}.{kind}", offset + start,
                                   offset + end, text[start:end]))
        break
    return m


_HELD_THEM = gated(r"\b(?:(?:had|kept|keeps|held|holds|locked|hid|took|takes|collected|confiscated)\s+them|"
                   r"(?:did not|didn't|never|could not|couldn't)\s+(?:see|get|have)\s+them\s+(?:back|again)|"
                   # papers given back only when the worker left, or never ("We got them back only at the end")
                   r"(?:got|get|were\s+given|was\s+given|received)\s+(?:them|it)\s+back\s+only|"
                   r"never\s+(?:gave|returned|handed)\s+(?:them|it)\s+back)\b",
                   re.IGNORECASE)
_ID_DOCS = re.compile(r"\b(?:passports?|identity (?:cards?|documents?|papers)|ID cards?|documents|papers)\b",
                      re.IGNORECASE)


def _antecedent_documents(sentences: list[Sentence], body: list[int], matches: dict[int, indicators.Match]) -> None:
    """ "The manager had them in a drawer" after a sentence about passports: retention of documents."""
    for i in body:
        s = sentences[i]
        h = _HELD_THEM.search(s.text) if "them" in s.text or " it " in s.text else None
        if h is None or any(x.indicator == "retention_of_identity_documents" for x in matches[i].hits):
            continue
        if _ID_DOCS.search(s.text[: h.start()]) or any(
            _ID_DOCS.search(sentences[j].text) and sentences[j].paragraph >= s.paragraph - 1
            for j in range(max(0, i - (3 if h.group(0)[:1].lower() in "ngwr" else 2)), i)  # "never gave it back": 3
        ):
            matches[i].hits.append(IndicatorHit("retention_of_identity_documents", "FL07.antecedent",
                                                s.start + h.start(), s.start + h.end(), h.group(0)))


def _answer_hits(sentences: list[Sentence], body: list[int], matches: dict[int, indicators.Match]) -> None:
    """An interview answer is read with its question: "Q: Were you free to leave?" "A: Once a month, in
    pairs, with a minder." Hits of the pair that end inside the answer, and that the question alone does not
    give, belong to the answer ("Were your passports taken?" "No." gains nothing)."""
    for k in range(1, len(body)):
        q, s = sentences[body[k - 1]], sentences[body[k]]
        if not q.text.rstrip().endswith("?") or q.paragraph < s.paragraph - 1:
            continue
        joined = q.text + " " + s.text
        shift = len(q.text) + 1
        asked = {h.indicator for h in _match(q.text, 0).hits}
        have = {h.indicator for h in matches[body[k]].hits}
        for h in _match(joined, 0).hits:
            if h.end <= shift or h.indicator in asked or h.indicator in have:
                continue
            start = q.start + h.start if h.start < shift else s.start + h.start - shift
            matches[body[k]].hits.append(IndicatorHit(h.indicator, h.rule, start, s.start + h.end - shift, h.cue))
            have.add(h.indicator)


def _asked_about_workers(sentences: list[Sentence], i: int, topic_re: Folded) -> bool:
    """Does the question just before sentence ``i`` (in the paragraph before or in its own) ask about
    the workers ("How many North Korean workers are in Russia now?"), so that the answer is about them?"""
    j = i - 1
    while j >= 0 and sentences[j].paragraph >= sentences[i].paragraph - 1:
        if sentences[j].text.rstrip("\"\u201d' ").endswith("?"):
            return topic_re.found(sentences[j].text)
        if sentences[j].paragraph < sentences[i].paragraph:
            return False
        j -= 1
    return False


def _interview_standfirst(sentences: list[Sentence], body: list[int], atts: list[attribution.Attribution]) -> set[int]:
    """The outlet's sentences before the first question of an interview (two questions or more, each
    answered by someone else): who the interviewee is and how they were met frame the interview; and
    the interviewer's sentences that lead to a question."""
    questions = [i for i in body if sentences[i].text.rstrip("\"”’' )").endswith("?")
                 and (atts[i].source == attribution.OUTLET_KEY or interview_frame.labelled(sentences[i].text))]
    answered = [i for i in questions if i + 1 < len(sentences) and atts[i + 1].source not in (
        attribution.OUTLET_KEY, atts[i].source)]
    if len(answered) < 2:
        return set()
    first, prompts = questions[0], interview_frame.asker_prompts(sentences)  # (s43) a masthead's prompts
    # the interviewer's lines that lead to a question ("You inspected sites with Korean crews. What did you see?")
    lead_in = {j for q in answered for j in range(q - 1, -1, -1) if sentences[j].paragraph == sentences[q].paragraph
               and atts[j].source == atts[q].source and all(sentences[k].paragraph == sentences[q].paragraph
                                                            for k in range(j, q))}
    # the interviewee's own years of work ("Ri, 41, spent six years on building sites in Tomsk") are a claim
    # in most gold sets; a host's or an expert's introduction, a programme line are not
    return {i for i in body if i < first and atts[i].source == attribution.OUTLET_KEY
            and not _WORK_PAST.search(sentences[i].text) and not _core_worker().found(sentences[i].text)} | lead_in | prompts


_WORK_PAST = re.compile(r"\b(?:spent (?:\w+ ){0,2}(?:years?|months?|seasons?|winters?)|(?:was|were) employed|"
                        r"(?:felled|welded|sewed|peeled|plastered|logged|laboured|labored|toiled))\b", re.IGNORECASE)


_REPORTS = Folded(r"\b(?:said|says|called|told|denied|claimed|stated|according to)\b")  # speed: only found


def _answer_turn(sentences: list[Sentence], atts: list[attribution.Attribution], i: int) -> bool:
    """Is sentence ``i`` a later sentence, with content, of an interviewee's answer paragraph: the paragraph
    opens with the speaker's label and the one before it asks a question?"""
    s = sentences[i]
    if interview_frame.empty_answer(s.text) or _REPORTS.found(s.text):
        return False  # "Last month the ministry called it a lie": another party's word, whose speaker is unsure
    return _in_turn(sentences, atts, i)


def _in_turn(sentences: list[Sentence], atts: list[attribution.Attribution], i: int) -> bool:
    """Is sentence ``i`` a later sentence of an answer turn (see :func:`_answer_turn`)?"""
    s, att = sentences[i], atts[i]
    if att.source == attribution.OUTLET_KEY:
        return False
    j = i
    while j > 0 and sentences[j - 1].paragraph == s.paragraph:
        j -= 1
        if atts[j].source != att.source:
            return False
    return j < i and j > 0 and atts[j].explicit and (sentences[j - 1].text.rstrip("\"”’' )").endswith("?") or (
        atts[j - 1].source == attribution.OUTLET_KEY and interview_frame.labelled(sentences[j].text)))


def _labelled_answer(text: str) -> bool:
    """A turn that opens with its speaker's label and says something ("TS: Fewer, and less visibly.")."""
    return interview_frame.labelled(text) and not interview_frame.empty_answer(text)


def _empty_answer(sentences: list[Sentence], atts: list[attribution.Attribution], i: int) -> bool:
    """An interview answer ("KIM: Never.", "I could not say.") with no content of its own: it follows a
    question, opens a labelled turn or goes on with one, or attribution read it as an answer."""
    if not interview_frame.empty_answer(sentences[i].text):
        return False
    prev = sentences[i - 1].text.rstrip("\"”’' ") if i > 0 else ""
    if prev.endswith("?") and (interview_frame.negative_echo(prev, sentences[i].text)
                               or interview_frame.denial_answer(sentences[i].text)):
        return False  # "Did anyone hit you?" "No, nobody hit me.": a negated claim
    return atts[i].cue == "answered" or prev.endswith("?") or interview_frame.labelled(sentences[i].text) or (
        _in_turn(sentences, atts, i))


_LETTERS = re.compile(r"[A-Za-z]+")


def _intro_only(text: str, att: attribution.Attribution) -> bool:
    """ "Ewa Lipska, who rents rooms to the welders, recalled:": an introduction, the claims follow (as after an
    answer's label, "Answer, from the Minister ...:", analyse/labelled_sections.py)."""
    if att.cue == "label":
        return True
    if att.span is None or not text.rstrip().endswith((":", " said", " says", " told", " added")):
        return False  # (or an excerpt cut off after its speaker: "A trader in Khulna told")
    rest = text[: att.span[0]] + text[att.span[1]:]
    return len(_LETTERS.findall(rest)) <= 3


def _without_speaker(text: str, att: attribution.Attribution) -> str:
    """The sentence with its speaker phrase blanked out (same length), so that "a worker who spoke
    for fear of reprisals" is not read as evidence."""
    if att.span is None:
        return text
    start, end = att.span
    return text[:start] + " " * (end - start) + text[end:]


_REPORTING_NEXT = re.compile(r"\s+(?:(?:also|later|then)\s+)?(?:said|says|told|tells|added|adds|explained|noted|stated|wrote|writes|"
                             r"according|described|describes|recounted|recalled|recalls|claimed|claims|complained|"
                             r"alleged|reported|confirmed|insisted|denied|denies|admitted|estimated|believes?|believed|"
                             r"recalled|asked|answered|replied|spoke|speaking)\b")


_MINOR_WORDS = re.compile(r"\bunder\s*-?\s*(?:18|age)|\bunderage|\bminors?\b", re.IGNORECASE)
_MINOR_RULES = ("_underage", "_minors")


def _speaker_match(text: str, att: attribution.Attribution, offset: int) -> indicators.Match:
    """Indicator hits with the speaker phrase blanked out, plus a cue that runs out of the speaker phrase
    into the clause: in "The foreman took all our wages and said it was for the Party" the speaker is the
    agent of the abuse, and "foreman took all our wages" is evidence."""
    m = _match(_without_speaker(text, att), offset)
    if att.span is not None and _MINOR_WORDS.search(text, att.span[0], att.span[1]):
        # speakers hired as children ("Nine women aged under 18 when hired said ..."): their age is evidence too
        have = {h.indicator for h in m.hits}
        m.hits.extend(h for h in _match(text, offset).hits if h.rule.endswith(_MINOR_RULES) and h.indicator not in have
                      and offset + att.span[0] <= h.start < offset + att.span[1])
    if att.span is None or not text[att.span[1]:att.span[1] + 1].isspace() or _REPORTING_NEXT.match(text, att.span[1]):
        return m
    # the cue must start at the speaker phrase's last word, the agent right before the verb ("foreman took")
    last = text.rfind(" ", att.span[0], att.span[1])
    start, end = offset + (last + 1 if last >= 0 else att.span[0]), offset + att.span[1]
    have = {h.indicator for h in m.hits}
    for h in _match(text, offset).hits:
        if start <= h.start < end < h.end and h.indicator not in have:
            m.hits.append(h)
            have.add(h.indicator)
    return m


def _claim(index: int, s: Sentence, att: attribution.Attribution, m: indicators.Match) -> Claim:
    found = hedges.find_hedges(s.text)
    denial = denied_before_turn(s.text, m.hits, s.start) or denying_cue(att.cue, s.text, m.hits, s.start) or (
        att.source != attribution.OUTLET_KEY and not m.hits and official_denial(s.text) is not None) or (
        (begin := negative_finding(s.text, att.source != attribution.OUTLET_KEY)) is not None
        and all(h.start - s.start >= begin for h in m.hits)) or (  # "did not identify workers without permits": denied
        captive_work.denies_captive_work(s.text)) or (  # "no detainee was forced to work"
        quantified_denial(s.text, [h.start - s.start for h in m.hits]))  # "no employee was charged a fee"
    hypothetical = hedges.is_hypothetical(s.text)
    hits: list[IndicatorHit] = [] if (denial or hypothetical) else _dedupe(m.hits)
    polarity = "negated" if denial else "affirmed"
    if not hits and not denial and not hypothetical:
        # "they were never beaten": only negated abuse cues; "workers keep their own passports": a counter-cue
        if m.negated or indicators.counter_cues(s.text):
            polarity = "negated"
    return Claim(
        index=index,
        sentence=s.index,
        start=s.start,
        end=s.end,
        text=s.text,
        source=att.source,
        cue=att.cue,
        direct=att.direct,
        hedges=found,
        hedged=bool(found),
        polarity=polarity,
        unconfirmed=s.unconfirmed,
        future=hypothetical,
        indicators=hits,
        mechanisms=list(m.mechanisms),
        extractor=EXTRACTOR,
    )


def _dedupe(hits: list[IndicatorHit]) -> list[IndicatorHit]:
    seen: set[str] = set()
    out: list[IndicatorHit] = []
    for h in sorted(hits, key=lambda h: (h.start, h.end)):
        if h.indicator not in seen:
            seen.add(h.indicator)
            out.append(h)
    return out


def _mark_unconfirmed(sentences: list[Sentence], claims: list[Claim]) -> None:
    """An unconfirmed note qualifies the claim(s) just before it in its paragraph."""
    by_sentence = {c.sentence: c for c in claims}
    for s in sentences:
        if not s.unconfirmed or s.index in by_sentence:
            continue  # a claim that carries its own note ("..., though this could not be confirmed")
        for j in range(s.index - 1, -1, -1):
            prev = sentences[j]
            if prev.paragraph < s.paragraph - (0 if j < s.index - 1 else 1):
                break
            c = by_sentence.get(j)
            if c is not None:
                c.unconfirmed = True
                break


def attach_context(analysis: Analysis) -> None:
    """Event time of each claim from the time mentions inside its span."""
    times = sorted(analysis.times, key=lambda t: t.start)
    for c in analysis.claims:
        for t in times:
            if t.start >= c.start and t.end <= c.end and t.date and t.kind != "duration":
                c.event_time = t.date
                c.event_precision = t.precision
                break
        else:
            c.event_time = None
            c.event_precision = None
