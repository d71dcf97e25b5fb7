"""A parent with a crying baby, or who shook a child (veilig/crying_baby.py)."""
import pytest

from veilig.crying_baby import tells_of_a_crying_baby_or_shaking


@pytest.mark.parametrize("text,told", [
    ("ik ben bang dat ik mijn kind iets aandoe als hij weer zo krijst. ik ben zo moe", True),
    ("ik heb hem vandaag hard door elkaar geschud", True),
    ("mijn baby huilt al uren en ik word zo boos", True),
    ("ik sla mijn vrouw als ik gedronken heb", False),
    ("mijn vrouw huilt als ik schreeuw", False),
])
def test_a_crying_baby_or_a_shaken_child(text, told):
    assert tells_of_a_crying_baby_or_shaking(text) == told


@pytest.mark.parametrize("text", ["Als mijn baby blijft huilen schud ik hem soms om hem stil te krijgen",
                                  "mijn vriend schudt de baby als hij huilt"])
def test_shaking_in_the_present_is_heard(text):
    assert tells_of_a_crying_baby_or_shaking(text)


@pytest.mark.parametrize("text", ["ik schud mijn hoofd", "hij schudt zijn hoofd nee", "ik schud de fles",
                                  "ik schudde haar hand"])
def test_shaking_a_head_or_a_bottle_is_not(text):
    assert not tells_of_a_crying_baby_or_shaking(text)


def test_a_shaken_baby_that_is_limp_now_is_an_emergency():
    from veilig.crying_baby import baby_unwell_after_shaking

    told = "Als mijn baby blijft huilen schud ik hem soms om hem stil te krijgen"
    assert baby_unwell_after_shaking("hij is sinds vanmiddag wel heel suf en slap en wil niet drinken", told)
    assert baby_unwell_after_shaking("Ik heb mijn baby geschud omdat hij bleef huilen. Nu is hij heel slap en suf.")
    assert not baby_unwell_after_shaking("hij is sinds vanmiddag heel suf", "mijn man slaat me")  # no shaking told
    assert not baby_unwell_after_shaking("hij huilt de hele dag", told)                            # no sign of harm
