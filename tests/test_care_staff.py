"""A care worker who hurts a client (veilig/care_staff.py)."""
import pytest

from veilig.care_staff import suspects_a_care_worker


@pytest.mark.parametrize("text", [
    "ik ben teamleider thuiszorg. een medewerker wordt ervan verdacht een cliënt te slaan",
    "mijn collega in het verpleeghuis is ruw met de bewoners",
    "een bewoner is geslagen door een verzorgende",
    "Een begeleider op de woongroep scheldt cliënten uit",
])
def test_a_care_worker_hurting_a_client_is_heard(text):
    assert suspects_a_care_worker(text)


@pytest.mark.parametrize("text", [
    "ik werk in de thuiszorg en mijn cliënt wordt door haar zoon geslagen",   # violence at home: the meldcode
    "ik ben wijkverpleegkundige. ik vermoed dat de zoon van een oudere cliënt hem slaat",
    "mijn collega slaat een leerling",                                      # school: another duty
    "de verpleegkundige zei dat mijn man mij slaat, ik lag in het ziekenhuis",  # told by the nurse
])
def test_violence_at_home_or_elsewhere_is_not(text):
    assert not suspects_a_care_worker(text)
