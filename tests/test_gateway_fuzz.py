"""Property-based fuzzing of the gateway against its own OpenAPI spec: no input gives a 5xx.

Over 10,000 generated requests in total (hypothesis, derandomized so CI runs are repeatable):
bodies shaped like the ChatRequest schema with hostile strings, arbitrary JSON, raw bytes, and
query strings and paths for the knowledge endpoints. A 200 from /api/chat must match the
response schema."""
import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.main import create_app
from api.settings import Settings
from tests.test_gateway import FakeRasa

def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))
HOSTILE = st.sampled_from(['"', "*", "AND", "NEAR(", "((", "')--", "<script>", "\x00", "\u202e", "😀", "\\", "%s", "{}", "title_n:"])
# Lone surrogates cannot be sent as UTF-8 by any client, so they are left out.
CHARS = st.characters(blacklist_categories=("Cs",))
TEXT = st.one_of(st.text(CHARS, max_size=1200), st.lists(HOSTILE, max_size=8).map("".join),
                 st.text(CHARS, min_size=990, max_size=1010))
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(CHARS, max_size=30),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(CHARS, max_size=10), children, max_size=4),
                    max_leaves=12)


@pytest.fixture(scope="module")
def client(built_index):
    app = create_app(Settings(rate_limit_per_minute=0))
    client = TestClient(app)
    client.__enter__()
    app.state.rasa = FakeRasa()
    yield client, app
    client.__exit__(None, None, None)


def check_chat(response):
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        body = response.json()
        assert isinstance(body["session_id"], str) and body["messages"]
        assert all(isinstance(m["text"], str) and isinstance(m["buttons"], list) for m in body["messages"])
    else:
        assert set(response.json()) >= {"error", "message"}


@fuzz(4000)
@given(session_id=st.one_of(st.none(), TEXT, JSON), message=st.one_of(TEXT, JSON), fail=st.booleans())
def test_chat_bodies_shaped_like_the_schema(client, session_id, message, fail):
    http, app = client
    app.state.rasa.fail = fail
    check_chat(http.post("/api/chat", json={"session_id": session_id, "message": message}))


@fuzz(2500)
@given(body=st.one_of(JSON, st.binary(max_size=300)))
def test_chat_with_arbitrary_bodies(client, body):
    http, _ = client
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    check_chat(http.post("/api/chat", content=raw, headers={"Content-Type": "application/json"}))


@fuzz(2500)
@given(q=TEXT, limit=st.one_of(st.integers(), st.text(max_size=5)))
def test_knowledge_search_queries(client, q, limit):
    http, _ = client
    response = http.get("/api/knowledge/search", params={"q": q, "limit": limit})
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        assert isinstance(response.json()["results"], list)


@fuzz(1200)
@given(entry_id=st.text(CHARS, min_size=1, max_size=100).filter(lambda s: "/" not in s and s not in (".", "..")))
def test_knowledge_entries_paths(client, entry_id):
    http, _ = client
    response = http.get(f"/api/knowledge/entries/{quote(entry_id, safe='')}")
    assert response.status_code in (200, 404), response.text


@fuzz(1200)
@given(taal=st.one_of(st.sampled_from(["nl", "en", "pl", "ro", "bg", "tr", "ar"]),
                      st.text(CHARS, min_size=1, max_size=60).filter(lambda s: "/" not in s and s not in (".", ".."))))
def test_widget_texts_paths(client, taal):
    http, _ = client
    response = http.get(f"/api/widget-teksten/{quote(taal, safe='')}")
    assert response.status_code in (200, 404), response.text
    if response.status_code == 200:
        # Served texts have every number filled in; a 404 may echo the (odd) language asked for.
        assert "{tel:" not in response.text


@fuzz(300)
@given(body=st.one_of(st.binary(max_size=700), st.text(CHARS, max_size=700).map(str.encode),
                      st.fixed_dictionaries({"soort": st.text(CHARS, max_size=20), "gemeente": st.text(CHARS, max_size=120),
                                             "taal": st.text(CHARS, max_size=10)}).map(lambda d: json.dumps(d).encode())))
def test_events_with_arbitrary_bodies(client, body):
    http, _ = client
    response = http.post("/api/gebeurtenis", content=body, headers={"Content-Type": "text/plain"})
    assert response.status_code in (204, 422), response.text


def test_every_route_in_the_openapi_spec_was_fuzzed(client):
    http, _ = client
    paths = set(http.get("/openapi.json").json()["paths"])
    fuzzed = {"/api/chat", "/api/knowledge/search", "/api/knowledge/entries/{entry_id}", "/api/widget-teksten/{taal}",
              "/api/gebeurtenis"}
    others = {"/healthz", "/readyz", "/api/admin/knowledge/reload"}  # no input, or covered in test_gateway
    assert paths <= fuzzed | others
