"""Violence by someone of the school or childcare against the writer's child (veilig/school_staff.py)."""
import pytest

from veilig.school_staff import tells_of_violence_by_school_staff


@pytest.mark.parametrize("text", [
    "mijn kind is op school geslagen door een leraar",
    "wat kan ik doen als de juf mijn dochter heeft geslagen",
    "de leidster van de creche is ruw met mijn zoon",
    "mijn dochter zegt dat de gymleraar aan haar zit",
    "mijn zoon zegt dat de meester hem aan zijn oor trok",
    "de gastouder heeft ons zoontje opgesloten in een kamer",
])
def test_someone_of_the_school_hurts_the_writers_child(text):
    assert tells_of_violence_by_school_staff(text)


@pytest.mark.parametrize("text", [
    # someone of the school tells of violence at home
    "de juf zegt dat mijn zoon thuis geslagen wordt",
    "mijn zoon wordt geslagen door zijn vader, de juf zag het",
    # the writer is the professional: the meldcode's entries
    "ik ben leerkracht en mijn collega slaat een leerling",
    "de stagiair in mijn klas duwt kinderen hardhandig",
    # no school or childcare
    "mijn buurman slaat mijn kind", "de trainer schreeuwt tegen mijn zoon",
])
def test_not_violence_by_school_staff_against_the_writers_child(text):
    assert not tells_of_violence_by_school_staff(text)
