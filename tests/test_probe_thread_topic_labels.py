"""A researcher's numbered thread whose posts open on a topic word and a colon ("3/4 Penalties: ...", "Rent: ..."):
the word heads the point, it names no speaker, and the point stays in the thread's own voice. Every text is written
for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import speakers_by_opening

THREAD = """Ana Kovac
@akovac_labour
Researcher on migrant work in the Baltic. Views mine.

1/4 Spent a week talking with people near a fish plant in Klaipeda that fillets herring for a Danish buyer. Thread below.

2/4 About 60 Filipino men work there on seasonal visas. The agent takes their passports on arrival.

3/4 {label}: 30 euro for a late return from the canteen, deducted from the weekly cash. One man reportedly owed more than he was paid in March.
"""


@pytest.mark.parametrize("label", ["Penalties", "Fines", "Deductions"])
def test_topic_word_heads_a_point_not_a_speaker(label: str) -> None:
    got = speakers_by_opening(THREAD.format(label=label), 20)
    key = next(k for k in got if k.startswith("3/4"))
    assert got[key] == (None, "outlet")
    assert got["One man reportedly o"] == (None, "outlet")
