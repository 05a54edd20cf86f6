"""Transcripts whose lines open with a time code (probe study300): "[00:00] MWILA BANDA (host): ..." names the house's
own person, whose later "[05:00] BANDA: ..." lines are the programme's voice; an empty answer after a time code
("[02:33] ZULU: Yes.", "[08:10] ZULU: One more thing.") carries no claim of its own. Every text is written for this
test; people and the programme are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_SHOW = """PIT TALK: the fortnightly podcast on Zambia's mines
Episode 9: "Copper, credit and the company store"
Published 3 May 2026 \u00b7 38 min \u00b7 Transcript

[00:00] MWILA BANDA (host): Hello and good evening, this is Mwila Banda. Tonight: a smelter on the Copperbelt run by a Chinese firm. With me is Ruth Zulu, who advises miners for a legal aid clinic.

[01:10] RUTH ZULU: Thank you. Agents charge the men K1,500 for a job there, and they hold on to their national registration cards until every kwacha is paid back.

[02:30] BANDA: So they start in debt.

[02:33] ZULU: Yes. The foreman writes down what each man owes in a ledger, and men who quit early are told the police will hear of it.

[05:00] BANDA: Let me read something from the local radio.

[08:10] ZULU: One more thing. Some of the boys in the crushing plant are fifteen.
"""


def test_time_coded_host_and_empty_answers() -> None:
    a = analyse(_SHOW, {"published": "2026-05-03", "language": "en"})
    texts = [c.text for c in a.claims]
    assert not any(t.startswith(("[02:33] ZULU: Yes", "[08:10] ZULU: One more", "[05:00] BANDA")) for t in texts)
    host = next(c for c in a.claims if c.text.startswith("[02:30] BANDA"))
    src = a.source(host.source)
    assert src is not None and src.kind == "outlet"
