"""Start and stop the three services (Rasa, action server, gateway) on localhost.

Used by `make run` and by the integration tests and benchmarks, which start their own stack
on free ports.
"""
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, TypeVar

import httpx

from api.settings import Settings
# Rasa and the action server run in Rasa's Python 3.10 environment; the gateway in its own.
from veilig.paths import GATEWAY_BIN, RASA_BIN, ROOT
T = TypeVar("T")
MODEL = ROOT / "models" / "veilig-verder.tar.gz"


def on_a_fresh_stack(work: Callable[[str], T]) -> T:
    """Start a stack on free ports without a rate limit (evaluations), run `work(gateway_url)`, stop it."""
    stack = Stack.on_free_ports(extra_env={"CHAT_RATE_LIMIT": "0"}, echo=False)
    stack.start()
    try:
        stack.wait_ready()
        return work(stack.gateway_url)
    finally:
        stack.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Stack:
    rasa_port: int = field(default_factory=lambda: Settings().rasa_port)
    action_port: int = field(default_factory=lambda: Settings().action_port)
    gateway_host: str = field(default_factory=lambda: Settings().gateway_host)
    gateway_port: int = field(default_factory=lambda: Settings().gateway_port)
    extra_env: Dict[str, str] = field(default_factory=dict)
    echo: bool = True
    processes: Dict[str, subprocess.Popen] = field(default_factory=dict)
    logs: List[str] = field(default_factory=list)  # kept for tests that check what is logged

    @classmethod
    def on_free_ports(cls, **kwargs) -> "Stack":
        return cls(rasa_port=free_port(), action_port=free_port(), gateway_port=free_port(), **kwargs)

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
        })
        env.update(self.extra_env)
        return env

    def commands(self) -> Dict[str, List[str]]:
        return {
            "actions": [str(RASA_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.action_port)],
            "rasa": [str(RASA_BIN / "python"), "-m", "scripts.rasa_server", "run", "--model", str(MODEL), "--endpoints", "bot/endpoints.yml",
                     "--credentials", "bot/credentials.yml", "--interface", "127.0.0.1", "--port", str(self.rasa_port)],
            "gateway": [str(GATEWAY_BIN / "python"), "-m", "uvicorn", "api.main:app", "--host", self.gateway_host,
                        "--port", str(self.gateway_port), "--no-access-log", "--ws", "none", "--proxy-headers",
                        # X-Forwarded-For counts only from these proxies (the rate limit per real client).
                        "--forwarded-allow-ips", self.extra_env.get("GATEWAY_TRUSTED_PROXIES") or Settings().trusted_proxies],
        }

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
        """Seconds until /readyz answered 200; raises if a process died or time ran out."""
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} stopped with exit code {process.returncode}")
            try:
                if httpx.get(f"{self.gateway_url}/readyz", timeout=2).status_code == 200:
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
