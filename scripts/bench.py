"""`make bench`: training time, time to ready, and chat latency/throughput through /api/chat.

Starts its own stack on free ports with the rate limit off, runs a fixed mix of messages as
conversations: one at a time, then 20 concurrent conversations twice, once with no pause at all
(a stress test: every conversation sends its next message as soon as the answer is in) and once
with a pause between messages (people read and type). Prints percentiles, messages per second,
errors and the peak memory (VmHWM) of each process.
"""
import argparse
import asyncio
import os
import random
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


def _stat(pid: int) -> List[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _descendants(pid: int) -> List[int]:
    """Child processes too: the action server's workers (scaled mode) are children of its pid."""
    children: dict = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                children.setdefault(int(_stat(int(entry.name))[1]), []).append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and its live children."""
    total = 0.0
    for each in [pid, *_descendants(pid)]:
        try:
            fields = _stat(each)
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            if each == pid:
                return float("nan")
    return total


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def conversation(client: httpx.AsyncClient, url: str, deadline: float, max_messages: int,
                       latencies: List[float], errors: List[str], think: float = 0.0, seed: int = 0) -> None:
    session_id, sent = None, 0
    rng = random.Random(seed)
    if think:
        await asyncio.sleep(rng.uniform(0, 2 * think))  # people do not all start at the same moment
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
        if think:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def load(url: str, concurrency: int, seconds: float, max_messages: int, think: float = 0.0) -> Tuple[List[float], List[str], float]:
    latencies: List[float] = []
    errors: List[str] = []
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(conversation(client, url, deadline, max_messages, latencies, errors, think, seed)
                               for seed in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def measured(stack: Stack, label: str, run) -> Tuple[float, float]:
    """Run one load phase and print latency, throughput, errors and CPU time per message per process;
    returns (messages per second, CPU ms per message of all processes together)."""
    before = {name: cpu_seconds(p.pid) for name, p in stack.processes.items()}
    latencies, errors, elapsed = asyncio.run(run)
    ordered = sorted(latencies)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    per_message = {name: 1000 * (cpu_seconds(p.pid) - before[name]) / max(1, len(ordered))
                   for name, p in stack.processes.items() if p.poll() is None}
    cpu = ", ".join(f"{name} {ms:.1f}" for name, ms in per_message.items())
    print(f"{label}: {len(ordered)} messages in {elapsed:.1f} s = {len(ordered) / elapsed:.1f} msg/s; "
          f"p50 {statistics.median(ordered):.0f} ms, p95 {pick(0.95):.0f} ms, p99 {pick(0.99):.0f} ms; "
          f"errors {len(errors)}; CPU ms per message: {cpu}")
    return len(ordered) / elapsed, sum(per_message.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", action="store_true", help="measure a fresh training run first")
    parser.add_argument("--single-messages", type=int, default=150)
    parser.add_argument("--seconds", type=float, default=60, help="duration of the 20-conversation run")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--think", type=float, default=2.0,
                        help="mean pause (uniform 0.5x-1.5x) between a conversation's messages in the paced run")
    parser.add_argument("--replicas", type=int, default=2,
                        help="then the same with this many Rasa replicas on Redis (scaled mode); 1 skips it")
    args = parser.parse_args()

    if args.train:
        print(f"training time: {train.train(force=True):.1f} s")
    else:
        print("training time: see README (run with --train to measure again)")
    one = run_stack(args, replicas=1)
    if args.replicas > 1:
        scaled = run_stack(args, replicas=args.replicas)
        print(f"stress throughput, {args.replicas} replicas / 1: {scaled[0]:.1f} / {one[0]:.1f} msg/s = "
              f"{scaled[0] / one[0]:.2f}x (machine: {os.cpu_count()} cores)")
        for label, (throughput, cpu_ms) in (("1 replica", one), (f"{args.replicas} replicas", scaled)):
            print(f"sizing, {label}: {cpu_ms:.0f} ms CPU per message for the whole stack = about "
                  f"{1000 / cpu_ms:.0f} messages per second per core")


def run_stack(args, replicas: int) -> Tuple[float, float]:
    """One stack's measurements; returns its stress (messages per second, CPU ms per message)."""
    print(f"== {replicas} Rasa {'replica' if replicas == 1 else 'replicas on Redis'}")
    stack = Stack.on_free_ports(replicas=replicas, echo=False, extra_env={"CHAT_RATE_LIMIT": "0"})
    stack.start()
    try:
        print(f"time to ready: {stack.wait_ready(timeout=400):.1f} s")
        url = f"{stack.gateway_url}/api/chat"
        asyncio.run(load(url, 2, 5, 10))  # warm-up
        if replicas == 1:
            measured(stack, "1 conversation", load(url, 1, 120, args.single_messages))
        stress = measured(stack, f"{args.concurrency} concurrent conversations, no pause (stress)",
                          load(url, args.concurrency, args.seconds, 10 ** 9))
        measured(stack, f"{args.concurrency} concurrent conversations, about {args.think:g} s pause between messages",
                 load(url, args.concurrency, args.seconds, 10 ** 9, args.think))
        for name, process in stack.processes.items():
            print(f"peak RSS {name}: {peak_rss_mb(process.pid):.0f} MB")
        return stress
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
