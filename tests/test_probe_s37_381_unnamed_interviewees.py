"""Who answers in an interview with a person the page does not name, and the names a lede only seems to give (a study
of s37 on a held-out set; every text here is written for this test, with fictional people and places):
- the headline's role ("a caseworker on ...") is the answerer when the standfirst says the person is not named,
  not the place the standfirst names ("the orchards of Vale Dorn, the fruit district north of ..."); near miss: a named
  interviewee keeps the answers;
- a sentence opening on a span of time ("Between March and June the office ...") names nobody a later "he" goes back to."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

QA = ("VALLEY HERALD | INTERVIEW\n\n\"Nobody leaves before the harvest\": a caseworker on the orchards of the north\n\n"
      "Interview by Lena Ostrova; edited for length.\n\n"
      "For six years he has visited the orchards of Vale Dorn, the fruit district north of the capital. He works for a "
      "workers' rights charity and did not want his name printed.\n\n"
      "How are the pickers paid?\n\n"
      "By the crate. Many owners pay only at the end of the season, and a picker who leaves early loses everything.\n\n"
      "Can they leave?\n\n"
      "Some owners keep the passports in the office and lock the gate at night.\n")


def _speakers(text: str, start: str) -> tuple[str | None, str | None]:
    a = analyse(text, {})
    c = next(c for c in a.claims if c.text.startswith(start))
    src = a.source(c.source)
    return (src.wording, src.kind) if src is not None else (None, None)


def test_headline_role_answers() -> None:
    wording, kind = _speakers(QA, "Some owners keep")
    assert wording is not None and "caseworker" in wording and kind == "anonymous_source"


def test_named_interviewee_keeps_answers() -> None:
    named = QA.replace("He works for a workers' rights charity and did not want his name printed.",
                       "Pavel Ruden, 48, works for a workers' rights charity.")
    assert _speakers(named, "Some owners keep")[0] == "Pavel Ruden"



CASES = ("Case notes of the Harbour Workers Desk\n\n"
         "Between March and June the desk opened 40 files for migrant workers at fish plants.\n\n"
         "Case 1: T.V., 33, from the coast\n"
         "T.V. paid a broker 2,000 dollars for a job at a fish plant. A cousin lent him the sum. He told us his passport was kept by the plant manager and that his wages were cut for the hostel.\n")


def test_time_span_names_nobody() -> None:
    assert _speakers(CASES, "He told us")[0] != "Between March"
