"""Speakers in the wordings of monitoring digests, reworked and syndicated copy and court reports (probe diag66):

- an outlet that "spoke to a man who ..." introduces him: the quotes after it and their "he said" are his, not
  the outlet's (an outlet written by the first word of its name, "Vesna" for "Vesna Media", is no person);
- "Its director, X" right after a sentence that names a firm by a company noun and its name speaks for the firm;
- "A Colombo paper": media named by their town or people are an ``organization``;
- "One driver, identified in court papers as Rashid K.": a person given a name;
- a firm's lawyer whose surname opens with a particle ("Salem al-Marri") is read as any other named firm lawyer.

Every text is written for this test; people, firms and outlets are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import is_unconfirmed
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, indicators, speaker

MEDIA = """{outlet} | 2 March 2025

Migrant workers at a Tomsk sawmill described their conditions to reporters.

{short} spoke to a man who drove a loader at the mill until August. He asked not to be named because his son still works
there. "The men sleep in a shed with no heating," he said. "Their passports were taken by the foreman."
"""


@pytest.mark.parametrize("outlet,short", [("Vesna Media", "Vesna"), ("Sibir Post", "Sibir Post"), ("Taiga Files", "Taiga")])
@pytest.mark.parametrize("frag", ["sleep in a shed", "passports were taken"])
def test_the_man_the_outlet_spoke_to_speaks(outlet: str, short: str, frag: str) -> None:
    wording, kind, _ = speaker(MEDIA.format(outlet=outlet, short=short), frag)
    assert wording is not None and wording.startswith("a man who drove a loader") and kind == "anonymous_source"


def test_a_named_person_who_spoke_is_still_the_speaker() -> None:
    text = LEAD + "Rustam spoke slowly. \"Our passports were taken by the foreman,\" he said."
    wording, kind, _ = speaker(text, "passports were taken")
    assert wording == "Rustam" and kind == "named_person"


@pytest.mark.parametrize("before,role", [
    ("The sawmill is run for the Tomsk timber company Kedr-Les.", "Its director, Oleg Marchenko"),
    ("The recruiter, Baltic Star Placement, denied wrongdoing.", "Its managing director, Ruslan Ivanov"),
    ("The workers were hired by the building contractor Amur Montazh.", "Its owner, Pavel Sotnikov"),
])
def test_its_head_after_the_firm_named_speaks_for_it(before: str, role: str) -> None:
    text = LEAD + f"{before} {role}, said that \"nobody keeps passports here\"."
    wording, kind, _ = speaker(text, "nobody keeps")
    assert wording == role and kind == "organization"


@pytest.mark.parametrize("before", [
    "The Kestrel Workers' Union complained to the labour inspectorate.",  # a union's head is a person
    "Workers described the camp in detail.",  # no firm just named: the writers split on a bare "Its director"
])
def test_its_head_without_a_firm_just_named_stays_a_person(before: str) -> None:
    text = LEAD + f"{before} Its director, Oleg Marchenko, said that \"passports are taken\"."
    _, kind, _ = speaker(text, "passports are taken")
    assert kind == "named_person"


@pytest.mark.parametrize("phrase,kind", [
    ("A Colombo paper", "organization"),
    ("a Nepali newspaper", "organization"),
    ("A Kathmandu daily paper", "organization"),
    ("a working paper", "document"),
    ("a World Bank paper", "document"),
])
def test_papers_by_town_or_people(phrase: str, kind: str) -> None:
    wording, got, _ = speaker(LEAD + f"{phrase} reported that the workers were locked in their dormitory.", "locked in")
    assert got == kind and wording is not None and wording.lower() == phrase.lower()


@pytest.mark.parametrize("phrase", [
    "One driver, identified in court papers as Rashid K., a Pakistani national from Lahore,",
    "A cleaner, named in the indictment as Rosa T.,",
])
def test_a_person_identified_by_a_court_is_named(phrase: str) -> None:
    text = LEAD + f"{phrase} testified that his passport was taken on arrival."
    _, kind, _ = speaker(text, "passport was taken")
    assert kind == "named_person"


def test_a_worker_identified_by_a_label_is_no_name() -> None:
    text = LEAD + "One worker, identified in the report as Worker B, said that his passport was taken on arrival."
    _, kind, _ = speaker(text, "passport was taken")
    assert kind != "named_person"


def test_a_firm_lawyer_with_a_particle_surname_is_the_firm() -> None:
    text = LEAD + "A lawyer for Kestrel Foods, Salem al-Marri, said the wages \"were paid in full\"."
    assert speaker(text, "were paid in full")[1] == "organization"


RELEASE = """PRESS RELEASE - FOR IMMEDIATE RELEASE
Kampala, 3 March 2025

