"""Control of the writer by a partner (veilig/coercive_control.py)."""
import pytest

from veilig.coercive_control import tells_of_a_jealous_partner, tells_of_coercive_control


@pytest.mark.parametrize("text", [
    "mijn man kijkt altijd in mijn telefoon en ik mag geen vriendinnen zien",
    "mijn vriendin wil niet dat ik met mijn familie omga",
    "mijn vriend leest al mijn berichten",
    "mijn man bepaalt alles",
    "mn vriend volgt mijn locatie en wordt boos als ik later thuis ben",
    # twentieth session's probe: spyware got "Deze chat gaat over geweld thuis"
    "mijn vriend heeft een app op mijn telefoon gezet zodat hij weet waar ik ben",
    "mijn man weet altijd waar ik ben",
    # twenty-eighth session: 'afspreken' was not among what the writer may not do
    "mijn vriendin is super jaloers en ik mag niet meer met vrienden afspreken",
    "mijn man heeft mijn telefoon afgepakt",
])
def test_a_partner_who_controls_the_writer(text):
    assert tells_of_coercive_control(text)


@pytest.mark.parametrize("text", [
    "mijn moeder leest mijn berichten",  # a parent, not a partner
    "ik mag niet naar buiten van mijn vader",
    "mijn man slaat me",
    "mijn man heeft een nieuwe app op mijn telefoon gezet voor de bank",
    "mijn moeder heeft mijn telefoon afgepakt omdat ik te laat thuis was",  # a parent, not a partner
])
def test_no_partner_who_controls_the_writer(text):
    assert not tells_of_coercive_control(text)


@pytest.mark.parametrize("text, jealous", [
    ("is het normaal dat mijn man zo jaloers is?", True),
    ("mijn vriendin is super jaloers en ik mag niet meer met vrienden afspreken", True),
    ("de jaloezie van mijn man maakt me bang", True),
    ("mn partner is heel bezitterig", True),
    ("ik ben jaloers op mijn vriendin", False),  # the writer's own jealousy
    ("mijn zus is jaloers op mij", False),
])
def test_a_jealous_partner(text, jealous):
    assert tells_of_a_jealous_partner(text) is jealous
