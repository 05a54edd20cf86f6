"""A person who sent the page a message, told in a sentence of its own, for
:func:`labourlens.analyse.source_refs.people_mention`: "Update: one of the residents sent us a voice message.",
"A driver at the depot sent this channel a video." The sender is a source of the page even though no verb of
saying follows, so a "He says ..." in the next sentence goes back to the sender, not to an earlier speaker. Only
a person or group of people (not a body: "The ministry sent us a statement" keeps the other rules) and only a
message with no quotation of its own in the sentence. A reply the page received from someone, fronted, is that
someone's: 'From the plant's management we received a reply: "We pay on time."' And "In the video he says ...",
with no comma after the fronted recording, is the "he" speaking (a recording's speaker, as with the comma).
Examples are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["sent_message"]

# "In the video he says ...", "In the recording she describes ...": a fronted recording without its comma
_IN_RECORDING = re.compile(
    r"^In\s+(?:the|a|an|this|that|his|her|their)\s+(?:[\w-]+\s+)?(?:video|recording|clip|footage|voice\s+message|"
    r"audio\s+message|audio|interview|post)\s+(?P<p>he|she|they)\s+(?:says|said|explains|explained|adds|added|"
    r"describes|described|claims|claimed|tells|told|recounts|recounted|complains|complained)\b")

# "[12:31] Update: one of the residents sent us a voice message."; "Earlier, a picker sent the channel a letter.";
# (s342) "One packer sent me pictures of a kitchen showing ..." (no article before the plural)
_SENT = re.compile(
    r"^(?P<lead>[^A-Za-z\"\u201c]{0,16}(?:(?:Update|UPDATE|Earlier|Later|Today|Yesterday)\s*[:,]\s*)?)"
    r"(?P<np>(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\b[^,:;\"\u201c\u201d]{2,60}?)\s+"
    r"(?:also\s+)?(?:sent|forwarded|emailed|e-mailed|texted)\s+(?:us|me|the\s+channel|this\s+channel|the\s+editors|"
    r"our\s+(?:editors|newsroom|channel|reps?))\s+(?:(?:a|an|the|several|two|three|some)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:message|messages|letter|letters|e-?mails?|texts?|note|video|videos|recording|photos?|photographs?|pictures?|screenshots?)\b"
    r"[^\"\u201c\u201d]{0,80}$")
_PEOPLE = ("anonymous_source", "named_person")
# "Its press officer, Mei Tan, sent us an email.", "The mill's owner, Ravi Das, emailed a written reply.": a body's
# person, named in apposition, who sent the page its answer (the "She said ..." that follows is that person's)
_SENT_NAMED = re.compile(
    r"^(?P<np>(?:[Ii]ts|[Tt]heir|[Tt]he|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}['\u2019]s)\s+[a-z][\w\s-]{2,40}?,\s+"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),\s+(?:also\s+)?(?:sent|emailed|e-mailed|gave)\s+"
    r"(?:us|me|the\s+(?:paper|newspaper|channel|podcast|programme|program|show|editors))\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:e-?mail|reply|response|statement|answer|letter|message)\b[^\"\u201c\u201d]{0,60}$")
# 'From the administration of the hostel we received a reply: "..."', "From the company, the channel got an answer:"
_FROM_REPLY = re.compile(
    r"^[^A-Za-z\"\u201c]{0,16}From\s+(?P<np>(?:the|a|an|its|their)\s+[^,:;\"\u201c\u201d]{2,70}?),?\s+"
    r"(?:we|this\s+(?:channel|newspaper|paper)|the\s+(?:channel|editors|newspaper|paper))\s+(?:have\s+|has\s+)?"
    r"(?:received|got|obtained)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:reply|answer|response|comment|statement)\b"
    r"(?:\s+(?:on|in)\s+[^:\"\u201c]{1,40})?\s*:")


def sent_message(sentence_text: str) -> Mention | None:
    """The person who sent the page a message, in a sentence that says only that (see the module doc)."""
    if sentence_text[:3] == "In " and (v := _IN_RECORDING.match(sentence_text)) is not None:
        return Mention(v.group("p"), v.start("p"), v.end("p"), "said", False)
    if "From " in sentence_text[:20] and (r := _FROM_REPLY.match(sentence_text)) is not None \
            and classify(r.group("np")) is not None:
        return Mention(r.group("np"), r.start("np"), r.end("np"), "said", True)
    if " sent " not in sentence_text and "forwarded" not in sentence_text and "mailed" not in sentence_text \
            and "texted" not in sentence_text:
        return None
    if (n := _SENT_NAMED.match(sentence_text)) is not None and classify(n.group("np")) in (*_PEOPLE, "organization", "official"):
        return Mention(n.group("np"), n.start("np"), n.end("np"), "said", False)
    m = _SENT.match(sentence_text)
    if m is None or classify(m.group("np")) not in _PEOPLE:
        return None
    return Mention(m.group("np"), m.start("np"), m.end("np"), "said", False)
