"""One hurt who does not want the doer in trouble (veilig/protects_the_doer.py)."""
import pytest

from veilig.protects_the_doer import NOT_THE_POLICE_ENTRY, OLDER_MONEY_ENTRY, entry_for_protecting_the_doer, protects_the_doer


@pytest.mark.parametrize("text,protects", [
    ("ik wil niet dat hij in de problemen komt het is mijn kind", True),  # twenty-second session's probe
    ("ik wil hem niet aangeven", True),
    ("ik wil niet dat mijn man de cel in gaat", True),
    ("ik wil niet dat hij opgepakt wordt", True),
    ("ik wil mijn zoon niet in de problemen brengen", True),
    # other fears, with their own answers
    ("ik wil niet dat hij weet dat ik het was", False),
    ("ik wil niet dat hij boos wordt", False),
    ("ik wil wel aangifte doen", False),
])
def test_protecting_the_one_who_hurts(text, protects):
    assert protects_the_doer(text) is protects


def test_an_older_person_whose_money_is_taken_gets_the_older_peoples_answer():
    told = "ik ben 78 en mijn zoon pakt mijn bankpas af en duwt me als ik nee zeg"
    assert entry_for_protecting_the_doer(told, "ik wil niet dat hij in de problemen komt") == OLDER_MONEY_ENTRY
    assert entry_for_protecting_the_doer("mijn man slaat me", "ik wil niet dat hij in de problemen komt") == NOT_THE_POLICE_ENTRY
    assert entry_for_protecting_the_doer(told, "ik wil niet dat hij boos wordt") is None
