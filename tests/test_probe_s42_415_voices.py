"""Who speaks on pages where the voice is set by the page's shape (a study of s42 on a held-out set; every text here is
written for this test, with fictional firms, groups and people; places are real):

- a first-person testimony under a note naming its witness by a given name and an initial ("Tomas R., 41, ...");
- a network thread headed by the poster's display name and handle, with numbered posts, and a firm's handle with a
  country's code whose replies speak as "we";
- "We put these accounts to X" then "In a statement it said ...": X;
- "When I called him last week he said ...": the man named just before;
- a bare tally ("Forty told us ...") after "Of the N ..., M said" in a witness's turn: the witness;
- a threat told to the narrator in indirect speech ("He also said if I ...", "He told me the agency said if he ..."):
  the narrator's, or the narrator's relative's;
- a customs office's own release: its officers and investigators are the page's voice;
- a reply under a label in capitals ("REPLY FROM ... (received ...)") and a greeting line: the firm's;
- "paid according to the regional agreement" is no attribution;
- "The gangmaster, known only as X, is believed to ..." is not X speaking."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse


def _speaker(a, start: str):  # type: ignore[no-untyped-def]
    claim = next((c for c in a.claims if c.text.startswith(start)), None)
    assert claim is not None, (start, [c.text[:40] for c in a.claims])
    return a.source(claim.source)


TESTIMONY = """FIELD VOICES - FIRST PERSON

A season in the pear orchards

Tomas R., 41, came to Portugal from Moldova in 2021. He told his story to our reporter in Leiria in March 2026; the names of the farms are left out.

I worked for a grower who paid 2 euros for each box of pears. In a good week I made 150 euros, never the 300 euros written in my contract.

He registered me for four days in the whole month, but I worked twenty days. He still owes me about 700 euros. The foreman takes 4 euros from each of us every day for the van, and he shouts at us when we are slow. Without papers you cannot refuse anything.

Nobody has kept my passport. It stays with my sister in Chisinau.
"""


def test_a_witness_named_by_a_given_name_and_an_initial_tells_the_account() -> None:
    a = analyse(TESTIMONY, {})
    for start in ("In a good week I made", "He registered me for four days", "He still owes me"):
        src = _speaker(a, start)
        assert src is not None and src.wording == "Tomas R.", (start, src)


THREAD = """Marta Kowalczyk @marta_k_rights
Volunteer with a migrant support group. Lives in Antwerp.

1/ Last week 20 Polish workers at a vegetable plant near Mechelen were dismissed and told to leave their agency flats within three days.

2/ Three of them slept in a van behind the station for two nights.

3/ They paid €120 a week each for a bunk in a shared room, taken straight from their wages by the agency.

Posted 8:40 AM - 2 Mar 2026

Replies

@StaffPro_BE (verified)
No worker was left without a bed by us. Everyone was offered a place at our Lier house until the last pay day.
"""


def test_a_thread_under_a_display_name_and_handle_is_the_poster_s() -> None:
    a = analyse(THREAD, {})
    for start in ("1/ Last week 20 Polish workers", "3/ They paid"):
        src = _speaker(a, start)
        assert src is not None and src.wording == "Marta Kowalczyk" and src.kind == "named_person", (start, src)


def test_a_firm_s_handle_with_a_country_code_speaking_as_we_is_the_firm() -> None:
    a = analyse(THREAD, {})
    src = _speaker(a, "No worker was left without a bed")
    assert src is not None and src.kind == "organization", src


PODCAST = """FIELD NOTES - Episode 9: "Cold Caravans"
A podcast from Greenway Audio. Transcript. Published 4 May 2026.

LENA FOSS (HOST): This is Field Notes. Our reporter Omar Haddad spent the summer with pickers from Ukraine on a farm in Norfolk.

HADDAD (REPORTER): I met Petro - not his real name - outside a caravan park near King's Lynn. He is 31.

