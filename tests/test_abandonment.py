"""Fear of being left behind abroad (veilig/abandonment.py)."""
import pytest

from veilig.abandonment import fears_being_left_abroad


@pytest.mark.parametrize("text", [
    "mijn ouders hebben mijn paspoort afgepakt en zeggen dat we in de zomer naar pakistan gaan",
    "mijn vader houdt mijn paspoort en we moeten deze zomer naar marokko",
    "mijn man heeft mijn paspoort verstopt en ik ben bang dat hij me achterlaat in turkije",
])
def test_a_passport_taken_by_family_with_a_trip_abroad(text):
    assert fears_being_left_abroad(text)


@pytest.mark.parametrize("text", [
    "ik ben mijn paspoort kwijt", "we gaan op vakantie naar turkije",
    "baas houdt mijn paspoort en ik moet naar polen terug",  # an employer: labour exploitation
])
def test_no_fear_of_being_left_abroad(text):
    assert not fears_being_left_abroad(text)
