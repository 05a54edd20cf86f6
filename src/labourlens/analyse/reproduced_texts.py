"""Texts a page reproduces whole (used by :mod:`labourlens.analyse.forum_posts`, the last pass of the attribution).

A page that prints someone else's text says so and then sets it off: "The Telegram channel X published a post
about ... We reproduce it with small cuts." and a quoted paragraph; "A Facebook post by a worker in Qatar,
Ana Moe, has been shared 9,000 times. We reproduce it below." and the post's first-person paragraphs (a
blockquote once the page is flattened); "The firm has sent the editors a letter, which we publish in part:"
and the quoted letter; "One entry in the call log reads: '...'". The sentences of the text so set off are its
author's, not the page's: the post's author (a channel is an ``outlet``, a person named in apposition a
``named_person``), the letter's writer (a letter set out in numbered points is a ``document``, as a statement
in points is), or the entry, note or record that "reads" (a ``document``). A sentence of the text that names
a speaker of its own keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.finding_lists import list_item as _list_item
from labourlens.analyse.gated import gated
from labourlens.analyse.item_owners import item_owner
from labourlens.analyse.self_introductions import SELF_NAMED
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["reproduced_texts"]

_ITEM = (r"(?:post|posting|message|letter|open\s+letter|statement|notebook|note|appeal|entry|tweet|video\s+message|"
         r"voice\s+message|voice\s+note|audio\s+message|text|diary\s+entry|diary|complaint|petition|reply|response)")
# "We reproduce it with small cuts.", "We publish it below", ", which we publish in part:", "is reproduced below"
# (gated: asked of every body sentence once a report holds one of its words; most sentences hold none)
_REPRODUCE = gated(
    r"\b(?:[Ww]e\s+(?:reproduce|republish|publish|print|reprint|translate)\s+(?:it|them|this|(?:the|his|her|their|its)\s+"
    rf"(?:{_ITEM}|(?:(?:{_ITEM})['\u2019]s\s+)?(?:main\s+|key\s+|principal\s+)?points)|(?:some\s+|short\s+|these\s+)?(?:extracts|excerpts|"
    r"passages|pages|entries)|(?:it|them)\s+(?:below|here|in\s+full|in\s+part))\b|,\s+which\s+we\s+(?:reproduce|republish|publish|print|"
    r"reprint|translate)\b|\b(?:is|are)\s+(?:reproduced|republished|reprinted|printed)\s+(?:below|here|in\s+full)\b|"
    # "received the following WhatsApp message from a worker", "The message is shared with his permission."
    rf"\b[Tt]he\s+following\s+(?:[\w-]+\s+){{0,2}}?{_ITEM}\b|\b(?:is|are)\s+shared\s+(?:here\s+)?with\s+(?:his|her|their)\s+"
    r"(?:permission|consent)\b"
    # (s35) a poster who passes on someone's message: "We are sharing what her brother sent, as he asked:"
    r"|\b(?:I\s+am|I['\u2019]m|[Ww]e\s+are|[Ww]e['\u2019]re)\s+(?:posting|sharing|copying|pasting|reposting|forwarding)\s+what\s+"
    r"(?:the|my|his|her|their|our)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:wrote|sent|texted|messaged)\b"
    # a report's own voice: "The Panel reproduces below the relevant passages of the reply"
    r"|\b(?:[A-Z][a-z]+|[Ii]t)\s+reproduces\s+(?:below|here|in\s+full)\b"
    # a recording set down word for word: "Transcribed from Swahili by the family's neighbour"
    r"|(?:^|[.;]\s+)[Tt]ranscribed\s+(?:from|by|and)\b"
    # an editor's note before the text: "What follows is a transcript of a voice note sent to us by a miner"
    r"|\b[Ww]hat\s+follows\s+(?:is|are)\s+(?:an?|the)\s+(?:(?:full|edited|partial|lightly\s+edited)\s+)?"
    r"(?:transcript|transcription|translation|text|record)s?\s+of\b"
    # done already: "We have translated it here", "We've reproduced them in part"
    r"|\b[Ww]e(?:\s+have|['\u2019]ve)\s+(?:reproduced|republished|reprinted|translated)\s+(?:it|them)\s+"
    r"(?:below|here|in\s+full|in\s+part)\b"
    # a passage of a book set out below: "Below is an extract from her diary", "who let us reprint these pages"
    r"|\b(?:allowed|permitted|let)\s+us\s+(?:to\s+)?(?:reproduce|republish|publish|print|reprint|translate|quote)\b"
    r"|\b(?:[Bb]elow|[Hh]ere|[Ww]hat\s+follows)\s+(?:is|are)\s+(?:an?\s+|the\s+|some\s+)?(?:short\s+|brief\s+|edited\s+|"
    r"abridged\s+)?(?:excerpts?|extracts?|passages?|pages?)\s+(?:from|of)\b)")
# the writer of the book a passage comes from: "an extract from the diary of Ana Moe", "pages from Ana Moe's memoir"
_BOOK = r"(?:memoirs?|book|diary|diaries|autobiography|journal|notebooks?|recollections)"
_PERSON = r"(?P<sp>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
_PERSON2 = _PERSON.replace("?P<sp>", "?P<sp2>")
_EXCERPT = re.compile(
    r"\b(?:excerpts?|extracts?|passages?|pages?|chapters?)\s+(?:from|of)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<item>{_BOOK})\s+(?:of|by)\s+{_PERSON}"
    rf"|\b(?:excerpts?|extracts?|passages?|pages?|chapters?)\s+(?:from|of)\s+{_PERSON2}['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<item2>{_BOOK})\b")
# "One entry in the call log reads (name changed): "...": the entry speaks
_READS = re.compile(
    rf"^\s*(?P<sp>(?:One|An?|The|Another)\s+(?:[\w'-]+\s+){{0,3}}?{_ITEM}(?:\s+(?:in|of|from)\s+(?:the|a|an|its|our|his|"
    r"her|their)\s+[\w'\s-]{2,40}?)?)\s+(?:reads|read|says|said)(?:\s+\([^)]{1,40}\))?\s*:\s*[\"\u201c]")
# "Another message from a reader who says he drove for the mine: "...": the item's sender speaks the quotation
_ITEM_FROM = re.compile(
    rf"^\s*(?:(?:One|An?|Another)\s+(?:more\s+|last\s+|new\s+|short\s+)?|(?:Here\s+is|This\s+is)\s+(?:an?|one)\s+)"
    rf"{_ITEM}\s+(?:(?:came|comes|arrived)\s+)?(?:from|by)\s+(?P<sp>(?:an?|one|another)\s+[^:;\"\u201c]{{2,140}}?)"
    r"\s*:\s*[\"\u201c]")
# "A Facebook post by a Ghanaian worker in Qatar, Ana Moe, has been shared ...": the post's author
_ITEM_BY = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?{_ITEM}\s+(?:(?:was|were)\s+(?:sent|recorded|posted|written|left)\s+)?"
    r"(?:(?:on|in|via|over)\s+[A-Z][\w-]*\s+)?"
    # "a voice note sent last week to a member of our team by a young man": when and to whom, then by whom
    r"(?:(?:sent|recorded|posted|written|left)\s+(?:[\w'-]+\s+){1,9}?(?=by\s)|kept\s+(?=by\s))?(?:by|from)\s+"
    r"(?P<sp>[^;:\"\u201c]{2,120}?)(?=\s+(?:has|had|was|is|were|went|which|that|who)\b|,\s+(?:which|that)\b|[.;:]|$)")
# "The Telegram channel X, which has 40,000 subscribers, on Saturday published a post", "The owner, Primtextile,
# has sent the editors a letter": the writer
_WROTE_ITEM = re.compile(
    r"(?:^|[.;]\s+)(?P<sp>(?:The\s+|[A-Z])[^;:\"\u201c]{1,140}?)\s+(?:has\s+|had\s+)?(?:(?:on|last|this)\s+\w+\s+|"
    r"(?:yesterday|today|recently)\s+)?(?:published|posted|wrote|sent|shared|issued|released|uploaded)\s+(?:(?:the\s+editors?|"
    rf"us|our\s+\w+|this\s+\w+)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<item>{_ITEM})\b")
# "The labour board asked the editors to run its response. We reproduce it here.": the body that asked writes it
_ASKED_TO_RUN = re.compile(
    r"(?:^|[.;]\s+)(?P<sp>(?:The\s+|[A-Z])[^;:\"\u201c]{1,140}?)\s+(?:has\s+|had\s+)?(?:asked|requested)\s+(?:us|the\s+editors?|"
    rf"this\s+\w+)\s+to\s+(?:publish|print|run|carry|reproduce)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?P<item>{_ITEM})\b")
# the writer of a message a poster passes on: "sharing what her brother sent"
_PASSED_ON = re.compile(r"\b(?:posting|sharing|copying|pasting|reposting|forwarding)\s+what\s+(?P<sp>(?:the|my|his|her|their|our)\s+"
                        r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+(?:wrote|sent|texted|messaged)\b")
_CLAUSE = re.compile(r",\s+(?:which|who|whose)\s(?:[^,]|(?<=\d),(?=\d)){2,100},")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|mine|we|We|our|Our|us|My)\b")
_NUMBERED = re.compile(r"(?m)^[ \t]*[\"\u201c]?\d{1,2}[.)]\s")
_BULLETED = re.compile(r"(?m)^[ \t]*[-*\u2022\u2013][ \t]+\S")
_NAME = re.compile(r"^(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){0,3}$")
# a separator line ("---") or a bracketed label ("[Voice note, 3 min 41 s]") setting the reproduced text off
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|\u2014{2,}|(?:\*\s){2,}\*)\s*$")  # "---", "***", "* * *"
_SEPARATOR = re.compile(r"^\W*$|^\s*\[[^\]\n]{1,60}\]\s*$")
# the name a page gives a person it protects: "whom we call Naomi", "who asked to be called Dana"
_CALLED = re.compile(r"^(?:whom\s+we\s+(?:call|are\s+calling)|who\s+asked\s+to\s+be\s+called|whom\s+we\s+have\s+called)\s+")
_OPEN = ('"', "\u201c")


_ITEM_RX = re.compile(_ITEM)
# the reproduced text's own title in capitals ("HOUSE RULES FOR TENANTS OF BLOCK C"): two words or more, no stop
_CAPS_TITLE = re.compile(r"^\s*(?=(?:[^a-z]*[A-Z]){6})[A-Z0-9][A-Z0-9 '\u2019&,./#:()-]{4,80}[A-Z0-9)]\s*$")
# the item itself, named before and now reproduced, when the intro names no writer ("has seen the message")
_THE_ITEM = re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?P<item>{_ITEM})\b")
_ITEM_HEAD = re.compile(rf"^(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?(?P<item>{_ITEM})\b", re.IGNORECASE)


def _writer(intro: str) -> tuple[str, str] | None:
    """The author of the text the intro paragraph presents and the noun of the item: (wording, item)."""
    passed = _PASSED_ON.search(intro) if "what" in intro else None
    if passed is not None:
        return passed.group("sp"), "message"  # "sharing what her brother sent": his message
    asked = _ASKED_TO_RUN.search(intro) if "asked" in intro or "requested" in intro else None
    by = _ITEM_BY.search(intro) if asked is None else None  # (not "..., followed by a note from the editors")
    wrote = asked or _WROTE_ITEM.search(intro)
    if by is not None:
        sp, item = by.group("sp").strip(), _ITEM_RX.search(by.group(0)).group(0)  # type: ignore[union-attr]
    elif wrote is not None:
        sp, item = _CLAUSE.sub("", wrote.group("sp")).strip(" ,"), wrote.group("item")
    else:
        return None
    chunks = [_CALLED.sub("", c.strip()) for c in sp.split(",") if c.strip()]  # "their daughter, whom we call Naomi"
    if len(chunks) >= 2 and _NAME.match(chunks[1]) and not _is_place(chunks[1]):
        sp = chunks[1]  # "a Ghanaian construction worker in Qatar, Kwabena Asante" -> the name
    return sp, item


def _quoted_block(text: str, sentences: Sequence[Sentence], first: int, opening: int) -> list[int]:
    """The sentences from ``first`` (in which the quotation opens at ``opening``) to the one that closes it."""
    close_char = "\u201d" if text[opening] == "\u201c" else '"'
    close = text.find(close_char, opening + 1)
    if close < 0 or close - opening > 4000:
        return []
    return [k for k in range(first, len(sentences)) if sentences[k].start <= close]


def _prose_block(sentences: Sequence[Sentence], result: list[Any], first: int, signed: bool = False) -> list[int]:
    """Paragraphs from ``first`` on written in the first person with no speaker of their own: a reproduced post
    whose quotation marks the page's layout dropped. A text its writer signs ("I am Kamal from Sindhuli") may name
    speakers of its own ("Company says next month"), who keep their sentences."""
    block: list[int] = []
    k = first
    while k < len(sentences):
        para = [j for j in range(k, len(sentences)) if sentences[j].paragraph == sentences[k].paragraph]
        if any(sentences[j].kind != "body" or result[j].explicit and not signed for j in para) \
                or not any(_FIRST_PERSON.search(sentences[j].text) for j in para):
            break
        block.extend(para)
        k = para[-1] + 1
    return block


_MEDIA_WORD = re.compile(r"\b(?:channel|blog|newspaper|site|outlet)\b", re.I)


def reproduced_texts(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of a text the page reproduces to its author (in place; see the module docstring)."""
    if "reproduc" not in text and "publish" not in text and "print" not in text and " read" not in text \
            and "following" not in text and "follows" not in text and "ing what" not in text and "shared" not in text and "ranscribed" not in text \
            and "ranslated" not in text and " from a" not in text:
        return
    for i, s in enumerate(sentences):
        if s.kind != "body":
            # an editor's note set apart as a note may still present the text that follows
            if s.kind == "meta" and _REPRODUCE.search(s.text) is not None:
                _present(text, sentences, result, reg, i, s)
            continue
        reads = _READS.match(s.text)
        if reads is not None:
            block = [k for k in _quoted_block(text, sentences, i, s.start + reads.end() - 1) if k != i]
            _give(sentences, result, reg, block, Mention(reads.group("sp"), reads.start("sp"), reads.end("sp"), "wrote"),
                  "document", s)
            continue
        sent = _ITEM_FROM.match(s.text)
        if sent is not None and classify(sent.group("sp")) in (None, "anonymous_source", "named_person"):
            block = _quoted_block(text, sentences, i, s.start + sent.end() - 1)
            _give(sentences, result, reg, block, Mention(sent.group("sp"), sent.start("sp"), sent.end("sp"), "wrote"),
                  "anonymous_source", s)
            continue
        if _REPRODUCE.search(s.text) is not None:
            _present(text, sentences, result, reg, i, s)


