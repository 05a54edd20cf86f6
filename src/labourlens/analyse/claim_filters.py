"""Claim selection filters (extractor ``claim_filters.v1``): sentences that look like claims
but are the document's frame, and denials that carry no worker word.

Not claims (the gold conventions, tests/gold/README.md: headlines and section titles, footnotes,
Q: lines, programme lines and non-answers are never claims):

- titles and section labels: a one-sentence paragraph with no closing punctuation
  ("Concrete and rust: welding crews on the Baltic (excerpt)"), a numbered or short label
  that opens a paragraph ("3.2 Pay.", "(ii) Hours and housing.");
- footnotes ("[7] Payslips on file with the authors.");
- the interviewer's "Q:" lines and a committee member's numbered question ("Q12 Lord Ashby: ...");
- programme and page lines ("We'll be back after the break", "This is not legal advice",
  "did not respond to emailed questions");
- how the reporting was done, in the outlet's voice ("Our reporter spoke to nine welders",
  "Between May and July we conducted 24 interviews", "The study draws on court files");
- recommendations ("Buyers should audit their suppliers", "Second, fund legal aid").

:func:`official_denial` finds a party's denial phrased without a worker word ("found no violations
of migration law", "is in full compliance with international law", "was not aware of the matter"),
which is a (negated) claim about the workers' situation.
"""

from __future__ import annotations

import re

from labourlens.analyse.bare_answers import bare_answer
from labourlens.analyse.caps_turns import caps_turn_label, host_address
from labourlens.analyse.case_captions import case_caption
from labourlens.analyse.chat_exports import chat_stamp_end
from labourlens.analyse.document_frames import document_frame
from labourlens.analyse.gated import Folded, gated
from labourlens.analyse.none_where import NONE_OF_FRONTED
from labourlens.analyse.own_doings import note_on_accounts
from labourlens.analyse.page_business import page_heading_line
from labourlens.analyse.page_framing import page_framing_line
from labourlens.analyse.reading_items import reading_item
from labourlens.analyse.record_fields import field_frame
from labourlens.analyse.request_lists import request_line
from labourlens.analyse.run_in_headings import run_in_heading
from labourlens.analyse.testimony_blocks import heading_label
from labourlens.model import Sentence

__all__ = ["EXTRACTOR", "is_title", "is_footnote", "is_question_line", "is_programme_line", "is_method_line",
           "is_recommendation", "is_addressed_recommendation", "frame_line", "official_denial", "is_unverified_note", "finding_denial", "is_lead_in",
           "negative_finding"]

EXTRACTOR = "claim_filters.v1"

# (s48, heldout436) or an audit's code of letters, a hyphen and digits: "F-01", "NC-3"
_NUMBER = r"(?:\(?[ivxlc]{1,5}\)|\(?[a-h]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-H]\.\d{1,2}\.?|[A-Z]{1,2}-\d{1,3}\.?)"
# (s389) or after a bullet mark: "- Wages. 22 percent said ..."
_LABEL = re.compile(rf"^\s*(?:{_NUMBER}\s+|[-\u2022*\u2013\u25aa\u25cf][ \t]+)?([A-Z][a-z]+(?:,? (?:and |& )?[a-z]+){{0,3}})\s*[.:]\s*$")
# (s48, heldout436) perhaps with the finding's grade in brackets after it: "F-01 Recruitment fees (Critical)."
_NUMBERED_LABEL = re.compile(rf"^\s*{_NUMBER}\s+[A-Z][A-Za-z ,&-]{{0,40}}(?:\s*\([A-Z][A-Za-z ,&-]{{1,30}}\))?[.:]?\s*$")
# a numbered item of a report, then its subject: "Finding 3.1 — Recruitment fees.", "Major non-conformity 2 (documents).",
# "Finding 4 (major): passports."
_ITEM_LABEL = re.compile(r"^\s*[A-Z][a-z]+(?:[ -][a-z]+){0,2}\s+\d{1,2}(?:\.\d{1,2}){0,2}\s*(?:[\u2014\u2013:-]\s*[A-Z][\w ,&'-]{1,40}|"
                         # (s45) also a capitalised rating: "Finding 2 (Critical): Wages.", "Finding 6 (No finding): Hours."
                         r"\([A-Za-z][a-z ,&-]{1,30}\)(?:\s*[\u2014\u2013:-]\s*[A-Za-z][\w ,&'-]{1,40})?|"
                         # (s42) the subject after a comma, then the rating: "Observation 2, rest days (minor)."
                         r",\s*[a-z][a-z &'-]{1,40}\s*\([a-z][a-z ,&-]{1,30}\))\s*\.?\s*$")
# a graded item's label with its subject, also on a line of its own: "Finding 4 (major): passports."
_GRADED_LABEL = re.compile(r"^\s*[A-Z][a-z]+(?:[ -][a-z]+){0,2}\s+\d{1,2}(?:\.\d{1,2}){0,2}\s*\([A-Za-z][a-z ,&-]{1,30}\)\s*"
                           r"[\u2014\u2013:-]\s*[A-Za-z][\w ,&'-]{1,40}\.?\s*$")
_ANSWER_WORDS = frozenset("no not none never nobody nothing yes once twice sometimes always".split())
_TITLE_MARKS = re.compile(r"(?:\s[\u2014\u2013|]\s|\s-\s|\((?:excerpt|extract|abridged)\)|^[A-Z][A-Z ]{3,}[:|])",
                          re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\W*(?:\d{1,2}|[IVXivx]{1,4})(?:\.\d{1,2})*\.?\W*$")
_LINE_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[IVXivx]{1,4})[.)][ \t]*")
_VERBISH = re.compile(r"\b(?:is|are|was|were|said|says|had|has|have|did|do|does)\b")


