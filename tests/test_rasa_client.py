"""The gateway's Rasa client with several replicas, against small stand-in Rasa servers: a
conversation sticks to one replica, goes to another when its replica cannot be reached, keeps one
message in flight at a time, and a slow replica is not asked twice."""
import asyncio
import socket

import pytest
from aiohttp import web

from api.rasa_client import BotUnavailable, RasaClient
from tests.conftest import run_async


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Replica:
    """A stand-in Rasa REST channel that records what it got, in order."""

    def __init__(self, name: str, delay: float = 0.0) -> None:
        self.name, self.delay, self.seen = name, delay, []
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.runner = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.seen.append(body["message"])
        await asyncio.sleep(self.delay)
        return web.json_response([{"text": f"{self.name}: {body['message']}"}])

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        await self.runner.cleanup()


def run(coro):
    return run_async(coro)


def test_a_conversation_sticks_to_its_replica_and_they_share_the_load():
    async def scenario():
        replicas = [Replica("a"), Replica("b")]
        for replica in replicas:
            await replica.start()
        client = RasaClient([r.url for r in replicas], "http://127.0.0.1:1", 5)
        try:
            for session in ("s1", "s2", "s3", "s4", "s5", "s6"):
                first = await client.send(session, "een")
                second = await client.send(session, "twee")
                assert first[0]["text"].split(":")[0] == second[0]["text"].split(":")[0]
            return [len(r.seen) for r in replicas]
        finally:
            await client.close()
            for replica in replicas:
                await replica.stop()

    counts = run(scenario())
    assert sum(counts) == 12 and all(counts), counts


def test_an_unreachable_replica_sends_the_message_to_another():
    async def scenario():
        alive = Replica("levend")
        await alive.start()
        dead_url = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
        outcomes = []
        client = RasaClient([dead_url, alive.url], "http://127.0.0.1:1", 5,
                            observe_replica=lambda replica, outcome: outcomes.append((replica, outcome)))
        session = next(s for s in (f"s{i}" for i in range(50)) if client.replicas_for(s)[0] == 0)
        try:
            reply = await client.send(session, "hallo")
        finally:
            await client.close()
            await alive.stop()
        return reply, outcomes

    reply, outcomes = run(scenario())
    assert reply[0]["text"] == "levend: hallo"
    assert outcomes == [(0, "unreachable"), (1, "ok")]


def test_no_replica_reachable_is_bot_unavailable():
    async def scenario():
        client = RasaClient([f"http://127.0.0.1:{_free_port()}", f"http://127.0.0.1:{_free_port()}"], "http://127.0.0.1:1", 5)
        try:
            await client.send("s1", "hallo")
        finally:
            await client.close()

    with pytest.raises(BotUnavailable):
        run(scenario())


def test_one_message_per_conversation_in_flight_and_answered_in_order():
    async def scenario():
        replica = Replica("a", delay=0.05)
        await replica.start()
        client = RasaClient([replica.url], "http://127.0.0.1:1", 5)
        try:
            replies = await asyncio.gather(*(client.send("zelfde", f"bericht {i}") for i in range(5)))
            locks_left = len(client.conversations)
        finally:
            await client.close()
            await replica.stop()
        return replica.seen, replies, locks_left

    seen, replies, locks_left = run(scenario())
    assert seen == [f"bericht {i}" for i in range(5)]
    assert [r[0]["text"] for r in replies] == [f"a: bericht {i}" for i in range(5)]
    assert locks_left == 0


def test_a_slow_replica_is_not_asked_twice():
    """A timeout may mean the replica is still working on it: no second answer from another one."""
    async def scenario():
        slow, other = Replica("traag", delay=1.0), Replica("ander")
        await slow.start()
        await other.start()
        client = RasaClient([slow.url, other.url], "http://127.0.0.1:1", 0.3)
        session = next(s for s in (f"s{i}" for i in range(50)) if client.replicas_for(s)[0] == 0)
        try:
            with pytest.raises(BotUnavailable):
                await client.send(session, "hallo")
        finally:
            await client.close()
            await slow.stop()
            await other.stop()
        return other.seen

    assert run(scenario()) == []
