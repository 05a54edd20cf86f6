"""Probes of the forty-third session (heldout416's study): pages about crews at sea and the firms that answer for
them. A fleet's crew welfare policy is rules, not reports; a magazine that labels its questions with its own masthead
also prompts between them; an analyst's tallies of the crews her team interviewed are her account; an audit summary
printed inside a firm's statement is the summary's voice ("Scope:" and "Limitation:" are its fields, no speakers); an
owner's assurances of routine pay and shore leave are denials; "X sent a statement. It says ..." is X; and a digest
item's "The NGO says" is the group its "Source:" line names. Texts written for these tests; every firm, group,
person and vessel is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-10", "language": "en"}


def _by_text(text: str, meta: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    a = analyse(text, meta or META)
    return a, {s.key: s for s in a.sources}


POLICY = """Fisher Welfare Policy | Tern Bay Fishing Holdings

Tern Bay Fishing Holdings
Home | Our fleet | Careers | Contact

Fisher Welfare Policy
Edition 2 | Adopted by the directors on 3 March 2026

1. Purpose
Tern Bay Fishing Holdings runs longliners that fish the Coral Sea and land in Suva and Noumea. These are the lowest standards the holding accepts on any of its boats, for each fisher, whoever signed him up.

2. Hiring
No fisher shall be charged any recruitment fee, deposit or bond, or "guarantee money", to get a berth. Every contract must be written in the fisher's own language.

3. Papers and pay
Fishers keep hold of their own passports and seaman's books. Pay must be credited monthly to an account in the fisher's own name, and no part of it may be kept back as security.

4. Rest and time ashore
Every fisher must be given at least ten hours of rest in any day. No boat may stay out for more than ninety days without calling at a port where the crew can go ashore.

5. Health and concerns
A sick or hurt fisher must see a doctor at the next port at the latest. Fishers may report a concern in confidence through our helpline in Tagalog, Khmer and English.
"""


def test_a_fleets_crew_welfare_policy_yields_no_claims() -> None:
    a = analyse(POLICY, META)
    assert a.claims == []


QA = """TIDELINE MAGAZINE
Q&A: "Nobody sees the men on the reefers"

Published 2 February 2026

Tideline Magazine spoke to Renata Olsberg, a researcher at the Harwick Ocean Labour Unit, about crews on tuna longliners.

Tideline Magazine: What did your team find?

Olsberg: We interviewed 24 crew members after they landed in Suva. Seventeen told us their captain kept their passports. Nine said they had asked to leave and were refused. Several said the bosun hit men who worked too slowly.

Tideline Magazine: The owners say the crews are treated well.

Olsberg: Owners always say that. The men we met described nineteen-hour days in the peak season.

Tideline Magazine: Were the men ever allowed ashore?

Olsberg: Rarely. Most had not set foot on land for a year.

Tideline Magazine: You also mention a harbour log.

Olsberg: Yes. It shows that two of the boats stayed out for fifteen months.

Tideline Magazine: What would help?

Olsberg: Port calls every four months, with shore leave that nobody can refuse.
"""


def test_a_masthead_that_asks_the_questions_also_prompts_no_claims() -> None:
    a, _ = _by_text(QA)
    texts = [c.text for c in a.claims]
    assert not any(t.startswith("Tideline Magazine:") for t in texts)
    assert not any("treated well" in t or "harbour log" in t for t in texts)


def test_the_analysts_tallies_of_the_crews_she_interviewed_are_hers() -> None:
    a, src = _by_text(QA)
    for start in ("Seventeen told us", "Nine said", "Several said"):
        c = next(c for c in a.claims if c.text.startswith(start))
        assert src[c.source].wording == "Renata Olsberg", start


RELEASE = """PRESS RELEASE

Lanton Cold Foods Co., Ltd. answers media reports and publishes an audit summary

Dalian, 5 January 2026 - Lanton Cold Foods Co., Ltd. ("the Company"), a processor of frozen cod, today responded to recent media reports about its Dalian plant.

The Company states the following:

