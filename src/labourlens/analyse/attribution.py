"""Who said it: attribution of sentences to sources.

:func:`find_mention` (in :mod:`labourlens.analyse.mentions`) finds the attribution inside one
sentence; :func:`attribute` resolves those mentions to per-document sources (see
:mod:`labourlens.analyse.registry`) and carries speakers across the document: quotes that run over
several sentences, quote-only paragraphs, indirect speech, a document that goes on describing its
content, interview answers, transcript lines, a signed commentary's first person, and people
introduced before they speak ("A former inspector, who asked not to be named, ... He said ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from labourlens.analyse import attribution_shapes2 as shapes2
from labourlens.analyse.account_sequels import account_sequel
from labourlens.analyse.after_quotes import after_quote
from labourlens.analyse.answer_accounts import own_account
from labourlens.analyse.bullet_labels import bullet_topic
from labourlens.analyse.commentary import is_commentary
from labourlens.analyse.contacting_groups import contacting_group, statement_issuer
from labourlens.analyse.coordinated_reports import coordinated_report
from labourlens.analyse.coref_families import member_relays
from labourlens.analyse.court_counsel import prosecuting_kind
from labourlens.analyse.crowd_hearsay import crowd_hearsay
from labourlens.analyse.definite_named import name_the_one_met
from labourlens.analyse.document_leads import document_lead
from labourlens.analyse.document_voice import apply_document_voice
from labourlens.analyse.embedded_reports import embedded_report
from labourlens.analyse.examined_documents import demonstrative_document, examined_document
from labourlens.analyse.floating_quantifiers import floating_quantifier
from labourlens.analyse.forum_posts import final_sources
from labourlens.analyse.gated import gated
from labourlens.analyse.gathered_by import gatherer
from labourlens.analyse.heading_names import Headings, heading_name, label_heading
from labourlens.analyse.hedges import plain
from labourlens.analyse.house_roles import house_line_words
from labourlens.analyse.inner_tags import inner_tag
from labourlens.analyse.interjected_pronouns import interjected_subject, opening_over_tag
from labourlens.analyse.interview_turns import apposed_naming
from labourlens.analyse.interviewees import (
    answer_turn,
    handle_label,
    relabel,
    role_label_names,
    spoke_before,
    told_the_witness,
)
from labourlens.analyse.introductions import (
    collective_group,
    group_introduction,
    introduction,
    labelled_introduction,
    scare_quoted_introduction,
)
from labourlens.analyse.late_names import name_given_later
from labourlens.analyse.log_entries import entry_reporter
from labourlens.analyse.long_asides import past_long_aside, trailing_affiliated
from labourlens.analyse.mention_rereads import reread
from labourlens.analyse.mentions import _house_labels, _search_trailing, find_mention, transcript_label
from labourlens.analyse.own_questions import page_questions, reader_questions
from labourlens.analyse.own_rebuttals import own_voice
from labourlens.analyse.partitive_groups import part_of_speaker
from labourlens.analyse.qa_frames import addressed_document, addressee_statement, framed_answerer
from labourlens.analyse.quote_donors import quote_after_opener, quote_donor, quote_paragraph, subhead_gap
from labourlens.analyse.quote_labels import labelled_quotes
from labourlens.analyse.quote_speakers import quote_speaker
from labourlens.analyse.quoted_names import (
    blank_intensifier,
    blank_passive_found,
    blank_trailing_note,
    fold_letters,
    own_letters,
    unquote_pseudonyms,
)
from labourlens.analyse.read_tags import read_tag
from labourlens.analyse.registry import Registry
from labourlens.analyse.registry import _last_name as last_name
from labourlens.analyse.relative_asides import relative_aside, reported_in_aside
from labourlens.analyse.release_heads import release_voice
from labourlens.analyse.roster_roles import roster_people
from labourlens.analyse.saying_acts import saying_mention, which_reported_mention
from labourlens.analyse.single_quotes import with_single_quotes
from labourlens.analyse.source_refs import other_footnote, protest_group, quoted_name_opening
from labourlens.analyse.speaker_cues import (
    DOC_ONLY_CUES,
    defined_acronyms,
    inside_open_quote,
    introduced_before,
)
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify, company_short_names
from labourlens.analyse.state_notices import state_notice_head
from labourlens.analyse.subordinate_reports import subordinate_pronoun
from labourlens.analyse.through_agents import through_agent
from labourlens.analyse.transcript_labels import HEADER_HOST, interviewer_initials, surname_label
from labourlens.analyse.translated_tags import translated_tag
from labourlens.analyse.unnamed_interviewees import lede_interviewee, sample_group
from labourlens.analyse.who_says import accounts_over
from labourlens.analyse.wire_datelines import without_dateline
from labourlens.model import Sentence, Source

__all__ = [
    "Mention",
    "Attribution",
    "Registry",
    "find_mention",
    "classify",
    "attribute",
    "house_names",
    "transcript_label",
    "OUTLET_KEY",
    "EXTRACTOR",
]

EXTRACTOR = "attribution.v1"
_ = _search_trailing  # re-exported for the speed-equivalence test

@dataclass
class Attribution:
    """The source of one sentence."""

    source: str  # Source.key
    cue: str | None = None
    direct: bool = False
    explicit: bool = False  # the sentence names its speaker itself
    span: tuple[int, int] | None = None  # the speaker phrase, as offsets into the sentence text


_HOUSE_LINE = re.compile(r"(?m)^[ \t]*(?:\[[\d:]{4,8}\][ \t]*)?(?P<label>[A-Z][A-Za-z' -]{1,30}?)[ \t]*\((?P<name>[^)]{3,60})\):")
_CAPS_LABEL = re.compile(r"(?m)^[ \t]*(?:\[[\d:]{4,8}\][ \t]*)?[A-Z]{3,}[A-Z ]*(?:\([^)\n]{1,60}\))?:")
_HOUSE_INTRO = gated(r"(?:\b(?:correspondent|reporter|anchor|presenter|host|producer|journalist)\s+|" + HEADER_HOST + r")"
                     r"((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)")  # "our correspondent X", "Presenter: X |"
# a package's hand-over and sign-off: "Daniel Fosse reports.", "Daniel Fosse reporting from Busan.", "This is Daniel Fosse, reporting"
_HOUSE_SIGN = re.compile(r"(?m)(?:^|[.!?:]\s+)(?:(?:Here\s+is|This\s+is|Over\s+to)\s+)?"
                         r"((?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+),?\s+report(?:s\s*[.\n]|ing\b)")
_CAPS_LABEL_LINE = re.compile(r"(?m)^[ \t]*[A-Z]{3,}[A-Z ]*:")
_I_OR_MY = re.compile(r"\b(?:I|my)\b")
_SPACE_RUN = re.compile(r" {2,}")
_STRAIGHT_QUOTED = re.compile(r'"([^"]*)"')


def house_names(text: str) -> frozenset[str]:
    """Names of a broadcaster's own people in a transcript: "CORRESPONDENT (DANIEL FOSSE):",
    "our correspondent Daniel Fosse": a later "FOSSE:" line is the outlet speaking."""
    if ":" not in text or _CAPS_LABEL.search(text) is None:
        return interviewer_initials(text) if ":" in text else frozenset()  # "TR:" after "Interview by Tom Reyes (TR)"
    names: set[str] = set()
    for m in _HOUSE_LINE.finditer(text) if "):" in text else ():  # "PRESENTER (Ana Ruiz):", "ANA RUIZ (presenter):"
        names.update(house_line_words(m.group("label"), m.group("name"), _house_labels()))
    if names or _CAPS_LABEL_LINE.search(text):
        for m in _HOUSE_INTRO.finditer(text):
            names.update(w.lower() for w in m.group(1).split()[-1:])
        for m in _HOUSE_SIGN.finditer(text):
            names.update(w.lower() for w in m.group(1).split()[-1:])
    return frozenset(names) | interviewer_initials(text)


# ---------------------------------------------------------------- documents


_AUTHOR = re.compile(
    r"(?m)^[ \t*_]*(?:By|Written[ \t]+by|Opinion[ \t]+by|Commentary[ \t]+by|Analysis[ \t]+by|Author:)[ \t]+"
    r"(?:(?:Dr|Prof|Professor)\.?[ \t]+)?"
    # the name: two to four words or initials ("Elena Marsh", "J. van Dijk")
    r"((?:[A-Z][a-z'\u2019-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|van|von|de)){1,3})"
    # the name ends the byline or a comma, bar or dash follows it
    r"(?=[ \t]*(?:,|\||$|\u2014|-))")
_FIRST_PERSON = re.compile(
    r"\b[Ii]n\s+my\s+(?:view|opinion|experience|reading|assessment)\b|\bmy\s+(?:research|interviews|fieldwork)\b|"
    r"(?<![\w'\u2019\"])I\s+(?:(?:have|had|would|also|still|now|strongly|firmly)\s+)*"
    r"(?:found|find|believe|think|argue|argued|estimate|estimated|saw|see|interviewed|documented|observed|counted|"
    r"concluded|conclude|suspect|understand|learned|learnt|heard|witnessed|spoke|visited|calculate|calculated|doubt|"
    r"do\s+not\s+doubt|"
    r"reviewed|examined|obtained|analysed|analyzed|identified|confirmed|verified|noticed|recorded|met)\b")


def byline_author(text: str) -> str | None:
    """The author named in a byline near the top ("By Elena Marsh, senior fellow")."""
    m = _AUTHOR.search(text[:1500])
    if m is None or classify(m.group(1)) not in ("named_person", None):
        return None
    return m.group(1)


# "They all said ...", "Both of them told ...": a group introduced before reports
_THEY_REPORT = re.compile(
    r"^\s*(?:\d{1,2}/\d{0,2}\s+)?(?:They|Both|All|All\s+\w+|(?:Both|All|Each)\s+of\s+them)\s+"
    r"(?:all\s+|both\s+|also\s+|further\s+|again\s+|later\s+)*(?:said|say|told|described|describe|recalled|recall|complained|complain|stated|state|"
    r"alleged|allege|reported|recounted|recount|write|wrote)\b")


_DOC_SUBJECT = re.compile(
    r"(?:The|This|That|Its)\s+(?:[a-z][\w-]*\s+){0,2}?(contract|agreement|report|ledger|payroll|memo|letter|survey|study|"
    r"affidavit|complaint|indictment|filing|advisory|briefing|document|spreadsheet|notebook|logbook|schedule|"
    r"timesheet|rota|roster|list|note|directive|decree|order|regulation)s?\s+(?!(?:was|were|is|are|has|have|had)\s+"
    r"(?:seen|obtained|reviewed|leaked|published|released|signed|shared|given)\b)[a-z]")
_SUBJECT_NAME = re.compile(r"(?:[A-Z]{2,}(?:\s[A-Z]{2,})?:\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+ed|"
                           r"was|had|has|is|left|spent|went|came|got|took|began|fled|ran|made|kept|lost|saw|knew|found|says|said)\b")


def _inside_open_quote(text: str, end: int) -> bool:
    """Does the sentence go on a quotation opened before it, with the attribution at ``end`` still inside
    it (before the closing quotation mark)?"""
    t = plain(text).lstrip()
    if not t or t[0] == '"':
        return False
    close = plain(text).find('"')
    return close == -1 or end <= close


def attribute(
    text: str, sentences: list[Sentence], outlet: str | None
) -> tuple[list[Source], list[Attribution]]:
    """Sources of a document and the attribution of each sentence (same order as ``sentences``)."""
    text, sentences = with_single_quotes(text, sentences)  # 'We were never paid,' he said.
    # an expansion never runs over a line break ("SUMMARY\n\nThe Office of Foreign Assets Control (OFAC)")
    reg = Registry(outlet=outlet, acronyms=company_short_names(text, defined_acronyms(text)),  # "OFAC", "Evergrip"
                   roster=roster_people(text))  # a hearing's witness list
    house = house_names(text)
    result: list[Attribution] = [Attribution(OUTLET_KEY) for _ in sentences]
    mentions: list[Mention | None] = []
    roles = role_label_names(text)
    for i, s in enumerate(sentences):
        # 'said "Ri", 38,'; "Zieliński said" read as "Zielinski said", the wording then given back its letters
        m = accounts_over(entry_reporter(sentences, i) or reread(find_mention, unquote_pseudonyms(fold_letters(blank_passive_found(
            blank_trailing_note(blank_intensifier(s.text))))), house), s.text) if s.kind == "body" else None  # "Says ..." in
        # a log entry: its caller; "... messages from couriers who say": them
        m = m or (coordinated_report(s.text) or saying_mention(s.text) or which_reported_mention(s.text)  # "They were
                  or translated_tag(s.text) or read_tag(s.text, text[:s.start]) if s.kind == "body" else None)  # promised ... but say ..."
        m = m or (floating_quantifier(s.text, find_mention) or embedded_report(s.text, find_mention)
                  if s.kind == "body" else None)  # "X and Y have both told", "We are aware that workers report"
        if s.kind == "body":  # "X, who spoke to us ..., said"; "X, which the families say owns ..., said": X
            m = reported_in_aside(m, s.text, find_mention) if m else relative_aside(s.text, find_mention)
        m = inner_tag(without_dateline(trailing_affiliated(past_long_aside(m, s.text, find_mention), s.text, find_mention),
                                       s.text), s.text, find_mention) if s.kind == "body" else m  # "X (an aside) said", "..., Y said"
        m = crowd_hearsay(gatherer(bullet_topic(subordinate_pronoun(m, s.text, sentences, i), s.text)), s.text)  # "X was fired after he complained
        # that ...": the page's; "- Documents: 12% said ...": the topic label of a bullet is no speaker; "accounts gathered by X": X
        if m is not None and (" ," in m.wording or not s.text.isascii()):
            m = Mention(_SPACE_RUN.sub(" ", own_letters(m.wording, s.text)).replace(" ,", ","), m.start, m.end, m.cue, m.direct,
                        m.relay)  # ("Joseph himself, ...": the word blanked out leaves a run of spaces)
        if m is None and s.kind == "body" and ":" in s.text[:30]:  # "HOLM: ..." after "our correspondent Vera Holm"
            m = surname_label(s.text, house, text[max(0, s.start - 3000):s.start])
        if m is not None and ":" in s.text[:100]:  # "GUEST: ..." after "GUEST (Ana Ruiz):", "DR LIND:" after "Dr Karin Lind"
            lab = transcript_label(s.text, house)
            if lab is not None and not lab[3] and m.start == lab[1]:
                m = relabel(m, lab[0], text[max(0, s.start - 3000):s.start], roles, s.text)
        mentions.append(m)
        if i == 0 or sentences[i - 1].paragraph != s.paragraph:
            reg.turn = None  # a transcript turn lasts to the end of its paragraph
        if m is not None and (inside_open_quote(sentences, i, m) or s.quote is not None and i > 0
                              and sentences[i - 1].quote == s.quote and _inside_open_quote(s.text, m.end)):
            # '"... The security officer said anyone who ran would be punished."': the quoted speaker's words; a tag
            # after the closing mark ('... the company says the rest is kept," one worker told us') still speaks
            m = mentions[-1] = after_quote(s.text, house)
        if m is not None and (shapes2.whole_group(m.wording) or m.wording == "All") and reg._recent(lambda e: e.plural) \
                and _THEY_REPORT.match(s.text):
            m = mentions[-1] = None  # "Both said ...", "All of them said ...", "All described ...": the group just met
        if m is not None:
            if reg.turn is not None and m.cue in DOC_ONLY_CUES and classify(m.wording) == "document":
                # "LINDQVIST: The entry statistics show a rise, and ...": the speaker of the turn cites them
                result[i] = Attribution(reg.turn, "said", True, False)
                continue
            m = opening_over_tag(interjected_subject(m, s.text), s.text)  # "X flew home with, she says, ...": X
            if m.wording.lower() in ("he", "she") and not any(e.person for e in reg.entries):
                m = _cataphora(m, sentences, i, text[max(0, s.start - 600):s.start])  # "He remembers ... Ryu, a ..."
            m = shapes2.back_reference(m, [e.source for e in sorted(reg.entries, key=lambda e: -e.order)],
                                       text[max(0, s.start - 600):s.start])
            if m.relay is not None and member_relays(m.wording, m.relay):  # "Inspectors found ..., the inspector said"
                m = Mention(m.relay, m.start, m.end, m.cue, m.direct)
            relayers = shapes2.relay_person(m, s.text)  # "..., according to lawmaker Kim": Kim is the next "he"
            if not relayers and m.relay is not None and m.relay != m.wording and classify(m.relay) in (
                    "official", "named_person"):  # "The agency told lawmakers that ..., lawmaker Kim said"
                relayers = [Mention(m.relay, m.start, m.start, "introduced")]
            for relayer in relayers:
                reg.resolve(relayer, s.start, text[max(0, s.start - 600):s.start])
            if (pseudonym := apposed_naming(s.text, m)) is not None:  # "One of them, ... who asked us to call him X"
                m = Mention(pseudonym, m.start, m.end, m.cue, m.direct, m.relay)
            agent = through_agent(m, s.text)  # "The firm said through its manager, Mr Karim Haddad, that": him
            name_the_one_met(s.text, m, reg)  # "the worker, identified as X" after "citing one of the men": one man
            src = reg.resolve(agent[0] if agent else m, s.start, text[max(0, s.start - 600) : s.start])
            src.kind = agent[1] if agent else prosecuting_kind(s.text, m, src.kind)  # "Prosecuting, X said"
            result[i] = Attribution(src.key, m.cue, m.direct or s.quote is not None, True, (m.start, m.end))
            # the speaker opens the sentence, or "..., X said"; (s36) "ANA RUIZ: A second driver, a man of 60.": him
            met = group_introduction(p := plain(s.text)) or labelled_introduction(p) if m.start < 3 or m.start > len(s.text) // 2 else None
            if met is not None and not part_of_speaker(met[0], src.wording):  # "@dock_watch: Spoke to two of the men
                # ...": the group, for a later "They say" (not "four of the women" when the women speak)
                reg.resolve(Mention(met[0], met[1], met[1] + len(met[0]), "introduced"), s.start, "")
            label = transcript_label(s.text, house) if reg.turn is None else None
            if label is not None and not label[3] and label[1] <= m.start < label[2] and src.key != OUTLET_KEY:
                reg.turn = src.key  # "VERA HOLM: ... He said ...": "he" is someone else than Holm
        elif s.kind == "body" and (s.quote is None or quoted_name_opening(s.text) or scare_quoted_introduction(s.text)):
            group = reg._recent(lambda e, t=s.text: (e.plural or collective_group(e.source.wording, t)) and e.source.kind == "anonymous_source") \
                if _THEY_REPORT.match(s.text) else None
            if group is not None and group.order >= reg.counter - 4 and all(
                    e.source.kind == "anonymous_source" and not e.plural or e.source.kind == "document"
                    for e in reg.entries if e.order > group.order):  # only its members (or papers: "according to
                # their contracts") spoke since
                # "The broadcaster spoke to three women ... They all said ...": the group just met
                result[i] = Attribution(reg._touch(group).key, "said", False, True)
                continue
            intro = introduction(plain(s.text)) or group_introduction(plain(s.text)) or protest_group(plain(s.text)) \
                or examined_document(plain(s.text)) or contacting_group(plain(s.text)) or statement_issuer(plain(s.text))
            # "The Committee examined WPS records": for "These showed"; "Parents in Osh call us": "They say"; "X sent a statement"
            if intro is None and name_given_later(s.text, reg):
                continue  # "He gave his name as Choe.": the man just heard is Choe
            if intro is not None:  # not a speaker yet: the antecedent of a later "he said"
                np, at = intro
                np = apposed_naming(s.text, Mention(np, at, at + len(np), "introduced")) or np  # "..., who asked us to call him X"
                reg.resolve(Mention(np, at, at + len(np), "introduced"), s.start, text[max(0, s.start - 600):s.start])
            elif reg.entries:
                doc = _DOC_SUBJECT.match(s.text) if s.text[:2] in ("Th", "It") else None
                src_doc = reg.document_named(doc.group(1).lower()) if doc is not None else demonstrative_document(
                    s.text, [e.source for e in sorted(reg.entries, key=lambda e: e.order) if e.source.kind == "document"])
                if src_doc is not None:  # "The contract runs for three years.": the contract describes itself
                    result[i] = Attribution(src_doc.key, "describe", False, False)
                    continue
                subject = _SUBJECT_NAME.match(s.text)
                if subject is not None:
                    reg.touch_name(subject.group(1))
    # indirect speech carries on to its paragraph ("X told us about Y. Y was ..."), as does a document telling its content ("The contract states")
    kinds = {src.key: src.kind for src in reg.sources()}
    persons = {e.source.key: e.person and not e.plural for e in reg.entries}
    for i, s in enumerate(sentences):
        if s.kind != "body" or result[i].explicit or s.quote is not None or i == 0:
            continue
        prev = result[i - 1]
        if (
            sentences[i - 1].paragraph == s.paragraph
            and prev.source != OUTLET_KEY
            and (not prev.direct or (kinds.get(prev.source) == "document" or _INSTEAD.match(s.text) is not None)
                 and _short_quotes(sentences[i - 1].text))
            and (_FRAMING.search(sentences[i - 1].text) or kinds.get(prev.source) == "document"
                 or _ACCORDING_LEAD.match(sentences[i - 1].text) and kinds.get(prev.source) != "outlet"
                 or account_sequel(sentences, i, kinds.get(prev.source), persons.get(prev.source, False))
                 or _INSTEAD.match(s.text) and kinds.get(prev.source) != "outlet")  # what happened in place of it
            and not other_footnote(sentences[i - 1].text, s.text) and not (kinds.get(prev.source) == "document" and (
                own_voice(s.text, prev.cue) or _OWN_INFERENCE.search(s.text) or addressed_document(reg, prev.source, prev.cue)))
        ):
            # "Kwon said those who missed it were criticised. He kept about $300 a month." continues his account;
            # "Our payments were made by bank transfer" after "The article states ..." is the outlet's own
            result[i] = Attribution(prev.source, prev.cue, False, False)
        elif (letter := addressee_statement(reg, s.text)) is not None:  # "You also state that ...": "Your letter"
            result[i] = Attribution(letter, "state", True, False)
    # a plain sentence between two reported sentences of one person in a paragraph continues that account
    # ("Ryu says they slept in containers. Work ran past midnight. He described a wage of ...")
    for i in range(1, len(sentences) - 1):
        s = sentences[i]
        before, after = result[i - 1], quote_speaker(sentences, result, i + 1)  # '"We sewed ... food," Hoa said.'
        if (s.kind == "body" and result[i].source == OUTLET_KEY and not result[i].explicit and s.quote is None
                and '"' not in s.text and not _SAID_IN.search(s.text)
                and before.source != OUTLET_KEY and before.source == after.source
                and not before.direct and persons.get(before.source, False)
                and sentences[i - 1].paragraph == s.paragraph == sentences[i + 1].paragraph):
            result[i] = Attribution(before.source, before.cue, False, False)
    if apply_document_voice(text, sentences, result, reg, outlet):  # a firm's statement or a report excerpt: itself
        pass
    elif outlet is None and (_PRESS_RELEASE.search(text[:800]) or state_notice_head(text)):  # its issuer speaks where no one is
        release_voice(text, sentences, result, reg, Attribution)
    # a signed commentary: the named author's first-person findings and views are the author's
    author = byline_author(text)
    if author is not None:
        opinion = _AUTHOR.search(text[:1500]) if is_commentary(text) else None  # its views are the author's
        for i, s in enumerate(sentences):
            if s.kind == "body" and not result[i].explicit and s.quote is None and (
                    '"' not in s.text or opinion is not None and _short_quotes(s.text)):  # a "scare quote"
                fp = _FIRST_PERSON.search(plain(s.text))
                if fp is None and opinion is not None and s.start >= opinion.end() and (
                        result[i].source == OUTLET_KEY or _WRITER.search(s.text)):  # "He showed me a roster"
                    result[i] = Attribution(reg.resolve(Mention(author, 0, 0, "wrote"), s.start, "").key, "wrote")
                elif fp is not None:
                    src = reg.resolve(Mention(author, 0, 0, "wrote", False), s.start, "")
                    word = _I_OR_MY.search(fp.group(0))
                    at = fp.start() + (word.start() if word else 0)
                    span = (at, at + (len(word.group(0)) if word else 0))
                    result[i] = Attribution(src.key, "wrote", False, True, span)
    # a transcript line ("KIM: We were never paid. The leader kept ...") speaks to its end
    line_speaker = False
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if result[i].explicit:
            if line_speaker and sentences[i - 1].paragraph == s.paragraph and told_the_witness(mentions[i], s.text):
                result[i] = Attribution(result[i - 1].source, "said", True, False)
                continue  # "PAK: ... the guard told us we would be sent back": the witness's own account
            label = transcript_label(s.text, house) or handle_label(s.text)
            said_at = result[i].span
            line_speaker = label is not None and not label[3] and result[i].source != OUTLET_KEY and (
                said_at is None or label[1] <= said_at[0] < label[2]) or (  # the label itself names the speaker
                said_at is not None and said_at[0] <= 2 and s.text[said_at[1]:said_at[1] + 1] == ":")  # "Kim Ok: ..."
            continue
        if line_speaker and i > 0 and sentences[i - 1].paragraph == s.paragraph:
            result[i] = Attribution(result[i - 1].source, "said", True, False)
        else:
            line_speaker = False
    # interview answers ("A: ...") belong to the interviewee
    answer_para, question_paras = -1, page_questions(text, sentences, reg)  # "Q: ...", "**Why?**"; not an explainer's own
    labelled = {s.paragraph for s in sentences if s.kind == "body" and ":" in s.text[:60]
                and transcript_label(s.text, house) is not None} if question_paras else set()
    label_paras = {s.paragraph for j, s in enumerate(sentences) if (j == 0 or sentences[j - 1].paragraph != s.paragraph)
                   and not _ANSWER.match(s.text) and transcript_label(s.text, house) is not None}
    heads, faq = Headings(sentences if question_paras else []), reader_questions(sentences)  # (readers' Q&A: the page answers)
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if s.paragraph in labelled:
            continue  # a transcript line: its label says who speaks
        if _ANSWER.match(s.text) or (s.paragraph - 1 in question_paras and s.paragraph not in question_paras):
            answer_para = s.paragraph
            if s.paragraph in label_paras:
                answer_para = -1  # "FOSSE: ...": a transcript turn, its label says who speaks
        elif answer_para >= 0 and s.paragraph > answer_para and s.paragraph not in question_paras \
                and any(q > s.paragraph for q in question_paras):
            answer_para = s.paragraph  # an answer that runs over several paragraphs, up to the next question
        if s.paragraph != answer_para or faq:
            continue  # (speed: no answer, nothing to weigh)
        mi = mentions[i]
        # "I believed him.", "A: The boss said we'd earn", "He told me I'd go", "The contract said 400": theirs
        said_i = mi is not None and (mi.wording.lower() in ("i", "we") or own_account(s.text, mi, _ANSWER.match(s.text) is not None)
            or classify(mi.wording) == "document" or told_the_witness(mi, s.text))  # the answerer's account
        if not result[i].explicit or said_i or mi is None and result[i].cue == "wrote":
            headed = heads.before(i)  # 'Interview 2: "Gang", 41, welder': that interviewee's answers
            turn = answer_turn(sentences, mentions, [r.source if r.explicit else None for r in result], i,
                               None if headed else result)
            e = next((x for x in reg.entries if x.source.key == turn), None)  # "Lin Qiao: ..." opened the line
            if e is None and headed:
                src = reg.resolve(Mention(headed, 0, 0, "answered", True), s.start, text[:s.start])
                result[i] = Attribution(src.key, "answered", True, False)
                continue
            e = e or framed_answerer(reg, text, s.start, reg._recent(  # "X put four questions to Y": Y's answers
                lambda e, at=s.start: e.source.kind == "named_person" and spoke_before(e.source, at, text))
                or reg._recent(lambda e, at=s.start: e.person and spoke_before(e.source, at, text)  # never one met later
                               and not sample_group(e.source, e.plural, text[:at])))
            if e is not None:
                result[i] = Attribution(e.source.key, "answered", True, False)
            else:  # the interviewee is only introduced as a subject ("Ri Song-il, 44, spent four years ...")
                lede = text[: s.start]
                name = lede_interviewee(lede)
                if name:
                    src = reg.resolve(Mention(name, 0, 0, "answered", True), s.start, lede)
                    result[i] = Attribution(src.key, "answered", True, False)
    labelled_quotes(text, sentences, result, reg)  # '"..." (Tajik farmhand, 38, Amur Oblast)': the label's person
    explicit_in_quote: dict[int, list[int]] = {}  # carry speakers through quotations and quote-only paragraphs
    for j, sj in enumerate(sentences):
        if sj.quote is not None and result[j].explicit:
            explicit_in_quote.setdefault(sj.quote, []).append(j)
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
        donor = quote_donor(sentences, result, i, explicit_in_quote)
        named = introduced_before(sentences, result, i)
        if donor is not None:
            result[i] = Attribution(donor.source, donor.cue, True, False)
        elif named is not None:
            # 'Nordweld's director, Tomasz K., rejected the allegations. "We employed ..."': the one just named
            result[i] = Attribution(named.source, named.cue, True, False)
        elif last_direct is not None and last_direct[0] >= s.paragraph - 1 - subhead_gap(sentences, i):
            result[i] = Attribution(last_direct[1].source, last_direct[1].cue, True, False)
        elif (person := _pronoun_before_quote(sentences, result, i, persons)) is not None:
            # 'Asked whether they could leave, she shrugged. "Leave for where? ..."': the person "she" is
            result[i] = Attribution(person, "said", True, False)
        elif last_explicit is not None and last_explicit[0] == s.paragraph - 1 and quote_paragraph(sentences, i):
            # a paragraph that is all quotation, right after someone was introduced ("Kim described it:")
            result[i] = Attribution(last_explicit[1].source, last_explicit[1].cue, True, False)
        elif quote_paragraph(sentences, i) and (lead := document_lead(sentences, i)) is not None:
            # "From the notice:" then a paragraph all in quotation: the notice's own words
            result[i] = Attribution(reg.resolve(Mention(lead, 0, 0, "states", True), s.start, "").key, "states", True, False)
        elif s.quote is not None and (name := _portrayed_before(sentences, result, i)) is not None:
            # 'Lee Young-ja worked at a plant for three years.' then a paragraph all in quotation: hers
            token = name.split()[-1] if name.split()[0] in ("Mr", "Mrs", "Ms", "Dr") else name.split()[0]
            known = reg._recent(lambda e, token=token: e.source.kind == "named_person"
                                and token in (e.source.canonical or "").replace("-", " ").split())
            key = known.source.key if known is not None else reg.resolve(
                Mention(name, 0, 0, "said", True), s.start, "").key
            result[i] = Attribution(key, "said", True, False)
        if result[i].source != OUTLET_KEY:
            last_direct = (s.paragraph, result[i])
    return final_sources(text, sentences, result, reg, mentions, house), result  # forum posts are their posters'


_PRESS_RELEASE = re.compile(r"\b(?:press|media|news)\s+(?:release|statement)\b|\bstatement\s+by\s+the\b",
                            re.IGNORECASE)
_FRAMING = re.compile(
    r"\b(?:told|tells|spoke|talked|wrote)\b[^.]{0,60}\babout\b|\b(?:described|recounted|recalled|detailed)\b|:\s*$"
    # a document passing on what someone told its authors ("It cites testimony from two cooks that ..."): it goes on
    r"|\b(?:cites|cited)\s[^.]{0,80}?\b(?:information|testimony|account|evidence)\s[^.]{0,80}?\bthat\b",
    re.IGNORECASE,
)
_SAID_IN = gated(r"\b(?:said|says|told|tells)\b", re.IGNORECASE)
# "According to the employee, the phones were taken. The women may call home once a month.": the account goes on
_ACCORDING_LEAD = re.compile(r"^\W{0,3}According\s+to\s+(?:(?:the|a|an|one|this|that|their|its|his|her)\s|(?:investigators|prosecutors|police)\b)")
_WRITER = re.compile(r"\b(?:I|me|my)\b")
# "X said they were promised jobs in Bangkok. Instead they were driven ...": the account goes on
_INSTEAD = re.compile(r"^\W{0,3}Instead\b")
_ANSWER = re.compile(r"^\s*[*_]{0,2}(?:A|Answer)\s*[:.)-][*_]{0,2}\s", re.IGNORECASE)  # "**A:** ..." too


_OWN_INFERENCE = re.compile(
    # the writer drawing a conclusion from a document ("The balance thus appears to have been ...")
    r"\b(?:thus|therefore|hence|appears?\s+to\s+have|would\s+(?:indicate|suggest|mean))\b"
    # or its reporters' own visit ("When our reporters visited ...")
    r"|^\W{0,3}(?:When|As|On\s+the\s+day)\s+(?:our\s+|this\s+|a\s+|the\s+)?"
    r"(?:reporters?|correspondents?|journalists?|newspaper|crew|team)\s+(?:\w+\s+)?"
    r"(?:visited|arrived|went|called|toured)\b")


def _short_quotes(text: str) -> bool:
    """Are the quotations in a sentence only short labels (a heading, a column name), not speech?"""
    quoted = _STRAIGHT_QUOTED.findall(plain(text))
    return bool(quoted) and all(len(q.split()) <= 6 for q in quoted)


_PRONOUN_SUBJECT = re.compile(r"^\s*(?:[^,\"]{0,100},\s+)?(?:he|she|He|She)\s+[a-z]+")


def _pronoun_before_quote(sentences: list[Sentence], result: list[Attribution], i: int,
                          persons: dict[str, bool]) -> str | None:
    """The person a quotation belongs to when the unquoted sentence that opens its paragraph has "he" or
    "she" as subject ("Asked ..., she shrugged."): the last single person quoted or reported before."""
    para = sentences[i].paragraph
    first = next(j for j in range(i, -1, -1) if j == 0 or sentences[j - 1].paragraph != para)
    if first == i or sentences[first].quote is not None or not _PRONOUN_SUBJECT.match(sentences[first].text):
        return None
    if any(sentences[j].quote is None for j in range(first + 1, i)):
        return None  # the quotation must follow the pronoun's sentence directly
    for k in range(first - 1, max(-1, first - 12), -1):
        if result[k].source != OUTLET_KEY:
            return result[k].source if persons.get(result[k].source, False) else None
    return None


_PORTRAYED = re.compile(r"^\s*(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?"
                        r"(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?){0,2})(?:,\s+(?P<appos>\d{1,3}|(?:a|an)\s+[^,\"]{2,60}?),)?"
                        r"\s+(?:\([^)]{1,40}\)\s+)?(?!said|says|told|tells|on\b|at\b|in\b|of\b|and\b)[a-z]+")

_LEADING_NAME = re.compile(r"^\s*(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?"
                           r"(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?){0,2})(?:,|\s+\(|\s+[a-z])")

_OPENERS = frozenset("According As In On At After Before When While Since Asked Speaking Despite Under For From But And Is Are Do "
                     "Yet So Still Then There It We They She He I Last Earlier Later Within During Until By With Does Can".split())  # (s46) "Is ...?"


def _cataphora(m: Mention, sentences: list[Sentence], i: int, context: str) -> Mention:
    """ "He remembers the cold first. Ryu, a former logger, ...": a pronoun before anyone was named
    refers to the person the next sentence opens with; kept as it is when the text before names someone."""
    if own := last_name(sentences[i].text[:m.start]):  # "When Mary X, 27, boarded a flight, she believed ...": her
        return Mention(own, m.start, m.end, m.cue, m.direct, m.relay)
    back = None if last_name(context) else shapes2.given_name_before(context, m.wording)
    if back is not None:  # "Asked ..., Amina shook her head. '...,' she said.": the woman just named
        return Mention(back, m.start, m.end, m.cue, m.direct, m.relay)
    if last_name(context) or i + 1 >= len(sentences) or sentences[i + 1].paragraph != sentences[i].paragraph:
        return m
    ahead = _LEADING_NAME.match(sentences[i + 1].text)
    if ahead is None or classify(ahead.group("name")) != "named_person" or ahead.group("name").split()[0] in (
            "The", "A", "An", "This", "That", "One", "Another", "Her", "His", "Their", "Its", "Our", "My") \
            or ahead.group("name").split()[0] in _OPENERS:  # "According to Dr. Koss, ...": no name opens it
        return m
    return Mention(ahead.group("name"), m.start, m.end, m.cue, m.direct, m.relay)


def _portrayed_before(sentences: list[Sentence], result: list[Attribution], i: int) -> str | None:
    """The person the paragraph before a paragraph of quotation portrays, named as the subject of its
    first sentence ("Lee Young-ja worked at a shrimp plant for three years."), when nobody speaks there."""
    para = sentences[i].paragraph
    if i > 0 and sentences[i - 1].paragraph == para:  # only the first sentence of a quoted paragraph looks back, or a
        if not quote_after_opener(sentences, i):  # quotation filling the paragraph its first sentence opens
            return None
        before = [i - 1]
    elif not quote_paragraph(sentences, i):
        return None
    else:
        before = [j for j in range(max(0, i - 8), i) if sentences[j].paragraph == para - 1]
    if len(before) == 1 and not result[before[0]].explicit and (named := heading_name(sentences[before[0]].text)):
        return named  # 'Voice note 1 — "Hiwot", Achrafieh' over a paragraph of quotation: Hiwot's
    if len(before) == 1 and label_heading(sentences[before[0]].text):
        return None  # "Voice note 1": a label, nobody's name
    if not before or any(result[j].explicit or sentences[j].quote is not None for j in before):
        return None
    m = _PORTRAYED.match(sentences[before[0]].text)
    if m is None or _LEAD_PREPOSITION.match(m.group("name")) or classify(m.group("name")) != "named_person" or (
            # "Lena Abel, a cook from Taraz," but not "Taraz, a city of ...,"
            m.group("appos") or "1")[0].isalpha() and classify(m.group("appos")) != "anonymous_source":
        return None
    return m.group("name")


# "From the workers:", "Inside the camp, ...": a capitalised preposition opening a line names nobody
_LEAD_PREPOSITION = re.compile(r"(?:From|In|At|On|For|With|By|To|Of|After|Before|Inside|Outside|Under|Over|Between|Among|"
                               r"During|Since|Until|About|Across|Around|Behind|Beyond|Near|Through|Within|Without)\b")
