"""Probes from the lead's reading of reports written for it in styles the rules had met less (1 December 2026,
morning): a fact-check, a parliamentary debate, an explainer and a timeline. Every text is written for these tests;
every person, outlet and company is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, source_of, speakers_by_opening


def _claim(text: str, frag: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    return next(c for c in a.claims if frag in c.text)


# A rule that holds negated words of its own ("documents ... =not returned") used to skip the negation check for
# every hit; a negator before a hit that used none of them denies the abuse.
def test_a_negation_that_is_not_the_rules_own_denies() -> None:
    for sentence in ("A spokesperson for Sandline Build said the company does not retain any employee's travel documents.",
                     "The director said the firm has never retained workers' permits."):
        c = _claim(LEAD + sentence, sentence[:25])
        assert c.polarity == "negated" and not c.indicators, sentence


def test_a_negated_leave_or_return_is_still_the_abuse() -> None:
    for sentence, indicator in (
            ("Their passports were never returned to them, one of the men said.", "retention_of_identity_documents"),
            ("The women haven't been let out of the compound since spring, a source said.", "restriction_of_movement"),
            ("The supervisor did not return the workers' passports after the inspection, a worker said.",
             "retention_of_identity_documents")):
        c = _claim(LEAD + sentence, sentence[:25])
        assert c.polarity == "affirmed" and indicator in {h.indicator for h in c.indicators}, sentence


def test_critics_speak() -> None:
    got = speakers_by_opening(LEAD + "Critics say the sponsorship rules leave workers unable to change jobs without permission.")
    assert got["Critics say the sponsorship ru"] == ("Critics", "anonymous_source")


# "any employer who withholds a passport is breaking the law": a rule about anyone, not an event
def test_whoever_does_it_breaks_the_law_is_a_norm() -> None:
    for sentence in ("The official said any employer who withholds a passport is breaking the law.",
                     "An inspector said a company that keeps workers' passports commits an offence."):
        c = _claim(LEAD + sentence, sentence[:20])
        assert not c.indicators, sentence
    c = _claim(LEAD + "The employer withheld their passports for a year, a worker said.", "The employer withheld")
    assert "retention_of_identity_documents" in {h.indicator for h in c.indicators}  # an event stays


def test_a_speakers_own_clause_before_but_is_not_the_speaker() -> None:
    got = speakers_by_opening(LEAD + "I thank the Minister, but workers from Kyrgyzstan have told me that they paid recruiters "
                           "up to £5,000 to come here.")
    assert got["I thank the Minister, but work"] == ("workers from Kyrgyzstan", "anonymous_source")


def test_a_timeline_entrys_date_is_not_part_of_the_speaker() -> None:
    text = ("Timeline: the Birch Hollow Garments case\n\n"
            "March 2021 — A defector who worked at the plant tells Seoul-based Border Pulse that the women were never "
            "allowed outside the compound.\n\n"
            "2023 — A UN panel of experts report says the firm's owner paid the women about 1,500 yuan a month.\n")
    got = speakers_by_opening(text)
    assert got["March 2021 — A defector who wo"] == ("A defector who worked at the plant", "anonymous_source")
    assert got["2023 — A UN panel of experts r"] == ("A UN panel of experts report", "document")


def test_a_fact_checks_claim_label_is_no_speaker() -> None:
    text = ("FACT CHECK | Did a contractor keep 400 workers' passports?\n\n"
            "CLAIM: A video shared thousands of times says the contractor Marlow Build kept the passports of 400 "
            "Nepali workers at its camp.\n\nVERDICT: Partly true.\n")
    wording, kind = speakers_by_opening(text)["CLAIM: A video shared thousand"]
    assert wording is not None and wording.startswith("A video") and kind == "document"


HANSARD = """House of Commons
Seasonal Worker Visa Scheme
Volume 801: debated on Tuesday 14 January 2025

Ms Nadia Corrin (Bristol Vale) (Lab)
Workers from Kyrgyzstan have told me that they paid recruiters up to £5,000 and were sent home after six weeks, still owing most of it.

The Minister for Migration (Owen Tarrant)
The Government take these reports seriously. Our inspectors visited 38 farms last year and found no evidence of forced labour on any of them.