PETRO (voiced by an actor): I paid the agent 2,800 dollars for the visa and the flight. After six weeks the farm said there was no more work and we must leave.

FOSS: We put these accounts to Harvey Fields Ltd, the labour provider that placed Petro on the farm. In a statement it said it charges workers no fees and has never worked with any agent in Ukraine.

HADDAD: Petro is back in Lviv now. When I called him last week he said he is working on a building site to pay back the loan.
"""


def test_the_body_the_accounts_were_put_to_is_the_it_of_its_statement() -> None:
    a = analyse(PODCAST, {})
    src = _speaker(a, "In a statement it said")
    assert src is not None and src.wording.startswith("Harvey Fields"), src


def test_he_said_after_the_writer_s_call_is_the_man_called() -> None:
    a = analyse(PODCAST, {})
    src = _speaker(a, "When I called him last week")
    assert src is not None and src.wording == "Petro", src


HEARING = """Oral evidence: Seasonal labour in horticulture, HC 411

Tuesday 3 March 2026

Witnesses: Dana Whitlock, Director, Harvest Helpline.

Q20 Chair: Ms Whitlock, what did your helpline hear last year?

Dana Whitlock: Of the 180 pickers who called our helpline last season, 120 said they had paid fees to agents abroad, most of them with money borrowed from lenders. Forty told us they had been sent home weeks before their visa ran out.
"""


def test_a_bare_tally_after_an_of_the_tally_stays_with_the_witness() -> None:
    a = analyse(HEARING, {})
    src = _speaker(a, "Forty told us")
    assert src is not None and src.wording == "Dana Whitlock", src


FORUM = """FarmWorkers Board > Seasonal visa > Problems

Thread: Manager took my passport, what to do?

aziz_uz | Posted 3 May 2026
Hello, I am on the seasonal visa on a salad farm in Kent. On arrival the manager collected our passports, he said for the payroll. It is now four weeks and I still do not have my passport back.

aziz_uz | Posted 9 May 2026
Update: got the passport back today. The manager said it was a mistake. He also said if I complain on the internet again I can go home.
"""


def test_a_threat_told_to_the_narrator_is_the_narrator_s() -> None:
    a = analyse(FORUM, {})
    src = _speaker(a, "He also said if I complain")
    assert src is not None and src.wording == "aziz_uz", src


COUSIN = """Agency workers evicted from tied housing near Breda

Twenty packers from Bulgaria were dismissed by a staffing agency and told to leave their rooms within three days. They had paid 120 euros a week each for a shared room, deducted from their wages. The labour inspectorate said it would visit the plant in March.

My brother was one of the packers there. He told me the agency said if he complained he would lose his last wages and his bed.
"""


def test_a_threat_relayed_by_the_writer_s_relative_is_the_relative_s() -> None:
    a = analyse(COUSIN, {})
    src = _speaker(a, "He told me the agency said")
    assert src is not None and src.wording == "My brother", src


RELEASE = """Main Customs Office Rostock - Press release

Customs checks fish processing plants in the district of Vorpommern-Greifswald

Rostock, 10 April 2026

On 8 April 2026, around 90 officers of the Financial Control of Undeclared Work of the Main Customs Office Rostock inspected three fish processing plants and six accommodation buildings in Wolgast.

Findings so far:

1. Investigators suspect that overtime was paid in cash and below the statutory minimum wage.

2. In one house used by the staffing firm, officers found 14 people living in four rooms, with damp on the walls and one shower.

3. Several workers stated that their passports were held by a coordinator of the staffing firm, and that they had paid 500 euros each to a recruiter for the job.
"""


def test_a_customs_office_s_own_officers_speak_as_its_release() -> None:
    a = analyse(RELEASE, {})
    for start in ("2. In one house used by the staffing firm", "In one house used by the staffing firm"):
        claim = next((c for c in a.claims if c.text.startswith(start)), None)
        if claim is not None:
            src = a.source(claim.source)
            assert src is not None and src.kind == "outlet", src
            return
    raise AssertionError([c.text[:40] for c in a.claims])


LETTER = """OPEN LETTER

