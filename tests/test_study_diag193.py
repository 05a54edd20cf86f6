"""Probes for the classes studied on diag193 (parliamentary records): a witness statement printed as prose under
"Statement of Mr. X"; a hearing turn labelled by a post with its holder in brackets ("The Minister for Ports (Ms.
X):"); witnesses, delegates and evidence of a named body; "X, who stated that" and "which states that"; a
government's "counterparts"; a written question's "Asked by X (seat), tabled ..." line and its "Question: To ask";
a body named in apposition opening a hearing turn; a shelter. Every text, name and figure here is invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.saying_acts import which_reported_mention
from labourlens.analyse.speakers import classify

META = {"published": None, "language": "en"}


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    a = analyse(text, META)
    src = {s.key: s for s in a.sources}
    return {c.text: ((src[c.source].wording if c.source in src else None), c.source) for c in a.claims}


def _speaker_of(text: str, needle: str) -> str | None:
    for claim, (wording, _key) in _speakers(text).items():
        if needle in claim:
            return wording
    raise AssertionError(f"no claim with {needle!r}")


STATEMENT = """Statement read to the Select Committee on Overseas Labour by its secretary

Statement of Mr. Tomas Brenner, former trawler cook

I signed on in Montevideo after a broker in Lima promised me a wage of $600. At sea the skipper took my passport and kept it for the whole voyage. We worked twenty hours on most days and were beaten if we slowed down.

The secretary added that the owner had written to deny every allegation.
"""


def test_a_statement_in_prose_under_its_heading_is_the_witnesses() -> None:
    assert _speaker_of(STATEMENT, "took my passport") == "Mr. Tomas Brenner"
    assert _speaker_of(STATEMENT, "beaten if we slowed down") == "Mr. Tomas Brenner"


def test_the_records_own_voice_after_the_statement_is_not_the_witnesses() -> None:
    speakers = _speakers(STATEMENT)
    for claim, (wording, _key) in speakers.items():
        if "owner had written" in claim:
            assert wording != "Mr. Tomas Brenner"


MINISTER = """Statement on seasonal pickers

The Secretary of State for Agriculture (Mr. Rolf Havel): Let me set out what the labour inspectorate found on the berry farms near Huelva last summer. Inspectors visited eleven farms and found that four growers were keeping the pickers' identity cards in a safe.

Ms. Nadia Fofana (Member for Greyhaven): Pickers told the Seasonal Workers' Network that they were charged 300 euros for a bunk. What will he do?

The Secretary of State for Agriculture (Mr. Rolf Havel): On two farms the pickers were working sixteen-hour shifts with no day off. The growers have been fined.

Ms. Nadia Fofana (Member for Greyhaven): The network also says a picker was slapped by a foreman.
"""


def test_a_post_with_its_holder_in_brackets_opens_a_turn() -> None:
    assert _speaker_of(MINISTER, "identity cards in a safe") == "Inspectors"  # named inside the turn
    assert _speaker_of(MINISTER, "sixteen-hour shifts") == "Mr. Rolf Havel"


def test_a_members_turn_stays_the_members() -> None:
    assert _speaker_of(MINISTER, "slapped by a foreman") in ("Ms. Nadia Fofana", "The network")


def test_witnesses_and_evidence_of_a_body_speak_with_its_kind() -> None:
    assert classify("Witnesses from the Lakeview Fair Labour Alliance") == "organization"
    assert classify("Delegates of the Harbour Porters' Federation") == "organization"
    assert classify("Evidence from the Marlow Crew Welfare Project") == "organization"
    assert classify("Witnesses from the Ministry of Labour") == "official"


def test_witnesses_of_no_body_and_evidence_in_papers_keep_their_kind() -> None:
    assert classify("Witnesses from the village") == "anonymous_source"
    assert classify("Evidence from the payroll records") == "document"
    assert classify("witnesses") == "anonymous_source"


def test_a_relative_stated_names_the_speaker() -> None:
    m = which_reported_mention("The embassy took the matter up with Thai counterparts, who stated that every fishing "
                               "crew in Ranong was paid on time.")
    assert m is not None and m.wording == "Thai counterparts" and classify(m.wording) == "official"


def test_a_relative_without_a_verb_of_saying_names_nobody() -> None:
    assert which_reported_mention("Officials met Malaysian counterparts, who visited the site in Johor.") is None
    # a text's own wording is no speaker's saying: "Section 12, which states that ..."
    assert which_reported_mention("The contracts cite Section 12, which states that employers in Johor may not keep "
                                  "passports.") is None


QUESTION = """Parliamentary written answer 31/0987 - Seafood imports: Thailand

Asked by Mr. Colm Rafferty (Member for Dunhallow), tabled on 4 March, answered on 9 March.

Question: To ask the Secretary of State for Business what steps she is taking to check that shrimp imported from Songkhla is not peeled by workers in debt bondage to brokers.

Answer from the Parliamentary Under-Secretary, Ms. Hedda Lind:

Importers are expected to carry out due diligence on their suppliers.
"""


def test_a_written_questions_tabled_line_and_question_label() -> None:
    assert _speaker_of(QUESTION, "debt bondage to brokers") == "Mr. Colm Rafferty"


HEARING = """Oral evidence: cobalt processing in Likasi, questions 30 to 34

Mr. Pieter Hals (Member for Ostvale): Professor Lukusa, has the smelter answered your letter?

Prof. Claudine Lukusa (Lecturer, Katanga Mining Observatory): The smelter's owner, Tembo Ore Refining, replied in writing that no worker at the plant had ever been asked to pay for his job. The men we met describe something else.

Mr. Pieter Hals (Member for Ostvale): What do they describe?

Prof. Claudine Lukusa (Lecturer, Katanga Mining Observatory): Nine of them said a labour broker took a month's pay as a recruitment fee and that the gate was locked during shifts.
"""


def test_a_body_named_in_apposition_opening_a_turn_speaks() -> None:
    assert _speaker_of(HEARING, "asked to pay for his job") == "The smelter's owner, Tembo Ore Refining"


def test_the_witnesses_own_turn_stays_theirs() -> None:
    assert _speaker_of(HEARING, "month's pay as a recruitment fee") in ("Prof. Claudine Lukusa", "Nine of them")


def test_a_shelter_is_an_organization_and_its_staff_are_people() -> None:
    assert classify("The shelter") == "organization"
    assert classify("a shelter worker") == "anonymous_source"
