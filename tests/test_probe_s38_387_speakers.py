"""Probe (s387): who is credited, in seven shapes of report.

- A person met by a description in the lede, spoken of again ("the former foreman said") and then named in the next
  sentence by the surname alone ("He asked to be known by his family name, X."): one named source.
- A thread's header naming the poster between the network's name and the town ("Postboard | Ana Ruiz @ana_r | Town"):
  the thread's first-person posts are the poster's; a post's number ("1/") is no part of a speaker.
- A person introduced by role, name and body in a sentence that quotes only a verdict ('called it "false"'): the
  antecedent of the "she said" that follows.
- A character who "told us" inside a worker's own first-person answer: the worker goes on speaking.
- "Mr X's story matches what a lawyer, Y, told me. In her view ...": the woman, not Mr X.
- A case note's counted people with their ages ("Two brothers, 19 and 22, ...") are the "Both" who speak next.

Texts written for this test; firms, places and people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}


def _speakers(text: str, meta: dict[str, str] | None = None) -> dict[str, tuple[str | None, str]]:
    a = analyse(text, meta or META)
    out: dict[str, tuple[str | None, str]] = {}
    for c in a.claims:
        src = a.source(c.source)
        if src is not None:
            out[c.text[:14]] = (src.wording, src.kind)
    return out


def test_surname_given_after_the_lede_names_the_person() -> None:
    text = ("PORT TALBRIDGE - About 80 Nepali women pack shrimp at the Coralbay plant, according to a former foreman "
            "who left the company in March.\n\n"
            "The women are locked in their dormitory at night, the former foreman told us. He asked to be known "
            "by his family name, Ortiz.\n\n"
            "\"Their passports stay in the office safe,\" Ortiz said.\n")
    got = _speakers(text)
    assert got.get("The women are ") == ("Ortiz", "named_person"), got
    assert got.get("\"Their passpor") == ("Ortiz", "named_person"), got


def test_thread_header_with_a_town_names_the_poster() -> None:
    text = ("Postboard | Ana Ruiz @ana_ruiz_tb | Talbridge\n\n"
            "1/ Local paper Talbridge Herald reports that six Nepali packers have not been paid since March.\n\n"
            "2/ What I saw with my own eyes: the packers are locked in at night and a guard keeps their passports.\n\n"
            "Replies\n\n"
            "@kofi_m: Sad story.\n")
    got = _speakers(text)
    assert got.get("2/ What I saw ") == ("Ana Ruiz", "named_person"), got
    assert got.get("1/ Local paper") == ("Local paper Talbridge Herald", "outlet"), got


def test_a_verdict_in_quotes_still_introduces_the_person() -> None:
    text = ("Nepali packers at the Coralbay plant said their wages were withheld for months and their passports "
            "were kept by the manager, two of the women told the Talbridge Herald.\n\n"
            "The firm denied it. A Lima-based lawyer, Ana Ruiz of the Harbour Legal Clinic, called the firm's account "
            "\"not credible\". \"We have the payroll and it shows nothing was paid for five months,\" she said.\n")
    got = _speakers(text)
    assert got.get("\"We have the p") == ("Ana Ruiz", "named_person"), got


def test_told_us_inside_a_workers_own_answer_is_the_worker() -> None:
    text = ("\"They kept our passports\": three years in a Talbridge shrimp plant\n\n"
            "Harbour Monthly | Interviews | Summer 2026\n\n"
            "Mina Rai (not her real name) packed shrimp at a plant in Talbridge from 2019 to 2022. She now lives in "
            "Kathmandu. Interview by Tom Price.\n\n"
            "How much were you paid?\n\n"
            "The owner paid the agent 900 dollars monthly per head. We got 40 dollars. Our "
            "passports stayed in the agent's safe.\n\n"
            "Were you ever hurt?\n\n"
            "Nobody struck me. Then the foreman told us a cook who fled from another plant had been found "
            "and sent home. That is how they kept us in line.\n")
    got = _speakers(text)
    assert got.get("Then the forem") == ("Mina Rai", "named_person"), got


def test_told_us_in_the_writers_voice_stays_the_character() -> None:
    # near miss: the writer's "us" (no worker's first-person answer before it): the supervisor spoke to the paper
    text = ("Nepali packers at the Coralbay plant in Talbridge have not been paid for months, two of them said.\n\n"
            "We visited the plant in May. The supervisor told us that the packers' passports were kept in the office "
            "for safety.\n")
    got = _speakers(text)
    assert got.get("The supervisor", (None, ""))[0] != "two of them", got


def test_she_after_mr_x_account_is_the_woman_named_there() -> None:
    text = ("Nepali packers at the Coralbay plant said their passports were kept by the manager.\n\n"
            "Mr Tamang's story matches what a labour lawyer, Ana Ruiz, told me. She says the contracts she has "
            "read list the packers as trainees who were paid nothing for months.\n")
    got = _speakers(text)
    assert got.get("She says the c") == ("Ana Ruiz", "named_person"), got


def test_both_after_two_people_with_ages_is_the_pair() -> None:
    text = ("HARBOUR AID\nCase notes, 2026\n\n"
            "Case 3. Two brothers, 19 and 22, laid bricks at a kiln near Talbridge. Both said their passports were "
            "taken by the kiln owner and their wages were withheld for six months.\n")
    got = _speakers(text)
    assert got.get("Both said thei") == ("Two brothers", "anonymous_source"), got


def test_workers_who_told_us_inside_a_witness_answer_stay_the_workers() -> None:
    # near miss: the witness relays what the workers told her team; they are not characters of her own story
    text = ("Q12 Chair: Dr Lund, what did your team find?\n\n"
            "Dr Lund: Our researchers in Talbridge found Nepali packers who were paid far below the minimum wage. "
            "In one of those plants, the workers told us, the gates were locked at night and their passports "
            "were kept by the manager.\n")
    got = _speakers(text)
    assert got.get("In one of thos", ("", ""))[0] != "Dr Lund", got