1. The Company does not hold any passports or identity cards of its staff. Pay goes each month to accounts the staff open themselves.

2. The Company engaged Northgate Social Audits for a surprise inspection of the plant in December 2025; its findings are set out below.

Summary of audit findings (written by Northgate Social Audits, file NSA-25-044)

Scope: 2 days on site, 40 worker interviews, review of six months of payroll and time records.

Finding 1 (major): Time records show that a third of line workers exceeded 90 hours of overtime in a month. Some interviewed workers said overtime was "expected of everyone".

Finding 2 (minor): Recent hires handed over 250 yuan as a deposit for their dormitory keys.

Finding 3: Auditors found no sign that anyone's identity card was being kept by managers.

Limitation: Payroll records for agency staff were not available for review.

3. The Company agrees with what the audit says about overtime and deposits and has drawn up a plan to fix both.

Media contact: press@lanton.example
"""


def test_an_audit_summary_inside_a_firms_release_speaks_as_the_summary() -> None:
    a, src = _by_text(RELEASE)
    deposit = next(c for c in a.claims if "250 yuan" in c.text)
    assert src[deposit.source].kind == "document"
    assert src[deposit.source].wording.lower().startswith("summary of audit findings")
    auditors = next(c for c in a.claims if "Auditors found" in c.text)
    assert auditors.source == deposit.source
    workers = next(c for c in a.claims if "expected of everyone" in c.text)
    assert src[workers.source].kind == "anonymous_source"


def test_scope_and_limitation_labels_are_no_speakers() -> None:
    a, src = _by_text(RELEASE)
    assert not any((s.wording or "").lower() in ("scope", "limitation") for s in a.sources)
    accepts = next(c for c in a.claims if "agrees with what the audit" in c.text)
    assert src[accepts.source].kind == "organization"


ANSWERS = """Crew of the Sea Lark return home after 18 months

By a staff reporter

Twenty fishermen from the Sea Lark, a longliner, landed in Port Moresby on Monday. They said they had not been paid for ten months and that the captain kept their passports.

The owner, Harlow Bay Fishing, wrote to us that "every salary has been transferred under the employment contract". It said its fishers were "free to go ashore at Suva whenever the vessel called there".

The crew's manning agent, Pelican Crew Services, said that passports are handed back to every seafarer when each voyage is over.

"""

RADIO = """CORAL SEA RADIO - Morning Report
Radio transcript, broadcast 4 February 2026, 07:10

PRESENTER (Ana Kaloni): Twelve fishermen from a Taiwanese longliner have landed in Suva. Our reporter Tevita Rabuka has more. Tevita?

REPORTER (Tevita Rabuka): The men say they spent 16 months at sea. The fisheries department said its inspectors found the crew quarters "filthy and overcrowded". A department spokesperson, Mere Tovua, said the men "had been kept at sea far longer than the rules allow".

PRESENTER: And the owner?

REPORTER: Kestrel Marine Co of Keelung sent a statement. It says its fishers "could leave the vessel whenever they wished".
"""


def test_an_owners_assurances_of_routine_pay_and_shore_leave_are_denials() -> None:
    a, _ = _by_text(ANSWERS)
    for part in ("has been transferred", "free to go ashore", "handed back to every seafarer"):
        c = next(c for c in a.claims if part in c.text)
        assert c.polarity == "negated", part
        assert c.indicators == [], part
    workers = next(c for c in a.claims if "not been paid" in c.text)
    assert workers.polarity == "affirmed"


def test_it_after_a_body_sent_a_statement_is_that_body() -> None:
    a, src = _by_text(RADIO)
    c = next(c for c in a.claims if "whenever they wished" in c.text)
    assert "Kestrel Marine" in (src[c.source].wording or "")


DIGEST = """THE NET WEEKLY - Digest of fisheries labour news
Issue 12 | 9 February 2026

1. Fiji: union says longliner crew owed wages
Source: Suva Evening Star, 5 February
A Suva seafarers' union says nine Filipino deckhands came ashore after 13 months afloat, each still owed about $3,000. Read more >

