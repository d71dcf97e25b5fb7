"""Whether the meldcode is the asker's own (veilig/meldcode/whose.py)."""
import pytest

from veilig.meldcode.whose import FOR_WHOM_ENTRY, VOLUNTEERS_ENTRY, whose_meldcode_entry


@pytest.mark.parametrize("question,expected", [
    ("heb ik ook een meldcode?", FOR_WHOM_ENTRY),
    ("geldt de meldcode ook voor mij als gastouder", FOR_WHOM_ENTRY),
    ("Val ik dan ook onder de meldcode?", FOR_WHOM_ENTRY),
    # twenty-third session's probe: a volunteer football trainer got what the meldcode is
    ("ik ben voetbaltrainer van de O13. een jongen komt steeds met striemen op zijn benen. heb ik ook een meldcode?",
     VOLUNTEERS_ENTRY),
    ("moeten wij als vereniging een meldcode hebben", VOLUNTEERS_ENTRY),
])
def test_asking_whether_the_meldcode_binds_oneself(question, expected):
    assert whose_meldcode_entry(question) == expected


@pytest.mark.parametrize("question", ["wat is de meldcode", "wat zijn de stappen van de meldcode",
                                      "Valt dat onder de meldcode?", "heb ik een meldplicht"])
def test_other_meldcode_questions_are_not(question):
    assert whose_meldcode_entry(question) is None


@pytest.mark.parametrize("told,expected", [
    ("Ik werk bij HR. Een medewerker komt steeds met blauwe plekken", "melden-als-zij-het-niet-wil"),
    ("Ik ben imam. Een vrouw uit mijn moskee vertelde me dat haar man haar slaat", "melden-als-zij-het-niet-wil"),
    ("Ik ben huisarts en een patiënte vertelt dat haar man haar slaat", "meldrecht"),
    ("ik maak me zorgen om mijn buurvrouw", "meldrecht"),
])
def test_the_meldrecht_for_one_without_a_professional_secret_is_that_anyone_may_report(told, expected):
    from veilig.meldcode.whose import answer_without_professional_secrecy
    assert answer_without_professional_secrecy("meldrecht", told) == expected
    assert answer_without_professional_secrecy("meldcode-stap-2", told) == "meldcode-stap-2"
