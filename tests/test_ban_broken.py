"""A house or contact ban broken right now (veilig/ban_broken.py)."""
import pytest

from veilig.ban_broken import contact_despite_a_ban, tells_of_a_broken_ban
from veilig.routes import route_messages


@pytest.mark.parametrize("text", [
    "hij heeft een huisverbod gekregen maar hij staat nu voor de deur",
    "mijn ex heeft een contactverbod en belt steeds aan", "ondanks het huisverbod komt hij toch langs",
])
def test_a_ban_broken_now(text):
    assert tells_of_a_broken_ban(text)


@pytest.mark.parametrize("text", ["hoe lang duurt een huisverbod", "hij staat voor de deur",
                                  "mijn man heeft een huisverbod gekregen, mag hij de kinderen zien"])
def test_no_ban_broken(text):
    assert not tells_of_a_broken_ban(text)


def test_the_ban_line_says_not_to_open_and_to_call_112():
    text = route_messages("acuut_verbod_extra")[0]["text"]
    assert "Doe niet open" in text and "112" in text


def test_messages_despite_a_ban_told_before():
    """Twenty-first session's probe: "hij blijft maar appen" after a house ban got the victim's route."""
    told = "de politie heeft mijn man een huisverbod gegeven. hoe lang duurt dat?"
    assert contact_despite_a_ban(told, "hij blijft maar appen")
    assert not contact_despite_a_ban("mijn man is agressief", "hij blijft maar appen")


def test_a_house_ban_told_without_its_name():
    """'de politie heeft mn vriend gisteren het huis uit gezet' tells of a house ban: 'hij blijft me
    maar appen, mag dat eigenlijk?' got the victim's route again, not what the ban forbids."""
    told = "de politie heeft mn vriend gisteren het huis uit gezet nadat hij me had geslagen"
    assert contact_despite_a_ban(told, "hij blijft me maar appen, mag dat eigenlijk?")
    assert tells_of_a_broken_ban("de politie heeft hem uit huis gezet en nu staat hij voor de deur")
    # A landlord's eviction is no ban.
    assert not contact_despite_a_ban("de huisbaas heeft ons uit huis gezet", "hij belt steeds")


def test_the_writers_own_house_ban():
    from veilig.ban_broken import asks_about_own_ban, has_own_house_ban
    assert has_own_house_ban("Ik heb een huisverbod gekregen voor 10 dagen. Wat mag ik wel en niet?")
    assert not has_own_house_ban("mijn man heeft een huisverbod")
    # thirty-second session: put out of the house by the police, the ban told with its reason
    assert has_own_house_ban("de politie heeft me de deur uit gezet, 10 dagen huisverbod omdat ik mn vrouw heb geslagen")
    assert not has_own_house_ban("de politie heeft hem de deur uit gezet, 10 dagen huisverbod omdat hij mij sloeg")
    assert asks_about_own_ban("Ik heb een huisverbod gekregen", "Ik moet nog spullen ophalen uit het huis, mag dat?")
    assert not asks_about_own_ban("mijn man heeft een huisverbod", "mag dat?")


@pytest.mark.parametrize("text,fetch", [
    ("Ik moet nog spullen ophalen uit het huis, mag dat?", True), ("mijn medicijnen liggen nog thuis", True),
    ("En wat als mijn vrouw zelf contact met mij opneemt?", False), ("mag ik mijn kinderen zien?", False),
])
def test_asks_to_fetch_things(text, fetch):
    from veilig.ban_broken import asks_to_fetch_things
    assert asks_to_fetch_things(text) == fetch


def test_a_ban_only_asked_about_is_no_ban_broken():
    """Twenty-fifth session's probe: a man stalked by his ex asked how to get a straatverbod; then "ze staat
    nu voor mijn deur" got the rules of a house ban there was none of."""
    from veilig.ban_broken import contact_despite_a_ban
    assert not contact_despite_a_ban("Hoe vraag ik een straatverbod aan?", "Ze staat nu voor mijn deur en bonkt op de deur")
    assert not contact_despite_a_ban("wat is het verschil tussen een huisverbod en een contactverbod en een straatverbod",
                                     "ze staat voor de deur")
    assert contact_despite_a_ban("hij heeft een straatverbod", "hij staat weer voor de deur")


@pytest.mark.parametrize("text,contact", [
    ("en over een week is dat verbod voorbij. staat hij dan gewoon weer in de woonkamer?", False),
    ("wat als hij na de tien dagen weer komt", False),
    ("hij appt me de hele dag, mag dat eigenlijk", True),
])
def test_what_comes_when_the_ban_ends_is_no_contact_sought_now(text, contact):
    """The tenth tuning conversations: the end of the ban asked about got the ban's rules again."""
    assert contact_despite_a_ban("hij heeft een huisverbod maar staat nu voor mijn deur", text) is contact
