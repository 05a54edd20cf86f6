"""A testimony told in the first person under a note that names its witness, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

NGOs and papers print a witness's account as one first-person text under a note: "Testimony of Ri Chol (a
pseudonym), 47, former logger in Amur Oblast. As told to caseworker Ana Lind in Seoul.", "Kim Ok-hee, 52, a
former seamstress, in her own words", "As told to Ben Hale". Every sentence of the paragraphs after the note is the
witness's, up to the first paragraph in the publisher's own voice (no first person, no quotation, no "he"/"she":
"The charity has changed names to protect the witness."): the plain sentences ("Most months the debt was bigger
than the pay."), and what the people the witness deals with told them ("The recruiter told us we would earn
$1,500", "He told us that the police would arrest anyone"), which is part of the witness's own account. Someone
else named with a speech verb and no first person (a minister, an NGO) keeps speaking. Examples here and in the
tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["narrated_testimonies"]

_NAME = r"[A-Z][\w'\u2019]+(?:-[A-Za-z]+)?(?:\s[A-Z][\w'\u2019]+(?:-[A-Za-z]+)?){0,2}"
# (s389) a note's witness named at the start of its line by up to four names ("Ram Kumar Singh Rathore, 41, ...":
# a given name, a middle name and two family names are common in South Asia)
# (s42) the witness may be named by a given name and the initial of the family name ("Tomas R., 29, ...")
_NOTE_NAME = r"[A-Z][\w'\u2019]+(?:-[A-Za-z]+)?(?:\s[A-Z][\w'\u2019]+(?:-[A-Za-z]+)?){0,3}(?:\s[A-Z]\.)?"
# the bracket that marks a name as made up: "(a pseudonym)", "(not her real name)", "(name changed)"
# (s40) or as a name the teller picked or was given for the page: "(a name she picked for the interview)", "(a name
# chosen for her safety)", "(the name she asked us to use)"
_ALIAS = (r"\((?:(?:a\s+)?pseudonym|not\s+(?:his|her|their)\s+real\s+name|names?\s+changed"
          r"|(?:a|the)\s+name\s+(?:(?:he|she|they)\s+(?:chose|picked|asked\s+(?:us\s+|me\s+)?to\s+use|asked\s+for)"
          r"|(?:chosen|picked|given)\b)[^()\n]{0,60})\)")
# "Testimony of Ri Chol-jun (a pseudonym), 47, former logger ...", "The account of Aigul, 31, ...", "Pak Mi-ran, 38,
# a former cook, in her own words", "... As told to caseworker Ana Lind.", "Editor's note: Tomas (not his real name)
# works nights in Graz ...; this is his account"
_NOTE = gated(
    r"^\W{0,3}(?:(?:The\s+)?(?:Testimony|Account|Story|Statement|Recollections?|(?<=The\s)(?:testimony|account|story))"
    r"\s+(?:of|from|by)\s+(?P<name>" + _NAME + r")"
    r"|(?:(?:Editor(?:'|\u2019)?s?(?:'|\u2019)?\s+)?[Nn]ote\s*:\s+)?(?P<name2>" + _NOTE_NAME + r")"
    r"(?=(?:\s*\((?:a\s+)?pseudonym\))?,\s+(?:(?:aged\s+)?\d{1,2}\b|born\s+(?:in\s+)?\d{4}\b)"
    # (s404) the note may describe its witness in a sentence or two (the trade, the ship, the route) before it says to whom
    # the story was told
    r"[^\n]{0,320}?(?:in\s+(?:his|her|their)\s+own\s+words|[Aa]s\s+told\s+to|\btold\s+(?:us\s+)?(?:his|her|their)\s+story\s+to)"
    r"|\s*" + _ALIAS + r"[^\n]{0,300}?\b(?:his|her|this)\s+(?:account|story|testimony)\b)"
    # "Witness: Li Na (a pseudonym), born 1981, ...": a label line naming the witness
    r"|^\W{0,3}(?:Witness|Narrator|Testifier|Survivor|Interviewee)\s*:\s+(?P<name3>" + _NAME + r")"
    r"(?=\s*(?:\((?:a\s+)?pseudonym\)\s*)?(?:,|\n|$)))")
# "The narrator goes by the name Sadia; ...", "The worker is identified here by the pseudonym Tomas.": a note
# giving the first-person teller a name to stand for theirs
_NAMED_TELLER = re.compile(
    r"\b(?:The|This|Our)\s+(?:speaker|narrator|witness|writer|author|worker|interviewee|testifier|survivor)"
    r"(?:,[^,\n]{1,80},|,\s+who)?\s+"  # (s34) "The narrator, a woman of 40 from Kano, asked me to call her Hauwa.", "The
    # writer, who goes by the name Pak Yong-su, ..."
    r"(?:uses|goes\s+by|is\s+(?:called|known|identified|referred\s+to)(?:\s+here)?(?:\s+(?:as|by))?|"
    r"asked\s+to\s+be\s+(?:called|known\s+as|identified\s+(?:as|by))|"
    r"asked\s+(?:us|me)\s+to\s+call\s+(?:him|her|them)|"
    # (s40) "The author, who fled in 2017, publishes under the pseudonym Tomas Brandt.", "The writer ... writes as Lena Moor."
    r"(?:writes|publishes)\s+(?:under|as))\s+(?:the\s+|a\s+)?(?:(?:name|pseudonym|pen[\s-]?name|nom\s+de\s+plume)\s+)?"
    r"[\"\u201c]?(?P<name4>" + _NAME + r")[\"\u201d]?(?=\s*[;,.(])"
    # (s46) "The speaker, whom we call Tomas, is 33.", "The narrator, whom I will call Aigul, left in 2020.": the page's
    # name for its teller in a clause set off by commas
    r"|\b(?:The|This|Our)\s+(?:speaker|narrator|witness|writer|author|worker|interviewee|testifier|survivor),\s+whom\s+"
    r"(?:we|I)\s+(?:call|have\s+called|are\s+calling|(?:will|shall)\s+call|refer\s+to\s+as)\s+"
    r"[\"\u201c]?(?P<name17>" + _NAME + r")[\"\u201d]?(?=\s*,)"
    # (s33) "He asked us to print only his first name, Arjun.": the teller of a
    # recording or a message named by the first name the page may print
    r"|\basked\s+(?:us\s+)?to\s+(?:use|give|print|publish|be\s+named\s+by|be\s+identified\s+by)\s+only\s+(?:his|her|their)\s+"
    r"first\s+name,?\s+(?P<name5>" + _NAME + r")(?=\s*[;,.(])"
    # (s40) "He asked us to print only his initials, R.W.", "She asked to be identified only by her initials, N.T.": the
    # teller of a first-person account named by the initials the page prints
    # (s41) "He talked to us on the condition that only his initials, T.M., were printed.", "He agreed to be identified only by his
    # initials, T.M.", "She is named here only by her initials, L.D."
    r"|\b(?:asked\s+(?:us\s+|me\s+)?to\s+(?:(?:use|give|print|publish)\s+only|be\s+(?:named|identified|known)\s+(?:only\s+)?by)"
    r"|(?:on\s+(?:the\s+)?condition|asked|agreed|requested|insisted)\s+that\s+only"
    r"|(?:agreed\s+to\s+be\s+|is\s+|was\s+)(?:named|identified|known)\s+(?:here\s+)?only\s+by)\s+"
    r"(?:his|her|their)\s+initials,?\s+(?P<name15>[A-Z]\.(?:\s?[A-Z]\.){1,2})(?=[\s,;]|$)"
    # (s34) "We are calling him Tomas, which is not his real name" (a sentence of its own: :data:`_CHANGED_NAME`)
    r"|\b(?:[Ww]e\s+(?:are\s+calling|call|have\s+called)|[Ww]e(?:'|\u2019)re\s+calling)\s+(?:him|her|them)\s+"
    r"(?P<name8>" + _NAME + r"),\s+(?:which|who)\s+is\s+not\s+(?:his|her|their)\s+real\s+name"
    # (s357) "As she wished, we call her Dilnoza.", "We have called him Omar to keep him safe": the page's own name
    # for its first-person teller
    r"|\b[Ww]e\s+(?:call|have\s+called|are\s+calling|will\s+call|have\s+named|refer\s+to)\s+(?:him|her)\s+(?:here\s+)?"
    r"[\"\u201c]?(?P<name9>" + _NAME + r")[\"\u201d]?(?=\s*[;,.(])"
    # (s359) "Here is the account of our friend Tomas, 31, from Braga": a group's post introducing its member's own words
    r"|\b(?:[Tt]his|[Hh]ere)\s+is\s+(?:the|his|her|their)\s+(?:story|account|testimony)\s+of\s+"
    r"(?:(?:our|a|one\s+of\s+our)\s+(?:members?|friends?|brothers?|sisters?|colleagues?|readers?|followers?)\s+)?"
    r"(?P<name10>" + _NAME + r")(?=,\s+(?:aged\s+)?\d{1,2}\b)"
    # (s35) "A cook from Osh describes her season. She asked me to call her Aigul; the name is changed.": a
    # standfirst naming its first-person teller through "he"/"she" and a changed name
    # (s388) "He asked that I use the name Tomas.", "She asked us to use the name Aigul.": the same, by the name to use
    r"|\b(?:He|She)\s+asked\s+(?:(?:us|me)\s+to|that\s+(?:we|I)(?:\s+should)?)\s+(?:call\s+(?:him|her)|use\s+the\s+name"
    r"|refer\s+to\s+(?:him|her)\s+as)\s+[\"\u201c]?(?P<name11>" + _NAME + r")[\"\u201d]?"
    r"(?=\s*[;,.(])"
    # (s388) 'Put up on a workers' board in May by a member posting as "Mei Lan".': a post's note naming its
    # first-person writer by the name the writer posts with
    r"|\b(?:by|from)\s+(?:a|an|the)\s+(?:user|member|poster|commenter|blogger|writer|author)\s+(?:who\s+(?:signs|posts|writes|"
    r"goes\s+by)|signing|posting|writing)\s+(?:(?:online|there|here)\s+)?as\s+[\"\u201c]?(?P<name14>" + _NAME + r")[\"\u201d]?"
    r"(?=\s*[;,.(])"
    # (s36) "A deckhand of 30 from Batang told this story to our desk. She asked to be known as Rina.": a standfirst in
    # the page's own voice naming its first-person teller by the name asked for (no quotation in the note)
    # (s41) "She is called Aigul here.", "He is named Tomas (a pseudonym).": the page's own name for its first-person
    # teller, given with "here" or with a note that the name is changed
    r"|\b(?:He|She)\s+is\s+(?:called|named|known\s+as|identified\s+as|referred\s+to\s+as)\s+(?:here\s+)?"
    r"[\"\u201c]?(?P<name16>" + _NAME + r")[\"\u201d]?(?=\s+here\b|\s*[;,(]\s*(?:it\s+is\s+|this\s+is\s+|which\s+is\s+)?"
    r"(?:not\s+(?:his|her|their)\s+real\s+name|(?:a\s+)?pseudonym|(?:the\s+)?name\s+(?:is\s+|has\s+been\s+|was\s+)?changed))"
    r"|\b(?:He|She)\s+asked\s+to\s+be\s+(?:called|known\s+as|identified\s+(?:only\s+)?as|named)\s+"
    r"[\"\u201c]?(?P<name12>" + _NAME + r")[\"\u201d]?(?=\s*[;,.(])"
    # (s37) "As told to Ben Hale. Tendai, 29, asked that only his first name be printed.": a note under an "As told to"
    # line naming the teller by the first name alone, the surname withheld at the teller's wish
    r"|(?<![\w,] )(?P<name13>" + _NAME + r"),\s+(?:aged\s+)?\d{1,2},\s+(?:who\s+)?asked\s+(?:us\s+|me\s+)?"
    r"(?:that\s+only\s+(?:his|her|their)\s+first\s+name\s+be\s+(?:used|printed|given|published)"
    r"|(?:that\s+)?(?:his|her|their)\s+(?:surname|family\s+name|last\s+name|full\s+name)\s+(?:be\s+withheld|not\s+be\s+"
    r"(?:used|printed|published|given))|to\s+be\s+(?:named|identified)\s+(?:only\s+)?by\s+(?:his|her|their)\s+first\s+name)\b")
# (s34) "Tomas is not his real name; he is 41 ...", "Lina is a pseudonym. As told to ...": a note that names the teller
# by a changed name in a sentence of its own, or (s36) by the first name alone, the surname withheld
_CHANGED_NAME = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=[.;:]\s\s))(?P<name6>" + _NAME + r")\s+is\s+(?:not\s+(?:his|her|their)\s+"
                           r"real\s+name|a\s+(?:pseudonym|changed\s+name)|an?\s+assumed\s+name|"
                           # (s36) "We print no surname; Aigul is her own given name."
                           r"(?:his|her|their)\s+(?:real|own)\s+(?:first|given)\s+name)\b")
# (s381) "As told to Ines Mora. Tomas, 34, asked us not to print his surname.": under an "As told to" line, the teller
# named by the age and a name the page was asked not to print in full (the line may come before the name, or after it)
_WITHHELD_NAME = re.compile(r"(?:^|(?<=[.;:!?]\s))(?P<name13>" + _NAME + r"),\s+(?:aged\s+)?\d{1,2},\s+(?:(?:has\s+)?asked|"
                            r"requested)\s+(?:that\s+(?:his|her|their)\s+(?:real\s+|full\s+|family\s+)?(?:name|surname)\s+"
                            r"(?:not\s+be\s+(?:used|published|printed|given|revealed)|be\s+(?:withheld|changed))|"
                            r"(?:us\s+|me\s+)?not\s+to\s+(?:use|print|publish|give)\s+(?:his|her|their)\s+(?:real\s+|full\s+)?"
                            r"(?:name|surname)|not\s+to\s+be\s+(?:named|identified))\b")
# (s42) under an "As told to" line, a standfirst that opens on the teller's changed name and age ("Tomas (not his real
# name), 44, from Braga, worked ...") without calling what follows "his account"
_ALIAS_AGE = re.compile(r"(?:^|(?<=\n)|(?<=[.;:!?]\s))(?P<name6>" + _NAME + r")\s*" + _ALIAS + r",\s+(?:aged\s+)?\d{1,2}\b")
# (s38) "Aziz is 31, a roofer from a town near Khujand. ... She asked us to print only her first name.": a standfirst that
# opens on the teller's first name and age and says that the page prints no more of it; the account that follows in the
# first person singular is his
_AGE_OPENING = re.compile(r"^\W{0,3}(?P<name14>" + _NAME + r")(?:\s+is\s+|,\s+(?:aged\s+)?)\d{1,2}\b")
# a note that the teller is named by the first name alone: "She asked us to print only her first name.", "The narrator
# asked that only her first name be printed", "he asked to be known by his first name" (read by both passes below)
_FIRST_NAME_NOTE = re.compile(
    r"\b(?:author|writer|narrator|worker|teller|he|she)\s+asked\s+(?:us\s+|me\s+)?(?:to\s+be\s+(?:identified|named|known)\s+"
    r"(?:only\s+)?by\s+(?:his|her|their)\s+first\s+name|to\s+(?:use|print|give|publish)\s+only\s+(?:his|her|their)\s+first\s+name"
    r"|that\s+only\s+(?:his|her|their)\s+first\s+name\s+be\s+(?:used|printed|given|published))\b", re.IGNORECASE)
_SINGULAR = re.compile(r"\b(?:I|me|my)\b")
_SINGULAR_OPENING = re.compile(r"^\W{0,3}(?:I|My)\b")
# (s41) a standfirst saying that the teller tells her own story ("A former cook tells her story.", "... told us his
# account") introduces the account; it quotes no one
_QUOTED_NOTE = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|tells)\b(?!\s+(?:(?:us|me|our\s+\w+|the\s+\w+)\s+)?"
                          r"(?:his|her|their)\s+(?:own\s+)?(?:story|account|testimony)\b)")
_PSEUDONYM_AGE = re.compile(r"\s*(?:\((?:a\s+)?pseudonym\))?,\s+(?:aged\s+)?\d{1,2}\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")
_GOES_ON = re.compile(r"^\W{0,3}(?:He|She|They|His|Her|Their|The\s+(?:leader|boss|foreman|recruiter|manager|guards?))\b")
_OPENS_QUOTE = re.compile(r"^\s*[\"\u201c\u2018']")
_CLOSING = ('"', "\u201d")
_PRONOUNS = frozenset(("he", "she", "they", "i", "we"))
_THIRD_PLURAL = frozenset(("they",))
_MET = frozenset(("anonymous_source", "named_person"))
# "..., they said, ...", "..., they told us, ...": an aside crediting the bosses, inside the witness's own account
# the witness's own relative or friend, who tells the witness what they know
_OWN_KIN = re.compile(
    r"(?i)\s*(?:my|our)\s+(?:(?:older|younger|elder|best|old)\s+)?(?:cousin|uncle|aunt|brother|sister|friend|"
    r"neighbou?r|relative|nephew|niece|classmate|room-?mate|brother-in-law|sister-in-law|son|daughter)s?\b")
# (s40) a sentence the witness opens in the first person, whose other speaker comes only in a later clause ("Still I
# returned in debt, while the broker claims my bond covered the flight")
_OWN_OPENING = re.compile(r"^\W{0,3}(?:(?:But|And|So|Still|Yet)\s+)?(?:I|We)\b")
_LATER_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|though|although)|;)\s+(?:[\w'\u2019-]+\s+){0,4}$")
_NAMING_NOTE = re.compile(r"\b(?:narrator|speaker|witness|writer|author|worker|interviewee)(?:,[^,\n]{1,80},|,\s+who)?\s+(?:uses|goes\s+by|"
                          r"is\s+(?:called|known|identified|referred)|asked\s+to\s+be|asked\s+(?:us|me)\s+to\s+call|"
                          r"(?:writes|publishes)\s+(?:under|as))\b")
# "Editor's note: ...", "Note from the editors: ...", "---": the publisher speaking again after the account
_EDITORS = re.compile(r"^\W{0,3}(?:Editor(?:'|\u2019)?s?(?:\u2019|')?\s+note|Note\s+(?:from|by)\s+the\s+editors?|"
                      r"Publisher(?:'|\u2019)s\s+note)\b|^\s*(?:-{3,}|\*{3,}|_{3,})\s*$"
                      # (s33) "Note from the Helpline Desk: we spoke to her again ...": the publisher's note by its name
                      r"|^\W{0,3}Note\s+(?:from|by)\s+[A-Z][^:\n]{0,50}:", re.I)
# a rule line of its own between two paragraphs ("---", "***"): the account has ended
_RULE_LINE = re.compile(r"(?m)^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")
_UNNAMED = re.compile(r"(?:an?|the|our|my|one)\s", re.IGNORECASE)
_TOLD_US = re.compile(r"\b(?:told|tells|warned|ordered|promised|said\s+to|asked)\s+(?:us|me)\b")
_ASIDE_THEY = re.compile(r",\s+they\s+(?:said|told\s+(?:us|me))\s*,")
# "The pay was good, she said, and ...": an aside crediting one of the people the account itself brought in
# (s357) "the guard told her that ...": what one met in the account told another worker, which the witness recounts
# (s379) "He said the room was free.": the one the witness met, saying more of what the sentence before told
_SAID_AGAIN = re.compile(r"^\W{0,3}(?:He|She)\s+(?:also\s+)?(?:said|told\s+(?:us|me)|promised)\b"
                         # (s42) "He put the sum in his ledger and then said the rate was ...": a deed of his, then his words
                         r"|^\W{0,3}(?:He|She)\s+(?!said\b)[a-z]+\b[^,.;:\"\u201c]{0,40}?\s+and\s+(?:then\s+)?said\b")
_TOLD_THIRD = re.compile(r"\b(?:told|warned|threatened)\s+(?:him|her|them)\b")
# (s43) an unnamed firm's present "says" about what the witness must do ("The agency in Cebu says I must sign a waiver")
_SAYS_I = re.compile(r"\bsays\s+(?:that\s+)?(?:I|we)\b")
_ASIDE_ONE = re.compile(r",\s+(?:he|she)\s+(?:said|told\s+(?:us|me))\s*,")


def _note(text: str, sentences: Sequence[Sentence], paras: list[list[int]]) -> tuple[int, str, int, bool] | None:
    """(paragraph index, witness name, offset of the name) of a testimony note among the first paragraphs."""
    for p, idx in enumerate(paras[:8]):
        first = sentences[idx[0]]
        if p >= 5 and first.start > 1500:
            break  # a note stands at the head of the page: after a masthead, a section line, a title and a byline
        para = text[first.start:sentences[idx[-1]].end]
        if len(para) > 600:
            continue
        m = _NOTE.search(para) or _NAMED_TELLER.search(para) or (  # (a note whose lines are wrapped)
            _NOTE.search(para.replace("\n", " ")) if "\n" in para else None)
        if m is None:
            m = _CHANGED_NAME.search(para)
        if m is None and "told to" in para:
            m = _WITHHELD_NAME.search(para)
        if m is None and ("told to" in para or any(_AS_TOLD_LINE.match(sentences[q[0]].text) for q in paras[max(0, p - 2):p])):
            m = _ALIAS_AGE.search(para)  # (s42) under an "As told to" line: "Tomas (not his real name), 44, from Braga"
        if m is None and _FIRST_NAME_NOTE.search(para) and p + 1 < len(paras) and _SINGULAR_OPENING.match(
                sentences[paras[p + 1][0]].text):
            m = _AGE_OPENING.match(para)
        if m is None:
            continue
        group = next(g for g in ("name", "name2", "name3", "name4", "name5", "name6", "name8", "name9",
                                 "name10", "name11", "name12", "name13", "name14", "name15", "name16", "name17") if m.groupdict().get(g))
        name = m.group(group)
        if group == "name13" and "told to" not in para and "own words" not in para:
            continue  # (s37) a first name alone in a story's note: only an account told to the page is the teller's
        if group == "name12" and _QUOTED_NOTE.search(para):
            continue  # (s36) 'She asked to be known as Rina. "We ...," she said.': a story quoting him, not his account
        if group == "name" and not _PSEUDONYM_AGE.match(para, m.end("name")) and "told to" not in para \
                and "own words" not in para:
            continue  # "The account of Kim was confirmed by ...": no witness's note
        if classify(name) != "named_person" and group != "name15":
            continue
        return p, name, first.start + m.start(group), group == "name5"
    return None


# (s36) a publisher's note about the account it prints: "Her testimony was taped in Urdu and shortened.",
# "The testimony below was shortened", "We publish first-person accounts of ..."
_ACCOUNT_NOTE = re.compile(r"\b(?:(?:[Tt]his|[Tt]he|[Hh]er|[Hh]is)\s+(?:account|testimony)\s+(?:below\s+)?(?:was|has\s+been|is)\s+"
                           r"(?:recorded|taped|edited|translated|shortened|condensed|transcribed|told)|first-person\s+(?:accounts?|"
                           r"testimon(?:y|ies)|stories))\b")
_AS_TOLD_LINE = re.compile(r"^\W{0,3}[Aa]s\s+told\s+to\s+[A-Z]")


def _closing_note(sentences: Sequence[Sentence], paras: list[list[int]]) -> tuple[int, str, int, bool] | None:
    """(s34) An account under an "As told to Prakash Rai" line whose closing editor's note names its teller by a changed
    name ("Editor's note: Maya is a pseudonym. ..."): (the line's paragraph, the teller, the name's offset)."""
    line = next((p for p, idx in enumerate(paras[:8]) if _AS_TOLD_LINE.match(sentences[idx[0]].text)
                 and len(sentences[idx[0]].text) < 120), None)
    if line is None:
        return None
    for idx in paras[line + 1:]:
        first = sentences[idx[0]]
        if not _EDITORS.match(first.text):
            continue
        m = _CHANGED_NAME.search(first.text) or (_CHANGED_NAME.search(sentences[idx[1]].text) if len(idx) > 1 else None)
        if m is None or classify(m.group("name6")) != "named_person":
            return None
        where = first if m.string == first.text else sentences[idx[1]]
        return line, m.group("name6"), where.start + m.start("name6"), False
    return None


# (s366) "My name is not Rehana, but you can call me that.", "Call me Rehana; it is not my real name.", "My name is
# Rehana.": the teller names themself in the account's first sentences, under an "As told to" line
_SELF_NAMED = re.compile(
    r"^\W{0,3}(?:[Mm]y\s+(?:real\s+)?name\s+is\s+not\s+(?P<n1>" + _NAME + r"),\s+but\s+(?:please\s+|you\s+(?:can|may)\s+|"
    r"(?:I\s+)?(?:have\s+)?asked\s+(?:them|the\s+\w+)\s+to\s+)?call\s+me\s+(?:that|so|by\s+it|it|(?P=n1))\b"
    r"|(?:[Pp]lease\s+|[Yy]ou\s+(?:can|may)\s+)?[Cc]all\s+me\s+(?P<n2>" + _NAME + r")(?=\s*[;,.]|\s+(?:here|for\s+this))"
    r"|[Mm]y\s+name\s+is\s+(?P<n3>" + _NAME + r")(?=\s*[;,.]))")


# (s38) a publisher's note that the teller is named by the first name alone (``_FIRST_NAME_NOTE``), the account then
# opening "My name is Tomas."


def _opening_self_name(sentences: Sequence[Sentence], paras: list[list[int]]) -> tuple[int, str, int, bool] | None:
    """(s366) An account under an "As told to Prakash Rai" line whose teller names themself in the first sentences of
    the account ("My name is not Rehana, but you can call me that."): (the line's paragraph, the teller, the name's
    offset)."""
    line = next((p for p, idx in enumerate(paras[:8]) if any(
        _AS_TOLD_LINE.match(sentences[i].text) and len(sentences[i].text) < 120 for i in idx) or (
        sentences[idx[-1]].end - sentences[idx[0]].start < 400 and any(
            _FIRST_NAME_NOTE.search(sentences[i].text) for i in idx))), None)
    if line is None or line + 1 >= len(paras):
        return None
    for p in range(line + 1, min(line + 3, len(paras))):
        idx = paras[p]
        for i in idx[:2]:
            m = _SELF_NAMED.match(sentences[i].text)
            if m is None:
                continue
            group = next(g for g in ("n1", "n2", "n3") if m.group(g))
            if classify(m.group(group)) != "named_person":
                return None
            return p - 1, m.group(group), sentences[i].start + m.start(group), False
    return None


def _goes_on(s: Sentence) -> bool:
    return bool(_OPENS_QUOTE.match(s.text) or _FIRST_PERSON.search(s.text) or _GOES_ON.match(s.text))


def _witness_line(s: Sentence, att: Any, reg: Registry, note: tuple[int, int]) -> bool:
    """Is the sentence the witness's: no one named, or someone the witness deals with telling "us"/"me", or a
    phrase that ran over the witness's own "I", or a "he" that went back to the note's word for the witness?"""
    if att.source == OUTLET_KEY:
        return True
    src = next((x for x in reg.sources() if x.key == att.source), None)
    if src is not None and src.spans and note[0] <= min(src.spans)[0] < note[1]:
        return True  # 'He said, "..."' resolved to the note's "Witness:" label: the witness tells it
    wording = (src.wording or "") if src is not None else ""
    if wording.lower() in _THIRD_PLURAL and _ASIDE_THEY.search(s.text):
        return True  # "The rest, they said, went to the state": the witness telling what the bosses told them
    if src is not None and src.spans and min(src.spans)[0] >= note[1] and src.kind in _MET and (
            _ASIDE_ONE.search(s.text)):
        return True  # "The pay was good, she said, ...": the recruiter the witness met, in the witness's own account
    if src is not None and src.spans and min(src.spans)[0] >= note[1] and src.kind in _MET and (
            _TOLD_THIRD.search(s.text)) and not _FIRST_PERSON.search(wording):
        return True  # (s357) "... and the guard told him he would lose his bed": one the account brought in, to another
    if wording.lower() in ("he", "she") and _SAID_AGAIN.match(s.text):
        return True  # (s39) "She said a hotel in Doha needed cooks": a "she" the account brought in, left unresolved
    if not _FIRST_PERSON.search(s.text):
        return False
    if att.span is not None and _OWN_OPENING.match(s.text) and _LATER_CLAUSE.search(s.text, 0, att.span[0]):
        return True  # (s40) "Still I returned in debt, while the broker claims ...": the witness's own clause first
    if _OWN_KIN.match(wording):
        return False  # "My uncle said his boss paid on time": the relative is the source of what he knew
    if src is not None and src.kind == "named_person" and src.spans and min(src.spans)[0] >= note[1] and (
            att.span is not None and s.text[att.span[0]:att.span[1]].strip().lower() in ("he", "she")) and _SINGULAR.search(
            s.text, att.span[1]):
        return True  # (s38) "She said my family must repay her by May": a lender the account itself named, telling the witness
    if src is None or src.kind == "anonymous_source" or wording.lower() in _PRONOUNS or _FIRST_PERSON.search(wording):
        return True  # "The recruiter at the bureau told us ...", "He told us ...", "Once, when I [argued], ..."
    if src.kind in ("official", "organization") and _UNNAMED.match(wording) and (
            _TOLD_US.search(s.text) or _SAYS_I.search(s.text)):
        return True  # "An officer at the depot told us ...": a guard or an officer the witness dealt with; (s366) "The
        # bureau asked me for a fee": the unnamed firm the witness dealt with; (s43) "The agency says I must sign ..."
    return False


def narrated_testimonies(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the first-person paragraphs after a testimony's note to its witness (in place; see the module doc)."""
    head = text[:1500]
    if "told to" not in text and "own words" not in text and "estimony" not in head and "ccount of" not in head \
            and "itness" not in head and "story to" not in head and "story of" not in head and "real name" not in head \
            and "pseudonym" not in head and "first name" not in head and "initials" not in head and _NAMING_NOTE.search(head) is None \
            and " call h" not in head and " called h" not in head and " asked to be " not in head \
            and " the name " not in head and " as \"" not in head and " as \u201c" not in head \
            and ", whom " not in head:
        return
    paras: list[list[int]] = []
    for i, s in enumerate(sentences):
        if not paras or sentences[paras[-1][0]].paragraph != s.paragraph:
            paras.append([])
        paras[-1].append(i)
    found = _note(text, sentences, paras)
    if found is None or found[0] == len(paras) - 1:  # (no note at the head, or the note closes the page)
        found = _closing_note(sentences, paras) or found
    if found is None:
        found = _opening_self_name(sentences, paras)
    if found is None:
        return
    p, name, at, first_name_only = found
    later = [idx for idx in paras[p + 1:] if sentences[idx[0]].kind == "body"]
    while later and (_EDITORS.match(sentences[later[0][0]].text) or (
            _ACCOUNT_NOTE.search(sentences[later[0][0]].text) and not _FIRST_PERSON.search(sentences[later[0][0]].text))):
        later = later[1:]  # (s33) the publisher's note between its note on the witness and the account itself
        # ((s388) or its line on the account: "His story was taped in Osh last May.")
    if not later or not (_FIRST_PERSON.search(sentences[later[0][0]].text) or _own_later(sentences, later[0])):
        return  # the text after the note is no first-person account
    note = (sentences[paras[p][0]].start, sentences[paras[p][-1]].end)
    witness = reg.resolve(Mention(name, at, at + len(name), "said", True), sentences[later[0][0]].start, "")
    quoted = _OPENS_QUOTE.match(sentences[later[0][0]].text) is not None
    if first_name_only and not quoted and not _ACCOUNT_NOTE.search(text, note[0], note[1]):
        return  # (a first name given in a story's own paragraph: only a recording printed as a quotation is theirs,
        # or (s36) an account under a publisher's note that calls it one: "Her testimony was taped in Urdu ...")
    stamped = _RECORDING_MARK.match(sentences[later[0][0]].text) is not None
    for n, idx in enumerate(later):
        if not _goes_on(sentences[idx[0]]) and not any(_FIRST_PERSON.search(sentences[i].text) for i in idx) \
                and not (_between_own(text, sentences, later, n, name) or _seen_between(text, sentences, later, n)) \
                and not (stamped and _RECORDING_MARK.match(sentences[idx[0]].text)) \
                or _EDITORS.match(sentences[idx[0]].text):
            break  # the publisher's own voice again ("Editor's note: ... We could not reach ...")
        if not _FIRST_PERSON.search(sentences[idx[0]].text) and _names(sentences[idx[0]].text, name):
            break  # "The paper has changed Ana's name ...": the witness named in the third person, the publisher again
        if n and not _goes_on(sentences[idx[0]]) and _RULE_LINE.search(
                text, sentences[later[n - 1][-1]].end, sentences[idx[0]].start):
            break  # a rule line, then a paragraph in the publisher's voice (a quoted "I" of someone it reached is theirs)
        relayed = None  # (s379) the one met whose words the witness told in the sentence before
        for i in idx:
            if _witness_line(sentences[i], result[i], reg, note) or (
                    relayed is not None and result[i].source == relayed and (
                        _SAID_AGAIN.match(sentences[i].text) or not result[i].explicit)) or _kin_pronoun(
                    sentences[i], result[i], reg) or (
                    i != idx[0] and result[i - 1].source == witness.key and _said_from_before(sentences, idx, i, result[i], reg)):
                relayed = result[i].source if result[i].source not in (OUTLET_KEY, witness.key) else None
                result[i] = replace(result[i], source=witness.key, cue="said", direct=True)
            else:
                relayed = None
        if quoted and sentences[idx[-1]].text.rstrip().endswith(_CLOSING) and not (
                n + 1 < len(later) and _OPENS_QUOTE.match(sentences[later[n + 1][0]].text)):
            break  # (s33) the account given as one quotation has closed: the publisher's own paragraphs follow


