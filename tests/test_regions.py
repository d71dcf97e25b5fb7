"""Municipality matching and the regional Veilig Thuis for every municipality (brief, section 3)."""
import pytest

from veilig.regions import find_municipality, find_other_municipality, municipalities

EXPECTED_VT = {
    "Veilig Thuis Gelderland-Midden": ["Arnhem", "Doesburg", "Duiven", "Lingewaard", "Overbetuwe", "Renkum",
                                       "Rheden", "Rozendaal", "Westervoort", "Zevenaar"],
    "Veilig Thuis Noord Oost Gelderland": ["Aalten", "Berkelland", "Bronckhorst", "Doetinchem", "Montferland",
                                           "Oost Gelre", "Oude IJsselstreek", "Winterswijk", "Elburg", "Ermelo",
                                           "Harderwijk", "Hattem", "Nunspeet", "Oldebroek", "Putten", "Apeldoorn",
                                           "Brummen", "Epe", "Heerde", "Lochem", "Voorst", "Zutphen"],
    "Veilig Thuis Midden-Brabant": ["Dongen", "Gilze en Rijen", "Goirle", "Heusden", "Hilvarenbeek",
                                    "Loon op Zand", "Oisterwijk", "Tilburg", "Waalwijk"],
    "Veilig Thuis Noord- en Midden-Limburg": ["Beesel", "Bergen", "Echt-Susteren", "Gennep", "Horst aan de Maas",
                                              "Leudal", "Maasgouw", "Nederweert", "Peel en Maas", "Roerdalen",
                                              "Roermond", "Venlo", "Venray", "Weert"],
}
ALL = [(name, vt) for vt, names in EXPECTED_VT.items() for name in names]


def test_every_municipality_of_the_brief_is_in_the_data():
    names = {m.name for m in municipalities().values()}
    assert names == {name for name, _ in ALL}


@pytest.mark.parametrize("name,vt", ALL)
def test_each_municipality_routes_to_its_veilig_thuis(name, vt):
    for typed in (name, name.lower(), name.upper(), name.replace(" ", "").replace("-", ""),
                  name.replace("-", " "), f"waar vind ik het wijkteam in {name.lower()}?"):
        found = find_municipality(typed)
        assert found is not None and found.name == name and found.veilig_thuis == vt, typed


@pytest.mark.parametrize("typed,name", [
    ("horst", "Horst aan de Maas"), ("gilze rijen", "Gilze en Rijen"), ("Gilze-Rijen", "Gilze en Rijen"),
    ("oude ijsselstreek", "Oude IJsselstreek"), ("oudeijsselstreek", "Oude IJsselstreek"),
    ("ik woon in ulft", "Oude IJsselstreek"), ("echt susteren", "Echt-Susteren"), ("peel & maas", "Peel en Maas"),
    ("apeldorn", "Apeldoorn"), ("tilbrug", "Tilburg"), ("harderwyk", "Harderwijk"), ("venrey", "Venray"),
    ("kaatsheuvel", "Loon op Zand"), ("velp", "Rheden"), ("oost-gelre", "Oost Gelre"), ("Roermond.", "Roermond"),
])
def test_variants_typos_and_short_forms(typed, name):
    found = find_municipality(typed)
    assert found is not None and found.name == name, typed


@pytest.mark.parametrize("typed", ["ik woon in amsterdam", "Roosendaal", "rotterdam", "den bosch", "Utrecht"])
def test_municipalities_outside_the_regions_are_not_matched(typed):
    assert find_municipality(typed) is None
    assert find_other_municipality(typed) is not None


@pytest.mark.parametrize("typed", ["ik ben echt bang", "hallo", "weet ik niet", "ik woon bij mijn moeder", ""])
def test_ordinary_text_is_no_municipality(typed):
    assert find_municipality(typed) is None


@pytest.mark.parametrize("typed", ["hij hoort alles als ik bel", "ik woon bij mijn tante en mijn oom"])
def test_words_close_to_a_name_in_a_sentence_are_no_place(typed):
    # 'hoort' is one letter from Horst: a close spelling counts only where a place is expected.
    assert find_municipality(typed) is None
