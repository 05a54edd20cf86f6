"""An interview whose introduction never names the person asked: "Interview by Mina Sherpa. The interviewee worked six
years as a broker and asked us not to name him." The answers under the questions are that one unnamed person's,
worded as the introduction words them ("the interviewee"), not the page's (the outlet, who only asks), nor someone an
answer mentions ("One said ...", "the office"). Used by :func:`labourlens.analyse.qa_frames.framed_answerer`, only
while no named person has spoken before the answer; examples are invented."""

from __future__ import annotations

import re

__all__ = ["unnamed_interviewee"]

_HEAD = 1500  # an interview's introduction stands at the head of the page
# "The interviewee worked ...", "Our interviewee, a former broker, asked ...", "The interviewee's story was not checked"
_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<w>(?:The|Our)\s+(?:(?:former|anonymous)\s+)?interviewee)"
                      r"(?:,[^,\n]{2,80},)?\s+(?:is|was|has|had|worked|works|spent|asked|spoke|lives|lived|agreed|"
                      r"requested|did|does|ran|runs|used)\b")
_ANONYMOUS = re.compile(r"\b(?:on\s+condition\s+of\s+anonymity|anonymously|not\s+to\s+be\s+named|asked\s+(?:us\s+)?not\s+to\s+"
                        r"(?:name|identify)|name\s+(?:is\s+)?withheld)\b")


def unnamed_interviewee(before: str) -> str | None:
    """The wording of the unnamed interviewee an interview's introduction speaks of ("the interviewee"), when the
    introduction says the person stays anonymous; None otherwise."""
    head = before[:_HEAD]
    if "nterviewee" not in head:
        return None  # (speed)
    m = _SUBJECT.search(head)
    if m is None or _ANONYMOUS.search(head) is None:
        return None
    w = m.group("w")
    return "the" + w[3:] if w.startswith("The") else w
