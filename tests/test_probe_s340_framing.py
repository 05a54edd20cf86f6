"""Probes (s340): the page's own framing lines are no claims: a pointer to the transcript it prints, the line giving
the name a source chose, a programme's opening of the week's subject, the host's request for comment after a turn
label, and a statement's lead-in to its demands. A recording's transcript set between "[Transcript begins]" and
"[Transcript ends]" marks is its sender's, named by the intro. Near misses: a naming clause inside a sentence that
tells of abuse, and a first-person account, stay claims. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.page_framing import page_framing_line
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("text", [
    "What follows is an edited transcript of the message a cook from Kisumu left for a Nairobi charity in May.",
    "He asked that only his first name, Otieno, be used.",
    "[04:10] AMINA (host): Today we're looking at cooks and drivers who came to Amman on two-year visas.",
    "[12:05] AMINA: We asked the agency that hired Rahel, which still trades from an office in Zarqa, for a comment.",
    "We urge the Labour Inspectorate to:",
])
def test_framing_lines(text: str) -> None:
    assert page_framing_line(text)


@pytest.mark.parametrize("text", [
    "Rahel, who asked us to withhold her surname, said the family locked up her passport in a drawer.",
    "We asked for our wages every week and got nothing.",
    "Today we are still waiting for four months of pay.",
])
def test_accounts_are_not_framing(text: str) -> None:
    assert not page_framing_line(text)


_NOTE = """Coast Herald | Gulf Desk

"I cannot leave until she says so": a message from Kuwait

What follows is an edited transcript of the voice message Safari Njema, a charity in Malindi, received on 2 May
from a cook of 31 from Kwale. He asked that only his first name, Baraka, be used.

[Transcript begins]

Hello, it is Baraka. My employer has had my passport since the day I arrived. I work from six in the morning until
one at night and nobody has paid me for four months.

[Transcript ends]

Safari Njema said it had sent the message to the embassy.
"""


_SHOW = """Wadi Voices | Episode 31

[00:00] AMINA (host): Hello and welcome to Wadi Voices.

[00:20] AMINA: Today we're looking at cooks and drivers who came to Amman on two-year visas.

[01:10] RAHEL: The family kept my passport for two years. They paid me nothing for five months and locked the door
when they went out.

[12:05] AMINA: We asked the agency that hired Rahel, which still trades from an office in Zarqa, for a comment.

[12:30] AMINA: The agency did not answer.
"""


def test_a_shows_framing_lines_are_no_claims() -> None:
    claims = [c.text for c in analyse(_SHOW, {"outlet": "Wadi Voices"}).claims]
    assert any("passport" in c for c in claims)
    assert not any("Today we" in c or "for a comment" in c for c in claims)


def test_a_marked_transcript_is_the_senders() -> None:
    result = analyse(_NOTE, {"outlet": "Coast Herald"})
    keys = {s.key: s for s in result.sources}
    own = [c for c in result.claims if "passport" in c.text or "four months" in c.text]
    assert own
    for claim in own:
        assert "Baraka" in (keys[claim.source].canonical or keys[claim.source].wording or "")
        assert keys[claim.source].kind == "named_person"
    assert not any(c.text.startswith(("What follows", "He asked that")) for c in result.claims)
