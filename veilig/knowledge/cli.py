"""Command-line tool for content editors: check, build, zoek, reload, bench (Dutch messages)."""
import argparse
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List

import httpx
import yaml

from veilig.knowledge.check import check_knowledge
from veilig.knowledge.index import build_index
from veilig.knowledge.search import KnowledgeSearch, source_line
from veilig.paths import ROOT, knowledge_dir


def cmd_check(_args) -> int:
    problems = check_knowledge(knowledge_dir())
    errors = [p for p in problems if p.level == "fout"]
    for problem in problems:
        print(problem)
    print(f"\n{len(errors)} fout(en), {len(problems) - len(errors)} waarschuwing(en).")
    if errors:
        print("Herstel de fouten en voer de controle opnieuw uit. De bot blijft tot dan de laatste goede versie gebruiken.")
        return 1
    print("Alles is in orde.")
    return 0


def cmd_build(args) -> int:
    result = build_index(force=args.force)
    for problem in result.problems:
        print(problem)
    if not result.ok:
        print("De index is NIET opnieuw gebouwd: herstel eerst de fouten. De bot gebruikt de laatste goede versie.")
        return 1
    if result.built:
        print(f"Index gebouwd: {result.entries} items in {result.seconds * 1000:.0f} ms.")
    else:
        print("De index was al bij; er is niets veranderd.")
    return 0


def cmd_zoek(args) -> int:
    question = " ".join(args.vraag).strip()
    if not question:
        print('Geef een vraag mee, bijvoorbeeld: make kennis-zoek Q="wat is een huisverbod"')
        return 2
    build_index()
    search = KnowledgeSearch()
    hits = search.search(question, limit=3)
    if not hits or not hits[0].confident:
        print("De bot zou zeggen dat hij hier geen goed antwoord op heeft, en Veilig Thuis noemen.")
    else:
        best = hits[0]
        print(f"De bot zou antwoorden met '{best.title}' ({best.id}):\n")
        print(best.text)
        print(source_line(best.document, best.section, best.url))
    if hits:
        print("\nBeste treffers:")
        for hit in hits:
            print(f"  {hit.score:7.2f}  dekking {hit.coverage:.0%}  {hit.id}  ({hit.title})")
    return 0


def cmd_reload(args) -> int:
    result = build_index()
    for problem in result.problems:
        print(problem)
    if not result.ok:
        print("Niet herladen: herstel eerst de fouten. De bot gebruikt de laatste goede versie.")
        return 1
    # The services reopen the index file by themselves once it has been replaced.
    print("De nieuwe kennis is actief." if result.built else "Er was niets veranderd.")
    token = os.environ.get("KNOWLEDGE_ADMIN_TOKEN")
    if token and args.url:
        try:
            response = httpx.post(f"{args.url}/api/admin/knowledge/reload", headers={"Authorization": f"Bearer {token}"}, timeout=30)
            print(f"Gateway: {response.status_code}")
        except httpx.HTTPError:
            print("Gateway niet bereikbaar; de services lezen de nieuwe index vanzelf zodra ze draaien.")
    return 0


def _expected(item) -> set:
    value = item.get("verwacht")
    return set(value) if isinstance(value, list) else ({value} if value else set())


def answer_table(search: KnowledgeSearch, path: Path, part_name: str = "") -> List[str]:
    """What the bot would do with each real question that has an expected entry, per half:
    answered right, answered wrong (confident and wrong), choices offered, no answer. The meaning
    opinion is asked, as for a message the classifier holds for ours."""
    from veilig.dialogue_order import find_in_knowledge

    counts: Dict[str, Counter] = defaultdict(Counter)
    for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        wanted = _expected(item)
        if not wanted:
            continue
        found = find_in_knowledge(search, item["vraag"], by_meaning=True)
        part = part_name or item.get("deel", "alle")
        counts[part]["n"] += 1
        if found.entry_id:
            counts[part]["goed beantwoord" if found.entry_id in wanted else "fout beantwoord"] += 1
        elif found.choices:
            counts[part]["keuzes (goede erbij)" if wanted & set(found.choices) else "keuzes (zonder goede)"] += 1
        else:
            counts[part]["geen antwoord"] += 1
    columns = ["goed beantwoord", "fout beantwoord", "keuzes (goede erbij)", "keuzes (zonder goede)", "geen antwoord"]
    lines = [f"{'deel':<10} {'n':>4} " + " ".join(f"{c:>22}" for c in columns)]
    for part, count in sorted(counts.items()):
        n = max(1, count["n"])
        lines.append(f"{part:<10} {count['n']:>4} " + " ".join(f"{count[c]:>3} ({count[c] / n:>4.0%})".rjust(22) for c in columns))
    return lines


