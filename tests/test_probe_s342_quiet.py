"""Probes (s342): what is no claim. A job listing headed "... wanted" with "How to apply" and promises of what the
grower does not do stays quiet; the outlet's note by its own name that it could not confirm an account is no claim;
fieldwork ("Our organisers spent four afternoons with ..."), a request not to print names and a bare "We asked." tell
how the page met its sources, not what happened to them. Near misses: a listing that reports what pickers said is read;
a source who asked not to be named and said what happened keeps the claim. Texts written for these tests; every name
is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_LISTING = """HARVEST JOBS - GOULBURN VALLEY, VICTORIA
Pear and apple pickers wanted - season from February 2027
Posted by Orchard Lane Fruit Co. | Shepparton, Victoria | Ref. OLF-2207

About the job
We are a third-generation orchard near Shepparton looking for 30 pickers for about ten weeks. Training on the first
morning is paid.

Pay
- At least A$25.10 an hour under the award, or piece rates that let an average picker earn more
- Pay goes into your own bank account every Friday

Housing (optional)
Rooms in our bunkhouse cost A$150 a week. It is your choice; many pickers stay in town. Nothing is taken from your pay
unless you agree in writing.

Our promises
No worker's passport is kept by us. We do not charge recruitment or placement fees.

How to apply
Message us with your name, visa and start date.
"""


def test_a_job_listing_headed_wanted_stays_quiet() -> None:
    analysis = analyse(_LISTING, {})
    assert analysis.claims == []


def test_a_listing_page_that_reports_what_pickers_said_is_read() -> None:
    text = _LISTING + ("\nLast season three pickers said the foreman kept their passports in his ute and threatened to "
                       "send them home.\n")
    assert analyse(text, {}).claims


_REPORT = """RIDGEWAY POULTRY: WHAT THE LINE WORKERS TOLD US

Workers at a Tennessee poultry plant say a supervisor took their passports and made them work through the night
without pay.

Our organisers spent four afternoons in October with the migrant workers at Ridgeway Poultry in Tennessee. Most are
not yet members, and most asked us not to publish where they work.

"They took my passport on the first day," one worker said. We asked. The plant did not reply.

The Valley Courier could not corroborate the packers' accounts of the beating.

A packer, who asked not to be named, said the supervisor hit him with a tray in September. A second packer, who still
works there, confirmed the account in a text message but asked that his name be withheld.
"""


def test_fieldwork_and_notes_are_no_claims() -> None:
    texts = [c.text for c in analyse(_REPORT, {}).claims]
    assert not any(t.startswith(("Our organisers", "Most are not yet", "We asked.", "The Valley Courier could not"))
                   for t in texts), texts
    # near misses: the accounts stay claims
    assert any("took my passport" in t for t in texts)
    assert any("hit him with a tray" in t for t in texts)
    assert any("confirmed the account" in t for t in texts)


def test_a_notice_to_those_it_concerns_is_no_claim() -> None:
    text = _REPORT + ("\nPackers who think they were underpaid can call the state labour office in Nashville.\n"
                      "Packers who complained about the night shifts were fired in November, the union said.\n")
    texts = [c.text for c in analyse(text, {}).claims]
    assert not any(t.startswith("Packers who think") for t in texts), texts
    assert any(t.startswith("Packers who complained") for t in texts)  # near miss: an account of what happened
