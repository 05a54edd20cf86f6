"""The replies under a thread, a pass of :mod:`labourlens.analyse.forum_posts`: on a page that opens as a thread
("Thread by @dock_cook, posted 3 May") or sets its replies under a heading of their own ("Replies"), a line that
opens with a handle and a colon ("@harbour_eye: Same firm had a boat off Sohar ...") is that account's post. The
handle is the poster's name on the network, as the thread's own poster's is: a ``named_person`` (a body's account,
"@port_agency_official", stays the body's), and the thread's poster replying under their own handle is the one
source; (s388) the thread's poster named in full in the brackets after the handle ("Thread by @mina_rights (Mina
Sorensen)") is named by that name (:func:`labourlens.analyse.thread_accounts.account_person`). A handle quoted in a
story or a blog (no thread around it) stays as read. (A thread that
:mod:`labourlens.analyse.forum_posts` already reads as one, through ``thread_accounts.handle_reply``, gives such a line
to its poster as a post header; this pass re-kinds the handles left as anonymous sources on the pages it does not.)
(s43) A post's header whose brackets name a body, or the body the account says it is ("@harbour_meals (Harbour Meals
Ltd) - 3 Mar, 9:10 pm", "@labour_desk_ke (account describes itself as the labour attache's office, Embassy of Kenya) -
4 Mar"), posts as that body (:func:`header_kind`, read by ``forum_posts``); a person's name in the brackets ("(Ana R.)")
leaves the handle a person.
Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.analyse.thread_accounts import account_person

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["BRACKETED_REPLY", "GROUP_POST", "NAMED_THREAD", "PROFILE_HEADER", "PUBLIC_POST", "THREAD_HEADERS", "TOWN_HEADER", "header_kind",
           "thread_replies"]

# (s387) "Postboard | Ana Ruiz @ana_r | Valparaiso": a thread's header with the network's name, the poster's display
# name and handle, and the poster's town in a field of its own, alone on the line: the numbered posts are the poster's
TOWN_HEADER = re.compile(r"^\s*(?:[A-Z][\w.\-]{1,30}(?:\s+[A-Z][\w.\-]{1,30}){0,2}\s*[|\u00b7\u2022]\s*)?"
                         r"(?P<u>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3})\s+\(?@[A-Za-z0-9_]{2,30}\)?\s*"
                         r"[|\u00b7\u2022]\s*[A-Z][a-z'\u2019-]+(?:[\s-]+[A-Z][a-z'\u2019-]+){0,2}\s*$")

# (s391) "Thread by Ana Ruiz (@ana_r), freelance reporter, Lima": a thread's header with the poster's display name before
# the handle in brackets, perhaps a role and a place after a comma, alone on the line: the numbered posts are hers;
# (s44) the name may carry accents and the line may end with the posting date after a dash ("Thread by Inês Prado
# (@ines_p) - posted 3 May 2026, 21:04")
NAMED_THREAD = re.compile(r"^\W{0,3}(?:(?:A|This)\s+)?(?:[Tt]hread|[Tt]weets?|[Pp]osts?)\s+(?:by|from):?\s+"
                          r"(?P<u>[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff'\u2019-]+(?:\s+[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff'\u2019-]+){1,3})"
                          r"\s+\(@[A-Za-z0-9_]{2,30}\)(?:\s*,[^\n,]{1,40}){0,2}"
                          r"(?:\s*[\u00b7\u2022|\u2014\u2013-]\s*(?:[Pp]osted\s+)?(?:on\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
                          r"(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)?\s*$")
# (s391) "@harbour_coop (Cooperativa del Puerto)": a reply's header, the handle and in brackets the name of the person or
# body behind it, alone on the line: the reply below is that person's or body's
BRACKETED_REPLY = re.compile(r"^\s*@[A-Za-z0-9_.]{2,30}\s+\((?P<u>[A-Z][\w'\u2019.-]*(?:\s+[A-Za-z][\w'\u2019.-]*){1,5})\)\s*$")
# (s40) "Harbour Crew Network (public group) — post by Ana Ruiz": a social network group's page headed by the group's name,
# its standing in brackets and the poster's name after a dash: the post below is hers
GROUP_POST = re.compile(r"^\s*[A-Z][^\n()]{1,60}\((?:public|private|closed|open)?\s*group\)\s*[\u2014\u2013|\u00b7-]\s*"
                        r"(?:[Pp]ost(?:ed)?|[Ss]hared|[Ww]ritten)\s+by:?\s+(?P<u>[A-Z][a-z'\u2019-]+(?:\s+(?:de\s+la\s+|dela\s+|de\s+)?"
                        r"[A-Z][a-z'\u2019-]+){1,3})\s*$")
# (s42) "Public post \u00b7 Ana Ruiz \u00b7 Lima, Peru \u00b7 3 May 2026 \u00b7 Shared 40 times": a network's public post under the
# poster's full name, then the place, the date or the shares: the post below is hers
PUBLIC_POST = re.compile(r"^\W{0,3}(?:Public|Pinned|Shared)\s+post\s*[|\u00b7\u2022\u2014\u2013]\s*"
                         r"(?P<u>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3})\s*[|\u00b7\u2022\u2014\u2013]\s*\S")
# (s42) "Ana Ruiz @ana_r": a network's profile header on the page's first line, the poster's display name (a given name
# and a surname) and the handle alone on the line; the numbered posts below it ("1/ ...") are hers, up to the line of
# the posting time, the replies or the first reply's handle (:func:`_profile_posts`)
PROFILE_HEADER = re.compile(r"^[ \t]*(?P<u>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2})[ \t]+@[A-Za-z0-9_]{2,30}[ \t]*$")
_FIRST_POST = re.compile(r"(?m)^[ \t]*1/\s+\S")
# (multi-line: matched at a line's start inside the text, where a plain "^" never matches)
_PROFILE_END = re.compile(r"(?m)^[ \t]*(?:@[A-Za-z0-9_]|Posted\b|[Rr]eplies\b|REPLIES\b)")
# the thread headers above, read by :mod:`labourlens.analyse.forum_posts` with its own
THREAD_HEADERS = (TOWN_HEADER, NAMED_THREAD, BRACKETED_REPLY, GROUP_POST, PUBLIC_POST)
# "Thread by @x", "Tweets from @x" heading the page, or a line "Replies" / "Replies (14)" / "12 replies"
_THREAD_HEAD = re.compile(r"^\W{0,3}(?:(?:A|This)\s+)?(?:[Tt]hread|[Tt]weets?|[Pp]osts?)\s+(?:by|from):?\s+@[A-Za-z0-9_]{2,30}\b")
_REPLIES = re.compile(r"^[ \t]*(?:\d{1,4}[ \t]+)?(?:[Rr]eplies|REPLIES)(?:[ \t]*\(\d{1,4}\))?[ \t]*:?[ \t]*$", re.MULTILINE)
_HANDLE = re.compile(r"@(?P<h>[A-Za-z0-9_]{2,30})")
# a handle of a body's account: "..._official", "..._oficial", "...HR"
_BODY_HANDLE = re.compile(r"(?:^|_)(?:official|oficial|officiel|hq|hr|pr|press|media|news|ministry|embassy|agency|"
                          r"company|corp|inc|ltd)$", re.IGNORECASE)


def _thread_page(text: str) -> bool:
    return _THREAD_HEAD.match(text[:300]) is not None or _REPLIES.search(text) is not None


def _profile_posts(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """(s42) Give the numbered posts under a profile header on the page's first line to the poster (in place)."""
    body = text.lstrip()
    m = PROFILE_HEADER.match(body.split("\n", 1)[0])
    if m is None or (first := _FIRST_POST.search(text, 0, 1500)) is None:
        return
    src = None
    for i, s in enumerate(sentences):
        if s.start < first.start():
            continue
        if _PROFILE_END.match(text, text.rfind("\n", 0, s.start) + 1):
            break
        if result[i].source == OUTLET_KEY and not result[i].explicit:
            if src is None:
                name = m.group("u")
                src = reg.resolve(Mention(name, 0, len(name), "posted", True), s.start, "")
                src.kind = "named_person"
            result[i] = replace(result[i], source=src.key, cue="posted")


