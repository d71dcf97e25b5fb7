"""The form of violence a story tells without naming it (veilig/form_told.py), and a denied blow that
makes no victim's question (veilig/doer.py)."""
import pytest

from veilig.doer import done_to_the_writer_only
from veilig.form_told import form_told


@pytest.mark.parametrize("told,child,entry", [
    ("mijn vriend slaat me niet hoor maar hij zegt de hele dag dat ik dik en dom ben", False, "psychisch-geweld"),
    ("mijn moeder drinkt heel veel en dan is ze super gemeen tegen mij en mn zusje", True,
     "emotionele-mishandeling-van-kinderen"),
    ("vaak is er geen eten en moet ik voor mn zusje zorgen", True, "lichamelijke-verwaarlozing"),
    ("mijn man houdt al ons geld en ik krijg geen pinpas", False, "economisch-geweld"),
    ("mijn vader slaat mij met een riem", True, None),            # a form the words name already
    ("ik maak me zorgen om mijn buurvrouw", False, None),
])
def test_the_form_a_story_tells(told, child, entry):
    assert form_told(told, child) == entry


@pytest.mark.parametrize("text,victim", [
    ("is dat ook mishandeling? ze slaat ons niet", False),
    ("hij slaat me nooit, maar", False),
    ("ze slaat ons", True),
    ("hij slaat me niet meer maar scheldt me uit", True),          # put down: still done to the writer
])
def test_a_blow_denied_is_no_victims_question(text, victim):
    assert done_to_the_writer_only(text) is victim


def test_jealousy_and_control_told_is_that_form():
    """The eleventh tuning conversations: "hij is gewoon heel jaloers en bepaalt met wie ik afspreek. telt dat uberhaupt"."""
    from veilig.follow_up_aspects import asked_aspect
    told = "hij slaat me niet hoor. hij is gewoon heel jaloers en bepaalt met wie ik afspreek. telt dat uberhaupt"
    assert asked_aspect(told) == "geweld"
    assert form_told(told, child=False) == "jaloezie-en-controle-door-je-partner"
    assert form_told("mijn vriend checkt mijn telefoon", child=True) == "geweld-in-tienerrelaties"
    assert form_told("hij is lief voor me", child=False) is None
