"""Pages that speak in their own voice across the whole text: a body's numbered report under its name and designation
("the Group assesses ...", then plain findings) and a state body's notice to the public under its letterhead
("The Consulate informs ...", then what happened). Their unattributed sentences and the body's own named sentences are
one source; the people the page quotes stay apart."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import source_of

META = {"published": "2025-11-02", "language": "en"}

REPORT = """LLMG/2025/3
Lowland Labour Monitoring Group
Third report, issued 30 October 2025

II. Seasonal workers on the orchards

12. The Group found that seasonal pickers from Moldova kept working on orchards near Tulcea through 2025.

13. The Group assesses that most of the pickers' wages are paid to a labour broker, who keeps a third of them.

14. A former picker told the Group that the broker held her passport until the harvest was over.

15. Pickers on two farms were housed in unheated barns and worked fourteen hours a day.

16. From those interviews, the Group estimates that one supervisor watches every twenty pickers.
"""

NOTICE = """CONSULATE GENERAL OF THE REPUBLIC OF MOLDOVA IN BUCHAREST

CONSULAR ADVISORY FOR NATIONALS OF MOLDOVA
Ref. 7/112                                                            Bucharest, 3 October 2025

The Consulate General informs citizens that since August it has received complaints from 21 citizens recruited
through online advertisements for farm work near Tulcea.

When they arrived, the farm's supervisors collected the passports and locked them in an office.

The workers slept in a barn and were forced to work as long as 15 hours a day without pay.

Several complainants said the recruiter had told them they owed him 900 euros each for transport.

The Consulate General notes that the recruiter holds no licence as an employment agency.
"""


def test_numbered_report_under_its_body_speaks_as_one_source() -> None:
    a = analyse(REPORT, META)
    own = {source_of(a, frag).key for frag in ("kept working on orchards", "paid to a labour broker",
                                                "housed in unheated barns", "one supervisor watches")}
    assert len(own) == 1
    assert source_of(a, "held her passport").key not in own


def test_state_notice_speaks_as_its_body() -> None:
    a = analyse(NOTICE, META)
    own = {source_of(a, frag).key for frag in ("received complaints", "collected the passports",
                                                "slept in a barn", "holds no licence")}
    assert len(own) == 1
    assert source_of(a, "owed him 900").key not in own
