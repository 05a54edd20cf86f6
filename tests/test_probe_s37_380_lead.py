"""The lead's study of the thirty-seventh session (every text here is written for this test, with fictional people,
firms, boards and outlets, and real countries and places):

- a training notice's "weather permitting" is no visa or permit, and "trainees who pass the exam" hold no pass: such
  a notice stays quiet, while a student's visa and a trainee's pass held by an agency still count;
- a forum thread whose posts are headed "handle - 3 May 2026, 21:40" (an ASCII dash, a moderator's bracketed tag, a
  handle in small letters) gives each post to its poster;
- a quotation a hearing's member reads from a note ('He says in it: "We were ... The owner took ..."') stays the
  note's writer's over all its sentences, not the member's;
- a person met as "a ferry mechanic who wished to be known by his family name alone, Ri," is the named person Ri
  for the "he said" that follows;
- "The cook had learned, she said, that ...": the "she" is the cook (not the source met before), while "The manager
  kept the passports, he said," stays the teller's.
"""

from __future__ import annotations

import pytest

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-10-01", "language": "en"}

NOTICE = """Tarnow Building Skills Centre
COURSE ANNOUNCEMENT - Roof work and scaffolding safety

Dates: 9 to 13 March 2026
Venue: Hall 2, 8 Zavodskaya Street, Irkutsk
Price: 16,000 rubles a person, exam fee included

Intended for
Site foremen, roofers and scaffold erectors working in Irkutsk Oblast. Firms can book a whole crew.

Programme
- Rescue planning and anchor points
- First aid, and telling the labour inspectorate about accidents
- Hands-on practice on the outdoor training tower (weather permitting)

Certification
Trainees who pass both exams get a card that lasts three years.

Booking
Email courses@tarnow-skills.example. Each group takes at most 20.
"""


def test_a_training_notice_stays_quiet() -> None:
    assert analyse(NOTICE, META).claims == []


@pytest.mark.parametrize(("text", "indicator"), [
    ("Forty students on study permits were made to work night shifts at the Corvell plant, a worker said. The "
     "manager kept their passports.", "abuse_of_vulnerability"),
    ("The dispatching firm kept the workers' passports and their trainee passes in a safe, two of the men told "
     "Harbour Voice, and they could not leave the compound.", "retention_of_identity_documents"),
])
def test_visas_and_papers_still_count(text: str, indicator: str) -> None:
    found = {h.indicator for c in analyse(text, META).claims for h in c.indicators}
    assert indicator in found


THREAD = """RiverTalk Forum > Border towns > Work abroad
Thread: Women from a fish plant sent home? (9 replies)

kestrel_river - 3 May 2026, 21:40
Heard from a friend in Dandong: six women from a fish plant tried to leave last week and were caught at the bus
station. The manager had their passports.

plumtree [moderator] - 3 May 2026, 22:05
Reminder: no names of plants in this board.

seawall - 4 May 2026, 08:12
My aunt worked at a shrimp plant in Donggang and always held on to her passport. She shopped in town every Sunday.

kestrel_river - 4 May 2026, 09:03
Since the spring nobody at that plant gets out on Sundays, the workers are locked in the dormitory at night.
"""


def test_dash_dated_headers_give_posts_to_their_posters() -> None:
    found = claim_sources(THREAD, META)
    first = find_claim(found, "six women from a fish plant")
    later = find_claim(found, "locked in the dormitory")
    aunt = find_claim(found, "held on to her passport")
    assert first[:2] == ("named_person", "kestrel_river") and later[2] == first[2]
    assert aunt[:2] == ("named_person", "seawall")


HEARING = """Provincial Assembly
Labour Committee: record of the sitting held on 4 March 2026 (excerpt)

CHAIR (Rep. Omar Salek): Next on the agenda is the inspectorate. Director Varga, the floor is yours.

DIRECTOR ILONA VARGA (Labour Inspectorate): Thank you, Chair. Our inspectors found about 300 workers at brick kilns in
debt to the owners.

REP. ANA TORVELL: My staff were handed a note in June by a former kiln worker from near Hyderabad.
He says in it: "We were twenty families in one yard. The owner took our identity cards and said they would be
returned once the advance was cleared. Nobody was allowed to leave the yard without the munshi."

REP. ANA TORVELL: Does the inspectorate consider that forced labour?
"""


def test_a_letter_read_at_a_hearing_stays_its_writers() -> None:
    found = claim_sources(HEARING, META)
    opener = find_claim(found, "twenty families in one yard")
    cards = find_claim(found, "took our identity cards")
    leave = find_claim(found, "Nobody was allowed to leave")
    assert opener[0] == "anonymous_source" and cards[2] == opener[2] and leave[2] == opener[2]
    member = find_claim(found, "My staff were handed a note")
    assert member[2] != opener[2]


@pytest.mark.parametrize(("text", "name"), [
    ('On the quay at Rajin, a ferry mechanic who wished to be known by his family name alone, Ri, has carried '
     'letters between workers and their families for a decade. "The women at the crab plant are locked in at night," '
     'he said. Their passports are kept by the manager and their wages are withheld, he said.', "Ri"),
    ('In Hunchun, a cook who agreed to be named only by her given name, Min, worked at the plant until May. "We '
     'were locked in at night," she said. Their passports were kept by the manager and their wages were withheld, she '
     'said.', "Min"),
])
def test_a_person_identified_only_by_a_name_is_that_named_person(text: str, name: str) -> None:
    found = claim_sources(text, META)
    locked = find_claim(found, "locked in at night")
    assert locked[:2] == ("named_person", name)
    assert find_claim(found, "passports")[2] == locked[2]


CHAIN = ('A source in Chongjin told the paper that workers at the Hunchun plant must pay 1,500 yuan to the loyalty '
         'fund, and their wages are withheld. Another account came from a cook in Hunchun who sells noodles to the '
         'dormitories. The cook had learned, she said, that two women ran away from the compound in March and were '
         'caught and sent back. The cook said the workers were locked in at night.')


def test_the_one_who_had_learned_is_the_she_of_the_aside() -> None:
    found = claim_sources(CHAIN, META)
    heard = find_claim(found, "two women ran away")
    assert heard[2] == find_claim(found, "locked in at night")[2]
    assert heard[2] != find_claim(found, "loyalty fund")[2]


def test_an_aside_after_a_deed_stays_the_tellers() -> None:
    text = ('A worker at the Hunchun plant told the paper their wages are withheld. The manager kept the passports, he '
            'said, and the women were locked in at night.')
    found = claim_sources(text, META)
    assert find_claim(found, "kept the passports")[2] == find_claim(found, "wages are withheld")[2]

