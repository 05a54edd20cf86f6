"""Ordinal and second sources, documents as speakers and groups (invented texts, fictional people and bodies)."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import attribute, find_mention
from labourlens.analyse.document_subjects import noun_not_verb, obtained_document, trim_long_document
from labourlens.analyse.sentences import split
from labourlens.analyse.source_backrefs import (
    count_of_group,
    part_of_group,
    possessor_clash,
    without_contact_clause,
)
from labourlens.analyse.source_refs import according_citing, counted_apposition, other_footnote
from labourlens.analyse.speaker_roles import company_person
from labourlens.model import Source


def speakers(text: str, outlet: str | None = "Harbour Times") -> list[tuple[str, Source | None]]:
    """(sentence, its source) for every sentence of ``text``."""
    sents = split(text)
    sources, atts = attribute(text, sents, outlet)
    by_key = {s.key: s for s in sources}
    return [(s.text, by_key.get(a.source)) for s, a in zip(sents, atts, strict=True)]


def source_of(text: str, needle: str, outlet: str | None = "Harbour Times") -> Source | None:
    for sentence, src in speakers(text, outlet):
        if needle in sentence:
            return src
    raise AssertionError(f"no sentence with {needle!r}")


# --- 1. second and ordinal sources -------------------------------------------------------------

@pytest.mark.parametrize("text, needle, expected", [
    ("One of the Filipino welders said the men were paid 900 euros a month. The second Filipino welder said "
     "the crew slept in a container behind the dock.", "container", "The second Filipino welder"),
    ("One of the Uzbek drivers said the gate was locked at night. The second Uzbek driver, a man in his fifties, "
     "said their passports were in the office safe.", "office safe", "The second Uzbek driver"),
    ("Two Nepali cooks spoke to the centre. One of the Nepali cooks said wages came three months late. "
     "The second Nepali cook said the kitchen staff slept in the storeroom.", "storeroom", "The second Nepali cook"),
])
def test_the_second_of_a_kind_is_a_new_source(text: str, needle: str, expected: str) -> None:
    src = source_of(text, needle)
    assert src is not None and src.wording is not None and src.wording.startswith(expected)
    first = source_of(text, text.split(".")[0][-20:])
    assert first is not None and first.key != src.key


def test_the_first_of_a_kind_goes_back_to_the_first() -> None:
    text = ("One of the Filipino welders said the men were paid 900 euros a month. The second Filipino welder said "
            "the crew slept in a container. The first welder added that a guard kept their passports.")
    first, second, again = (src for _, src in speakers(text))
    assert first is not None and again is not None and second is not None
    assert again.key == first.key and second.key != first.key


@pytest.mark.parametrize("sentence", [
    "According to the trader, one woman who complained about the deductions was slapped by a supervisor.",
    "According to the driver, two men who complained about pay were sent home in May.",
    "According to the foreman, a welder who protested about the hours was beaten.",
])
def test_a_relative_clause_is_not_a_speaker(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.cue == "according to"
    assert not m.wording.lower().endswith("who")


def test_a_relative_clause_verb_does_not_steal_a_trailing_speaker() -> None:
    m = find_mention("The men were fined, and one worker who complained was sent home, the source said.")
    assert m is not None and m.wording == "the source"


@pytest.mark.parametrize("np, rest, expected", [
    ("a second person", ", a truck driver who collects boxes from the plant, by phone.",
     "a second person, a truck driver who collects boxes from the plant"),
    ("another source", ", a cook at the hostel.", "another source, a cook at the hostel"),
    ("a third contact", ", an accountant in Yanji, on Tuesday.", "a third contact, an accountant in Yanji"),
    ("a welder from Hamhung", ", a man in his forties.", "a welder from Hamhung"),  # already described
    ("a second person", " by phone on Monday.", "a second person"),  # nothing in apposition
])
def test_counted_apposition(np: str, rest: str, expected: str) -> None:
    assert counted_apposition(np, rest) == expected


def test_a_counted_person_reached_by_phone_keeps_the_description() -> None:
    text = ("A post on a local forum said the women worked at night. The Harbour Times reached a second person, "
            "a van driver who delivers fish to the plant, by phone. He said he had seen the women walk to the "
            "workshop in a line.")
    src = source_of(text, "walk to the")
    assert src is not None and src.wording is not None and "van driver" in src.wording


def test_the_source_is_not_the_person_heard_since() -> None:
    text = ('Migrant welders near Nakhodka are locked in their hostel at night, a source in Nakhodka told Harbour '
            'Times. "The gate is chained at nine," the source said. A person familiar with the yard\'s accounts, '
            "speaking on condition of anonymity, said the firm deducts rent from each man's wages. "
            '"They are always in debt," the person said. The source said the men have no phones.')
    first, person, back = (source_of(text, n) for n in ("locked in", "rent from", "no phones"))
    assert first is not None and person is not None and back is not None
    assert back.key == first.key and person.key != first.key


def test_the_source_still_goes_to_a_described_speaker_just_heard() -> None:
    text = ('"The owners want a few workers for cleaning," a source in Shenyang said. "Some workers borrowed '
            'money to come here," a cook working at a restaurant in Shenyang told Harbour Times. "They are in '
            'debt and will be punished," continued the source.')
    cook, back = source_of(text, "borrowed"), source_of(text, "punished")
    assert cook is not None and back is not None and back.key == cook.key


# --- 2. documents as speakers -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, wording", [
    ("Shipping records for 2023-2024 link at least 11 garment factories in Dandong to exports.",
     "Shipping records for 2023-2024"),
    ("Customs records show that six seafood plants in Hunchun sold to buyers in Poland.", "Customs records"),
    ("The payroll sheets record a basic wage of 1,000 riyals a month.", "The payroll sheets"),
    ("In Angola, a contract seen by the Lusaka Labour Centre priced a team of 25 masons at 30 million kwanza.",
     "a contract seen by the Lusaka Labour Centre"),
    ("A subcontract for one Kazan site sets the price of a crew of 30 at 2 million rubles.",
     "A subcontract for one Kazan site"),
])
def test_document_subjects_with_document_verbs(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_a_determiner_before_a_plural_verb_stays_a_verb() -> None:
    assert not noun_not_verb("This", "documents")
    assert not noun_not_verb("It", "records")
    assert noun_not_verb("Shipping", "records")
    assert not noun_not_verb("Shipping", "record")  # a singular form is never the noun's plural


@pytest.mark.parametrize("sentence, wording", [
    ("The Inspectorate obtained a labour contract for a garment plant in Jilin under which 60 per cent of each "
     "woman's pay was withheld.", "a labour contract for a garment plant in Jilin"),
    ("The union obtained a ledger showing deductions of 300 euros a month.", "a ledger"),
    ("Our researchers saw a copy of a contract between the two firms, which stipulates 14-hour shifts.",
     "a copy of a contract between the two firms"),
])
def test_a_document_obtained_speaks_for_its_content(sentence: str, wording: str) -> None:
    m = obtained_document(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize("sentence", [
    "The union obtained a court order against the firm.",
    "The inspectors saw a dormitory behind the cold store.",
])
def test_obtaining_without_content_is_no_speaker(sentence: str) -> None:
    assert obtained_document(sentence) is None


def test_long_document_phrases_lose_the_release_clause() -> None:
    assert trim_long_document("labour ministry data released on Monday by Rep. Ana Kim of the National "
                              "Assembly's budget and accounts committee") == "labour ministry data"
    assert trim_long_document("documents seen by the newspaper") == "documents seen by the newspaper"
    m = find_mention("Up to 40,000 labourers remain in Russia, according to labour ministry data released on "
                     "Monday by Rep. Ana Kim of the National Assembly's budget and accounts committee.")
    assert m is not None and m.wording == "labour ministry data"


def test_notes_tell_sources_apart() -> None:
    assert other_footnote("Records link six plants to exports[1].", "Five plants advertised on a platform[2].")
    assert not other_footnote("Records link six plants to exports[1].", "They were shipped by sea[1].")
    assert not other_footnote("Records link six plants to exports.", "Five plants advertised online[2].")
    text = ("1. Shipping records for 2024 link nine seafood plants in Hunchun to exports to Spain[1]. Four of these "
            "plants advertised \"Korean teams, low cost\" on a trade platform[2].")
    src = source_of(text, "advertised", outlet="Tide Watch")
    assert src is None or src.kind == "outlet"


def test_a_qualified_report_is_not_the_records_cited_before() -> None:
    text = ("Auditors found 40 workers from abroad on the lines. The supplier's staff records listed them as "
            "trainees. The audit report noted that the dormitory gate was locked from 9 p.m. to 6 a.m.")
    records, report = source_of(text, "trainees"), source_of(text, "gate was locked")
    assert report is not None and report.wording == "The audit report"
    assert records is None or records.key != report.key


def test_the_charging_document_is_the_indictment() -> None:
    text = ("The indictment, unsealed on Monday, accuses two residents of running a laptop farm. According to the "
            "charging document, 30 laptops were kept on shelves. The developers, the indictment alleges, worked "
            "under stolen identities.")
    a, b = source_of(text, "laptops were kept"), source_of(text, "stolen identities")
    assert a is not None and b is not None and a.key == b.key


# --- 3. groups ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, wording", [
    ("Several workers told the auditors that the passports had been kept by the company.", "Several workers"),
    ("Four cooks told the inspectors that they had not been paid since March.", "Four cooks"),
    ("Two importers told us they had never heard of the factories concerned.", "Two importers"),
    ("Former workers and a former manager interviewed for this brief describe 14-hour shifts.",
     "Former workers and a former manager interviewed for this brief"),
])
def test_groups_speak(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording.startswith(wording)


def test_two_importers_are_organisations() -> None:
    text = "Two retailers told us they had never heard of the factories concerned."
    src = source_of(text, "never heard")
    assert src is not None and src.kind == "organization"


def test_most_said_goes_to_the_whole_group_not_its_part() -> None:
    text = ("The women I interviewed, twelve of them, now in Seoul, described the same system. Eight of the twelve "
            "told me they had never held their passports. Most said they worked seven days a week.")
    group, part, most = (source_of(text, n) for n in ("same system", "held their", "seven days"))
    assert group is not None and part is not None and most is not None
    assert most.key == group.key and part.key != group.key


def test_part_of_group_and_contact_clauses() -> None:
    assert part_of_group("Nine of the fourteen") and part_of_group("two of them") and part_of_group("Most of the men")
    assert not part_of_group("The men I spoke with") and not part_of_group("Three welders")
    assert without_contact_clause("The men I spoke with") == "The men"
    assert without_contact_clause("the workers we interviewed") == "the workers"
    assert without_contact_clause("the women our reporter met") == "the women"
    assert without_contact_clause("the men in the yard") == "the men in the yard"


@pytest.mark.parametrize("sentence, counted", [
    ("Of those, 21 said their passports were held by a supervisor.", True),
    ("Among them, most told us they were beaten.", True),
    ("Of the 40, nine said they had no days off.", True),
    ("Of those, police said 12 were sent home.", False),  # not a count of the group
    ("Of those, some were paid in cash.", False),  # nobody reports anything
])
def test_a_count_of_the_group_speaks_for_it(sentence: str, counted: bool) -> None:
    m = count_of_group(sentence)
    assert (m is not None and m.wording == "they") is counted


def test_a_surveyed_group_named_before_a_trailing_speaker_speaks_later() -> None:
    text = ("The ministry also cited interviews with 40 former loggers who had worked in Siberia, according to the "
            "lawmaker. Of those, 25 said their passports had been held by a minder. Most were paid less than "
            "promised, the interviews showed.")
    group, doc = source_of(text, "minder"), source_of(text, "less than")
    assert group is not None and group.wording is not None and group.wording.startswith("40 former loggers")
    assert doc is not None and doc.kind == "document" and doc.wording == "the interviews"


@pytest.mark.parametrize("sentence, wording", [
    ("On the basis of contract values, the Lagos Crew Watch estimates that a crew earns 90 million naira a year.",
     "the Lagos Crew Watch"),
    ("On the basis of payroll data, the centre estimates that each man keeps 10 per cent.", "the centre"),
    ("Based on shipping data, the group estimates that 3,000 women work in the plants.", "the group"),
])
def test_the_basis_of_an_estimate_is_not_its_speaker(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_identifying_others_is_not_being_named() -> None:
    m = find_mention("Two of the cooks we met in Doha, and a driver who knew the site, identified them as North "
                     "Korean.")
    assert m is None or m.wording != "North Korean"
    named = find_mention("One of the women, identified in this report as Kim Sol, said the gate was locked.")
    assert named is not None and named.wording == "Kim Sol"


@pytest.mark.parametrize("sentence, wording", [
    ("Two of the cooks we met in Doha, and a driver who knew the site, identified them as North Korean.",
     "Two of the cooks we met in Doha, and a driver who knew the site"),
    ("A guard at the gate identified them as loggers from Hamhung.", "A guard at the gate"),
])
def test_people_who_identify_others_speak(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_he_goes_back_to_a_company_manager() -> None:
    text = ("A second worker said phones were taken after each shift. The plant's general manager, Peng Hao, denied "
            "that the workers were confined. \"They are free to go out after work,\" he told the auditors.")
    manager, he = source_of(text, "denied"), source_of(text, "free to go")
    assert manager is not None and he is not None and he.key == manager.key
    assert company_person("organization", "manager") and company_person("organization", "spokeswoman")
    assert not company_person("organization", "company")


@pytest.mark.parametrize("sentence, wording, relay", [
    ("According to the centre, citing three Filipino welders at the yard, the crew worked 14-hour shifts.",
     "three Filipino welders at the yard", "the centre"),
    ("According to the union, citing a cook at the hostel, the men were not paid for May.",
     "a cook at the hostel", "the union"),
])
def test_according_to_x_citing_y_gives_y(sentence: str, wording: str, relay: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording and m.relay == relay


def test_according_to_x_alone_gives_x() -> None:
    m = find_mention("According to the union, the men were not paid for May.")
    assert m is not None and m.wording == "the union"
    assert according_citing("According to the union, the men were not paid.", len("According to the union"),
                            "the union") is None


def test_another_owners_manager_is_a_new_source() -> None:
    text = ("Kestrel Build's operations manager, Omar Haddad, said in a statement that the firm had never employed "
            "foreign crews. The main contractor's site manager, who spoke on condition of anonymity, said the men "
            "were Asian workers who spoke to nobody.")
    first, second = source_of(text, "never employed"), source_of(text, "spoke to nobody")
    assert first is not None and second is not None and first.key != second.key
    assert possessor_clash("The main contractor's site manager", "Kestrel Build's operations manager, Omar Haddad")
    assert not possessor_clash("Kestrel Build's manager", "Kestrel Build's operations manager, Omar Haddad")
    assert not possessor_clash("the company's manager", "Kestrel Build's operations manager")
