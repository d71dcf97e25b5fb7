"""The gateway on its own, with a stand-in for Rasa: contract, input limits, degraded answers."""
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.rasa_client import BotUnavailable
from api.settings import Settings


class FakeRasa:
    def __init__(self, reply=None, fail=False):
        self.reply = reply or [{"text": "Hoi, waar kan ik je mee helpen?", "buttons": [{"title": "Help", "payload": "/hulp_menu"}]}]
        self.fail = fail
        self.seen = []

    async def send(self, session_id, text, municipality=None, language="nl"):
        self.seen.append((session_id, text))
        self.languages = getattr(self, "languages", []) + [language]
        if self.fail:
            raise BotUnavailable("down")
        return self.reply

    async def rasa_ready(self):
        return not self.fail

    async def actions_ready(self):
        return not self.fail

    async def close(self):
        pass


@pytest.fixture
def make_client(built_index):
    def _make(fake=None, **settings):
        app = create_app(Settings(**settings))
        client = TestClient(app)
        client.__enter__()
        app.state.rasa = fake or FakeRasa()
        return client, app
    return _make


def test_chat_contract_and_session_continuity(make_client):
    client, app = make_client()
    first = client.post("/api/chat", json={"session_id": None, "message": "hallo"})
    assert first.status_code == 200
    body = first.json()
    assert len(body["session_id"]) >= 20 and body["degraded"] is False
    assert body["messages"][0]["buttons"] == [{"title": "Help", "payload": "/hulp_menu"}]
    second = client.post("/api/chat", json={"session_id": body["session_id"], "message": "dank"}).json()
    assert second["session_id"] == body["session_id"]
    assert app.state.rasa.seen[0][0] == app.state.rasa.seen[1][0]


@pytest.mark.parametrize("chosen", ["eval-42", "abc.def", "x" * 20 + "." + "y" * 24])
def test_an_id_the_gateway_did_not_issue_gets_a_fresh_one(make_client, chosen):
    """Two clients that pick the same id must not share a conversation."""
    client, app = make_client()
    body = client.post("/api/chat", json={"session_id": chosen, "message": "hallo"}).json()
    assert body["session_id"] != chosen and app.state.rasa.seen[-1][0] == body["session_id"]


def test_a_forged_signature_gets_a_fresh_id(make_client):
    client, _ = make_client()
    issued = client.post("/api/chat", json={"session_id": None, "message": "hallo"}).json()["session_id"]
    token, _, signature = issued.partition(".")
    forged = f"{token[:-1]}{'A' if token[-1] != 'A' else 'B'}.{signature}"
    assert client.post("/api/chat", json={"session_id": forged, "message": "hallo"}).json()["session_id"] not in (forged, issued)


def test_gateways_that_share_the_secret_accept_each_others_ids(make_client):
    first, _ = make_client(session_secret="gedeeld-geheim")
    second, _ = make_client(session_secret="gedeeld-geheim")
    other, _ = make_client(session_secret="ander-geheim")
    issued = first.post("/api/chat", json={"session_id": None, "message": "hallo"}).json()["session_id"]
    assert second.post("/api/chat", json={"session_id": issued, "message": "hallo"}).json()["session_id"] == issued
    assert other.post("/api/chat", json={"session_id": issued, "message": "hallo"}).json()["session_id"] != issued


@pytest.mark.parametrize("bad", ["", "met spatie", "x" * 200, "../../etc", "é"])
def test_a_session_id_of_unsafe_form_gets_a_fresh_one(make_client, bad):
    client, _ = make_client()
    body = client.post("/api/chat", json={"session_id": bad, "message": "hallo"}).json()
    assert body["session_id"] != bad and len(body["session_id"]) >= 20


def test_session_ids_are_random(make_client):
    client, _ = make_client()
    ids = {client.post("/api/chat", json={"session_id": None, "message": "hoi"}).json()["session_id"] for _ in range(20)}
    assert len(ids) == 20


@pytest.mark.parametrize("payload,status,code", [
    ({"session_id": None, "message": ""}, 422, "empty_message"),
    ({"session_id": None, "message": "   \n "}, 422, "empty_message"),
    ({"session_id": None, "message": "x" * 1001}, 422, "message_too_long"),
    ({"session_id": None, "message": "hallo\x00daar"}, 422, "control_characters"),
    ({"session_id": None, "message": 12}, 422, "invalid_request"),
    ({"session_id": 5, "message": "hoi"}, 422, "invalid_request"),
    ({"message": None}, 422, "invalid_request"),
    ({}, 422, "invalid_request"),
    ([], 422, "invalid_request"),
])
def test_bad_input_gets_a_clear_error(make_client, payload, status, code):
    client, _ = make_client()
    response = client.post("/api/chat", json=payload)
    assert response.status_code == status and response.json()["error"] == code
    assert response.json()["message"]


