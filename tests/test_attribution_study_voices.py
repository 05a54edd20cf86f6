"""Research writing's voices: cited authors, interviewee codes, a report speaking of itself, hearing records and
press conferences (fictional texts, real places)."""

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.study_voices import code_kind, own_report, publisher, study_mention
from labourlens.analyse.transcript_roles import official_labels

PAPER = """Quarterly Review of Labour Mobility, Vol. 4 (2024) - excerpt

2. Deductions as discipline

Early work stressed guards and fences. As Moreau and Tanaka (2019) found in 30 interviews in Irkutsk, nearly every logger began his posting in debt to a broker. Moreau and Tanaka argue that this debt, not the fence, kept the men at work.

Okafor (2020) had earlier recorded that brigade leaders in Tomsk kept books of fines set against each man's share.

We also note, as Lindgren (2022) has argued, that some men saw the deductions as a patriotic duty.
"""


def test_cited_authors_speak_in_their_sentences() -> None:
    src = who(PAPER, "nearly every logger began", "Quarterly Review of Labour Mobility")
    assert src is not None and src.kind == "named_person" and "Moreau and Tanaka" in (src.wording or "")
    okafor = who(PAPER, "brigade leaders in Tomsk", "Quarterly Review of Labour Mobility")
    assert okafor is not None and okafor.wording == "Okafor" and okafor.kind == "named_person"
    lind = who(PAPER, "patriotic duty", "Quarterly Review of Labour Mobility")
    assert lind is not None and lind.wording == "Lindgren" and lind.kind == "named_person"


def test_a_pair_of_authors_named_again_is_the_same_pair_of_people() -> None:
    first = who(PAPER, "nearly every logger began", "Quarterly Review of Labour Mobility")
    again = who(PAPER, "not the fence", "Quarterly Review of Labour Mobility")
    assert first is not None and again is not None and again.key == first.key and again.kind == "named_person"


def test_citation_shapes_and_non_citations() -> None:
    cases = {
        "Haddad and Sousa (2018) report that crews in Luanda were paid in vouchers.": "Haddad and Sousa (2018)",
        "But Kowalczyk (2021: 14) shows that the fees rose.": "Kowalczyk",
        "Ruiz et al. (2017) estimated that a third of pay was withheld.": "Ruiz et al. (2017)",
        "The pattern, as Mbeki (2016) observed, was the same in Bata.": "Mbeki",
    }
    for text, wording in cases.items():
        m = study_mention(text)
        assert m is not None and m.wording == wording, text
        found = find_mention(text)
        assert found is not None and found.wording.startswith(wording.split()[0]), text
    for text in ("Table (2020) shows that wages fell.", "In 2019 the workers were paid late.",
                 "Section 4 (2021) describes the method.", "The M-5 road (2019) was finished late."):
        assert study_mention(text) is None, text


def test_bare_interviewee_codes_speak_and_join_their_first_mention() -> None:
    text = """4.1 We interviewed 20 women who had worked in Harbin.

4.2 Respondent H-7, now 31, said the dormitory door was locked at night.

4.3 H-7 said her pay was held by the team leader until she went home. Another respondent, H-2, told us the same.

4.4 BG-3 added that a woman who complained was sent home within a week.
"""
    first = who(text, "door was locked")
    again = who(text, "held by the team leader")
    other = who(text, "sent home within a week")
    assert first is not None and again is not None and again.key == first.key
    assert again.kind == "anonymous_source"
    assert other is not None and other.wording == "BG-3" and other.kind == "anonymous_source"


def test_a_code_is_not_a_name() -> None:
    text = ("A former Zambian foreman I interviewed in Lusaka in 2021, identified here as ZM-4, recalled that the "
            "crews never saw their wages. ZM-4 said the men slept in containers.")
    src = who(text, "never saw their wages", "Southern Labour Studies")
    again = who(text, "slept in containers", "Southern Labour Studies")
    assert src is not None and src.kind == "anonymous_source"
    assert again is not None and again.key == src.key
    assert code_kind("Respondent K-12, who left in 2020") and code_kind("AO-6")
    assert not code_kind("Kim Yong-su") and not code_kind("the M-5 highway crew")


def test_a_report_speaking_of_itself_is_its_publisher() -> None:
    text = """Cold Hands: Seafood Work in Hunchun
A report by the Tumen Labour Monitor | Section 3

3.1 This report finds that women at the two plants worked from six in the morning until after midnight. Most of the women described in this report lived above the cutting hall.

3.2 A plant supervisor told us the women were paid only when they went home.
"""
    assert who(text, "six in the morning", "Tumen Labour Monitor") is None
    assert who(text, "lived above the cutting hall", "Tumen Labour Monitor") is None
    sup = who(text, "paid only when", "Tumen Labour Monitor")
    assert sup is not None and sup.kind == "anonymous_source"
    assert own_report("This briefing") and own_report("the present study") and not own_report("the report")