def _paragraph(sentences: list[Sentence], i: int) -> list[Sentence]:
    """The sentences of sentence ``i``'s paragraph (neighbours only: sentences are in text order)."""
    p = sentences[i].paragraph
    lo, hi = i, i + 1
    while lo > 0 and sentences[lo - 1].paragraph == p:
        lo -= 1
    while hi < len(sentences) and sentences[hi].paragraph == p:
        hi += 1
    return sentences[lo:hi]


_EXCERPT_NOTE_END = re.compile(r"\((?:excerpt|extract|abridged|[^()]*\d{4}|[^()]*paragraphs?[^()]*)\)$", re.IGNORECASE)


_NUMBERED_LINE = re.compile(rf"^\s*{_NUMBER}\s")


def is_title(sentences: list[Sentence], i: int, doc: str = "") -> bool:
    """A heading: a one-sentence paragraph, or a whole line of ``doc``, with no closing punctuation that is
    short or marked as a title ("Remittance targets abroad", "Field Report 4 - Chapter 2 (excerpt)"), or a
    short label opening a paragraph ("Pay.", "4.1 Hours.", "(iii) Food and housing.")."""
    s = sentences[i]
    text = s.text.strip()
    para = _paragraph(sentences, i)
    first = bool(para) and para[0].index == s.index
    if first and len(para) > 1 and _ITEM_LABEL.match(text) and len(text.split()) <= 8:
        return True  # "Finding 3.1 — Recruitment fees.", "Major non-conformity 2 (documents).": a numbered item's label
    if first and len(para) == 1 and _GRADED_LABEL.match(text) and len(text.split()) <= 8:
        return True
    if first and _NUMBERED_LABEL.match(text) and len(text.split()) <= 6:
        return True
    if len(para) <= 2 and heading_label(" ".join(x.text.strip() for x in para)) is not None:
        return True  # "Testimony 4 (male, logger)", "Box 1. A cook's account": a testimony's label line
    m = _LABEL.match(text)
    if first and m and not (set(m.group(1).lower().replace(",", " ").split()) & _ANSWER_WORDS) and (
            len(para) > 1 or _NUMBERED_LINE.match(text)):
        return True
    para = [x for x in para if not _BARE_NUMBER.match(x.text)]  # "4." on the line before the title
    if doc and para and _chat_message(doc, para[0].start):
        return False  # "[03/05, 06:10] Abdi: the boss took our passports": a message typed without a full stop
    # (after the item's number on its own line: "2. SENEGAL: Monument crew 'gone'")
    whole_line = bool(doc) and (s.start == 0 or doc[s.start - 1] == "\n" or _LINE_NUMBER.fullmatch(
        doc, doc.rfind("\n", 0, s.start) + 1, s.start) is not None) and doc[s.end:s.end + 1] in ("\n", "")
    if not text or not (len(para) == 1 or whole_line):
        return False
    bare = text.rstrip("\"'\u201d\u2019") if whole_line and _TITLE_MARKS.search(text) else text
    if bare[-1] in ".!?\"'\u201d\u2019:;]\u2026":
        return False
    words = text.split()
    short = len(words) <= 12 and not _VERBISH.search(text)
    if bare.endswith(")") and not short and not _EXCERPT_NOTE_END.search(text):
        return False
    return short or bool(_TITLE_MARKS.search(text))


def _chat_message(doc: str, start: int) -> bool:
    """Does the line holding ``start`` open with a chat export's time stamp and sender?"""
    line_start = doc.rfind("\n", 0, start) + 1
    line_end = doc.find("\n", start)
    return chat_stamp_end(doc[line_start:line_end if line_end >= 0 else len(doc)]) > 0


_FOOTNOTE = re.compile(r"^\s*\[\d{1,3}\]\s+\S")


def is_footnote(text: str) -> bool:
    """ "[12] Shipping records on file with the authors.": a footnote."""
    return bool(_FOOTNOTE.match(text))


_QUESTION_LINE = re.compile(r"^\s*(?:Q\s*[:.]|Q\d{1,3}\s+[A-Z][^:]{0,60}:|QUESTION\s*:)\s")


# a form's instruction to whoever fills it in ("Give the usual shift length ...", "If so, list the agencies used ...",
# "List all agencies used"): it asks, it claims nothing (not "State media reported ...", "Give them their pay")
_FORM_INSTRUCTION = re.compile(
    r"^\W*(?:if\s+(?:yes|no|so|not|applicable),?\s+)?(?:please\s+)?(?:state|give|list|describe|explain|provide|attach|"
    r"indicate|specify|enter|tick)\s+(?:the|your|all|any|each|every|whether|how|why|when|where|which|what|details|a\s+copy|"
    r"copies)\b", re.IGNORECASE)


def is_question_line(text: str) -> bool:
    """The interviewer's "Q:" line, a committee member's numbered question ("Q7 Ms Ortiz: ..."), or a form's
    instruction to whoever fills it in ("Give the usual shift length ...", "If so, list the agencies used ...")."""
    return bool(_QUESTION_LINE.match(text)) or bool(_FORM_INSTRUCTION.match(text))


