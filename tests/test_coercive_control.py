"""Control of the writer by a partner (veilig/coercive_control.py)."""
import pytest

from veilig.coercive_control import tells_of_coercive_control


@pytest.mark.parametrize("text", [
    "mijn man kijkt altijd in mijn telefoon en ik mag geen vriendinnen zien",
    "mijn vriendin wil niet dat ik met mijn familie omga",
    "mijn vriend leest al mijn berichten",
    "mijn man bepaalt alles",
    "mn vriend volgt mijn locatie en wordt boos als ik later thuis ben",
    # twentieth session's probe: spyware got "Deze chat gaat over geweld thuis"
    "mijn vriend heeft een app op mijn telefoon gezet zodat hij weet waar ik ben",
    "mijn man weet altijd waar ik ben",
])
def test_a_partner_who_controls_the_writer(text):
    assert tells_of_coercive_control(text)


@pytest.mark.parametrize("text", [
    "mijn moeder leest mijn berichten",  # a parent, not a partner
    "ik mag niet naar buiten van mijn vader",
    "mijn man slaat me",
    "mijn man heeft een nieuwe app op mijn telefoon gezet voor de bank",
])
def test_no_partner_who_controls_the_writer(text):
    assert not tells_of_coercive_control(text)