def _present(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry, i: int, s: Sentence) -> None:
    """Give the text that sentence ``i`` says the page reproduces (in the next paragraph) to its author."""
    # the text follows in the next paragraph ("We reproduce it below. We could not verify it." may end this one)
    nxt_i = next((k for k in range(i + 1, min(i + 5, len(sentences))) if sentences[k].paragraph != s.paragraph
                  and not _SEPARATOR.match(sentences[k].text)), None)  # ("---" sets the text off)
    if nxt_i is None:
        return
    nxt = sentences[nxt_i]
    title = nxt.text.strip() if nxt.kind == "headline" and _CAPS_TITLE.match(nxt.text) else None
    if nxt.kind == "headline" and (_ITEM_RX.search(nxt.text.lower()) is not None or title is not None):
        # the text's own heading ("Response of the Labour Board, Lusaka") before it: the text starts after it
        nxt_i = next((k for k in range(nxt_i + 1, min(nxt_i + 4, len(sentences)))
                      if sentences[k].paragraph != nxt.paragraph), None)
        if nxt_i is None:
            return
        nxt = sentences[nxt_i]
    intro = " ".join(x.text for x in sentences[max(0, i - 3):i + 1] if x.paragraph == s.paragraph)
    signed = _signed(sentences, nxt_i, intro) or _excerpt_writer(intro)  # a book's pages may quote others
    found = signed or _writer(intro) or _headline_writer(sentences, i)  # "...": a post from a construction worker
    the_item = _THE_ITEM.search(intro) if found is None else None
    if the_item is not None:  # "We have seen the message ... We reproduce it below": the message named before
        found = the_item.group(0), the_item.group("item")
    if found is None and title is not None:
        found = title, "notice"
    if found is None:
        return
    wording, item = found
    own = item.lower() in ("diary", "notebook", "diary entry")  # a diary's writer tells what others said to her
    if own and (called := _called_later(sentences, i)) is not None:
        wording = called  # "... the diary of a nanny. We call her Rosa, as she wished.": Rosa's
    quoted = nxt.text.lstrip().startswith(_OPEN)
    opening = nxt.start + len(nxt.text) - len(nxt.text.lstrip())
    block = _quoted_block(text, sentences, nxt_i, opening) if quoted else (
        _ruled_block(sentences, nxt_i) or _list_block(text, sentences, nxt_i)
        or _prose_block(sentences, result, nxt_i, signed is not None or own))
    if not block:
        return
    span_text = text[sentences[block[0]].start:sentences[block[-1]].end]
    points = len(_NUMBERED.findall(span_text)) + len(_BULLETED.findall(span_text))
    if title is not None and points >= 2:
        wording, kind = title, "document"  # a notice's rules in numbered points under its own title in capitals
    elif item.endswith(("letter", "statement")) and points >= 2:
        wording, kind = f"a {item}", "document"  # a letter set out in numbered points
    else:
        kind = "outlet" if _MEDIA_WORD.search(wording) \
            else classify(wording) or ("document" if the_item is not None else "anonymous_source")  # "the following reply"
    owner = item_owner(text[:s.start], item) if the_item is not None else None
    if owner is not None:
        wording, kind = owner  # "the reply" under the heading "Reply of a Member State to the Panel's letter"
    named = _named_item(reg, item) if the_item is not None and owner is None else None
    if named is not None:
        _give_to(result, block, named)
        return
    pos = intro.find(wording)
    _give(sentences, result, reg, block, Mention(wording, max(pos, 0), max(pos, 0) + len(wording), "wrote"), kind, s,
          own)


