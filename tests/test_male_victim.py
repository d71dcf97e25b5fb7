"""A man hurt by his partner (veilig/male_victim.py)."""
import pytest

from veilig.male_victim import tells_of_a_male_victim


@pytest.mark.parametrize("text", [
    "mijn vrouw slaat me maar niemand gelooft me omdat ik een man ben",
    "als man schaam ik me dat mijn vriendin me slaat",
    "mijn ex vrouw bedreigt me steeds",
])
def test_a_man_hurt_by_his_partner(text):
    assert tells_of_a_male_victim(text)


@pytest.mark.parametrize("text", [
    "mijn man slaat me", "ik heb mijn vrouw geslagen", "mijn vrouw wordt geslagen door haar broer",
    "ik ben een man en ik sla mijn vrouw",
])
def test_no_man_hurt_by_his_partner(text):
    assert not tells_of_a_male_victim(text)


def test_says_he_is_a_man():
    from veilig.male_victim import says_he_is_a_man
    assert says_he_is_a_man("Is dat ook huiselijk geweld? Ik ben toch een man.")
    assert not says_he_is_a_man("ik ben gewoon moe")
