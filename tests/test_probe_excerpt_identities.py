"""One source kept through a short excerpt: a lede's unnamed speaker named in the next paragraph with only an age,
a home or an employer ("A cook who fled ..." then "Lina Moreau, 33, from Lyon, said"), or after a possessive ("their
lawyer said" then "Lawyer Omar Haddad said"); an orphan "she said" at the cut-off start and '"...," the official
added'; a dismissal worded as "called the information ..."; "The workers state that ..."; a local government
speaking as "the county"; the points a statement numbers in one paragraph; and a plain sentence between someone's
report and a quotation tagged as theirs. Mini-documents in our own wording, with controls that must not change."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


LEDE_NAMED = [
    ("The Harbour Gazette\n\nA cook who returned last week from two years on a trawler says the crew were beaten "
     "and paid nothing until the boat reached Durban.\n\nLina Moreau, 33, from Marseille, told the Gazette that "
     "each of them had paid a recruiter 2,000 euros in fees.\n\n\"The captain locked the radio room,\" Moreau said.\n",
     ["crew were beaten", "paid a recruiter", "locked the radio room"]),
    ("Coast Daily\n\nA shelter in Muscat took in 30 maids this summer, most of them owed four months' wages, a "
     "volunteer told Coast Daily.\n\n\"Their passports are kept by the employers,\" said Ruth Owino of the Tumaini "
     "Help Line, which runs the shelter.\n",
     ["owed four months", "passports are kept"]),
    ("City Ledger\n\nAbout 40 welders at a shipyard in Gdansk were kept on the site for weeks, their lawyer said "
     "on Monday.\n\nLawyer Omar Haddad, who represents twelve of them, said the foreman had taken their passports.\n",
     ["kept on the site", "taken their passports"]),
]


@pytest.mark.parametrize("text,needles", LEDE_NAMED)
def test_lede_speaker_named_later_is_one_source(text: str, needles: list[str]) -> None:
    found = claim_sources(text)
    got = [find_claim(found, n) for n in needles]
    assert len({g[2] for g in got}) == 1, got
    assert got[0][0] == "named_person", got


@pytest.mark.parametrize("text,first,second", [
    # another person of the same kind is someone else
    ("The Harbour Gazette\n\nA cook who returned last week says the crew were beaten.\n\nAnother cook, Lina Moreau, "
     "33, said the recruiter had kept her passport.\n", "crew were beaten", "kept her passport"),
    # a name given with a role of another kind is another person
    ("The Harbour Gazette\n\nA cook who returned last week says the crew were beaten.\n\nLina Moreau, a lawyer in "
     "Durban, said the recruiter had kept the passports of the men.\n", "crew were beaten", "kept the passports"),
    # a name alone says nothing of who the person is
    ("The Harbour Gazette\n\nA cook who returned last week says the crew were beaten.\n\nLina Moreau said the "
     "recruiter had kept the passports of the men.\n", "crew were beaten", "kept the passports"),
])
def test_other_people_stay_apart(text: str, first: str, second: str) -> None:
    found = claim_sources(text)
    assert find_claim(found, first)[2] != find_claim(found, second)[2], found


def test_orphan_pronoun_named_by_the_official_who_added() -> None:
    text = ("and were then sent to work in private homes without pay, and their passports were taken by the "
            "recruiters, she said.\n\n\"Several of them were locked in and could not call their families,\" the "
            "official added.\n\nOne of the returnees said her employer had kept her passport.\n")
    found = claim_sources(text)
    a, b = find_claim(found, "without pay"), find_claim(found, "locked in")
    assert a[2] == b[2] and a[0] == "official", found
    assert find_claim(found, "kept her passport")[2] != a[2], found


def test_orphan_pronoun_not_named_after_someone_else_spoke() -> None:
    text = ("and were then sent to work in private homes without pay, and their passports were taken by the "
            "recruiters, she said.\n\nOne of the returnees, Ada Obi, said she had been beaten by her employer.\n\n"
            "\"Several of them were locked in,\" the official added.\n")
    found = claim_sources(text)
    assert find_claim(found, "without pay")[2] != find_claim(found, "locked in")[2], found


@pytest.mark.parametrize("verb_phrase", ["called the information \"a lie.\"", "called the accounts \"invented.\""])
def test_dismissal_names_the_speaker_of_the_next_quotation(verb_phrase: str) -> None:
    text = ("Valley Herald\n\nA local man said about 30 foreign workers sleep in a barn behind the greenhouses. "
            "\"They never leave the farm,\" he said.\n\n"
            f"The owner of the farm, Pavel Orlov, {verb_phrase} \"We have no foreign workers. Everyone here is "
            "paid,\" he said.\n")
    found = claim_sources(text)
    assert find_claim(found, "Everyone here is")[2] != find_claim(found, "never leave the farm")[2], found
    assert "Orlov" in (find_claim(found, "Everyone here is")[1] or ""), found


def test_plural_present_state_reports() -> None:
    text = ("Union bulletin\n\nThe union has received complaints from 40 welders at a yard in Busan. The workers "
            "state that they were locked in the dormitory at night, that the foreman kept their passports and that "
            "they have not been paid for four months.\n")
    found = claim_sources(text)
    assert find_claim(found, "locked in the dormitory")[1] == "The workers", found


def test_state_in_a_place_name_is_no_speech_verb() -> None:
    text = ("Gulf Bulletin\n\nMigrant workers from Shan State said their passports were taken by the broker and "
            "that they were not paid for five months.\n")
    found = claim_sources(text)
    assert find_claim(found, "not paid for five months")[1] == "Migrant workers from Shan State", found


def test_the_county_speaks_as_a_state_body() -> None:
    text = ("Valley Times\n\nThe county said 12 of the 40 workers it interviewed had not received their wages for "
            "three months and that farmers had kept their passports.\n")
    assert find_claim(claim_sources(text), "had not received")[0] == "official"


def test_families_speak() -> None:
    text = ("Provincial Weekly\n\nThree women returned from a workshop in Moscow where they were locked in at night "
            "and their passports were taken by the owner, their families said.\n")
    assert find_claim(claim_sources(text), "locked in at night")[0] == "anonymous_source"


def test_numbered_points_of_a_statement_are_its_speakers() -> None:
    text = ("Union statement\n\nThe union said the workers were locked in at night, forced to work 16 hours a day "
            "and that their passports were taken by the supervisor.\n\n"
            "In a reply to the union, Orchid Garments Ltd stated: (1) All overtime at the plant "
            "is voluntary. (2) No worker's passport is held by the company. (3) Wages are paid on time.\n")
    found = claim_sources(text)
    keys = {find_claim(found, n)[2] for n in ("overtime at the plant", "passport is held", "paid on time")}
    assert len(keys) == 1 and find_claim(found, "passport is held")[0] == "organization", found
    assert find_claim(found, "locked in at night")[2] not in keys, found


def test_plain_sentence_before_a_tagged_quotation_is_the_speakers() -> None:
    text = ("Provincial Weekly\n\nNguyen Lan, 24, told reporters that a broker had promised her a work visa. "
            "Once in Moscow the owner of the workshop took her passport. \"We sewed until midnight. "
            "The door was locked,\" Lan said.\n")
    found = claim_sources(text)
    assert find_claim(found, "workshop took her passport")[2] == find_claim(found, "promised her a work visa")[2], found


def test_plain_sentence_before_another_speakers_quotation_stays() -> None:
    text = ("Provincial Weekly\n\nNguyen Lan, 24, told reporters that a broker had promised her a work visa. "
            "The owner of the workshop took the passports of the women. \"We paid everyone,\" the owner said.\n")
    found = claim_sources(text)
    assert find_claim(found, "took the passports")[2] != find_claim(found, "promised her a work visa")[2], found


def test_surnamed_after_the_speech_tag_names_the_speaker() -> None:
    text = ("Harbour Evening News\n\nMigrant crewmen on a squid boat said the agency kept their identity cards and a "
            "deposit, and that the captain beat them.\n\n\"If you wanted to leave the boat you had to repay the "
            "deposit. Nobody had that money,\" said another of the men, surnamed Zhao.\n")
    found = claim_sources(text)
    got = find_claim(found, "repay the deposit")
    assert got[0] == "named_person" and got[1] == "Zhao", found


def test_person_from_a_place_is_the_antecedent_of_he() -> None:
    text = ("Harbour Evening News\n\nMigrant crewmen say the agency kept their identity cards and a deposit and the "
            "captain beat them.\n\nAfter two years at sea, 24-year-old Chen Bo from Weihai came home with almost "
            "nothing. His contract, he said, promised 5,000 yuan a month, but the agency kept his wages for a year.\n")
    got = find_claim(claim_sources(text), "promised")
    assert got[0] == "named_person" and "Chen Bo" in (got[1] or ""), got


def test_instead_goes_on_with_the_account() -> None:
    text = ("Island Standard\n\nEleven migrant workers forced to work for a scam operation in Myawaddy returned home, "
            "the immigration agency said.\n\nThe group had been promised \"office\" jobs in Bangkok, agency "
            "spokesperson Ana Cruz said. Instead they were driven to a guarded compound, their passports taken, and "
            "forced to work 16 hours a day.\n")
    found = claim_sources(text)
    assert find_claim(found, "Instead they")[2] == find_claim(found, "promised")[2] != "OUTLET", found


def test_instead_after_the_page_voice_stays_the_page() -> None:
    text = ("Island Standard\n\nThe group had been promised office jobs in Bangkok. Instead they were driven to a "
            "guarded compound and forced to work 16 hours a day, their passports taken.\n")
    assert find_claim(claim_sources(text), "Instead they")[2] == "OUTLET"


@pytest.mark.parametrize("second,speaks", [
    ("They were promised 9,000 tenge a day but say they were paid 4,000 tenge and had their passports taken.", True),
    ("They were promised 9,000 tenge a day but were paid 4,000 tenge and had their passports taken.", False),
])
def test_but_say_makes_the_subject_the_speaker(second: str, speaks: bool) -> None:
    text = ("Steppe Dispatch\n\nThe men said a crew boss locked the barracks at night and kept their passports. "
            f"{second}\n")
    found = claim_sources(text)
    same = find_claim(found, "promised 9,000")[2] == find_claim(found, "locked the barracks")[2]
    assert same is speaks, found


@pytest.mark.parametrize("outlet,np,own", [
    ("Semanário Nova Voz", "Nova Voz", True),   # the paper's name without the word for "weekly"
    ("Diário do Planalto", "do Planalto", False),  # not a name on its own
    ("Semanário Nova Voz", "Voz", False),  # one word of it is not its name
    ("Gazeta Nova Voz", "Nova Gazeta", False),
])
def test_outlet_named_without_its_first_word_is_the_outlet(outlet: str, np: str, own: bool) -> None:
    from labourlens.analyse.registry import Registry
    from labourlens.analyse.speakers import OUTLET_KEY, Mention

    src = Registry(outlet=outlet).resolve(Mention(np, 0, len(np), "found"), 0, "")
    assert (src.key == OUTLET_KEY) is own, src


def test_titled_name_in_apposition_is_the_next_she() -> None:
    text = ("Copper Times\n\nMr Henry Tembo, branch secretary of the miners' union, said contract miners work 12-hour "
            "shifts underground and are threatened with dismissal if they refuse.\n\nThe union's national president, "
            "Ms Ruth Phiri, speaking separately, was more cautious. She said the broker may be deducting fees from "
            "wages without explaining them.\n")
    got = find_claim(claim_sources(text), "deducting fees")
    assert "Ruth Phiri" in (got[1] or ""), got


def test_many_kinds_of_abuse_are_no_ordinary_dispute() -> None:
    text = ("Copper Times\n\nContract miners hired through a broker say they are paid K3,000 a month for 12-hour "
            "underground shifts and are threatened with dismissal if they refuse to work without lamps. They sleep "
            "twelve to a room in a hostel without water. The broker promised them K5,000 a month.\n\nThe union's "
            "branch secretary said at least 200 workers are on such contracts and that nobody receives compensation "
            "when injured.\n")
    assert claim_sources(text), "four kinds of abuse cue: not an ordinary dispute"


def test_told_county_officials_then_an_aside() -> None:
    text = ("Valley Times\n\nMigrant farm workers had their passports kept by their employers. A broker in Laguna had "
            "charged each worker about 50,000 pesos before departure, the workers told county officials, a debt they "
            "were paying off out of their wages.\n")
    assert find_claim(claim_sources(text), "charged each worker")[1] == "the workers"


def test_byline_on_its_own_line_above_the_date_is_no_speaker() -> None:
    text = ("The Harbour Courier > China > Society\n\nWorkers air grievances online\n\nMaya Leung\nPublished: 9:15am, "
            "3 Aug 2024\n\nA thread posted this week by a man who says he is a welder at a smelter in Sulawesi has "
            "been shared widely, drawing attention to Chinese migrant workers whose passports are kept by contractors "
            "abroad. In a later post he said workers who wanted to go home were told to pay a penalty of 20,000 "
            "yuan.\n")
    got = find_claim(claim_sources(text), "pay a penalty")
    assert "Leung" not in (got[1] or ""), got


def test_name_on_its_own_line_above_its_words_still_speaks() -> None:
    text = ("Forum digest\n\nLi Ming\nWe worked 14 hours a day and the agency kept our passports.\n\nLi Ming said the "
            "broker charged each of them 20,000 yuan.\n")
    got = find_claim(claim_sources(text), "broker charged")
    assert "Li Ming" in (got[1] or ""), got


def _polarity(text: str, needle: str) -> str:
    a = analyse(text, META)
    for c in a.claims:
        if needle in c.text:
            return c.polarity
    raise AssertionError(f"no claim with {needle!r}: {[c.text for c in a.claims]}")


_DENIAL_LEAD = ("Valley Times\n\nMigrant workers at the Orchid Garments plant say their passports were taken, they "
                "were locked in the dormitory at night and their wages were withheld for four months.\n\n")


@pytest.mark.parametrize("sentence,needle,negated", [
    ("The company said the workers have unrestricted access to their travel documents.", "unrestricted access", True),
    ("The company said the thread contained \"seriously false information\".", "false information", True),
    ("\"We have no foreign citizens on our staff,\" the director said.", "no foreign citizens", True),
    ("The manager said wages had been \"settled according to the contract\".", "settled according", True),
    ("The company said no complaint of harassment has been filed with its grievance office.", "no complaint", True),
    ("Police said officers had inspected the plant and found no one held against their will.", "found no one", True),
    # controls: an account of abuse stays affirmed
    ("The workers said they had no access to their passports for a year.", "no access to their passports", False),
    ("The union said a complaint that a supervisor beat two women has been filed with the police.", "supervisor beat", False),
])
def test_denials_worded_as_compliance(sentence: str, needle: str, negated: bool) -> None:
    assert (_polarity(_DENIAL_LEAD + sentence + "\n", needle) == "negated") is negated
