"""SS2 source-identity battery (``battery_ss2_cases``): 42 invented texts in the styles of hearings with
several named witnesses, long features alternating an expert, a worker and an NGO, NGO report excerpts with
coded interviewees, TV packages and agency stories relaying another agency, scored like ``labourlens eval``.

First pass, before the fixes it prompted: speaker wording 0.922 (154/167), kinds 0.820, same source F1
0.907 (tp 68, fp 3, fn 11). After four general fixes (a code in brackets, "(Interviewee B)", is the label
of its source; "the first guard" goes back to "The first, who ..."; "the witness" is the last person who
is not an official; "The official, Ma Jun" names the one unnamed official quoted before; "congressman" /
"congresswoman" give a gender, so "she" never goes back to a congressman): speaker 0.928 (155/167), same
source F1 0.962 (tp 75, fp 2, fn 4), after counting a back-reference's speaker as the source it names.
Left (speaker detection, not source identity): "Representative X, the chairman, said" and "Chair X
opened the hearing by saying" are missed; "The colonel said" and "A trainee who fled ... told Kyodo
that" find no speaker; "X said ..., Kyodo News reported" / "according to the ANSA news agency" give the
claim to the relaying outlet instead of the ministry or prosecutors; "Harvest Watch found that" and
"The observatory said in its annual review that" find no speaker. Kind-only: "The first witness,
Somchai Rattanakorn, who ..." is anonymous; "Apex Sourcing" is a named person."""

from __future__ import annotations

import battery_ss2_cases
from battery_sw_score import score


def test_hearing_feature_ngo_and_relay_battery() -> None:
    s = score(battery_ss2_cases.CASES)
    assert len(battery_ss2_cases.CASES) >= 40
    assert s.speakers >= 160
    assert s.speaker_acc >= 0.92, s.misses
    assert s.same_source_f1 >= 0.95, s.misses
