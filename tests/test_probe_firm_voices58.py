"""Firm staff named with their role, and witnesses' transcript turns (probe diag58): a workplace's
manager with a two-word rank ("the mill's assistant general manager, X"), a warehouse's manager, "Its
spokeswoman, X" and "Its manager, X" after the body that spoke last, and controls that keep a state body's
spokesperson and a rights group's manager. Every text is written for this test; people and companies are
fictional, places are real."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "Workers at a plant near Tianjin said their passports were taken and they were locked inside the compound.\n\n"

# (shape, text, claim fragment, speaker head, kind)
CASES = [
    ("two-word rank", H + "The mill's deputy general manager, Gao Ruibin, said the workers were free to leave at any time.",
     "free to leave", "Gao Ruibin", "organization"),
    ("two-word rank", H + "The factory's assistant general manager, Lena Sorokina, said the company had never kept anyone's passport.",
     "never kept", "Lena Sorokina", "organization"),
    ("warehouse", H + "The warehouse's operations manager, Pavel Orlov, said the company had never kept anyone's passport.",
     "never kept", "Pavel Orlov", "organization"),
    ("its spokeswoman", H + "The builder, Baltika Stroy, said the men were hired by a subcontractor. Its spokeswoman, "
     "Irina Volkova, said no worker had ever been locked in.", "ever been locked in", "Irina Volkova", "organization"),
    ("its manager", "A woman from Nakuru said her passport was taken and her wages were withheld for months.\n\n"
     "The recruitment agency, Kijani Placement, said it had never received a complaint. Its manager, Paul Otieno, said "
     "the agency had charged her only the approved fee.", "approved fee", "Paul Otieno", "organization"),
    # controls: a state body's spokesperson stays official, a rights group's manager a person
    ("control state", H + "The labour ministry said it was investigating. Its spokeswoman, Irina Volkova, said no worker "
     "had been locked in.", "worker had been locked in", "Irina Volkova", "official"),
    ("control group", "A woman from Nakuru said her passport was taken.\n\nThe rights group Fairwork Watch said wages "
     "were withheld. Its manager, Paul Otieno, said the workers were owed 3,000 dollars each.",
     "owed 3,000", "Paul Otieno", "named_person"),
    ("control bare director", H + "The plant's director of welding, a trade union member, said nothing.",
     "passports were taken", "Workers", "anonymous_source"),
]


@pytest.mark.parametrize("shape,text,frag,head,kind", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_firm_voices(shape: str, text: str, frag: str, head: str, kind: str) -> None:
    a = analyse(text, META)
    claim = next((c for c in a.claims if frag in c.text), None)
    assert claim is not None, (shape, frag, [c.text for c in a.claims])
    s = a.source(claim.source)
    assert s is not None and head.lower() in (s.wording or "").lower(), (shape, s)
    assert s.kind == kind, (shape, s.wording, s.kind)


T = ("RADIO KESH - \"Workers' Line\" - transcript\n\n"
     "HOST (Malika Usmonova): With me is Davron Yusupov, who came back from a sawmill near Perm last month.\n\n")


@pytest.mark.parametrize("turn,frag", [
    # someone the witness dealt with, introduced with "a", opens the turn: the turn stays the witness's
    ("YUSUPOV: A recruiter in Osh told us the pay would be 80,000 rubles. At the sawmill they kept my passport in a "
     "safe, and there was no day off for weeks.", "kept my passport"),
    ("YUSUPOV: A broker in Namangan promised me a room of my own. They took 12,000 rubles from my wages for a bunk.",
     "took 12,000 rubles"),
    ("YUSUPOV: An agent at the bus station said the job was legal. The foreman locked the gate at night and kept our "
     "passports.", "kept our"),
])
def test_counterpart_opening_a_turn_keeps_the_witness(turn: str, frag: str) -> None:
    a = analyse(T + turn, META)
    claim = next((c for c in a.claims if frag in c.text), None)
    assert claim is not None, [c.text for c in a.claims]
    s = a.source(claim.source)
    assert s is not None and "Yusupov" in (s.wording or ""), s
    assert s.kind == "named_person"


def test_named_person_quoted_in_a_turn_still_speaks() -> None:
    # control: a named official the witness quotes is no counterpart
    a = analyse(T + "YUSUPOV: Rustam Aliyev, a labour inspector, said forty workers were locked in the sawmill and their passports were kept.", META)
    claim = next(c for c in a.claims if "forty workers" in c.text)
    s = a.source(claim.source)
    assert s is not None and "Aliyev" in (s.wording or "") and s.kind == "official"


@pytest.mark.parametrize("text,frag,head", [
    ("Grace Achieng flew home to Kisumu in May with, she says, five months of wages still owed to her by her employer "
     "in Doha.\n\nThe 31-year-old mother of three says her employer kept her passport from the first day.",
     "five months of wages", "Grace Achieng"),
    ("Grace Achieng flew home to Kisumu in May with, she says, five months of wages still owed to her by her employer "
     "in Doha.\n\nThe 31-year-old mother of three says her employer kept her passport from the first day.",
     "kept her passport", "Grace Achieng"),
    ("Tomas Lindqvist spent two winters on a trawler out of Murmansk and, he says, never saw a payslip or his passport.",
     "never saw a payslip", "Tomas Lindqvist"),
    # controls: a group opens the sentence before the aside; the pronoun stays the person met before
    ("A former recruiter in Beirut described the fees. Sierra Leonean women, she said, were told in Freetown that they "
     "owed nothing and then their passports were taken.", "were told in Freetown", "former recruiter"),
])
def test_pronoun_aside_is_the_sentence_subject(text: str, frag: str, head: str) -> None:
    a = analyse(text, META)
    claim = next((c for c in a.claims if frag in c.text), None)
    assert claim is not None, [c.text for c in a.claims]
    s = a.source(claim.source)
    assert s is not None and head.lower() in (s.wording or "").lower(), s


@pytest.mark.parametrize("phrase,kind", [
    ("the kingdom's labour regulator, the Ministry of Human Resources and Social Affairs", "official"),
    ("the labour regulator, the Ministry of Human Resources", "official"),
    ("the regulator", "official"),
    ("Oman's labour regulator", "official"),
    # controls: a firm in apposition to a company noun stays the firm
    ("The developer, Severny Kvartal", "organization"),
    ("The recruiter, Gulf Human Resources Ltd", "organization"),
])
def test_regulator_and_ministry_in_apposition(phrase: str, kind: str) -> None:
    from labourlens.analyse.speakers import classify

    assert classify(phrase) == kind


R = ("KUWAIT CITY - The labour ministry on Monday rejected a report by a Geneva-based rights group that said Filipino "
     "domestic workers in Kuwait were routinely locked inside their employers' homes and denied their salaries.\n\n")
TAIL = ("\n\nThe women said they worked eighteen hours a day and were never allowed out alone. In a statement, the ministry "
        "said employers were barred by law from keeping a worker's passport.")


@pytest.mark.parametrize("second,frag,head,kind", [
    ("The report, published on Sunday by Fairlabour Watch, was based on interviews with 40 women. It said 25 of the "
     "women had their passports taken by their employers on arrival.", "25 of the", "report", "document"),
    ("The survey covered 300 households in Batangas. It found that 41 women had been locked inside their employers' "
     "homes.", "41 women", "survey", "document"),
    # control: a body opens the sentence before: "it" is that body
    ("The ministry, which oversees recruitment, rejected the findings. It said no domestic worker had her passport "
     "taken by an employer.", "passport", "ministry", "official"),
])
def test_it_after_a_document_subject(second: str, frag: str, head: str, kind: str) -> None:
    a = analyse(R + second + TAIL, META)
    claim = next((c for c in a.claims if frag in c.text), None)
    assert claim is not None, [c.text for c in a.claims]
    s = a.source(claim.source)
    assert s is not None and head in (s.wording or "").lower() and s.kind == kind, s


@pytest.mark.parametrize("named,staff,kind", [
    ("The report was published on Sunday by Fairlabour Rights Watch.", "Fairlabour's director, Ana Ruiz,", "named_person"),
    ("The findings come from the Mekong Migrant Network.", "Mekong's coordinator, Somchai Lert,", "named_person"),
    # control: the same shape for a firm named before is the firm's voice
    ("The women were placed by the recruiter Baltika Builders.", "Baltika's director, Ana Ruiz,", "organization"),
])
def test_group_head_by_the_first_word_of_its_name(named: str, staff: str, kind: str) -> None:
    text = (R + named + " " + staff + " said recruitment agencies in Manila charged the women up to 2,000 dinars in "
            "hidden fees, which were then deducted from their wages." + TAIL)
    a = analyse(text, META)
    claim = next((c for c in a.claims if "hidden fees" in c.text), None)
    assert claim is not None, [c.text for c in a.claims]
    s = a.source(claim.source)
    assert s is not None and s.kind == kind, s


@pytest.mark.parametrize("where,kind", [
    ("inside the Qiaotou Knit compound on the edge of Hefei", "organization"),
    ("at the Qiaotou Knit plant on the edge of Hefei", "organization"),
])
def test_name_before_a_workplace_noun_is_a_firm(where: str, kind: str) -> None:
    text = (f"About 300 Uyghur workers sleep in fenced dormitories {where} and can go out only in escorted groups, a "
            "former worker said.\n\nQiaotou Knit said in a written reply that all its employees were free to come and "
            "go and that their passports had never been taken.")
    a = analyse(text, META)
    claim = next((c for c in a.claims if "free to come" in c.text), None)
    assert claim is not None, [c.text for c in a.claims]
    s = a.source(claim.source)
    assert s is not None and "Qiaotou" in (s.wording or "") and s.kind == kind, s


def test_person_whose_workplace_takes_a_possessive_stays_a_person() -> None:
    # control: "Gao Ruibin's workshop" is a person's workplace, not a name used as the workplace's
    text = ("About 300 Uyghur workers sleep in fenced dormitories at Gao Ruibin's workshop and can go out only in "
            "escorted groups, a former worker said.\n\nGao Ruibin said in a written reply that all the workers were free "
            "to come and go and that their passports had never been taken.")
    a = analyse(text, META)
    claim = next(c for c in a.claims if "written reply" in c.text)
    s = a.source(claim.source)
    assert s is not None and s.kind == "named_person", s


@pytest.mark.parametrize("cited,kind", [
    ("A story put out on Monday by a foreign news agency claimed that workers had been confined at a spinning mill.",
     "organization"),
    ("Workers had been confined at a spinning mill, according to a story carried by a foreign news agency on Monday.",
     "organization"),
    # control: a state agency named before keeps "the agency" official
    ("The State Migration Agency said last week that it was reviewing the mill's permits.", "official"),
])
def test_the_agency_after_a_news_agency_by_kind(cited: str, kind: str) -> None:
    text = (cited + "\n\nThe agency said the workers could leave the compound only in escorted groups and that their "
            "passports were kept by the managers.\n\nThe Jiangsu provincial department of human resources said in a "
            "statement that it had inspected the mill twice and found no violation of labour law.")
    a = analyse(text, META)
    agency = next(c for c in a.claims if "escorted groups" in c.text)
    dept = next(c for c in a.claims if "no violation" in c.text)
    s = a.source(agency.source)
    assert s is not None and s.kind == kind, s
    d = a.source(dept.source)
    assert d is not None and "department" in (d.wording or "").lower() and d.kind == "official", d


@pytest.mark.parametrize("tail,head,relay", [
    ("Kyodo news agency reported on Monday, citing the Russian-language site Amur Daily, which quoted a foreman at a "
     "local building firm.", "foreman at a local building firm", "Amur Daily"),
    ("the Dong-A Ilbo reported, quoting the broadcaster Vostok TV, who cited a worker at the port.",
     "worker at the port", "Vostok TV"),
])
def test_citing_an_outlet_which_quoted_a_source(tail: str, head: str, relay: str) -> None:
    text = ("North Korean builders have been sent to Khabarovsk on student visas and hand most of their wages to a state "
            "trading company, " + tail)
    a = analyse(text, META)
    claim = next(c for c in a.claims if "student visas" in c.text)
    s = a.source(claim.source)
    assert s is not None and head in (s.wording or "") and s.kind == "anonymous_source", s


def test_citing_an_outlet_without_a_nested_source() -> None:
    # control: "citing X" alone gives X as the speaker, as before
    text = ("North Korean builders have been sent to Khabarovsk on student visas and hand most of their wages to a state "
            "trading company, Kyodo news agency reported, citing a foreman at a local building firm.")
    a = analyse(text, META)
    claim = next(c for c in a.claims if "student visas" in c.text)
    s = a.source(claim.source)
    assert s is not None and "foreman" in (s.wording or "")


@pytest.mark.parametrize("lead,head", [
    ("Inspectors found that the workers were paid as little as 40 rand a day and slept on the factory floor, department "
     "spokesperson Naledi Khumalo said.", "Naledi Khumalo"),
    ("Investigators found that the workers were paid as little as 40 rand a day and slept on the factory floor, ministry "
     "spokesman Sipho Ndlovu said.", "Sipho Ndlovu"),
    # control: a body's finding reported by someone outside it stays the body's, relayed
    ("The labour inspectorate found that the workers were paid as little as 40 rand a day and slept on the factory "
     "floor, lawyer Naledi Khumalo said.", "inspectorate"),
])
def test_spokesperson_giving_own_staffs_finding(lead: str, head: str) -> None:
    a = analyse("JOHANNESBURG - Labour inspectors raided a clothing factory on Tuesday.\n\n" + lead, META)
    claim = next(c for c in a.claims if c.text.startswith(lead[:20]))
    s = a.source(claim.source)
    assert s is not None and head.lower() in (s.wording or "").lower(), s


@pytest.mark.parametrize("said,name", [
    ("said one 18-year-old, surnamed Luo.", "Luo"),
    ("said a 19-year-old from Shaoguan, surnamed Chen.", "Chen"),
])
def test_aged_person_given_a_surname(said: str, name: str) -> None:
    text = ("Student interns at an electronics plant in Dongguan said they were forced to work 11-hour night shifts and could not leave the dormitory. \"The teacher said "
            "anyone who refused overtime would not graduate,\" " + said + f"\n\n{name} said the teacher also kept the "
            "students' identity cards.")
    a = analyse(text, META)
    first = next(c for c in a.claims if "refused overtime" in c.text)
    second = next(c for c in a.claims if "identity cards" in c.text)
    s = a.source(first.source)
    assert s is not None and s.kind == "named_person" and name in (s.wording or ""), s
    assert first.source == second.source


def test_aged_person_without_a_name_stays_unnamed() -> None:
    # control: no surname given
    text = ("Student interns at an electronics plant in Dongguan said they were forced to work 11-hour night shifts and could not leave the dormitory. \"The teacher said "
            "anyone who refused overtime would not graduate,\" said one 18-year-old.")
    a = analyse(text, META)
    s = a.source(next(c for c in a.claims if "refused overtime" in c.text).source)
    assert s is not None and s.kind == "anonymous_source", s


@pytest.mark.parametrize("opener,head,kind", [
    ("As the Harare Daily reported in 2022,", "Harare Daily", "outlet"),
    ("As a 2021 ILO survey found,", "ILO survey", "document"),
    ("As the labour ministry noted last year,", "labour ministry", "official"),
])
def test_fronted_as_reported(opener: str, head: str, kind: str) -> None:
    text = ("Workers at the port said their passports were taken.\n\n" + opener + " welders at a stadium project in "
            "Harare were fed one meal a day and locked in their dormitory at night.")
    a = analyse(text, META)
    claim = next(c for c in a.claims if "one meal a day" in c.text)
    s = a.source(claim.source)
    assert s is not None and head in (s.wording or "") and s.kind == kind, s


@pytest.mark.parametrize("opener", ["As we reported last year,", "As expected,", "As I wrote in 2022,"])
def test_fronted_as_of_the_writer_names_no_one(opener: str) -> None:
    text = ("Workers at the port said their passports were taken.\n\n" + opener + " welders at a stadium project in "
            "Harare were fed one meal a day and locked in their dormitory at night.")
    a = analyse(text, META)
    claim = next(c for c in a.claims if "one meal a day" in c.text)
    assert a.source(claim.source) is None or a.source(claim.source).kind == "outlet"
