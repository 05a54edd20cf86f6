"""A message someone shared, quoted in a paragraph of its own after "It reads in part:", speaks as the message, not
as the relative who shared it; and "they have taken my passport" is a passport held (probe diag88). Every text is
written for this test; the people are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import indicators, speakers_by_opening

STORY = ("The family of a Kano man working as a cleaner in Doha has asked the embassy for help after a message "
         "from him.\n\nIdris Bello travelled in March after paying an agent 900,000 naira. His sister, Amina Bello, "
         "shared the text message with the Gazette. It reads in part:\n\n"
         "\"They have taken my passport and they lock the door at night. They have not paid me for three months. "
         "Please tell mama.\"\n\nAmina Bello said the agent no longer answers her calls.\n")


def test_quoted_paragraph_after_it_reads_is_the_message() -> None:
    by = speakers_by_opening(STORY, 24)
    quoted = [v for k, v in by.items() if k.startswith(("\"They have taken", "They have not paid"))]
    assert quoted and all(v == ("the text message", "document") for v in quoted)


def test_the_one_who_shared_it_still_speaks_after_it() -> None:
    by = speakers_by_opening(STORY, 24)
    assert "Amina Bello" in (by.get("Amina Bello said the age", (None, None))[0] or "")


def test_no_lead_in_leaves_the_quote_to_its_speaker() -> None:
    text = STORY.replace("It reads in part:", "She said:")
    by = speakers_by_opening(text, 24)
    quoted = [v for k, v in by.items() if k.startswith("\"They have taken")]
    assert quoted and quoted[0][1] != "document"


def test_have_taken_my_passport_is_a_passport_held() -> None:
    assert "retention_of_identity_documents" in indicators("They have taken my passport and I cannot leave.")
    assert "retention_of_identity_documents" in indicators("The agent had taken their passports at the airport.")
    assert "retention_of_identity_documents" not in indicators("She had taken her passport to the embassy to renew it.")
