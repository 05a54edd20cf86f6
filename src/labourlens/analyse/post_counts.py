"""A post named as a thing is no telling. "a TikTok video she posted in March" is a relative clause without "that"
(the video she posted), and "the clip, posted on Monday, had been reposted 40,000 times" counts a post's reach:
"shared" and "posted" are verbs of telling ("She posted that she had not been paid"), but here nobody says anything.
Their words are written over (offsets kept) before the finders read the sentence. Read by
:func:`labourlens.analyse.quoted_names.blank_passive_found`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["blank_fronted_recording", "blank_post_counts"]

# "was shared 900,000 times", "had been reposted more than 40,000 times", "were shared thousands of times",
# "was posted and shared 2 million times"
_POST_COUNT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+((?:(?:posted|uploaded)\s+and\s+)?(?:re)?(?:shared|posted|"
    r"tweeted)(?:\s+and\s+(?:re)?(?:shared|viewed|liked))?)(?=\s+(?:(?:more|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|"
    r"about\s+|some\s+|at\s+least\s+)?(?:\d[\d,.]*(?:\s*(?:million|thousand|[km]))?|hundreds|thousands|millions|"
    r"tens\s+of\s+thousands|dozens)\s+(?:of\s+)?times\b)", re.IGNORECASE)

# "a video she posted", "the clip he had uploaded", "a message they shared": a post named by a relative clause
# without "that"; the pronoun is no speaker
_POST_NOUN_CLAUSE = re.compile(
    r"\b(?:video|videos|clip|clips|post|posts|message|messages|photo|photos|picture|pictures|livestream|live\s+stream|"
    r"voice\s+note|voice\s+notes|reel|reels|story|stories|tweet|tweets|vlog)\s+(?:she|he|they|we|I|you)\s+"
    r"(?:had\s+|has\s+|have\s+|later\s+|then\s+|first\s+|once\s+)?((?:re)?(?:posted|shared|uploaded|tweeted))\b")


def blank_post_counts(text: str) -> str:
    """``text`` with a passive "shared" / "posted" that counts a post's reach ("was shared 900,000 times") and the
    verb of a post named by a relative clause ("a video she posted") written
    over with letters no finder reads as a reporting verb (same length, so every offset stays right)."""
    if "times" in text:
        text = _POST_COUNT.sub(_blank_group, text)
    if "posted" in text or "shared" in text or "uploaded" in text or "tweeted" in text:
        text = _POST_NOUN_CLAUSE.sub(_blank_group, text)
    return text


def _blank_group(m: re.Match[str]) -> str:
    return m.group()[: m.start(1) - m.start()] + "x" * len(m.group(1))


# "In the video the woman, who identified herself as Amina K., says ...", "In one clip Amina says ...": a fronted
# recording without its comma, before the person who speaks in it (a bare "he" / "she" is read by
# labourlens.analyse.sent_messages)
_FRONTED_RECORDING = re.compile(
    r"^In\s+(?:the|a|an|this|that|his|her|their|one|another)\s+(?:[\w-]+\s+)?(?:video|videos|recording|clip|clips|"
    r"footage|voice\s+message|voice\s+note|livestream|live\s+stream|broadcast|post)\s+(?=(?:the|a|one)\s+[a-z]|"
    r"[A-Z][a-z])")


def blank_fronted_recording(text: str) -> str:
    """``text`` with a fronted "In the video " (no comma) written over with spaces, so that the person after it is
    read as the sentence's subject (offsets kept)."""
    if text[:3] != "In ":
        return text
    m = _FRONTED_RECORDING.match(text)
    return text if m is None else " " * m.end() + text[m.end():]
