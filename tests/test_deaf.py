"""veilig/deaf.py: 112 for one who told they are deaf."""
from veilig.deaf import DEAF_112_ENTRY, version_for_a_deaf_person


def test_how_to_call_112_for_one_who_is_deaf():
    """Twenty-fourth session's probe: "En als het heel gevaarlijk is, hoe bel ik dan 112?" after "Ik ben
    doof en kan niet bellen" got "Kun je niet praten, blijf dan aan de lijn"."""
    told = "Ik ben doof en kan niet bellen. Mijn man slaat me."
    assert version_for_a_deaf_person("acuut-gevaar", told) == DEAF_112_ENTRY
    assert version_for_a_deaf_person("acuut-gevaar", "mijn man slaat me") == "acuut-gevaar"
    assert version_for_a_deaf_person("vrouwenopvang", told) == "vrouwenopvang"


def test_one_hard_of_hearing_who_asks_to_write_gets_the_chat_unless_danger_is_named():
    from veilig.deaf import CHAT_ENTRY
    asked = "Ik hoor slecht aan de telefoon. Kan ik ook schrijven met iemand?"
    assert version_for_a_deaf_person(DEAF_112_ENTRY, asked, asked) == CHAT_ENTRY
    danger = "ik ben doof, kan ik 112 ook via chat bereiken in nood?"
    assert version_for_a_deaf_person(DEAF_112_ENTRY, danger, danger) == DEAF_112_ENTRY
    no_writing = "ik hoor slecht, hoe bel ik 112"
    assert version_for_a_deaf_person("acuut-gevaar", no_writing, no_writing) == DEAF_112_ENTRY
