"""A contract or agreement "between" two parties is the document a following "It states ..." refers to, not the
firm named inside it ("The 2019 contract between Taiga Timber and the brigade, a copy of which we obtained, is
short. It states that ..."); a firm named after the document still takes "It". Every text is written for this
test; firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.antecedents import it_antecedent
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("context,want", [
    ("The 2019 contract between Taiga Timber and the brigade, a copy of which we obtained, is short. ",
     "contract between Taiga Timber"),
    ("An agreement between Amur Build and the North Korean side was signed in 2018. ", "agreement between Amur Build"),
    ("The contract between Kestrel Foods and its agent runs to four pages. ", "contract between Kestrel Foods"),
    ("We read the 2019 contract. Later we called Taiga Timber Ltd about the workers. ", "Taiga Timber Ltd"),
])
def test_it_antecedent(context: str, want: str) -> None:
    got = it_antecedent(context)
    assert got is not None and want in got


def test_contract_speaks_in_a_report() -> None:
    text = ("Loggers in Amur\nNorth Korean loggers worked at camps in Amur Oblast under a state contract.\n\n"
            "The 2019 contract between Taiga Timber and the brigade, a copy of which we obtained, is short. It states "
            "that the workers may leave the camp only with the written permission of the brigade leader.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "written permission" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "document" and "contract" in (s.wording or "")