2. Report: "Hidden hands in the cod chain" (Cold Water Justice Project)
Source: Cold Water Justice Project, 6 February
The NGO says workers at three processing plants were confined to their dormitories after their shifts. The group estimates that at least 400 workers were transferred to the plants since 2022. Read more >

3. Markets
Cod prices were steady this week.
"""


def test_a_digest_items_the_ngo_is_the_group_its_source_line_names() -> None:
    a, src = _by_text(DIGEST)
    for start in ("The NGO says", "The group estimates"):
        c = next(c for c in a.claims if c.text.startswith(start))
        assert src[c.source].wording == "Cold Water Justice Project", start


REJECTED = """Brebes families say agents demand collateral

Reporters spoke to six families in Brebes whose sons crew squid jiggers. Four said an agent had kept the family's land papers until the voyage ended, and that the boys could not come home early without losing them.

Agency owners contacted by the paper rejected the accounts. "We keep nothing that belongs to the families. Any papers are handed over freely," said the owner of one agency in Tegal.
"""


def test_agency_owners_rejecting_the_accounts_deny_them() -> None:
    a, _ = _by_text(REJECTED)
    c = next(c for c in a.claims if "rejected the accounts" in c.text)
    assert c.polarity == "negated"


BOSUN = """Longliner crews kept at sea, deckhands say

A second deckhand said the crew ate only rice for weeks. "When the cook fell ill they made him work anyway," he said.

The former boatswain of a sister vessel, now a welder in a Kaohsiung shipyard, said the fleet's boats stay out for eighteen months. "The crews only see the coast on the radar screen," he said.

The operator, Brightwave Pelagic, said in a statement that its deckhands "are served three meals a day with fresh fruit".
"""


def test_he_after_the_bosun_of_a_sister_vessel_is_the_bosun() -> None:
    a, src = _by_text(BOSUN)
    c = next(c for c in a.claims if "radar screen" in c.text)
    assert (src[c.source].wording or "").startswith("The former boatswain")


def test_an_operator_assuring_three_meals_a_day_denies() -> None:
    a, _ = _by_text(BOSUN)
    c = next(c for c in a.claims if "three meals" in c.text)
    assert c.polarity == "negated"


TESTIMONY = """THE HARBOUR JOURNAL
First Person | "Nobody on board could say no"

Editor's note: Ramon Alcantara, 29, from Iloilo, spent a year as a deckhand aboard a longliner owned in Taiwan. He told his story to a correspondent of ours in Port Louis in March. It has been condensed.

I signed in Cebu in May of last year. We worked 20 hours when the fish were running, and the bosun kept our passports in his cabin.

I am not saying every boat is the same. My brother works on a Japanese pole-and-line boat and he says they have rest days and call home every week. But on our boat, nobody could say no.

I am going home next week. The agency in Cebu says I must sign a waiver before they pay what I am owed. I have not signed it.
"""


def test_a_witness_relays_his_brother_and_his_agency_in_the_present() -> None:
    a, src = _by_text(TESTIMONY)
    for part in ("My brother works", "says I must sign"):
        c = next(c for c in a.claims if part in c.text)
        assert src[c.source].wording == "Ramon Alcantara", part


CUES = """Squid jigger crews describe debts and crowding

Mohammad Rizki, 24, a deckhand from Indramayu, said his father paid 4 million rupiah in "guarantee money" before Rizki boarded the jigger in Jakarta. He said the men slept eight in a cabin built for four.

His sister, Nur Aini, said the agency in Cirebon tells the family he is well, but they will not give her any number to call.
"""


def test_cues_of_guarantee_money_crowded_cabins_and_no_number_to_call() -> None:
    a, _ = _by_text(CUES)
    want = {"guarantee money": "debt_bondage", "cabin built for four": "abusive_working_and_living_conditions",
            "number to call": "isolation"}
    for part, indicator in want.items():
        c = next(c for c in a.claims if part in c.text)
        assert indicator in {h.indicator for h in c.indicators}, part
