"""Probes for the classes of miss found when heldout281 (forced labour in Latin America: rescues in Brazil, garment
workshops in three capitals, building sites in Chile, mining camps in the Peruvian Amazon) was opened for study (branch
diag281). Every text is written for these tests, in our own wording: people, firms and figures are invented (places
and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse import money, places

# ---------------------------------------------------------------- the Chilean peso


def _money(text: str) -> list[tuple[str | None, float | None, float | None]]:
    return [(a.currency, a.low, a.high) for a in money.find(text)]


def test_chilean_peso_by_its_code() -> None:
    found = money.find("Cleaners at the hotel in Concepción were promised CLP 520,000 a month.")
    assert [a.currency for a in found] == ["CLP"]


def test_pesos_in_a_report_set_in_chile_are_chilean() -> None:
    text = ("Fruit packers near Rancagua, Chile, said the contractor took 45,000 pesos a week from each of them "
            "for a bunk in a shed.")
    assert [a.currency for a in money.find(text)] == ["CLP"]
    ranged = money.find("Pickers in Chile said they were owed between 300,000 and 1.1 million pesos each.")
    assert [(a.currency, a.low, a.high) for a in ranged] == [("CLP", 300000.0, 1100000.0)]


def test_pesos_elsewhere_keep_their_country() -> None:
    # controls: the Argentine and Philippine pesos are read as before
    assert [a.currency for a in money.find("A seamstress in Buenos Aires, Argentina, earned 90,000 pesos.")] == ["ARS"]
    assert [a.currency for a in money.find("The agency in Manila charged her 8,000 pesos.")] == ["PHP"]


# ---------------------------------------------------------------- the Peruvian sol in a report from the provinces


def test_sol_sign_in_a_report_that_names_only_a_peruvian_region() -> None:
    text = "Recruiters in Puno offered the girls S/ 1,100 a month; pit hands in Madre de Dios get S/ 60 to S/ 90 a day."
    assert [a.currency for a in money.find(text)] == ["PEN", "PEN"]


def test_sol_sign_needs_a_peruvian_report() -> None:
    # controls: a UN document number and a lone "S/ " with no Peruvian place are no money
    assert money.find("The Council's letter S/2025/118 was circulated in Cusco.") == []
    assert money.find("The form marked S/ 400 was filed in Geneva.") == []


# ---------------------------------------------------------------- districts of Latin American capitals


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text)}


def test_districts_of_lima() -> None:
    found = _places("The workshop in Comas, Lima, sent its cut pieces to stalls in Rímac "
                    "and to a depot in Villa El Salvador.")
    assert {("Comas", "PE"), ("Rímac", "PE"), ("Villa El Salvador", "PE")} <= found
    longer = _places("Vendors from San Juan de Miraflores, in Lima, sold tamales.")
    assert ("San Juan de Miraflores", "PE") in longer
    assert ("Miraflores", "PE") not in longer  # the district, not the other district named inside it


def test_barrios_of_buenos_aires() -> None:
    found = _places("Inspectors in Buenos Aires visited two sewing rooms in Villa Crespo and one in Mataderos.")
    assert {("Villa Crespo", "AR"), ("Mataderos", "AR")} <= found
    assert ("Almagro", "AR") in _places("A bakery in Almagro, Buenos Aires, hired three cooks.")
    # a barrio named like a common surname counts after a preposition of place in a report about its city
    assert ("Flores", "AR") in _places("Police raided a sewing room in Flores, in Buenos Aires.")


def test_communes_of_greater_santiago() -> None:
    found = _places("Bricklayers on towers in Pudahuel and Las Condes, Santiago, Chile, slept in containers.")
    assert {("Pudahuel", "CL"), ("Las Condes", "CL")} <= found


def test_district_names_keep_their_other_readings() -> None:
    # controls: the Sicilian city, a surname, and a common surname in a report from elsewhere
    assert ("Palermo", "IT") in _places("Farmhands near Palermo, Sicily, said they were paid by the crate.")
    assert not any(c == "AR" for _, c in _places("Inspector Marta Flores said the ship was detained in Durban."))
    assert not any(n == "Flores" for n, _ in _places("Flores said the men were paid late."))


# ---------------------------------------------------------------- Venezuela's states


def test_venezuelan_states() -> None:
    found = {(p.name, p.country, p.level) for p in places.find("The families came from Zulia and Táchira.")}
    assert {("Zulia", "VE", "admin1"), ("Táchira", "VE", "admin1")} <= found
    assert ("Anzoátegui", "VE") in _places("A welder from Anzoátegui said his papers were taken.")


def test_state_names_that_are_towns_or_people_need_their_level_word() -> None:
    assert ("Lara State", "VE") in _places("The cooks were recruited in Lara State, Venezuela.")
    # controls: a person named Lara is no state; the Mexican city stays a city
    assert not any(c == "VE" for _, c in _places("Ana Lara said the bus left at dawn."))
    assert ("Mérida", "MX") in _places("Builders in Mérida, Mexico, were paid weekly.")


# ---------------------------------------------------------------- towns the gazetteer lacked


def test_el_alto_and_amazon_mining_towns() -> None:
    assert ("El Alto", "BO") in _places("A seamstress who grew up in El Alto said the fare was deducted.")
    camps = _places("Girls were taken to bars in Mazuko and Laberinto, in Madre de Dios.")
    assert {("Mazuko", "PE"), ("Laberinto", "PE")} <= camps


def test_argentine_province_of_the_same_name_stays() -> None:
    # control: in a report about Argentina the province is meant
    found = {(p.name, p.country, p.level) for p in places.find("Harvest hands in La Pampa province, Argentina, "
                                                               "were housed in tents.")}
    assert ("La Pampa", "AR", "admin1") in found


def test_brazilian_valley_that_sends_harvest_workers() -> None:
    found = _places("The cutters came from the Mucuri Valley in Minas Gerais.")
    assert ("Mucuri Valley", "BR") in found
