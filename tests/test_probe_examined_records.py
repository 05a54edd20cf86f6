"""Case digests and union submissions. Documents a body examined ("The Tribunal examined payroll records filed
by the employer.") are introduced there, so that "These showed that ..." and "The records also showed ..." are
theirs (``document``); "records filed by" is a noun and its participle, not "X records ...". A group that came,
filed or sought something ("The claimants, 30 cooks from Nepal and Kenya employed at two hotels, sought payment
of wages.") is the "They" of a following "They stated that ...". A worker who "told our port officer" speaks,
as one who "told our researcher" does. Every text is written for this test; people and firms are fictional
(places and state bodies are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2024-07-01", "language": "en"}
DIGEST = (
    "LABOUR CASE NOTES\n\nCase 2024/118 - 30 claimants v. Harbour Catering W.L.L.\n\n"
    "The claimants, 30 cooks from Nepal, Kenya and Uganda employed at two hotels in Doha, sought payment of basic "
    "wages for five months. They stated that they had received partial payments of QAR 200 against a contractual "
    "wage of QAR 1,200 a month, and that their passports were kept by the employer.\n\n"
    "The Tribunal examined payroll records filed by the employer. These showed that no salary was paid to any of "
    "the migrant workers for three months. The records also showed that the employer kept receiving payments from "
    "its clients.\n"
)


@pytest.mark.parametrize("frag,want", [
    ("partial payments of QAR 200", ("The claimants", "anonymous_source")),
    ("no salary was paid", ("payroll records", "document")),
    ("kept receiving payments", ("payroll records", "document")),
])
def test_digest_speakers(frag: str, want: tuple[str, str]) -> None:
    a = analyse(DIGEST, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == want[1] and want[0].lower() in (s.wording or "").lower(), \
        (s.wording, s.kind) if s else None


def test_records_filed_by_is_a_noun() -> None:
    assert find_mention("The Tribunal examined payroll records filed by the employer.") is None
    m = find_mention("The company records show that the migrant workers were paid.")
    assert m is not None  # a document speaks; "records" is no verb there either way


def test_these_without_documents_is_nobody() -> None:
    text = ("Migrant cooks in Doha\n\nMigrant cooks at two hotels said their wages were withheld for five months. "
            "These showed no sign of stopping, the union said of the deductions.\n")
    a = analyse(text, META)
    assert all((a.source(c.source) or a.source("OUTLET")) is None or a.source(c.source).kind != "document"
               for c in a.claims)


@pytest.mark.parametrize("audience", ["our port officer", "our paralegal", "our branch officers"])
def test_union_staff_as_audience(audience: str) -> None:
    m = find_mention(f"\"If you complain, no boat will take you again,\" a deckhand from Tema told {audience}.")
    assert m is not None and m.wording == "a deckhand from Tema"