Ms Corrin
Some workers were made to live in caravans with no heating. Will the Minister meet them?

Owen Tarrant
I would be happy to meet the hon. Member. We have removed one operator from the scheme after workers' passports were found in its office.
"""


def test_a_parliamentary_records_turns_are_their_speakers() -> None:
    a = analyse(HANSARD, META)

    caravans, removed, inspectors = source_of(a, "Some workers were made"), source_of(a, "We have removed"), source_of(a, "Our inspectors visited")
    assert caravans is not None and caravans.wording == "Ms Nadia Corrin" and caravans.kind == "official"
    assert removed is not None and inspectors is not None and removed.key == inspectors.key
    assert removed.wording is not None and "Owen Tarrant" in removed.wording
    # the inner source of a member's sentence stays its own
    told = source_of(a, "Workers from Kyrgyzstan")
    assert told is not None and told.kind == "anonymous_source"


def test_a_byline_on_its_own_line_is_no_turn() -> None:
    text = ("Farm workers describe debt\n\nDr Lena Marsh\n\n" + LEAD + "Seasonal pickers at the fictional Coldwater Farms said "
            "they paid recruiters up to £4,000 and were still in debt when sent home. Their passports were kept by the "
            "farm manager, a picker said.\n\nMr Tom Hale\n\nThe pickers were locked in their caravans at night.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if c.text.startswith("Seasonal pickers"))
    s = a.source(c.source)
    assert s is not None and s.wording is not None and "Lena Marsh" not in s.wording


# A UN-style press release: the date in the dateline's brackets is no outlet; a body "expressed grave concern about
# reports that"; "today" is no part of the speaker; "the experts" after "information received by the experts" are
# the experts met before, not the information.
UN_RELEASE = """GENEVA (3 March 2025) — UN experts today expressed grave concern about reports that migrant fishers on the fictional Harrow Star fleet are held at sea for years without pay.

"We have received credible information that fishers are beaten and their identity documents withheld," the experts said.

According to information received by the experts, some fishers have not set foot on land for more than two years.

The experts said recruitment agencies charge fishers fees of up to $4,000, which are deducted from their wages.
"""


def test_a_un_release() -> None:
    a = analyse(UN_RELEASE, META)
    assert a.meta.outlet != "3 March"


    lead, fees = source_of(a, "GENEVA"), source_of(a, "The experts said")
    assert lead is not None and lead.wording == "UN experts"
    assert fees is not None and fees.key == lead.key


def test_the_crown_is_the_state() -> None:
    got = speakers_by_opening(LEAD + "The Crown alleged she was paid about $3 a day and was not allowed to leave the house alone.")
    assert got["The Crown alleged she was paid"] == ("The Crown", "official")


EARNINGS_CALL = """Q2 2025 Earnings Call Transcript — Fennick Outdoor Group

Operator: Our next question comes from Dara Voss with Pellham Securities.

Dara Voss — Pellham Securities: Thanks. There was a report last week that workers at one of your glove suppliers paid recruitment fees of up to 18,000 ringgit. Can you comment?

