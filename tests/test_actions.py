"""Custom actions run against rasa_sdk trackers, with the real knowledge files and index."""
import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionFallback
from actions.knowledge import ActionKennis
from actions.local_help import ActionDetecteerGemeente, ActionLokaleHulp, ValidateGemeenteForm
from actions.routes import ActionRouteAcuut, ActionRouteBuitenScope, ActionRouteKind, ActionRouteOmstander


def tracker(text="", intent="", slots=None, entities=None):
    return Tracker("test", slots or {}, {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities or []},
                   [], False, None, {}, "action_listen")


def run_coroutine(coroutine):
    # In a thread of its own: the browser tests' Playwright keeps an event loop in the main thread.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def run(action, text="", intent="", slots=None):
    dispatcher = CollectingDispatcher()
    events = run_coroutine(action.run(dispatcher, tracker(text, intent, slots), {}))
    return dispatcher.messages, events


def all_text(messages):
    return "\n".join(m["text"] for m in messages)


def test_acute_answer_starts_with_112():
    messages, _ = run(ActionRouteAcuut(), "hij slaat haar nu")
    assert messages[0]["text"].startswith("Bel 112")
    assert "0800-2000" in all_text(messages)


def test_acute_answer_for_a_child_adds_the_kindertelefoon():
    messages, _ = run(ActionRouteAcuut(), "ik ben 10 en papa slaat mama nu")
    assert messages[0]["text"].startswith("Bel 112") and "0800-0432" in all_text(messages)


def test_acute_answer_for_suicide_adds_113():
    messages, _ = run(ActionRouteAcuut(), "mijn moeder zegt dat ze zelfmoord gaat plegen")
    assert "0800-0113" in all_text(messages)


def test_child_route_has_kindertelefoon_first():
    messages, _ = run(ActionRouteKind(), "ik ben 12 en mijn vader slaat mij")
    assert "0800-0432" in messages[0]["text"].split("\n")[0]


def test_bystander_route_has_veilig_thuis_first():
    messages, _ = run(ActionRouteOmstander(), "ik maak me zorgen om het kind van de buren")
    assert "0800-2000" in messages[0]["text"].split("\n")[0]


def test_out_of_scope_without_crisis_numbers():
    messages, _ = run(ActionRouteBuitenScope(), "wanneer komt het grofvuil")
    assert "0800-2000" not in all_text(messages) and "112" not in all_text(messages)
    assert "huiselijk geweld" in all_text(messages)


def test_out_of_scope_that_mentions_violence_still_gets_veilig_thuis():
    messages, _ = run(ActionRouteBuitenScope(), "paspoort verlengen maar mijn man slaat me")
    assert "0800-2000" in all_text(messages)


@pytest.mark.parametrize("text,has_number", [("asdfgh qwerty", False), ("ik weet het niet meer, ik ben zo bang thuis", True)])
def test_fallback(text, has_number):
    messages, events = run(ActionFallback(), text)
    assert ("0800-2000" in all_text(messages)) is has_number
    assert events and events[0]["event"] == "rewind"


def test_detect_municipality_in_question():
    _, events = run(ActionDetecteerGemeente(), "waar vind ik het wijkteam in horst")
    assert events == [{"event": "slot", "timestamp": None, "name": "gemeente", "value": "Horst aan de Maas"}]
    _, events = run(ActionDetecteerGemeente(), "is er hulp in de buurt")
    assert events == []


@pytest.mark.parametrize("typed,expected", [("venlo", "Venlo"), ("Gilze-Rijen", "Gilze en Rijen"), ("amsterdam", "Amsterdam")])
def test_validate_municipality(typed, expected):
    result = ValidateGemeenteForm().validate_gemeente(typed, CollectingDispatcher(), tracker(typed), {})
    assert result == {"gemeente": expected}


def test_local_help_in_the_region():
    messages, events = run(ActionLokaleHulp(), slots={"gemeente": "Venray"})
    text = all_text(messages)
    assert "Veilig Thuis Noord- en Midden-Limburg" in text and "0800-2000" in text and "Venray" in text
    assert events[0]["name"] == "gemeente" and events[0]["value"] is None


def test_local_help_outside_the_regions_is_honest():
    messages, _ = run(ActionLokaleHulp(), slots={"gemeente": "Amsterdam"})
    text = all_text(messages)
    assert "geen lokale gegevens" in text and "0800-2000" in text and "112" in text


def test_local_help_unknown_place_does_not_echo_long_text():
    messages, _ = run(ActionLokaleHulp(), slots={"gemeente": "ik weet het niet"})
    assert "0800-2000" in all_text(messages)


def test_knowledge_answer_has_source_line_and_related_buttons(built_index):
    messages, _ = run(ActionKennis(), "wat is waakvlamcontact", "vraag_definitie")
    assert "Bron:" in messages[0]["text"]
    assert all(b["payload"].startswith("/kennis_item") for b in messages[0]["buttons"])
    assert len(messages[0]["buttons"]) <= 2


def test_knowledge_button_shows_that_entry(built_index):
    dispatcher = CollectingDispatcher()
    t = tracker('/kennis_item{"kennis_id": "veiligheidsplan"}', "kennis_item", {"kennis_id": "veiligheidsplan"})
    run_coroutine(ActionKennis().run(dispatcher, t, {}))
    assert "Bron:" in dispatcher.messages[0]["text"]


def test_knowledge_says_so_when_it_has_no_good_answer(built_index):
    messages, _ = run(ActionKennis(), "wat is de hoofdstad van frankrijk", "vraag_definitie")
    assert "geen goed antwoord" in all_text(messages) and "0800-2000" in all_text(messages)


def test_knowledge_offers_choices_instead_of_guessing(built_index, monkeypatch):
    from actions import knowledge
    from veilig.knowledge.search import Hit

    def unsure(question, limit=5):
        return [Hit("waakvlamcontact", "Waakvlamcontact", "", "beide", "", "", "", [], 3.0, 0.8),
                Hit("veiligheidsplan", "Veiligheidsplan", "", "beide", "", "", "", [], 2.9, 0.7)][:limit]

    monkeypatch.setattr(knowledge.SEARCH, "search", unsure)
    monkeypatch.setattr(Hit, "confident", property(lambda self: False))
    messages, _ = run(ActionKennis(), "iets met contact houden en veilig", "vraag_definitie")
    assert "Bron:" not in all_text(messages) and "0800-2000" in all_text(messages)
    assert [b["title"] for b in messages[0]["buttons"]] == ["Waakvlamcontact", "Veiligheidsplan"]
