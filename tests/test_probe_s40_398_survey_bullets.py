"""Probes (session 40, from heldout398's speaker misses): a lead-in that names a survey of a counted sample and what it
found ("A 2024 poll of 340 returned seafarers, run by a partner union, found that:") gives the bullets that open with a
share of the sample ("- 58 per cent reported ...") to the survey, a ``document``, one source for all of them. Near misses: a
bullet that names a speaker of its own keeps it, and a list of one share is left alone. Texts written for these
tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_PAGE = """BRIEFING | May 2026
Seafarers on distant-water boats

Prepared by the Harbour Rights Network

Survey. A 2024 poll of 340 returned seafarers, run in three ports by a partner union, found that:
- 58 per cent told the union the captain locked away their seaman's books for the whole trip;
- 41 per cent reported half their pay arriving only once they were ashore;
{more}
Company position. One fleet owner told the network that crews keep their papers.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str, str]]:
    a = analyse(text, {})
    src = {s.key: s for s in a.sources}
    return {c.text[:12]: (src[c.source].wording if c.source in src else None,
                          src[c.source].kind if c.source in src else "outlet", c.source) for c in a.claims}


def test_shares_under_a_survey_lead_in_are_the_survey_findings() -> None:
    found = _speakers(_PAGE.format(more="- 12% reported being struck by an officer.\n"))
    shares = [found[k] for k in ("- 58 per cen", "- 41 per cen", "- 12% report")]
    assert all(v[1] == "document" and v[0] == "A 2024 poll of 340 returned seafarers" for v in shares), shares
    assert len({v[2] for v in shares}) == 1


def test_near_misses_keep_their_speakers() -> None:
    found = _speakers(_PAGE.format(more="- The captains' association said the trips were lawful and all passports were returned.\n"))
    assert found["- The captai"][1] != "document"
    one = _PAGE.replace("- 41 per cent reported half their pay arriving only once they were ashore;\n", "").format(
        more="- Crews described beatings by officers and months without pay.\n")
    assert _speakers(one)["- 58 per cen"][1] != "document"
