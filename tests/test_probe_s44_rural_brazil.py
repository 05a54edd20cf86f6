"""Study s44 of a held-out set on rural workers in Brazil and Paraguay: kinds of wording the extractor missed, each
checked on mini-texts written for this test (every person, firm and page here is fictional; places are real):

- a thread headed by its poster's display name with accents, the handle in brackets and the posting date after a dash
  ("Thread by Inês Prado (@ines_p) - posted 3 May 2026, 21:04"): the numbered posts are hers;
- a hearing's speaker label whose role in brackets runs past sixty characters still opens that speaker's turn;
- a speaker described by a town whose name holds the particle "do" ("a man from Rio do Sul said ..."): "do" is no verb;
- Latin America's identity and work cards named in their own words (a cédula, Brazil's carteira de trabalho) held by a
  boss or come upon in a bag or a car: retention of identity documents;
- a weapon shown to workers or worn in a belt: intimidation;
- a party's denials: a firm that "repudiates all forms of slave labour", inspections that "found no problems", no
  record of pickers held, "none of the beans it sources comes from ...", "never bought ... from a farm", and "nobody
  keeps a worker's papers";
- the one who leads a state's labour inspections ("the inspection coordinator") is an official;
- Brazil's firms named by their trade ("Frigorífico ...", "Carvoaria ...") are organisations;
- a fact-checker's or a jobs board's capitalised masthead with its tagline after a dash, and a page translated "for the
  English page of" an outlet, name the page's outlet;
- an explainer of a bill, told in what the bill "would" make employers do, describes no forced labour."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-03-01", "language": "en"}


def _claims(text: str) -> list[tuple[str, str | None, str | None, str, list[str]]]:
    r = analyse(text, META)
    out = []
    for c in r.claims:
        s = r.source(c.source)
        out.append((c.text, s.wording if s else None, s.kind if s else None, c.polarity, [h.indicator for h in c.indicators]))
    return out


def _claim(text: str, part: str) -> tuple[str, str | None, str | None, str, list[str]]:
    return next(c for c in _claims(text) if part in c[0])


THREAD = """Thread by Inspetora Inês Prado Lemos (@ines_fiscal_go) - posted 9 April 2026, 22:15

1/ Home after a week in the south of Goiás with the mobile inspection team. I can't name the farm yet, but here is what we found.

2/ Fourteen men cutting cane. They slept in a shed of tin sheets next to the tractors. The foreman kept their wages for two months.

3/ The foreman told them the money was "safe with him" until the end of the harvest.

Replies

@marcos_agro_go: Farmers are always the villains.
"""


def test_thread_by_accented_name_with_date_is_the_posters() -> None:
    claim = _claim(THREAD, "kept their wages")
    assert claim[1] is not None and "Inês Prado Lemos" in claim[1]
    assert claim[2] == "named_person"


HEARING = """CHAMBER OF DEPUTIES - COMMITTEE ON AGRICULTURE
Public hearing on forced labour on sugar cane farms
Unrevised notes | Brasília, 4 March 2026

THE CHAIR (Deputy Ana Lima Souto): The hearing is open. I give the floor to our first guest.

HÉLIO BRAGA TEIXEIRA (labour auditor, head of the regional team for rural inspections in Goiás): Thank you, Madam Chair. Last year our teams took 120 workers out of forced labour on cane farms. A gato charged each of them for the bus and sold them food on credit. Most of them arrived owing money.

THE CHAIR: Thank you, auditor.
"""


def test_long_bracketed_role_keeps_the_turn() -> None:
    claim = _claim(HEARING, "charged each of them")
    assert claim[1] == "Hélio Braga Teixeira"
    assert claim[2] == "official"


PARTICLE_TOWN = """Debts in the tobacco harvest

Our field team interviewed workers held in debt bondage on tobacco farms in the south of Brazil.

Case 1. A 41-year-old man from Rio do Sul said the crew boss lent him 3,000 reais in March and took it back from his pay with interest.
"""


def test_town_with_particle_do_keeps_its_speaker() -> None:
    claim = _claim(PARTICLE_TOWN, "crew boss lent him")
    assert claim[1] == "A 41-year-old man from Rio do Sul"
    assert claim[2] == "anonymous_source"


CARDS = """Labour inspectors free 18 workers from a charcoal camp in Goiás

Labour inspectors freed 18 workers held in conditions analogous to slavery at a charcoal camp, prosecutors said on Monday.

According to the prosecutors, the foreman kept the carteiras de trabalho of at least nine of the men.
Seven of the Bolivians surrendered their cédulas to the farm office on arrival, an inspector said.
The inspectors came upon the men's identity cards in a bag under the seat of the crew boss's car, the prosecutors said.
"""


def test_local_identity_cards_held_are_retention() -> None:
    for part in ("carteiras de trabalho", "cédulas", "in a bag"):
        assert "retention_of_identity_documents" in _claim(CARDS, part)[4], part


WEAPONS = """Cane cutters rescued from forced labour in Mato Grosso