Ugandan cleaners in Qatar underpaid, survey finds

{lead} of 52 men who returned from cleaning work in Qatar in 2024 finds that most were paid less than promised.

Key findings:
- 40 of the 52 men had been promised QAR 1,200 a month; 31 of them were paid less.
- 27 said their supervisor took their passport on the day they arrived.
- 12 reported being locked in their dormitory at night.

"Men told us they were afraid to complain," said Sarah Nakato, a researcher at the centre.
"""


@pytest.mark.parametrize("frag", ["took their passport", "locked in their dormitory", "paid less than promised"])
def test_a_release_speaks_its_own_findings(frag: str) -> None:
    wording, kind, key = speaker(RELEASE.format(lead="A survey"), frag)
    assert key == "OUTLET"


def test_the_researcher_quoted_in_a_release_still_speaks() -> None:
    wording, kind, _ = speaker(RELEASE.format(lead="A survey"), "afraid to complain")
    assert wording is not None and wording.startswith("Sarah Nakato") and kind == "named_person"


def test_a_survey_by_another_body_stays_its_document() -> None:
    _, kind, key = speaker(RELEASE.format(lead="A survey by the Kampala Labour Office"), "paid less than promised")
    assert key != "OUTLET"


def test_a_count_given_with_its_people_still_speaks() -> None:
    text = RELEASE.replace("- 27 said their supervisor", "- 27 of the 52 men said their supervisor").format(lead="A survey")
    _, kind, key = speaker(text, "took their passport")
    assert key != "OUTLET" and kind == "anonymous_source"


def test_counts_in_a_news_story_are_not_the_page() -> None:
    text = RELEASE.replace("PRESS RELEASE - FOR IMMEDIATE RELEASE", "KAMPALA TIMES").format(lead="A survey")
    _, _, key = speaker(text, "took their passport")
    assert key != "OUTLET"


@pytest.mark.parametrize("text,frag", [
    (LEAD + 'A channel run by drivers shared a Telegram post about the yard. "The men sleep in the trucks and get no pay," the Telegram post said.',
     "sleep in the trucks"),
    (LEAD + "The 20-second clip shows a foreman beating a worker with a stick.", "beating a worker"),
])
def test_a_post_or_a_clip_is_a_document(text: str, frag: str) -> None:
    assert speaker(text, frag)[1] == "document"


def test_a_forum_post_stays_its_posters() -> None:
    text = LEAD + 'A forum post by a former driver said that "the men get no pay for months".'
    assert speaker(text, "no pay for months")[1] != "document"


WHO_SAYS = ("{lede} returned to Manila on Monday.\n\n"
            "Maria Santos, 41, told reporters that her employer in Riyadh kept her passport for two years.")


def test_a_lede_person_who_says_speaks_and_is_named_next() -> None:
    text = WHO_SAYS.format(lede="A cleaner from Cebu who says she was locked in the house for a year")
    wording, kind, key = speaker(text, "locked in the house")
    assert key != "OUTLET" and wording == "Maria Santos" and kind == "named_person"
    assert speaker(text, "kept her passport")[2] == key


@pytest.mark.parametrize("lede", [
    "A cleaner from Cebu who was locked in the house for a year",  # no saying verb: the page's account
    "A man who says he is a broker was seen with workers who were locked in the house for a year",  # who he is
])
def test_a_lede_person_without_an_account_is_not_the_speaker(lede: str) -> None:
    assert speaker(WHO_SAYS.format(lede=lede), "locked in the house")[2] == "OUTLET"


DIGEST = """HARBOUR LABOUR DIGEST - No. 14 - 3 March 2025
Compiled from public sources.

* RUSSIA / Uzbek loaders: {item}

