"""Reports embedded in a sentence whose subject is not the speaker: after a frame of awareness ("We are aware
that some drivers report paying brokers ..."), a document named with a reduced relative ("The complaint
mentioned in the letter, which was filed in May, states that ...") and an article in a paper "alleging that"
(the paper alleges). The issuer's own sentences and a frame with nobody reporting in it are unchanged. Every
text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.embedded_reports import embedded_report
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-07-01", "language": "en"}
STATEMENT = (
    "STATEMENT FROM HARBOUR STAR RECRUITMENT LLC, DUBAI\n\n"
    "Harbour Star Recruitment has read the article in a Nairobi newspaper alleging that drivers placed by our "
    "office have had their passports taken by employers. We wish to set out the facts.\n\n"
    "Our office does not keep the passports of any worker. We are aware that some drivers report paying brokers "
    "in Kenya up to 90,000 shillings before departure. Harbour Star has never authorised any such payment.\n\n"
    "The complaint mentioned in the article, which was filed with the Ministry of Labour in May, states that the "
    "driver worked sixteen hours a day and was not allowed to leave the compound.\n")


def _source(text: str, frag: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.wording if s else None), (s.kind if s else None)


@pytest.mark.parametrize("frag,who,kind", [
    ("passports taken by employers", "a Nairobi newspaper", "organization"),
    ("paying brokers", "some drivers", "anonymous_source"),
    ("not allowed to leave the compound", "The complaint", "document"),
])
def test_embedded_reports(frag: str, who: str, kind: str) -> None:
    assert _source(STATEMENT, frag) == (who, kind)


@pytest.mark.parametrize("text", [
    "We are aware that the season was short this year.",
    "The complaint was filed in May and the ministry has not answered.",
    "The company has read the article and will reply to it.",
])
def test_nothing_embedded(text: str) -> None:
    assert embedded_report(text, find_mention) is None


def test_issuer_keeps_its_own_sentences() -> None:
    who, kind = _source(STATEMENT, "does not keep the passports")
    assert kind == "organization" and who is not None and "Harbour Star" in who, (who, kind)
