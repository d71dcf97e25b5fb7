"""Start and stop the services (Rasa, action server, gateway) on localhost.

Used by `make run` and by the integration tests and benchmarks, which start their own stack
on free ports. By default one Rasa process keeps conversations in memory. With `replicas` >= 2
(RASA_REPLICAS) there are that many Rasa processes (replica i on rasa_port + i) sharing
conversations and locks through Redis: REDIS_URL when given, else a redis-server started here on
127.0.0.1 that keeps nothing on disk.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, TypeVar
from urllib.parse import urlparse

import httpx

from api.settings import Settings
# Rasa and the action server run in Rasa's Python 3.10 environment; the gateway in its own.
from veilig.paths import GATEWAY_BIN, RASA_BIN, ROOT
T = TypeVar("T")
MODEL = ROOT / "models" / "veilig-verder.tar.gz"


def on_a_fresh_stack(work: Callable[[str], T]) -> T:
    """Start a stack on free ports without a rate limit (evaluations), run `work(gateway_url)`, stop it."""
    stack = start_ready(lambda: Stack.on_free_ports(extra_env={"CHAT_RATE_LIMIT": "0"}, echo=False))
    try:
        return work(stack.gateway_url)
    finally:
        stack.stop()


def start_ready(make: Callable[[], "Stack"], timeout: float = 300.0, attempts: int = 3) -> "Stack":
    """Start the stack `make` builds and wait until it answers. A port found free can be taken by
    another process before our server binds it (no free-port search can exclude that race); then
    the stack is built again on new ports. Any other failure prints the last log lines and raises."""
    for attempt in range(1, attempts + 1):
        stack = make()
        stack.start()
        try:
            stack.wait_ready(timeout=timeout)
            return stack
        except Exception:
            port_taken = any("address already in use" in line for line in stack.logs)
            stack.stop()
            if not port_taken or attempt == attempts:
                print("".join(stack.logs[-80:]))
                raise
    raise RuntimeError("no attempts")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_ports_in_a_row(count: int) -> int:
    """The first of `count` consecutive free ports (the Rasa replicas)."""
    for _ in range(50):
        first = free_port()
        try:
            for port in range(first, first + count):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError(f"no {count} free ports in a row")


def redis_env(url: str) -> Dict[str, str]:
    """REDIS_URL (redis://[:password@]host[:port][/db]) as the variables bot/endpoints-redis.yml reads."""
    parsed = urlparse(url)
    if parsed.scheme not in ("redis", "") or not parsed.hostname:
        raise ValueError(f"REDIS_URL moet de vorm redis://host:poort/db hebben, niet {url!r}")
    return {"REDIS_HOST": parsed.hostname, "REDIS_PORT": str(parsed.port or 6379),
            "REDIS_DB": (parsed.path or "/0").strip("/") or "0", "REDIS_PASSWORD": parsed.password or ""}


@dataclass
class Stack:
    rasa_port: int = field(default_factory=lambda: Settings().rasa_port)
    action_port: int = field(default_factory=lambda: Settings().action_port)
    gateway_host: str = field(default_factory=lambda: Settings().gateway_host)
    gateway_port: int = field(default_factory=lambda: Settings().gateway_port)
    replicas: int = field(default_factory=lambda: Settings().rasa_replicas)
    redis_url: str = field(default_factory=lambda: Settings().redis_url)
    redis_port: int = field(default_factory=lambda: Settings().redis_port)
    extra_env: Dict[str, str] = field(default_factory=dict)
    redis_dir: str = ""  # redis-server's working directory: must stay empty
    echo: bool = True
    processes: Dict[str, subprocess.Popen] = field(default_factory=dict)
    logs: List[str] = field(default_factory=list)  # kept for tests that check what is logged

    @classmethod
    def on_free_ports(cls, replicas: int = 1, **kwargs) -> "Stack":
        ports = {"redis_port": free_port()} if replicas > 1 and "redis_url" not in kwargs else {}
        return cls(rasa_port=free_ports_in_a_row(replicas), action_port=free_port(), gateway_port=free_port(),
                   replicas=replicas, redis_url=kwargs.pop("redis_url", ""), **ports, **kwargs)

    @property
    def scaled(self) -> bool:
        return self.replicas > 1

    @property
    def rasa_urls(self) -> List[str]:
        return [f"http://127.0.0.1:{self.rasa_port + i}" for i in range(self.replicas)]

    @property
    def gateway_redis_url(self) -> str:
        return self.redis_url or f"redis://127.0.0.1:{self.redis_port}/0"

    @staticmethod
    def replica_name(index: int) -> str:
        return "rasa" if index == 0 else f"rasa{index}"

    @property
    def gateway_url(self) -> str:
        return f"http://{self.gateway_host}:{self.gateway_port}"

    def env(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.update({
            "PYTHONPATH": str(ROOT),
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SANIC_HOST": "127.0.0.1",  # the action server binds to localhost only
            "RASA_PORT": str(self.rasa_port),
            "ACTION_PORT": str(self.action_port),
            "CHAT_IDLE_MINUTES": env.get("CHAT_IDLE_MINUTES", f"{Settings().idle_minutes:g}"),
            "PYTHONUNBUFFERED": "1",
            "RASA_URLS": ",".join(self.rasa_urls),
        })
        if self.scaled:
            env.update(redis_env(self.gateway_redis_url))
            env["REDIS_URL"] = self.gateway_redis_url  # the gateways' shared rate limit
            env["ACTION_SERVER_SANIC_WORKERS"] = str(self.replicas)
        env.update(self.extra_env)
        return env

    def commands(self) -> Dict[str, List[str]]:
        commands: Dict[str, List[str]] = {}
        if self.scaled and not self.redis_url:
            commands["redis"] = self.redis_command()
        commands["actions"] = [str(RASA_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.action_port)]
        endpoints = "bot/endpoints-redis.yml" if self.scaled else "bot/endpoints.yml"
        for index in range(self.replicas):
            commands[self.replica_name(index)] = [
                str(RASA_BIN / "python"), "-m", "scripts.rasa_server", "run", "--model", str(MODEL), "--endpoints", endpoints,
                "--credentials", "bot/credentials.yml", "--interface", "127.0.0.1", "--port", str(self.rasa_port + index)]
        commands.update({
            "gateway": [str(GATEWAY_BIN / "python"), "-m", "uvicorn", "api.main:app", "--host", self.gateway_host,
                        "--port", str(self.gateway_port), "--no-access-log", "--ws", "none", "--proxy-headers",
                        # X-Forwarded-For counts only from these proxies (the rate limit per real client).
                        "--forwarded-allow-ips", self.extra_env.get("GATEWAY_TRUSTED_PROXIES") or Settings().trusted_proxies],
        })
        return commands

    def redis_command(self) -> List[str]:
        """Debian's redis-server on localhost that writes nothing: no snapshots, no append-only file,
        and an empty working directory of its own."""
        server = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not os.path.exists(server):
            raise RuntimeError("redis-server is nodig voor RASA_REPLICAS >= 2: installeer het met "
                               "'bash scripts/install_redis.sh' (Debian's redis-server) of geef REDIS_URL.")
        if not self.redis_dir:
            self.redis_dir = tempfile.mkdtemp(prefix="vv-redis-")
        return [server, "--bind", "127.0.0.1", "--port", str(self.redis_port), "--save", "", "--appendonly", "no",
                "--dir", self.redis_dir, "--protected-mode", "yes", "--loglevel", "warning"]

    def start(self, only: Optional[List[str]] = None) -> None:
        for name, command in self.commands().items():
            if only and name not in only:
                continue
            process = subprocess.Popen(command, cwd=ROOT, env=self.env(), stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT, start_new_session=True)
            self.processes[name] = process
            threading.Thread(target=self._pipe, args=(name, process), daemon=True).start()

    def _pipe(self, name: str, process: subprocess.Popen) -> None:
        for raw in iter(process.stdout.readline, b""):
            line = f"[{name:7}] {raw.decode('utf-8', 'replace')}"
            if len(self.logs) < 20000:
                self.logs.append(line)
            if self.echo:
                sys.stdout.write(line)
                sys.stdout.flush()

    def wait_ready(self, timeout: float = 240) -> float:
        """Seconds until /readyz answered 200 and every Rasa replica answers; raises if a process
        died or time ran out."""
        started = time.perf_counter()
        waiting_for = [f"{self.gateway_url}/readyz", *(f"{url}/webhooks/rest/" for url in self.rasa_urls)]
        while time.perf_counter() - started < timeout:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} stopped with exit code {process.returncode}")
            try:
                if all(httpx.get(url, timeout=2).status_code == 200 for url in waiting_for):
                    return time.perf_counter() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"stack not ready after {timeout:.0f} s")

    def stop(self, name: Optional[str] = None, timeout: float = 15) -> None:
        names = [name] if name else list(self.processes)
        for key in names:
            process = self.processes.get(key)
            if process and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for key in names:
            process = self.processes.get(key)
            if not process:
                continue
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if self.redis_dir and not name and os.path.isdir(self.redis_dir) and not os.listdir(self.redis_dir):
            os.rmdir(self.redis_dir)  # left in place if Redis wrote anything: that must be seen
