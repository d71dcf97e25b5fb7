"""`make eval-dialoog`: the whole bot judged on real questions and off-topic messages.

Starts its own stack (Rasa, action server, gateway) on free ports and sends every message of
tests/data/echte_vragen.yml (real questions copied from public pages) and
tests/data/buiten_scope_set.yml (off-topic messages), and the second tuning sets
(echte_vragen_afstemmen2.yml to afstemmen14.yml, in_nood_echt.yml, buiten_scope_afstemmen2.yml), each as the first message of a new
conversation. Each reply is judged:
- a question with expected entries: 'goed' when the bot answers with one of them, 'fout zeker'
  when it answers with another entry (confident-wrong), else 'keuzes' or 'geen antwoord';
- a person in need (route): 'goed' when the first message carries that route's number (112 in
  the first line for acute danger; 0800-2000 for a victim, bystander, pleger or older person;
  the Kindertelefoon for a child; the CSG for sexual violence), which is the service's promise;
  'zelfde route' counts the replies that also start with that very route's first message, 'nummer
  in antwoord' those with the route's number anywhere in the first reply;
- an off-topic message: 'in nood gerouteerd' when it gets a route meant for people in need,
  'kennis gegeven' when it gets an entry's answer (either is wrong).
Figures per category and per half ('afstemmen' may be tuned on, 'toets' is never looked at
while tuning; 'nlu_toets' are the people in need of the held-out NLU set, used for error analysis
before, so not blind). Writes results/eval/dialoog.md.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from typing import Dict, List, Optional

import httpx
import yaml

from scripts.stack import ROOT, on_a_fresh_stack
from veilig.formal import to_formal
from veilig.knowledge.entries import load_entries
from veilig.contacts import render
from veilig.paths import knowledge_dir
from veilig.routes import route_messages
from veilig.safety_lines import without_repeated_112

DATA = ROOT / "tests" / "data"
OUT = ROOT / "results" / "eval"
IN_NEED_ROUTES = ("acuut", "omstander", "slachtoffer", "kind", "pleger", "ouderen", "seksueel_geweld")


_YES_OR_NO = re.compile(r"^(Ja|Nee)[.,]\s+\S")
# An opening 112 question, which the answer leaves out after a route's number line in the same reply
# (veilig.safety_lines.without_repeated_112).
_OPENING_112 = re.compile(r"^(Ben je nu in gevaar|Is er nu gevaar|In gevaar)\? Bel 112\.\s+(?=\S)")


MIN_MARKER = 25  # characters: 'Dat kan' alone was found in answers that end "... hoe dat kan."


def _first_sentence(text: str) -> str:
    """The first sentence, after an opening 112 question and a 'Ja.' or 'Nee,' (which the answer may
    leave out: veilig.safety_lines.without_repeated_112, veilig.answers.fitting_start), and without
    its first letter after a 'Ja.' or 'Nee,', whose case then changes."""
    rendered = _OPENING_112.sub("", render(text), count=1)
    if _YES_OR_NO.match(rendered):
        rendered = _YES_OR_NO.sub("", rendered, count=1)
    # A short first sentence ("Dat kan.", "Soms wel.") is found in other answers too: the next one joins it.
    sentences = rendered.split(". ")
    marker = sentences[0]
    for sentence in sentences[1:]:
        if len(marker) >= MIN_MARKER:
            break
        marker += ". " + sentence
    return marker[:70]


def entry_markers() -> Dict[str, List[str]]:
    """A piece of each entry's short answer (plain and in the 'u' register) to find it in a reply."""
    entries, _ = load_entries(knowledge_dir())
    # The 'u' form of the whole text, then its first sentence: alone, "Werk je met ...?" loses
    # the question mark that tells the rewrite 'je' is the subject ("Werkt u met ...").
    return {e.id: [_first_sentence(e.short), _first_sentence(to_formal(render(e.short)))] for e in entries}


def answered_entries(messages: List[Dict], markers: Dict[str, List[str]]) -> List[str]:
    """Entries answered: their first sentence in a message that carries a source line, which every
    answer from the knowledge base has (veilig/answers.py). Route texts are not answers, also where
    an entry starts with the same words ("Bel Veilig Thuis: 0800-2000")."""
    answers = "\n".join(m["text"] for m in messages if any(line.startswith("Bron: ") for line in m["text"].splitlines()))
    return [eid for eid, marks in markers.items() if any(m and m in answers for m in marks)]


