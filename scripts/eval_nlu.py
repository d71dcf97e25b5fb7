"""`make eval`: 5-fold cross-validation of the NLU pipeline, plus the held-out test set.

Writes results/eval/ (Rasa's reports and the confusion-matrix PNG) and results/eval/report.md
with per-intent F1, and prints the macro-F1 of both.
"""
import json
import subprocess
import sys
from pathlib import Path

from scripts.train import MODEL, ROOT, rasa_env
from veilig.paths import RASA_BIN

OUT = ROOT / "results" / "eval"


def rasa(*args: str) -> None:
    subprocess.run([str(RASA_BIN / "rasa"), *args], cwd=ROOT, env=rasa_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def per_intent(report_path: Path):
    report = json.loads(report_path.read_text())
    rows = {k: v for k, v in report.items() if isinstance(v, dict) and "f1-score" in v and not k.endswith("avg")}
    return report["macro avg"]["f1-score"], rows


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    print("eval: 5-fold cross-validation on data/nlu (several minutes)")
    rasa("test", "nlu", "--nlu", "data/nlu", "--config", "bot/config.yml", "--cross-validation", "--folds", "5",
         "--out", str(OUT / "cross_validation"))
    print("eval: held-out set tests/data/nlu_testset.yml with the trained model")
    rasa("test", "nlu", "--nlu", "tests/data/nlu_testset.yml", "--model", str(MODEL), "--out", str(OUT / "holdout"))
    lines = ["# NLU evaluation", ""]
    for title, folder in (("5-fold cross-validation (data/nlu)", "cross_validation"), ("Held-out set (tests/data/nlu_testset.yml)", "holdout")):
        macro, rows = per_intent(OUT / folder / "intent_report.json")
        print(f"{title}: macro-F1 {macro:.3f}")
        lines += [f"## {title}", "", f"macro-F1: **{macro:.3f}**", "", "| intent | precision | recall | F1 | n |", "|---|---|---|---|---|"]
        lines += [f"| {name} | {row['precision']:.2f} | {row['recall']:.2f} | {row['f1-score']:.2f} | {row['support']} |"
                  for name, row in sorted(rows.items(), key=lambda item: item[1]["f1-score"])]
        lines += ["", f"Confusion matrix: `{folder}/intent_confusion_matrix.png`", ""]
    (OUT / "report.md").write_text("\n".join(lines))
    print(f"eval: report in {OUT / 'report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