def test_invalid_json(make_client):
    client, _ = make_client()
    response = client.post("/api/chat", content=b"{niet: json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"] == "invalid_json"


def test_exactly_1000_characters_is_fine(make_client):
    client, _ = make_client()
    assert client.post("/api/chat", json={"session_id": None, "message": "a" * 1000}).status_code == 200


def test_the_conversation_keeps_its_language_and_the_bot_is_told(make_client):
    fake = FakeRasa()
    client, _ = make_client(fake)
    first = client.post("/api/chat", json={"session_id": None, "message": "my husband hits me, what can I do?"}).json()
    second = client.post("/api/chat", json={"session_id": first["session_id"], "message": "Venlo"}).json()
    assert first["taal"] == "en" and second["taal"] == "en" and fake.languages == ["en", "en"]
    chosen = client.post("/api/chat", json={"session_id": None, "message": "ok", "taal": "pl"}).json()
    assert chosen["taal"] == "pl"


def test_degraded_answer_in_the_persons_language(make_client):
    client, _ = make_client(FakeRasa(fail=True))
    body = client.post("/api/chat", json={"session_id": None, "message": "Mąż mnie bije, co mam robić"}).json()
    text = " ".join(m["text"] for m in body["messages"])
    assert body["degraded"] is True and body["taal"] == "pl" and "112" in text and "0800-2000" in text
    assert "De chat werkt nu even niet" not in text


def test_degraded_answer_has_both_numbers(make_client):
    client, _ = make_client(FakeRasa(fail=True))
    response = client.post("/api/chat", json={"session_id": None, "message": "mijn man slaat me"})
    body = response.json()
    assert response.status_code == 200 and body["degraded"] is True
    text = " ".join(m["text"] for m in body["messages"])
    assert "112" in text and "0800-2000" in text


def test_safety_net_puts_112_first_when_bot_misses_danger(make_client):
    client, _ = make_client(FakeRasa(reply=[{"text": "Wat bedoel je?", "buttons": []}]))
    body = client.post("/api/chat", json={"session_id": None, "message": "hij heeft een mes en komt eraan"}).json()
    assert "112" in body["messages"][0]["text"].split("\n")[0]


def test_rate_limit(make_client):
    client, _ = make_client(rate_limit_per_minute=3)
    codes = [client.post("/api/chat", json={"session_id": None, "message": "hoi"}).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]


def test_rate_limit_zero_switches_it_off(make_client):
    client, _ = make_client(rate_limit_per_minute=0)
    assert all(client.post("/api/chat", json={"session_id": None, "message": "hoi"}).status_code == 200 for _ in range(80))


def test_health_and_readiness(make_client):
    client, _ = make_client()
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"rasa": True, "actions": True, "knowledge": True}
    down, _ = make_client(FakeRasa(fail=True))
    assert down.get("/readyz").status_code == 503


