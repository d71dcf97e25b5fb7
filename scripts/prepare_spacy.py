"""Write the Dutch spaCy pipeline that bot/config.yml loads from bot/spacy_nl.

nl_core_news_sm is used when it is installed; it cannot be downloaded on the build machines,
so the fallback is spacy.blank("nl") with the lookup lemmatizer from spacy-lookups-data.
"""
import sys
from pathlib import Path

import spacy

TARGET = Path(__file__).resolve().parent.parent / "bot" / "spacy_nl"


def build() -> str:
    try:
        nlp = spacy.load("nl_core_news_sm")
        kind = "nl_core_news_sm"
    except OSError:
        nlp = spacy.blank("nl")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        kind = "blank nl + lookup lemmas"
    nlp.to_disk(TARGET)
    (TARGET / "SOURCE").write_text(kind + "\n")
    return kind


if __name__ == "__main__":
    if (TARGET / "SOURCE").exists() and "--force" not in sys.argv:
        sys.exit(0)
    print(f"spaCy pipeline for Dutch: {build()} -> {TARGET}")
