"""Scaled mode with the real parts: two Rasa replicas sharing a real redis-server.

A conversation goes on when the replica that served it is killed; tracker keys carry a TTL equal
to the idle time and vanish after it; Redis writes no file; two messages of one conversation sent
at once are answered in order; the gateways' rate limit is shared through Redis; and with Redis
stopped the gateway gives the degraded answer (112 and 0800-2000), without message text in any
log. Needs Debian's redis-server (scripts/test.sh installs it; VV_REQUIRE_REDIS=1 turns a skip
into a failure). The tests run in file order on one stack: the last one stops Redis."""
import asyncio
import json
import os
import shutil
import time
import zlib

import httpx
import pytest
import redis

from scripts.stack import Stack, start_ready
from tests.conftest import run_async

pytestmark = pytest.mark.integration
IDLE_MINUTES = 0.1  # 6 s: long enough for a conversation of a few turns, short enough to wait for
SECRET_WORDS = "kolibrie-tandem-vuurtoren"


@pytest.fixture(scope="module")
def scaled():
    if not shutil.which("redis-server") and not os.path.exists("/usr/bin/redis-server"):
        if os.environ.get("VV_REQUIRE_REDIS"):
            pytest.fail("redis-server is not installed (scripts/test.sh installs Debian's redis-server)")
        pytest.skip("redis-server is not installed")
    stack = start_ready(lambda: Stack.on_free_ports(
        replicas=2, echo=False, extra_env={"CHAT_RATE_LIMIT": "0", "CHAT_IDLE_MINUTES": str(IDLE_MINUTES)}), timeout=400)
    stack.redis = redis.Redis(host="127.0.0.1", port=stack.redis_port, decode_responses=True)
    yield stack
    stack.stop()


def chat(stack, message, session_id=None):
    response = httpx.post(f"{stack.gateway_url}/api/chat", json={"session_id": session_id, "message": message}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def user_texts(stack, session_id):
    stored = stack.redis.get(f"tracker:{session_id}")
    assert stored, "no tracker in Redis"
    return [e["text"] for e in json.loads(stored)["events"] if e["event"] == "user"]


def own_replica(stack, session_id):
    """The replica the gateway sends this conversation to (api/rasa_client.py: replicas_for)."""
    return zlib.crc32(session_id.encode()) % stack.replicas


def test_conversations_live_in_redis_with_the_idle_time_as_ttl(scaled):
    body = chat(scaled, "Wat is huiselijk geweld?")
    assert not body["degraded"]
    ttl = scaled.redis.ttl(f"tracker:{body['session_id']}")
    assert 0 < ttl <= IDLE_MINUTES * 60
    chat(scaled, "en wat is kindermishandeling", body["session_id"])
    assert user_texts(scaled, body["session_id"]) == ["Wat is huiselijk geweld?", "en wat is kindermishandeling"]
    time.sleep(IDLE_MINUTES * 60 + 1.5)
    assert scaled.redis.exists(f"tracker:{body['session_id']}") == 0


def test_redis_keeps_nothing_on_disk(scaled):
    chat(scaled, "ik maak me zorgen om mijn buurvrouw")
    assert scaled.redis.config_get("save")["save"] == ""
    assert scaled.redis.config_get("appendonly")["appendonly"] == "no"
    assert os.listdir(scaled.redis_dir) == []


def test_two_messages_of_one_conversation_at_once_are_answered_in_order(scaled):
    first = chat(scaled, "hallo")
    session = first["session_id"]

    async def both():
        async with httpx.AsyncClient(base_url=scaled.gateway_url, timeout=30) as client:
            return await asyncio.gather(*(client.post("/api/chat", json={"session_id": session, "message": m})
                                          for m in ("wat is stalking", "wat is loverboy")))

    replies = run_async(both())
    assert all(r.status_code == 200 and not r.json()["degraded"] for r in replies)
    # Which of two requests sent at the same moment arrives first is up to the network; what the
    # lock guarantees is one message at a time: each stored once, the first answered before the
    # second is read, and each reply answering its own question.
    events = json.loads(scaled.redis.get(f"tracker:{session}"))["events"]
    users = [i for i, e in enumerate(events) if e["event"] == "user"][-2:]
    assert sorted(events[i]["text"] for i in users) == ["wat is loverboy", "wat is stalking"]
    assert any(e["event"] == "bot" for e in events[users[0] + 1:users[1]])
    texts = [" ".join(m["text"] for m in r.json()["messages"]).lower() for r in replies]
    assert "stalk" in texts[0] and "loverboy" in texts[1]


def test_the_shared_rate_limit_counts_in_redis(scaled):
    # The stack runs without a limit (CHAT_RATE_LIMIT=0), so this checks the limiter itself on the
    # same Redis: two gateway processes would count one client under one key.
    from api.rate_limit import SharedRateLimiter
    from api.sessions import SessionSigner

    async def hits():
        signer = SessionSigner("gedeeld-geheim")
        a = SharedRateLimiter(3, f"redis://127.0.0.1:{scaled.redis_port}/0", signer)
        b = SharedRateLimiter(3, f"redis://127.0.0.1:{scaled.redis_port}/0", signer)
        try:
            return [await limiter.allow("203.0.113.9") for limiter in (a, b, a, b, a)], await a.redis.keys("vv:limiet:*")
        finally:
            await a.close()
            await b.close()

    allowed, keys = run_async(hits())
    assert allowed == [True, True, True, False, False]
    assert keys and not any("203.0.113.9" in key.decode() for key in keys)


def test_a_conversation_goes_on_when_its_replica_is_killed(scaled):
    body = chat(scaled, "Wat doet Veilig Thuis?")
    session = body["session_id"]
    scaled.stop(Stack.replica_name(own_replica(scaled, session)))
    after = chat(scaled, "en is dat gratis?", session)
    assert not after["degraded"] and after["session_id"] == session
    assert user_texts(scaled, session) == ["Wat doet Veilig Thuis?", "en is dat gratis?"]
    other = chat(scaled, "Wat is de meldcode?")  # new conversations are answered too
    assert not other["degraded"]


def test_redis_stopped_gives_the_degraded_answer_without_text_in_logs(scaled):
    scaled.stop("redis")
    body = chat(scaled, f"mijn man slaat me {SECRET_WORDS}")
    text = "\n".join(m["text"] for m in body["messages"])
    assert body["degraded"] is True and "112" in text and "0800-2000" in text
    time.sleep(1)
    assert not any(SECRET_WORDS in line for line in scaled.logs)
