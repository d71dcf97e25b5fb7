"""Love given as the reason for control (veilig/love_as_excuse.py)."""
import pytest

from veilig.love_as_excuse import ADULT_ENTRY, TEEN_ENTRY, love_as_excuse_entry

TEEN = "ik ben 15 en mijn vriend checkt steeds mijn telefoon en wordt boos als ik met vriendinnen afspreek"


@pytest.mark.parametrize("text", [
    "maar hij zegt dat hij dat doet omdat hij van me houdt",
    "hij is alleen zo jaloers omdat hij om me geeft",
    "het is toch uit liefde",
    "ze zegt dat ze zo jaloers is omdat ze verliefd is",
    "Hij zei dat hij het deed omdat hij zoveel van mij houdt",
    "hij zegt dat het uit liefde is",
    # said by others (the eleventh tuning conversations)
    "mn vriendinnen zeggen dat hij gewoon heel veel van me houdt. is dit normaal of niet",
])
def test_love_as_the_reason_is_heard(text):
    assert love_as_excuse_entry(text, TEEN, young=True) == TEEN_ENTRY
    assert love_as_excuse_entry(text, "mijn man controleert alles", young=False) == ADULT_ENTRY


@pytest.mark.parametrize("text,told", [
    ("hij doet dat omdat hij dronken is", TEEN),          # another reason
    ("ik hou nog steeds van hem", TEEN),                  # her own love: the trauma bond's entry, by search
    ("hij houdt van me", TEEN),
    ("ik ben uit liefde bij hem gebleven", TEEN),                   # her own love
    ("papa zegt dat hij dat doet omdat hij van me houdt", "papa slaat me"),   # a parent, no relationship
    ("hij zegt dat hij het doet omdat hij van me houdt", "ik word gepest op school"),  # no partner told
])
def test_other_reasons_or_a_parent_are_not(text, told):
    assert love_as_excuse_entry(text, told, young=True) is None