def thread_replies(text: str, result: list[Any], reg: Registry, sentences: Sequence[Sentence] = ()) -> None:
    """Make the handles of a thread's reply lines their posters' names (in place; see the module doc)."""
    if "@" in text and sentences:
        _profile_posts(text, sentences, result, reg)
    if "@" not in text or not _thread_page(text):
        return
    sources = reg.sources()
    by_handle = {(s.canonical or "").lower(): s for s in sources if s.kind == "named_person" and s.canonical}
    merged: dict[str, str] = {}
    for src in sources:
        m = _HANDLE.fullmatch((src.wording or "").strip())
        if m is None or src.kind != "anonymous_source" or not src.spans:
            continue
        at = min(src.spans)[0]
        line_start = text.rfind("\n", 0, at) + 1
        if text[line_start:at].strip() or text[at + len(m.group(0)):at + len(m.group(0)) + 1] != ":":
            continue  # not a reply line's label ("as @x wrote", "@x said")
        handle = m.group("h")
        own = by_handle.get(handle.lower())
        if own is not None and own.key != src.key:
            merged[src.key] = own.key  # the thread's poster replying under the thread
            continue
        src.kind = "organization" if _BODY_HANDLE.search(handle) else "named_person"
        src.canonical = handle
    if merged:
        for i, att in enumerate(result):
            if att.source in merged:
                result[i] = replace(att, source=merged[att.source])
    if (person := account_person(text)) is not None:
        for src in sources:
            if src.kind == "named_person" and (src.canonical or "").lower() == person[0].lower():
                src.wording = src.canonical = person[1]  # "Thread by @mina_rights (Mina Sorensen)": Mina Sorensen


# (s43) a post's header line: the handle, its brackets, then a dash or dot and the date ("@x (Acme Ltd) - 3 Mar, 9:14 pm")
_BRACKETED_HEADER = re.compile(r"^\W{0,3}@[A-Za-z0-9_]{2,30}\s*\((?P<name>[^()\n]{2,120})\)\s*[\u00b7\u2022|\u2014\u2013-]\s*\S")
# what an account says it is: "account describes itself as the X", "self-described X", "bio: X"
_SELF_DESCRIBED = re.compile(r"^(?:(?:the\s+)?account\s+(?:that\s+)?describes\s+itself\s+as|self-described|"
                             r"describes\s+itself\s+as|bio\s*:)\s+(?P<what>.+)$", re.IGNORECASE)
_BODY_KINDS = ("organization", "official")


def header_kind(line: str) -> str | None:
    """The kind of the body a post's header names in brackets after the handle ("organization", "official"), or None
    (no brackets, or a person's name in them)."""
    m = _BRACKETED_HEADER.match(line.split("\n", 1)[0])
    if m is None:
        return None
    name = m.group("name").strip()
    described = _SELF_DESCRIBED.match(name)
    kind = classify(described.group("what") if described else name)
    return kind if kind in _BODY_KINDS else None
