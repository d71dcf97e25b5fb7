"""The gateway behind Debian's nginx with the shipped site (deploy/nginx/veilig-verder.conf).

Only the gateway runs (a chat then gets the degraded answer, which is enough: the rate limit and
the proxy headers are the gateway's). Clients connect from different loopback addresses, as
different residents would: each has its own limit, and a spoofed X-Forwarded-For from outside is
not trusted. Needs nginx (scripts/test.sh installs it; VV_REQUIRE_NGINX=1 turns a skip into a
failure)."""
import os
import shutil
import socket
import subprocess
import time

import httpx
import pytest

from scripts.stack import ROOT, Stack, free_port

pytestmark = pytest.mark.integration
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
LIMIT = 3


def _wait_port(port: int, timeout: float = 30) -> None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on {port}")


def _site(gateway_port: int, http_port: int, https_port: int, cert: str, key: str) -> str:
    site = (ROOT / "deploy" / "nginx" / "veilig-verder.conf").read_text(encoding="utf-8")
    for old, new in [("server 127.0.0.1:8000;", f"server 127.0.0.1:{gateway_port};"),
                     ("listen 80;", f"listen 127.0.0.1:{http_port};"),
                     ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
                     ("/etc/ssl/certs/veilig-verder.pem", cert), ("/etc/ssl/private/veilig-verder.key", key)]:
        assert old in site, old
        site = site.replace(old, new)
    return site


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    if not os.path.exists(NGINX):
        if os.environ.get("VV_REQUIRE_NGINX"):
            pytest.fail("nginx is not installed (scripts/test.sh installs Debian's nginx)")
        pytest.skip("nginx is not installed")
    tmp = tmp_path_factory.mktemp("nginx")
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    stack = Stack.on_free_ports(echo=False, extra_env={"CHAT_RATE_LIMIT": str(LIMIT),
                                                       "GATEWAY_TRUSTED_PROXIES": "127.0.0.1"})
    stack.start(only=["gateway"])
    http_port, https_port = free_port(), free_port()
    (tmp / "site.conf").write_text(_site(stack.gateway_port, http_port, https_port, str(cert), str(key)), encoding="utf-8")
    for folder in ("logs", "temp"):
        (tmp / folder).mkdir()
    (tmp / "nginx.conf").write_text(f"""
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/logs/error.log;
events {{ worker_connections 64; }}
http {{
    client_body_temp_path {tmp}/temp/body;
    proxy_temp_path {tmp}/temp/proxy;
    fastcgi_temp_path {tmp}/temp/fastcgi;
    uwsgi_temp_path {tmp}/temp/uwsgi;
    scgi_temp_path {tmp}/temp/scgi;
    include {tmp}/site.conf;
}}
""", encoding="utf-8")
    nginx = subprocess.Popen([NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g", "daemon off;"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait_port(stack.gateway_port)
        _wait_port(https_port)
        yield {"https": f"https://127.0.0.1:{https_port}", "http": f"http://127.0.0.1:{http_port}",
               "gateway": stack.gateway_url}
    finally:
        nginx.terminate()
        nginx.wait(10)
        stack.stop()


def _client(address: str, base_url: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address, verify=False), base_url=base_url,
                        verify=False, timeout=20)


def _statuses(client: httpx.Client, count: int, headers=None):
    return [client.post("/api/chat", json={"session_id": None, "message": "hallo"}, headers=headers or {}).status_code
            for _ in range(count)]


def test_two_residents_behind_the_proxy_are_limited_separately(proxied):
    with _client("127.0.0.2", proxied["https"]) as first, _client("127.0.0.3", proxied["https"]) as second:
        assert _statuses(first, LIMIT + 1) == [200] * LIMIT + [429]
        assert _statuses(second, LIMIT) == [200] * LIMIT


def test_a_spoofed_forwarded_for_from_outside_is_not_trusted(proxied):
    with _client("127.0.0.4", proxied["https"]) as spoofer:
        statuses = [spoofer.post("/api/chat", json={"session_id": None, "message": "hallo"},
                                 headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(LIMIT + 1)]
        assert statuses == [200] * LIMIT + [429]


def test_a_direct_client_that_is_not_the_proxy_is_not_trusted_either(proxied):
    with _client("127.0.0.5", proxied["gateway"]) as direct:
        statuses = [direct.post("/api/chat", json={"session_id": None, "message": "hallo"},
                                headers={"X-Forwarded-For": f"198.51.100.{i}"}).status_code for i in range(LIMIT + 1)]
        assert statuses == [200] * LIMIT + [429]


def test_tls_headers_and_closed_internal_paths(proxied):
    with _client("127.0.0.6", proxied["https"]) as client:
        page = client.get("/healthz")
        assert page.status_code == 200 and "max-age" in page.headers["strict-transport-security"]
        assert page.headers["x-content-type-options"] == "nosniff"
        assert client.get("/metrics").status_code == 403
        assert client.post("/api/admin/knowledge/reload").status_code == 403
    with _client("127.0.0.6", proxied["http"]) as plain:
        redirect = plain.get("/healthz", follow_redirects=False)
        assert redirect.status_code == 301 and redirect.headers["location"].startswith("https://")
