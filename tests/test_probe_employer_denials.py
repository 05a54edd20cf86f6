"""Probes: denials in an employer's, an embassy's or a manager's words negate their claims ("does not retain the
passports or identity documents of any worker", "No employee or subcontracted worker of X has ever been confined",
"have never restricted the personal freedom of", "had never fined workers", "nobody had been physically harmed");
workers' accounts of the same acts stay affirmed. Texts written for these tests; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META

TEXT = LEAD + """Workers said their passports were taken and they were locked in at night.

No employee or subcontracted worker of Kestrel has ever been confined to the site. Kestrel does not retain the passports or identity documents of any worker, Russian or expatriate. Chinese enterprises in the region have never restricted the personal freedom of local employees. The foreman, Pavel Lin, said nobody had been physically harmed on the site. The HR manager, Li Na, said the company had never fined workers and that the deduction covered lunch.

Two workers said the foreman had beaten a man who refused to work. The men said the company had fined them for every missed target.
"""


def _polarity() -> dict[str, str]:
    return {c.text[:30]: c.polarity for c in analyse(TEXT, META).claims}


def test_employer_denials_are_negated() -> None:
    got = _polarity()
    for start in ("No employee or subcontracted w", "Kestrel does not retain the pa",
                  "Chinese enterprises in the reg", "The foreman, Pavel Lin, said n",
                  "The HR manager, Li Na, said th"):
        assert got[start] == "negated", start


def test_workers_accounts_stay_affirmed() -> None:
    got = _polarity()
    assert got["Workers said their passports w"] == "affirmed"
    assert got["Two workers said the foreman h"] == "affirmed"
    assert got["The men said the company had f"] == "affirmed"


def test_accusation_not_made_is_negated() -> None:
    text = LEAD + "Workers said their passports were taken.\n\nThe union does not accuse Kestrel management of violence.\n"
    assert {c.text[:30]: c.polarity for c in analyse(text, META).claims}["The union does not accuse Kest"] == "negated"
