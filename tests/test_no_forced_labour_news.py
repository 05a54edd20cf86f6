"""Ordinary news that speaks of fees, quotas, passports and working hours without describing forced
labour yields no claims and no indicators: a fishing-quota agreement between two states and an explainer
of work-permit rules (:mod:`labourlens.analyse.rules_explainer`). An explainer that tells of events, and a
report that mentions the law beside an account of abuse, keep their claims. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-04-04", "language": "en"}

QUOTA_AGREEMENT = 'Russia and Japan agree salmon catch for 2025\n\nMOSCOW, April 4 -- Russia and Japan have agreed the terms on which Japanese fishing boats may catch Russian-origin salmon in Japan\'s exclusive economic zone this year, the Federal Agency for Fisheries said on Friday.\n\nUnder the agreement, reached after three weeks of talks in Moscow, the total catch quota for Japanese vessels is set at 2,050 tonnes, unchanged from last year. Japanese fishing cooperatives will pay Russia between 200 million and 300 million yen in fees for the quota, depending on the volume landed.\n\nThe agency said the fees are paid by the Japanese side into a fund that supports salmon hatcheries on Sakhalin and the Kuril Islands. Japanese fishermen will also take Russian inspectors on board during the season, which runs from April to July.\n\nA spokesman for the Hokkaido fishing federation said crews were relieved that the quota had not been cut. "Our members depend on this season," he said.\n'

PERMIT_EXPLAINER = "Explained: what the new UAE work permit rules mean for foreign employees\n\nDUBAI -- New rules that came into force this month change how foreign employees in the UAE are hired, how they can change jobs and what happens when a contract ends. Here is what you need to know.\n\nWho sponsors a worker's visa?\nThe employer applies for the work permit and the residence visa, and pays the fees for both. Under the law, an employer may not charge a worker for recruitment or visa costs.\n\nCan my employer keep my passport?\nNo. Keeping an employee's passport without written consent is prohibited, and the ministry says firms that do so can be fined up to 20,000 dirhams per worker. Employees may hand their passport to the company for safekeeping only if they ask to, and can take it back at any time.\n\nCan I change jobs?\nYes. Employees can move to a new employer after their probation period without the current employer's permission, provided they give the notice set out in their contract, usually 30 to 90 days.\n\nWhat happens when the contract ends?\nWorkers have a grace period of 60 days to find a new job or leave the country. Overstaying after that incurs a fine of 50 dirhams a day.\n\nWhat about domestic workers?\nDomestic workers are covered by a separate law that sets a weekly day off, 30 days of paid annual leave and a maximum working day of 12 hours.\n\nThe Ministry of Human Resources and Emiratisation said the changes were meant to make the labour market more flexible.\n"

TOLD_EXPLAINER = (
    "Explained: how North Korean crews are kept on Russian building sites\n\n"
    "Who hires them? A Russian contractor signs with a North Korean trading company, which sends the men "
    "under the rules of its own state.\n\n"
    "Can they leave the site? A former worker told us the men were locked in a container at night and "
    "that their passports were kept by a minder. \"We never saw our wages,\" he said.\n\n"
    "Under the law, employers must not hold workers' passports, the ministry says.\n"
)

REPORT_WITH_LAW = (
    "NAKHODKA -- Uzbek welders at a ship-repair yard have not been paid for four months and the foreman "
    "keeps their passports in his safe, three of the men told this newspaper. Under the law, an employer "
    "may not keep a worker's passport, and the rules require wages to be paid twice a month. "
    "\"We cannot leave, we have no papers and no money,\" one of the welders said.\n"
)


@pytest.mark.parametrize("text", [QUOTA_AGREEMENT, PERMIT_EXPLAINER])
def test_news_that_describes_no_forced_labour_yields_nothing(text: str) -> None:
    result = analyse(text, META)
    assert result.claims == [] and result.indicators() == []


@pytest.mark.parametrize("text", [TOLD_EXPLAINER, REPORT_WITH_LAW])
def test_accounts_of_abuse_keep_their_claims(text: str) -> None:
    result = analyse(text, META)
    assert result.claims
    assert "retention_of_identity_documents" in result.indicators()