_PROGRAMME = gated(  # speed: most sentences lack its words
    r"\b(?:(?:did|does|has|have|had) not (?:yet )?(?:immediately )?(?:respond|reply|replied|responded)|"
    r"didn't (?:respond|reply)|(?:brought|presented) to you by|(?:we'll|we will) be (?:right )?back|"
    r"back after (?:the|this) (?:news|break)|leave (?:our|the) coverage|keep updating this|"
    # (s43) a poster's promise of more ("Will post again once I know more."), a name the page gives someone ("We'll
    # call her Hana."), a sitting closing an item ("We shall now adjourn this item.")
    r"^\W*(?:i'll|i\u2019ll|i will|will) (?:update|post (?:again|more|an update)) (?:this )?(?:if|when|as soon as|once) i "
    r"(?:hear|learn|know|get|find out) (?:any)?more\b|"
    r"^\W*(?:[^:\n\"]{2,50}:\s*)?(?:we|i)(?:'ll|\u2019ll| will| shall) call (?:him|her|them) (?:only )?[\"\u201c]?"
    r"(?-i:[A-Z])[\w'\u2019-]*[\"\u201d]?\.?\s*$|"
    r"^\W*(?:[^:\n\"]{2,50}:\s*)?we (?:will|shall) (?:now )?adjourn\b[^.;:\"]{0,40}\.?\s*$|"
    r"^\W*(?:and )?that(?:'s|\u2019s| is| was) (?:it|all) (?:for|from) (?:this|today|now|us|me|our|issue|episode|edition|"
    r"number|no\.)\b|"  # (s41) "That is it for episode 40."
    # a broadcast's teaser of what comes next: "After the break: new rules for work patents", "Coming up: ..."
    r"^\W*(?:after the (?:break|news|headlines)|coming up(?: next)?|still to come|later in the (?:programme|program|show))(?=\s*:)|"
    r"not (?:constitute )?legal advice|for information (?:purposes )?only|reposts? (?:items|articles|stories|posts)|"
    r"refer you to|reserve the right|(?:are|is) not (?:their|his|her) (?:real )?names?|"
    # the page's own care for the people it names: "The names of the two cooks have been changed at their wish",
    # "The Courier has blurred the faces of the men at their request"
    r"^\W*the names? of\b[^.;]{1,80}?\b(?:are|is|were|was|have been|has been) (?:being )?(?:withheld|changed|kept back)\b|"
    r"\b(?:has|have|had) (?:blurred|pixelated|obscured|hidden) (?:the |their |his |her )?faces\b|"
    r"(?:has|have) been (?:shortened|condensed|abridged)|give the floor|"
    r"thank you,? (?:chair|madam chair|mr\.? chair|chairman)|come back to this|summary and extracts by|"
    r"(?:is|are) not published|reached out to|asked anyone who|did not say how many|"
    # a non-answer: "He did not say when.", "She declined to say whether any fines were paid."
    r"^\W*(?:he|she|it|they|the \w+) (?:did not|would not|didn't|declined to|refused to) say (?:when|whether|how|why|where|"
    r"which|what|who)\b|"
    r"^\W*(?:[^\W\d_]+(?: \([^)]*\))?:\s*)?(?:we|i) (?:asked|contacted|approached|wrote to|emailed) "
    r"(?:(?:the|a|an) (?-i:[A-Z])\w*|[^.;:\"]{2,60}? for (?:a |any )?comment)|"
    # (s349) the page's note of what it prints ("We print the two notes, trimmed."), a spokesperson's non-answer
    # ("That was answered earlier.", "Please ask the relevant ministry."), a second account told only
    # as like or unlike the first ("A driver gave a like account.")
    r"^\W*we (?:are |have )?(?:publish(?:ing|ed)?|reproduc(?:e|ing)|reprint(?:ing)?) (?:both|them|it|all|(?:the|these|"
    r"those|their|his|her) (?:main |key |full |two |three )?(?:exchanges|messages|accounts|letters|posts|answers|"
    r"statements|texts?|replies|transcript|excerpts|extracts))\b[^.;:]{0,40}\.?\s*$|"
    r"\b(?:have|has) already answered (?:your|this|that|the) question|"
    r"^\W*(?:for (?:details|specifics|more)[^.;:]{0,20}, )?please (?:ask|consult|contact|refer to) the (?:competent|relevant|"
    r"responsible) (?:authorities|departments?|ministr\w+)\b|"
    r"^[^.;:\"\u201c]{3,120}\b(?:told|gave|described|offered) (?:much |very |roughly |largely )?(?:the same|a similar|"
    r"similar|different|other) (?:story|stories|account|accounts|figures|picture|version)\.?\s*$|"
    # a broadcast's roster line: "Participants: Eva Lind (host); Jan Berg, labour inspector; ..."
    r"^\W*(?:participants|guests|panel(?:l?ists)?|in the studio|taking part)(?=\s*:)|"
    # a thread's own lines: its opening "1/ Thread on the brick kilns of Darkhan.", a plea to its readers ("Please
    # don't share the men's photos.")
    r"^\W*(?:\d{1,3}/\d{0,3}\s+)?(?:a\s+|this\s+)?thread\s+(?:on|about)\b|"
    r"^\W*(?:\d{1,3}/\d{0,3}\s+)?please,?\s+(?:don't|do\s+not|never|share|repost|retweet|spread|boost)\b|"
    # (s41) a sitting's own business, under a speaker's label or not: "Let us go on to item 4 of the order paper.", "We
    # shall now have a short recess.", "Senator Ruiz, please."
    r"^\W*(?:[^:\n\"]{2,50}:\s*)?(?:(?:thank\s+you\.?\s+)?(?:we|let\s+us)\s+(?:will\s+|shall\s+)?(?:now\s+)?(?:move|turn|proceed|go|come)\s+(?:now\s+)?(?:on\s+)?to\s+"
    r"(?:questions|the\s+(?:next\s+)?(?:agenda|item|questions?|point)|agenda\s+item|item\s+\d)\b[^.;:\"]{0,90}\.?\s*$|"
    r"we\s+(?:will|shall)\s+(?:now\s+)?(?:take|have)\s+(?:a\s+)?(?:short\s+|brief\s+|[\w-]+-minute\s+)?(?:break|recess|pause)\.?\s*$|"
    r"(?:representative|rep\.|senator|sen\.|member|deputy|minister|vice\s+minister|councillor|councilor|mr\.?|ms\.?|mrs\.?|dr\.?)"
    r"\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2},\s+(?:please|go\s+ahead|you\s+have\s+the\s+floor)\.?\s*$)|"
    # (s39) a hearing chair who gives the floor: "THE CHAIR: I call Ms Ana Soto of the Growers' Union.", "CHAIRMAN (Mr
    # Ode): The Minister of Labour." (the next speaker's name or office alone)
    r"^\W*(?:the\s+)?(?:chair|chairperson|chairman|chairwoman|presiding\s+officer)(?:\s+\([^)]{1,60}\))?:\s*"
    r"(?:(?:thank\s+you\.?\s+)?i\s+(?:now\s+)?(?:call|invite|recogni[sz]e)(?:\s+(?:on|upon))?\s+(?:(?-i:[A-Z])|the\s+(?:"
    r"honourable|hon\.|member|minister|deputy|next|witness|representative|director|secretary)\b)[^.;:\"]{2,90}\.?\s*$|"
    r"(?:the\s+)?(?:(?:deputy|assistant|honourable|hon\.)\s+)?(?:minister|secretary|director|commissioner|member|"
    r"representative|witness)\b(?![^.;:]*\b(?:is|are|was|were|has|have|had|did|does)\b)[^.;:\"]{0,60}\.?\s*$))",
    re.IGNORECASE)


