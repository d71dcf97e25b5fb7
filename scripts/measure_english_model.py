"""`make meet-engels`: how should the bot understand English? A measured choice (issue 10).

Three ways to route an English message, each behind the same deterministic danger check (it runs
first in every language, so 112 never depends on a classifier):
  - word lists: the deterministic English routes of veilig/foreign.py (what the bot does now);
  - one model: the Dutch Rasa NLU pipeline trained on data/nlu plus English examples
    (experiments/engels/nlu.yml), responses chosen by a language slot;
  - a second model: an English-only NLU model (whitespace tokens, the same DIET settings), run as a
    second Rasa process next to the Dutch one.
Measured on the English messages of tests/data/talen_*.yml (none of them in any training data):
the share whose first message carries the right number, judged as `make eval-talen` judges
/api/chat (the same first-help texts; a classifier only chooses the route), the Dutch held-out intent accuracy (tests/data/nlu_testset.yml) for the Dutch pipeline
with and without English examples, the time per message and the memory of a process holding
the model. Trains three NLU models in a temporary folder (about 10 minutes on 2 cores); writes
results/eval/engels-keuze.md.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List

import yaml

from veilig.paths import RASA_BIN, ROOT

RASA = RASA_BIN / "rasa"
PY = RASA_BIN / "python"
ENGLISH_EXAMPLES = ROOT / "experiments" / "engels" / "nlu.yml"
SETS = [ROOT / "tests" / "data" / name for name in ("talen_afstemmen.yml", "talen_afstemmen2.yml", "talen_afstemmen3.yml", "talen_afstemmen4.yml", "talen_afstemmen5.yml", "talen_afstemmen6.yml", "talen_afstemmen7.yml", "talen_afstemmen8.yml", "talen_afstemmen9.yml", "talen_toets.yml")]
OUT = ROOT / "results" / "eval" / "engels-keuze.md"
RAW = ROOT / "results" / "eval" / "engels-keuze.json"  # the parsed intents, to compare more ways without training

# The first-help route an intent stands for (the routes of knowledge/talen/en.yml).
INTENT_ROUTE = {"acuut_gevaar": "acuut", "slachtoffer": "slachtoffer", "zorgen_omstander": "omstander",
                "ouderen": "omstander", "pleger": "pleger", "kind_jongere": "kind", "seksueel_geweld": "slachtoffer",
                "lokale_hulp": "vraag_gemeente"}
ENGLISH_PIPELINE = [
    {"name": "WhitespaceTokenizer"}, {"name": "LexicalSyntacticFeaturizer"}, {"name": "CountVectorsFeaturizer"},
    {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4},
    {"name": "DIETClassifier", "epochs": 100, "number_of_transformer_layers": 0, "hidden_layers_sizes": {"text": [256]},
     "entity_recognition": False, "constrain_similarities": True, "random_seed": 42},
    {"name": "FallbackClassifier", "threshold": 0.4, "ambiguity_threshold": 0.05},
]

# Run in a fresh process per model, so that its memory is the model's alone.
_PARSER = r'''
import asyncio, json, resource, sys, time
from rasa.core.agent import Agent
model, texts = sys.argv[1], json.load(open(sys.argv[2]))
agent = Agent.load(model)
async def run():
    out = []
    for text in texts:
        started = time.perf_counter()
        parsed = await agent.parse_message(text)
        out.append([parsed["intent"]["name"], (time.perf_counter() - started) * 1000])
    return out
result = asyncio.run(run())
print(json.dumps({"parsed": result, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''


def english_messages() -> List[Dict]:
    items = []
    for path in SETS:
        if path.exists():
            items += [dict(item, deel=path.stem) for item in yaml.safe_load(path.read_text(encoding="utf-8"))
                      if item["taal"] == "en"]
    return items


def dutch_held_out() -> List[tuple]:
    blocks = yaml.safe_load((ROOT / "tests" / "data" / "nlu_testset.yml").read_text(encoding="utf-8"))["nlu"]
    return [(block["intent"], line.strip()[2:]) for block in blocks if "intent" in block
            for line in block["examples"].splitlines() if line.strip().startswith("- ")]


def _env() -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="2")
    return env


def train(work: Path, name: str, pipeline: List[Dict], nlu_files: List[Path], language: str) -> Path:
    data = work / f"data-{name}"
    data.mkdir()
    for i, path in enumerate(nlu_files):
        shutil.copy(path, data / f"{i:02d}-{path.name}")
    config = work / f"config-{name}.yml"
    config.write_text(yaml.safe_dump({"recipe": "default.v1", "language": language, "pipeline": pipeline,
                                      "assistant_id": f"meet-{name}"}), encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([str(RASA), "train", "nlu", "--config", str(config), "--nlu", str(data), "--out", str(work),
                    "--fixed-model-name", name, "--quiet"], cwd=ROOT, env=_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"meet-engels: model '{name}' trained in {time.perf_counter() - started:.0f} s")
    return work / f"{name}.tar.gz"


def parse(work: Path, model: Path, texts: List[str]) -> Dict:
    inputs = work / "texts.json"
    inputs.write_text(json.dumps(texts), encoding="utf-8")
    script = work / "parse.py"
    script.write_text(_PARSER, encoding="utf-8")
    output = subprocess.run([str(PY), str(script), str(model), str(inputs)], cwd=ROOT, env=_env(), check=True,
                            capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def share_right(items: List[Dict], guesses: List, guess_first: bool = False) -> str:
    """Judged as `make eval-talen` judges /api/chat: the route's number in the first message; on
    all English messages, and on the held-out set alone (the word lists were tuned on the others)."""
    from scripts.eval_languages import judge
    from veilig.foreign import foreign_messages

    right = [judge(item, foreign_messages(item["tekst"], "en", guess, guess_first), "en") for item, guess in zip(items, guesses)]
    held_out = [r for r, item in zip(right, items) if item["deel"] == "talen_toets"]
    return f"{sum(right) / len(right):.1%} | {sum(held_out) / max(1, len(held_out)):.1%}"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from veilig.foreign import choose_route

    items = english_messages()
    texts = [item["tekst"] for item in items]
    dutch = dutch_held_out()
    dutch_pipeline = yaml.safe_load((ROOT / "bot" / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    # The decision order is not part of the classifier being compared.
    dutch_pipeline = [c for c in dutch_pipeline if not c["name"].startswith("veilig.")]
    dutch_files = sorted((ROOT / "data" / "nlu").glob("*.yml"))
    dutch_files = [p for p in dutch_files if p.name != "andere_taal.yml"]
    rows = []
    started = time.perf_counter()
    for text in texts:
        choose_route(text, "en")
    word_ms = (time.perf_counter() - started) * 1000 / len(texts)
    rows.append(("word lists (now)", share_right(items, [None] * len(items)), "-", f"{word_ms:.2f}",
                 "0 (in the action server)"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = train(work, "nl", dutch_pipeline, dutch_files, "nl")
        one = train(work, "nl-en", dutch_pipeline, dutch_files + [ENGLISH_EXAMPLES], "nl")
        second = train(work, "en", ENGLISH_PIPELINE, [ENGLISH_EXAMPLES], "en")
        dutch_texts = [text for _, text in dutch]
        base_nl = parse(work, base, dutch_texts)
        one_nl = parse(work, one, dutch_texts)
        one_en = parse(work, one, texts)
        second_en = parse(work, second, texts)

    def accuracy(result: Dict) -> float:
        return sum(p[0] == intent for p, (intent, _) in zip(result["parsed"], dutch)) / len(dutch)

    def english(result: Dict, guess_first: bool = True) -> float:
        return share_right(items, [INTENT_ROUTE.get(p[0]) for p in result["parsed"]], guess_first)

    def ms(result: Dict) -> str:
        return f"{statistics.median(p[1] for p in result['parsed']):.1f}"

    rows.append(("one model, Dutch + English examples", english(one_en), f"{accuracy(one_nl):.1%} (without English: "
                 f"{accuracy(base_nl):.1%})", ms(one_en), f"{one_nl['rss_mb']:.0f} MB (one Rasa process; without: {base_nl['rss_mb']:.0f} MB)"))
    rows.append(("second model, English only", english(second_en), "unchanged", ms(second_en),
                 f"+{second_en['rss_mb']:.0f} MB (a second Rasa process)"))
    rows.append(("word lists, else the one model's intent", english(one_en, False), "as one model", ms(one_en), "as one model"))
    rows.append(("word lists, else the second model's intent", english(second_en, False), "unchanged", ms(second_en),
                 "as second model"))
    RAW.write_text(json.dumps({"texts": texts, "one": one_en["parsed"], "second": second_en["parsed"]}), encoding="utf-8")
    lines = ["# English: word lists, one model or a second model", "",
             f"{len(items)} English messages from tests/data/talen_*.yml, none in any training data; "
             f"{len(dutch)} Dutch held-out messages (tests/data/nlu_testset.yml). The danger check runs first in all three.", "",
             "| way | English: right number (all) | (held-out set only) | Dutch held-out intent accuracy | "
             "ms per message (median) | memory |", "|---|---|---|---|---|---|"]
    lines += [f"| {name} | {right} | {dutch_acc} | {speed} | {memory} |" for name, right, dutch_acc, speed, memory in rows]
    text = "\n".join(lines) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