* QATAR / Kenyan guards: Relatives in Mombasa say 30 guards have not been paid since June (Coast Courier, 1 Mar).
"""


def test_a_digest_item_is_the_credited_papers_report() -> None:
    text = DIGEST.format(item="Police in Kazan have opened a case after 40 loaders were found locked in a warehouse "
                              "(Volga Vestnik, 2 Mar).")
    wording, kind, _ = speaker(text, "locked in a warehouse")
    assert wording == "Volga Vestnik" and kind == "outlet"


def test_a_digest_item_with_its_own_speaker_keeps_it() -> None:
    item = "Police in Kazan found 40 loaders locked in a warehouse (ILO, 2021)."
    wording, kind, _ = speaker(DIGEST.format(item=item), "have not been paid")
    assert wording is not None and wording.endswith("Relatives in Mombasa") and kind == "anonymous_source"


@pytest.mark.parametrize("item", [
    "Police in Kazan found 40 loaders locked in a warehouse (ILO, 2021).",  # a citation, no credit with a day
    "Police in Kazan found 40 loaders locked in a warehouse (Volga Vestnik).",  # no date: no digest credit
])
def test_a_bracket_that_credits_no_paper_leaves_the_page(item: str) -> None:
    assert speaker(DIGEST.format(item=item), "locked in a warehouse")[2] == "OUTLET"


CHANNEL = ("{before} The 30-second video shows men sleeping on mats among bags of cement. "
           "\"The men live on the twelfth floor and work nights without pay,\" the post said.")


def test_a_channels_post_is_a_document() -> None:
    text = LEAD + CHANNEL.format(before="A Telegram channel run by crane operators in Vladivostok published a video.")
    wording, kind, _ = speaker(text, "work nights without pay")
    assert wording == "the post" and kind == "document"


def test_a_post_with_no_channel_named_keeps_its_poster() -> None:
    text = LEAD + CHANNEL.format(before="A crane operator in Vladivostok shared a video online.")
    assert speaker(text, "work nights without pay")[1] != "document"


def _same_source(text: str, a: str, b: str) -> bool:
    return speaker(text, a)[2] == speaker(text, b)[2]


def test_a_lede_group_named_next_is_one_source() -> None:
    text = ("NAIROBI, March 2 - Kenyan cleaners back from Qatar describe being locked in their dormitories, a Mombasa "
            "rights group said on Sunday.\n\nPwani Workers Watch said 18 of the 30 returnees it interviewed had their "
            "passports taken on arrival.")
    assert _same_source(text, "locked in their dormitories", "passports taken")


def test_a_firm_named_after_a_lede_group_is_another_source() -> None:
    text = ("NAIROBI, March 2 - Kenyan cleaners back from Qatar describe being locked in their dormitories, a Mombasa "
            "rights group said on Sunday.\n\nKestrel Cleaning Services said 18 of the 30 workers had their passports "
            "taken on arrival for safekeeping.")
    assert not _same_source(text, "locked in their dormitories", "passports taken")


def test_the_families_are_the_relatives_named_before() -> None:
    text = LEAD + ("Some thirty men at the yard have not been paid for three months, their relatives told reporters. "
                   "According to the families, each man paid 900 dollars to a recruiter who promised them a wage of "
                   "1,000 dollars a month.")
    assert _same_source(text, "not been paid", "each man paid")


def test_one_workers_family_is_not_the_relatives() -> None:
    text = LEAD + ("Some thirty men at the yard have not been paid for three months, their relatives told reporters. "
                   "One of the men is held in a locked shed, and the family said the company demanded 900 dollars for "
                   "his release.")
    assert not _same_source(text, "not been paid", "demanded 900 dollars")


def test_a_clause_after_the_quote_is_no_speaker() -> None:
    text = LEAD + ("One of the welders, Timur Ergashev, told the court that the foreman threatened to \"call the "
                   "migration police\" whenever the men asked about money.")
    wording, kind, _ = speaker(text, "threatened to")
    assert wording is not None and "Timur Ergashev" in wording and kind == "named_person"


@pytest.mark.parametrize("phrase,kind", [
    ("Ergashev's sister Dilnoza", "named_person"),
    ("his brother Brian", "named_person"),
    ("Ergashev's sister", "anonymous_source"),
])
def test_a_relative_given_a_name_is_named(phrase: str, kind: str) -> None:
    text = LEAD + f"{phrase} said by phone that the men had not been paid for three months."
    assert speaker(text, "not been paid")[1] == kind


@pytest.mark.parametrize("sentence", [
    "The subcontractor retained the workers' migration cards and work patents at the site office.",
    "The foreman took the Uzbek workers' migration cards on the day they arrived.",
])
def test_migration_cards_are_identity_documents(sentence: str) -> None:

    assert "retention_of_identity_documents" in indicators(sentence)


BULLETIN = """MINISTRY OF LABOUR
Monthly Inspection Bulletin No. 7/2025

1. Inspectors visited 120 farms in the northern districts.

2. Violations were recorded against 9 farms, including:
   a) non-payment of wages to 41 workers for periods exceeding three months (5 farms);
   b) holding of workers' passports without their consent (3 farms);
   c) housing of 22 workers in sheds that did not meet health and safety requirements (1 farm).

3. The ministry recommends that employers:
   (a) raise their concerns with the district office;
   (b) register every worker.
