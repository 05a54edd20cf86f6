"""Which claims share a source (probe D3): back-references that must land on the source introduced before.

- "the official" / "the diplomat" after "an official stationed in X", "a diplomat posted to Y": a modifier
  after the head noun ("stationed", "posted", "deployed") is not the head;
- in a broadcast transcript, the correspondent's "She told me ..." after "The woman, Name, now lives in ..."
  is that woman, not the correspondent whose turn it is, and the woman's own "NAME:" label (capitalised as
  "Name-Name") is the same person again.

Every text is written for this test; people, firms and outlets are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


def _claims(text: str) -> list[tuple[str, str, str, str]]:
    a = analyse(text, META)
    out = []
    for c in a.claims:
        s = a.source(c.source)
        out.append((c.text, c.source, s.kind if s else "", (s.wording or "") if s else ""))
    return out


def _source_of(claims: list[tuple[str, str, str, str]], fragment: str) -> str:
    hits = [c[1] for c in claims if fragment in c[0]]
    assert hits, f"no claim with {fragment!r}: {[c[0] for c in claims]}"
    return hits[0]


# (text, fragment of the first claim, fragment of the back-referring claim)
MODIFIED_HEADS = [
    ("Crews told to send more money home\n"
     "North Korean workers in Siberia must double their remittances, according to a trade official stationed in Omsk.\n"
     "\"They will stop paying the men entirely,\" the official told the paper.",
     "must double their remittances", "stop paying the men"),
    ("Seamstresses kept in workshop\n"
     "A diplomat posted to Dhaka said the seamstresses were locked in the workshop at night.\n"
     "The diplomat added that the women had not been paid for four months.",
     "locked in the workshop", "had not been paid"),
    ("Loggers owe recruitment debts\n"
     "The loggers had paid large recruitment fees, according to an inspector deployed to the camps near Tynda.\n"
     "The inspector said that the men could not leave before the debts were repaid.",
     "recruitment fees", "could not leave"),
    ("Fishing crews unpaid\n"
     "An engineer stationed on the trawler said the deckhands had received no wages since May.\n"
     "According to the engineer, their passports were kept in the captain's safe.",
     "no wages since May", "passports were kept"),
]


@pytest.mark.parametrize("text,first,second", MODIFIED_HEADS)
def test_the_role_goes_back_to_a_post_modified_source(text: str, first: str, second: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) == _source_of(claims, second)


def test_another_role_with_a_modifier_is_not_merged_with_a_different_role() -> None:
    claims = _claims("Builders held in dormitory\n"
                     "A diplomat posted to Dubai said the builders were locked in their dormitory at night.\n"
                     "The foreman said the men had not been paid for three months.")
    assert _source_of(claims, "locked in their dormitory") != _source_of(claims, "not been paid")


TRANSCRIPTS = [
    ("Radio Sunrise transcript\n"
     "ANCHOR: A woman who worked at a brick kiln in Punjab has spoken to us. Reporter Lena Ford has the story.\n"
     "LENA FORD: The woman, Pak Su-mi, now lives in Lahore. She told me she was made to work without pay for two years.\n"
     "PAK SU-MI: We were locked in at night. The owner kept our identity cards.\n",
     "work without pay", "locked in at night"),
    ("Evening Wave (web transcript)\n"
     "PRESENTER: A former welder has described his time at a shipyard. Our correspondent Dan Webb reports.\n"
     "DAN WEBB: The welder, Tomas Ruiz-Vega, left the yard in May. He said his passport was taken on the first day.\n"
     "TOMAS RUIZ-VEGA: Nobody got paid for the overtime. We worked fourteen hours a day.\n",
     "passport was taken", "fourteen hours a day"),
    ("Channel Nine transcript\n"
     "HOST: Tonight, a fisherman speaks about his years at sea. Here is Mia Chen.\n"
     "MIA CHEN: The fisherman, Ri Chol-nam, is now in Busan. He says the captain kept the crew's wages for a year.\n"
     "RI CHOL-NAM: If we complained, we were beaten. The captain held our papers.\n",
     "kept the crew's wages", "we were beaten"),
]


@pytest.mark.parametrize("text,reported,own", TRANSCRIPTS)
def test_pronoun_in_a_correspondents_turn_is_the_person_named_in_apposition(text: str, reported: str, own: str) -> None:
    claims = _claims(text)
    src = _source_of(claims, reported)
    assert src == _source_of(claims, own)
    kinds = {c[1]: c[2] for c in claims}
    assert kinds[src] == "named_person"


@pytest.mark.parametrize("opener", ["The mother, Ewa Lis-Nowak, runs a shop near the yard.",
                                    "His sister, Ewa Lis-Nowak, runs a shop near the yard."])
def test_a_woman_named_in_apposition_is_not_the_antecedent_of_he(opener: str) -> None:
    claims = _claims("Welders unpaid at yard\n"
                     "A foreman, Jan Novak, said the welders worked twelve hours a day.\n"
                     f"{opener} He said the men were never paid for overtime.\n")
    assert _source_of(claims, "twelve hours") == _source_of(claims, "never paid for overtime")


def test_the_apposed_subject_is_only_taken_from_the_sentence_just_before() -> None:
    claims = _claims("Welders unpaid at yard\n"
                     "The welder, Tomas Ruiz-Vega, left the yard in May. A foreman, Jan Novak, said the welders "
                     "worked twelve hours a day. He said the men were never paid for overtime.\n")
    assert _source_of(claims, "twelve hours") == _source_of(claims, "never paid for overtime")


# a transcript line that opens with a body's words is its speaker's turn: the rest of the turn stays theirs
TURNS_RELAYING_A_BODY = [
    ("The Work Desk podcast\nEpisode 12: domestic workers in Kuwait\n"
     "HOST (JO LEE): So you went to Kuwait in 2020 as a domestic worker. What were you promised?\n"
     "RINA SANTOS: The agency in Manila said 100 dinars a month. When I arrived the employer took my passport "
     "at the airport. I never saw it again.\nHOST: And the day off?\n"
     "SANTOS: There was no day off. I worked from five in the morning. They did not pay my wages for four months.\n",
     ["100 dinars", "took my passport", "no day off", "pay my wages"]),
    ("Harbour Voices (transcript)\nPRESENTER: You crewed a trawler out of Busan for three years.\n"
     "NGUYEN VAN AN: The manning company told us the pay was 400 dollars a month. On board the captain "
     "kept all our passports. We fished twenty hours a day.\n",
     ["400 dollars", "kept all our passports", "twenty hours a day"]),
    ("Shift Talk, episode 3\nHOST: What did the factory tell you about overtime?\n"
     "OLGA MARCHENKO: Sunrise Textiles promised that overtime was voluntary for the workers. It never was. "
     "The supervisor locked the doors until the quota was done and our wages were withheld.\n",
     ["overtime was voluntary", "locked the doors"]),
]


@pytest.mark.parametrize("text,fragments", TURNS_RELAYING_A_BODY)
def test_a_turn_opening_with_a_bodys_words_stays_its_speakers(text: str, fragments: list[str]) -> None:
    claims = _claims(text)
    sources = {_source_of(claims, f) for f in fragments}
    assert len(sources) == 1
    kinds = {c[1]: c[2] for c in claims}
    assert kinds[sources.pop()] == "named_person"


def test_a_turn_quoting_a_person_or_an_interviewers_initials_keeps_the_quoted_speaker() -> None:
    claims = _claims("Evening Report transcript\nANCHOR: Workers at a building site near Moscow have gone unpaid.\n"
                     "MARIA KOVAL: A ministry official said the workers were paid in full. The men told me the "
                     "foreman kept their passports.\n")
    src = _source_of(claims, "paid in full")
    assert {c[1]: c[2] for c in claims}[src] == "official"
    qa = _claims("Business Brief Q&A\nLi Wen (LW) runs a sewing plant in Dandong that employs North Korean women. "
                 "Our questions are marked QB.\nQB: The workers group says the women work 14 hours a day.\n"
                 "LW: That is false. The workers are paid their wages every month.\n")
    assert {c[1]: c[2] for c in qa}[_source_of(qa, "14 hours a day")] == "organization"


# "she said" after a person introduced by one name with a naming note, not the group heard before
ONE_NAME_INTROS = [
    ("Seamstresses in Dandong\n"
     "According to four women who worked there, the seamstresses sewed coats from dawn until midnight.\n"
     "Pak, who asked that only her surname be used, left the plant in 2022. Her wage, she said, was taken "
     "by the team leader. \"We signed for money we never saw,\" she said.",
     "sewed coats", "wage, she said", "signed for money"),
    ("Loggers in the taiga\n"
     "Several former loggers said the men worked sixteen hours a day in winter.\n"
     "Chol, who asked to be identified only by his given name, spent three years at the camp. He said the "
     "brigade leader kept every passport.",
     "sixteen hours", "kept every passport", None),
    ("Trawler crews\n"
     "Five deckhands interviewed in Busan described beatings on board.\n"
     "Aziz, who asked to be called by his first name, said the captain withheld his wages for eight months. "
     "He said the crew was never allowed ashore.",
     "described beatings", "withheld his wages", "never allowed ashore"),
]


@pytest.mark.parametrize("text,group,first,second", ONE_NAME_INTROS)
def test_she_goes_back_to_a_person_named_once_not_to_the_group(text: str, group: str, first: str,
                                                               second: str | None) -> None:
    claims = _claims(text)
    src = _source_of(claims, first)
    assert src != _source_of(claims, group)
    if second:
        assert _source_of(claims, second) == src


def test_she_with_no_named_person_still_goes_to_the_person_heard() -> None:
    claims = _claims("Seamstresses in Dandong\n"
                     "A former seamstress said the women sewed coats from dawn until midnight.\n"
                     "The factory is near the river. She said the team leader took their wages.")
    assert _source_of(claims, "sewed coats") == _source_of(claims, "took their wages")


# "the second employee" after "Two employees ... The first, ... The second, a woman who ...": that woman
ORDINALS = [  # (body, the second's claim, its back-reference, the first's claim)
    ("Two Chinese employees described the arrangement. The first, a line supervisor, said the dormitory was "
     "padlocked every night. The second, a woman who keeps the accounts, said the wages went to a broker. "
     "\"No worker ever touched her salary,\" the second employee said.", "went to a broker", "touched her salary",
     "padlocked"),
    ("Two drivers spoke to the paper. The first, a man who delivers rice, said the cooks never left the "
     "restaurant. The second, who has driven for the owner since 2019, said the waitresses were not paid. "
     "The second driver added that the manager kept their passports.", "were not paid", "kept their passports",
     "never left"),
    ("Two port workers were interviewed. The first, a crane operator, said the deckhands were beaten. The "
     "second, a clerk at the harbour office, said their wages were withheld. According to the second source, "
     "the captain held their seamen's books.", "wages were withheld", "seamen's books", "were beaten"),
]


@pytest.mark.parametrize("body,first,second,opener", ORDINALS)
def test_the_second_noun_goes_back_to_the_one_introduced_as_the_second(body: str, first: str, second: str,
                                                                       opener: str) -> None:
    claims = _claims("Workers abroad\n" + body)
    assert _source_of(claims, first) == _source_of(claims, second)
    assert _source_of(claims, first) != _source_of(claims, opener)


# a counted group named again: "all four foremen" after "four foremen"; "both former workers" after a pair
GROUPS_AGAIN = [
    ("Builders near Moscow\nThe paper spoke to four Russian foremen on building sites around Moscow. All four "
     "said the brigades arrived in spring. One foreman, in Khimki, said the men slept on the site. All four "
     "foremen said they pay the brigade leader, not the workers.", "arrived in spring", "pay the brigade leader"),
    ("Plasterers in Kazan\nThree site managers were interviewed for this report; the three managers said the "
     "plasterers worked every day. A fourth person, a driver, said the men were locked in at night. All three "
     "managers said the wages went to the team leader.", "worked every day", "wages went to the team leader"),
    ("Crews in the Gulf\nTwo former crew members, now in Seoul, told us they were paid 300 dirhams a month. "
     "One of them said the supervisor read their letters. Both former workers described dormitories with a "
     "guard at the door.", "300 dirhams", "guard at the door"),
    ("Fishing fleet\nTwo deckhands who left the trawler in Suva said their wages were withheld for a year. One "
     "of them said the captain kept their passports. Both former deckhands said they worked twenty hours a day.",
     "wages were withheld", "twenty hours a day"),
]


@pytest.mark.parametrize("text,first,again", GROUPS_AGAIN)
def test_a_counted_group_named_again_is_the_same_source(text: str, first: str, again: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) == _source_of(claims, again)


def test_all_of_a_count_is_not_a_mixed_group_and_both_women_is_a_pair_of_its_own() -> None:
    mixed = _claims("Villa crews in Dubai\nNorth Korean construction workers are still employed on villa projects. "
                    "We interviewed 14 workers and two site managers at one project. The site managers said the "
                    "workers were paid their wages monthly. All 14 workers said a representative kept their "
                    "passports and withheld their wages.")
    assert "managers" not in {c[1]: c[3] for c in mixed}[_source_of(mixed, "kept their passports")]
    pair = _claims("Seafood plant\nTwo former employees said the women worked until midnight. One of them said the "
                   "doors were locked. Both women said their pay went to a minder.")
    assert _source_of(pair, "until midnight") != _source_of(pair, "pay went to a minder")


# "she said" after a titled official named with their body ("Inspector Ana Ruiz of the Labour Agency")
TITLED_OFFICIALS = [
    ("Seamstresses in a basement\nA former seamstress said the foreign seamstresses were never paid their wages.\n"
     "Inspector Sarnai Bold of the General Agency for Specialized Inspection told reporters that her team found "
     "38 seamstresses at the site. \"They work until past midnight,\" Bold said. Her agency has fined the owner for "
     "withholding wages, she said.", "38 seamstresses", "fined the owner"),
    ("Loggers unpaid\nOne logger said the men had not been paid for a year, he said.\n"
     "Prosecutor Ivan Petrenko of the Amur regional prosecutor's office said the camp kept 40 passports. "
     "\"The men could not leave,\" Petrenko said. He said the firm now faces a fine for withholding wages.",
     "40 passports", "faces a fine"),
    ("Crews at the port\nA dock worker said the crews were locked in at night, he said.\n"
     "Commissioner Lea Moreau of the National Labour Office said the crews worked 16 hours a day. "
     "\"Nobody was paid for overtime,\" Moreau said. She said the office would open an inquiry into the wages.",
     "16 hours a day", "open an inquiry"),
]


@pytest.mark.parametrize("text,first,pronoun_claim", TITLED_OFFICIALS)
def test_a_pronoun_after_a_titled_official_of_a_body_is_that_official(text: str, first: str,
                                                                       pronoun_claim: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) == _source_of(claims, pronoun_claim)
    assert {c[1]: c[2] for c in claims}[_source_of(claims, first)] == "official"


# "He said" after "An Authority official, speaking on condition of anonymity, said ...", not the source before
BODY_OFFICIALS = [
    ("Camp raided in Jahra\nA security source said the 40 men had been rented out to building sites for 8 dinars a "
     "day. \"Their boss kept the passports,\" the source said.\nA Manpower Authority official, speaking on "
     "condition of anonymity, said the men had worked seven days a week. He said several had untreated injuries "
     "from the site.", "seven days a week", "untreated injuries"),
    ("Workers found in warehouse\nA neighbour said the workers were never allowed out of the warehouse.\n"
     "A Port Authority official, who asked not to be named, said the crews were paid nothing for three months. "
     "She said the agency had kept their passports.", "paid nothing", "kept their passports"),
]


@pytest.mark.parametrize("text,first,pronoun_claim", BODY_OFFICIALS)
def test_he_after_an_official_of_a_named_body_is_that_official(text: str, first: str, pronoun_claim: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) == _source_of(claims, pronoun_claim)


# "He said" after "A Russian subcontractor working next to the crews said ...": that unnamed person
UNNAMED_CONTRACTORS = [
    ("Plasterers in Vladivostok\nA migration official said the men were students.\nA Russian subcontractor "
     "working beside the crews told the agency the plasterers were locked in at night. He said they were paid a "
     "tenth of the promised wage.", "locked in at night", "tenth of the promised wage"),
    ("Masons in Luanda\nThe ministry said no foreign masons worked on public projects.\nA local contractor who "
     "shares the site said the masons worked from dawn to dusk. She said their chief collected the wages.",
     "dawn to dusk", "collected the wages"),
    ("Kitchens in Doha\nA hotel manager said the cooks had contracts.\nA supplier who delivers vegetables to the "
     "kitchen said the cooks never left the compound. He said their passports were held by a minder.",
     "never left the compound", "passports were held"),
]


@pytest.mark.parametrize("text,first,pronoun_claim", UNNAMED_CONTRACTORS)
def test_he_after_an_unnamed_contractor_is_that_person(text: str, first: str, pronoun_claim: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) == _source_of(claims, pronoun_claim)


def test_a_named_contractor_firm_is_not_a_he() -> None:
    claims = _claims("Masons in Luanda\nA site engineer said the masons worked from dawn to dusk.\n"
                     "The contractor, Atlantic Build Lda, said in a statement that all wages were paid. "
                     "He said the masons' chief kept the passports.")
    assert _source_of(claims, "dawn to dusk") == _source_of(claims, "kept the passports")


# "The interpreter and one former worker described ..." after "All five former workers said ...": a new group
COORDINATED = [
    ("Seafood plants\nAll five former workers said they had left the plant fewer than three times in two years. "
     "The interpreter and one former worker described women being slapped by the team leader.",
     "fewer than three times", "being slapped"),
    ("Restaurant staff\nThree former waitresses at a North Korean restaurant said their wages and tips were taken by "
     "the manager. The cook and one "
     "former waitress described being locked in the kitchen at night.", "tips were taken", "locked in the kitchen"),
    ("Brick kilns\nFour former labourers said they were paid nothing for a season. The driver and two former "
     "labourers said the owner kept their identity cards.", "paid nothing", "kept their identity cards"),
]


@pytest.mark.parametrize("text,first,coordinated", COORDINATED)
def test_a_coordinated_subject_is_not_the_group_before(text: str, first: str, coordinated: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) != _source_of(claims, coordinated)


def test_the_plain_group_noun_still_goes_back() -> None:
    claims = _claims("Restaurant staff\nThree former waitresses at a North Korean restaurant said their wages and "
                     "tips were taken by the manager. "
                     "The waitresses said they were locked in the kitchen at night.")
    assert _source_of(claims, "tips were taken") == _source_of(claims, "locked in the kitchen")


# "He said" when the only person heard is a woman ("she said" before) and a man was named since: that man
GENDER_CLASH = [
    ("Greenhouse workers\nA former agronomist at the farm said the North Korean workers lived in a boiler house, "
     "she said. She said the coordinator held their passports.\nWe later reached Ivan Petrov, the director, by "
     "telephone. He said the workers kept their own passports and were paid in full.",
     "coordinator held", "kept their own passports"),
    ("Cannery crews\nA former line worker said the women were locked in the dormitory at night. She said nobody "
     "was paid for overtime.\nThe paper spoke to Arman Seitkali, who owns the cannery. He said the workers were "
     "free to leave at any time.", "nobody was paid", "free to leave"),
]


@pytest.mark.parametrize("text,hers,his", GENDER_CLASH)
def test_he_is_not_the_woman_heard_before_when_a_man_was_named(text: str, hers: str, his: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, hers) != _source_of(claims, his)
    assert {c[1]: c[2] for c in claims}[_source_of(claims, his)] != "anonymous_source"


def test_he_with_no_man_named_still_goes_to_the_person_heard() -> None:
    claims = _claims("Cannery crews\nA former line worker said the workers were locked in the dormitory at night. "
                     "The cannery is near the port. He said nobody was paid for overtime.")
    assert _source_of(claims, "locked in the dormitory") == _source_of(claims, "nobody was paid")


# "the manager added" after "..., one source, a Chinese logistics manager who visits the factories, said":
# the role given in apposition to a source is that source
APPOSED_ROLES = [
    ("Garment workers in Hunchun\nTwo sources told the site the North Korean women worked through the holiday.\n"
     "\"They got one afternoon off,\" one source, a logistics manager who visits the factories, said. The women "
     "worked until 11 p.m. to finish an order, the manager added.", "one afternoon off", "until 11 p.m."),
    ("Restaurant staff in Vientiane\nTwo people who know the business said the waitresses were never paid.\n"
     "\"They sleep above the kitchen,\" one of them, a grocer who supplies the restaurant, said. The grocer added "
     "that the waitresses cannot leave alone.", "sleep above the kitchen", "cannot leave alone"),
]


@pytest.mark.parametrize("text,first,again", APPOSED_ROLES)
def test_the_role_given_in_apposition_to_a_source_is_that_source(text: str, first: str, again: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) == _source_of(claims, again)


def test_a_listed_document_before_a_role_is_not_that_role() -> None:
    claims = _claims("Cultural centre in Dakar\nA firm has been building a centre using workers from Pyongyang, "
                     "according to satellite images, a Senegalese subcontractor and a sanctions researcher.\n"
                     "The Senegalese subcontractor, who supplied cement to the site, said the workers slept in "
                     "cabins. \"Their chief did the talking,\" he said.")
    src = _source_of(claims, "slept in cabins")
    assert {c[1]: c[2] for c in claims}[src] == "anonymous_source"


# "He said" after "..., one of the sources, a Lao grocer who supplies the restaurant, told the agency" when that
# sentence's own speaker was read as the outlet: the person described, never a source called "He"
DESCRIBED_ONLY = [
    ("Mekong Labour Notes - Laos\nAccording to Mekong Wire:\nA restaurant in Vientiane employs 20 waitresses from "
     "the North, two sources said.\nThe women were brought in on tourist visas, one of the sources, a Lao grocer "
     "who supplies the restaurant, told Mekong Wire. He said the staff live above the dining room and are never "
     "paid.", "never paid"),
    ("Restaurant still open\nThe women were brought in on tourist visas and rotated every six months, one of the "
     "sources, a Lao grocer who supplies the restaurant, told Mekong Wire. He said the staff live above the dining "
     "room and are never paid.", "never paid"),
    ("Cannery crews\nThe crews were flown in on student visas, one of them, a Thai driver who delivers fish to the "
     "plant, told Harbour Daily. She said the workers were locked in at night and their wages were withheld.",
     "locked in at night"),
]


@pytest.mark.parametrize("text,pronoun_claim", DESCRIBED_ONLY)
def test_a_pronoun_goes_to_the_person_described_in_apposition(text: str, pronoun_claim: str) -> None:
    claims = _claims(text)
    src = _source_of(claims, pronoun_claim)
    wording = {c[1]: c[3] for c in claims}[src]
    assert wording.lower() not in ("he", "she")
    assert {c[1]: c[2] for c in claims}[src] == "anonymous_source"


# "NIS officials said ..." after "the National Intelligence Service said ...": the agency speaking again
AGENCY_OFFICIALS = [
    ("IT workers abroad\nNorth Korean programmers are working under stolen identities, the National Intelligence "
     "Service said on Monday. NIS officials also said that the programmers work 14 hours a day and keep only "
     "$300 of their wages.", "stolen identities", "14 hours a day"),
    ("Fishing crews\nThe International Labour Organization said the deckhands were held at sea for two years. "
     "ILO officials said the crews were never paid their wages.", "held at sea", "never paid their wages"),
]


@pytest.mark.parametrize("text,first,again", AGENCY_OFFICIALS)
def test_officials_of_an_agency_named_by_its_acronym_are_the_agency(text: str, first: str, again: str) -> None:
    claims = _claims(text)
    assert _source_of(claims, first) == _source_of(claims, again)


def test_officials_of_another_agency_are_another_source() -> None:
    claims = _claims("Fishing crews\nThe International Labour Organization said the deckhands were held at sea "
                     "for two years. IOM officials said the crews were never paid their wages.")
    assert _source_of(claims, "held at sea") != _source_of(claims, "never paid their wages")
