"""The meaning opinion (veilig.knowledge.meaning): the real sentence model on small phrasing sets,
its cache, and what the search does without it."""
import numpy as np
import pytest

from veilig.knowledge import meaning
from veilig.knowledge.meaning import Meanings

PHRASINGS = [
    ("anoniem", "Kan ik anoniem een melding doen bij Veilig Thuis?"),
    ("anoniem", "anoniem melden"),
    ("huisverbod", "Wat is een tijdelijk huisverbod?"),
    ("kosten", "Kost bellen met Veilig Thuis geld?"),
    ("leeg", "   "),
]


def test_a_question_in_other_words_is_closest_to_its_entry(tmp_path):
    found = Meanings(PHRASINGS, tmp_path / "cache.npz")
    assert found.entries == ["anoniem", "huisverbod", "kosten"]   # an empty phrasing is no entry
    # No word in common with "anoniem melden" but 'melding' / 'Veilig Thuis'.
    ranked = found.closest("Komt degene over wie ik bel te weten dat ik het was?")
    assert ranked[0][0] == "anoniem"
    ranked = found.closest("moet ik betalen als ik ze bel")
    assert ranked[0][0] == "kosten" and ranked[0][1] > ranked[1][1]
    assert [eid for eid, _ in found.closest("mag hij een tijd niet meer thuis komen")][:1] == ["huisverbod"]
    assert all(-1.0 <= value <= 1.0001 for _, value in ranked)
    assert found.closest("") == []


def test_vectors_are_unit_length_and_the_cache_spares_encoding_them_again(tmp_path, monkeypatch):
    cache = tmp_path / "cache.npz"
    first = Meanings(PHRASINGS, cache)
    assert cache.exists()
    assert np.allclose(np.linalg.norm(first.vectors, axis=1), 1.0, atol=1e-3)
    encoded = []
    real_encode = meaning.encode
    monkeypatch.setattr(meaning, "encode", lambda texts: encoded.append(list(texts)) or real_encode(texts))
    again = Meanings(PHRASINGS, cache)
    assert encoded == []                                   # all phrasings from the cache
    assert np.allclose(again.vectors, first.vectors)
    Meanings(PHRASINGS + [("kosten", "Is de hulp gratis?")], cache)
    assert encoded == [["Is de hulp gratis?"]]             # only the new phrasing


def test_a_broken_cache_is_encoded_anew(tmp_path):
    cache = tmp_path / "cache.npz"
    cache.write_bytes(b"geen numpy-bestand")
    found = Meanings(PHRASINGS, cache)
    assert found.closest("wat is een huisverbod")[0][0] == "huisverbod"


def test_without_the_model_there_is_no_opinion_and_the_search_still_answers(built_index, monkeypatch):
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    monkeypatch.setattr(meaning, "_model", None)
    monkeypatch.setattr(meaning, "_model_failed", True)
    assert Meanings(PHRASINGS).closest("wat is een huisverbod") == []
    search = KnowledgeSearch()
    assert find_in_knowledge(search, "Wat is een tijdelijk huisverbod?", by_meaning=True).entry_id == "tijdelijk-huisverbod"
    hits = search.search("Hoe behoed je je kind voor loverboys?", limit=3)
    assert search.closest_in_meaning("Hoe behoed je je kind voor loverboys?", hits) is None


@pytest.mark.parametrize("question, entry", [
    ("Hoe behoed je je kind voor loverboys?", "signalen-loverboy"),
    ("hoeveel daders slaan na hun straf gewoon weer", "cijfers-herhaling-door-daders"),
])
def test_the_meaning_answers_what_the_words_leave_unsure_when_the_classifier_holds_it_for_ours(built_index, question, entry):
    """Tuning-set questions the word search ranks right but is not sure of; the phrasing closest
    in meaning belongs to the same entry, so with the meaning opinion it is the answer."""
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    search = KnowledgeSearch()
    hits = search.search(question, limit=3)
    assert hits[0].id == entry and not hits[0].confident
    assert find_in_knowledge(search, question).entry_id is None
    assert find_in_knowledge(search, question, by_meaning=True).entry_id == entry
    # Without the search's agreement (the entry not among its first hits) it is no answer.
    assert search.closest_in_meaning(question, hits[2:]) is None


@pytest.mark.parametrize("question, entry", [
    ("Wanneer wordt de Raad ingeschakeld?", "veilig-thuis-en-de-raad-voor-de-kinderbescherming"),
    ("Hoe kun je grooming voorkomen en wat is het eigenlijk?", "online-grooming"),
    ("hoeveel uur mag een scholier werken", None),     # far ahead in words, not near enough in meaning
    ("wat is beter, katten of honden", None),
])
def test_a_question_held_for_not_ours_is_answered_only_when_near_in_meaning(built_index, question, entry):
    """Tuning-set messages the classifier holds for not ours: real questions whose entry is also
    the nearest in meaning, and off-topic ones whose top hit is far ahead in words only."""
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    search = KnowledgeSearch()
    assert find_in_knowledge(search, question).entry_id is None
    assert find_in_knowledge(search, question, not_ours=True).entry_id == entry
