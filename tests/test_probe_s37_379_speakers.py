"""Probes (s379): who speaks in five kinds of page the blind sets showed read wrongly.

- case notes that head each case with a person's initials ("Case 2: K.L., 40, from ..."): the initials hide an
  unnamed person, an ``anonymous_source``; initials met outside such headings stay as read;
- a board's reply header that names the post's kind first ("reply · dune_rider7 · Marseille"): each reply is its
  own poster's, and a collective's verified account posting in words is a body;
- a Q&A whose deck opens with the unnamed interviewee ("A former welder at ..."), with its questions on lines of
  their own: the answers are that person's, not the page's;
- a hearing record whose police witness is labelled by rank ("Detective Inspector Ana Ruiz:"): her turn is hers;
- bullets under "Among the 60 cooks interviewed:" are the group in the lead-in's words.

Texts written for these tests; the people, groups, firms and pages are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-05-02", "language": "en"}


def _speaker(text: str, part: str) -> tuple[str | None, str]:
    a = analyse(text, META)
    c = next(c for c in a.claims if part in c.text)
    src = a.source(c.source)
    assert src is not None
    return src.wording, src.kind


CASES = """Harbourside Migrant Advice Service
Casework bulletin, spring 2026

We opened 140 files on care workers this year. Initials and some details below have been altered.

Case 1: K.L., 40, from Dhaka, Bangladesh

K.L. told us she paid a recruiter in Sylhet £9,000 for a care job and that her employer kept her passport.

Case 2: P., 33, from Accra, Ghana

P. said he worked 70 hours a week and was threatened with losing his visa if he complained.
"""

COURT = """Westmarch Law Bulletin

The court convicted D.V., 47, who ran a cleaning agency, of forced labour. Workers said D.V. kept their passports
and paid them nothing for months. D.V. told the court that the workers had been free to leave at any time.
"""


def test_initials_heading_a_case_are_an_unnamed_person() -> None:
    assert _speaker(CASES, "paid a recruiter") == ("K.L.", "anonymous_source")
    assert _speaker(CASES, "70 hours a week") == ("P.", "anonymous_source")


def test_initials_outside_case_headings_stay_as_read() -> None:
    wording, kind = _speaker(COURT, "free to leave")
    assert wording == "D.V." and kind == "named_person"


THREAD = """Street Riders Board > Forum > Couriers in Spain > Accounts

Thread: Paying for someone's account, normal?

dune_rider7 · Valencia · posted 2 May 2026
The account I use belongs to a neighbour. He keeps 30 percent of everything the app pays and he kept my first week as a deposit.

   reply · sol.courier9 · Sevilla
   Mine takes 45% and he holds my passport until I pay him for the bike.

   reply · Colectivo Ruedas Unidas (verified)
   In our experience some account owners hire out one account to three riders at once. Write to us if your pay is kept.

   reply · pepe_88
   I heard a rider in Malaga was beaten by the account owner.
"""


def test_kind_first_reply_headers_give_each_reply_its_poster() -> None:
    assert _speaker(THREAD, "45%") == ("sol.courier9", "named_person")
    assert _speaker(THREAD, "was beaten") == ("pepe_88", "named_person")
    wording, kind = _speaker(THREAD, "In our experience")
    assert wording == "Colectivo Ruedas Unidas" and kind == "organization"
    assert _speaker(THREAD, "30 percent")[0] == "dune_rider7"


def test_a_collective_named_without_de_is_a_body() -> None:
    assert classify("Collectif Vents Libres") == "organization"
    assert classify("Colectivo Mar Abierto") == "organization"
    assert classify("Maria Colet") == "named_person"  # near miss: a person's name


QA = """NORTH SEA WORK JOURNAL
Q&A | "The bed was part of the deal"
A former welder at a shipyard in Gdansk on pay, beds and sick days
Published 3 April 2026 · Interview by Lena Holm

He is 41 and worked for two years at the yard through a staffing firm. His name is withheld at his request.

Who hired you?

Through a staffing office in Vilnius. They promised 16 euros an hour and a bed for 80 euros a week.

What were the hours?

On paper 40. In practice 60, and on days the crane broke nobody paid us.

What happened when you fell ill?

The supervisor said that if I stayed in bed I would lose the bed, because it came with the contract.
"""


def test_a_qa_decks_unnamed_interviewee_answers() -> None:
    wording, kind = _speaker(QA, "In practice 60")
    assert wording == "A former welder" and kind == "anonymous_source"


HEARING = """SELECT COMMITTEE ON WORKPLACE STANDARDS
Oral evidence: Labour abuse in food packing
Tuesday 9 June 2026

Witnesses: Dr Ruth Amadi, Director, Fair Pack Trust; Detective Inspector Ana Ruiz, county police; Tom Reyes MP, Minister.

Q41 Chair: Dr Amadi, what did you find?

Dr Ruth Amadi: At nine packing sheds the workers we met earned £30 for a twelve-hour day and owed their drivers for the journey.

Q42 Chair: Minister?

Tom Reyes: I reject the claim that forced labour is common in the sector. Inspectors visited 50 sheds and found no trafficking at 47 of them.

Q43 Chair: Inspector Ruiz?

Detective Inspector Ana Ruiz: At one shed we found six men sleeping in a freight container. The foreman's bank account received all six men's pay.

Dr Amadi: Several workers told us their passports were held by the shed manager.
"""


def test_a_police_rank_labels_a_hearing_turn() -> None:
    wording, _ = _speaker(HEARING, "freight container")
    assert wording is not None and "Ana Ruiz" in wording
    wording, _ = _speaker(HEARING, "all six men")
    assert wording is not None and "Ana Ruiz" in wording


RELEASE = """FIELD HANDS NETWORK
PRESS RELEASE
Leeds, 2 June 2026

The Field Hands Network today published interviews with 60 Nepali and Indian cooks working in restaurant kitchens in Yorkshire.

The network found that most cooks owed money to the agent who brought them.

Among the 60 cooks interviewed:
- 41 said a normal week ran to 70 hours or more;
- 22 said the restaurant owner kept their passports;
- 17 said they were never given a written contract.

The network asks restaurants to stop using agents who charge cooks fees.
"""


def test_bullets_under_a_lead_in_are_the_group_in_its_words() -> None:
    wording, kind = _speaker(RELEASE, "70 hours")
    assert wording == "the 60 cooks interviewed" and kind == "anonymous_source"


TESTIMONY = """Field Voices
Testimony of Ilinca (a pseudonym), 38, a cherry picker from Iasi, as told to our reporter.

In May a woman from our village, Dorina, said a farm in Denmark paid 20 euros an hour to pickers. She said the bus and a bed were free. We borrowed 3,000 lei from my brother to go, and at the farm they took 300 euros a head for the bed.

The farm did not answer our questions.
"""


def test_a_testimony_goes_on_with_what_the_recruiter_said_next() -> None:
    assert _speaker(TESTIMONY, "bus and a bed")[0] == "Ilinca"
    assert _speaker(TESTIMONY, "We borrowed")[0] == "Ilinca"
