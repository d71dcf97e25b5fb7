"""A bystander who says the one hurt stays or wants no help (veilig/wants_no_help.py)."""
import pytest

from veilig.wants_no_help import tells_they_will_not_leave


@pytest.mark.parametrize("text", [
    "mijn zus wordt door haar man geslagen maar ze wil geen hulp",
    "hoe kan ik iemand helpen die niet weg wil bij haar man",
    "mijn vriendin wordt geslagen en ze durft niet weg",
    "mijn moeder blijft bij hem",
    "mijn buurvrouw wil geen aangifte doen",
])
def test_the_one_hurt_stays_or_turns_help_down(text):
    assert tells_they_will_not_leave(text)


@pytest.mark.parametrize("text", [
    "ik wil geen hulp", "ik wil niet weg", "mijn vader slaat mijn moeder",
    # the one who drinks or hits, not the one hurt
    "hij wil geen hulp voor zijn drankprobleem", "mijn broer wil geen hulp voor zijn drankprobleem",
])
def test_no_one_hurt_who_stays(text):
    assert not tells_they_will_not_leave(text)


@pytest.mark.parametrize("text,will_not_talk", [
    ("ze wil er nie over praten", True), ("mijn zus wil er niet over praten", True), ("ze ontkent het", True),
    ("ik wil er niet over praten", False), ("ze wil niet dat ik het vertel", False),
    # the ninth tuning conversations
    ("ik heb het gevraagd maar ze klapt helemaal dicht en zei dat ik me er niet mee moet bemoeien", True),
    ("ik wil me er niet mee bemoeien", False),
])
def test_the_one_hurt_will_not_talk(text, will_not_talk):
    from veilig.wants_no_help import tells_they_will_not_talk
    assert tells_they_will_not_talk(text) == will_not_talk
