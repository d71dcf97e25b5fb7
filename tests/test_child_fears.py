"""A child's fear of what telling brings (veilig/child_fears.py)."""
import pytest

from veilig.child_fears import AFTER_TELLING_ENTRY, MAY_TELL_ENTRY, STAYS_THERE_ENTRY, WITHOUT_PARENTS_ENTRY, childs_fear_entry


@pytest.mark.parametrize("text,entry_id", [
    ("hij zegt dat ik het aan niemand mag vertellen", MAY_TELL_ENTRY),
    ("ze wil niet dat ik het vertel", MAY_TELL_ENTRY),
    ("ben ik dan een verrader", MAY_TELL_ENTRY),
    ("het is ons geheimpje", MAY_TELL_ENTRY),
    ("gaan ze mijn papa dan oppakken?", AFTER_TELLING_ENTRY),
    ("krijgt mama dan straf?", AFTER_TELLING_ENTRY),
    ("wat als mama boos wordt", STAYS_THERE_ENTRY),
    ("wat als papa boos word als ik het vertel", STAYS_THERE_ENTRY),  # twenty-first session's probe, typed so
    ("wat als hij het merkt", STAYS_THERE_ENTRY),
    ("ik durf het niet tegen mn ouders te zeggen", WITHOUT_PARENTS_ENTRY),  # twenty-second session's probe
    ("ik durf het echt niet aan mijn moeder te vertellen", WITHOUT_PARENTS_ENTRY),
    ("mijn ouders mogen het niet weten", WITHOUT_PARENTS_ENTRY),
    ("ik wil niet dat mijn ouders het weten. kan ik met iemand praten zonder dat zij het horen?", WITHOUT_PARENTS_ENTRY),
    ("als ik het zeg gaat mama boos worden", STAYS_THERE_ENTRY),
    ("mama wordt vast heel boos", STAYS_THERE_ENTRY),
    ("mama gaat naar haar werk", None),
    ("ik durf niet naar huis", None),
    ("ik durf het wel aan mijn moeder te vertellen", None),
    ("ik ben 10 en mama drinkt", None),
    ("mag ik het aan mijn juf vertellen", None),
    ("moet ik dan uit huis", None),
    # having to leave home (thirty-fourth session's fifth tuning conversations)
    ("moet ik dan weg van huis als ik het vertel", AFTER_TELLING_ENTRY),
    ("moet ik dan in een pleeggezin wonen", AFTER_TELLING_ENTRY),
    ("halen ze me dan weg", AFTER_TELLING_ENTRY),
    ("ik wil weg van huis", None),
])
def test_a_childs_fear_of_telling(text, entry_id):
    assert childs_fear_entry(text) == entry_id
