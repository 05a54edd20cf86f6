"""Messages pasted from a chat app's export (probe study-295): each "[date, time] Sender: ..." line is a message of
its own, its sender speaks it, and a full stop before a lower-case word ends a typed sentence. Every text is written
for this test; the monitor, people and places' events are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse import sentences
from labourlens.analyse.chat_exports import chat_stamp_end
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-01", "language": "en"}

PAGE = """SEA ROAD WATCH
Messages from migrant workers, March 2026

Gathered by Sea Road Watch; each sender chose the name shown.

[03/03/2026, 22:41] Yonatan (Sabha): we are 25 in a garage of the smuggler. the guards took our phones and passports when we arrived. nobody can go out
[03/03/2026, 22:44] Yonatan (Sabha): they beat a boy from Gondar who asked for water
[11/03/2026, 06:10] Selam (Misrata): i clean a house here since four months. no salary. the madam says i owe her for the ticket
"""


def test_stamp_end() -> None:
    assert chat_stamp_end("[03/03/2026, 22:41] Yonatan (Sabha): we are here") == len("[03/03/2026, 22:41] ")
    assert chat_stamp_end("03/03/2026, 22:41 - Yonatan: we are here") == len("03/03/2026, 22:41 - ")
    assert chat_stamp_end("[Photo: a garage in Sabha]") == 0


def test_each_message_is_its_own_paragraph_and_lower_case_sentences_split() -> None:
    texts = [s.text for s in sentences.split(PAGE)]
    assert any(t.startswith("the guards took our phones") for t in texts)
    assert any(t.startswith("Yonatan (Sabha): they beat a boy") for t in texts)
    assert not any(t.startswith("[03/03/2026") for t in texts)


def test_senders_speak_their_messages() -> None:
    a = analyse(PAGE, META)
    src = {s.key: s for s in a.sources}
    by_text = {c.text: src[c.source] for c in a.claims}
    beat = next(s for t, s in by_text.items() if "nobody can go out" in t)
    took = next(s for t, s in by_text.items() if "took our phones" in t)
    owe = next(s for t, s in by_text.items() if "no salary" in t or "clean a house" in t)
    assert beat.kind == "named_person" and (beat.wording or "").startswith("Yonatan")
    assert took.key == beat.key
    assert owe.kind == "named_person" and (owe.wording or "").startswith("Selam")