Miles Achebe — Chief Executive Officer: Sure. We commissioned an independent audit in August. We have required the supplier to repay those fees to every worker, and that process is under way.
"""


def test_a_name_and_role_before_the_colon_speak_the_turn() -> None:
    got = speakers_by_opening(EARNINGS_CALL)
    assert got["There was a report last week t"][0] == "Dara Voss"
    assert got["We have required the supplier "][0] == "Miles Achebe"


# Gulf and translated Arabic-language prose: "affirmed that" reports; "salaries had been transferred on time" answers
# the allegation of withheld wages (no evidence of it, a denial)
def test_an_official_affirms_and_wages_transferred_on_time_deny() -> None:
    text = ("Ministry: no violations at Sohar camp\n\nMuscat — A senior official at the Ministry of Labour affirmed that "
            "inspection teams found no violations at a labour camp in Sohar following reports that workers were denied "
            "their wages.\n\nThe official told the Gulf Courier that salaries had been transferred on time through the Wage "
            "Protection System.\n\nHowever, a worker at the camp said he and 30 colleagues had not received their salaries of "
            "120 riyals for three months. \"They show the inspectors papers, but the money never reaches us,\" he said.\n")
    a = analyse(text, META)
    first = next(c for c in a.claims if c.text.startswith("Muscat"))
    s = a.source(first.source)
    assert s is not None and s.wording == "A senior official at the Ministry of Labour" and first.polarity == "negated"
    second = next(c for c in a.claims if c.text.startswith("The official told"))
    assert second.polarity == "negated" and not second.indicators
    # the control: wages taken and transferred elsewhere stay evidence
    c = _claim(LEAD + "Their salaries were transferred to the agency's account every month, a worker said.", "Their salaries")
    assert "withholding_of_wages" in {h.indicator for h in c.indicators}


def test_a_bracketed_source_note_speaks() -> None:
    got = speakers_by_opening(LEAD + "Most moulders earn 1,200 rupees per 1,000 bricks, below the provincial minimum rate (source: "
                           "Punjab Labour Department).")
    assert got["Most moulders earn 1,200 rupee"] == ("Punjab Labour Department", "official")
    got = speakers_by_opening(LEAD + "Most moulders earn 1,200 rupees per 1,000 bricks (about $4).")  # a conversion, no source
    assert got["Most moulders earn 1,200 rupee"] != ("about $4", "official")


# a translated Russian report's words for the outlet it cites: "According to the publication", "As the portal found out"
def test_the_publication_and_the_portal_are_the_outlet_cited() -> None:
    text = ("About 40 migrant workers from Uzbekistan building flats in Kazan have not been paid for four months, writes "
            "the local portal Volga Lamps.\n\nAccording to the publication, the workers live in metal containers on the "
            "site and their passports are kept by the foreman.\n\nAs the portal found out, the contractor had transferred "
            "the wages to a subcontractor that disappeared in March.\n")
    a = analyse(text, META)
    keys = {c.source for c in a.claims}
    assert len(keys) == 1 and a.source(keys.pop()).kind == "outlet"  # type: ignore[union-attr]


TRAINEES = """Vietnamese trainees say Gifu sewing firm took passports

GIFU, Japan — Six Vietnamese women on a trainee visa say the sewing company that employed them kept their passports and paid them about 400 yen an hour.

The supervising organization that placed the trainees, Owari Cooperative Union, said it had not been aware of any problems with the women's wages.

The Organization for Trainee Protection, the government body that oversees the scheme, said it had found that the women's passports were kept in the company safe.

Each of the women said she had paid a broker in Hanoi between $7,000 and $9,000 to join the scheme.
"""


def test_a_body_named_by_its_own_name_is_not_an_earlier_body_of_that_noun() -> None:
    a = analyse(TRAINEES, META)


    union, agency, each = source_of(a, "The supervising organization"), source_of(a, "The Organization for Trainee"), source_of(a, "Each of the women")
    assert union is not None and agency is not None and union.key != agency.key
    assert each is not None and each.kind == "anonymous_source" and each.wording == "Each of the women"


# a long read in the reporter's first person: "he" is the man the reporter met by one name
def test_he_is_the_man_the_reporter_met_by_one_name() -> None:
    text = ("The debt that follows them home\n\nBy Ruth Adeyemi in Kathmandu\n\n"
            "I first met Suman in a tea shop near the airport, two days after he landed from Doha. He is 31.\n\n"
            "\"They told me 1,500 riyals. On the first payslip it was 800,\" he said.\n\n"
            "For the first seven months, he said, the company kept his passport in a locked drawer at the site office. "
            "When he asked for it back, the camp boss told him he would lose his job.\n")
    got = speakers_by_opening(text)
    assert got["For the first seven months, he"] == ("Suman", "named_person")


QA = """'The fees are the chain': a recruiter turned campaigner

Interview by Tom Whitfield

Deepa Narayan spent twelve years placing workers from Kerala with contractors in Kuwait before quitting in 2019. She now runs Fair Passage, a fictional Chennai charity that helps migrants recover fees.