def cmd_bench(args) -> int:
    started = time.perf_counter()
    result = build_index(force=True)
    build_seconds = time.perf_counter() - started
    if not result.ok:
        print("Bouwen mislukt; voer eerst 'make kennis-check' uit.")
        return 1
    questions = yaml.safe_load(Path(args.vragen).read_text(encoding="utf-8"))
    search = KnowledgeSearch()
    search.search("opwarmen")
    timings, top1, top3, right_sure, wrong_sure, null_sure = [], 0, 0, 0, 0, 0
    for item in questions * args.herhaal:
        t0 = time.perf_counter()
        hits = search.search(item["vraag"], limit=3)
        timings.append((time.perf_counter() - t0) * 1000)
    # 'verwacht: null' marks a question the knowledge base cannot answer: it must never be confident.
    answerable = [item for item in questions if item.get("verwacht")]
    unanswerable = [item for item in questions if not item.get("verwacht")]
    for item in answerable:
        hits = search.search(item["vraag"], limit=3)
        ids = [h.id for h in hits]
        wanted = _expected(item)
        top1 += bool(ids) and ids[0] in wanted
        top3 += bool(wanted & set(ids))
        if hits and hits[0].confident:
            right_sure += ids[0] in wanted
            wrong_sure += ids[0] not in wanted
    for item in unanswerable:
        null_sure += any(h.confident for h in search.search(item["vraag"], limit=3))
    timings.sort()

    def p(q: float) -> float:
        return timings[min(len(timings) - 1, int(q * len(timings)))]
    n = max(1, len(answerable))
    print(f"index build: {build_seconds * 1000:.0f} ms for {result.entries} entries")
    print(f"search latency over {len(timings)} queries: p50 {statistics.median(timings):.2f} ms, p95 {p(0.95):.2f} ms, p99 {p(0.99):.2f} ms")
    print(f"hit rate on {len(answerable)} answerable questions: top-1 {top1 / n:.1%}, top-3 {top3 / n:.1%}, "
          f"confident and right {right_sure / n:.1%}, confident and wrong {wrong_sure / n:.1%} ({wrong_sure})")
    if unanswerable:
        print(f"questions without an answer: {len(unanswerable)}, confident anyway: {null_sure}")
    real = Path(args.echte_vragen)
    if real.exists():
        print(f"\nreal questions ({real.name}; the tuning sets beside it), as the bot would answer them:")
        print("\n".join(answer_table(search, real)))
        for extra in sorted(real.parent.glob(real.stem + "_afstemmen*.yml")):
            print("\n".join(answer_table(search, extra, extra.stem.rsplit("_", 1)[-1])[1:]))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="kennis", description="Kennisbank controleren, bouwen en doorzoeken.")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    sub.add_parser("check", help="controleer alle kennisbestanden").set_defaults(func=cmd_check)
    build = sub.add_parser("build", help="bouw de zoekindex opnieuw")
    build.add_argument("--force", action="store_true", help="ook als er niets veranderd is")
    build.set_defaults(func=cmd_build)
    zoek = sub.add_parser("zoek", help="laat zien wat de bot zou antwoorden")
    zoek.add_argument("vraag", nargs="*")
    zoek.set_defaults(func=cmd_zoek)
    reload = sub.add_parser("reload", help="controleer, bouw en activeer de nieuwe kennis")
    reload.add_argument("--url", default=os.environ.get("GATEWAY_URL", "http://127.0.0.1:8000"))
    reload.set_defaults(func=cmd_reload)
    bench = sub.add_parser("bench", help="meet bouwtijd en zoeksnelheid")
    bench.add_argument("--vragen", default=str(ROOT / "tests" / "data" / "kennis_vragen.yml"))
    bench.add_argument("--herhaal", type=int, default=20)
    bench.add_argument("--echte-vragen", default=str(ROOT / "tests" / "data" / "echte_vragen.yml"))
    bench.set_defaults(func=cmd_bench)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
