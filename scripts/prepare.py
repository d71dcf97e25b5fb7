"""Everything the services need before they start: spaCy pipeline, knowledge index, model.

Runs in the gateway's environment; spaCy and Rasa work in Rasa's (.venv), as subprocesses.
"""
import subprocess
import sys

from scripts import train
from veilig.knowledge.index import build_index
from veilig.paths import RASA_BIN, ROOT, index_path

SPACY_PIPELINE = ROOT / "bot" / "spacy_nl"


def main() -> int:
    if not (SPACY_PIPELINE / "SOURCE").exists():
        subprocess.run([str(RASA_BIN / "python"), "-m", "scripts.prepare_spacy"], cwd=ROOT,
                       env=train.rasa_env(), check=True)
    result = build_index()
    for problem in result.problems:
        print(f"kennisbank: {problem}")
    if not result.ok:
        if not index_path().exists():
            print("prepare: de kennisbank heeft fouten; herstel ze eerst (make kennis-check).", file=sys.stderr)
            return 1
        print("prepare: de kennisbank heeft fouten; de bot gebruikt de laatste goede versie.", file=sys.stderr)
    print(f"prepare: knowledge index {'rebuilt' if result.built else 'up to date'}")
    train.train()
    return 0


if __name__ == "__main__":
    sys.exit(main())
