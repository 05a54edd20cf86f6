"""Probes (s342): who speaks. A person described by where they come from ("a boy from Toledo, Ohio") is unnamed: the
region after the town is no name; a phrase that merely contains "under" is no alias; "Investigators" in a labour
department's enforcement summary are the state's; a transcript line labelled by what its speaker is ("NANNY (recorded
message):") is that unnamed person's; the answer after the outlet's own question ("We contacted the board, and a
spokesman said") is the spokesman's; a church minister and a reverend are people, never ministers of state. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify


def _speaker_of(text: str, needle: str) -> tuple[str | None, str | None]:
    analysis = analyse(text, {})
    sources = {s.key: s for s in analysis.sources}
    claim = next(c for c in analysis.claims if needle in c.text)
    source = sources[claim.source]
    return source.kind, source.wording


def test_a_place_after_a_town_is_no_name() -> None:
    assert classify("A boy from Toledo, Ohio, who came to Texas last spring to live with his aunt") == "anonymous_source"
    assert classify("A 16-year-old from Comayagua, Honduras") == "anonymous_source"
    # near misses: a name after the place, and a surname after a role
    assert classify("A worker from Cebu, Maria Santos") == "named_person"
    assert classify("a welder in Gdansk, Nowak") == "named_person"


def test_under_a_scheme_is_no_alias() -> None:
    assert classify("Samoan workers who spent the winter pruning vines under Australia's Pacific Labour scheme") \
        == "anonymous_source"
    assert classify("a miner who writes under the pseudonym Kofi") == "named_person"


def test_investigators_of_a_labour_enforcement_case_are_the_state() -> None:
    text = ("LABOUR STANDARDS OFFICE - CASE SUMMARY\n\nFindings\n"
            "Investigators found that the packer held the crews' passports in a locked drawer until the season ended.\n"
            "\nResolution\nThe employer agreed to pay $80,000 in back wages and $20,000 in civil money penalties.\n")
    assert _speaker_of(text, "passports")[0] == "official"
    # near miss: a rights group's own investigators in a report with no enforcement are not the state's
    other = ("Harbour Lookout, a migrant rights group, interviewed 20 packers at a fish plant in Maine this autumn.\n\n"
             "Investigators found that the packer held the crews' passports in a locked drawer until the season ended.\n")
    assert _speaker_of(other, "passports")[0] != "official"


def test_a_transcript_line_labelled_by_what_the_speaker_is() -> None:
    text = ("FIELD VOICES - Episode 9\n\n[00:10] HOST: We have a message from a carer who wants to stay unnamed.\n\n"
            "[00:20] CARER (recorded message, in Spanish): My boss holds my passport in his desk and I cannot leave "
            "the house alone.\n\n[00:40] HOST: Thank you for listening.\n")
    kind, wording = _speaker_of(text, "passport")
    assert kind == "anonymous_source" and (wording or "").lower() == "carer"


def test_a_recording_note_after_a_label_is_no_name() -> None:
    text = ("CITY RADIO - Transcript\n\nHOST: A third nanny who worked for the family in 2021 told us her permit was kept "
            "in a locked cupboard.\n\nTHIRD NANNY (VOICE ALTERED): They said immigration would come if I complained. "
            "I had no friends here.\n\nHOST: The family did not reply.\n")
    kind, wording = _speaker_of(text, "immigration would come")
    assert kind == "anonymous_source" and "nanny" in (wording or "").lower()


def test_the_answer_after_the_outlets_own_question() -> None:
    m = find_mention("We asked the county labour board, and a spokesman told us the board \"reviews every "
                     "complaint\" but would not discuss the farm.")
    assert m is not None and m.wording == "a spokesman"
    m = find_mention("We also asked Birchwood Farms, but the owner, Dale Ruck, denied that any picker paid a fee.")
    assert m is not None and m.wording.startswith("the owner")
    # near misses: a pronoun answers for the body named before; no clause of a speaker at all
    assert find_mention("We asked the ministry, and it said nothing.") is None
    assert find_mention("We asked the pickers about their pay, and the wages were low.") is None


def test_clergy_are_people_not_ministers_of_state() -> None:
    assert classify("a church minister") == "anonymous_source"
    assert classify("A Fijian church minister in Nelson, Rev. Seru Naivalu") == "named_person"
    assert classify("the Rev. Ana Fua") == "named_person"
    assert classify("Sister Maeve Doyle, who runs the diocese's refugee ministry") == "named_person"
    # near misses: ministers and ministries of state
    assert classify("Labour Minister Ana Ruiz") == "official"
    assert classify("a spokesman for the Religious Affairs Ministry") == "official"


def test_a_unions_reps_are_the_audience_and_photos_sent_are_the_senders() -> None:
    m = find_mention("Several packers told our reps that the line ran 19 days in a row.")
    assert m is not None and m.wording == "Several packers"
    m = find_mention("One packer sent me pictures of a kitchen showing rats under the sink.")
    assert m is not None and m.wording == "One packer"
    # near miss: a body that sends photos keeps the other rules
    assert find_mention("The ministry sent me pictures of its site.") is None
