"""A letter that cites its addressee's reply ("Your letter states that ...") and goes on "You told us that ...",
"You have assured us that ...": the addressee's word, the reply cited again, not the writer's own. Texts written
for this probe: fictional firms and people."""

from __future__ import annotations

from probe_helpers import speaker

LETTER = (
    "Harwick Furnishings plc\nEthical Trade Office, Bristol\n\n"
    "To: Ms Lena Ortiz, General Manager, Verdant Rubber Estates Ltd, Tawau, Sabah\n\n"
    "Dear Ms Ortiz,\n\n"
    "Thank you for your reply of 3 March. Your letter states that Verdant \"has never held a worker's passport\". "
    "Migrant tappers on the estate told researchers that their passports were held by the estate office. "
    "{line}\n\n"
    "We will review our orders if the fees charged to workers are not repaid.\n"
)


def test_you_told_us_is_the_addressee() -> None:
    text = LETTER.format(line="You told us that the passports are kept in a safe at the workers' request.")
    _, _, letter = speaker(text, "never held a worker's passport")
    w, _, key = speaker(text, "kept in a safe")
    assert key == letter and w == "Your letter"


def test_you_have_assured_us_is_the_addressee() -> None:
    text = LETTER.format(line="You have assured us that no worker under 18 is employed on the estate.")
    _, _, letter = speaker(text, "never held a worker's passport")
    _, _, key = speaker(text, "no worker under 18")
    assert key == letter


def test_our_own_finding_stays_ours() -> None:
    # control: the writer's own sentence about the addressee is the page's voice
    text = LETTER.format(line="We note that you have not addressed the fees workers paid to agents in Nunukan.")
    _, kind, key = speaker(text, "fees workers paid")
    assert key == "OUTLET" or kind == "outlet"
