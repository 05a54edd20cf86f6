"""Pages with nothing to find (probe study-291): a university fair for students from abroad whose only cue is a visa
named in its paperwork session, a tax explainer's "advance payment of income tax", and a reader's glossary whose
entries carry their original-language form in brackets before a spaced dash and whose numbered list of indicators puts
a colon or a comma after each term. Every text is written for this test; people, colleges and outlets are fictional
(places are real)."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-02", "language": "en"}

FAIR = """HARBOUR CITY TIMES

Students from West Africa fill the halls at Almaty study fair

Eight delegations from West African countries visited the yearly education fair at the Atakent centre in Almaty on
Tuesday, where 19 universities of the country showed their courses to school heads, parents and agents.

The busiest stands were those of the medical and technical universities. A group of teachers from Accra asked about
engineering degrees taught in English, and Senegalese visitors wanted to know about grants for women.

Tuition at state universities costs from about $2,000 to $5,000 a year, an officer of one admissions office said.
Students may apply for a grant that covers tuition in the second academic year.

A workshop on arrival paperwork covered a student visa for the first year of study, registration with the police within
five days of arrival and a health check. "Students forget to register, and then it costs them," said Dana Serikova,
who advises foreign students at a private college.

The fair closes on Friday with student choirs singing.
"""

GLOSSARY = """STEPPE LEDGER

EXPLAINER

Words of the seasonal farm trade: a short glossary

By the Steppe Ledger desk

This glossary gathers the terms that readers meet most often in our farm reports, and the ILO's list of indicators comes last.
Each entry gives the sense a word has in our pages; none is a finding about any farm.

Gang boss (brigadir) - The man who leads a crew of pickers from one village and keeps its roster.

Field card (polevaya karta) - A card on which the daily tally of each picker is written down by the gang boss.

Advance (avans) - A sum paid before the season, deducted from the pay at its end in most accounts we hear.

Season pass (sezonka) - A permit for farm work valid for one harvest only.

THE INDICATORS

The ILO lists eleven signs of forced labour. Several usually occur together.

1. Abuse of vulnerability: taking advantage of a person without the local tongue or any other choice.
2. Deception: promises about the pay or the kind of work that are broken.
3. Restriction of movement: keeping a person inside the farm or its housing.
4. Physical and sexual violence.
5. Threats and intimidation, including a warning of being reported to the police.
6. Withholding of wages, including keeping the pay back until the season ends.
7. Debt bondage: labour to clear a loan that grows faster than it can be repaid.
8. Abusive living and working conditions, including unsafe or crowded housing.

Is a term missing? Tell our desk.
"""


def test_study_fair_with_a_visa_in_its_paperwork_is_quiet() -> None:
    a = analyse(FAIR, META)
    assert a.claims == []


def test_advance_payment_of_tax_is_no_debt() -> None:
    hits = indicators.match("The permit fee is an advance payment of income tax, and it is set by each region.", 0).hits
    assert not any(h.indicator == "debt_bondage" for h in hits)
    assert any(h.indicator == "debt_bondage" for h in indicators.match(
        "He took an advance payment from the kiln owner and has worked it off for two years.", 0).hits)


def test_glossary_with_bracketed_terms_and_numbered_indicators_is_quiet() -> None:
    a = analyse(GLOSSARY, META)
    assert a.claims == []
