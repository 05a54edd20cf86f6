"""Probes (session 39, from heldout390's speaker misses): the comma of a number's thousands ("$1,400", "12,500
pesos") does not cut a speaker phrase in two. A sentence whose own subject paid a sum "for what the recruiters
described as ..." has no speaker of its own, so it stays in the voice around it; before, the part before the
number's comma was read as a short phrase and the whole clause up to "described" became a speaker. Near misses: a
person with an apposition that holds a number ("The inspector, who visited 1,200 farms, said ...") and a named
person with an apposition ("Jon Tan, a broker in Medan, said ...") keep their speakers. Texts written for these
tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

_LETTER = """OPEN LETTER

To: The Director, Bluecrest Staffing Ltd, Lagos

Dear Sir,

Our group speaks for 12 young people from Ibadan who went to Dubai in 2025 through your firm and are now back.

Each of the twelve gave your firm between $900 and $1,400 as fees for what your recruiters described as warehouse jobs in Dubai, with free meals. Several took loans from moneylenders to pay.

Not one of them ever saw a warehouse. The managers confiscated their passports when they landed. Most worked 16 hours a day.

Yours faithfully,
Ada Okafor, on behalf of the Ibadan Returnees Group
"""


def test_a_sum_with_a_thousands_comma_is_no_speaker() -> None:
    assert find_mention("Each of the twelve gave the firm $1,400 in fees for what its recruiters described as "
                        "warehouse jobs in Dubai.") is None
    assert find_mention("They paid the broker 12,500 pesos for what his staff described as packing work.") is None


def test_the_letter_keeps_one_voice_over_the_sum() -> None:
    analysis = analyse(_LETTER, {})
    names = {s.key: s.wording for s in analysis.sources}
    fees = next(c for c in analysis.claims if "as fees" in c.text)
    loans = next(c for c in analysis.claims if "took loans" in c.text)
    passports = next(c for c in analysis.claims if "confiscated their passports" in c.text)
    assert "$" not in str(names.get(fees.source, ""))
    assert fees.source == passports.source == loans.source


def test_a_number_inside_an_apposition_keeps_the_speaker() -> None:
    inspector = find_mention("The inspector, who visited 1,200 farms, said the workers were unpaid.")
    assert inspector is not None and inspector.wording.startswith("The inspector")
    broker = find_mention("Jon Tan, a broker in Medan, said 2,000 men had gone.")
    assert broker is not None and broker.wording.startswith("Jon Tan")
