"""Everything the services need before they start: spaCy pipeline, knowledge index, model."""
import sys

from scripts import prepare_spacy, train
from veilig.knowledge.index import build_index
from veilig.paths import index_path


def main() -> int:
    if not (prepare_spacy.TARGET / "SOURCE").exists():
        print(f"prepare: spaCy pipeline for Dutch: {prepare_spacy.build()}")
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
