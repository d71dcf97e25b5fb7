"""A child told the writer about home (veilig/child_told.py)."""
import pytest

from veilig.child_told import tells_a_child_told_them


@pytest.mark.parametrize("text", [
    "ik ben trainer bij een voetbalclub en een jongen vertelt dat zijn vader hem slaat",
    "er is iets gebeurd op het schoolreisje, een leerling vertelde iets over thuis",
    "het vriendje van mijn zoon zegt dat hij klappen krijgt",
    "een meisje uit de klas van mijn dochter zei dat haar vader haar opsluit",
    "ik ben opa en mijn kleindochter van 8 vertelde dat de nieuwe vriend van haar moeder haar in bad wast en raar doet",
])
def test_a_child_told_the_writer(text):
    assert tells_a_child_told_them(text)


@pytest.mark.parametrize("text", [
    "mijn vriendin vertelt dat haar vriend haar slaat",  # an adult friend
    "ik ben een meisje en mijn vader zegt dat ik dik ben",  # the writer is the child
    "ik ben een meisje van 12 en mijn moeder zegt dat ik lelijk ben",
    "mijn vader slaat mijn moeder",
])
def test_no_child_told_the_writer(text):
    assert not tells_a_child_told_them(text)

