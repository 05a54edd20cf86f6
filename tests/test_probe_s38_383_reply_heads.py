"""Probes (session 38, from heldout383's speaker misses): an exchange of letters whose reply stands under a heading that
names the body it is from ("REPLY FROM HARBOUR FOODS LTD, 3 May 2026", "Response of the Kestrel Group:") and is signed by
a person with a title ("Ana Ruiz, head of public affairs") is the body's reply (``organization``), not the signer's
own. A near miss: a letter with no such heading signed by a named person stays that person's. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_HEADED = """OPEN LETTER

From: Union of Sawmill Workers, Perm
To: the board of Harbour Foods Ltd
Date: 3 April 2026

Dear Sirs,

Our union acts for 40 workers from Kyrgyzstan on your site in Perm. The workers told us that your contractor kept
their passports and has not paid them since January.

Yours faithfully,
Omar Bekov, chairman

REPLY FROM HARBOUR FOODS LTD, 3 May 2026

Dear Mr Bekov,

We have received your note of 3 April. The workers were hired by the contractor, not by us, and we heard nothing of
any passports being held. Under our code, contractors must leave passports with their staff.

Yours sincerely,
Ana Ruiz, head of public affairs
"""

_PERSON = _HEADED.replace("REPLY FROM HARBOUR FOODS LTD, 3 May 2026\n\n", "").replace(
    "Ana Ruiz, head of public affairs", "Ana Ruiz")


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    analysis = analyse(text, {})
    names = {s.key: (s.wording, s.kind) for s in analysis.sources}
    return {c.text: names.get(c.source, (None, "outlet")) for c in analysis.claims}


def test_a_reply_under_its_heading_is_the_bodys() -> None:
    speakers = _speakers(_HEADED)
    denial = speakers[next(k for k in speakers if "hired by the contractor" in k)]
    assert denial[1] == "organization"
    assert "Harbour Foods" in (denial[0] or "")


def test_a_letter_signed_by_a_person_with_no_heading_stays_the_persons() -> None:
    speakers = _speakers(_PERSON)
    denial = speakers[next(k for k in speakers if "hired by the contractor" in k)]
    assert denial == ("Ana Ruiz", "named_person")
