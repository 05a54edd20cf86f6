"""The page's own voice in two shapes: a body's own release that names itself short ("The Ministry also notes that
...", "..., the Ministry said" on a release of the Ministry of X), and a reporter's round of interviews told as what
nobody said ("Nobody we spoke to said their passport had been taken; 20 of the 23 said ..."). A newspaper that
quotes a ministry, and a group that speaks after "we asked", keep their speakers. Every text is written for this
test; bodies, people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import META, speaker

RELEASE = ("Ministry of Labour and Overseas Employment Welfare\n\nPRESS RELEASE\n\n"
           "The Ministry of Labour and Overseas Employment Welfare announces the results of its inspection of 300 "
           "recruitment agencies. Inspectors found that 14 agencies had kept the passports of migrant workers and "
           "withheld their wages for months.\n\n"
           "The Ministry also notes that reports alleging that workers at a cleaning firm in Muscat had their "
           "passports confiscated are inaccurate. Wages at the firm were paid in full, the Ministry said.\n")


def test_a_release_naming_its_body_short_is_the_pages_voice() -> None:
    for frag in ("passports confiscated", "paid in full"):
        who = speaker(RELEASE, frag)
        assert who[2] == "OUTLET", (frag, who)


def test_a_paper_quoting_a_ministry_keeps_the_ministry() -> None:
    text = ("The Gulf Ledger\n\nMigrant workers at a cleaning firm in Muscat said their passports were confiscated "
            "and their wages withheld for four months.\n\nThe Ministry of Labour and Overseas Employment Welfare "
            "said the workers had been paid in full.\n")
    who = speaker(text, "paid in full", META)
    assert who[2] != "OUTLET", who


FEATURE = ("AJMAN — The camp sits behind a row of warehouses. The Gulf Ledger spoke to 19 men who live there.\n\n"
           "Fourteen of the 19 said their wages had been withheld for two months.\n\n")


def test_nobody_we_spoke_to_is_the_pages_finding() -> None:
    text = FEATURE + ("Nobody we spoke to said their passport had been taken; 16 of the 19 said they kept them in "
                      "their own lockers.\n")
    assert speaker(text, "Nobody we spoke to")[2] == "OUTLET"


def test_a_group_that_speaks_after_we_asked_keeps_its_words() -> None:
    text = FEATURE + "When we asked about their passports, 16 of the 19 said the supervisor kept them in his office.\n"
    assert speaker(text, "supervisor kept them")[2] != "OUTLET"
