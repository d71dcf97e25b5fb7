"""`make eval-talen`: messages in six other languages judged through `/api/chat`.

Sends every message of tests/data/talen_afstemmen*.yml (tuning sets) and
tests/data/talen_toets.yml and talen_toets2.yml (held out: written apart from the word lists, the danger
phrasings, the training data and the tuning sets, never tuned on) as the first message of a new conversation and
judges the reply: the conversation is answered in the person's language, and the first message
carries the number of their route (112 in the first line in danger now; 0800-2000 for a victim,
bystander or pleger; the Kindertelefoon for a child; the municipality named for local help, with
0800-2000; both numbers for any other question). Prints a table per language and writes
results/eval/talen.md.
"""
import sys
import time
from collections import Counter, defaultdict
from typing import Dict, List

import httpx
import yaml

from scripts.stack import ROOT, on_a_fresh_stack
from veilig.foreign import with_latin_places
from veilig.languages import language_messages
from veilig.regions import find_municipality, find_other_municipality

SETS = {"afstemmen": ROOT / "tests" / "data" / "talen_afstemmen.yml",
        "afstemmen2": ROOT / "tests" / "data" / "talen_afstemmen2.yml",
        "afstemmen3": ROOT / "tests" / "data" / "talen_afstemmen3.yml",
        "afstemmen4": ROOT / "tests" / "data" / "talen_afstemmen4.yml",
        "afstemmen5": ROOT / "tests" / "data" / "talen_afstemmen5.yml",
        "afstemmen6": ROOT / "tests" / "data" / "talen_afstemmen6.yml",
        "afstemmen7": ROOT / "tests" / "data" / "talen_afstemmen7.yml",
        "afstemmen8": ROOT / "tests" / "data" / "talen_afstemmen8.yml",
        "afstemmen9": ROOT / "tests" / "data" / "talen_afstemmen9.yml",
        "toets": ROOT / "tests" / "data" / "talen_toets.yml",
        "toets2": ROOT / "tests" / "data" / "talen_toets2.yml"}
OUT = ROOT / "results" / "eval"
LANGUAGES = ("en", "pl", "ro", "bg", "tr", "ar")
NUMBER = {"slachtoffer": "0800-2000", "omstander": "0800-2000", "pleger": "0800-2000", "kind": "0800-0432"}


def load_set(part: str = "toets") -> List[Dict]:
    return yaml.safe_load(SETS[part].read_text(encoding="utf-8"))


def right_number(messages: List[Dict], route: str, text: str) -> bool:
    """The person's route's number in the first message (112 in its first line in danger now)."""
    if not messages:
        return False
    first, whole = messages[0]["text"], "\n".join(m["text"] for m in messages)
    if route == "acuut":
        return "112" in first.split("\n")[0]
    if first in {m["text"] for language in LANGUAGES for m in language_messages(language, "gevaar_eerst")}:
        # A sign of violence without 'now': the 112 line first, then the route (as in Dutch).
        first = messages[1]["text"] if len(messages) > 1 else ""
    if route == "lokaal":
        text = with_latin_places(text)  # "Тилбург" is Tilburg
        place = find_municipality(text)
        name = place.name if place else find_other_municipality(text)
        return bool(name) and name in first and "0800-2000" in whole
    if route == "andere_vragen":
        return "112" in whole and "0800-2000" in whole
    return NUMBER[route] in first


def judge(item: Dict, messages: List[Dict], language: str) -> bool:
    return language == item["taal"] and right_number(messages, item["route"], item["tekst"])


def evaluate(url: str) -> str:
    table: Dict[tuple, Counter] = defaultdict(Counter)
    seconds: List[float] = []
    items = [(part, item) for part in SETS for item in load_set(part)]
    with httpx.Client() as client:
        for part, item in items:
            started = time.perf_counter()
            response = client.post(f"{url}/api/chat", json={"session_id": None, "message": item["tekst"]}, timeout=60)
            seconds.append(time.perf_counter() - started)
            body = response.json()
            row = table[(part, item["taal"])]
            row["n"] += 1
            row["taal goed"] += body["taal"] == item["taal"]
            row["goed"] += judge(item, body["messages"], body["taal"])
            if item["route"] == "acuut":
                row["acuut"] += 1
                row["acuut 112"] += right_number(body["messages"], "acuut", item["tekst"]) and body["taal"] == item["taal"]
    lines = ["# Andere talen: het nummer van de route in de taal van de persoon", "",
             "| deel | taal | n | taal goed | nummer goed | acuut: 112 eerst |", "|---|---|---|---|---|---|"]
    totals: Dict[str, Counter] = defaultdict(Counter)
    for (part, language), row in sorted(table.items()):
        totals[part].update(row)
        lines.append(f"| {part} | {language} | {row['n']} | {row['taal goed']} | {row['goed']} ({row['goed'] / row['n']:.0%}) | "
                     f"{row['acuut 112']}/{row['acuut']} |")
    for part, total in sorted(totals.items()):
        lines.append(f"| {part} | alle | {total['n']} | {total['taal goed']} | {total['goed']} "
                     f"({total['goed'] / total['n']:.0%}) | {total['acuut 112']}/{total['acuut']} |")
    seconds.sort()
    lines += ["", f"Latency through /api/chat: p50 {seconds[len(seconds) // 2] * 1000:.0f} ms, "
                  f"p95 {seconds[int(len(seconds) * 0.95)] * 1000:.0f} ms."]
    return "\n".join(lines) + "\n"


def main() -> int:
    text = on_a_fresh_stack(evaluate)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "talen.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
