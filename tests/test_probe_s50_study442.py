"""Probes for the study of heldout442 (fiftieth session): "in my part of <county>" is a region, not a part of the pay;
and an owner, a farmer, a director or a gangmaster who "had" the workers' papers holds them. Texts are invented; the
places are real."""

from __future__ import annotations

from probe_helpers import lexicon_indicators


def test_my_part_of_a_county_is_not_a_share_of_the_pay() -> None:
    assert lexicon_indicators("Most farmers in my part of Norfolk pay the pickers what the law says.") == set()


def test_an_owner_who_had_the_staffs_passports_in_a_drawer_keeps_them() -> None:
    found = lexicon_indicators("A takeaway owner in Sligo had his cooks' passports in a drawer when officers called.")
    assert "retention_of_identity_documents" in found


def test_a_farmer_who_had_the_pickers_id_cards_keeps_them() -> None:
    found = lexicon_indicators("The farmer had the pickers' identity cards in his van all season.")
    assert "retention_of_identity_documents" in found


def test_a_director_who_had_the_drivers_residence_cards_keeps_them() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("The director had the drivers' residence cards.")


def test_a_gangmaster_who_had_the_workers_papers_keeps_them() -> None:
    found = lexicon_indicators("The gangmaster had the workers' passports until the harvest ended.")
    assert "retention_of_identity_documents" in found



def test_a_trafficker_who_had_the_girls_passports_keeps_them() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("The trafficker had the girls' passports.")


def test_an_owner_with_the_mens_passports_in_his_car_keeps_them() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("The owner had the men's passports in his car.")


def test_our_part_of_a_county_is_not_a_share_of_the_pay() -> None:
    assert lexicon_indicators("Growers in our part of Suffolk pay wages weekly.") == set()



def test_a_listing_closing_on_cvs_to_an_address_is_a_job_advert_with_no_claims() -> None:
    from labourlens.analyse.pipeline import analyse

    text = ("Harbourline Jobs - Listing #GB-20931\n\nWarehouse Picker - Immingham\nEmployer: Tollgate Freight Ltd\n\n"
            "What we offer\n- £12.60 an hour, weekly pay into your own bank account\n- Overtime only when you ask for it\n\n"
            "Good to know\nNobody here pays us a penny to get a start, a forklift ticket or a uniform. Your passport and "
            "visa papers stay with you - the office scans them once, on the first morning.\n\nYou need the right to work "
            "in the UK.\n\nCVs to recruit@tollgatefreight.example by 14 January 2027.")
    assert analyse(text, {"language": "en", "published": "2026-12-01"}).claims == []