# (s44) an account that opens on a scene before its first "I" ("That spring the brigade leader gathered us at the
# school. ... I told him my mother was ill."): a sentence of the first paragraph that opens on "I"/"We", unquoted
_OWN_UNQUOTED = re.compile(r"^\W{0,3}(?:(?:But|And|So)\s+)?(?:I|We)\s+(?!\w+\s+(?:that\s+)?(?:he|she|they)\b)[^\"\u201c\u201d]*$")


# a transcript's turn label opening the paragraph ("HOST: ...", "MARIA (WORKER): ...")
_TURN_LABEL = re.compile(r"^\W{0,3}[A-Z][A-Z'\u2019. -]{1,40}(?:\s*\([^)\n]{1,40}\))?\s*:")
# (s49) or one with the teller's own unquoted "my"/"me"/"I" inside it ("Every yard owed a picker, and my name was on the
# sheet.", "Mother was ill, so I begged to stay.")
_OWN_INSIDE = re.compile(r"^[^\"\u201c\u201d]*\b(?:I|me|my|My)\b[^\"\u201c\u201d]*$")


def _own_later(sentences: Sequence[Sentence], idx: list[int]) -> bool:
    """Does a later sentence of the first paragraph after the note speak unquoted in the first person?"""
    inside = not _TURN_LABEL.match(sentences[idx[0]].text)  # (a transcript's turns are read by their labels)
    return any(_OWN_UNQUOTED.match(sentences[i].text) or (inside and _OWN_INSIDE.match(sentences[i].text)) for i in idx[1:4])


