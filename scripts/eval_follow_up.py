"""`make eval-vervolg`: the whole bot judged on conversations, not single messages.

People rarely write one message. After the first reply they answer "ja", ask "hoe lang duurt
dat?", say where they are hiding or that they cannot call. tests/data/vervolg_afstemmen.yml (may
be tuned on, as are vervolg_afstemmen2.yml to 12, written by helpers who did not see the bot) and
tests/data/vervolg_toets.yml (written by someone who did not see the bot or its
code, never looked at while tuning) hold conversations of two to four messages; each message has
one expectation for the reply to it:
- `route`: that route's number in the first message (112 in the first line for acute danger), as
  in `make eval-dialoog`;
- `kennis`: an answer from one of these entries ('fout zeker' when another entry is answered);
- `nummer`: this number somewhere in the reply;
- `lokaal`: the reply names the local team of the municipality named (or the website's).
Every conversation runs in its own session through the gateway, with the website's municipality
when the set gives one. Figures per half, for the first message and for the later ones apart.
Writes results/eval/vervolg.md, and the tuning half's misses to vervolg-missers-afstemmen.md.
"""
import sys
from collections import Counter, defaultdict
from typing import Dict, List, Optional, Tuple

import httpx
import yaml

from scripts.eval_dialogue import NUMBER_OF_ROUTE, OUT, answered_entries, entry_markers, judge_route
from scripts.stack import ROOT, on_a_fresh_stack
from veilig.regions import find_municipality

DATA = ROOT / "tests" / "data"
SETS = (("afstemmen", "vervolg_afstemmen.yml"), ("afstemmen2", "vervolg_afstemmen2.yml"),
        ("afstemmen3", "vervolg_afstemmen3.yml"), ("afstemmen4", "vervolg_afstemmen4.yml"),
        ("afstemmen5", "vervolg_afstemmen5.yml"), ("afstemmen6", "vervolg_afstemmen6.yml"),
        ("afstemmen7", "vervolg_afstemmen7.yml"), ("afstemmen8", "vervolg_afstemmen8.yml"),
        ("afstemmen9", "vervolg_afstemmen9.yml"),
        ("afstemmen10", "vervolg_afstemmen10.yml"), ("afstemmen11", "vervolg_afstemmen11.yml"),
        ("afstemmen12", "vervolg_afstemmen12.yml"),
        ("toets", "vervolg_toets.yml"))
# Standard replies that tell the person the bot cannot help: wrong for anyone in a conversation
# about violence, counted apart.
GIVING_UP = ("Daar kan ik je helaas niet mee helpen", "Sorry, dat begrijp ik niet goed")


def load(name: str) -> List[Dict]:
    path = DATA / name
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.exists() else []


def expectation(message: Dict) -> Tuple[str, object]:
    for kind in ("route", "kennis", "nummer", "lokaal"):
        if kind in message:
            if kind == "route" and message[kind] != "acuut" and message[kind] not in NUMBER_OF_ROUTE:
                # (a set written with 'route: meldcode' stopped the whole run with a KeyError)
                raise ValueError(f"unknown route {message[kind]!r} for {message.get('tekst')!r}: one of acuut, "
                                 f"{', '.join(NUMBER_OF_ROUTE)}")
            return kind, message[kind]
    raise ValueError(f"no expectation for {message.get('tekst')!r}")


def judge(kind: str, expected: object, messages: List[Dict], text: str, website: Optional[str],
          markers: Dict[str, List[str]]) -> str:
    """'goed', or what went wrong."""
    reply = "\n".join(m["text"] for m in messages)
    if kind == "route":
        return "goed" if judge_route(messages, str(expected)) else "fout route"
    if kind == "nummer":
        return "goed" if str(expected) in reply else "geen nummer"
    if kind == "lokaal":
        place = find_municipality(text) or (find_municipality(website) if website else None)
        return "goed" if place and f"In {place.name} kun je terecht bij" in reply else "geen lokaal team"
    wanted = set(expected if isinstance(expected, list) else [expected])
    found = answered_entries(messages, markers)
    if wanted & set(found):
        return "goed"
    if found:
        return "fout zeker"
    offered = {b["payload"].split('"kennis_id": "')[-1].split('"')[0]
               for m in messages for b in m.get("buttons") or [] if b["payload"].startswith("/kennis_item")}
    return "keuzes" if wanted & offered else "geen antwoord"


