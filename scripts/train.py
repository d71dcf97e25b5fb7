"""Train the Rasa model only when config, domain or training data changed."""
import hashlib
import os
import subprocess
import sys
import time

from api.settings import Settings
from veilig.paths import RASA_BIN, ROOT

MODEL = ROOT / "models" / "veilig-verder.tar.gz"
STAMP = ROOT / "models" / "veilig-verder.fingerprint"
# The decision-order component (rasa_addons/dialogue_order.py) is not trained: its code is
# loaded when the model is, so changing it needs no new model.
INPUTS = [ROOT / "bot" / "config.yml", ROOT / "bot" / "domain", ROOT / "data"]


def fingerprint() -> str:
    digest = hashlib.sha256()
    for base in INPUTS:
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def rasa_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    settings = Settings()
    env.setdefault("ACTION_PORT", str(settings.action_port))
    env.setdefault("CHAT_IDLE_MINUTES", f"{settings.idle_minutes:g}")
    return env


def train(force: bool = False) -> float:
    """Returns the training time in seconds (0 when the model was up to date)."""
    current = fingerprint()
    if not force and MODEL.exists() and STAMP.exists() and STAMP.read_text().strip() == current:
        print("train: model is up to date")
        return 0.0
    log = ROOT / "results" / "train.log"
    log.parent.mkdir(exist_ok=True)
    print(f"train: training the Rasa model (a few minutes; log in {log.relative_to(ROOT)})")
    started = time.perf_counter()
    with open(log, "wb") as output:
        result = subprocess.run(
            [str(RASA_BIN / "rasa"), "train", "--config", "bot/config.yml", "--domain", "bot/domain",
             "--data", "data", "--out", "models", "--fixed-model-name", "veilig-verder", "--quiet"],
            cwd=ROOT, env=rasa_env(), stdout=output, stderr=subprocess.STDOUT,
        )
    if result.returncode != 0:
        print(log.read_text(errors="replace")[-4000:])
        raise subprocess.CalledProcessError(result.returncode, "rasa train")
    seconds = time.perf_counter() - started
    STAMP.write_text(current + "\n")
    print(f"train: done in {seconds:.1f} s")
    return seconds


if __name__ == "__main__":
    try:
        train(force="--force" in sys.argv)
    except subprocess.CalledProcessError as error:
        sys.exit(f"train: rasa train failed (exit {error.returncode})")