def _list_block(text: str, sentences: Sequence[Sentence], first: int) -> list[int]:
    """The sentences of the list items from ``first`` on, paragraph by paragraph ("- No fee is charged. Workers may
    ...", "- Overtime is paid ..."): a statement the page sets out in points. Empty when ``first`` opens no item or
    the list has one item only."""
    block: list[int] = []
    k, items = first, 0
    while k < len(sentences) and sentences[k].kind == "body" and _list_item(text, sentences[k]):
        para = [j for j in range(k, len(sentences)) if sentences[j].paragraph == sentences[k].paragraph]
        block.extend(para)
        items += 1
        k = para[-1] + 1
    return block if items >= 2 else []


def _headline_writer(sentences: Sequence[Sentence], i: int) -> tuple[str, str] | None:
    """The author the page's headline names for the item ('"...": a post from a construction worker')."""
    heads = " ".join(x.text for x in sentences[:i] if x.kind == "headline")
    return _writer(heads) if heads else None


def _ruled_block(sentences: Sequence[Sentence], first: int) -> list[int]:
    """The sentences from ``first`` to the rule that closes a text the page set off between two rules ("---"); its
    sentences that name a speaker of their own keep them (see :func:`_give`). Empty when no rule opens or closes it."""
    if first == 0 or not _RULE.match(sentences[first - 1].text):
        return []
    end = next((k for k in range(first, min(len(sentences), first + 60)) if _RULE.match(sentences[k].text)), None)
    return list(range(first, end)) if end is not None and end > first else []