# (s339) a line of a sentencing list: "Dimitar Kolev (41), 6 years' imprisonment.", "Ana Petrova (35), 2 years, suspended."
_SENTENCE_LIST = re.compile(
    r"^\W*[^\W\d_][\w'\u2019.-]*(?:\s+[^\W\d_][\w'\u2019.-]*){0,3}\s*\(\d{1,2}\),?\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|life)\b[^.;:]{0,60}?"
    r"\b(?:imprisonment|in prison|jail|custody|suspended|community order|detention)\b"
    r"(?![^.;:]*\b(?:after|because|who|which|when|for (?:beating|keeping|holding|forcing)))[^.;:]{0,30}\.?\s*$")


# (s339) the question each worker was asked: "Inspectors asked each worker interviewed whether the agency held their
# passport." (the answers follow; the cue in the question tells of nothing done)
_ASKED_EACH = re.compile(r"\basked (?:each|every|all|all of) (?:the )?(?:worker|workers|employee|employees|person|people|"
                         r"interviewee|interviewees|respondent|respondents)\b(?: (?:interviewed|we met|they met))? "
                         r"(?:whether|if)\b(?![^.;]*\b(?:said|says|replied|answered|told|confirmed|and\s+(?:\d+|all|most|none|"
                         r"half|many|some)))[^.;]*\.?\s*$", re.IGNORECASE)


def is_programme_line(text: str) -> bool:
    """A line of the programme, page or reporting ("We'll be back after the news", "The ministry did not
    respond to emailed questions", "Names have been changed; the interview has been shortened", "We asked the
    agency for a comment", a roster line "Guests: Eva Lind, labour inspector; ...")."""
    return bool(_PROGRAMME.search(text))


# (s34) a case's description line under its number: "Kenyan woman, 31, domestic work, Jeddah." (no verb)
# (s41) or opened by the noun itself ("Woman, 31, Nakuru."), and the line of where she was placed, with no verb
# ("Employed with a family in Doha from May 2024.", "Placed in Kuwait since 2023.")
_CASE_DESCRIPTION = re.compile(
    r"^\W{0,3}(?:[A-Z][a-z]+\s+){0,2}(?i:woman|man|girl|boy|worker|mother|father|wife|husband|migrant|student|teenager)"
    r"\s*,\s*(?:aged\s+)?\d{1,2}(?:\s*,\s*[^,.;:]{1,40}){0,5}\.?\s*$"
    r"|^\W{0,3}(?:Employed|Placed|Working|Based)\s+(?:in|at|with)\s+(?:(?!\b(?:without|unpaid|no|not|never|but)\b)[^,.;:]){2,80}"
    r"\.?\s*$")


_PLACED_WORDS = ("Employed", "Placed", "Working", "Based")  # the openers of a case line saying where she was placed


def list_or_question_line(text: str) -> bool:
    """A sentencing list's line ("Dimitar Kolev (41), 6 years' imprisonment."), the question each worker was asked or
    a case's description line ("Kenyan woman, 31, domestic work, Jeddah."): no claim whatever cue it holds."""
    # (speed: asked of every body sentence, most of which hold neither an age in brackets nor "asked")
    return "(" in text and _SENTENCE_LIST.match(text) is not None or "sked" in text and _ASKED_EACH.search(text) is not None \
        or ("," in text or text.lstrip().startswith(_PLACED_WORDS)) and _CASE_DESCRIPTION.match(text) is not None \
        and _VERBISH.search(text) is None


_COUNT = (r"(?:\d+|a dozen|dozens of|several|many|more than (?:a dozen|\w+)|over \w+|about \w+|nearly \w+|some \w+|"
          r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
          r"eighteen|nineteen|twenty|thirty|forty|fifty)")
