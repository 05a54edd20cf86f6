"""Story families (probe D38): originals and their reposts, rewrites and follow-ups write their sources in shapes
of their own: a court decision speaking over several sentences ("The decision states ...", '"...," the decision
says'), people relayed by a document ("According to the ruling, the men told investigators that ..."), an
unnamed source told apart by a short relative clause in apposition, a Q&A whose interviewee is introduced as "We
spoke to <name> of <group>", a report named by the body that wrote it ("a UN Panel of Experts report in 2019"),
a regional paper given with its descriptor ("the Amur regional paper Zeya Post"), one of several firms given by
name, a firm named for its place beside its role ("Nakhodka Meridian, the contractor"), the named head of "the
group" when the group is a rights group, a surname with diacritics alone, the lede's unnamed source named in the
next paragraph with the same role ("according to a lawyer representing them" then "Ana Ruiz, a lawyer in Gdansk,
said"), and a complement clause that is never a speaker ("... and that all firms found in breach ..."). Every
text is written for this test; people, companies, groups and outlets are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

H = ("North Korean workers abroad\n"
     "About 60 North Korean workers were sent to building sites in the region in 2023.\n")
META = {"published": "2025-06-01", "language": "en"}

# (shape, text, [(claim fragment, speaker head or None, kind or None for any, group: same letter = same source)])
CASES = [
 ("decision", H + "The Khabarovsk District Court has fined a building firm 600,000 rubles for employing "
  "twelve North Koreans without permits, according to the court's decision published on Friday. "
  "The decision states that the men worked fourteen hours a day without days off. "
  "\"Their passports were kept in the foreman's safe,\" the decision says.",
  [("fined a building firm", "decision", "document", "a"), ("fourteen hours a day", "decision", "document", "a"),
   ("foreman's safe", "decision", "document", "a")]),
 ("decision", H + "The ruling says the workers were housed in a freight container on the site. "
  "The court's decision found that their wages were paid to a trading company in Pyongyang.",
  [("freight container", "ruling", "document", "a"), ("trading company in Pyongyang", "ruling", "document", "a")]),
 ("decision", H + "According to the court decision, the eight labourers were never given copies of their contracts.",
  [("copies of their contracts", "court decision", "document", "a")]),
 ("relayed by a document", H + "According to the decision, the men told investigators through an interpreter "
  "that they had not been paid for five months.",
  [("not been paid for five months", "the men", "anonymous_source", "a")]),
 ("relayed by a document", H + "According to the indictment, two welders told police that the manager "
  "confiscated their passports on arrival.",
  [("confiscated their passports", "two welders", "anonymous_source", "a")]),
 ("relayed by a document", H + "Three painters were hurt in a fall in May; according to their statements, the agency "
  "told them they would lose their permits if they saw a doctor.",
  [("lose their permits", None, None, "o")]),
 ("relayed by a paper", H + "According to the Baltic Courier, a local newspaper, lawyer Jana Ortlieb said the foreman kept "
  "all the welders' passports in a drawer. \"They were never paid for overtime,\" Ortlieb was quoted as saying.",
  [("kept all the welders' passports", "Jana Ortlieb", "named_person", "a"),
   ("never paid for overtime", "Ortlieb", "named_person", "a")]),
 ("relayed by a paper", H + "According to the Baltic Courier, the welders were never paid for overtime.",
  [("never paid for overtime", "Baltic Courier", "outlet", "a")]),
 ("apposed description", H + "Another source, a driver who delivers cement to the site every morning, gave a different account. "
  "According to the driver, the men's passports are locked in the site office.",
  [("locked in the site office", "driver who delivers cement to the site every morning", "anonymous_source", "a")]),
 ("apposed description", H + "A second source, a cook who feeds the crews, said the workers are never paid in cash. "
  "\"They eat rice and cabbage twice a day,\" the cook said.",
  [("never paid in cash", "cook who feeds the crews", "anonymous_source", "a"),
   ("rice and cabbage", "cook who feeds the crews", "anonymous_source", "a")]),
 ("interviewee", "Interview\n\nWe spoke to Teodora Nkemba of the Lubango workers' group Terra Justa about "
  "what her team has seen.\n\nQ: What did you find?\n\nA: The North Korean crews worked from dawn until late at "
  "night and slept in a storeroom on the site.\n\nQ: Were they paid?\n\nA: They got food and a little cash. "
  "The rest went to a company in Pyongyang.",
  [("slept in a storeroom", "Teodora Nkemba", "named_person", "a"),
   ("went to a company in Pyongyang", "Teodora Nkemba", "named_person", "a")]),
 ("interviewee", "Interview\n\nWe talked with Dr Ilse Marwede, who studies labour migration, about the North Korean "
  "crews.\n\nQ: How long do they work?\n\nA: Fourteen hours a day, and their passports are held by the foreman.",
  [("held by the foreman", "Ilse Marwede", "named_person", "a")]),
 ("report named by its body", H + "A UN Panel of Experts report in 2021 said North Korean labourers had worked "
  "on farms in the region and estimated their wages at a few hundred dollars a month.",
  [("worked on farms", "Panel of Experts report", "document", "a")]),
 ("report named by its body", H + "The Panel of Experts said the workers' wages were sent to a state company.",
  [("sent to a state company", "Panel of Experts", "organization", "a")]),
 ("regional paper", H + "A crew of North Korean loggers has worked in the forest north of Tynda for three years, "
  "the Amur regional paper Zeya Post reports.",
  [("forest north of Tynda", "Zeya Post", "outlet", "a")]),
 ("one of the firms", H + "One of the four contractors named in the report, Polar Star Construction, said in a statement "
  "that it \"has never employed North Korean citizens.\" The company said it pays all staff by bank transfer.",
  [("never employed North Korean citizens", "Polar Star Construction", "organization", "a"),
   ("pays all staff by bank transfer", None, "organization", "a")]),
 ("group's head", H + "The workers' wages go to a state trading firm, the Amnok Labour Watch, a Seoul-based rights "
  "group, said in a report. Han Ji-woo, the group's director, said one woman had borrowed money to pay a bribe "
  "to get on the list of workers sent abroad.",
  [("borrowed money to pay a bribe", "Han Ji-woo", "named_person", "a")]),
 ("diacritics", H + "Katarzyna Wróblewska, a lawyer in Szczecin, said the welders worked twelve-hour shifts. "
  "Wróblewska said her client never held his own passport in Poland.",
  [("twelve-hour shifts", "Wróblewska", "named_person", "a"), ("never held his own passport", "Wróblewska", "named_person", "a")]),
 ("diacritics", H + "Müller said the crews were never paid for overtime.",
  [("never paid for overtime", "Müller", "named_person", "a")]),
 ("lede named later", "Welders paid a fraction of their wage\n\nROSTOCK - Migrant welders at a shipyard in Rostock "
  "handed most of their pay to a labour agency, according to a lawyer representing two of them.\n\n"
  "Jana Ortlieb, a lawyer in Rostock, said the foreman kept the men's passports in a safe. "
  "\"They were paid 600 euros of a 2,900-euro wage,\" Ortlieb said.",
  [("handed most of their pay", "Jana Ortlieb", "named_person", "a"), ("kept the men's passports", "Jana Ortlieb", "named_person", "a"),
   ("600 euros", "Ortlieb", "named_person", "a")]),
 ("lede named later", "Crews kept on site\n\nMigrant crews at a building site in Gdynia were locked in their "
  "containers at night, according to a researcher who interviewed them.\n\n"
  "Olga Weiss, a researcher at the Baltic Labour Centre, said the men were never paid for overtime.",
  [("locked in their containers", "Olga Weiss", "named_person", "a"), ("never paid for overtime", "Olga Weiss", "named_person", "a")]),
 ("lede not named later", "Welders paid a fraction of their wage\n\nMigrant welders at a shipyard in Rostock handed most "
  "of their pay to a labour agency, according to a lawyer representing two of them.\n\n"
  "Peter Lang, a spokesman for the shipyard, said the yard paid the agency in full and on time.",
  [("handed most of their pay", "lawyer representing two of them", "anonymous_source", "a"),
   ("paid the agency in full", "Peter Lang", None, "b")]),
 ("lede not named later", "Welders paid a fraction of their wage\n\nMigrant welders at a shipyard in Rostock handed most "
  "of their pay to a labour agency, according to a lawyer representing two of them.\n\n"
  "A welder from the yard said the foreman kept the men's passports. "
  "Jana Ortlieb, a lawyer in Rostock, said the men were never paid for overtime.",
  [("handed most of their pay", "lawyer representing two of them", "anonymous_source", "a"),
   ("kept the men's passports", "welder", "anonymous_source", "b"),
   ("never paid for overtime", "Jana Ortlieb", "named_person", "c")]),
 ("firm named for its place", H + "Nakhodka Meridian, the contractor, said in a written reply that all foreign staff on its "
  "sites are paid in full. The company said it \"has never employed students.\"",
  [("paid in full", "Nakhodka Meridian", "organization", "a"), ("never employed students", None, "organization", "a")]),
 ("complement clause", H + "The Ministry of Labour, replying by email, said \"no North Korean worker holds a valid "
  "permit\" and that all firms found in breach of the law would be fined.",
  [("no North Korean worker holds", "Ministry of Labour", "official", "a")]),
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
def test_story_family_speakers(shape: str, text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    got = _speakers(text)
    groups: dict[str, str] = {}
    for frag, head, kind, grp in expected:
        claim = next((g for g in got if frag in g[0]), None)
        assert claim is not None, (shape, frag, got)
        _, wording, k, key = claim
        if kind is not None:
            assert k == kind, (frag, wording, k)
        if head is not None:
            assert wording is not None and head.lower() in wording.lower(), (frag, wording)
        if grp != "o":
            assert groups.setdefault(grp, key) == key, (frag, groups)
    keys = {grp: key for grp, key in groups.items()}
    assert len(set(keys.values())) == len(keys), keys


def test_threat_told_to_the_workers_is_not_the_teller_speaking() -> None:
    text = H + ("Three painters were hurt in a fall in May; according to their statements, the agency told them they "
                "would lose their permits if they saw a doctor.")
    claim = next(g for g in _speakers(text) if "lose their permits" in g[0])
    assert claim[2] != "organization", claim


@pytest.mark.parametrize("phrase,kind", [
    ("the Amur regional paper Zeya Post", "outlet"),
    ("the regional paper Coastal Voice", "outlet"),
    ("the white paper Fair Hiring Now", "document"),
    ("the Chinese company Huaxin Apparel", "organization"),
    ("A UN Panel of Experts report in 2019", "document"),
    ("a 2020 Walk Free report", "document"),
    ("the UN Panel of Experts", "organization"),
    ("a UN Panel of Experts member", "organization"),
    ("One of the three factories named in the report, Kestrel Apparel", "organization"),
    ("One of the workers, a welder", "anonymous_source"),
    ("One of the women, Aisha", "named_person"),
    ("Zielińska", "named_person"),
    ("Primorye Stroiteks, the contractor", "organization"),
    ("Dandong Haixin, the supplier", "organization"),
    ("Sofia Petrova, the contractor", "named_person"),
    ("Ivan Petrov, the contractor", "named_person"),
    ("Öztürk", "named_person"),
    ("the decision", "document"),
    ("the court's decision", "document"),
])
def test_story_family_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("text", [
    "The decision to close the dormitory was taken in May, the site manager said, and the workers were moved.",
    "Their decision to leave the site came after the wages stopped, a former worker said.",
])
def test_a_decision_taken_is_no_speaker(text: str) -> None:
    for _, wording, kind, _ in _speakers(H + text):
        if wording and "decision" in wording.lower():
            pytest.fail(f"{wording!r} ({kind}) read as a speaker")


def test_firm_group_director_stays_the_firm() -> None:
    text = H + ("Workers at the plant are paid through Harbin Northern Steel Group, a state-owned conglomerate. "
                "Lin Guo, the group's director, said the company pays every worker in full and on time.")
    claim = next(g for g in _speakers(text) if "pays every worker" in g[0])
    assert claim[2] == "organization", claim


# a party's denial worded as compliance, and an inspection's negative finding: negated claims
@pytest.mark.parametrize("sentence,negated", [
    ("Kestrel Apparel said in a statement that it pays all employees directly and in accordance with Chinese law.", True),
    ("Polar Star Construction said all foreign staff on its sites hold the documents required by Russian law.", True),
    ("The regional labour inspectorate said it did not identify any foreign workers without valid permits.", True),
    ("The provincial government said the rights of all workers in local enterprises are protected by law.", True),
    ("The city labour bureau said an inspection had found no illegal employment of foreign nationals.", True),
    ("A former welder said the workers were not protected by law and were beaten when they complained.", False),
    ("A former cook said the manager kept all their passports in a locked safe.", False),
])
def test_compliance_denials_are_negated(sentence: str, negated: bool) -> None:
    a = analyse(H + sentence, META)
    claim = next((c for c in a.claims if c.text.startswith(sentence[:25])), None)
    assert claim is not None, [c.text for c in a.claims]
    assert (claim.polarity == "negated") is negated, (claim.polarity, sentence)


# a reprisal against the family worded in the perfect conditional: intimidation
@pytest.mark.parametrize("sentence,threat", [
    ("A former welder said he stayed silent because \"my wife and son would have paid for it.\"", True),
    ("A former cook said she never complained, because her husband would have suffered for it at home.", True),
    ("A former welder said his wife paid for his flight to Poland out of her own savings.", False),
])
def test_family_reprisal_in_the_perfect_conditional(sentence: str, threat: bool) -> None:
    a = analyse(H + sentence, META)
    claim = next((c for c in a.claims if c.text.startswith(sentence[:25])), None)
    found = claim is not None and any(h.indicator == "intimidation_and_threats" for h in claim.indicators)
    assert found is threat, (sentence, claim.indicators if claim else None)


@pytest.mark.parametrize("sentence,hedged", [
    ("A police spokesperson said the eleven men were being held in a detention centre until they could be deported.", False),
    ("A police spokesperson said the eleven men could be deported as early as next month.", True),
])
def test_could_after_until_is_no_hedge(sentence: str, hedged: bool) -> None:
    from labourlens.analyse import hedges

    assert bool(hedges.find_hedges(sentence)) is hedged


@pytest.mark.parametrize("text,method", [
    ("We spoke to Teodora Nkemba of the Lubango workers' group Terra Justa about what her team has documented.", True),
    ("We talked with Ilse Marwede about what her colleagues have recorded.", True),
    ("We spoke to workers who worked at the plant where guards beat them.", False),
    ("We spoke to workers who said they were beaten by the guards.", False),
])
def test_whom_the_reporter_spoke_to_is_method(text: str, method: bool) -> None:
    from labourlens.analyse.claim_filters import is_method_line

    assert is_method_line(text) is method


def test_an_editors_note_with_a_new_source_is_read() -> None:
    text = H + ("Editor's note: After this story appeared, a driver who asked not to be named told this paper that the women "
                "are locked in their dormitory every night.\n\nEditor's note: This story was updated to correct a date.")
    got = _speakers(text)
    claim = next((g for g in got if "locked in their dormitory" in g[0]), None)
    assert claim is not None and claim[2] == "anonymous_source", got
    assert not any("updated to correct" in g[0] for g in got), got
