"""Online posts as sources, for :mod:`labourlens.analyse.attribution_shapes3` and
:mod:`labourlens.analyse.attribution_shapes2`: "A post by a user describing herself as a former cook at a fish
plant says that ..." is the post's (unnamed) author, worded by the whole phrase; a later "the post said",
"The post, which was later removed, also said" or "It added" goes back to that author."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import Mention
from labourlens.model import Source

__all__ = ["post_mention", "post_back_reference", "is_post_source", "past_dateline", "username_mention"]

_POST_NOUN = r"(?:post|posting|message|comment|thread|entry|tweet|blog\s+post|forum\s+post|video)"
# an author known only by what they say of themselves: "a user describing himself as ...", "an account calling
# itself ...", "someone who says she was ..." ("a post by a former employee" is that employee's, found elsewhere)
_AUTHOR = (r"(?:a|an|one|another|someone|somebody)\b(?:\s+(?:user|account|poster|commenter|member|person|blogger|"
           r"man|woman|author|writer|anonymous\s+user))?\s+(?:who\s+(?:describes|described|calls|called|identifies|"
           r"identified|says|said|claims|claimed)|describing|calling|identifying|claiming\s+to\s+be|introducing|"
           r"signing\s+(?:himself|herself|itself|themselves))\b")
_VERB = (r"(?:says|said|claims|claimed|states|stated|alleges|alleged|reports|reported|describes|described|writes|"
         r"wrote|recounts|recounted|adds|added|complains|complained)")
# "A post by a user describing himself as a welder at ... says that ...", "A message on Weibo from an account
# run by ... claimed ...": the intro names the author only by what they say of themselves
_INTRO = re.compile(
    rf"^\s*(?P<sp>(?:A|An|One|Another)\s+(?:[\w-]+\s+){{0,2}}?{_POST_NOUN}\s+(?:(?:on|in|to)\s+[^,;:\"]{{2,60}}?\s+)?"
    rf"(?:by|from)\s+{_AUTHOR}[^;:\"]{{0,160}}?)(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?<!\bhe)(?<!\bshe)(?<!\bthey)"
    rf"\s+(?:(?:also|later|further)\s+)?{_VERB}\b")
# "the post said", "The post, which was deleted within a day, also said", "the message added", '"...," the post read'
# (the words it reads are its author's)
_BACK = re.compile(r"(?:^\s*|,\s*|\"\s*)(?P<sp>(?i:the)\s+(?:[\w-]+\s+){0,2}?(?:post|posting|thread|tweet))"
                   rf"(?:,\s+(?:which|that)\s[^,;:\"]{{2,80}},)?\s+(?:(?:also|later|further)\s+)?(?:{_VERB}|reads?)\b")
_IS_INTRO = re.compile(rf"^(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}?{_POST_NOUN}\s.*?\b(?:by|from)\s+{_AUTHOR}",
                       re.IGNORECASE)
_POST_NOUN_RE = gated(_POST_NOUN, re.IGNORECASE)  # compiled once: re's own cache overflows in a long run
_BACK_WORDING = re.compile(rf"^(?:the\s+(?:[\w-]+\s+){{0,2}}?{_POST_NOUN}|it)$", re.IGNORECASE)


# 'According to the Telegram channel "Kolyma Site Notes" (post of ...)', 'The channel "X" reported': the channel
# is worded with its name, which a later "the channel" refers back to
_CHANNEL = r"(?P<sp>(?i:the)\s+(?:[A-Z][\w-]*\s+)?(?:channel|blog|account)\s+[\"\u201c\u00ab][^\"\u201d\u00bb]{2,60}[\"\u201d\u00bb])"
_CHANNEL_SAID = re.compile(rf"(?:(?P<acc>\b[Aa]ccording\s+to)\s+{_CHANNEL}"
                           rf"|^\s*{_CHANNEL.replace('(?P<sp>', '(?P<sp2>')}\s+(?P<verb>{_VERB}|posted|published)\b)")


# a poster named by a username in quotation marks: 'The author, who signs as "Red Kettle", wrote', 'A user called
# "Uncle Li of Yanji" posted', 'A driver, with the username "tiger77", said', 'A user posting as "tiger77" wrote'; or a handle-like username after
# "user": 'user coldwater_9 wrote'
_USERNAME_CUE = (r"(?:who\s+signs?\s+(?:as|with|off\s+as)|signing\s+as|who\s+(?:posts|writes|goes)\s+(?:as|under|by)|"
                 r"going\s+by|(?:posting|writing|commenting)\s+(?:as|under)|(?:calling|who\s+calls)\s+(?:himself|herself|themselves)|"
                 r"(?:with|under|using)\s+the\s+(?:username|user\s*name|handle|nickname|screen\s+name|online\s+name))")
_USERNAME = gated(
    rf"^\s*(?:The|A|An|One|Another)\s+(?:[^\"\u201c;:]{{0,90}}?,?\s+{_USERNAME_CUE}|(?:[\w-]+\s+){{0,2}}?(?:user|account|"
    rf"poster|commenter|blogger|netizen|member|author)\s+(?:called|named))\s+[\"\u201c](?P<sp>[^\"\u201d]{{2,40}})"
    rf"[\"\u201d],?\s+(?:(?:also|later|then)\s+)?(?:{_VERB}|posted|posts|commented|replied|shared)\b")
_USER_HANDLE = gated(
    r"\b(?:[Uu]ser|[Uu]sername|[Cc]ommenter|[Pp]oster|[Bb]logger|[Nn]etizen|[Aa]ccount)\s+"
    r"(?P<sp>[A-Za-z][\w.\-]*(?:\d|_|\.)[\w.\-]*[A-Za-z0-9])\s+(?:(?:also|later|then)\s+)?"
    rf"(?:{_VERB}|posted|posts|commented|replied|shared)\b")

# a handle-like username left bare after the cue: "A user who signs as Timur_07 wrote", "A member posting as kedr.99
# said" (a digit, "_" or "." in it makes it a handle, not a word of the sentence)
_BARE_HANDLE = gated(
    rf"^\s*(?:The|A|An|One|Another)\s+(?:[^\"\u201c;:]{{0,90}}?,?\s+{_USERNAME_CUE})\s+"
    r"(?P<sp>[A-Za-z][\w.\-]*(?:\d|_|\.)[\w.\-]*[A-Za-z0-9]),?\s+(?:(?:also|later|then)\s+)?"
    rf"(?:(?:on|last)\s+\w+\s+)?(?:{_VERB}|posted|posts|commented|replied|shared)\b")


# "It described a plant in Donggang, where the author said some 200 women work": the post's author, in a clause
_WHERE_AUTHOR = re.compile(r",\s+(?:where|in\s+which|and)\s+(?P<sp>the\s+(?:author|poster|blogger|writer))\s+"
                           r"(?:also\s+)?(?:said|says|wrote|writes|claimed|claims)\b")


# a wire dateline before the poster: "MOROWALI, Central Sulawesi - A Weibo user posting as "X" said ..."
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3}(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?"
                       r"\s*(?:--|[\u2014\u2013]|-)\s+(?=(?:The|A|An|One|Another)\s)")


def past_dateline(text: str) -> str:
    """``text`` with a wire dateline at its start written over with spaces (offsets kept)."""
    d = _DATELINE.match(text)
    return text if d is None else " " * d.end() + text[d.end():]


def username_mention(text: str) -> Mention | None:
    """A poster named by a username in the sentence that reports what they posted (after a dateline, if any)."""
    found = _username_span(text)
    return Mention(*found, "wrote") if found is not None else None


@lru_cache(maxsize=256)  # speed: the last passes ask again about sentences the mention finder read (a new Mention each time)
def _username_span(text: str) -> tuple[str, int, int] | None:
    text = past_dateline(text)
    m = _USERNAME.match(text) or _USER_HANDLE.search(text) or _BARE_HANDLE.match(text)
    return (m.group("sp"), m.start("sp"), m.end("sp")) if m is not None else None


def post_mention(text: str) -> Mention | None:
    """The author of a post, when the sentence introduces the post by what its author says of themselves, or
    refers back to it ("the post said"); a channel named in quotation marks with its name; a poster named by a
    username."""
    if '"' in text or "\u201c" in text or "ser " in text or "mber " in text:
        named = username_mention(text)
        if named is not None:
            return named
    if "the " in text and (w := _WHERE_AUTHOR.search(text)) is not None:
        return Mention(w.group("sp"), w.start("sp"), w.end("sp"), "wrote")
    if "channel" in text or "blog" in text or "account" in text:
        c = _CHANNEL_SAID.search(text)
        if c is not None:
            group = "sp" if c.group("sp") else "sp2"
            return Mention(c.group(group), c.start(group), c.end(group), "according to" if c.group("acc") else "wrote")
    if not _POST_NOUN_RE.search(text):
        return None
    m = _INTRO.match(text) or _BACK.search(text)
    if m is None:
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "wrote")


def is_post_source(source: Source) -> bool:
    """Is ``source`` the author of a post introduced as "A post by a user ..."?"""
    return source.kind == "anonymous_source" and _IS_INTRO.match(source.wording or "") is not None


def post_back_reference(m: Mention, sources: list[Source]) -> Mention | None:
    """``m`` ("the post", "The post", "It") reworded as the post's author when the source heard last is that
    author; None otherwise."""
    if not sources or not _BACK_WORDING.match(m.wording.strip()) or not is_post_source(sources[0]):
        return None
    return Mention(sources[0].wording or "", m.start, m.end, m.cue, m.direct, m.relay)
