""""Its manager, Roman Gilev, said" right after a sentence that names a firm, when a state body spoke earlier:
"its" is the firm the paragraph has just named, not the body that spoke before it, so the manager speaks for the
firm (``organization``). A paragraph that names no body keeps the body that spoke last. Every text is written for
this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

POLICE = 'The press service of the regional police said officers had received the complaint and "are checking it".\n\n'


def test_its_manager_after_a_named_firm_speaks_for_the_firm() -> None:
    text = LEAD + POLICE + ("The agency named by the company, Taiga-Kadr, is registered in Perm. Its manager, Oleg "
                            "Burov, said by phone that the men had been free to leave. He said no passports were held.")
    assert speaker(text, "no passports")[1] == "organization"
    assert speaker(text, "free to leave")[1] == "organization"


def test_its_spokeswoman_after_a_named_firm() -> None:
    text = LEAD + POLICE + ("The hostel is run by a firm, Uyut Stroy. Its spokeswoman, Marina Lebedeva, said the "
                            "workers could leave at any time.")
    assert speaker(text, "could leave")[1] == "organization"


def test_its_spokeswoman_after_the_state_body_spoke_stays_official() -> None:
    text = LEAD + ('The regional labour inspectorate said it had fined the company twice. Its spokeswoman, Marina '
                   'Lebedeva, said the workers could leave at any time.')
    assert speaker(text, "could leave")[1] == "official"


def test_its_manager_with_only_a_state_body_before_is_no_firm() -> None:
    text = LEAD + POLICE + "Its manager, Oleg Burov, said by phone that the men had been free to leave."
    assert speaker(text, "free to leave")[1] != "organization"