def run_conversation(client: httpx.Client, url: str, conversation: Dict) -> List[List[Dict]]:
    session: Optional[str] = None
    replies = []
    for message in conversation["berichten"]:
        body = {"session_id": session, "message": message["tekst"]}
        if conversation.get("gemeente"):
            body["gemeente"] = conversation["gemeente"]
        response = client.post(f"{url}/api/chat", json=body, timeout=60)
        response.raise_for_status()
        session = response.json()["session_id"]
        replies.append(response.json()["messages"])
    return replies


def evaluate(url: str, misses: List[str], parts: Tuple[str, ...] = ()) -> str:
    markers = entry_markers()
    table: Dict[tuple, Counter] = defaultdict(Counter)
    with httpx.Client() as client:
        for part, name in SETS:
            if parts and part not in parts:
                continue
            for conversation in load(name):
                replies = run_conversation(client, url, conversation)
                for position, (message, messages) in enumerate(zip(conversation["berichten"], replies)):
                    kind, expected = expectation(message)
                    verdict = judge(kind, expected, messages, message["tekst"], conversation.get("gemeente"), markers)
                    key = (part, "eerste" if position == 0 else "vervolg", kind)
                    table[key]["n"] += 1
                    table[key][verdict] += 1
                    gave_up = any(m["text"].startswith(GIVING_UP) for m in messages)
                    table[key]["opgegeven"] += gave_up
                    if verdict != "goed" and part != "toets":
                        first = messages[0]["text"].replace("\n", " / ")[:90] if messages else ""
                        misses.append(f"- {conversation['gesprek']} #{position + 1} ({kind} {expected}): "
                                      f"{message['tekst']!r} -> {verdict}: {first!r}")
    return report(table)


def report(table: Dict[tuple, Counter]) -> str:
    columns = ["n", "goed", "fout zeker", "keuzes", "geen antwoord", "fout route", "geen nummer",
               "geen lokaal team", "opgegeven"]
    lines = ["# Gesprekken: het antwoord op elk bericht, ook na het eerste", "",
             "'opgegeven': het antwoord begint met 'Daar kan ik je helaas niet mee helpen' of "
             "'Sorry, dat begrijp ik niet goed'.", "",
             "| deel | bericht | verwachting | " + " | ".join(columns) + " | % goed |",
             "|---" * (len(columns) + 4) + "|"]
    totals: Dict[tuple, Counter] = defaultdict(Counter)
    for (part, position, kind), counts in sorted(table.items()):
        lines.append(f"| {part} | {position} | {kind} | " + " | ".join(str(counts[c]) for c in columns)
                     + f" | {counts['goed'] / max(1, counts['n']):.0%} |")
        totals[(part, position)].update(counts)
    lines.append("")
    for (part, position), counts in sorted(totals.items()):
        lines.append(f"- {part}, {position}: {counts['goed']}/{counts['n']} goed "
                     f"({counts['goed'] / max(1, counts['n']):.0%}), fout zeker {counts['fout zeker']}, "
                     f"opgegeven {counts['opgegeven']}")
    return "\n".join(lines) + "\n"


def main() -> int:
    """`python -m scripts.eval_follow_up [part ...]` measures only those parts (e.g. afstemmen)."""
    misses: List[str] = []
    parts = tuple(sys.argv[1:])
    text = on_a_fresh_stack(lambda url: evaluate(url, misses, parts))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "vervolg.md").write_text(text, encoding="utf-8")
    (OUT / "vervolg-missers-afstemmen.md").write_text(
        "# Missers in de afstemgesprekken\n\n" + "\n".join(misses) + "\n", encoding="utf-8")
    print(text)
    print(f"eval: report in {(OUT / 'vervolg.md').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
