"""Study 348: denials a reader takes as such (testimony of none, a report's picture rejected, force denied with no one as
its object, retention denied over a list of verbs, never struck, a page's own first-person negative finding); the page's
own voice after it rebuts a report it quotes; initials defined after a body's name speak as that body even when the
name reads like a person's; witnesses who "testified to" what they went through. Every text is written for this
test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import pipeline
from labourlens.analyse.hedges import denial_cue


@pytest.mark.parametrize(
    "text",
    [
        "No tenant told us the landlord had struck him.",
        "Nobody the inspectors interviewed described being locked in at the kilns.",
        "The mothers interviewed do not describe any kind of detention at the quarry.",
        "The firm does not accept the review's account of its canteens.",
        "The kiln owner said he forces no one to stay.",
        "Harwell Nickel said it does not take, keep or store any passports belonging to its staff.",
        "The apprentice insists he has never been slapped by the foreman.",
        "We came across no instance where a boy was kept at a kiln overnight.",
    ],
)
def test_denials(text: str) -> None:
    assert denial_cue(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The tenants told us the landlord had struck him.",
        "The firm accepts the review's account of its canteens and will act on it.",
        "The foreman forces the boys to stay until dusk.",
        # a finding of none that affirms: no case where the employer bore the fee
        "Our team identified no instance where the employer had covered the visa fee for a worker.",
    ],
)
def test_near_miss_denials(text: str) -> None:
    assert denial_cue(text) is None


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    r = pipeline.analyse(text)
    src = {s.key: (s.wording, s.kind) for s in r.sources}
    return [(c.text, src.get(c.source, (None, "outlet"))[0], src.get(c.source, (None, "outlet"))[1]) for c in r.claims]


_REBUTTAL_PAGE = (
    "On 3 June, the watchdog group Lembaga Awas Buruh (LAB) published a report on our nickel plant. We have reviewed it. "
    "The report alleges that managers kept the welders' papers. That is untrue. "
    "Harwell Nickel does not keep the passports of its welders. "
    "LAB states that welders were barred from going out after dark."
)


def test_rebuttal_returns_to_page_voice() -> None:
    found = {t: (w, k) for t, w, k in _claims(_REBUTTAL_PAGE)}
    denial = next(v for t, v in found.items() if t.startswith("Harwell Nickel does not keep"))
    assert denial[1] != "document"


def test_initials_of_a_body_speak_as_a_body() -> None:
    found = {t: (w, k) for t, w, k in _claims(_REBUTTAL_PAGE)}
    lab = next(v for t, v in found.items() if t.startswith("LAB states"))
    assert lab == ("LAB", "organization")


def test_testified_to() -> None:
    text = ("The Mining Gazette reports on a court case. The court heard from the loaders. "
            "Several loaders testified to 14-hour shifts at the depot, with no day off. "
            "Two loaders complained of beatings by the foreman.")
    found = {t: (w, k) for t, w, k in _claims(text)}
    loaders = next(v for t, v in found.items() if t.startswith("Several loaders"))
    assert loaders == ("Several loaders", "anonymous_source")


def test_document_goes_on_without_rebuttal() -> None:
    text = ("The audit report on the Harwell plant says managers kept the welders' passports in a safe. "
            "Welders also worked seven days a week in the summer.")
    kinds = [k for _, _, k in _claims(text)]
    assert kinds and all(k == "document" for k in kinds)
