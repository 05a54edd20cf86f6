"""A company's press release in which its auditors speak first (a study of s37 on a held-out set; every text here is
written for this test, with fictional firms and people): the firm on the head line issues the release, so its own plain
sentences and its "the company said" are the firm's, not the auditors'. Near miss: what the auditors found stays
theirs."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

RELEASE = (
    "HARBOUR GLOVES BERHAD\n\nPRESS RELEASE\n\n"
    "Harbour Gloves publishes labour audit\n\n"
    "Harbour Gloves Berhad today published an audit of its three plants by an outside firm.\n\n"
    "The auditors found that 300 migrants had been charged placement fees by agents at home.\n\n"
    "Until March, hostels at one plant housed up to 16 workers per room; new blocks have cut this to six.\n\n"
    "The company rejects claims in a news report that supervisors locked workers in their hostels. "
    "Nobody lost a job for talking with the audit team, the company said.\n"
)


def _wording(start: str) -> str | None:
    a = analyse(RELEASE, {})
    c = next(c for c in a.claims if c.text.startswith(start))
    src = a.source(c.source)
    return src.wording if src is not None else None


def test_issuer_speaks() -> None:
    for start in ("Until March", "The company rejects", "Nobody lost a job"):
        wording = _wording(start)
        assert wording is not None and "harbour gloves" in wording.lower(), (start, wording)


def test_auditors_keep_their_finding() -> None:
    assert _wording("The auditors found") == "The auditors"
