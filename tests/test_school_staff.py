"""Violence by someone of the school or childcare against the writer's child (veilig/school_staff.py)."""
import pytest

from veilig.school_staff import suspects_a_childcare_colleague, tells_of_violence_by_school_staff


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


@pytest.mark.parametrize("text,suspects", [
    # twenty-second session's probe: a BSO worker; "moet ik naar de politie?" then got "U bepaalt zelf"
    ("ik werk op de bso en zag een collega een kind hard aan de arm trekken en uitschelden", True),
    ("op het kinderdagverblijf is mijn collega ruw met de baby's", True),
    ("ik ben leidster in de kinderopvang en een stagiaire duwt de peuters hardhandig", True),
    # childcare, but violence at home, or a colleague who hurts no one
    ("ik werk op de bso en een kind vertelt dat papa slaat", False),
    ("mijn collega op de bso is altijd te laat", False),
    # a parent whose child is hurt there (tells_of_violence_by_school_staff)
    ("mijn kind zit op de bso en de leidster slaat hem", False),
    # twenty-fourth session's probe: the houder told by a parent; not one's own work
    ("Ik ben houder van een kinderopvang. Een ouder zegt dat een pedagogisch medewerker haar kind heeft geknepen.", True),
    ("ik ben een pedagogisch medewerker op de bso en een moeder slaat haar kind", False),
])
def test_a_childcare_worker_who_suspects_a_colleague(text, suspects):
    assert suspects_a_childcare_colleague(text) is suspects