Q: How much do workers pay to get a job in the Gulf today?
A: For a construction job in Kuwait, 150,000 to 200,000 rupees is normal. Most of that is borrowed at high interest.
"""


def test_an_interviewee_is_the_person_the_introduction_opens_with() -> None:
    got = speakers_by_opening(QA)
    assert got["Most of that is borrowed at hi"] == ("Deepa Narayan", "named_person")


# a shared currency name ("lira") is the money of where the work is, not of the workers' nationality; a route "from
# Belgrade to Subotica" is no origin
def test_lira_in_istanbul_for_syrian_teenagers_is_turkish() -> None:
    from labourlens.analyse import money  # noqa: PLC0415 - only this probe reads the money stage alone

    text = ("Istanbul | Economy\n\nSyrian teenagers stitch jeans in Zeytinburnu for 300 lira a week\n\n"
            "The boys, all from Aleppo, said the owner of the fictional Golden Needle workshop pays them 300 lira a week.\n")
    assert {a.currency for a in money.find(text)} == {"TRY"}
    route = "A ticket from Belgrade to Novi Sad costs 1,200 dinars.\n"
    assert [a.currency for a in money.find(route)] == ["RSD"]


def test_an_html_pages_headline_is_kept() -> None:
    from labourlens.formats.html import extract  # noqa: PLC0415

    page = ("<html><head><title>Builders underpaid | Tipster Europe</title></head><body>"
            "<ul class='menu'><li>Home</li><li>Poland</li></ul>"
            "<h1>Uzbek builders on Lodz warehouse site paid 12 zloty an hour</h1>"
            "<p>LODZ — Uzbek construction workers on a warehouse project were paid as little as 12 zloty an hour, the "
            "fictional Lodz Courier reported, citing a worker from Samarkand.</p>"
            "<p>The worker said the foreman kept all their passports in his car and that they slept in containers.</p>"
            "</body></html>")
    doc = extract(page)
    assert doc.text.startswith("Uzbek builders on Lodz warehouse site paid 12 zloty an hour")
    assert doc.text.count("Uzbek builders on Lodz") == 1


def test_a_consular_official_in_the_lede_is_the_consul_named_next() -> None:
    text = ("KUWAIT CITY - The number of Filipino domestic workers sheltering at their embassy has risen to 140, a consular "
            "official told reporters on Monday.\n\nBriefing journalists, the consul for labour affairs, Marites Dalisay, "
            "said most of the women had arrived with no passport because their sponsors held it. She said many had not "
            "been paid for months and some had been locked in their employers' flats.\n")
    a = analyse(text, META)
    keys = {c.source for c in a.claims}
    assert len(keys) == 1
    s = a.source(keys.pop())
    assert s is not None and s.kind == "official" and s.wording is not None and "Marites Dalisay" in s.wording


def test_a_helpline_speaks_and_takes_its_proper_name() -> None:
    text = ("BEIRUT - Kenyan women working in Lebanese homes are increasingly paid in Lebanese pounds at a fraction of "
            "what their contracts promised, a migrants' helpline said this week.\n\nThe Sawa Line helpline, run by "
            "volunteers in Beirut, said it logged 120 calls from Kenyan domestic workers, most of them unpaid since the "
            "summer.\n")
    got = speakers_by_opening(text)
    assert got["BEIRUT - Kenyan women working "] == ("The Sawa Line helpline", "organization")
    assert got["The Sawa Line helpline, run by"] == ("The Sawa Line helpline", "organization")


def test_a_turn_that_opens_by_reporting_someone_stays_the_labelled_speakers() -> None:
    text = ("Radio Valley Evening - \"Coming Home\", episode 12\nTranscript.\n\n"
            "PRESENTER (Asha Rai): Tonight we speak with Maya Sherpa, who came back from Kuwait last month.\n\n"
            "RAI: How did you go?\n\n"
            "SHERPA: A man from our village said there was work in a hospital. I paid him 1,20,000 rupees. My husband "
            "borrowed it at 36 percent interest.\n\n"
            "RAI: What was the work like?\n\n"
            "SHERPA: I worked for eleven people. Madam kept my passport.\n")
    got = speakers_by_opening(text)
    assert got["My husband borrowed it at 36 p"][0] == "Maya Sherpa"
    assert got["I paid him 1,20,000 rupees."][0] == "Maya Sherpa"
