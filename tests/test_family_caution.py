import pytest

from veilig.family_caution import caution_again


@pytest.mark.parametrize("text", ["moet ik dat met de ouders bespreken?", "kan ik haar vader erop aanspreken",
                                  "mag ik contact opnemen met de familie", "gesprek met de ouders?",
                                  "Moet ik de ouders eerst inlichten?"])  # twentieth session
def test_talking_with_the_family_after_honour_based_violence_gets_the_warning_again(text):
    assert caution_again("meldcode-eergerelateerd-geweld", text)
    assert caution_again("huwelijksdwang-achterlating-professional", text)


def test_not_after_other_answers_nor_for_other_questions():
    assert not caution_again("meldcode-stap-3", "moet ik dat met de ouders bespreken?")
    assert not caution_again("meldcode-eergerelateerd-geweld", "moet ik dit vastleggen in het dossier?")
    assert not caution_again("meldcode-eergerelateerd-geweld", "wie is de aandachtsfunctionaris")


@pytest.mark.parametrize("text,asks", [("wat moet ik tegen haar zeggen", True), ("hoe begin ik het gesprek", True),
                                       ("wat moet ik doen", False), ("wat zei ze tegen hem", False)])
def test_asking_what_to_say(text, asks):
    from veilig.family_caution import asks_what_to_say
    assert asks_what_to_say(text) is asks


@pytest.mark.parametrize("text,asks", [
    ("Kan ik het gesprek met haar man aangaan om te bemiddelen?", True),   # an imam, twenty-third session's probe
    ("moet ik met haar man praten", True),
    ("moet ik hem erop aanspreken", True),
    ("kan ik met haar praten", False),                                      # with the one hurt: what is advised
    ("helpt bemiddeling bij een vechtscheiding", False),
])
def test_confronting_or_mediating_with_the_one_who_hits_is_heard(text, asks):
    from veilig.family_caution import asks_to_confront

    assert asks_to_confront(text) == asks


def test_a_child_touched_by_an_uncle_told_earlier_gets_the_caution_before_talking_with_the_parents():
    """Twenty-third session's probe: 'Moet ik de ouders inlichten?' two messages after a youth
    worker told that an uncle touches a girl of 14 got only topics."""
    from veilig.family_caution import SEXUAL_ABUSE_CAUTION, caution_for_what_was_told

    told = ("Ik ben jongerenwerker. Een meisje van 14 vertelt dat haar oom haar aanraakt. Ze smeekt me het geheim te "
            "houden. Kan ik haar beloven dat ik het niet doorvertel?")
    assert caution_for_what_was_told(told, "Moet ik de ouders inlichten?", True) == SEXUAL_ABUSE_CAUTION
    assert caution_for_what_was_told("ik ben juf, een leerling heeft blauwe plekken", "Moet ik de ouders inlichten?",
                                     True) is None
