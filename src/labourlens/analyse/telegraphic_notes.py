"""Notes written without subjects, a pass of :mod:`labourlens.analyse.forum_posts` (the last passes of the
attribution).

Case notes, intake records and field logs drop the subject the reader already knows: "Says broker in Kano promised
her a shop job.", "Employer warned her not to call home.", "States employer kept her phone." The verb
that opens such a sentence is the noted person's ("[She] says"), so the words after it are no speaker ("Says broker
in Kano" is not a source), and a role named bare at the head of the sentence ("Sponsor", "Employer", "Agent") who
"told her" something is a character of the account, not a source the writer heard (as :mod:`.told_them` reads "the
supervisor told him"). Both sentences go on in the voice of the sentence before them in the paragraph. Examples
here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

__all__ = ["telegraphic_notes"]

# a sentence that opens on the noted person's reporting verb, with no subject
# ("Says the union's head, ...", "Said Ana Moe: ..." are tags put first, whose speaker follows them: left alone, as are
# "Reports say ...", "Claims surfaced ...": the speaker the sentence names must tell or promise something to someone)
_SUBJECTLESS = re.compile(r"^\W{0,3}(?:Says|States|Claims|Alleges|Reports)\s+(?!(?:that|the|a|an|one|another|this|his|her|their)\b)[a-z]")
_TOLD_AFTER = re.compile(r"\s+(?:had\s+)?(?:told|warned|promised|assured)\s+(?:her|him|them)\b")
# a role named bare at the head of a note, then "told her / him / them"
_BARE_ROLE = re.compile(
    r"^\W{0,3}(?:Sponsor|Employer|Agent|Recruiter|Broker|Madam|Boss|Supervisor|Foreman|Kafeel|Manager|Owner|Landlord|"
    r"Agency|Husband|Wife)\s+(?:had\s+)?(?:told|warned|threatened)\s+(?:her|him|them)\b")


def telegraphic_notes(sentences: Sequence[Sentence], result: list[Any], mentions: Sequence[Mention | None]) -> None:
    """Give the subjectless sentences of a note the voice before them (in place; see the module docstring)."""
    for i, s in enumerate(sentences):
        m = mentions[i] if i < len(mentions) else None
        if m is None or i == 0 or not result[i].explicit or sentences[i - 1].paragraph != s.paragraph:
            continue
        opener = _SUBJECTLESS.match(s.text)
        bare = opener is None and m.start <= 3 and _BARE_ROLE.match(s.text) is not None
        if not bare and (opener is None or m.start > opener.end() or _TOLD_AFTER.match(s.text, m.end) is None):
            continue  # the speaker is named after the verb's clause, or the note names a subject
        prev = result[i - 1]
        result[i] = replace(result[i], source=prev.source, cue=prev.cue, direct=False, explicit=False, span=None)
