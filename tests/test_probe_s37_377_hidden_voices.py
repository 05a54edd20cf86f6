"""Speakers whose names a page withholds (a study of s37 on a held-out set; every text here is written for this test,
with fictional firms and people): a case file's initials described by an age or under a note on initials (an
``anonymous_source``, not a pseudonym); a first-person account under an "As told to" line whose note gives the
teller's first name alone; the answers of an interview with an unnamed interviewee; the bullets under "Among the ...
interviewed:" when the page counts another group after the list. Near misses stay as they were: an initial the page
gives as a name ("whom we call T."), two initials, a first name in a news story's note without "As told to", an
interview whose introduction names the person."""

from __future__ import annotations

from attribution_helpers import opening_speakers as _speakers

CASES = ("Tamarind Aid Network\nCase files: cleaners in Qatar, spring 2026\n\n"
         "Names are shortened to initials to protect the women.\n\n"
         "Case 1: P., 28, Kenya\nP. was hired in Nakuru by a broker. P. told us the employer kept her passport in a "
         "safe. She said she worked from dawn to midnight.\n\n"
         "Case 2: T., 33, Ghana\nT. said the family locked her in when they went out.\n")


def test_case_file_initials_are_anonymous() -> None:
    got = _speakers(CASES)
    assert got["P. told us the employer k"] == ("P.", "anonymous_source"), got
    assert got["T. said the family locked"] == ("T.", "anonymous_source"), got


def test_case_initials_by_age_alone_are_anonymous() -> None:
    text = ("Brightwater Legal Aid\n\nV., 45, a driver from Kisumu, came to our office in May. V. said his employer "
            "held his passport and had not paid him for three months.\n")
    got = _speakers(text)
    assert ("V.", "anonymous_source") in got.values(), got


def test_two_initials_by_age_stay_named() -> None:
    text = ("Brightwater Legal Aid\n\nV.K., 45, a driver from Kisumu, came to our office in May. V.K. said his employer "
            "held his passport and had not paid him for three months.\n")
    got = _speakers(text)
    assert all(kind != "anonymous_source" for w, kind in got.values() if w == "V.K."), got


def test_an_initial_given_as_a_name_stays_named() -> None:
    text = ("Harbourline Helpdesk\n\nA caller from Cebu, whom we call T., said her employer took her phone and "
            "locked her in the flat on her days off.\n")
    got = _speakers(text)
    assert all(kind != "anonymous_source" for w, kind in got.values() if w == "T."), got


ACCOUNT = ("THE RIVERBANK GAZETTE | Voices\n\nA cook on his year in Muscat\n\n"
           "As told to Ben Hale. Tendai, 29, asked that only his first name be printed. He came home in June.\n\n"
           "I paid the agent in Harare for the visa. When I arrived, the boss took my passport. I cooked from six "
           "to midnight and had no day off.\n\n"
           "My cousin went to Doha. She told me on the phone that her boss kept her locked in.\n\n"
           "When I went back to the agency, the clerk told me the office \"never sends anyone to a bad house.\"\n")


def test_first_name_teller_under_as_told_to() -> None:
    got = _speakers(ACCOUNT)
    assert got["When I arrived, the boss "] == ("Tendai", "named_person"), got
    assert got["I cooked from six to midn"] == ("Tendai", "named_person"), got


def test_first_name_note_without_as_told_to_is_no_account() -> None:
    text = ("THE RIVERBANK GAZETTE\n\nCooks in Muscat complain of unpaid wages\n\n"
            "Tendai, 29, asked that only his first name be printed. He came home in June.\n\n"
            "I paid the agent in Harare for the visa, a neighbour of hers said. The boss took my passport, "
            "another cook said.\n")
    got = _speakers(text)
    assert all(w != "Tendai" for w, _ in got.values()), got


INTERVIEW = ("Valley Courier | Labour | 4 May 2026\n\n\"They never saw the contract\": a former broker on cooks in "
             "Oman\n\nInterview by Mina Sherpa. The interviewee worked for six years as a broker in Dolakha and spoke "
             "on one condition: that we do not name him. He asked us not to name his village either.\n\n"
             "How did you find the cooks?\n\nThrough friends. I told them the work was at a hotel and the pay was "
             "good.\n\nWhat did they pay you?\n\nMost borrowed from a lender to pay my fee. The employer took their "
             "passports on arrival.\n\nDid anyone complain?\n\nOne said her room was shut with a key at night. I was "
             "told the office in Muscat keeps women in a room between jobs.\n")


def test_unnamed_interviewee_answers() -> None:
    got = _speakers(INTERVIEW)
    assert got["The employer took their p"] == ("the interviewee", "anonymous_source"), got
    assert got["I was told the office in "] == ("the interviewee", "anonymous_source"), got


def test_named_interviewee_keeps_the_name() -> None:
    text = INTERVIEW.replace("The interviewee worked", "Hari Lama worked")
    got = _speakers(text)
    assert got["The employer took their p"] == ("Hari Lama", "named_person"), got


BULLETS = ("PRESS RELEASE\nRavenmoor Workers Trust\nLagos, 3 March 2026\n\n"
           "Ravenmoor Workers Trust today published interviews with 140 cleaners who came home from hotels in Oman.\n\n"
           "Among the cleaners interviewed:\n- 90 said their employer kept their passport;\n"
           "- 71 said wages were still owed on leaving;\n- 40 said they had been threatened with arrest.\n\n"
           "Fifteen cleaners said they got all their pay and kept their passports.\n")


def test_bullets_are_the_group_of_the_lead_in() -> None:
    got = _speakers(BULLETS)
    assert got["- 90 said their employer "][0] == "the cleaners interviewed", got
    assert got["- 40 said they had been t"][0] == "the cleaners interviewed", got
    assert got["Fifteen cleaners said the"][0] == "Fifteen cleaners", got
