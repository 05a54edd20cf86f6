"""Legal and official documents and their voices: indictments, complaints, filings, plea agreements,
sanctions notices, panel reports, hearing testimony, rulings, press releases of justice ministries and
treasuries, and relays by outlets that reviewed the papers. Every document here is invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

_HEAD = ("Farm owner charged with forced labour of migrant workers\n"
         "A farm owner was charged with the forced labour of migrant workers. ")


def _voices(body: str) -> list[tuple[str, str | None, str]]:
    a = analyse(_HEAD + body, {"published": "2025-03-01", "language": "en"})
    out = []
    for c in a.claims:
        if c.text.startswith("A farm owner was charged"):
            continue
        s = a.source(c.source)
        out.append((c.source, s.kind if s else None, (s.wording or "") if s else ""))
    return out


CASES = [
    ("The indictment alleges that Harbor Line Seafood confiscated the passports of 40 workers from Ghana. "
     "The indictment says the workers were paid less than $2 a day.", [("indictment", "document")] * 2),
    ("According to the complaint, supervisors at Pine Ridge Farms held the visas of 30 Mexican labourers. "
     "The complaint says the labourers were made to work 14-hour shifts.", [("complaint", "document")] * 2),
    ("The charging documents say the workers at Kestrel Textiles were not allowed to leave the factory.",
     [("charging documents", "document")]),
    ("According to the plea agreement, the workers were housed in shipping containers and paid nothing for months.",
     [("plea agreement", "document")]),
    ("The designation notice says Blue Anchor Fishing subjected crew members to debt bondage. "
     "Crew members were beaten and denied food, the notice says.", [("notice", "document")] * 2),
    ("The Treasury said in a statement that the workers had their passports confiscated on arrival. "
     "The workers were paid a fraction of the promised wages, the Treasury said.", [("treasury", "official")] * 2),
    ("The report, seen by Reuters, says the workers at the mine were not paid for six months. "
     "The report says guards beat workers who tried to leave.", [("report", "document")] * 2),
    ("Maria Lenz testified that the workers at the farm had their passports taken. "
     "Lenz said the workers were paid $1 an hour.", [("lenz", "named_person")] * 2),
    ("The judge wrote that the defendants had kept the workers in conditions of servitude.", [("judge", "official")]),
    ("The ruling found that the company had withheld the wages of 200 migrant workers.", [("ruling", "document")]),
    ("Judge Alice Moreau wrote in her ruling that the workers were held in debt bondage.",
     [("alice moreau", "official")]),
    ("Special Agent in Charge Mark Doyle of the FBI said the victims had worked without pay for months.",
     [("mark doyle", "official")]),
    ("Assistant U.S. Attorney Karen Bell told the jury that the crew members faced debt bondage.",
     [("karen bell", "official")]),
    ("Senator Ruth Amari said at the hearing that the crew members faced debt bondage.", [("ruth amari", "official")]),
    ("Kestrel Farms confiscated the passports of its workers, according to a court filing. "
     "The filing says the workers were forced to live in crowded trailers.", [("filing", "document")] * 2),
]


@pytest.mark.parametrize("body,expected", CASES)
def test_legal_voices(body: str, expected: list[tuple[str, str]]) -> None:
    got = _voices(body)
    assert len(got) == len(expected), got
    for (head, kind), (_, k, wording) in zip(expected, got, strict=True):
        assert head in wording.lower() and k == kind, got
    assert len({sid for sid, _, _ in got}) == 1  # one document or one voice throughout


# a month after "in" is no modal verb: the document published or unsealed in May still speaks
@pytest.mark.parametrize("body,head", [
    ("A UN report published in May said that workers at the fishing fleet faced debt bondage. "
     "The report said crew members were held at sea for up to two years.", "report"),
    ("A report issued in May said that the crew members faced debt bondage.", "report"),
    ("An indictment unsealed in May alleges that the crew members faced debt bondage. "
     "The indictment also says the crew were not paid.", "indictment"),
])
def test_document_dated_in_may_speaks(body: str, head: str) -> None:
    got = _voices(body)
    assert got and all(k == "document" and head in w.lower() for _, k, w in got), got
    assert len({sid for sid, _, _ in got}) == 1


def test_modal_may_is_still_no_speaker() -> None:
    got = _voices("Workers may be asked to pay recruitment fees of $4,000, and many were never paid.")
    assert got and all(sid == "OUTLET" for sid, _, _ in got), got


# "..., Reuters, which reviewed the documents, said.": the one who read the papers speaks
@pytest.mark.parametrize("body,head", [
    ("The workers were paid less than half the promised wage, Reuters, which reviewed the documents, said.",
     "reuters"),
    ("Crew members on the trawlers faced debt bondage, the Associated Press, which obtained the filing, reported.",
     "associated press"),
    ("Crew members on the trawlers faced debt bondage, the Coastal Ledger, which saw a copy of the indictment, "
     "reported.", "coastal ledger"),
    ("Crew members on the trawlers faced debt bondage, the Coastal Ledger, which has seen the indictment, "
     "reported on Monday.", "coastal ledger"),
])
def test_trailing_relay_after_which_clause(body: str, head: str) -> None:
    got = _voices(body)
    assert len(got) == 1 and got[0][0] != "OUTLET" and head in got[0][2].lower(), got


def test_which_clause_without_trailing_verb_is_no_relay() -> None:
    got = _voices("Crew members on the trawlers faced debt bondage at the port, which reviewed its rules last year.")
    assert got and all(sid == "OUTLET" for sid, _, _ in got), got


@pytest.mark.parametrize("body,kind", [
    ("Defense attorney Paul Novak said that the crew members were paid in full.", "named_person"),
    ("Defence attorney Paul Novak said that the crew members were paid in full.", "named_person"),
    ("The attorney said the crew members faced debt bondage.", "anonymous_source"),
    ("Attorneys for the crew said the crew members faced debt bondage.", "anonymous_source"),
    # negative cases: state titles stay the state's voice
    ("The U.S. attorney said the crew members faced debt bondage.", "official"),
    ("The district attorney said the crew members faced debt bondage.", "official"),
    ("The attorney general said the crew members faced debt bondage.", "official"),
    ("An assistant U.S. attorney said the crew members faced debt bondage.", "official"),
])
def test_attorneys(body: str, kind: str) -> None:
    got = _voices(body)
    assert len(got) == 1 and got[0][1] == kind, got


# papers of a court case or hearing are documents
@pytest.mark.parametrize("body,head", [
    ("Transcripts of the hearing show that the crew members faced debt bondage.", "transcripts"),
    ("A court transcript shows that the crew members were beaten by the captain.", "transcript"),
    ("According to the warrant application, the crew members faced debt bondage.", "warrant application"),
    ("The docket shows the crew members faced debt bondage.", "docket"),
    ("The consent decree says the crew members were owed back wages.", "consent decree"),
])
def test_court_papers_are_documents(body: str, head: str) -> None:
    got = _voices(body)
    assert len(got) == 1 and got[0][1] == "document" and head in got[0][2].lower(), got


# "Federal prosecutors" after "Prosecutors": the same prosecutors, named more fully
@pytest.mark.parametrize("body,same", [
    ("Prosecutors allege that the recruiters charged the workers illegal fees. "
     "Federal prosecutors said the workers were housed in unheated barns.", True),
    ("Police said the recruiters charged the workers illegal fees. "
     "Local police said the workers were housed in unheated barns.", True),
    # negative cases: a nationality names other prosecutors; people who are not the state are not merged
    ("Prosecutors allege that the recruiters charged the workers illegal fees. "
     "Russian prosecutors said the workers were housed in unheated barns.", False),
    ("Lawyers said the recruiters charged the workers illegal fees. "
     "Local lawyers said the workers were housed in unheated barns.", False),
])
def test_bare_state_voice_named_more_fully(body: str, same: bool) -> None:
    got = _voices(body)
    assert len(got) == 2, got
    assert (got[0][0] == got[1][0]) is same, got


# investigators of the state speak for it; other investigators and former ones do not
@pytest.mark.parametrize("body,kind", [
    ("Federal investigators said the workers were housed in unheated barns.", "official"),
    ("Police investigators said the workers were housed in unheated barns.", "official"),
    ("A federal investigator said the workers were housed in unheated barns.", "official"),
    ("Congressional investigators said the workers were housed in unheated barns.", "official"),
    ("Private investigators said the workers were housed in unheated barns.", "anonymous_source"),
    ("A former federal investigator said the workers were housed in unheated barns.", "anonymous_source"),
])
def test_state_investigators(body: str, kind: str) -> None:
    got = _voices(body)
    assert len(got) == 1 and got[0][1] == kind, got


# "In a statement announcing the designations, the Treasury said": the fronted statement is no speaker
@pytest.mark.parametrize("body,head", [
    ("In a statement announcing the designations, the Treasury said North Korean workers were sent abroad to "
     "earn currency for the regime.", "the treasury"),
    ("In a press release detailing the charges, the Justice Department said the workers were held in forced "
     "labour.", "the justice department"),
])
def test_fronted_statement_with_participle(body: str, head: str) -> None:
    got = _voices(body)
    assert len(got) == 1 and got[0][1] == "official" and got[0][2].lower() == head, got


# a titled report is a document, also with "annual" or "latest" before it; a campaign named for its cause is not
@pytest.mark.parametrize("body,kind", [
    ("The annual Trafficking in Persons report said the workers were held in forced labour.", "document"),
    ("The latest Trafficking in Persons report said the workers were held in forced labour.", "document"),
    ("The Trafficking in Persons report said the workers were held in forced labour.", "document"),
    ("The latest Global Slavery Index said the workers were held in forced labour.", "document"),
    ("Anti-Slavery Watch said the workers were held in forced labour.", "organization"),
])
def test_titled_reports(body: str, kind: str) -> None:
    got = _voices(body)
    assert len(got) == 1 and got[0][1] == kind, got


# fronted settings of testimony are no part of the witness's name
@pytest.mark.parametrize("body", [
    "In written testimony submitted to the committee, Dana Whitlow said the workers were held in forced labour.",
    "In testimony presented to the subcommittee, Dana Whitlow said the workers were held in forced labour.",
    "On the stand, Dana Whitlow said the workers were held in forced labour.",
    "Under oath, Dana Whitlow said the workers were held in forced labour.",
    "On Tuesday, Dana Whitlow said the workers were held in forced labour.",
])
def test_fronted_testimony_setting(body: str) -> None:
    got = _voices(body)
    assert len(got) == 1 and got[0][1] == "named_person" and got[0][2] == "Dana Whitlow", got
