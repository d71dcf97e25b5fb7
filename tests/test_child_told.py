"""A child told the writer about home (veilig/child_told.py)."""
import pytest

from veilig.child_told import asks_how_to_talk_with_the_child, tells_a_child_told_them


@pytest.mark.parametrize("text", [
    "ik ben trainer bij een voetbalclub en een jongen vertelt dat zijn vader hem slaat",
    "er is iets gebeurd op het schoolreisje, een leerling vertelde iets over thuis",
    "het vriendje van mijn zoon zegt dat hij klappen krijgt",
    "een meisje uit de klas van mijn dochter zei dat haar vader haar opsluit",
    "ik ben opa en mijn kleindochter van 8 vertelde dat de nieuwe vriend van haar moeder haar in bad wast en raar doet",
    # the ninth tuning conversations
    "de vriend van mijn zoon (13) vertelde gisteren bij ons aan tafel dat zijn stiefvader hem met een riem slaat",
])
def test_a_child_told_the_writer(text):
    assert tells_a_child_told_them(text)


@pytest.mark.parametrize("text", [
    "mijn vriendin vertelt dat haar vriend haar slaat",  # an adult friend
    "de vriend van mijn zus vertelde dat hij haar slaat",
    "ik ben een meisje en mijn vader zegt dat ik dik ben",  # the writer is the child
    "ik ben een meisje van 12 en mijn moeder zegt dat ik lelijk ben",
    "mijn vader slaat mijn moeder",
])
def test_no_child_told_the_writer(text):
    assert not tells_a_child_told_them(text)



@pytest.mark.parametrize("text,asks", [
    # thirtieth session's probe: parents got the CSG's words to a victim
    ("ik denk dat mijn zoontje misbruikt is door de buurman, hoe vraag ik hem ernaar?", True),
    ("mijn dochter van 5 is misbruikt door de oppas, moet ik haar dat vertellen als ze ouder is?", True),
    ("Hoe praat je met je kind over seksueel misbruik?", True),
    # how to tell someone else is no talk with the child
    ("hoe vertel ik het aan mijn man?", False),
    ("moet ik het vertellen aan de school?", False),
    ("mijn dochter is misbruikt door haar oom, wat moet ik doen?", False),
])
def test_a_parent_asks_how_to_talk_with_the_child(text, asks):
    assert asks_how_to_talk_with_the_child(text) is asks
