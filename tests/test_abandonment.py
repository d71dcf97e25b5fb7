"""Fear of being left behind abroad (veilig/abandonment.py)."""
import pytest

from veilig.abandonment import fears_being_left_abroad


@pytest.mark.parametrize("text", [
    "mijn ouders hebben mijn paspoort afgepakt en zeggen dat we in de zomer naar pakistan gaan",
    "mijn vader houdt mijn paspoort en we moeten deze zomer naar marokko",
    "mijn man heeft mijn paspoort verstopt en ik ben bang dat hij me achterlaat in turkije",
    "Mijn broer zegt dat ik de familie te schande heb gemaakt en mijn vader wil me naar het buitenland sturen.",
    "mijn ouders dreigen me terug naar marokko te sturen",
    # thirty-second session: a one-way ticket, or the fear of having to stay there
    "mn ouders hebben tickets naar pakistan gekocht voor de zomer, maar alleen heen. ik ben 17 en bang dat ik daar moet blijven",
    "mijn ouders hebben een enkele reis naar marokko geboekt voor mij",
])
def test_a_passport_taken_by_family_with_a_trip_abroad(text):
    assert fears_being_left_abroad(text)


@pytest.mark.parametrize("text", [
    "ik ben mijn paspoort kwijt", "we gaan op vakantie naar turkije",
    "baas houdt mijn paspoort en ik moet naar polen terug",  # an employer: labour exploitation
    "mijn baas wil me naar polen terugsturen",  # no family
    "mijn moeder wil me naar een kamp in belgie sturen",  # no place abroad as ABROAD names it
    "mijn vader wil op vakantie naar spanje, alleen heen met de auto",  # 'alone', no ticket
    "ik ben bang dat ik hier moet blijven bij mijn ouders",  # no place abroad
])
def test_no_fear_of_being_left_abroad(text):
    assert not fears_being_left_abroad(text)
