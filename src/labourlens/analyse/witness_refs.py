"""Speaker phrases that point back at a source already met, for
:func:`labourlens.analyse.attribution_shapes2.back_reference`: the author of a post ("the post said"), the
group a first-person writer met ("Most said"), and a named witness counted with others ("according to Han and
two other former workers": the witness, whose account the text has been giving)."""

from __future__ import annotations

from labourlens.analyse.first_person_shapes import writer_group_reference
from labourlens.analyse.gated import gated
from labourlens.analyse.post_voice import post_back_reference
from labourlens.analyse.report_authors import report_authors
from labourlens.analyse.speakers import NAME_WORD, Mention
from labourlens.analyse.such_accounts import such_account
from labourlens.model import Source

__all__ = ["named_with_others", "reference_rewording"]

_WITH_OTHERS = gated(
    rf"^(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\s+and\s+(?:(?:\d+|two|three|four|five|six|several|a\s+few|"
    r"some)\s+)?others?\b(?:\s+[a-z][\w-]*){0,3}$")


def named_with_others(m: Mention, sources: list[Source]) -> Mention | None:
    """ "Han and two other former workers" after a named person Han was met: worded as that person (their
    name as first given), whose account the text goes on with; None when no one by that name was met."""
    w = _WITH_OTHERS.match(m.wording.strip())
    if w is None:
        return None
    tokens = w.group("name").split()
    for source in sources:
        canonical = (source.canonical or "").replace("-", " ").split()
        if source.kind == "named_person" and canonical and all(t in canonical for t in
                                                                 " ".join(tokens).replace("-", " ").split()):
            return Mention(w.group("name"), m.start, m.start + len(w.group("name")), m.cue, m.direct, m.relay)
    return None


def reference_rewording(m: Mention, sources: list[Source]) -> Mention | None:
    """``m`` reworded as the source it points back to in one of the shapes above, or None."""
    return post_back_reference(m, sources) or writer_group_reference(m, sources) or named_with_others(m, sources) \
        or report_authors(m, sources) or such_account(m, sources)  # "the monitors" after "a report by sanctions monitors"; "one such account"