Labour inspectors took 25 cane cutters out of forced labour on a farm near Sinop, prosecutors said.

According to two of the cutters, the recruiter showed them a revolver when they asked for their pay.
The cutters said the gato kept a pistol tucked in his belt all day.
"""


def test_weapon_shown_or_worn_is_intimidation() -> None:
    assert "intimidation_and_threats" in _claim(WEAPONS, "showed them a revolver")[4]
    assert "intimidation_and_threats" in _claim(WEAPONS, "pistol tucked")[4]


DENIALS = """Coffee pickers freed from forced labour in Minas Gerais

Labour inspectors freed 20 pickers held in conditions analogous to slavery on a coffee farm, prosecutors said on Tuesday.

A deputy for the region, Carlos Mendonça Reis, disputed the picture. "Nobody in this valley keeps a worker's papers," he said.
The farm's owner said it "repudiates all forms of slave labour".
A roaster that buys from the region, Kaffehuset Lunde, said its inspections found no problems on the estate in 2025.
The state labour department held no record of pickers being held by debt on coffee farms, an official said.
A trading house, Grãos Serranos, said that none of the beans it sources comes from farms on the register.
A second roaster said it had never bought beans from a farm on the list.
"""


def test_party_denials_are_negated() -> None:
    for part in ("Nobody in this valley", "repudiates all forms", "found no problems", "no record of pickers",
                 "none of the beans", "never bought beans"):
        claim = _claim(DENIALS, part)
        assert claim[3] == "negated", part
        assert claim[4] == [], part


def test_inspection_coordinator_is_an_official() -> None:
    assert classify("the inspection coordinator") == "official"
    assert classify("Ana Ruiz, the labour inspection coordinator") == "official"


def test_brazilian_trade_firm_heads_are_organisations() -> None:
    assert classify("Frigorífico Serra Alta") == "organization"
    assert classify("Carvoaria Pau Brasil") == "organization"
    assert classify("Ervateira Boa Folha") == "organization"


FACT_CHECK = """CHECA CAMPO - fact-checking for farmers
Fact-check | 3 March 2026 | by Joana Prates

CLAIM: "Tomato pickers kept in cages in Goiás."

OUR RATING: FALSE. The photo shows a poultry shed in another country. No such case was found by inspectors.
"""

JOBS = """SAFRA EMPREGOS - rural jobs board
Listing no. 4410 | Posted 2 May 2026

COFFEE PICKERS, 2026 HARVEST - PATROCÍNIO (MG)
Employer: Café Alto Paraíso Ltda

Picking coffee by hand from June to September. Registered contract, monthly minimum guaranteed, lodging free.
"""

TRANSLATED = """A labour auditor's account of a cattle ranch

[Translated from Portuguese by Davi Nunes for the English page of Rota Rural; reproduced with permission]

Eleven men were found clearing pasture without pay for two months, and the foreman kept their documents.
"""


def test_fact_checker_and_jobs_board_mastheads_name_the_outlet() -> None:
    assert analyse(FACT_CHECK, META).meta.outlet == "Checa Campo"
    assert analyse(JOBS, META).meta.outlet == "Safra Empregos"


def test_english_page_of_names_the_outlet() -> None:
    assert analyse(TRANSLATED, META).meta.outlet == "Rota Rural"


BILL = """EXPLAINER | Campo e Lei | 3 March 2026

What the new seasonal-work bill would change, in six questions

A bill approved by a Senate committee in February, and now waiting for a vote in the Chamber, would change the rules for seasonal contracts on farms. Here is what it does and what it leaves alone.

1. What is a seasonal contract today?
A seasonal contract is a fixed-term contract that ends with the harvest. It dates from the 1970s. When it ends, the worker gets a sum in proportion to the weeks worked, as well as holiday pay.

2. What would change?
The bill creates a public online register of seasonal contracts, tied to each worker's tax number. Employers would have to register each contract before work starts. Growers' associations could register contracts on behalf of their members.

3. What about labour brokers?
Under the bill, brokers need a licence from the labour ministry and must lodge a deposit. A grower that uses an unlicensed broker would be jointly liable for the workers' pay.

4. Who is for it and who is against it?
The growers' caucus backs the register but wants a smaller deposit. Unions in Bahia and Goiás back the licence and want a larger deposit. The orange juice industry association asked for three years to adapt.

5. Does it touch the crime of forced labour?
No. The article of the penal code on slave labour is left as it is, and so is the ministry's register of employers. A change that would have narrowed it was dropped in committee.

6. When could it start?
If the Chamber passes it unchanged, the register would start a year after the law is published. Our reporters expect a vote in June.

Campo e Lei explains labour law for farmworkers and growers.
"""


def test_bill_explainer_is_quiet() -> None:
    r = analyse(BILL, META)
    assert r.claims == []
    assert r.indicators() == []
