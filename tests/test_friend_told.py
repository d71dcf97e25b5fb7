"""veilig/friend_told.py: a child whose friend told of abuse at home."""
import pytest

from veilig.friend_told import asks_to_keep_it_secret, tells_of_a_friends_abuse, tells_of_a_friends_abuse_by_a_parent


@pytest.mark.parametrize("text,told,by_a_parent", [
    ("hoi mijn vriendin zeg dat haar stiefvader aan haar zit s nachts wat moet ik doen", True, True),
    ("mijn vriend wordt thuis geslagen door zijn vader", True, True),
    ("mijn vriendin vertelde dat haar man haar slaat", True, False),   # an adult's friend
    ("mijn vriendin is ziek", False, False),
    ("mijn vriend slaat me", False, False),                             # the writer's own partner
])
def test_a_friends_abuse(text, told, by_a_parent):
    assert tells_of_a_friends_abuse(text) is told
    assert tells_of_a_friends_abuse_by_a_parent(text) is by_a_parent


def test_asked_to_keep_it_secret():
    assert asks_to_keep_it_secret("ze wil niet dat ik het vertel aan iemand")
    assert asks_to_keep_it_secret("ik moest beloven niks te zeggen")
    assert not asks_to_keep_it_secret("wat moet ik doen")
    # thirty-fifth session: a word between "niemand" and telling
    assert asks_to_keep_it_secret("Hij vroeg me wel of ik het aan niemand wil vertellen. Hoe ga ik daarmee om?")
    assert asks_to_keep_it_secret("ze heeft me gevraagd het aan niemand door te vertellen")
    assert not asks_to_keep_it_secret("ik heb het nog aan niemand verteld")
    assert asks_to_keep_it_secret("een meisje op de bso zei 'niet aan mama vertellen' en toen vertelde ze dat papa haar slaat")
    assert not asks_to_keep_it_secret("ik durf het niet aan mijn moeder te vertellen")
