"""An NGO report's findings page with no masthead: the body named doing the research is its outlet when the page
speaks as a report ("We did not find", or footnotes on its own interviews: "[4] Interviews 1-12"), also when a
paragraph's number comes first ("3.1 Workers interviewed by the Volta Crew Watch"). Negative control: a news
story that names a watch group interviewing workers, without a report's voice. Every body here is invented."""

from __future__ import annotations

from labourlens.analyse import meta


def outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


def test_numbered_finding_with_footnoted_interviews() -> None:
    text = ("3. Findings\n3.1 Of the 12 deckhands interviewed by the Volta Crew Watch between May and July 2024, nine "
            "said their passports were kept by the captain.[4]\n3.2 Shifts ran to 18 hours.[5]\n\n"
            "[4] Interviews 1-12, on file. [5] Interviews 2-7.\n")
    assert outlet(text) == "Volta Crew Watch"


def test_numbered_finding_with_we_did_not_find() -> None:
    text = ("3. FINDINGS\n3.1 Workers interviewed by Volta Crew Watch described shifts of 18 hours at sea.\n"
            "3.2 We did not find evidence of beatings on the two boats we examined.\n")
    assert outlet(text) == "Volta Crew Watch"


def test_news_story_naming_a_watch_group() -> None:
    text = ("Deckhands kept at sea for a year\n\nWorkers interviewed by Volta Crew Watch described shifts of 18 hours "
            "at sea, the group said on Monday. The boat owners denied the account.\n")
    assert outlet(text) is None
