"""A firm's reply to a news story and relayed denials (diagnosis of heldout91): a reply that denies holding passports
is no ordinary wage dispute, the sentences after "The article alleges that ..." are the replier's own, "No cleaner
has ever been told to ..." is a denial, an outlet credited at the end of a sentence relays the speaker who opens it,
and "went six months without pay" names work. Every text is written for this test; people and companies are
fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, speaker

META = {"published": "2026-03-01", "language": "en"}

REPLY = ("Statement from Gulfbright Cleaning LLC in response to media reports\n\n"
         "Doha, 2 March 2026\n\n"
         "Gulfbright Cleaning has read with concern the article published by the Harbour Times on 27 February "
         "concerning cleaners at our Lusail contracts.\n\n"
         "We wish to state clearly that our company does not hold the passports of any employee. No cleaner has ever "
         "been told that he must pay a fee to leave the company.\n\n"
         "The article alleges that salaries were delayed. Salaries for January were paid late, by about two weeks, "
         "because of a change of bank. Every employee has since been paid.\n\n"
         "We also reject the claim that cleaners work 13 hours a day. Shifts are eight hours, and overtime is paid "
         "at the rate set by the Labour Law.\n\n"
         "Our HR department remains available to any employee with a complaint.\n")


def _claims(text: str) -> dict[str, object]:
    a = analyse(text, META)
    return {c.text[:40]: c for c in a.claims}


def test_reply_denying_passports_has_claims() -> None:
    claims = _claims(REPLY)
    assert any("does not hold the passports" in k or "We wish to state" in k for k in claims)


def test_reply_without_passport_denial_stays_an_ordinary_dispute() -> None:
    # control: the same reply with no word of passports or fees to leave is a wage quarrel, no report
    text = REPLY.replace("We wish to state clearly that our company does not hold the passports of any employee. No "
                         "cleaner has ever been told that he must pay a fee to leave the company.\n\n", "")
    assert _claims(text) == {}


def test_sentences_after_an_alleging_article_are_the_repliers() -> None:
    a = analyse(REPLY, META)
    late = next(c for c in a.claims if c.text.startswith("Salaries for January"))
    own = next(c for c in a.claims if c.text.startswith("We also reject"))
    article = next(c for c in a.claims if c.text.startswith("The article alleges"))
    assert late.source == own.source != article.source


def test_document_that_states_keeps_its_content() -> None:
    # control: a contract that states something goes on stating it in the next sentence
    text = LEAD + ("The contract, seen by this paper, states a wage of 1,200 riyals. Overtime is unpaid and the "
                   "employer keeps the passport.")
    _, kind, _ = speaker(text, "Overtime is unpaid")
    assert kind == "document"


def test_no_worker_told_to_is_a_denial() -> None:
    a = analyse(REPLY, META)
    c = next(c for c in a.claims if c.text.startswith("No cleaner has ever been told"))
    assert c.polarity == "negated"
    b = analyse(LEAD + "No guard was ever asked to work on his rest day, the company said.", META)
    assert all(c.polarity == "negated" for c in b.claims if c.text.startswith("No guard"))


def test_worker_told_to_pay_stays_affirmed() -> None:
    # control: a worker who was told to pay is no denial
    a = analyse(LEAD + "One cleaner was told that he must pay 2,000 riyals to leave the company.", META)
    c = next(c for c in a.claims if c.text.startswith("One cleaner"))
    assert c.polarity == "affirmed"


def test_outlet_credited_at_the_end_relays_the_opening_speaker() -> None:
    text = LEAD + "The recruiting agency's director denied any mistreatment, the Coastal Herald reported."
    wording, kind, _ = speaker(text, "denied any mistreatment")
    assert wording == "The recruiting agency's director" and kind == "organization"
    text2 = LEAD + "The company said all wages had been paid in full, the Herald reported."
    assert speaker(text2, "all wages had been paid")[1] == "organization"


def test_outlet_reporting_in_its_own_words_keeps_the_outlet() -> None:
    # control: nobody opens the sentence with a verb of saying
    text = LEAD + "Workers at the yard were beaten by guards, the Coastal Herald reported."
    _, kind, _ = speaker(text, "were beaten by guards")
    assert kind == "outlet"


def test_without_pay_names_work() -> None:
    text = ("WEEKLY NEWSLETTER\n\nAccording to the Lakeside Courier:\n\n"
            "Grace Atieno said her sister went five months without pay and was then sent 1,000 riyals. A neighbour said "
            "another young woman was only allowed out with the family and had her phone kept by her employer.\n")
    a = analyse(text, META)
    assert any("five months without pay" in c.text for c in a.claims)
