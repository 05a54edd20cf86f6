"""Probes (study-295b): a chat export's message speaks for its sender when the label is no plain name ("Voice note
from X, <who she is> (...)", "A man in <town> (forwarded ...)"), and a sender passing on what someone says about the
sender's own case speaks. Mini-texts are invented."""

from labourlens.analyse.pipeline import analyse

_TEXT = """SAHARA PASSAGE WATCH
Messages from migrants held in southern Libya, 2026

Collected by Sahara Passage Watch. Senders asked us to shorten their names.

[04/02/2026, 20:10] Idris (Sabha): we are 30 men locked in a farm shed near Sabha. they took our phones and we work the fields every day without pay
[05/02/2026, 06:41] Idris (Sabha): rain all night. the farm owner says i owe 900 dinars for the road and i must dig until it is paid.
[11/02/2026, 19:02] Voice message from Halima, aunt of a boy held near Murzuq (transcribed): My nephew rang me from a farm. The people who keep him say I must wire 2,000 dinars by Friday, or he goes to a quarry owner as a slave. They beat him when he phones.
[15/02/2026, 09:30] A man in Agadez (forwarded by his cousin): The driver promised work in a hotel in Tripoli. Instead he was locked in a warehouse with sixty others and made to load lorries without pay.
"""


def _claims() -> list[tuple[str, str | None, str]]:
    a = analyse(_TEXT, {"published": "2026-03-01", "language": "en"})
    src = {s.key: s for s in a.sources}
    return [(c.text, src[c.source].wording, src[c.source].kind) for c in a.claims]


def _of(needle: str) -> tuple[str, str | None, str]:
    return next(c for c in _claims() if needle in c[0])


def test_voice_note_label_gives_the_sender() -> None:
    c = _of("They beat him when he phones")
    assert c[1] == "Halima" and c[2] == "named_person"


def test_sender_relaying_a_demand_on_herself_speaks() -> None:
    c = _of("I must wire 2,000 dinars")
    assert c[1] == "Halima"


def test_described_sender_speaks_as_an_unnamed_source() -> None:
    c = _of("locked in a warehouse with sixty others")
    assert c[1] == "A man in Agadez" and c[2] == "anonymous_source"


def test_what_the_guard_says_about_the_sender_is_the_sender() -> None:
    c = _of("i owe 900 dinars")
    assert c[1] == "Idris"
