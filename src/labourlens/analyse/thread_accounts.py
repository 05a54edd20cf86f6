"""Threads posted under a body's account, and the numbers of a thread's posts.

- "Thread by @kilnwatch (Darkhan Kiln Watch) · 3 Mar 2026": the handle is the account of a body named in
  the brackets (not a person: "Thread by @rider_k (Karim R.)" stays the poster's own). That body publishes the thread:
  it is the page's outlet (:mod:`labourlens.analyse.meta`) and its posts are the page's own voice
  (:mod:`labourlens.analyse.forum_posts`).
- (s388) "Thread by @mina_rights (Mina Sorensen) · 3 Mar 2026": the handle of a person named in full in the brackets
  (a given name and a surname, perhaps with a role after a comma): the posts are that person's, by the name (a name
  with an initial, "(Karim R.)", keeps the handle).
- "5/ Reply from @bayar_t: ...", "4/ @steppewatch replying to @bayar_t: ...": a numbered post of a thread opens with
  its number; the header after the number names the poster, the one replying (not the one replied to).
- (s44) "#3 posted by kite_9", a board's post numbered with "#"; and "#2 posted by 小燕2003 (swallow_03)" on a board
  translated from a language of another script: the handle as posted, or its Latin form in brackets after it.

Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["account_body", "account_person", "handle_reply", "post_number_end", "replying_poster"]

_HANDLE = r"@(?P<h>[A-Za-z0-9_]{2,30})"
_ACCOUNT = re.compile(rf"^\s*(?:(?:A|This)\s+)?(?:[Tt]hread|[Tt]weets?|[Pp]osts?)\s+(?:by|from):?\s+{_HANDLE}\s*"
                      r"\((?P<name>[A-Z][^(),\n]{2,60})\)", re.MULTILINE)
# "5/", "12/30": the number of a post in a thread, at the start of its paragraph; (s44) a board's "#3" or "#7b"
# before the poster's header ("#3  kite_9 | 4 May 2026, 21:02", "#3 posted by kite_9"); (s46) in square brackets ("[#3] posted by kite_9")
_NUMBER = re.compile(r"^\s*(?:\d{1,3}/(?:\d{1,3})?|#\d{1,4}[a-z]?|\[#\d{1,4}[a-z]?\])\s+(?=\S)")
# "@steppewatch replying to @bayar_t:", "@mina_k in reply to @dock_rat:"
_REPLYING = re.compile(rf"^\s*{_HANDLE}\s+(?:replying|in\s+reply|responding)\s+to\s+@[A-Za-z0-9_]{{2,30}}\s*:")


def account_body(text: str) -> tuple[str, str] | None:
    """The handle and the body's name of a thread posted under a body's account, in the page's first lines."""
    m = _ACCOUNT.search(text, 0, 600)
    if m is None:
        return None
    name = m.group("name").strip()
    return (m.group("h"), name) if classify(name) in ("organization", "outlet") else None


# a person's full name: a given name and a surname in capitals, no initial ("Mina Sorensen", "Ana de la Cruz Ruiz")
_FULL_NAME = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+(?:(?:de|da|del|la|van|von|bin|binti|al)\s+)*[A-Z][\w'\u2019-]+){1,3}$")
# the thread's handle and the bracket after it, up to a comma (the person's role may follow)
_ACCOUNT_PERSON = re.compile(rf"^\s*(?:(?:A|This)\s+)?(?:[Tt]hread|[Tt]weets?|[Pp]osts?)\s+(?:by|from):?\s+{_HANDLE}\s*"
                             r"\((?P<name>[A-Z][^(),\n]{2,60})[,)]", re.MULTILINE)


def account_person(text: str) -> tuple[str, str] | None:
    """The handle and the person's full name of a thread posted under a person's handle with the name in brackets
    after it, in the page's first lines ("Thread by @mina_rights (Mina Sorensen, researcher)"); None otherwise."""
    m = _ACCOUNT_PERSON.search(text, 0, 600)
    if m is None or not _FULL_NAME.match(name := m.group("name").strip()) or classify(name) != "named_person":
        return None
    return m.group("h"), name


def post_number_end(text: str) -> int:
    """Where a thread post's number ends ("5/ " in "5/ Reply from @x: ..."); 0 when the text has none."""
    m = _NUMBER.match(text)
    return m.end() if m else 0


def replying_poster(text: str) -> tuple[str, int] | None:
    """The poster of "@x replying to @y: ..." (or of a numbered post's "posted by 小燕2003 (swallow_03)") and where that
    header ends."""
    m = _REPLYING.match(text) or _SCRIPT_POSTER.match(text)
    return (m.group("h") or m.group("s"), m.end()) if m else None


# (s44) a handle of another script after "posted by" on its own line, with its Latin form in brackets or not
_SCRIPT_POSTER = re.compile(r"^\s*(?:[Pp]osted|[Ww]ritten|[Rr]eplied)\s+by:?\s+(?P<s>[^\x00-\u024f\s][^\s()]{0,30})"
                            r"(?:\s+\((?P<h>[A-Za-z0-9][\w.\-]{1,30})\))?[ \t]*(?=\n|$)")


# (s36) a reply in a network's thread: the display name and the handle, or the handle alone, then a colon and the
# reply's words on the same line ("Ana Ruiz @ana_r: that is not what I saw", "@dock_hand7: the gate was open"); read
# only in a thread (a blog that quotes posts goes on in its own voice after each); the handles such a header leaves
# as anonymous sources on other thread pages are re-kinded by :mod:`labourlens.analyse.thread_replies`
# ("Replying to @ana_r: ..." under a poster's header line names the one replied to, not a poster)
_HANDLE_REPLY = re.compile(r"^\W{0,3}(?!(?:Replying|In\s+reply|Reply|Responding)\s+to\s+@)"
                           r"(?P<u>[A-Z][^\n@\u00b7\u2022|:]{0,38}?)\s+@[A-Za-z0-9_]{2,30}\s*:(?=\s)"
                           r"|^\s*@(?P<h>[A-Za-z0-9_]{2,30})\s*:(?=\s)")


# (s379) a board's reply header that names the post's kind first, then the poster and perhaps the poster's town, alone on
# its line: "reply · dune_rider7 · Marseille", "comment | kite.9"; a body's account is named in words with the board's
# tag after it ("reply · Harbour Riders Union (verified)"); a bare name in words ("reply · Moderator") is no poster
_KIND_FIRST = re.compile(
    r"^[ \t]*(?:[Rr]eply|[Cc]omment|[Aa]nswer|REPLY|COMMENT)[ \t]*[\u00b7\u2022|][ \t]*"
    r"(?:(?P<h>(?=[\w.\-]*[\d_.])[A-Za-z0-9][\w.\-]{1,38}[A-Za-z0-9_])|(?P<n>[A-Z][\w'\u2019.&-]*(?:[ \t]+[A-Z][\w'\u2019.&-]*){0,5})"
    r"[ \t]*\((?:verified|official)[^()\n]{0,30}\))(?:[ \t]*[\u00b7\u2022|][ \t]*[^\n\u00b7\u2022|]{1,30}){0,2}[ \t]*$")


def handle_reply(line: str) -> tuple[str, int] | None:
    """The poster of a thread's reply line and the offset where its header ends, or None."""
    m = _HANDLE_REPLY.match(line)
    if m is None and line[:1] in " \tRrCcAa" and (k := _KIND_FIRST.match(line)) is not None:
        return k.group("h") or k.group("n"), k.end()
    return (m.group("u") or m.group("h"), m.end()) if m is not None else None