"""


def _bulletin_claims() -> dict[str, set[str]]:

    return {c.text: {h.indicator for h in c.indicators} for c in analyse(BULLETIN, META).claims}


@pytest.mark.parametrize("item,indicator", [
    ("a) non-payment of wages", "withholding_of_wages"),
    ("b) holding of workers' passports", "retention_of_identity_documents"),
    ("c) housing of 22 workers", "abusive_working_and_living_conditions"),
])
def test_each_finding_of_a_lettered_list_is_a_claim(item: str, indicator: str) -> None:
    found = [inds for text, inds in _bulletin_claims().items() if text.startswith(item)]
    assert len(found) == 1 and indicator in found[0]


def test_a_recommendation_in_a_lettered_list_is_no_claim() -> None:
    assert not any("raise their concerns" in text for text in _bulletin_claims())


@pytest.mark.parametrize("sentence", [
    "Non-payment of wages is an offence under the labour code.",
    "The new hostel meets all health and safety requirements.",
])
def test_the_law_and_a_compliant_hostel_are_no_findings(sentence: str) -> None:

    assert not indicators(sentence) & {"withholding_of_wages", "abusive_working_and_living_conditions"}


@pytest.mark.parametrize("sentence,indicator,present", [
    ("The video shows the employer striking a kneeling man in a driver's uniform.", "physical_and_sexual_violence", True),
    ("Striking workers blocked the road to the port for a day.", "physical_and_sexual_violence", False),
    ("The strike hit the workers hard.", "physical_and_sexual_violence", False),
    ("The crisis is striking the workers hard.", "physical_and_sexual_violence", False),
    ("Migrant maids describe being locked inside homes for months.", "restriction_of_movement", True),
    ("She said she got out only after a neighbour's driver took her to the embassy.", "withholding_of_wages", False),
])
def test_blows_confinement_and_getting_out(sentence: str, indicator: str, present: bool) -> None:

    assert (indicator in indicators(sentence)) is present


@pytest.mark.parametrize("sentence,note", [
    ("The Digest summarises published reports and does not verify items independently.", True),
    ("We do not independently verify the figures that agencies send us.", True),
    ("The employer does not pay the workers on time.", False),
])
def test_a_blanket_does_not_verify_note(sentence: str, note: bool) -> None:

    assert is_unconfirmed(sentence) is note


@pytest.mark.parametrize("header,language", [
    ("Source language: Russian", "ru"),
    ("Source language: Swahili", "sw"),
    ("Source language: English", None),
])
def test_a_monitoring_header_gives_the_source_language(header: str, language: str | None) -> None:

    text = f"Item 4 of 20\nSource: Volga Vestnik (Kazan), city news site\n{header}\n\nWorkers at a Kazan plant were not paid.\n"
    assert analyse(text, META).meta.original_language == language


DIGEST_ITEM = """Item 9 of 24
Source: Volga Vestnik (Kazan), city news site
Source language: Russian
Monitoring note: follow-up of Item 8; adds the police response.

Loaders locked in Kazan warehouse, police say

This story is republished from The Kama Courier under a content-sharing agreement.

Police in Kazan said 40 loaders from Tajikistan had been locked in a warehouse and had not been paid for four months.

Volga Vestnik spoke to a man who worked at the warehouse until May. "The doors were locked every night," he said.

Notes to editors: The full inspection report is available on request.
This digest reaches you because you signed up at volgadigest.example.
"""


def test_digest_lines_are_no_claims() -> None:
    texts = [c.text for c in analyse(DIGEST_ITEM, META).claims]
    assert any("locked in a warehouse" in t for t in texts)
    assert any("doors were locked" in t for t in texts)
    for line in ("Item 9", "Monitoring note", "republished", "Notes to editors", "reaches you", "spoke to a man"):
        assert not any(line in t for t in texts), line


def test_meeting_a_person_who_was_beaten_stays_a_claim() -> None:
    text = LEAD + "We spoke to a woman who was beaten by her employer and held in the house for a year."
    assert speaker(text, "beaten by her employer") is not None


@pytest.mark.parametrize("sentence,indicator,present", [
    ("The ministry ordered a private security company to settle wage arrears owed to dozens of its guards.",
     "withholding_of_wages", True),
    ("The ministry ordered a private security company to settle wage arrears owed to dozens of its guards.",
     "debt_bondage", False),
    ("Kestrel Ltd's Ministry of Labour liaison said on Sunday that the yard would reopen.", "excessive_overtime", False),
    ("The men labour on Sundays and holidays at the yard.", "excessive_overtime", True),
])
def test_arrears_owed_and_a_labour_body_on_sunday(sentence: str, indicator: str, present: bool) -> None:
    from labourlens.analyse import indicators as ind

    assert (indicator in {h.indicator for h in ind.match(sentence, 0).hits}) is present
