"""A victim who fears the children will be taken away (veilig/fears_losing_children.py)."""
import pytest

from veilig.fears_losing_children import fears_losing_the_children


@pytest.mark.parametrize("text", [
    "de kinderen zijn 4 en 7 en ze zien het allemaal. ik wil niet dat ze uit huis gehaald worden. wat moet ik doen",
    "ik ben bang mijn kinderen kwijt te raken als ik bel",
    "ik ben bang dat veilig thuis mijn kinderen afpakt",
    "ik ben doodsbang dat ze de kinderen meenemen",  # 'they' (thirty-first session: 112's question alone)
])
def test_a_fear_of_losing_the_children(text):
    assert fears_losing_the_children(text)


@pytest.mark.parametrize("text", [
    "mijn man slaat me", "ik ben bang dat hij me slaat",
    "ik wil niet dat hij de kinderen meeneemt",  # taken by a parent: another help (child abduction)
    "ik ben bang dat ze de kinderen meenemen naar turkije",  # taken abroad
])
def test_no_fear_of_losing_the_children(text):
    assert not fears_losing_the_children(text)


@pytest.mark.parametrize("text", ["Er dreigt uithuisplaatsing van mijn kind",
                                  "Ze willen mijn kind uit huis plaatsen, wat kan ik doen?"])
def test_a_placement_threatened_is_the_fear_of_losing_a_child(text):
    from veilig.fears_losing_children import fears_losing_the_children
    assert fears_losing_the_children(text)


def test_asked_whether_they_take_him_away_is_the_fear_of_losing_a_child():
    """The twelfth tuning conversations: "... pakken ze hem nu van me af?" from a parent got a bystander's route."""
    from veilig.fears_losing_children import fears_losing_the_children
    assert fears_losing_the_children("in het ziekenhuis zeggen ze dat ze veilig thuis erbij halen. pakken ze hem nu van me af?")
    assert not fears_losing_the_children("halen ze hem weg bij de buren")