# (s41) the witness's own relative, named by kin ("My father", "our cousin"), and told of again as "he"/"she"
_KIN_WORDING = re.compile(r"^(?:my|our)\s+(?:(?:older|younger|elder|little|big)\s+)?(?:father|mother|parents?|husband|wife|"
                          r"son|daughter|brother|sister|cousin|uncle|aunt|nephew|niece|grand(?:father|mother|son|daughter))$",
                          re.IGNORECASE)
# (present tense only: what the relative keeps saying; a past "He told me ..." keeps the relative, see ``_OWN_KIN``)
_PRONOUN_SAYS = re.compile(r"^\W{0,3}(?:He|She)\s+(?:also\s+)?(?:says|tells\s+(?:me|us))\b")
_KIN_CLAUSE_SAYS = re.compile(r"^\W{0,3}(?:My|Our)\s[^.;:\"\u201c]{1,80}?\b(?:and|but)\s+(?:he|she)\s+(?:also\s+)?says\b")


def _kin_pronoun(s: Sentence, att: Any, reg: Registry) -> bool:
    """(s41) Is the sentence a present "He says ..." whose "he" is the witness's relative ("My brother works in a mill. He says
    the food is fine.")? The relative speaks only through the witness, who tells the page what they were told: the
    account stays the witness's (the relative named as the subject, "My uncle said ...", is read by ``_witness_line``)."""
    if att.source == OUTLET_KEY:
        return False
    src = next((x for x in reg.sources() if x.key == att.source), None)
    if src is not None and _KIN_CLAUSE_SAYS.match(s.text) and _OWN_KIN.match(src.wording or ""):
        return True  # (s43) "My cousin crews a trawler and he says they eat well": the relative, then his present "says"
    if not _PRONOUN_SAYS.match(s.text):
        return False
    return src is not None and _KIN_WORDING.match((src.wording or "").strip()) is not None