From: Campo Justo Network, Almeria
To: The Board, Nordhandel AG, Hamburg
Date: 4 March 2026

Dear members of the Board,

Women working in the greenhouses of your supplier told our team that they work twelve hours a day for 30 euros, against a contractual rate of about 60 euros.

Yours sincerely,
Lucia Ferrer, Coordinator, Campo Justo Network

---

REPLY FROM NORDHANDEL AG (received 20 March 2026, published with permission)

Dear Ms Ferrer,

Thank you for your letter. The supplier has informed us that all workers are paid according to the regional agreement.

Nordhandel does not accept that conditions at the supplier amount to forced labour.
"""


def test_a_reply_under_a_capitals_label_and_a_greeting_is_the_firm_s() -> None:
    a = analyse(LETTER, {})
    src = _speaker(a, "Nordhandel does not accept")
    assert src is not None and src.kind == "organization" and "NORDHANDEL" in src.wording.upper(), src


def test_paid_according_to_an_agreement_is_no_attribution() -> None:
    a = analyse(LETTER, {})
    src = _speaker(a, "The supplier has informed us")
    assert src is not None and src.kind != "document", src


GANGMASTER = """Tomato pickers near Latina work thirteen-hour days

Before dawn the vans leave the settlement for the fields, each carrying a dozen men who pay the driver for the ride.

The gangmaster, known in the camp only as Big Tony, is believed to run five vans and to take a cut from the pay of about 70 men.
"""


def test_the_named_gangmaster_of_a_passive_belief_is_not_its_speaker() -> None:
    a = analyse(GANGMASTER, {})
    src = _speaker(a, "The gangmaster, known in the camp")
    assert src is None or src.wording != "Big Tony", src


REPLY = """Pickers at a Lincolnshire farm say they were underpaid

Workers from Kyrgyzstan on a farm near Boston said their last wages were held back and that the supervisor kept their passports for weeks.

Fenland Growers Ltd said in a statement that all final wages were paid on 3 May and that all staff were paid at least the National Living Wage.
"""


def test_a_firm_s_statement_that_all_wages_were_paid_is_a_denial() -> None:
    a = analyse(REPLY, {})
    claim = next(c for c in a.claims if c.text.startswith("Fenland Growers Ltd said"))
    assert claim.polarity == "negated", claim


CONCESSION = """Pickers in Murcia describe unpaid days

Q: Are all farms like this?

A: No. Many farms treat workers fairly. But on the farms we visit, the foreman keeps the passports and the pickers are paid 25 euros for a day that should pay 50.
"""


def test_a_concession_that_many_farms_treat_workers_fairly_is_negated() -> None:
    a = analyse(CONCESSION, {})
    claim = next((c for c in a.claims if "Many farms treat" in c.text), None)
    assert claim is not None and claim.polarity == "negated", claim


def test_no_indications_so_far_is_a_negative_finding() -> None:
    text = RELEASE + "\n4. There are no indications so far that the workers were locked in the houses.\n"
    a = analyse(text, {})
    claim = next((c for c in a.claims if "no indications so far" in c.text), None)
    assert claim is not None and claim.polarity == "negated", claim


def test_a_profile_thread_s_posts_end_at_the_posting_line() -> None:
    # a line after the posting time is no longer the poster's numbered post
    text = THREAD.replace("Replies\n", "Twelve of the dismissed workers were still sleeping in cars a week later.\n\nReplies\n")
    a = analyse(text, {})
    assert _speaker(a, "1/ Last week 20 Polish workers").wording == "Marta Kowalczyk"
    src = _speaker(a, "Twelve of the dismissed workers")
    assert src is None or src.wording != "Marta Kowalczyk", src