def test_without_a_publisher_the_report_keeps_its_own_name() -> None:
    text = "Summary\n\nThis briefing finds that crews in Kuwait still work twelve-hour shifts.\n"
    src = who(text, "twelve-hour shifts")
    assert src is not None and src.kind == "document"


def test_another_report_stays_a_document() -> None:
    text = ("Tumen Labour Monitor\n\nA 2022 report by the Amur Rights Centre found that loggers were paid once a "
            "year. The report said the men slept in tents.\n")
    src = who(text, "slept in tents", "Tumen Labour Monitor")
    assert src is not None and src.kind == "document"


HEARING = """Committee on Labour Rights - Hearing on seasonal workers in Baltic ports
Verbatim record (extract)

THE CHAIR (Ms INGRID SOLBERG): We now hear from the legal aid office. Ms Varga, please.

Ms ELENA VARGA (Danube Migrant Law Centre): Thank you. In 2020 we documented Vietnamese riggers at a yard in Gdansk. Their pay was sent to an agency account in Hanoi. They worked fourteen hours a day.

Mr JONAS BERG (MEP): Did they keep their passports?

Ms ELENA VARGA: No. Every rigger we spoke to said the agency held the passports. One rigger told us he had not seen his passport in two years.

Mr LUC MOREL (European Commission, DG HOME): The Commission has heard these reports. I am told the unpaid wages of one rigger could reach 20,000 euros.
"""


def test_hearing_labels_with_titles_and_affiliations() -> None:
    varga = who(HEARING, "riggers at a yard in Gdansk")
    assert varga is not None and "Varga" in (varga.wording or "") and varga.kind == "named_person"
    assert who(HEARING, "fourteen hours a day") == varga
    assert who(HEARING, "agency held the passports") == varga  # her own team's finding, in her turn
    one = who(HEARING, "not seen his passport")
    assert one is not None and one.wording == "One rigger"
    morel = who(HEARING, "20,000 euros")
    assert morel is not None and "Morel" in (morel.wording or "") and morel.kind == "official"
    assert official_labels(HEARING) == frozenset({"morel"})


PRESSER = """Interior Ministry Spokesperson's Regular Press Conference (excerpt)

Q: A newspaper says foreign workers at a brick kiln near Lahore had their passports taken. What is your response?

A: I have seen the report. There is no forced labour at any kiln. All workers are protected by law.

Q: Will the ministry inspect the kiln?

A: The relevant departments will look into it. Workers are free to leave at any time.
"""


def test_press_conference_answers_are_the_spokesperson() -> None:
    src = who(PRESSER, "no forced labour")
    assert src is not None and src.kind == "official" and "Spokesperson" in (src.wording or "")
    assert who(PRESSER, "free to leave") == src


def test_definite_document_phrases_name_the_documents_seen_before() -> None:
    text = """Harbour Ledger

Vietnamese deckhands on two trawlers out of Busan were paid a fraction of their contracts, according to documents seen by Harbour Ledger.

The documents, a bundle of crew wage sheets, show each man was promised 900 dollars a month. The sheets list deductions of up to 70 percent for "food and agency fees".

A manning agreement seen by Harbour Ledger lists the agency in Haiphong as the employer. The document says the captain "shall hold the seamen's books for the voyage."
"""
    seen = who(text, "paid a fraction", "Harbour Ledger")
    sheets = who(text, "deductions of up to 70 percent", "Harbour Ledger")
    assert seen is not None and sheets is not None and sheets.key == seen.key
    agreement = who(text, "lists the agency", "Harbour Ledger")
    document = who(text, "seamen's books", "Harbour Ledger")
    assert agreement is not None and document is not None and document.key == agreement.key
    assert agreement.key != seen.key


def test_a_new_document_is_not_folded_into_an_older_one() -> None:
    text = """Harbour Ledger

According to payroll records seen by Harbour Ledger, the crews were paid late.

The contract, signed in Haiphong in 2021, sets the wage at 600 dollars.
"""
    records = who(text, "paid late", "Harbour Ledger")
    contract = who(text, "sets the wage", "Harbour Ledger")
    assert records is not None and contract is not None and contract.key != records.key


def test_a_registry_cited_inside_a_which_clause_speaks() -> None:
    text = ("The kiln belongs to a brick firm registered in Multan, which, according to the provincial company "
            "registry, leases its workers from a contractor in Lahore.")
    src = who(text, "leases its workers", "Punjab Courier")
    assert src is not None and src.kind == "document" and "registry" in (src.wording or "")
    m = study_mention("The plant, which, according to the manager, employs forty men, was closed.")
    assert m is None  # a person cited in the clause is found by the ordinary rules