_REACHED_ME = re.compile(r"\b(?:called|rang|phoned|messaged|texted|wrote\s+to|reached)\s+(?:me|us)\b")


def _said_from_before(sentences: Sequence[Sentence], idx: list[int], i: int, att: Any, reg: Registry) -> bool:
    """(s39) Is sentence ``i`` a "He said ..." inside a paragraph of the witness's account, after one of the witness's own
    ("The foreman showed me the list. He said the rest was for the fund."), whose "he" went back to someone met in an
    earlier paragraph and not since? The "he" is the one the witness deals with in that paragraph: the account stays
    the witness's."""
    if not _SAID_AGAIN.match(sentences[i].text):
        return False
    src = next((x for x in reg.sources() if x.key == att.source), None)
    if src is None or src.kind not in _MET or not src.spans:
        return False
    para, own = sentences[idx[0]].start, sentences[i].start
    if min(src.spans)[1] <= para and all(b <= para or a >= own for a, b in src.spans):
        return True
    before = sentences[i - 1]  # (s42) "A workmate, Rui, rang me from Rostov. He said ...": named as he reached the witness
    return _REACHED_ME.search(before.text) is not None and all(
        before.start <= a and b <= before.end or a >= own for a, b in src.spans)


def _names(text: str, name: str) -> bool:
    """Does the sentence name the witness (by the first word of the note's name)?"""
    first = name.split()[0]
    at = text.find(first)
    return at >= 0 and (at == 0 or not text[at - 1].isalnum()) and not text[at + len(first):at + len(first) + 1].isalnum()



