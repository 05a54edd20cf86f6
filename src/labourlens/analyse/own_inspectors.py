"""A state body's own release: its inspectors and its campaign speak as the body. On a page that a ministry or an
inspectorate issues in its own voice ("The Labour Inspectorate visited 80 building sites this month ..."), a bare
"Inspectors said ...", "The inspection teams found ..." or "The campaign found ..." (after the page has told of the
campaign of inspections it carried out) is the body's own staff and its
own work reporting, not a source apart: the page's voice. Inspectors of someone else ("inspectors from the ILO") or
named ones keep their own source. An officer the release names by a title of office ("The Head of the Inspection
Directorate, Salim Al Harthi") is an official, not a firm's head. The last pass of the attribution (:func:`labourlens.analyse.forum_posts.
final_sources`); examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.source_merges import to_page_voice
from labourlens.analyse.speakers import OUTLET_KEY, classify
from labourlens.model import Source

__all__ = ["own_inspectors"]

# the body's staff and work, bare: "Inspectors", "the labour inspectors", "The inspection teams", "The campaign"
_OWN = re.compile(r"^(?:the\s+|its\s+|our\s+)?(?:(?:labou?r|field|ministry|ministry's)\s+)?"
                  r"(?:inspectors?|inspection\s+(?:teams?|campaign|visits?)|inspections|campaign|inspection"
                  # (s42) "officers", "investigators" on a customs office's own release: its own staff
                  r"|officers|investigators)$",
                  re.IGNORECASE)
# a title of office opening the speaker's wording: "The Director General of ...", "the Undersecretary, ..."
_OFFICER = re.compile(r"^(?:the\s+)?(?:director[-\s]general|deputy\s+director|director|undersecretary|under-secretary|"
                      r"deputy\s+minister|minister|secretary[-\s]general|assistant\s+undersecretary)\b", re.IGNORECASE)
# the body tells of its own inspections: "The Inspectorate conducted its inspection visits to 80 sites in May"
_CARRIED_OUT = re.compile(r"\b(?:carried\s+out|conducted|launched|organi[sz]ed)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                          r"inspection\s+(?:campaign|visits|drive)"
                          # (s42) "officers of the office ... inspected two plants and eleven houses"
                          r"|\binspected\s+(?:[\w-]+\s+){1,3}?(?:plants|sites|farms|premises|factories|buildings|workplaces)\b",
                          re.IGNORECASE)
_BODY = re.compile(r"\b(?:ministry|inspectorate|directorate|authority|department|customs\s+office)\b", re.IGNORECASE)


# (s40) a release with no outlet whose head names its issuer: a "Press release" line and a line naming a state body by
# its head noun ("Harbour Inspection Unit, Keelung", "Fisheries Inspection Directorate"), among the page's first lines
_RELEASE_LINE = re.compile(r"^\W{0,3}(?:press|news|media)\s+(?:release|statement)\b", re.IGNORECASE)
_ISSUER_LINE = re.compile(r"^\W{0,3}(?:The\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,5}(?P<head>Unit|Inspectorate|Directorate|Ministry|"
                          r"Department|Authority|Agency|Administration|Bureau|Commission)(?:\s+of\s+[A-Z][^\n,]{2,60})?"
                          r"(?:,\s*[A-Z][^\n,]{1,60})?\s*$")
_HEAD_LINES = 5


def _release_issuer(text: str) -> tuple[str, str] | None:
    """(s40) The name and the head noun of the state body whose press release the page is, when the page has no outlet and the
    release tells of the body's own inspectors ("inspectors of the Harbour Inspection Unit boarded ...")."""
    lines = [ln.strip() for ln in text.lstrip().split("\n")[:_HEAD_LINES * 2] if ln.strip()][:_HEAD_LINES]
    if not any(_RELEASE_LINE.match(ln) for ln in lines):
        return None
    m = next((m for ln in lines if (m := _ISSUER_LINE.match(ln)) is not None), None)
    if m is None:
        return None
    body = m.group(0).split(",")[0].strip()
    low, name = " ".join(text.lower().split()), body.removeprefix("The ").lower()
    own = f"inspectors of the {name}" in low or f"inspectors from the {name}" in low
    return (name, m.group("head").lower()) if own or _CARRIED_OUT.search(text) else None


def own_inspectors(text: str, result: list[Any], sources: Sequence[Source], outlet: str | None) -> list[Source]:
    """``sources`` without a state body's own inspectors and campaign on its own page, the body being the page's
    ``outlet`` (``result`` rewritten in place; see the module docstring), or (s40) the issuer a release with no outlet
    names at its head: its bare inspectors and the body by its head noun ("The Unit found ...") are the page's voice."""
    if not outlet and (issuer := _release_issuer(text)) is not None:
        names = {issuer[0], "the " + issuer[0], "the " + issuer[1]}
        keys = {s.key for s in sources if s.key != OUTLET_KEY and s.kind in ("official", "organization", "document")
                and (_OWN.match(w := (s.wording or "").strip()) is not None or w.lower() in names)}
        return to_page_voice(sources, result, keys)
    voice = outlet or ""
    if not voice or _BODY.search(voice) is None or classify(voice) != "official" or _CARRIED_OUT.search(text) is None:
        return list(sources)
    keys = {s.key for s in sources if s.key != OUTLET_KEY and s.kind in ("official", "organization", "document")
            and _OWN.match((s.wording or "").strip()) is not None}
    out = to_page_voice(sources, result, keys)
    # "The Head of the Inspection Directorate, Salim Al Harthi, said": an officer of the body, not a firm's head
    return [replace(s, kind="official") if s.kind == "organization" and _OFFICER.match((s.wording or "").strip())
            else s for s in out]
