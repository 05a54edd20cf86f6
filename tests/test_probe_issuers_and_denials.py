"""Probes: the issuer of a statement or an appeal named under its genre line, and a masthead line with a long dash
and a place, give the page's outlet; a repost's section line with a hyphen does not. A state body's or an employer's
denials in their own words are negated claims. Texts written for these tests; bodies, outlets and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.hedges import denial_cue
from labourlens.analyse.issuer_lines import votes
from labourlens.analyse.pipeline import analyse
from probe_helpers import META


def test_statement_issuer() -> None:
    text = "STATEMENT\nof the Embassy of the Republic of Ruritania in the Kingdom of Norway\n\n2 May 2025\n\nThe Embassy states."
    assert votes(text)[0][0] == "Embassy of the Republic of Ruritania in the Kingdom of Norway"
    appeal = 'OPEN APPEAL\nof the Tajik Workers\' Union of Kazan ("Birlik")\nto the Ministry of Labour\n\nDear officials,'
    assert votes(appeal)[0][0] == "Tajik Workers' Union of Kazan"


def test_masthead_with_long_dash_and_place() -> None:
    assert votes("Naryn Times \u2014 Naryn, 4 May 2025\n\nA new school opened.")[0][0] == "Naryn Times"
    assert votes("SAFE PASSAGE HELPLINE \u2014 Almaty\nCall notes, May 2025.")[0][0] == "SAFE PASSAGE HELPLINE"
    # negative controls: a repost's section with a hyphen; a headline with a dash and no place
    assert votes("Labour Briefs Asia - Laos\nPosted: 2 May 2025\n\nAccording to Kyodo News:") == []
    assert votes("Workers Stranded \u2014 Again\n\nTwenty men are waiting.") == []


def test_page_outlet_from_statement() -> None:
    text = ("STATEMENT\nof the Embassy of the Republic of Ruritania in the Kingdom of Norway\n\n2 May 2025\n\n"
            "Consular staff met 12 citizens of Ruritania at a fish farm. According to the workers, their wages for March "
            "were not paid.\n")
    a = analyse(text, {"language": "en"})
    assert a.meta.outlet == "Embassy of the Republic of Ruritania in the Kingdom of Norway"


def test_denials_in_own_words() -> None:
    assert denial_cue("- no facts of passports being withheld by the employer were found;")
    assert denial_cue("None of the 9 citizens met by consular staff reported any violence.")
    assert denial_cue('The agency said it "has never kept any employee\'s passport".')
    assert denial_cue("The information spread on social networks does not correspond to reality.")
    assert denial_cue("The Embassy considers inaccurate the reports that the workers were beaten.")
    assert denial_cue('The director said the firm had paid the contractor "every kopeck on time".')
    # negative controls: wage complaints and counts stay affirmed
    assert denial_cue("We were not paid every month.") is None
    assert denial_cue("None of the workers were paid for March.") is None
    assert denial_cue("The report corresponds to what the workers told us.") is None


def test_denied_claim_is_negated() -> None:
    text = ("Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"
            'Kestrel Timber said in a statement that it "has never kept any employee\'s passport".\n')
    a = analyse(text, META)
    c = next(c for c in a.claims if "never kept" in c.text)
    assert c.polarity == "negated"
