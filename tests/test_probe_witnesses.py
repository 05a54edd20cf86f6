"""Witnesses in investigations and NGO testimony reports (probe PR2): pseudonyms, described and numbered
interviewees, counted groups, the investigator's own voice, quotes over several sentences and paragraphs,
"she added", a later surname, witnesses told apart and a witness relaying what another told her. Every
text is written for this test; people and companies are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split

H = ("Testimony from a garment workshop\n"
     "About 200 North Korean workers were sent to a garment factory in Dandong in 2023.\n")
META = {"published": "2025-03-01", "language": "en"}

# (shape, text, [(claim fragment, speaker head or None, kind or None for any, group: same letter = same source)])
CASES = [
 ("pseudonym", H + "Kim, not her real name, said the supervisors kept every passport in a locked drawer.",
  [("kept every passport", "Kim", "named_person", "a")]),
 ("pseudonym", H + "A seamstress whom we are calling Ri said the workers were never paid in cash. "
  "\"We slept twelve to a room,\" Ri said.",
  [("never paid in cash", "Ri", "named_person", "a"), ("twelve to a room", "Ri", "named_person", "a")]),
 ("pseudonym", H + "One cook, who asked to be identified only as Mrs Pak, said the kitchen staff worked eighteen hours a day.",
  [("eighteen hours a day", "Mrs Pak", "named_person", "a")]),
 ("pseudonym", H + "\"They took our passports on the first day,\" said Choi (a pseudonym). "
  "Choi said the wages were withheld for months.",
  [("took our passports", "Choi", "named_person", "a"), ("wages were withheld", "Choi", "named_person", "a")]),
 ("pseudonym", H + "Jin, whose name has been changed for her safety, said the guards locked the dormitory at night.",
  [("locked the dormitory", "Jin", "named_person", "a")]),
 ("pseudonym", H + "Han (not his real name) told us the foremen beat workers who fell behind.",
  [("beat workers", "Han", "named_person", "a")]),
 ("described", H + "A 34-year-old welder who asked not to be named said the company confiscated his passport on arrival.",
  [("confiscated his passport", "welder", "anonymous_source", "a")]),
 ("described", H + "One woman from Chongjin said the managers deducted most of her wages for food. "
  "\"We had nothing left to send home,\" she said.",
  [("deducted most of her wages", "woman from Chongjin", "anonymous_source", "a"),
   ("nothing left to send home", "woman from Chongjin", "anonymous_source", "a")]),
 ("described", H + "A former dormitory cook said the workers were forbidden to leave the compound. "
  "The cook said guards searched their bags every evening.",
  [("forbidden to leave", "cook", "anonymous_source", "a"), ("searched their bags", "cook", "anonymous_source", "a")]),
 ("described", H + "A young seamstress said the workers were locked inside the factory at night. "
  "Her younger sister said she was never paid for overtime.",
  [("locked inside the factory", "seamstress", "anonymous_source", "a"),
   ("never paid for overtime", "younger sister", "anonymous_source", "b")]),
 ("described", H + "A construction worker in his forties told researchers that the site manager held all the passports.",
  [("held all the passports", "construction worker", "anonymous_source", "a")]),
 ("numbered", H + "Interviewee 7 said the workers were forced to work on Sundays without pay. "
  "Interviewee 12 said guards beat those who complained.",
  [("forced to work on Sundays", "Interviewee 7", "anonymous_source", "a"),
   ("guards beat those", "Interviewee 12", "anonymous_source", "b")]),
 ("numbered", H + "Worker C said the recruitment agency kept his passport. "
  "Worker C added that he owed the agency 3,000 dollars.",
  [("kept his passport", "Worker C", "anonymous_source", "a"), ("owed the agency", "Worker C", "anonymous_source", "a")]),
 ("numbered", H + "\"The manager took everyone's phones,\" Respondent 4 said. "
  "Respondent 9 said the wages were paid only to the state company.",
  [("took everyone's phones", "Respondent 4", "anonymous_source", "a"),
   ("paid only to the state company", "Respondent 9", "anonymous_source", "b")]),
 ("numbered", H + "Witness B told investigators that the workers slept in shipping containers.",
  [("slept in shipping containers", "Witness B", "anonymous_source", "a")]),
 ("counted", H + "Eleven of the 40 women said their passports had been taken by the agency.",
  [("passports had been taken", "Eleven of the 40 women", "anonymous_source", "a")]),
 ("counted", H + "Most of those interviewed said they had never received a payslip.",
  [("never received a payslip", "Most of those interviewed", "anonymous_source", "a")]),
 ("counted", H + "All but two of the workers said they had paid recruitment fees.",
  [("paid recruitment fees", "All but two of the workers", "anonymous_source", "a")]),
 ("counted", H + "Nine of the 23 fishermen we interviewed said the captain beat crew members.",
  [("captain beat crew", "Nine of the 23 fishermen", "anonymous_source", "a")]),
 ("counted", H + "More than half of the workers interviewed said they worked more than 14 hours a day.",
  [("more than 14 hours", "More than half of the workers", "anonymous_source", "a")]),
 ("counted", H + "Several of the women said the supervisors threatened to send them home.",
  [("threatened to send them home", "Several of the women", "anonymous_source", "a")]),
 ("counted", H + "Three workers said their wages were withheld for six months.",
  [("wages were withheld", "Three workers", "anonymous_source", "a")]),
 ("own_voice", H + "We interviewed 35 workers at the plant between May and July. "
  "Our researchers found that the workers were paid less than the legal minimum wage.",
  [("paid less than the legal minimum", None, "outlet", "o")]),
 ("own_voice", H + "Our investigation found that the company held the passports of at least 60 workers.",
  [("held the passports of at least 60", None, "outlet", "o")]),
 ("own_voice", H + "We found evidence that the workers were confined to the compound.",
  [("confined to the compound", None, "outlet", "o")]),
 ("own_voice", H + "Our team documented cases in which wages were withheld for up to a year.",
  [("wages were withheld", None, "outlet", "o")]),
 ("multi_quote", H + "A welder from Sinuiju said the overseers took their passports. "
  "\"We could not go anywhere. The guards watched the gate all night.\"",
  [("took their passports", "welder", "anonymous_source", "a"),
   ("watched the gate", "welder", "anonymous_source", "a")]),
 ("multi_quote", H + "\"They paid us nothing for the first three months,\" said Lee, not his real name. "
  "\"When we complained, the manager hit us. Nobody could leave.\"",
  [("paid us nothing", "Lee", "named_person", "a"), ("the manager hit us", "Lee", "named_person", "a")]),
 ("added", H + "A former cook said the workers were fed only rice. "
  "She added that the kitchen staff were never allowed outside.",
  [("fed only rice", "cook", "anonymous_source", "a"), ("never allowed outside", "cook", "anonymous_source", "a")]),
 ("added", H + "A welder who asked not to be named said the firm kept the workers' passports. "
  "He recalled that two men who tried to flee were beaten.",
  [("kept the workers' passports", "welder", "anonymous_source", "a"),
   ("tried to flee were beaten", "welder", "anonymous_source", "a")]),
 ("added", H + "A 28-year-old seamstress said she had to repay a debt to the broker. "
  "The seamstress said the debt grew every month.",
  [("repay a debt", "seamstress", "anonymous_source", "a"), ("debt grew", "seamstress", "anonymous_source", "a")]),
 ("surname", H + "Park Min-ho, a former logger, said the crews worked through the winter without pay. "
  "Park said the foreman kept their documents.",
  [("without pay", "Park Min-ho", "named_person", "a"), ("kept their documents", "Park", "named_person", "a")]),
 ("surname", H + "Ana Moreno, who worked at the farm for two years, said workers were housed in tents. "
  "Moreno said the owner took their passports.",
  [("housed in tents", "Ana Moreno", "named_person", "a"), ("took their passports", "Moreno", "named_person", "a")]),
 ("told_apart", H + "Two women who worked at the factory spoke to us. "
  "The first woman said the managers confiscated their phones. "
  "The other woman said the wages were paid to the state company.",
  [("confiscated their phones", "first woman", "anonymous_source", "a"),
   ("paid to the state company", "other woman", "anonymous_source", "b")]),
 ("told_apart", H + "A worker at the plant said the guards beat him. "
  "Another worker said the workers had no days off.",
  [("guards beat him", "worker", "anonymous_source", "a"), ("no days off", "Another worker", "anonymous_source", "b")]),
 ("told_apart", H + "A fisherman from Busan said the captain kept the crew's passports. "
  "His colleague said the crew were not paid for four months.",
  [("kept the crew's passports", "fisherman", "anonymous_source", "a"),
   ("not paid for four months", "His colleague", "anonymous_source", "b")]),
 ("told_apart", H + "A cook said the workers were locked in at night. "
  "A second cook said the manager threatened them with deportation.",
  [("locked in at night", "cook", "anonymous_source", "a"),
   ("threatened them with deportation", "second cook", "anonymous_source", "b")]),
 ("relay", H + "A former cook said her supervisor told her that the workers' wages were sent to Pyongyang.",
  [("wages were sent to Pyongyang", "former cook", "anonymous_source", "a")]),
 ("relay", H + "A welder said his foreman had told him that nobody could leave before the contract ended.",
  [("nobody could leave", "welder", "anonymous_source", "a")]),
 ("neg", H + "The factory employs about 300 workers, most of them women from Hamhung. "
  "A woman who worked there said the workers were locked in.",
  [("locked in", "woman who worked there", "anonymous_source", "a")]),
 ("described", H + "A mother of two from Hyesan, who spent three years at the plant, said she never saw her contract.",
  [("never saw her contract", "mother of two", "anonymous_source", "a")]),
 ("described", H + "One former worker told us that the agency charged each recruit 2,000 dollars.",
  [("charged each recruit", "former worker", "anonymous_source", "a")]),
 ("numbered", H + "Migrant worker A, 31, said the employer confiscated her passport.",
  [("confiscated her passport", "Migrant worker A", "anonymous_source", "a")]),
 ("pseudonym", H + "Mr Cho, a pseudonym used to protect him, said the foreman confiscated the workers' phones.",
  [("confiscated the workers' phones", "Mr Cho", "named_person", "a")]),
 ("pseudonym", H + "Yoon, who did not want her full name published, said guards escorted the workers to the market.",
  [("escorted the workers", "Yoon", "named_person", "a")]),
 ("counted", H + "None of the 18 workers we spoke to had seen a written contract.",
  [("seen a written contract", None, "outlet", "o")]),
 ("counted", H + "Two of the women told us the supervisors slapped them.",
  [("supervisors slapped them", "Two of the women", "anonymous_source", "a")]),
 ("counted", H + "Almost all of the interviewees said they had to hand over their passports.",
  [("hand over their passports", "Almost all of the interviewees", "anonymous_source", "a")]),
 ("numbered", H + "Interviewee 3, a 41-year-old cook, said the workers had two days off a year.",
  [("two days off a year", "Interviewee 3", "anonymous_source", "a")]),
 ("numbered", H + "\"We were watched all the time,\" said Worker F. \"Nobody could go out alone.\"",
  [("watched all the time", "Worker F", "anonymous_source", "a"), ("Nobody could go out alone", "Worker F", "anonymous_source", "a")]),
 ("own_voice", H + "Our findings show that the workers were charged fees of up to 5,000 dollars.",
  [("charged fees", None, "outlet", "o")]),
 ("added", H + "A former welder said the foreman kept the passports. \"We asked for them every week,\" he recalled.",
  [("kept the passports", "welder", "anonymous_source", "a"), ("asked for them every week", "welder", "anonymous_source", "a")]),
 ("told_apart", H + "Two workers described the dormitory. One said twenty men slept in each room. "
  "The other said the doors were locked from outside.",
  [("twenty men slept", "One", "anonymous_source", "a"), ("locked from outside", "The other", "anonymous_source", "b")]),
 ("surname", H + "Dr Helen Brandt, a researcher who interviewed the workers, said the wages were sent to the state. "
  "Brandt added that the workers could not leave the site.",
  [("sent to the state", "Helen Brandt", "named_person", "a"), ("could not leave the site", "Brandt", "named_person", "a")]),
 ("multi_para", H + "\"The foreman kept our passports in his office,\" said Kang, not his real name.\n\n"
  "\"We worked from six in the morning until midnight. Nobody was paid for the extra hours.\"\n\n"
  "Kang said two workers who complained were sent home.",
  [("kept our passports", "Kang", "named_person", "a"), ("Nobody was paid", "Kang", "named_person", "a"),
   ("sent home", "Kang", "named_person", "a")]),
 ("multi_para", H + "A former seamstress, who asked not to be named, described the dormitory.\n\n"
  "\"Sixteen of us slept in one room. The door was locked every night.\"\n\n"
  "She added that the wages went to the state company.",
  [("door was locked", "seamstress", "anonymous_source", "a"), ("wages went to the state", "seamstress", "anonymous_source", "a")]),
 ("counted", H + "Of the 40 women interviewed, 11 said their passports were taken on arrival.",
  [("passports were taken", None, "anonymous_source", "a")]),
 ("counted", H + "Thirty-one of the 45 workers told researchers they had not been paid for three months.",
  [("not been paid for three months", "Thirty-one of the 45 workers", "anonymous_source", "a")]),
 ("counted", H + "Most said the supervisors confiscated their phones.",
  [("confiscated their phones", "Most", "anonymous_source", "a")]),
 ("counted", H + "Some workers said the managers deducted fines from their wages.",
  [("deducted fines", "Some workers", "anonymous_source", "a")]),
 ("counted", H + "At least six of the men said they were beaten by the foreman.",
  [("beaten by the foreman", "six of the men", "anonymous_source", "a")]),
 ("own_voice", H + "Researchers for Northwind Rights interviewed 30 workers. "
  "The researchers found that wages were paid directly to the state company.",
  [("wages were paid directly", "researchers", None, "a")]),
 ("later_ref", H + "A 52-year-old welder from Wonsan said the managers confiscated his passport. "
  "The company took half his wage, the welder said.",
  [("confiscated his passport", "welder", "anonymous_source", "a"), ("took half his wage", "welder", "anonymous_source", "a")]),
 ("later_ref", H + "A woman from Hamhung who worked at the plant for three years said the doors were locked at night. "
  "The woman said she was never allowed to call her family.",
  [("doors were locked", "woman", "anonymous_source", "a"), ("call her family", "woman", "anonymous_source", "a")]),
 ("later_ref", H + "Mrs Pak, a pseudonym, said the agency charged her a recruitment fee. "
  "Pak said she had to work for a year to pay it back.",
  [("recruitment fee", "Mrs Pak", "named_person", "a"), ("pay it back", "Pak", "named_person", "a")]),
 ("told_apart", H + "Two sisters from Sinuiju worked at the factory. "
  "The elder sister said the manager confiscated their passports. "
  "The younger sister said they were never paid.",
  [("confiscated their passports", "elder sister", "anonymous_source", "a"),
   ("never paid", "younger sister", "anonymous_source", "b")]),
 ("told_apart", H + "A welder said the firm kept the passports. "
  "A second worker, a crane operator, said the crews were locked in. "
  "The welder said he was beaten.",
  [("kept the passports", "welder", "anonymous_source", "a"), ("crews were locked in", "second worker", "anonymous_source", "b"),
   ("he was beaten", "welder", "anonymous_source", "a")]),
 ("told_apart", H + "A cook said the workers were fed once a day. "
  "Her colleague, a cleaner, said the workers were not allowed outside.",
  [("fed once a day", "cook", "anonymous_source", "a"), ("not allowed outside", "colleague", "anonymous_source", "b")]),
 ("pseudonym", H + "Sun-hee, 29, who spoke on condition that her surname not be used, said the dormitory was guarded.",
  [("dormitory was guarded", "Sun-hee", "named_person", "a")]),
 ("pseudonym", H + "\"We had no days off,\" said a worker we are calling Min.",
  [("no days off", "Min", "named_person", "a")]),
 ("numbered", H + "Interviewee 7, a former seamstress, said the managers took the workers' passports. "
  "\"We never saw them again,\" Interviewee 7 said.",
  [("took the workers' passports", "Interviewee 7", "anonymous_source", "a"), ("never saw them again", "Interviewee 7", "anonymous_source", "a")]),
]


def _speakers(text: str) -> list[tuple[str, str | None, str, str]]:
    a = analyse(text, META)
    out = []
    for c in a.claims:
        s = a.source(c.source)
        assert s is not None
        out.append((c.text, s.wording, s.kind, c.source))
    return out


@pytest.mark.parametrize("shape,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_witness_speakers(shape: str, text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    got = _speakers(text)
    groups: dict[str, str] = {}
    for frag, head, kind, grp in expected:
        claim = next((g for g in got if frag in g[0]), None)
        assert claim is not None, (shape, frag, got)
        _, wording, k, key = claim
        if kind is not None:
            assert k == kind, (frag, wording, k)
        if head is None and kind == "outlet":
            assert key == "OUTLET", (frag, wording)
        elif head is not None:
            assert wording is not None and head.lower() in wording.lower(), (frag, wording)
        if grp != "o":
            assert groups.setdefault(grp, key) == key, (frag, groups)
    keys = {grp: key for grp, key in groups.items()}
    assert len(set(keys.values())) == len(keys), keys  # different letters, different sources


def _one(sentence: str) -> tuple[str | None, str]:
    got = _speakers(H + sentence)
    claim = next(g for g in got if g[0].startswith(sentence[:20]))
    return claim[1], claim[2]


@pytest.mark.parametrize("text", [
    '"We were watched," said Worker F. "Nobody went out alone."',
    '"We were watched," said Interviewee B. The guards locked the gate.',
    '"We were watched," Respondent C said. Then the guards came.',
])
def test_coded_witness_letter_ends_the_sentence(text: str) -> None:
    assert len(split(text)) == 2


@pytest.mark.parametrize("text", [
    "The workers met John F. Kennedy Jr. at the port.",
    "Inspector Ana B. Costa visited the site.",
])
def test_initials_in_names_still_do_not_end_a_sentence(text: str) -> None:
    assert len(split(text)) == 1


@pytest.mark.parametrize("sentence", [
    "Our investigation found that the company held the passports of at least 60 workers.",
    "Our inquiry established that the workers were locked in the compound at night.",
    "Our researchers found that the North Korean workers were never paid in cash.",
])
def test_the_investigations_own_work_is_the_page_voice(sentence: str) -> None:
    assert _one(sentence) == (None, "outlet")


def test_a_companys_own_investigation_in_its_quote_stays_the_company() -> None:
    wording, kind = _one('"Our investigation found no forced labour at the plant," the company said in a statement.')
    assert kind == "organization" and wording is not None and "company" in wording


@pytest.mark.parametrize("sentence,head", [
    ("All but two of the workers said they had paid recruitment fees to the broker.", "All but two of the workers"),
    ("All but one of the 30 welders told us the agency kept their passports.", "All but one of the 30 welders"),
    ("At least six of the men said they were beaten by the foreman.", "At least six of the men"),
    ("More than 20 of the workers said the agency kept their passports.", "More than 20 of the workers"),
    ("Only two of the workers said they were paid on time.", "Only two of the workers"),
])
def test_counted_witnesses(sentence: str, head: str) -> None:
    assert _one(sentence) == (head, "anonymous_source")


@pytest.mark.parametrize("sentence,head,kind", [
    ("At the plant, a welder said the foreman beat the workers.", "a welder", "anonymous_source"),
    ("At least three workers died in the fire, the union said.", "the union", "organization"),
    ("All but two of the dormitories were locked at night, a guard said.", "a guard", "anonymous_source"),
])
def test_counts_that_are_not_the_speaker(sentence: str, head: str, kind: str) -> None:
    assert _one(sentence) == (head, kind)


@pytest.mark.parametrize("sentence,name", [
    ('"We had no days off," said a worker we are calling Min.', "Min"),
    ("A seamstress we are calling Ri said the workers were never paid in cash.", "Ri"),
    ("A cook, whom we are calling Mrs Pak, said the workers were beaten.", "Mrs Pak"),
])
def test_a_witness_we_are_calling_by_a_pseudonym(sentence: str, name: str) -> None:
    wording, kind = _one(sentence)
    assert kind == "named_person" and wording is not None and name in wording


def test_a_worker_we_spoke_to_stays_anonymous() -> None:
    wording, kind = _one("A worker we spoke to said the North Korean workers were never paid in cash.")
    assert kind == "anonymous_source" and wording is not None and "worker" in wording


@pytest.mark.parametrize("sentence,name,kind", [
    ("A woman identified only as Hyun said the agency kept the workers' passports.", "Hyun", "named_person"),
    ("A welder identified as Mr Jo told us the agency kept the workers' passports.", "Mr Jo", "named_person"),
    ("A former cook referred to here as Ri said the agency kept the workers' passports.", "Ri", "named_person"),
    ("A cook identified in this report as Worker D said the agency kept the workers' passports.", "Worker D",
     "anonymous_source"),
])
def test_a_witness_identified_only_by_a_name_or_code(sentence: str, name: str, kind: str) -> None:
    wording, got = _one(sentence)
    assert got == kind and wording is not None and name in wording


def test_identified_as_a_verb_of_the_finding_is_not_a_naming() -> None:
    wording, kind = _one("Inspectors identified as many as 40 workers whose passports were held, the ministry said.")
    assert (wording, kind) == ("the ministry", "official")


def test_two_witnesses_introduced_together_are_told_apart_later() -> None:
    got = _speakers(H + "A cook and a seamstress spoke to us.\n\n"
                    "The seamstress said the managers kept the workers' passports.\n\n"
                    "The cook said the workers were beaten.\n\n"
                    "The seamstress added that nobody was paid.")
    by = {frag: g for g in got for frag in ("kept the workers", "were beaten", "nobody was paid") if frag in g[0]}
    assert by["kept the workers"][3] == by["nobody was paid"][3] != by["were beaten"][3]
    assert "pair" not in str(by) and all("and" not in (g[1] or "") for g in by.values())



@pytest.mark.parametrize("np,pair", [
    ("A cook and a seamstress", True),
    ("two former workers, a welder and a crane operator", True),
    ("a cook and mother of two", False),
    ("a welder from Sinuiju", False),
    ("the cook and her sister's friend", False),
])
def test_a_pair_of_witnesses_is_a_group(np: str, pair: bool) -> None:
    from labourlens.analyse.source_refs import coordinated_group

    assert coordinated_group(np) is pair


def test_a_pair_in_apposition_is_told_apart_later() -> None:
    got = _speakers(H + "Two former workers, a welder and a crane operator, spoke to us.\n\n"
                    "The crane operator said the managers kept the workers' passports.\n\n"
                    "The welder said the workers were beaten.\n\n"
                    "The crane operator added that nobody was paid.")
    by = {frag: g for g in got for frag in ("kept the workers", "were beaten", "nobody was paid") if frag in g[0]}
    assert by["kept the workers"][3] == by["nobody was paid"][3] != by["were beaten"][3]
    assert all(" and " not in (g[1] or "") for g in by.values()), by
