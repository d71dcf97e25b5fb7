"""A woman hurt while pregnant (veilig/pregnancy.py)."""
import pytest

from veilig.pregnancy import tells_of_violence_while_pregnant


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
