"""`make eval-typen`: does the bot still understand a message typed the way people type in a chat?

Takes the messages it gets right as written and types them again, four ways, with a fixed seed:
- 'klein': lowercase without punctuation;
- 'chat': a greeting before and thanks or "??" after ("hoi, vraagje: ... alvast bedankt!");
- 'afkortingen': chat shorthand ("m'n", "n", "t", "nie", "as", "eig", "mss", "vr");
- 'typfouten': a typing error (two letters swapped, one dropped or doubled) in each of the two
  longest words.
Questions with an expected entry (the tuning sets of real questions, echte_vragen_afstemmen2.yml
to afstemmen11.yml, and tests/data/kennis_vragen.yml) go to the knowledge search as the dialogue
asks it; people in need (in_nood_echt.yml, the held-out NLU set's people in need, the sixth and
seventh tuning sets) go through `/api/chat` on a fresh stack and must keep their route's number in
the first message (112 first when acute). Never the untouched half. Prints how many stay right
per way of typing and writes results/eval/typen.md.
"""
import random
import re
import sys
from collections import Counter
from typing import Callable, Dict, List

import httpx
import yaml

from scripts.eval_dialogue import DATA, NLU_ROUTES, _nlu_examples, judge_route, send
from scripts.stack import ROOT, on_a_fresh_stack

OUT = ROOT / "results" / "eval"
QUESTION_SETS = [f"echte_vragen_afstemmen{n}.yml" for n in range(2, 13)] + ["kennis_vragen.yml"]
_SHORTHAND = [(r"\beigenlijk\b", "eig"), (r"\bmisschien\b", "mss"), (r"\bmijn\b", "m'n"), (r"\been\b", "n"),
              (r"\bniet\b", "nie"), (r"\bhet\b", "t"), (r"\bals\b", "as"), (r"\bvoor\b", "vr")]


def lowercase(text: str, rng: random.Random) -> str:
    return re.sub(r"[?!.,;:'\"()]", "", text.lower())


def chatty(text: str, rng: random.Random) -> str:
    return (rng.choice(["hoi ", "hallo, ", "hey, ik heb een vraag: ", "vraagje: ", "goedemiddag, "]) + text.rstrip("?")
            + rng.choice([" eig?", " ofzo", "?? pls", " weet iemand dat", " alvast bedankt!", " thx", "???"]))


def shorthand(text: str, rng: random.Random) -> str:
    text = text.lower()
    for pattern, short in _SHORTHAND:
        text = re.sub(pattern, short, text)
    return text


def typos(text: str, rng: random.Random) -> str:
    words = text.split()
    for i in sorted(range(len(words)), key=lambda i: -len(words[i]))[:2]:
        word = words[i]
        if len(word) < 5:
            continue
        j = rng.randrange(1, len(word) - 2)
        way = rng.choice(["swap", "drop", "double"])
        if way == "swap":
            word = word[:j] + word[j + 1] + word[j] + word[j + 2:]
        elif way == "drop":
            word = word[:j] + word[j + 1:]
        else:
            word = word[:j] + word[j] + word[j:]
        words[i] = word
    return " ".join(words)


WAYS: Dict[str, Callable[[str, random.Random], str]] = {
    "klein": lowercase, "chat": chatty, "afkortingen": shorthand, "typfouten": typos}


def _load(name: str) -> List[dict]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8")) or []


def judge(items: List[dict], right: Callable[[dict, str], bool]) -> Counter:
    """Per way of typing: how many of the messages right as written stay right ('n' = right as written)."""
    rng = random.Random(7)
    counts: Counter = Counter()
    for item in items:
        if not right(item, item["vraag"]):
            continue
        counts["n"] += 1
        for way, retype in WAYS.items():
            typed = retype(item["vraag"], rng)
            if typed == item["vraag"] or right(item, typed):
                counts[way] += 1
    return counts


def questions() -> Counter:
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    search = KnowledgeSearch()
    items = [item for name in QUESTION_SETS for item in _load(name) if item.get("verwacht")]

    def right(item: dict, text: str) -> bool:
        expected = item["verwacht"] if isinstance(item["verwacht"], list) else [item["verwacht"]]
        return find_in_knowledge(search, text, by_meaning=True).entry_id in expected
    return judge(items, right)


def people_in_need(url: str) -> Counter:
    items = [item for item in _load("in_nood_echt.yml") if item.get("route")]
    items += [{"vraag": text, "route": route} for intent, route in NLU_ROUTES.items() for text in _nlu_examples(intent)]
    items += [item for n in (6, 7) for item in _load(f"echte_vragen_afstemmen{n}.yml") if item.get("route")]
    with httpx.Client() as client:
        return judge(items, lambda item, text: judge_route(send(client, url, text), item["route"]))


def report(title: str, counts: Counter) -> List[str]:
    lines = [f"## {title}", "", "| getypt als | blijft goed |", "|---|---|"]
    for way in WAYS:
        lines.append(f"| {way} | {counts[way]} van {counts['n']} ({counts[way] / max(1, counts['n']):.0%}) |")
    return lines + [""]


def main() -> int:
    text = "\n".join(["# Berichten getypt zoals in een chat", ""]
                     + report("Vragen: het verwachte antwoord uit de kennisbank", questions())
                     + report("Mensen in nood: het nummer van hun route in het eerste bericht", on_a_fresh_stack(people_in_need)))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "typen.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"eval: report in {(OUT / 'typen.md').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