def route_starts(route: str) -> List[str]:
    return [route_messages(route)[0]["text"]]


NUMBER_OF_ROUTE = {"omstander": "0800-2000", "slachtoffer": "0800-2000", "pleger": "0800-2000", "ouderen": "0800-2000",
                   "kind": "0800-0432", "seksueel_geweld": "0800-0188",
                   "professional": "0800-2000"}  # the meldcode route: advice at Veilig Thuis


def judge_route(messages: List[Dict], route: str) -> bool:
    """The person gets the number of their route in the first message (112 first when acute)."""
    if not messages:
        return False
    texts = [m["text"] for m in messages]
    if route == "acuut":
        return "112" in texts[0].split("\n")[0]
    # The first message, or the one after the 112 line of a weak danger sign.
    first = texts[1] if texts[0] == route_messages("gevaar_eerst")[0]["text"] and len(texts) > 1 else texts[0]
    return NUMBER_OF_ROUTE[route] in first


def number_in_reply(messages: List[Dict], route: str) -> bool:
    """The route's number anywhere in the first reply (112 first for acute danger counts too)."""
    if route == "acuut":
        return judge_route(messages, route)
    return NUMBER_OF_ROUTE[route] in "\n".join(m["text"] for m in messages)


def _as_sent(text: str) -> List[str]:
    """A route's first message as sent: whole, or after the 112 line of a weak danger sign without
    its own 112 question (veilig/safety_lines.without_repeated_112)."""
    return [text, without_repeated_112([{"text": "Bel 112."}, {"text": text}])[-1]["text"]]


def same_route(messages: List[Dict], route: str) -> bool:
    texts = [m["text"] for m in messages[:2]]
    return bool(messages) and any(start in texts for start in _as_sent(route_starts(route)[0]))


def in_need_reply(messages: List[Dict]) -> bool:
    texts = [m["text"] for m in messages]
    starts = {route_messages(r)[0]["text"] for r in IN_NEED_ROUTES} | {route_messages("gevaar_eerst")[0]["text"]}
    return bool(texts) and texts[0] in starts


NLU_ROUTES = {"acuut_gevaar": "acuut", "zorgen_omstander": "omstander", "slachtoffer": "slachtoffer",
              "pleger": "pleger", "ouderen": "ouderen", "kind_jongere": "kind"}


def _nlu_examples(intent: str) -> List[str]:
    blocks = yaml.safe_load((DATA / "nlu_testset.yml").read_text(encoding="utf-8"))["nlu"]
    block = next(b for b in blocks if b.get("intent") == intent)
    return [line.strip()[2:] for line in block["examples"].splitlines() if line.strip().startswith("- ")]


def send(client: httpx.Client, url: str, text: str) -> List[Dict]:
    response = client.post(f"{url}/api/chat", json={"session_id": None, "message": text}, timeout=60)
    response.raise_for_status()
    return response.json()["messages"]