def test_one_member_of_a_set_of_documents_is_its_own_document() -> None:
    text = """Harbour Ledger

Two Qatari contractors used Nepali welders, according to documents seen by Harbour Ledger.

The documents, a set of gate passes and a labour supply agreement between the two firms, list 40 welders. The agreement sets a fee of 900 riyals a month per welder, payable to the agency.

Summary. This paper draws on court files, inspection reports and interviews. The inspection report estimated that each welder kept 200 riyals.
"""
    seen = who(text, "list 40 welders", "Harbour Ledger")
    agreement = who(text, "sets a fee", "Harbour Ledger")
    assert seen is not None and agreement is not None and agreement.key != seen.key
    report = who(text, "kept 200 riyals", "Harbour Ledger")
    assert report is not None and report.kind == "document" and report.wording == "The inspection report"


def test_a_report_heading_names_its_publisher() -> None:
    text = """Salt and Silence: Migrant Crews on Sakhalin
A report by the Okhotsk Labour Observatory | Chapter 2 of 5

2.1 This report finds that crews at the two fish plants worked sixteen-hour shifts in the herring season.
"""
    assert who(text, "sixteen-hour shifts") is None  # the page is the Observatory's own
    assert publisher("Kestrel Policy Forum - Working Paper 7 (excerpt)\n") == "Kestrel Policy Forum"
    assert publisher("A new report by Kestrel Watch found that loggers were beaten.\n") is None  # a news sentence


def test_editors_notes_below_a_record_are_not_claims() -> None:
    from labourlens.analyse.interview_frame import is_frame
    from labourlens.analyse.pipeline import analyse

    for note in ("The above is an excerpt.", "The full transcript is available on the ministry's website.",
                 "The complete record can be found on the committee's page."):
        assert is_frame(note), note
    for claim in ("The above workers were never paid.", "The full wage is available only to team leaders."):
        assert not is_frame(claim), claim
    texts = [c.text for c in analyse(PRESSER + "\nThe above is an excerpt. The full transcript is available online.\n",
                                     {"language": "en"}).claims]
    assert any("no forced labour" in t for t in texts)
    assert not any("excerpt" in t or "transcript is available" in t for t in texts)


def test_a_group_of_states_or_a_road_is_not_an_interviewee_code() -> None:
    assert study_mention("G7 said in a statement that forced labour had no place in supply chains.") is None
    assert study_mention("M-5 traffic was stopped after the crash, police said.") is None
    m = study_mention("5.4 TK-11 recalled that the cook was beaten for stealing rice.")
    assert m is not None and m.wording == "TK-11"


def test_a_label_the_writer_gives_is_the_same_person_later() -> None:
    text = """2. A Kazakh site foreman we refer to as Foreman K told us the crew arrived on tourist visas each spring.

3. According to Foreman K, the men worked every day of the week. A driver who delivered cement said the men never left the site.

4. The crew leader kept the passports in a safe, Foreman K said.
"""
    first = who(text, "tourist visas", "Steppe Wire")
    assert first is not None and first.kind == "anonymous_source"
    assert who(text, "every day of the week", "Steppe Wire") == first
    assert who(text, "passports in a safe", "Steppe Wire") == first
    driver = who(text, "never left the site", "Steppe Wire")
    assert driver is not None and driver.key != first.key


BRIEFING = """Labour Ministry Regular Briefing (excerpt)
Hanoi, 4 May 2026

Tuoi Tre: Some outlets say Vietnamese trainees at a plant in Gunma were confined to their dormitory. Your comment?

Spokesperson Pham Lan: We have seen the reports. We have asked the agency for an explanation.

We will protect the rights of every worker sent abroad under our programmes.

Kyodo: Will the ministry suspend the agency?

Pham Lan: It is too early to say.

[Editor's note: the agency has since lost its licence.]
"""


def test_a_paragraph_with_no_label_goes_on_with_the_turn_above() -> None:
    lan = who(BRIEFING, "asked the agency")
    assert lan is not None and lan.kind == "official"
    assert who(BRIEFING, "protect the rights of every worker") == lan
    assert who(BRIEFING, "lost its licence") != lan  # a bracketed note is the page's


def test_a_report_excerpt_finding_by_its_own_team_is_the_report() -> None:
    text = """Amur Labour Observatory - "Cold Sites: Migrant Crews in Blagoveshchensk" (2025)
Section 2: Key findings

Finding 1. Our researchers saw no sign that the crews were locked in at night; several said they shopped in pairs.

Finding 2. A site guard told the Observatory the men were paid in cash once a season.
"""
    own = who(text, "locked in at night")
    assert own is not None and own.kind == "document" and "Amur Labour Observatory" in (own.wording or "")
    guard = who(text, "once a season")
    assert guard is not None and guard.kind == "anonymous_source"
