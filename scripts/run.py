"""`make run`: the services in one terminal, each log line prefixed; Ctrl-C stops all.

RASA_REPLICAS=N (N >= 2) runs N Rasa processes on Redis (REDIS_URL, or Debian's redis-server,
installed here when missing and started by the stack with nothing on disk)."""
import argparse
import signal
import subprocess
import sys
import time

from api.settings import Settings
from scripts.stack import Stack


def main() -> int:
    settings = Settings()
    parser = argparse.ArgumentParser(description="Start Rasa, the action server and the gateway.")
    parser.add_argument("--host", default=settings.gateway_host, help="gateway host")
    parser.add_argument("--port", type=int, default=settings.gateway_port, help="gateway port")
    args = parser.parse_args()
    if settings.rasa_replicas > 1 and not settings.redis_url:
        subprocess.run(["bash", "scripts/install_redis.sh"], check=True)
    stack = Stack(rasa_port=settings.rasa_port, action_port=settings.action_port,
                  gateway_host=args.host, gateway_port=args.port)
    stopping = False

    def _stop(*_):
        nonlocal stopping
        stopping = True

    stack.start()
    mode = f"{stack.replicas} Rasa replicas on Redis" if stack.scaled else "one Rasa process, conversations in memory"
    print(f"run: starting ({mode}); the chat is at {stack.gateway_url}/ once ready (Ctrl-C stops everything)")
    try:
        seconds = stack.wait_ready()
        print(f"run: ready after {seconds:.0f} s on {stack.gateway_url}")
    except (RuntimeError, TimeoutError, KeyboardInterrupt) as error:
        print(f"run: {error or 'stopping'}", file=sys.stderr)
        stack.stop()
        return 1
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    while not stopping:
        for name, process in stack.processes.items():
            if process.poll() is not None:
                print(f"run: {name} stopped (exit {process.returncode}); stopping the others", file=sys.stderr)
                stopping = True
        time.sleep(0.5)
    stack.stop()
    print("run: stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
