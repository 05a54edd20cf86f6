"""Lines that only steer a conversation, for the claim stage (through
:func:`labourlens.analyse.editorial_frames.editorial_frame`): in a transcript, a podcast or a long interview the host
and the guest manage the talk ("So let's begin with the hostels.", "I need to be careful there.", "I'd like to give
the ministry's answer.", "That's a word some readers will know.", "What a staggering figure.", "It varies a great
deal."). Such a line names no one and tells nothing that happened to anyone who worked, although it sits in a run of
answers that do; the answers around it keep their claims. The whole line (after a speaker's label or a time code) must
be the move, so that "I need to be careful: nobody was locked in" keeps its claim. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["talk_move"]

_GATE = ("let", "careful", "side", "term", "word", "sum", "figure", "number", "amount", "varies", "comes up", "welcome",
         "thank", "having me", "be here", "be with you", "secondhand", "second-hand", "hearsay", "one last", "one more",
         "one final", "last question", "final question")
# (a speaker's label may give the name in brackets: "HOST (ANA RUIZ):")
_LEAD = (r"^\W*(?:\[[\d:]+\]\s*)?(?:(?-i:[A-Z][A-Za-z .'-]{1,30})(?:\s*\([^()\n]{1,40}\))?:\s*)?"
         r"(?:(?:so|ok|okay|well|right|now|alright|and|but)[,.]?\s+)*")
_CAREFUL = (r"i\s+(?:want|'d\s+like|would\s+like|need|have|try)\s+to\s+be\s+(?:very\s+|a\s+bit\s+|a\s+little\s+)?careful"
            r"(?:\s+(?:here|there|now|about\s+(?:that|this|it)(?:\s+word|\s+term|\s+figure)?|with\s+(?:that|this|the)\s+"
            r"(?:word|term|figure|number)|not\s+to\s+(?:overstate|exaggerate|generali[sz]e)\s+(?:that|this|it)))?")
_MOVES = re.compile(
    _LEAD + r"(?:"
    # "Let's begin with recruitment.", "So let's start simple."
    r"let['\u2019]?s\s+(?:start|begin|turn|move|go\s+back|come\s+back|get\s+to|pick\s+up|step\s+back|go\s+to|head\s+to|"
    r"switch\s+to|cross\s+to)\b[^.;:,!?]{0,50}"
    # (s357) a host's caveat on what was just heard ("That's secondhand, though.") and a turn to the next topic ("One
    # last thing: pay.", "A final question.")
    r"|(?:that['\u2019]s|that\s+is|but\s+that['\u2019]s|it['\u2019]s)\s+(?:all\s+|still\s+)?(?:secondhand|second-hand|"
    r"hearsay)(?:,?\s+(?:though|of\s+course|isn['\u2019]t\s+it|right))?"
    r"|(?:one\s+(?:last|more|final)\s+(?:thing|question|point)|(?:a\s+)?(?:last|final)\s+question)(?:\s*:\s*[\w\s-]{1,30})?"
    # "I need to be careful about this word."
    r"|" + _CAREFUL +
    # "I'd like to give the firm's reply.", "Let me give the company's answer."
    r"|(?:i\s+(?:want|'d\s+like|would\s+like|need)\s+to|let\s+me)\s+(?:put|give|read\s+out|bring\s+in)\s+(?:the\s+|their\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+)?['\u2019]s?\s+)?(?:side|response|answer|reply|view|position)(?:\s+(?:here|now|too|as\s+well))?"
    # "That is a word many readers will know."
    r"|(?:that['\u2019]s|that\s+is|it['\u2019]s|it\s+is)\s+an?\s+(?:\w+\s+)?(?:term|word|phrase|expression)\s+(?:that\s+)?(?:some\s+|"
    r"many\s+|our\s+|most\s+)?(?:listeners|readers|viewers|people|you)\s+(?:might|may|will|would|could)?\s*(?:have\s+)?"
    r"(?:heard|know|seen|come\s+across|recogni[sz]e)(?:\s+(?:before|already|of))?"
    # "What a staggering figure."
    r"|(?:that['\u2019]s|that\s+is|it['\u2019]s|it\s+is|what\s+an?)\s+(?:an?\s+)?(?:really\s+|very\s+|quite\s+an?\s+)?(?:enormous|huge|"
    r"big|large|staggering|remarkable|striking|shocking|startling|tiny|small|extraordinary|considerable)\s+"
    r"(?:sum|number|figure|amount)(?:\s+(?:there|of\s+money))?"
    # "It varies widely.", "It comes up all the time."
    r"|it\s+varies\s+(?:a\s+lot|a\s+great\s+deal|widely|enormously|hugely)(?:,?\s+and\s+" + _CAREFUL + r")?"
    r"|it\s+comes\s+up\s+(?:again\s+and\s+again|all\s+the\s+time|a\s+lot|over\s+and\s+over)"
    # (s354) greetings and thanks that open or close a show: "Welcome back.", "Thanks for having me."
    r"|(?:hello\s+and\s+)?welcome(?:\s+back)?(?:\s+to\s+(?:the\s+)?(?:show|programme|program|podcast|episode|studio|\w+\s+(?:desk|hour|"
    r"show|podcast)))?(?:,?\s+every(?:one|body))?"
    r"|(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:having\s+me|joining\s+(?:us|me)|being\s+(?:here|with\s+us)|"
    r"coming\s+in|listening)(?:\s+(?:today|tonight|again))?"
    r"|(?:it['\u2019]s\s+)?(?:good|great|nice)\s+to\s+be\s+(?:here|with\s+you)(?:\s+again)?"
    r")\s*[.!]?\s*$",
    re.IGNORECASE,
)


def talk_move(text: str) -> bool:
    """Is ``text`` only a move that steers the talk (a host's or a guest's), telling nothing of anyone who worked?"""
    if len(text) > 160:
        return False
    low = text.lower()
    return any(g in low for g in _GATE) and _MOVES.match(text.strip()) is not None