def _between_own(text: str, sentences: Sequence[Sentence], later: list[list[int]], n: int, name: str) -> bool:
    """(s357) Is the paragraph ``later[n]`` (no first person in it: "The pay was 900 a month. The agent kept half.") one
    the witness goes on with: the paragraph after it is in the first person again, no note of the publisher's and no
    rule line between, and the paragraph does not name the witness in the third person?"""
    if n + 1 >= len(later):
        return False
    idx, nxt = later[n], later[n + 1]
    return (_FIRST_PERSON.search(sentences[nxt[0]].text) is not None and not _EDITORS.match(sentences[nxt[0]].text)
            and not _RULE_LINE.search(text, sentences[idx[-1]].end, sentences[nxt[0]].start)
            and not any(_names(sentences[i].text, name) for i in idx))


# (s41) a recording's time mark opening a paragraph of its transcript ("[01:15] ...", "(2:05) ..."): when the account
# opens on one, every paragraph that opens on one is the same recording, the teller's, in the first person or not
_RECORDING_MARK = re.compile(r"^\s*[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}[\])]\s")
_SEEN_PARAGRAPHS = 2  # paragraphs of what the witness saw, at most, before the first person again
# the publisher's own words about its reporting ("did not respond", "could not be reached", "was not verified")
_PUBLISHER_WORDS = re.compile(r"\b(?:respond|responded|comment|reached|contacted|verified|verify|confirm|confirmed|"
                              r"changed|withheld|translated|edited|shortened|published|series|episode)\b", re.IGNORECASE)


def _seen_between(text: str, sentences: Sequence[Sentence], later: list[list[int]], n: int) -> bool:
    """(s359) Is the paragraph without a first person one the witness saw happen to others ("When a boy tried to run,
    the guards brought him back."), between paragraphs of the witness's own plain "I": within the next two paragraphs
    the account goes on in the first person, unquoted, with no rule line or editor's note between, and the paragraphs
    between name no one speaking and have none of the publisher's words about its reporting?"""
    if n == 0:
        return False
    for k in range(n, min(n + _SEEN_PARAGRAPHS, len(later) - 1)):
        if any(_PUBLISHER_WORDS.search(sentences[i].text) or _OPENS_QUOTE.match(sentences[i].text) for i in later[k]):
            return False
        first_next = sentences[later[k + 1][0]]
        if _OPENS_QUOTE.match(first_next.text) or _EDITORS.match(first_next.text):
            return False
        if _FIRST_PERSON.search(first_next.text):
            return not _RULE_LINE.search(text, sentences[later[n - 1][-1]].end, first_next.start)
    return False