def _named_item(reg: Registry, item: str) -> str | None:
    """The key of the first source worded as that item ("A message circulating in a WhatsApp group"), if any."""
    found = [src for src in reg.sources() if src.spans and (head := _ITEM_HEAD.match(src.wording or "")) is not None
             and head.group("item").lower() == item.lower()]
    return min(found, key=lambda src: min(src.spans)[0]).key if found else None


def _give_to(result: list[Any], block: list[int], key: str) -> None:
    for k in block:
        if result[k].source == OUTLET_KEY or not result[k].explicit:
            result[k] = replace(result[k], source=key, cue="wrote", direct=True, explicit=False, span=None)


def _give(sentences: Sequence[Sentence], result: list[Any], reg: Registry, block: list[int], m: Mention, kind: str,
          intro: Sentence, own: bool = False) -> None:
    """Give the block to its writer; in a diary (``own``) also what the writer tells others said to her ("Her son tells
    me I can go on Sunday")."""
    if not block:
        return
    src = reg.resolve(m, intro.start, "")
    src.kind = kind
    for k in block:
        if result[k].source == OUTLET_KEY or not result[k].explicit or own and _I_ME.search(sentences[k].text):
            result[k] = replace(result[k], source=src.key, cue="wrote", direct=True, explicit=False, span=None)


