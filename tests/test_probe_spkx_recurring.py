"""Speaker wordings that recur across many diagnosis sets (branch spkx): an ordinal standing for one person
of a group just met ("The first said", "A fourth, who asked not to be named, said"), an estimate given with
"put ... at" ("A subcontractor put the monthly charge at 9,000 zloty"), people nouns the lexicon lacked ("a
provincial deputy", "diggers at the pits", "landowners near the site"), and what a boss or an agency "told him"
or "told her" in a worker's story (the story's voice, not the boss's). Every text is written for this test;
people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.estimate_mentions import put_at_mention
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


def _speaker(a, needle: str) -> tuple[str | None, str | None]:
    c = next(c for c in a.claims if needle in c.text)
    s = a.source(c.source)
    return (s.wording if s else None, s.kind if s else None)


# ------------------------------------------------------------------ ordinals for one person of a group


def test_the_first_said_is_one_of_the_women() -> None:
    m = find_mention("The first said she was told her wages went to the agent and she could never leave.")
    assert m is not None and m.wording == "The first" and m.cue == "said"


def test_a_fourth_who_asked_not_to_be_named() -> None:
    text = ("Three guards at a warehouse in Klang said their passports were held by the firm. A fourth, who asked not "
            "to be named because he still works there, said the company deducted 300 ringgit a month from his pay "
            "and would not return his passport.")
    assert _speaker(analyse(text, META), "deducted 300 ringgit") == ("A fourth", "anonymous_source")


@pytest.mark.parametrize("np,kind", [
    ("A fourth", "anonymous_source"),
    ("a third", "anonymous_source"),
    ("A fourth report", "document"),  # a noun after the ordinal decides
])
def test_indefinite_ordinal_kinds(np: str, kind: str) -> None:
    assert classify(np) == kind


def test_first_as_an_adverb_is_still_cut() -> None:
    # "first" after a subject with a noun is when it spoke, not part of the speaker
    m = find_mention("The company first said the workers' passports were kept for safekeeping.")
    assert m is not None and m.wording == "The company"


# ------------------------------------------------------------------ "put ... at" estimates


def test_put_the_charge_at_a_figure() -> None:
    text = ("Migrant welders at a shipyard in Gdansk have their passports held by a broker. A subcontractor familiar "
            "with the arrangement put the monthly charge at 9,000 zloty per worker, of which the men are thought to "
            "keep no more than a fifth.")
    assert _speaker(analyse(text, META), "monthly charge") == (
        "A subcontractor familiar with the arrangement", "anonymous_source")


def test_put_a_quoted_guess() -> None:
    m = put_at_mention('The first contractor put the number he had seen at "perhaps forty"; the second would not guess.')
    assert m is not None and m.wording == "The first contractor" and m.cue == "estimate" and m.direct


def test_put_the_revenue_at_goes_to_the_pronoun() -> None:
    m = put_at_mention("He put the annual revenue from their wages at up to $50 million.")
    assert m is not None and m.wording == "He"


@pytest.mark.parametrize("sentence", [
    "The broker put the men at the back of the bus and took their passports at the border.",  # a placing
    "The agency put workers at risk by holding their documents.",
    "Managers put pressure on the women at night to finish the orders.",
])
def test_put_without_a_figure_is_no_estimate(sentence: str) -> None:
    assert put_at_mention(sentence) is None


# ------------------------------------------------------------------ people nouns


@pytest.mark.parametrize("np,kind", [
    ("a provincial deputy", "official"),
    ("a State Duma deputy", "official"),
    ("diggers at the pits near Jos", "anonymous_source"),
    ("landowners near the site", "anonymous_source"),
    ("The crew lists", "document"),  # "lists" is the head: papers, not the crew
])
def test_people_nouns(np: str, kind: str) -> None:
    assert classify(np) == kind


def test_according_to_a_provincial_deputy() -> None:
    text = ("Foreign builders at a stadium site in Kolwezi have not been paid for months. According to a provincial "
            "deputy, the men are locked inside the site at night and cannot leave.")
    assert _speaker(analyse(text, META), "locked inside the site") == ("a provincial deputy", "official")


def test_landowners_say_at_the_end() -> None:
    text = ("LAE - About 60 foreign workers building a wharf are kept inside a fenced camp at night and are not "
            "allowed to leave, landowners near the site say.")
    assert _speaker(analyse(text, META), "fenced camp") == ("landowners near the site", "anonymous_source")


# ------------------------------------------------------------------ what a character of the story told him


def test_the_supervisor_told_him_is_the_story() -> None:
    text = ("Karim, 24, paid a broker in Sylhet for a job at a fish plant in Murmansk. His passport was taken on "
            "arrival and he was paid half of what he had been promised. When he asked for the rest, the supervisor "
            "told him he still owed 150,000 rubles for his ticket and could not leave the plant until it was repaid.")
    assert _speaker(analyse(text, META), "still owed") == (None, "outlet")


def test_her_employers_wife_told_her_is_the_story() -> None:
    text = ("Amina, 31, went to Riyadh as a housemaid in 2022.\n\n"
            "She was not paid for eight months. When she asked, her employer's wife told her the money was \"with the "
            "office\" and would be paid at the end of the two years, and her passport was kept in a drawer.")
    wording, _ = _speaker(analyse(text, META), "with the")
    assert wording != "her employer's wife"


def test_a_boss_who_told_me_was_heard() -> None:
    # told "me": the writer heard the boss, who speaks
    text = ("Pickers at a farm in Kent say their passports were taken by the agency. Their supervisor told me they "
            "have a quota to fulfil and they cannot go home until it is done.")
    assert _speaker(analyse(text, META), "quota to fulfil") == ("Their supervisor", "anonymous_source")


def test_the_company_told_them_goes_on_with_the_source() -> None:
    # "told them" after a person's account: the account goes on (unchanged behaviour)
    text = ("The source said the builders were owed five months' wages and could not leave the site.\n\n"
            "The source said the men were owed five months' wages. The company had told them the money would be paid "
            "only when the plan was fulfilled and that nobody could leave before.")
    wording, kind = _speaker(analyse(text, META), "only when the plan")
    assert kind == "anonymous_source" and wording is not None and "source" in wording.lower()


# ------------------------------------------------------------------ chains: the one cited speaks


def test_a_report_cited_a_member_state_as_saying() -> None:
    m = find_mention("The annual report of the monitoring group, published in May after long delays, cited a member "
                     "state as saying that \"several thousand\" workers were kept in debt bondage at the kilns.")
    assert m is not None and m.wording == "a member state"


def test_an_outlet_that_quoted_someone_keeps_its_old_reading() -> None:
    # an outlet (not a document) that "quoted X as saying": this rule leaves it to the others
    from labourlens.analyse.relay_chains import cited_as_saying

    assert cited_as_saying("Last month Kantipur, a Nepali daily, quoted an unnamed official in Kathmandu as saying "
                           "that 300 workers were stranded.") is None


def test_told_an_outlet_citing_its_attache() -> None:
    m = find_mention("The Nepali embassy told the daily Kantipur, citing its labour attaché, that 20 of the men had sought "
                     "refuge at the embassy after their passports were taken.")
    assert m is not None and m.wording == "its labour attaché" and m.relay == "The Nepali embassy"


def test_told_reporters_citing_records_keeps_the_teller() -> None:
    # records cited back the teller's own statement: the ministry speaks
    m = find_mention("The ministry told reporters, citing police records, that 40 workers had fled the kilns.")
    assert m is not None and m.wording == "The ministry"


def test_quoted_as_saying_by_a_lawmaker() -> None:
    m = find_mention("The workers entered Malaysia on trainee visas and are likely being paid through intermediaries so "
                     "that their wages do not show up in Malaysian payroll records, the National Security Service was "
                     "quoted as saying by Tan Wei-ming, a member of parliament's security committee.")
    assert m is not None and m.wording == "the National Security Service"


# ------------------------------------------------------------------ inspections are the body's acts


def test_according_to_the_press_service_the_inspection_found() -> None:
    m = find_mention("According to the press service, the inspection found that 23 foreign workers lived in two "
                     "wagons without heating.")
    assert m is not None and m.wording == "the press service"


def test_according_to_a_lawmaker_the_bureau_estimated() -> None:
    # a body cited inside the according-to phrase still speaks (unchanged)
    m = find_mention("According to the lawmaker, the bureau estimated that 10,000 workers were in the kilns.")
    assert m is not None and m.wording == "the bureau" and m.relay == "the lawmaker"


@pytest.mark.parametrize("np,act", [
    ("the inspection", True),
    ("an earlier inspection in March", True),
    ("a surprise raid", True),
    ("the inspection report", False),
    ("the inspection team", False),
    ("the audit", False),
])
def test_state_acts(np: str, act: bool) -> None:
    from labourlens.analyse.inspection_acts import state_act

    assert state_act(np) is act


# ------------------------------------------------------------------ a name given right after the role


def test_one_of_the_men_then_his_first_name() -> None:
    m = find_mention("\"The mate kicked us when we were slow,\" said one of the deckhands, Budi, who asked that his "
                     "family name not be used.")
    assert m is not None and m.wording == "one of the deckhands, Budi" and classify(m.wording) == "named_person"


def test_identified_only_by_her_family_name() -> None:
    m = find_mention("\"Letters went through the manager,\" said the woman, who asked to be identified only by her "
                     "family name, Pak.")
    assert m is not None and m.wording == "Pak"


def test_said_a_pseudonym() -> None:
    text = ("Migrant scaffolders in Doha pay recruiters up to $1,500 each. \"I went to pay off one loan and came back with "
            "a bigger one, and the company kept my passport,\" said Hari (not his real name), a 29-year-old scaffolder "
            "from Jhapa.")
    assert _speaker(analyse(text, META), "kept my passport") == ("Hari", "named_person")


def test_a_place_after_the_comma_is_no_name() -> None:
    m = find_mention("\"We were locked in at night,\" said one of the drivers, Osh, who asked not to be named.")
    assert m is not None and m.wording == "one of the drivers"


# ------------------------------------------------------------------ reduced relatives after "we" or "now"


@pytest.mark.parametrize("sentence,wording", [
    ("Two employers we approached said that they did not hold their workers' passports.", "Two employers we approached"),
    ("A former picker now resettled in Germany told the union that the supervisor collected everyone's phones.",
     "A former picker now resettled in Germany"),
])
def test_reduced_relative_speakers(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_a_participle_clause_is_still_no_speaker() -> None:
    from labourlens.analyse.speakers import _plausible

    assert not _plausible("the women locked in the dormitory")


# ------------------------------------------------------------------ a report an outlet published


@pytest.mark.parametrize("np,kind", [
    ("an article in the Irkutsk-based outlet Baikal Files", "outlet"),
    ("The report, published last week by the Almaty-based outlet Steppe Ledger", "outlet"),
    ("a story in the local newspaper Volga Pravda", "outlet"),
    ("a report by the ministry", "document"),  # no outlet: the ministry's paper
    ("A 2023 investigation by a consortium of European media", "document"),
    ("a report in the newspaper", "document"),  # no name given
])
def test_reports_an_outlet_published(np: str, kind: str) -> None:
    assert classify(np) == kind


def test_the_report_published_by_an_outlet_said() -> None:
    text = ("Moscow rejected the report. The report, published last week by the Almaty-based outlet Steppe Ledger, said at "
            "least 300 migrant builders were working on three housing blocks and had not been paid since the spring.")
    wording, kind = _speaker(analyse(text, META), "not been paid since")
    assert kind == "outlet" and wording is not None and "Steppe Ledger" in wording


# ------------------------------------------------------------------ a state body inside a transcript turn


def test_a_state_body_in_a_witness_turn_speaks() -> None:
    text = ("HEARING OF THE SUBCOMMITTEE ON LABOUR\n\n"
            "MS. ORTEGA: The consulate said in a statement last month that there are \"no foreign workers held against "
            "their will\" at the plants.")
    wording, kind = _speaker(analyse(text, META), "no foreign workers held")
    assert kind == "official" and wording is not None and "consulate" in wording.lower()


def test_a_firm_in_a_witness_turn_is_relayed() -> None:
    # a firm, an agency or a recruiter the witness quotes stays the witness's account (unchanged)
    from labourlens.analyse.source_backrefs import body_opens_turn

    assert body_opens_turn("The recruitment agency", 0, "SANTOS")
    assert body_opens_turn("The agency in Cebu", 0, "SANTOS")  # the agency that recruited the witness
    assert not body_opens_turn("The consulate", 0, "ORTEGA")


# ------------------------------------------------------------------ a source introduced by "gave a similar account"


def test_similar_account_with_a_clause_registers_the_source() -> None:
    text = ("Ukrainian women who pack fish at plants in Gdynia have not been paid since August, according to sources in "
            "Poland and Ukraine.\n\n"
            "A trading company clerk in Gdynia said the managers write the wages into a ledger. \"Nobody has seen cash "
            "since the summer,\" the clerk said.\n\n"
            "A source in Lviv Oblast with a daughter on one of the packing floors gave a similar account. The women are let out of the "
            "dormitory once a month, with a minder, the source said.")
    wording, kind = _speaker(analyse(text, META), "let out of the dormitory")
    assert kind == "anonymous_source" and wording is not None and "Lviv" in wording


@pytest.mark.parametrize("sentence,wording", [
    ("A second former welder, who goes by Taras and worked in Gdansk until 2021, told a similar story.", "Taras"),
    ("The company told a different story.", "The company"),
    ("The former foreman, an engineer who ran the site until May, gave the most detailed account.",
     "The former foreman, an engineer who ran the site until May"),
    ("Maria, most of the women we spoke to told the same story: long days and no rest.", "most of the women we spoke to"),
])
def test_account_openers(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_one_of_them_after_a_quote_keeps_the_role() -> None:
    # '"...," one of them, a kiln operator, said': the role in apposition is the speaker's description, as when the
    # same phrase opens the sentence ("One of them, a kiln operator, said ...")
    m = find_mention("\"Once you clock in at seven, you cannot go out until seven at night,\" one of them, a brick "
                     "moulder, said.")
    assert m is not None and m.wording == "one of them, a brick moulder"


def test_one_of_them_alone_after_a_quote() -> None:
    m = find_mention("\"They took our passports,\" one of the welders said.")
    assert m is not None and m.wording == "one of the welders"
