"""Fixtures for the browser tests of the chat widget.

They start a tiny fake Rasa REST server (a thread in this process) and the real gateway
(api.main, as a uvicorn subprocess) on free 127.0.0.1 ports, and drive Debian's Chromium
(/usr/bin/chromium) with Playwright. Nothing is downloaded. Install the tools with
scripts/install_browser_deps.sh; without them these tests are skipped.
"""
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from veilig.paths import GATEWAY_BIN, ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_JS = GATEWAY_BIN.parent / "node" / "node_modules" / "axe-core" / "axe.min.js"
DEMO_EXIT_URL = "https://www.google.nl/"  # the data-exit-url in api/static/demo.html


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Chromium against the widget (tests/browser)")


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------ fake Rasa
def canned_reply(message: str):
    """What the fake Rasa answers; None means HTTP 500 (the gateway then answers degraded)."""
    low = message.lower().strip()
    if low == "/lokale_hulp":
        return [{"text": "In welke gemeente woon je?"}]
    if low == "/zorg_kind":
        return [{"text": "Maak je je zorgen om een kind? Bel Veilig Thuis: 0800-2000."}]
    if "<b>" in low or "<img" in low:
        return [{"text": "Je schreef: " + message}]
    if "hallo" in low:
        return [{"text": "Hoi! Waar wil je meer over weten?",
                 "buttons": [{"title": "Hulp in mijn gemeente", "payload": "/lokale_hulp"},
                             {"title": "Zorgen om een kind", "payload": "/zorg_kind"}]}]
    if "nummers" in low:
        return [{"text": "Bij gevaar: bel 112.\nVeilig Thuis: 0800-2000 (gratis).\n"
                         "Slachtofferhulp: 0900-0101.\nFier: 0800-0188.\n"
                         "Meer op https://www.veiligthuis.nl"}]
    if "storing" in low:
        return None
    if "langzaam" in low:
        time.sleep(1.5)
        return [{"text": "Dat was even wachten. Dank je voor je geduld."}]
    if "voorbeeld" in low:
        return [{"text": "In Voorbeeld kun je terecht bij het wijkteam. Zij helpen gratis.\n"
                         "Is het niet veilig thuis? Bel Veilig Thuis: 0800-2000. Dat kan dag en nacht.",
                 "buttons": [{"title": "Wat doet het wijkteam?", "payload": "/wijkteam"},
                             {"title": "Wat doet Veilig Thuis?", "payload": "/veilig_thuis"}]}]
    return [{"text": "Dank je. Ik begrijp je vraag nog niet goed. Kun je het anders zeggen?"}]


NEUTRAL_PAGE = b"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Neutraal</title></head>
<body><h1>Het weer vandaag</h1><p>Zonnig.</p></body></html>"""

HOST_PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Andere site</title></head>
<body><main><h1>Gemeente op een andere server</h1><p>Tekst.</p></main>
<script src="{gateway}/widget.js" data-gemeente="Elders" data-color="#2f6f3e" data-position="left"
 data-exit-url="{exit}" defer></script></body></html>"""


class FakeRasa:
    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.received = []  # (sender, message)
        self.gateway_url = ""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status, body, ctype):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path.startswith("/neutraal") or self.path.startswith("/start"):
                    self._send(200, NEUTRAL_PAGE, "text/html; charset=utf-8")
                elif self.path.startswith("/host"):
                    page = HOST_PAGE.format(gateway=fake.gateway_url, exit=fake.url + "/neutraal")
                    self._send(200, page.encode(), "text/html; charset=utf-8")
                elif self.path.startswith("/webhooks/rest"):
                    self._send(200, b'{"status":"ok"}', "application/json")
                else:
                    self._send(404, b"{}", "application/json")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    data = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    data = {}
                if self.path != "/webhooks/rest/webhook":
                    self._send(404, b"{}", "application/json")
                    return
                message = str(data.get("message", ""))
                fake.received.append((data.get("sender"), message))
                reply = canned_reply(message)
                if reply is None:
                    self._send(500, b'{"error":"kapot"}', "application/json")
                else:
                    self._send(200, json.dumps(reply).encode(), "application/json")

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


# ------------------------------------------------------------------ real gateway
class Gateway:
    def __init__(self, fake: FakeRasa, log_path: Path, extra_env=None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ)
        env.update({
            "PYTHONPATH": str(ROOT),
            "RASA_URL": fake.url,
            "ACTION_URL": fake.url,
            "CHAT_RATE_LIMIT": "0",
            "CHAT_CORS_ORIGINS": fake.url,
        })
        env.update(extra_env or {})
        python = GATEWAY_BIN / "python"
        self.log_path = log_path
        self._log = open(log_path, "wb")
        self.proc = subprocess.Popen(
            [str(python if python.exists() else sys.executable), "-m", "uvicorn", "api.main:app",
             "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning",
             "--no-access-log", "--ws", "none"],
            cwd=str(ROOT), env=env, stdout=self._log, stderr=subprocess.STDOUT)
        self._wait()

    def _wait(self, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("gateway did not start:\n" + self.log_path.read_text(errors="replace")[-3000:])

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._log.close()


@pytest.fixture(scope="session")
def fake_rasa():
    fake = FakeRasa().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def gateway(fake_rasa, tmp_path_factory):
    gw = Gateway(fake_rasa, tmp_path_factory.mktemp("gateway") / "gateway.log")
    fake_rasa.gateway_url = gw.url
    yield gw
    gw.stop()


@pytest.fixture
def own_gateway(fake_rasa, tmp_path):
    """A gateway for one test only (it may be killed by the test)."""
    gw = Gateway(fake_rasa, tmp_path / "gateway.log")
    yield gw
    gw.stop()


# ------------------------------------------------------------------ browser
def _missing(reason: str) -> None:
    # make test installs the browser parts and sets VV_REQUIRE_BROWSER=1: there a missing
    # part is a failure, not a silent skip.
    if os.environ.get("VV_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        import playwright.sync_api as sync_api
    except ImportError:
        _missing("playwright missing; run scripts/install_browser_deps.sh")
    if not os.path.exists(CHROMIUM):
        _missing("no /usr/bin/chromium; run scripts/install_browser_deps.sh")
    playwright = sync_api.sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def exit_url(fake_rasa):
    return fake_rasa.url + "/neutraal"


def make_context(browser, exit_url, **options):
    """A fresh browser context in which the demo page's exit URL points to the local neutral page."""
    options.setdefault("viewport", {"width": 1280, "height": 800})
    options.setdefault("locale", "nl-NL")
    context = browser.new_context(**options)
    context.set_default_timeout(5000)

    def rewrite_demo(route):
        response = route.fetch()
        body = response.text().replace(DEMO_EXIT_URL, exit_url)
        route.fulfill(response=response, body=body)

    context.route(lambda url: url.rstrip("/").count("/") == 2 and url.startswith("http://127.0.0.1:"), rewrite_demo)
    return context


@pytest.fixture
def context_factory(browser, exit_url):
    contexts = []

    def factory(**options):
        ctx = make_context(browser, exit_url, **options)
        contexts.append(ctx)
        return ctx

    yield factory
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def page(context_factory):
    page = context_factory().new_page()
    page.requests_seen = []
    page.on("request", lambda request: page.requests_seen.append(request.url))
    return page


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_JS.exists():
        _missing(f"{AXE_JS} missing; run scripts/install_browser_deps.sh")
    return AXE_JS