_METHOD = re.compile(
    rf"\b(?:(?:spoke|talked|talking|speaking) (?:to|with) {_COUNT}\b|"
    # "Kholod spoke to a man who worked beside the brigade until October.": one person met, introduced for the quotes after
    r"(?:spoke|talked) (?:to|with) (?:a|an|one) [^.;:\"\u201c]{2,60}? who (?:worked|works|had worked|has worked|lived|lives|"
    r"drove|drives|cooked|cooks|cleaned|cleans|used to)\b|"
    # "The Panel interviewed a former worker who had been employed at a plant in Donggang.": one person met
    r"interviewed (?:a|an|one) [^.;:\"\u201c]{2,60}? who (?:had been|was) employed\b(?![^.;:]*\b(?:and|but|where) )|"
    rf"(?<!who has )(?<!who have )(?<!it had )(?<!said it )(?:interviewed|surveyed) {_COUNT}\b|"
    rf"(?:conducted|carried out|held) {_COUNT} (?:\w+ )?interviews\b|"
    r"(?:was|were) interviewed by\b|"
    # (s337) people met by the paper itself, a recording the writer listened to, an audit's dates and auditor, a statement
    # that says it will set out the facts: how the account was gathered or framed, not what it tells
    r"\b(?:interviewed|reached|contacted) by (?:this|our) (?:newspaper|paper|reporters?|correspondents?|outlet|site|station)\b"
    r"[^.;:\"\u201c]{0,120}? (?:described|recounted|talked about|spoke about) (?:the|their|its) [\w' -]{1,30}\.?\s*$|"
    r"\blistened to the (?:audio|recording|recordings|clip|voice note|broadcast)\b|"
    r"\b(?:audit|survey|study|assessment) (?:was (?:carried out|conducted|done)|took place) (?:in|between|by|from|over)\b"
    r"(?![^.]*\b(?:found|finds|showed|shows|revealed|reveals|concluded)\b)|"
    r"\b(?:wish(?:es)?|would like|wants?) to (?:set out|clarify) (?:the facts|its position|our position|the following)\b|"
    r"^\W*(?:methodology|methods?|sources?) note\b|^\W*(?:methodology|methods?)\s*:|"
    r"(?:this|the|our) (?:paper|report|study|chapter|briefing|alert|summary|brief|analysis) (?:draws|is based|relies|"
    r"summari[sz]es)\b|"
    # "Our findings draw on court files", "firm names were drawn from trade registers"
    r"(?:this|the|our) (?:findings|research|reporting|data|figures) (?:draw|are based|rely|come)\s+(?:on|from)\b|"
    r"\b(?:are|were|is|was) (?:taken|drawn|compiled) from (?:the )?(?:public|company|corporate|court|official|trade|"
    r"customs|business|commercial) (?:records|registries|registers|databases|filings|documents)\b|"
    r"(?:described|told|gave|recounted) (?:a |the )?(?:same|similar) (?:arrangement|story|account|picture)s?|"
    r"^\W*(?:we|i|our \w+|the \w+) met (?:him|her|them|the (?:man|woman|men|women))\b|"
    r"agreed to (?:talk|speak|answer (?:our|my) questions|be interviewed|meet)\b|"
    # (s36) where and when the reporter met or heard them, and whom they reached, named after the role: "We spoke to
    # her at the shelter.", "I met four of them in May, after they got home.", "HOST: I spoke to the firm's owner, Ana
    # Ruiz."
    r"^\W*(?:we|i) (?:spoke|talked) (?:to|with) (?:him|her|them) (?:at|in|outside|near|by|over) "
    r"(?![^.]*\b(?:and|but|who|where|said|says|told)\b)[^.;:\"\u201c]{2,60}\.?\s*$|"
    rf"^\W*(?:we|i) (?:first )?met {_COUNT} of them\b(?![^.]*\b(?:and|but|who|where|said|says|told)\b)"
    r"[^.;:\"\u201c]{0,60}\.?\s*$|"
    r"^\W*(?:[a-z][a-z .'-]{1,40}:\s*)?(?:we|i) (?:spoke|talked) (?:to|with) (?:the|its|their|an?) [^.;:,\"\u201c]{2,60},\s+"
    r"(?!who\b|which\b|and\b|but\b|as\b)[a-z][\w'-]+(?:\s+[a-z][\w'-]+){0,2}\.?\s*$|"
    # (s339) a source met through an interpreter; papers reviewed; a site visited ("spoke to the Courier through an
    # interpreter", "has reviewed contracts and pay slips for 31 workers", "inspectors visited the plant during the late
    # shift"): how, not what
    r"(?:spoke|talked) to (?:the |this |our )?[\w' -]{1,40}? (?:through|via|with the help of) an? (?:interpreter|translator)\b"
    r"(?![^.]*\b(?:said|says|told|tells|described|recalled|explained)\b)|"
    r"(?:has|have|had) (?:reviewed|examined|analysed|analyzed|studied) (?:the )?(?:contracts|pay ?slips|payslips|documents|"
    r"records|files|payroll records|time records|tenancy agreements)\b(?![^.]*\b(?:found|finds|showed|shows|revealed|"
    r"reveals|concluded|and (?:saw|learned|learnt))\b)|"
    r"^\W*(?:on [^,]{1,40},?\s+)?(?:the\s+)?(?:labour\s+|labor\s+)?inspectors\b[^.;]{0,160}?\bvisited (?:the|two|three|four|"
    r"\d+) (?:plants?|sites?|farms?|premises|factor(?:y|ies)|workplaces?|warehouses?|accommodation sites?)\b"
    r"(?![^.]*\b(?:found|finds|where|discovered|saw|seized|rescued|arrested|freed|said|says|told|that|and\s+(?:had\s+)?"
    r"[a-z]+ed)\b)|"
    r"(?:spoke|talked) to [A-Z][\w.]*[A-Za-z]\.?\s*$|"
    # "We spoke to Ana Ruiz of the group X about what her team has documented.", "A: We spoke to labourers who worked
    # on two sites in the past year.": whom the reporter or the answerer heard, nothing yet of what they said
    r"^\W*(?:A\s*:\s*)?(?:we|i) (?:spoke|talked|have spoken|had spoken) (?:to|with) [^.;:\"]{2,100}?"
    r"(?: about (?:what|how) (?:his|her|their|the) (?:team|group|staff|colleagues|researchers) (?:has|have|had) "
    r"(?:documented|seen|found|recorded)| who (?:work|worked|had worked|have worked|live|lived) "
    r"(?:on|at|in)(?:\s+(?!where\b|when\b|and\b|but\b|until\b)[\w'\u2019-]+){1,8})\.?\s*$)",
    re.IGNORECASE)


# speed: the same pattern matched case-sensitively on lower-cased text where that finds the same (Folded;
# under IGNORECASE "[A-Z]" and "[A-Za-z]" match what "[a-z]" matches, and "A" what "a" matches)
_METHOD_FOLDED = Folded(_METHOD.pattern.replace("[A-Za-z]", "[a-z]").replace("[A-Z]", "[a-z]")
                        .replace(r"(?:A\s*:\s*)?", r"(?:a\s*:\s*)?"), _METHOD.flags)