def test_security_headers(make_client):
    client, _ = make_client()
    response = client.get("/healthz")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_cors_allow_list(make_client):
    client, _ = make_client(cors_origins=["https://www.arnhem.nl"])
    allowed = client.options("/api/chat", headers={"Origin": "https://www.arnhem.nl", "Access-Control-Request-Method": "POST"})
    assert allowed.headers.get("access-control-allow-origin") == "https://www.arnhem.nl"
    other = client.options("/api/chat", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert other.headers.get("access-control-allow-origin") is None


def test_knowledge_search_endpoint(make_client):
    client, _ = make_client()
    body = client.get("/api/knowledge/search", params={"q": "wat is waakvlamcontact", "limit": 3}).json()
    assert body["results"][0]["id"] == "waakvlamcontact"
    assert set(body["results"][0]) == {"id", "title", "text", "audience", "source", "score"}
    assert set(body["results"][0]["source"]) == {"document", "section"}
    assert len(body["results"]) <= 3


@pytest.mark.parametrize("q", ['"', "*", "AND", "NEAR(", "((", "title_n:x", "^", "- -", "' or 1=1 --", "x" * 500])
def test_knowledge_search_hostile_queries(make_client, q):
    client, _ = make_client()
    response = client.get("/api/knowledge/search", params={"q": q})
    assert response.status_code == 200 and isinstance(response.json()["results"], list)


def test_knowledge_entry_endpoint(make_client):
    client, _ = make_client()
    entry = client.get("/api/knowledge/entries/waakvlamcontact").json()
    assert entry["id"] == "waakvlamcontact" and entry["source"]["document"]
    missing = client.get("/api/knowledge/entries/bestaat-niet")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"


def test_reload_endpoint_is_off_without_token(make_client):
    client, _ = make_client(admin_token="")
    assert client.post("/api/admin/knowledge/reload").status_code == 404


def test_reload_endpoint_requires_the_token(make_client):
    client, _ = make_client(admin_token="geheim-token-123")
    assert client.post("/api/admin/knowledge/reload").status_code == 401
    assert client.post("/api/admin/knowledge/reload", headers={"Authorization": "Bearer fout"}).status_code == 401
    ok = client.post("/api/admin/knowledge/reload", headers={"Authorization": "Bearer geheim-token-123"})
    assert ok.status_code == 200 and ok.json()["problems"] is not None


def test_openapi_lists_the_public_endpoints(make_client):
    client, _ = make_client()
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/chat", "/api/knowledge/search", "/api/knowledge/entries/{entry_id}", "/healthz", "/readyz"} <= set(paths)


@pytest.mark.parametrize("taal,naam,richting", [
    ("nl", "Nederlands", "ltr"), ("en", "English", "ltr"), ("pl", "Polski", "ltr"), ("ro", "Română", "ltr"),
    ("bg", "Български", "ltr"), ("tr", "Türkçe", "ltr"), ("ar", "العربية", "rtl"),
])
def test_widget_texts_per_language(make_client, taal, naam, richting):
    from api.models import WidgetLabels
    client, _ = make_client()
    response = client.get(f"/api/widget-teksten/{taal}")
    assert response.status_code == 200
    body = response.json()
    assert (body["taal"], body["naam"], body["richting"]) == (taal, naam, richting)
    labels = body["teksten"]
    assert set(labels) == set(WidgetLabels.__fields__)
    assert all(isinstance(v, str) and v.strip() for v in labels.values())
    assert not any("{tel:" in v for v in labels.values())  # every number is filled in
    assert "112" in labels["call112"] and "0800-2000" in labels["callVT"]
    assert "112" in labels["networkError"] and "0800-2000" in labels["networkError"]
    assert "0800-2000" in labels["peopleAvailable"]
    # Templates the widget fills in itself stay as they are.
    assert "{gemeente}" in labels["subtitle"]
    assert "{n}" in labels["counter"] and "{max}" in labels["counter"] and "{max}" in labels["tooLong"]


def test_widget_texts_dutch_are_the_widgets_own(make_client):
    client, _ = make_client()
    labels = client.get("/api/widget-teksten/nl").json()["teksten"]
    assert labels["call112"] == "Bel 112 bij gevaar"
    assert labels["callVT"] == "Veilig Thuis 0800-2000 (gratis, 24/7)"
    assert labels["quickExit"] == "Snel weg" and labels["send"] == "Versturen"


@pytest.mark.parametrize("taal", ["xx", "de", "NL", "nederlands", "e n", "ar.yml", "..%2Fen"])
def test_widget_texts_unknown_language_is_404(make_client, taal):
    client, _ = make_client()
    response = client.get(f"/api/widget-teksten/{taal}")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found" and response.json()["message"]


def test_openapi_lists_the_widget_texts(make_client):
    client, _ = make_client()
    spec = client.get("/openapi.json").json()
    assert "/api/widget-teksten/{taal}" in spec["paths"]
    assert "WidgetTexts" in spec["components"]["schemas"]


def test_metrics_count_routes_and_answers_without_text_or_ids(make_client):
    secret = "zebrapaardje-kiwi"
    reply = [{"text": "Bel 112 als er nu gevaar is.\nBel Veilig Thuis: 0800-2000.", "buttons": []}]
    client, app = make_client(FakeRasa(reply=reply))
    first = client.post("/api/chat", json={"session_id": None, "message": f"hallo {secret}"}).json()
    client.post("/api/chat", json={"session_id": first["session_id"], "message": "nog een vraag"})
    app.state.rasa = FakeRasa(fail=True)
    client.post("/api/chat", json={"session_id": first["session_id"], "message": "en nu"})
    response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    metrics = response.text
    assert "vv_chat_messages_total 3.0" in metrics and "vv_chat_conversations_total 1.0" in metrics
    assert 'vv_chat_route_given_total{route="112"} 3.0' in metrics
    assert 'vv_chat_route_given_total{route="kindertelefoon"} 0.0' in metrics
    assert "vv_chat_degraded_total 1.0" in metrics and "vv_chat_latency_seconds_bucket" in metrics
    assert secret not in metrics and first["session_id"] not in metrics and "testclient" not in metrics


def test_metrics_tell_knowledge_answers_from_choices():
    from api.metrics import knowledge_result

    assert knowledge_result([{"text": "Huiselijk geweld is ...\n\nBron: Regiovisie", "buttons": []}]) == "answer"
    assert knowledge_result([{"text": "Kies", "buttons": [{"title": "x", "payload": '/kennis_item{"kennis_id": "a"}'}]}]) == "choices"
    assert knowledge_result([{"text": "Hoi", "buttons": []}]) == "none"
