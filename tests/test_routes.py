"""The fixed answers: numbers filled in from contacten.yml, numbers first for people in need."""
import re

import pytest

from veilig.contacts import contacts, phone
from veilig.routes import route_messages, route_names

NEEDS_NUMBER_FIRST = {
    "acuut": "alarmnummer", "omstander": "veilig_thuis", "slachtoffer": "veilig_thuis", "kind": "kindertelefoon",
    "pleger": "veilig_thuis", "ouderen": "veilig_thuis", "seksueel_geweld": "centrum_seksueel_geweld",
    "meldcode": "veilig_thuis", "storing": "alarmnummer",
}


@pytest.mark.parametrize("name", route_names())
def test_every_route_renders_without_placeholders(name):
    messages = route_messages(name, gemeente="Venray", lokaal_team="het wijkteam", lokaal_contact="",
                              veilig_thuis_organisatie="Veilig Thuis Noord- en Midden-Limburg", regio="Hart van Brabant",
                              eigen_regio="Noord- en Midden-Limburg")
    assert messages
    for message in messages:
        assert "{tel:" not in message["text"] and not re.search(r"\{[a-z_]+\}", message["text"]), message


@pytest.mark.parametrize("name,key", NEEDS_NUMBER_FIRST.items())
def test_number_in_first_line(name, key):
    first_line = route_messages(name)[0]["text"].split("\n")[0]
    assert phone(key) in first_line


def test_acute_route_starts_with_112():
    assert route_messages("acuut")[0]["text"].startswith("Bel nu 112")


def test_out_of_scope_has_no_crisis_numbers():
    text = " ".join(m["text"] for m in route_messages("buiten_scope"))
    assert not any(item["telefoon"] in text for item in contacts().values())


def test_numbers_are_the_national_ones():
    assert phone("alarmnummer") == "112" and phone("veilig_thuis") == "0800-2000" and phone("kindertelefoon") == "0800-0432"