def is_method_line(text: str) -> bool:
    """How the reporting or research was done ("Our correspondent spoke to four people who know the site",
    "Five welders were interviewed by the union", "This brief draws on court records")."""
    return _METHOD_FOLDED.found(text)


_RECOMMEND = gated(
    r"(?:^\W*(?:(?:first|second|third|fourth|finally|lastly|and|but),?\s+(?=\w+ \w)|(?=\w+\s+(?:the |a |an |all |for |"
    r"whether |why |every |their |your |[a-z]+s\b)))(?:fund|ask|check|require|ensure|verify|audit|inspect|adopt|"
    r"introduce|support|screen|train|publish|treat|enforce|end|abolish|ratify|repeal|amend|investigate|establish|"
    r"guarantee|extend|prosecute|reform|strengthen|set up|allow|provide|protect)\b|"
    r"\b(?:should|must|ought to) (?:check|verify|confirm|require|inspect|fund|ensure|adopt|introduce|consider|"
    r"support|audit|screen|keep|stop|suspend|review|publish)\b|"
    r"\brecommends? that\b|^\W*recommendations?\b|"
    # "X calls on the Saudi authorities to ensure the workers are paid": an appeal, no account of what happened
    r"\b(?:calls?|called|urges?|urged) (?:on |upon )?(?:the |all )?[\w' -]{2,50}? to (?:ensure|guarantee|investigate|protect|"
    r"end|allow|release|enforce|abolish|ratify|reform|provide|act|intervene)\b)",
    re.IGNORECASE)


def is_recommendation(text: str) -> bool:
    """A recommendation or advice ("Importers should audit their suppliers", "Second, fund legal aid")."""
    return bool(_RECOMMEND.search(text))


# a recommendation addressed to whoever must act, in a report's closing list ("To the Government of Kuwait: enforce
# the ban on ...", "To recruitment agencies: stop charging fees"): advice, whatever abuses it names
_ADDRESSED = gated(r"^\W*To (?:the |all )?(?:(?:[A-Z][\w-]+|national|local|federal|state|sending|host|source) )*"
                   r"(?:Governments?|governments?|[Aa]uthorit(?:y|ies)|Ministr(?:y|ies)|ministr(?:y|ies)|[Ee]mployers|"
                   r"[Cc]ompanies|[Bb]rands|[Bb]uyers|[Rr]etailers|[Ii]mporters|[Ii]nvestors|(?:[Rr]ecruitment )?[Aa]gencies|"
                   r"[Ee]mbass(?:y|ies)|Parliament|[Dd]onors|[Uu]nions|States|[Ss]uppliers|ILO|UN|EU)\b[^:.]{0,80}:\s")


def is_addressed_recommendation(text: str) -> bool:
    """A recommendation addressed to a government, employers or buyers by a "To the ...:" head."""
    return bool(_ADDRESSED.search(text))


_OFFICIAL_DENIAL = re.compile(
    # ("I am not aware that it was ever paid" says it was not: no denial)
    r"\b(?:no violations?|not aware(?!\s+that\s+[^.;]{0,40}?\bever\s+(?:paid|returned|given|settled|refunded|handed))|"
    r"no information|(?:in )?(?:full )?compliance with|fully compliant|"
    # "in accordance with Chinese law", "the documents required by Russian law", "protected by law"
    r"(?<!not )(?<!never )(?:in accordance with|required by|protected by) (?:the )?(?:[A-Z][\w-]+ |national |local |applicable |relevant )?"
    r"(?:law|laws|legislation|regulations)|"
    r"(?:strictly|fully|always|faithfully) "
    r"(?:implements?|implemented|complies|complied|observes?|observed)|"
    r"(?:categorically |firmly |strongly )?(?:rejects?|rejected) (?:this|these|the|such) (?:slander|allegations?|"
    r"claims?|reports?|accusations?|smear)|slander(?:ous)?|fabrication|"
    r"fabricated (?:story|stories|reports?|claims?|allegations?)|strongly disagrees?|"
    r"never (?:employed|hired|used) (?:any )?(?:foreign|north korean|overseas)|applied as written|"
    r"held valid (?:documents|permits|visas|papers|contracts)|"
    # a body's word that nobody complained to it ("we have never received a complaint from them")
    r"(?:(?:has|had|have)\s+(?:not|never)\s+received\s+(?:a\s+|any\s+)?|received\s+no\s+)(?:formal\s+|written\s+)?complaints?|"
    # diag131: a party's word that the work or the programme is voluntary ("such postings are voluntary employment
    # schemes", "described the training as \"voluntary\"")
    r"(?:(?:programmes?|programs?|schemes?|transfers?|training|placements?|postings?|relocations?|participation) "
    r"(?:is|are|was|were|has been|have been)|"
    # a military body's word that signing up is voluntary ("contract service in the army is voluntary")
    r"(?:enlistment|enrol(?:l)?ment|military service|contract service)(?: (?:of|by|for|in) [^.;,]{1,40}?)? "
    r"(?:is|are|was|were|has been|have been|remains)|described [^.;]{1,40}? as) \W?(?:entirely |purely |completely |strictly |"
    r"fully )?voluntary)\b",
    re.IGNORECASE)
