"""Municipalities and their region, matched however people type the name."""
import difflib
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from veilig.text import fold, squash
from veilig.yamlfiles import load_knowledge_yaml


@dataclass(frozen=True)
class Municipality:
    key: str
    name: str
    region_key: str
    region: dict
    local_team: dict

    @property
    def veilig_thuis(self) -> str:
        return self.region["veilig_thuis"]


def municipalities() -> Dict[str, Municipality]:
    regions = load_knowledge_yaml("regios.yml")
    data = load_knowledge_yaml("gemeenten.yml")
    return {
        key: Municipality(key, item["naam"], item["regio"], regions[item["regio"]], item.get("lokaal_team") or {})
        for key, item in data.items()
    }


def _variants() -> List[Tuple[str, str]]:
    """(folded variant, municipality key), longest first so 'oost gelre' beats 'gelre'."""
    data = load_knowledge_yaml("gemeenten.yml")
    pairs = []
    for key, item in data.items():
        names = [item["naam"], *(item.get("varianten") or [])]
        for name in names:
            pairs.append((fold(name), key))
    return sorted(set(pairs), key=lambda p: -len(p[0]))


def _other_municipalities() -> Dict[str, str]:
    data = load_knowledge_yaml("gemeenten-buiten-regio.yml")
    return {fold(n): n for n in data.get("gemeenten", [])}


def find_municipality(text: str) -> Optional[Municipality]:
    """Find a municipality of our regions in free text, or None.

    Exact (folded) names win; then names typed without spaces or hyphens; then a close
    spelling match on single words or word pairs, which never overrides a known
    municipality outside the regions ("Roosendaal" is not "Rozendaal").
    """
    folded = fold(text)
    if not folded:
        return None
    table = municipalities()
    padded = f" {folded} "
    for variant, key in _variants():
        if f" {variant} " in padded:
            return table[key]
    squashed = squash(text)
    for variant, key in _variants():
        if len(variant) >= 6 and variant.replace(" ", "") in squashed:
            return table[key]
    others = _other_municipalities()
    words = folded.split()
    grams = words + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + [
        " ".join(words[i:i + 3]) for i in range(len(words) - 2)]
    if any(g in others for g in grams):
        return None
    candidates = {variant: key for variant, key in _variants() if len(variant) >= 5}
    for gram in grams:
        if len(gram) < 5:
            continue
        close = difflib.get_close_matches(gram, list(candidates), n=1, cutoff=0.8)
        if close:
            return table[candidates[close[0]]]
    return None


def find_other_municipality(text: str) -> Optional[str]:
    """A Dutch municipality outside our regions named in the text, for an honest answer."""
    folded = f" {fold(text)} "
    for variant, name in sorted(_other_municipalities().items(), key=lambda p: -len(p[0])):
        if f" {variant} " in folded:
            return name
    return None
