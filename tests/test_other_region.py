"""An answer from another region's document on a municipality's website elsewhere (veilig/other_region.py)."""
from veilig.knowledge.search import KnowledgeSearch
from veilig.other_region import other_region


def test_another_regions_document_is_named_with_the_own_region(built_index):
    search = KnowledgeSearch()
    regional = search.entry("melden-verplicht-bij-onveiligheid")  # Samen Veilig, Arnhem-Achterhoek
    assert other_region(regional, "Tilburg") == ("Arnhem-Achterhoek", "Hart van Brabant")
    assert other_region(regional, "Venlo") == ("Arnhem-Achterhoek", "Noord- en Midden-Limburg")
    # the same region, a national entry, or no municipality known: nothing to say
    assert other_region(regional, "Arnhem") is None
    assert other_region(search.entry("meldrecht"), "Tilburg") is None
    assert other_region(regional, None) is None
    assert other_region(regional, "Amsterdam") is None  # outside our regions: not known which applies
