"""Everything the services need before they start: spaCy pipeline, knowledge index, the sentence
model's vectors of known phrasings (veilig.knowledge.meaning), model.

Runs in the gateway's environment; spaCy and Rasa work in Rasa's (.venv), as subprocesses.
"""
import subprocess
import sys
import time

from scripts import train
from veilig.knowledge.index import build_index
from veilig.knowledge.meaning import available
from veilig.knowledge.search import KnowledgeSearch
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
    # Encoding every phrasing takes a minute the first time; later only new ones are encoded.
    started = time.perf_counter()
    KnowledgeSearch().warm_up()
    print(f"prepare: meaning vectors {'ready' if available() else 'unavailable (no sentence model)'} "
          f"in {time.perf_counter() - started:.0f} s")
    train.train()
    return 0


if __name__ == "__main__":
    sys.exit(main())
