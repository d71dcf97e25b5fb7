"""One hurt at home who asks where to go or sleep (veilig/seeks_shelter.py)."""
import pytest

from veilig.seeks_shelter import has_just_fled, needs_a_place_tonight, seeks_shelter


@pytest.mark.parametrize("text", [
    "waar kan ik heen met mijn 2 kinderen als mijn man ons bedreigt",
    "ik moet vluchten met de kinderen",
    "kan ik ergens veilig slapen vannacht",
    "ik kan vannacht niet naar huis, hij is dronken",
    "we hebben een veilige plek nodig",
    "waar moeten wij nu wonen als we weggaan",
])
def test_asks_where_to_go(text):
    assert seeks_shelter(text)


@pytest.mark.parametrize("text", [
    "waar kan ik heen voor hulp", "waar kan ik terecht met mijn vragen", "mijn man slaat me",
    "ik wil weten wat de vrouwenopvang kost", "hoe help ik mijn zus",
    "mijn vriend slaat me en ik durf niet naar huis",  # fear told, no place asked
])
def test_asks_no_place_to_stay(text):
    assert not seeks_shelter(text)


@pytest.mark.parametrize("text,fled,tonight", [
    ("ik ben net weggerend ik sta buiten in mijn pyjama met de baby", True, True),
    ("we zijn het huis uit gevlucht", True, True),
    ("waar moet ik heen het is 2 uur snachts", False, True),
    ("kan ik hier blijven slapen?", False, True),
    ("mag ik bij mijn zus slapen met de kinderen?", False, True),
    ("waar kan ik heen met mijn kinderen", False, False),
    ("ik ben net weggelopen bij de kapper", False, False),
    ("ik ben weggelopen uit de les", False, False),
    ("ik heb geen geld en mijn telefoon is bijna leeg", False, False),
    ("ik durf niet naar huis vanavond papa is dronken", False, True),
    ("mijn vriend slaat me en ik durf niet naar huis", False, False),
    # twenty-fourth session's probe: put out of home, or a bed for a few nights only
    ("ik ben 16 en mijn ouders hebben me het huis uitgegooid omdat ik homo ben", False, True),
    ("ik slaap nu bij een vriend maar dat kan maar 2 nachten", False, True),
    ("ik slaap bij mijn oma", False, False),
    ("mijn buurman is dakloos", False, False),
    # the sixth and seventh tuning conversations: not staying here tonight, after 112
    ("ze hebben hem meegenomen. ik wil hier vannacht echt niet blijven slapen", False, True),
    ("ik wil hier vannacht niet slapen met de kinderen. is er hier iets", False, True),
    ("is er hier een opvang voor vannacht", False, True),
    ("ik wil vannacht niet alleen zijn", False, False),
    # the ninth tuning conversations; not sleepless nights or leaving a relationship
    ("ik wil hier niet slapen vannacht maar mn familie woont allemaal in turkije", False, True),
    ("ik kan vannacht niet slapen van de zorgen", False, False),
    ("ik wil niet blijven bij hem", False, False),
])
def test_just_fled_or_a_place_for_tonight(text, fled, tonight):
    assert has_just_fled(text) is fled
    assert needs_a_place_tonight(text) is tonight


@pytest.mark.parametrize("text,returns,nobody", [
    ("Hij komt om 6 uur thuis", True, False), ("mijn man komt vanavond weer thuis", True, False),
    ("ik kom om 6 uur thuis", False, False), ("Ik heb geen familie hier", False, True),
    ("ik kan nergens heen", False, True), ("mijn familie woont hier ook", False, False),
])
def test_the_one_who_hurts_comes_home_or_nobody_to_go_to(text, returns, nobody):
    from veilig.seeks_shelter import fears_the_return_home, has_nobody_to_go_to
    assert fears_the_return_home(text) == returns and has_nobody_to_go_to(text) == nobody


def test_a_child_asking_to_live_elsewhere_seeks_shelter():
    """Twenty-fifth session's probe: "kan ik ergens anders gaan wonen?" from a 14-year-old got the route again."""
    from veilig.seeks_shelter import seeks_shelter
    assert seeks_shelter("kan ik ergens anders gaan wonen?")
