"""Municipalities and their region, matched however people type the name."""
import difflib
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

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


# Tables built from the knowledge files, kept until a file is reloaded (load_knowledge_yaml then
# returns a new object): every message looks for a place name, so they are not rebuilt each time.
_DERIVED: Dict[str, Tuple[Any, Any]] = {}


def _derived(name: str, sources: Tuple[Any, ...], build: Callable[..., Any]) -> Any:
    cached = _DERIVED.get(name)
    if cached is None or len(cached[0]) != len(sources) or any(a is not b for a, b in zip(cached[0], sources)):
        cached = (sources, build(*sources))
        _DERIVED[name] = cached
    return cached[1]


def municipalities() -> Dict[str, Municipality]:
    def build(regions, data):
        return {key: Municipality(key, item["naam"], item["regio"], regions[item["regio"]], item.get("lokaal_team") or {})
                for key, item in data.items()}

    return _derived("municipalities", (load_knowledge_yaml("regios.yml"), load_knowledge_yaml("gemeenten.yml")), build)


def _variants() -> List[Tuple[str, str]]:
    """(folded variant, municipality key), longest first so 'oost gelre' beats 'gelre'."""
    def build(data):
        pairs = [(fold(name), key) for key, item in data.items() for name in [item["naam"], *(item.get("varianten") or [])]]
        return sorted(set(pairs), key=lambda p: -len(p[0]))

    return _derived("variants", (load_knowledge_yaml("gemeenten.yml"),), build)


def _other_municipalities() -> Dict[str, str]:
    def build(data):
        return {fold(n): n for n in data.get("gemeenten", [])}

    return _derived("others", (load_knowledge_yaml("gemeenten-buiten-regio.yml"),), build)


def names_of(municipality: Municipality) -> List[str]:
    """The municipality's name and its variants, folded ('loon op zand', 'kaatsheuvel', ...)."""
    return [variant for variant, key in _variants() if key == municipality.key]


def place_words() -> List[str]:
    """Every word of a municipality's name, ours (with variants) and the others: words the spelling
    correction must keep ("waar in breda kan ik terecht" was read as 'brede', thirty-fifth session)."""
    names = [variant for variant, _ in _variants()] + list(_other_municipalities())
    return sorted({word for name in names for word in name.split() if word.isalpha()})


def _close_candidates() -> Dict[str, List[Tuple[str, str]]]:
    """Variants of 5+ letters by first letter: a typo rarely hits the first letter, and comparing
    a word with only these keeps the close-spelling match cheap."""
    def build(variants):
        table: Dict[str, List[Tuple[str, str]]] = {}
        for variant, key in variants:
            if len(variant) >= 5:
                table.setdefault(variant[0], []).append((variant, key))
        return table

    return _derived("close", (_variants(),), build)


_FOUND_KEPT = 2048  # messages whose answer is remembered; the close-spelling match is the costly part


def find_municipality(text: str) -> Optional[Municipality]:
    """Find a municipality of our regions in free text, or None.

    Exact (folded) names win; then names typed without spaces or hyphens; then a close
    spelling match on single words or word pairs, which never overrides a known
    municipality outside the regions ("Roosendaal" is not "Rozendaal"). One message is looked
    up several times per turn, so answers are remembered until a knowledge file is reloaded.
    """
    found: Dict[str, Optional[Municipality]] = _derived(
        "found", (load_knowledge_yaml("regios.yml"), load_knowledge_yaml("gemeenten.yml"),
                  load_knowledge_yaml("gemeenten-buiten-regio.yml")), lambda *_: {})
    if text not in found:
        if len(found) >= _FOUND_KEPT:
            found.clear()
        found[text] = _find_municipality(text)
    return found[text]


def _find_municipality(text: str) -> Optional[Municipality]:
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
    by_letter = _close_candidates()
    for gram in grams:
        if len(gram) < 5 or not _may_be_a_misspelt_place(words, gram):
            continue
        candidates = {variant: key for variant, key in by_letter.get(gram[0], []) if abs(len(variant) - len(gram)) <= 3}
        close = difflib.get_close_matches(gram, list(candidates), n=1, cutoff=0.8)
        if close:
            return table[candidates[close[0]]]
    return None


# A close spelling is only taken for a place where a place is expected: a reply of a few words
# ("apeldorn", "ik woon in ulft") or after a word that introduces one. In a sentence, ordinary
# words are close to names too: "hij hoort alles" is not Horst.
_PLACE_CUES = frozenset("in uit bij te rond buurt omgeving gemeente woonplaats regio wijk".split())
_FEW_WORDS = 3


def _may_be_a_misspelt_place(words: List[str], gram: str) -> bool:
    if len(words) <= _FEW_WORDS:
        return True
    first = gram.split()[0]
    return any(word == first and i > 0 and words[i - 1] in _PLACE_CUES for i, word in enumerate(words))


def find_other_municipality(text: str) -> Optional[str]:
    """A Dutch municipality outside our regions named in the text, for an honest answer."""
    folded = f" {fold(text)} "
    longest_first = _derived("others_longest_first", (_other_municipalities(),),
                             lambda others: sorted(others.items(), key=lambda p: -len(p[0])))
    for variant, name in longest_first:
        if f" {variant} " in folded:
            return name
    return None
