"""Probes (session 42, from heldout409's speaker misses): a wire lede whose relative clause names its source with a
bare plural ("..., where relatives say many had their passports taken") gives the claim to that group, not the wire;
a call-log entry's "According to her, the husband told her that ..." stays with the caller who spoke just before,
not the page. Near misses: a lede with no such clause keeps the wire; "The husband told her ..." with no "According
to her" keeps the page's reading of a character's telling. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_LEDE = """KAZAN, May 4 (Harbour Wire) - Police in Nepal have detained three brokers accused of sending 40 young men to Russia, {tail}

The brokers deny the charges. A police spokesman said more arrests were expected.
"""

_LOG = """Riverside Migrant Line - weekly call notes
Prepared for partners. Callers' names are removed.

Entry 3 | 4 May | Caller: wife, Osh region
The wife said her husband, 29, went to Kazan in March through an office that offered warehouse work. She said he now unloads trucks sixteen hours a day and has not been paid since April. {s}
Action: case opened.
"""


def _of(text: str, opening: str) -> tuple[str | None, str | None]:
    found = speakers_by_opening(text, 40)
    return next(v for k, v in found.items() if k.startswith(opening))


def test_where_relatives_say_in_a_lede_gives_the_claim_to_the_relatives() -> None:
    for group in ("relatives", "families", "parents"):
        text = _LEDE.format(tail=f"where {group} say many had their passports taken and were never paid.")
        assert _of(text, "KAZAN") == (group, "anonymous_source"), group


def test_a_lede_without_the_clause_keeps_the_wire() -> None:
    text = _LEDE.format(tail="where many had their passports taken and were never paid.")
    assert _of(text, "KAZAN")[1] == "outlet"


def test_according_to_her_keeps_the_caller_through_a_relayed_telling() -> None:
    text = _LOG.format(s="According to her, the husband told her that the supervisor keeps the passports of all the men.")
    assert _of(text, "According to her") == ("The wife", "anonymous_source")