# speed: asks whether it matches (under IGNORECASE "[A-Z]" matches what "[a-z]" matches: foldable so)
_OFFICIAL_DENIAL_FOLDED = Folded(_OFFICIAL_DENIAL.pattern.replace("[A-Z]", "[a-z]"), _OFFICIAL_DENIAL.flags)
# an inspection's negative finding: "did not identify foreign workers without valid permits", "found no illegal employment",
# and a body's "We have no information suggesting that ..."
_NEGATIVE_FINDING = gated(
    r"\b(?:did not|didn't|could not|failed to) (?:find|identify|detect|uncover|establish|record|document) (?:any )?(?:foreign|illegal|"
    r"undocumented|irregular|unregistered|violations?|breach(?:es)?|cases?|"
    # diag131: an audit's "did not identify any restriction on workers leaving", "did not find any signs of coercion"
    r"restrictions?|evidence|signs?|indications?|instances?|"
    # (s388) a case file's "we did not find any indicators", an inspector's "did not find locked gates"
    r"indicators?|locked|forced)"
    # (s40) an audit that "could not identify a single employee whose papers were confiscated": none it met had it
    # happen (not one that found none "who was paid in full", which is the abuse found)
    r"|\b(?:did not|didn't|could not|failed to) (?:find|identify) (?:any|a single) (?:[\w-]+ )?(?:workers?|employees?|"
    r"labou?rers?|migrants?|persons?|staff) (?:who|whose(?: [\w-]+){1,2}) (?:was|were|had been|has been|have been) "
    r"(?!(?:paid|given|allowed|shown|offered|issued|provided|told|informed)\b)"
    r"|\bfound \W?no (?:illegal|irregular|undocumented|"
    # a government's answer: "We have no information suggesting that their passports were withheld"
    r"unregistered)|\b(?:have|has|had) (?:received |seen )?no (?:information|evidence|indications?|reports?) (?:suggesting|"
    r"indicating|showing|to suggest|to show)\b"
    # a review that "did not find that any worker had been paid late"; an official's '"not a single instance of
    # coercion" was uncovered by the inspectors'
    r"|\b(?:did not|didn't) (?:find|establish|identify) that\b"
    # (s337) a study that "found no instance where a farm kept a picker's papers"
    r"|\b(?:found|identified|documented|recorded) no (?:case|instance)s? (?:in which|where|of)\b"
    # (s33) an audit that found '"no concerns regarding overtime"' or no problems with the shifts
    r"|\bfound \W?no (?:issues?|problems?|concerns?|violations?|irregularities|non-compliance) (?:related to|relating to|"
    r"with|regarding|concerning|in|on|about)\b"
    r"|\bnot a single (?:case|instance|incident)s?(?: of [\w -]{1,30}?)?[\"\u201d]? (?:had|has|have|was|were) "
    r"(?:been )?(?:found|identified|detected|recorded|discovered|uncovered)\b"
    # study-315: an inspection that '"found no forced labour"', an audit that "saw no picker working without gloves"; an
    # official's 'bonded labour "is not found" anywhere here'
    r"|\b(?:found|saw|observed|detected|identified|witnessed) [\"\u201c]?no (?:(?:bonded|forced|child|trafficked|slave|coerced) "
    r"(?:labou?r|labou?rers|workers?)|bondage|debt bondage|slavery|(?:[\w-]+ )?(?:workers?|labou?rers?|[\w-]+(?:er|ers|or|ors)|"
    r"children|child|minors?) (?:being )?\w+ing)\b"
    # study-437: no children seen or found at a visit, in the active ("our team did not find children at the kiln") or
    # the passive with the quantifier ("no minor was observed at the quarry")
    r"|\b(?:did not|didn't|could not|couldn't) (?:see|find|observe|meet|encounter) (?:any |a single )?"
    r"(?:child|children|minors?|boys|girls)\b"
    r"|\bno (?:child|children|minors?|boys?|girls?)(?: under (?:\d{1,2}|[a-z]+))? (?:was|were|had been|has been|have been|"
    r"is|are) (?:ever )?(?:found|seen|observed|identified|detected|recorded|discovered)\b"
    r"|\b(?:(?:forced|bonded|child|slave|debt) )?(?:labou?r|bondage|slavery)[\"\u201d]? [\"\u201c]?"
    r"(?:does not|doesn't|do not|don't|did not|didn't|no longer) exists?\b",
    re.IGNORECASE)


# (s395) the page's own body in the first person: a help desk's or a monitor's "We did not document any cases of debt"
_OWN_VOICE = re.compile(r"^\W*(?:we|our (?:staff|team|caseworkers?|monitors?|researchers?|auditors?))\b", re.IGNORECASE)


def negative_finding(text: str, party: bool = True) -> int | None:
    """Where a party's negative finding ("the inspectorate did not identify foreign workers without permits") starts:
    what it did not find (an indicator's cue from there on, "did not identify any restriction on workers leaving"
    included) is denied, not observed; None when there is none. In the page's own voice (``party`` false) only a
    finding the page words in the first person ("Our monitors did not identify any restrictions ...") counts."""
    if not party and _OWN_VOICE.match(text) is None:
        return None
    m = _NEGATIVE_FINDING.search(text) if "no" in text.lower() else None
    return m.start() if m else None


_UNVERIFIED_NOTE = re.compile(
    r"^\W*(?:\d{1,3}/\d{0,3}\s+)?(?:(?:[\w'\u2019.-]+\s){1,6}?(?:could not|couldn't|cannot|can't|could never|was unable to|were unable to|"
    r"(?:has|have) not been able to)\s+(?:independently\s+)?(?:verify|confirm|corroborate)|"
    r"(?:the|his|her|their|this|that|these|those)\s(?:[\w'\u2019-]+\s){0,6}?(?:could not|cannot|can't|has not been|"
    r"have not been|was not|were not)\s(?:be\s)?(?:independently\s)?(?:verified|confirmed|corroborated))\b",
    re.IGNORECASE)


def is_unverified_note(text: str) -> bool:
    """ "We could not verify the men's accounts", "The account of the injured cook could not be confirmed":
    a note on the reporting (listed as unverified), not a claim of its own."""
    return bool(_UNVERIFIED_NOTE.search(text))


