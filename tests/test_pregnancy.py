"""A woman hurt while pregnant (veilig/pregnancy.py)."""
import pytest

from veilig.pregnancy import tells_of_a_blow_while_pregnant, tells_of_violence_while_pregnant


@pytest.mark.parametrize("text", [
    "ik ben 5 maanden zwanger en mijn vriend heeft me tegen mn buik geschopt",
    "sinds ik zwanger ben slaat hij me", "tijdens mijn zwangerschap duwde hij me tegen de kast",
    "ik ben zwanger en hij scheldt me de hele dag uit",
])
def test_pregnant_herself(text):
    assert tells_of_violence_while_pregnant(text)


@pytest.mark.parametrize("text", ["mijn zus is zwanger en haar man slaat haar", "mijn man slaat me",
                                  "wat is geweld tijdens de zwangerschap"])
def test_not_pregnant_herself(text):
    assert not tells_of_violence_while_pregnant(text)


@pytest.mark.parametrize("text", [
    "ik ben 5 maanden zwanger en mijn vriend heeft me tegen mn buik geschopt",
    "ik ben zwanger en mijn vriend heeft me geslagen", "tijdens mijn zwangerschap duwde hij me tegen de kast",
])
def test_a_blow_while_pregnant(text):
    assert tells_of_a_blow_while_pregnant(text)


@pytest.mark.parametrize("text", ["ik ben zwanger en hij scheldt me de hele dag uit", "mijn zus is zwanger en haar man slaat haar",
                                  "sinds ik zwanger ben controleert hij mijn telefoon"])
def test_no_blow_while_pregnant(text):
    assert not tells_of_a_blow_while_pregnant(text)
