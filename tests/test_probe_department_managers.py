"""A firm's department manager named with the firm ("The mill's compliance manager, Mr Ravi Das", "The plant's
quality manager, Lena Holt") answers for the company (organization), as its general manager does; a person
named with a role held outside a firm stays a person. Mini-texts in our own wording."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize(("np", "kind"), [
    ("The mill's compliance manager, Mr Ravi Das", "organization"),
    ("The plant's quality manager, Lena Holt", "organization"),
    ("The factory's logistics manager, Tomas Berg", "organization"),
    ("The factory's manager, Tomas Berg", "organization"),
    ("The workers' lawyer, Tomas Berg", "named_person"),
    ("Tomas Berg", "named_person"),
])
def test_department_manager_speaks_for_the_firm(np: str, kind: str) -> None:
    assert classify(np) == kind
