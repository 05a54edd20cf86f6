"""Unnamed state people and business voices (issue 3 convention): a person described as an official,
a state's diplomat or a ministry employee speaks as ``official`` whether named or not; plain sources,
traders and workers stay ``anonymous_source``; an owner presented by the business speaks for it."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "a Laotian official in Savannakhet",
    "an official who inspected the dormitories",
    "a senior Kazakh official, speaking on condition of anonymity",
    "an official at the embassy in Tashkent",
    "a Western official who tracks shipping registries",
    "a mid-level official",
    "an official, who asked not to be named",
    "a North Korean official at a state trading firm",
    "a Mongolian official familiar with the permits",
])
def test_unnamed_officials_speak_as_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "a Vietnamese diplomat",
    "a senior Kyrgyz diplomat who attended the talks",
    "a diplomat from Malaysia",
    "a diplomat at the Polish embassy",
])
def test_diplomats_of_a_named_state_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "a diplomat in Hanoi",
    "a Western diplomat who follows the region",
    "two diplomats posted in the capital",
    "one of the diplomats",
    "a former Thai diplomat",
    "Senior diplomats in Bishkek",
    "Two European diplomats",
])
def test_diplomats_without_a_state_stay_anonymous(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", [
    "a ministry employee",
    "a government staffer in Astana",
    "an employee of the labour ministry",
    "a customs clerk",
])
def test_state_employees_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "a former official",
    "a retired official who now runs a consultancy",
    "a former ministry employee",
    "a source close to the port",
    "a person familiar with the contracts",
    "a timber trader",
    "a worker at the sawmill",
    "a manager",
    "an employee of the bakery",
    "a secretary",
])
def test_former_office_holders_and_plain_sources_stay_anonymous(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", [
    "a company official",
    "an official of the firm",
    "an official at a fish-processing company",
    "a union official",
])
def test_officials_of_a_company_or_group_speak_for_it(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "the bakery's owner",
    "The sawmill's Kazakh owner",
    "the hotel's manager",
    "the owner of the workshop",
    "the plant's deputy manager",
])
def test_unnamed_owners_presented_by_the_business_speak_for_it(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase, kind", [
    ("the bakery's owner, Ilse Varga", "named_person"),  # named owners stay people
    ("a shop owner in Osh", "anonymous_source"),  # not presented by a business of the story
    ("a restaurant manager in Almaty", "anonymous_source"),
    ("the workers' manager", "anonymous_source"),  # the workers are not a business
    ("Its owner", "anonymous_source"),
])
def test_other_owners_and_managers_keep_their_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", [
    "a Kazakh employee in the mill's accounts department",
    "an employee at the plant's personnel office",
    "a clerk of the company's payroll department",
])
def test_employees_of_a_company_department_are_not_state_employees(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"