def evaluate(url: str, misses: List[str], per_question: Optional[List[Dict]] = None) -> str:
    """Judges every message; the tuning halves' misses go to `misses` (never the test half's), and
    what each tuning question was answered with to `per_question` (to compare two runs)."""
    per_question = [] if per_question is None else per_question
    markers = entry_markers()
    questions = yaml.safe_load((DATA / "echte_vragen.yml").read_text(encoding="utf-8"))
    off_topic = yaml.safe_load((DATA / "buiten_scope_set.yml").read_text(encoding="utf-8"))
    # The second tuning sets (never the test half) are measured too, as 'afstemmen2'.
    questions += [dict(item, deel="afstemmen2") for item in
                  yaml.safe_load((DATA / "echte_vragen_afstemmen2.yml").read_text(encoding="utf-8")) or []]
    for number in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14):
        questions += [dict(item, deel=f"afstemmen{number}") for item in
                      yaml.safe_load((DATA / f"echte_vragen_afstemmen{number}.yml").read_text(encoding="utf-8")) or []]
    off_topic += [dict(item, deel="afstemmen2") for item in
                  yaml.safe_load((DATA / "buiten_scope_afstemmen2.yml").read_text(encoding="utf-8")) or []]
    # Real messages of people in need from forums and readers' letters (measured once, then tuned on).
    in_need = DATA / "in_nood_echt.yml"
    if in_need.exists():
        questions += [dict(item, deel="in_nood_echt") for item in yaml.safe_load(in_need.read_text(encoding="utf-8")) or []]
    # The people in need of the held-out NLU set (tests/data/nlu_testset.yml), as 'nlu_toets'.
    questions += [{"vraag": text, "route": route, "categorie": "in_nood", "deel": "nlu_toets"}
                  for intent, route in NLU_ROUTES.items() for text in _nlu_examples(intent)]
    table: Dict[tuple, Counter] = defaultdict(Counter)
    with httpx.Client() as client:
        for item in questions:
            messages = send(client, url, item["vraag"])
            key = (item["categorie"], item["deel"])
            table[key]["n"] += 1
            if item.get("route"):
                right = judge_route(messages, item["route"])
                table[key]["goed" if right else "fout route"] += 1
                table[key]["nummer in antwoord"] += number_in_reply(messages, item["route"])
                if not right and item["deel"] not in ("toets", "nlu_toets"):
                    misses.append(f"- {key[0]} ({item['deel']}), route {item['route']}: {item['vraag']!r} -> "
                                  f"{(messages[0]['text'] if messages else '')[:80]!r}")
                table[key]["zelfde route"] += same_route(messages, item["route"])
                continue
            expected = set(item.get("verwacht") or [])
            found = answered_entries(messages, markers)
            if not expected:
                table[key]["zonder verwacht"] += 1
                table[key]["fout zeker" if found else "goed"] += 1
            elif expected & set(found):
                table[key]["goed"] += 1
            elif found:
                table[key]["fout zeker"] += 1
            elif any(b["payload"].startswith("/kennis_item") for m in messages for b in m.get("buttons") or []
                     if "kies" in m["text"].lower()):
                table[key]["keuzes"] += 1
            else:
                table[key]["geen antwoord"] += 1
            if item["deel"] not in ("toets", "nlu_toets"):
                per_question.append({"deel": item["deel"], "vraag": item["vraag"], "gevonden": found})
        for item in off_topic:
            messages = send(client, url, item["tekst"])
            key = ("buiten_scope:" + item["soort"], item["deel"])
            table[key]["n"] += 1
            wrong = in_need_reply(messages)
            answered = answered_entries(messages, markers)
            table[key]["in nood gerouteerd" if wrong else "kennis gegeven" if answered else "goed"] += 1
            if (wrong or answered) and item["deel"] != "toets":
                misses.append(f"- {key[0]} ({item['deel']}): {item['tekst']!r} -> {messages[0]['text'][:80]!r}")
    return report(table)


def report(table: Dict[tuple, Counter]) -> str:
    columns = ["n", "goed", "fout zeker", "keuzes", "geen antwoord", "fout route", "zelfde route", "nummer in antwoord",
               "in nood gerouteerd", "kennis gegeven"]
    lines = ["# Dialoog op echte vragen en berichten buiten het onderwerp", "",
             "| categorie | deel | " + " | ".join(columns) + " | % goed |", "|---" * (len(columns) + 3) + "|"]
    totals: Dict[str, Counter] = defaultdict(Counter)
    for (category, part), counts in sorted(table.items()):
        share = counts["goed"] / max(1, counts["n"])
        lines.append(f"| {category} | {part} | " + " | ".join(str(counts[c]) for c in columns) + f" | {share:.0%} |")
        totals[part].update(counts)
    lines.append("")
    for part, counts in sorted(totals.items()):
        lines.append(f"- {part}: {counts['goed']}/{counts['n']} goed ({counts['goed'] / max(1, counts['n']):.0%}), "
                     f"fout zeker {counts['fout zeker']}, buiten scope in nood gerouteerd {counts['in nood gerouteerd']}, "
                     f"buiten scope met kennis beantwoord {counts['kennis gegeven']}")
    return "\n".join(lines) + "\n"


def main() -> int:
    misses: List[str] = []
    per_question: List[Dict] = []
    text = on_a_fresh_stack(lambda url: evaluate(url, misses, per_question))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dialoog.md").write_text(text, encoding="utf-8")
    # Only the tuning halves: the test half stays unseen, so its misses are never written out.
    (OUT / "dialoog-missers-afstemmen.md").write_text(
        "# Missers op de afstemdelen (route of buiten scope)\n\n" + "\n".join(misses) + "\n", encoding="utf-8")
    (OUT / "dialoog-afstemmen-per-vraag.json").write_text(
        json.dumps(per_question, ensure_ascii=False, indent=0), encoding="utf-8")
    print(text)
    print(f"eval: report in {(OUT / 'dialoog.md').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
