"""End to end through HTTP: the real model, action server and gateway, started on free ports.

The last tests stop the action server and then Rasa, and check that the gateway still answers
with 112 and 0800-2000 (degraded)."""
import shutil

import httpx
import pytest
import yaml

from scripts.stack import Stack, start_ready
from tests.conftest import DATA
from veilig.paths import index_path

pytestmark = pytest.mark.integration
SECRET_WORDS = "zebrapaardje-kiwi-onderzeeboot"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    # A private copy of the index: one test corrupts it.
    var = tmp_path_factory.mktemp("stack-var")
    shutil.copy(index_path(), var / index_path().name)
    stack = start_ready(lambda: Stack.on_free_ports(echo=False, extra_env={"CHAT_RATE_LIMIT": "0", "VV_VAR_DIR": str(var)}),
                        timeout=300)
    stack.var_dir = var
    yield stack
    stack.stop()


def chat(stack, message, session_id=None):
    response = httpx.post(f"{stack.gateway_url}/api/chat", json={"session_id": session_id, "message": message}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def text_of(body):
    return "\n".join(m["text"] for m in body["messages"])


def test_ready(stack):
    body = httpx.get(f"{stack.gateway_url}/readyz").json()
    assert body["ready"] is True


@pytest.mark.parametrize("message", [
    "hij slaat haar nu", "help ik zit opgesloten", "mijn vriend heeft een mes en dreigt", "ze wurgt hem",
    "mn vader zegt dat hij zichzelf iets aandoet", "hij zegt dat hij me vermoord vannacht",
])
def test_acute_danger_gets_112_in_the_first_line(stack, message):
    body = chat(stack, message)
    assert "112" in body["messages"][0]["text"].split("\n")[0] and not body["degraded"]


@pytest.mark.parametrize("message,number", [
    ("ik maak me zorgen om het kind van de buren", "0800-2000"),
    ("mijn man controleert alles wat ik doe", "0800-2000"),
    ("ik word soms zo boos dat ik mijn vrouw sla", "0800-2000"),
    ("ik ben 12 en mijn vader slaat mij", "0800-0432"),
    ("mijn zoon haalt steeds geld van de rekening van mijn moeder van 84", "0800-2000"),
    ("ik ben vorige week verkracht", "0800-0188"),
    ("leerling vertelt dat hij thuis geslagen wordt, wat moet ik doen?", "0800-2000"),
])
def test_each_audience_gets_its_number_first(stack, message, number):
    body = chat(stack, message)
    assert number in text_of(body), text_of(body)


def test_definition_question_is_answered_with_a_source(stack):
    body = chat(stack, "wat is een waakvlamcontact?")
    assert "Bron:" in text_of(body)


def test_out_of_scope_gets_no_crisis_numbers(stack):
    body = chat(stack, "hoe kan ik mijn paspoort verlengen")
    assert "0800-2000" not in text_of(body) and "112" not in text_of(body)


def test_an_information_question_is_answered_not_routed(stack):
    body = chat(stack, "Hoe lang duurt een tijdelijk huisverbod?")
    assert "Bron:" in text_of(body) and "Als professional" not in text_of(body)


def test_a_teacher_with_help_and_a_violence_word_gets_112_first_and_the_walk_through(stack):
    body = chat(stack, "ik vermoed dat een leerling mishandeld wordt, help me de meldcode doorlopen")
    assert "112" in body["messages"][0]["text"].split("\n")[0]
    assert any("sector" in m["text"].lower() or "stap" in m["text"].lower() for m in body["messages"][1:])


@pytest.mark.parametrize("message", ["mijn kat is weg", "die film was om dood te gaan", "hoe vraag ik een paspoort aan",
                                     "ik ben gestrest voor mijn examens"])
def test_off_topic_gets_no_route_for_people_in_need(stack, message):
    first = chat(stack, message)["messages"][0]["text"]
    assert "112" not in first and "niet jouw schuld" not in first and "Wat naar dat je" not in first, first


def test_a_child_in_the_first_person_gets_the_kindertelefoon(stack):
    assert "0800-0432" in text_of(chat(stack, "mijn vader slaat mij en mijn broertje"))


def test_someone_who_cannot_call_gets_other_ways(stack):
    body = chat(stack, "mijn man slaat me maar hij hoort alles, kan ik mailen of chatten?")
    assert "112NL" in text_of(body) or "chat" in text_of(body).lower()


def test_bot_challenge(stack):
    assert "computer" in text_of(chat(stack, "ben jij een robot?")).lower()


def test_municipality_in_the_question(stack):
    body = chat(stack, "waar vind ik het wijkteam in Venray")
    assert "Veilig Thuis Noord- en Midden-Limburg" in text_of(body)


def test_municipality_asked_in_a_second_turn(stack):
    first = chat(stack, "is er hulp bij mij in de buurt?")
    assert "In welke gemeente woon je?" in text_of(first) and "0800-2000" in text_of(first)
    second = chat(stack, "gilze rijen", first["session_id"])
    assert second["session_id"] == first["session_id"]
    assert "Veilig Thuis Midden-Brabant" in text_of(second)


def test_municipality_outside_the_regions(stack):
    first = chat(stack, "welk wijkteam is er bij mij")
    second = chat(stack, "amsterdam", first["session_id"])
    assert "geen lokale gegevens" in text_of(second) and "0800-2000" in text_of(second)


def test_danger_interrupts_the_municipality_question(stack):
    first = chat(stack, "waar is hulp in de buurt")
    second = chat(stack, "hij staat voor de deur met een mes", first["session_id"])
    assert second["messages"][0]["text"].startswith("Bel nu 112")


def test_a_message_after_danger_keeps_112_first(stack):
    first = chat(stack, "help hij staat voor de deur met een mes")
    second = chat(stack, "ik zit in de badkamer", first["session_id"])
    assert second["messages"][0]["text"].startswith("Is er nog gevaar? Bel 112")


def test_a_childs_short_reply_keeps_the_kindertelefoon(stack):
    first = chat(stack, "ik ben 12 en mijn moeder drinkt veel en schreeuwt")
    second = chat(stack, "ja", first["session_id"])
    assert "0800-0432" in second["messages"][0]["text"] and "Sorry" not in text_of(second)


def test_help_nearby_on_a_municipal_website_names_that_team_first(stack):
    response = httpx.post(f"{stack.gateway_url}/api/chat", timeout=30,
                          json={"session_id": None, "message": "waar kan ik hier in de buurt terecht", "gemeente": "Venlo"})
    text = text_of(response.json())
    assert "In Venlo kun je terecht bij" in text and "Woon je niet in Venlo?" in text


def test_no_message_text_in_any_log(stack):
    chat(stack, f"ik maak me zorgen {SECRET_WORDS}")
    assert not any(SECRET_WORDS in line for line in stack.logs)


def _held_out(intent):
    blocks = yaml.safe_load((DATA / "nlu_testset.yml").read_text(encoding="utf-8"))["nlu"]
    block = next(b for b in blocks if b["intent"] == intent)
    return [line[2:].strip() for line in block["examples"].splitlines() if line.strip().startswith("- ")]


@pytest.mark.parametrize("intent,number,minimum", [
    ("zorgen_omstander", "0800-2000", 0.95), ("slachtoffer", "0800-2000", 0.95), ("pleger", "0800-2000", 0.95),
    ("ouderen", "0800-2000", 0.95), ("kind_jongere", "0800-0432", 0.9),
])
def test_held_out_messages_get_their_number_in_the_first_reply(stack, intent, number, minimum):
    messages = _held_out(intent)
    hits = sum(number in text_of(chat(stack, m)) for m in messages)
    assert hits / len(messages) >= minimum, f"{intent}: {hits}/{len(messages)}"


def test_held_out_acute_messages_get_112_first(stack):
    messages = _held_out("acuut_gevaar")
    misses = [m for m in messages if "112" not in chat(stack, m)["messages"][0]["text"].split("\n")[0]]
    assert not misses


def _language_set(name):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def test_held_out_messages_in_other_languages_get_their_number_in_their_language(stack):
    """tests/data/talen_toets.yml and talen_toets2.yml, never tuned on: the figures in the README come
    from `make eval-talen`; this guards against a fall below 90%."""
    from scripts.eval_languages import judge

    items = _language_set("talen_toets.yml") + _language_set("talen_toets2.yml")
    bodies = [chat(stack, item["tekst"]) for item in items]
    right = sum(judge(item, body["messages"], body["taal"]) for item, body in zip(items, bodies))
    assert len(items) >= 100 and right / len(items) >= 0.9, f"{right}/{len(items)}"


@pytest.mark.parametrize("name", ["talen_afstemmen.yml", "talen_afstemmen2.yml", "talen_afstemmen3.yml", "talen_afstemmen4.yml", "talen_afstemmen5.yml", "talen_afstemmen6.yml", "talen_afstemmen7.yml", "talen_afstemmen8.yml", "talen_afstemmen9.yml", "talen_toets.yml", "talen_toets2.yml"])
def test_danger_now_in_another_language_gets_112_first(stack, name):
    items = [item for item in _language_set(name) if item["route"] == "acuut"]
    misses = [item["tekst"] for item in items
              if "112" not in chat(stack, item["tekst"])["messages"][0]["text"].split("\n")[0]]
    assert len(items) >= 30 and not misses, misses


def test_an_english_conversation_with_the_municipality_in_a_second_turn(stack):
    first = chat(stack, "is there any help near me? I don't speak Dutch")
    assert first["taal"] == "en" and "0800-2000" in text_of(first) and "municipality" in text_of(first)
    second = chat(stack, "Venlo", first["session_id"])
    assert second["taal"] == "en" and "Venlo" in second["messages"][0]["text"]
    third = chat(stack, "my husband hits me, what can I do", first["session_id"])
    assert third["taal"] == "en" and "0800-2000" in third["messages"][0]["text"]


# The tests below break the stack on purpose; they stay last.
def test_corrupt_knowledge_index_still_gives_both_numbers(stack):
    (stack.var_dir / index_path().name).write_bytes(b"dit is geen database")
    assert httpx.get(f"{stack.gateway_url}/readyz").json()["checks"]["knowledge"] is False
    for message in ("wat is een veiligheidsplan", "mijn man slaat me", "hoi", "hij slaat haar nu"):
        body = chat(stack, message)
        assert "112" in text_of(body) and "0800-2000" in text_of(body), (message, text_of(body))


def test_degraded_when_the_action_server_is_down(stack):
    stack.stop("actions")
    body = chat(stack, "mijn man slaat me")
    assert body["degraded"] is True
    assert "112" in text_of(body) and "0800-2000" in text_of(body)
    assert httpx.get(f"{stack.gateway_url}/readyz").status_code == 503


def test_degraded_when_rasa_is_down(stack):
    stack.stop("rasa")
    body = chat(stack, "hallo")
    assert body["degraded"] is True and "112" in text_of(body) and "0800-2000" in text_of(body)
    danger = chat(stack, "hij slaat haar nu")
    assert "112" in danger["messages"][0]["text"].split("\n")[0]
