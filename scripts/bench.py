"""`make bench`: training time, time to ready, and chat latency/throughput through /api/chat.

Starts its own stack on free ports with the rate limit off, runs a fixed mix of messages as
conversations at 1 and at 20 concurrent conversations, and prints percentiles, messages per
second, errors and the peak memory (VmHWM) of each process.
"""
import argparse
import asyncio
import statistics
import time
from pathlib import Path
from typing import List, Tuple

import httpx

from scripts import train
from scripts.stack import Stack

MIX = [
    "hallo", "ik maak me zorgen om het kind van de buren", "wat is een veiligheidsplan",
    "mijn man controleert alles wat ik doe", "hij slaat haar nu", "waar vind ik het wijkteam in venray",
    "ik ben 12 en mijn vader slaat mij", "ik word soms zo boos dat ik sla", "wat is waakvlamcontact",
    "ben jij een robot", "hoe verleng ik mijn paspoort", "leerling vertelt dat hij thuis geslagen wordt wat moet ik doen",
    "dankjewel",
]


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def conversation(client: httpx.AsyncClient, url: str, deadline: float, max_messages: int,
                       latencies: List[float], errors: List[str]) -> None:
    session_id, sent = None, 0
    while time.perf_counter() < deadline and sent < max_messages:
        message = MIX[sent % len(MIX)]
        if sent % len(MIX) == 0:
            session_id = None
        started = time.perf_counter()
        try:
            response = await client.post(url, json={"session_id": session_id, "message": message})
            body = response.json()
            if response.status_code != 200 or body.get("degraded"):
                errors.append(f"{response.status_code} degraded={body.get('degraded')}")
            session_id = body.get("session_id")
        except (httpx.HTTPError, ValueError) as error:
            errors.append(type(error).__name__)
        latencies.append((time.perf_counter() - started) * 1000)
        sent += 1


async def load(url: str, concurrency: int, seconds: float, max_messages: int) -> Tuple[List[float], List[str], float]:
    latencies: List[float] = []
    errors: List[str] = []
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(conversation(client, url, deadline, max_messages, latencies, errors) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def report(label: str, latencies: List[float], errors: List[str], elapsed: float) -> None:
    ordered = sorted(latencies)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    print(f"{label}: {len(ordered)} messages in {elapsed:.1f} s = {len(ordered) / elapsed:.1f} msg/s; "
          f"p50 {statistics.median(ordered):.0f} ms, p95 {pick(0.95):.0f} ms, p99 {pick(0.99):.0f} ms; errors {len(errors)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", action="store_true", help="measure a fresh training run first")
    parser.add_argument("--single-messages", type=int, default=150)
    parser.add_argument("--seconds", type=float, default=60, help="duration of the 20-conversation run")
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()

    if args.train:
        print(f"training time: {train.train(force=True):.1f} s")
    else:
        print("training time: see README (run with --train to measure again)")
    stack = Stack.on_free_ports(echo=False, extra_env={"CHAT_RATE_LIMIT": "0"})
    stack.start()
    try:
        print(f"time to ready: {stack.wait_ready():.1f} s")
        url = f"{stack.gateway_url}/api/chat"
        asyncio.run(load(url, 2, 5, 10))  # warm-up
        report("1 conversation", *asyncio.run(load(url, 1, 120, args.single_messages)))
        report(f"{args.concurrency} concurrent conversations", *asyncio.run(load(url, args.concurrency, args.seconds, 10 ** 9)))
        for name, process in stack.processes.items():
            print(f"peak RSS {name}: {peak_rss_mb(process.pid):.0f} MB")
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