_FINDING_DENIAL = re.compile(r"\b(?:found|find|finds|saw|observed|documented|recorded) no (?:evidence|signs?|"
                             r"indications?|cases?|reports?)\b"
                             # (s48, heldout436) the places denied up front: "On none of the farms did we find ..."
                             r"|\b" + NONE_OF_FRONTED, re.IGNORECASE)


def finding_denial(text: str) -> bool:
    """ "We found no evidence of beatings at the plant": a study's negative finding, a negated claim."""
    return bool(_FINDING_DENIAL.search(text))


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def is_lead_in(text: str) -> bool:
    """ "Respondent 12, a former cook in Kazan, put it this way:", "The company's reply:", "Saw this on the X site
    today:": a sentence that only leads in to what follows (the quotation or list after the colon holds the claims)."""
    return text.rstrip().endswith(":") and not _QUOTE_MARK.search(text) and bool(_LEAD_IN.search(text))


_LEAD_IN = re.compile(r"(?:\b(?:put it|this way|as follows|like this|recalled|recalls|explained|explains|remembered|"
                      r"remembers|wrote|writes|added|adds|said|says|told (?:us|me|\w+)|reads?(?:,? in (?:part|full))?)\W*:\s*$|"
                      r"^\W*(?:(?:then|and|but|now),?\s+)?(?:there is|there's|here is|here's|here are) (?:this|what)\b|"
                      # a label over a text printed below ("The company's reply:", "Our notes:", "Its statement in full:")
                      r"^\W*(?:(?:the|its|our|their|his|her)\s+)?(?:[\w-]+['\u2019]s\s+)?(?:full\s+|written\s+)?(?:reply|response|"
                      r"answer|statement|letter|notes?|comment)(?:\s+in\s+full)?\W*:\s*$|"
                      # (s38) a group's label over a comment or a reply below it ("Comment \u2014 kiln_rat:")
                      r"^\W*(?:comment|reply|response|answer)\s*[\u2014\u2013-]\s*[^\n:]{2,80}:\s*$|"
                      # a poster's pointer to an item copied below ("Saw this on the X site this morning:")
                      r"^\W*(?:i\s+|just\s+)?(?:saw|found|spotted|read|came\s+across)\s+this\b[^.!?]{0,80}:\s*$)",
                      re.IGNORECASE)


# the last part of a quotation that is a question, then who said it ('Who has that?" he said.'): a question asks, it
# claims nothing (a question that names an abuse is kept by its indicator hits)
_QUOTED_QUESTION = re.compile(r"^\W{0,2}[^\"\u201c\u201d?]{1,120}\?[\"\u201d]\s*,?\s*[^\"\u201c\u201d.?!]{1,60}?\s+"
                              r"(?:said|says|asked|asks|added|adds|told\s+\w+|wondered)\.?\s*$")


def frame_line(sentences: list[Sentence], i: int, has_hits: bool, doc: str = "") -> bool:
    """Is sentence ``i`` part of the document's frame rather than a claim (see the module notes)?"""
    text = sentences[i].text
    if is_footnote(text) or is_question_line(text) or is_title(sentences, i, doc) or document_frame(text) or bare_answer(text) or (
            run_in_heading(sentences, i) or case_caption(text) or is_addressed_recommendation(text) or caps_turn_label(text)) or (
            note_on_accounts(text) or list_or_question_line(text) or host_address(text) or request_line(text)
            or reading_item(text) or page_heading_line(text)):  # "We could not confirm the drivers' accounts of the lock-ins.": a note on what was
        # not checked; "HOST: Maria, you ran ...": a lead-in; "We ask the Board:": requests; "— X's new guide": a pointer
        # "A: Yes.": the question's; "1. Wages. All are paid ...": a topic; "To the Government of X: enforce ...": advice
        return True
    return not has_hits and (is_programme_line(text) or is_method_line(text) or is_recommendation(text)
                             or is_unverified_note(text) or is_lead_in(text) or _QUOTED_QUESTION.match(text) is not None
                             or field_frame(text) or page_framing_line(text))  # "Caller: sewing worker, Ha Nam.": a
    # record's field; "What follows is a transcript of ...": the page's own framing (page_framing)


def official_denial(text: str) -> str | None:
    """The cue of a party's denial that names no worker ("found no violations", "fully compliant with
    the law", "categorically rejects these allegations"), if any."""
    m = _OFFICIAL_DENIAL.search(text) if _OFFICIAL_DENIAL_FOLDED.found(text) else None  # speed: most have none
    return m.group(0) if m else None


# "Wig imports, processed by North Korean factory workers from Chinese hair, have grown", "The bridge was built by a
# state construction brigade": workers named only as the makers of goods or the builders of a work a sentence is
# about; such a mention alone does not make a report one about workers
_GOODS_MAKERS = gated(r"\b(?:processed|made|produced|assembled|sewn|stitched|packed|packaged|manufactured|caught|"
                      r"harvested|picked|grown|mined|finished|woven|knitted|built|constructed|erected)\s+"
                      r"(?:(?:in|at)\s+[^,;:]{1,40}?\s+)?by\s+(?:[\w-]+\s+){0,5}?(?:workers|labou?rers|women|men|staff|crews?|"
                      r"employees|hands|brigades?|builders)\b"
                      # "carried out the work with a crew of around 400 engineers and labourers": the builders of a work
                      r"|\bwith\s+(?:a\s+)?(?:crew|team|workforce)\s+of\s+(?:around\s+|about\s+|some\s+|nearly\s+)?[\d,]+\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:workers|labou?rers|engineers|builders)(?:\s+and\s+(?:[\w-]+\s+)?(?:workers|"
                      r"labou?rers|engineers|builders))?\b", re.IGNORECASE)


def without_goods_makers(text: str) -> str:
    """``text`` without the phrases that name workers only as the makers of goods (see the pattern above)."""
    return _GOODS_MAKERS.sub(" ", text) if " by " in text or " of " in text else text
