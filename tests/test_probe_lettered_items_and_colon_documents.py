"""Two shapes of a notice's evidence (probe study297):

- the third item of a lettered list, "(c) Kestrel Seafoods employed ...", is no copyright line: its sentences are
  read (a short "(c) 2025 Kestrel Media" line still is page chrome);
- a document that opens the clause after a colon ("The Authority is not persuaded by this reply: wage sheets kept at the mill
  show ...") speaks that clause.

Every text is written for this test; bodies and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse import mentions
from labourlens.analyse.pipeline import analyse

NOTICE = """PORT LABOUR AUTHORITY
Notice of detention

(a) Company records show that Kestrel Seafoods' plant in Tema received 90 workers from Burkina Faso in 2024.

(b) The workers slept in containers beside the plant.

(c) Kestrel Seafoods employed at least 60 of them on night shifts. Company minders went everywhere with the men \
and held their passports.

(c) 2025 Port Labour Authority
"""


def test_lettered_item_is_read_and_copyright_line_is_not() -> None:
    a = analyse(NOTICE, {"published": "2025-06-01", "language": "en"})
    kind = {s.text[:20]: s.kind for s in a.sentences}
    assert kind["(c) Kestrel Seafoods"] == "body"
    assert kind["(c) 2025 Port Labour"] == "chrome"
    held = next(c for c in a.claims if "held their passports" in c.text)
    assert "retention_of_identity_documents" in {h.indicator for h in held.indicators}


def test_document_after_a_colon_speaks_the_clause() -> None:
    m = mentions.find_mention("The Authority is not persuaded by this reply: wage sheets kept at the mill show "
                              "60 workers whose passports were kept by the company.")
    assert m is not None and m.wording == "wage sheets kept at the mill"
    assert mentions.find_mention("Conditions were harsh: the huts had no heating.") is None
