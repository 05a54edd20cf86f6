"""A broadcast transcript's role label whose bracket says who speaks (a study of s37 on a held-out set; every text
here is written for this test, with fictional people and places): "ROLE (Full Name, by telephone):" is that person,
"ROLE (voice of Name, 30, ...):" is the one heard, and "ROLE (voice of an old man from X, who gave no name):" is that
unnamed man, even when the bracket runs long. Near misses: a bracket of details only names nobody, and the house
voice ("PRESENTER (Name):") stays the broadcaster's."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

SHOW = ("RIVER RADIO - \"Fields\", weekly programme\n"
        "Broadcast 3 March 2026.\n\n"
        "PRESENTER (Nadia Holm): Good evening. Tonight we visit the quarries above Varnel.\n\n"
        "{label}: The foreman keeps our identity cards in his office. We work fourteen hours and nobody has been "
        "paid since January.\n\n"
        "PRESENTER: The quarry company did not answer our questions.\n")


def _speaker(label: str) -> tuple[str | None, str]:
    a = analyse(SHOW.format(label=label), {})
    c = next(c for c in a.claims if "nobody has been paid" in c.text)
    src = a.source(c.source)
    assert src is not None
    return src.wording, src.kind


@pytest.mark.parametrize(("label", "wording", "kind"), [
    ("WORKER (Tobias Marrow, on the line)", "Tobias Marrow", "named_person"),
    ("WORKER (voice of Jarek, 24, from Oslin)", "Jarek", "named_person"),
    ("SECOND WORKER (voice of an old man from Oslin, who asked that his name not be broadcast at all)",
     "an old man from Oslin", "anonymous_source"),
])
def test_bracket_names_the_speaker(label: str, wording: str, kind: str) -> None:
    assert _speaker(label) == (wording, kind)


@pytest.mark.parametrize("label", ["WORKER (24, from Oslin)", "WORKER (translated)"])
def test_details_only_name_nobody(label: str) -> None:
    wording, _ = _speaker(label)
    assert wording is None or "Oslin" not in wording, wording