def _signed(sentences: Sequence[Sentence], first: int, intro: str) -> tuple[str, str] | None:
    """(name, item) when the text's own opening lines give its writer's name ("I am Kamal from Sindhuli.")."""
    opening = " ".join(x.text for x in sentences[first:first + 3] if x.paragraph == sentences[first].paragraph)
    signed = SELF_NAMED.search(opening)  # "Namaste brother. I am Kamal from Sindhuli."
    if signed is None or classify(signed.group("name")) not in ("named_person", None):
        return None
    item = _ITEM_RX.search(intro)
    return signed.group("name"), item.group(0) if item else "message"


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _excerpt_writer(intro: str) -> tuple[str, str] | None:
    """(name, book) when the intro presents a passage from a named person's book, memoir or diary."""
    m = _EXCERPT.search(intro)
    if m is None:
        return None
    sp = _POSSESSIVE_END.sub("", m.group("sp") or m.group("sp2") or "")
    if not sp or _is_place(sp) or classify(sp) not in ("named_person", None):
        return None
    return sp, m.group("item") or m.group("item2")


def _is_place(name: str) -> bool:
    from labourlens.analyse.mastheads import is_place  # noqa: PLC0415 - mastheads imports the speaker rules

    return is_place(name)


# "He asked us to call him Tomas.", "She gave her name as Ana."
_CALLED_LATER = re.compile(r"^\W{0,3}(?:She|He)\s+(?:asked\s+(?:us\s+)?to\s+be\s+called|asked\s+us\s+to\s+call\s+(?:her|him)|"
                           r"(?:gave|gives)\s+(?:her|his)\s+name\s+as)\s+(?P<name>[A-Z][a-z]+)\s*\.")
_I_ME = re.compile(r"\b(?:I|me|my)\b")


def _called_later(sentences: Sequence[Sentence], i: int) -> str | None:
    """The name the writer goes by, given in a sentence after the presenting one in its paragraph."""
    for s in sentences[i + 1:i + 4]:
        if s.paragraph != sentences[i].paragraph:
            break
        m = _CALLED_LATER.match(s.text)
        if m is not None:
            return m.group("name")
    return None
