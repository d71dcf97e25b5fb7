"""Validation of every knowledge file, with Dutch messages that name the file and line."""
import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import yaml

from veilig.contacts import PHONE_LIKE, PLACEHOLDER
from veilig.knowledge.entries import AUDIENCES, Entry, load_entries
from veilig.knowledge.kinds import KINDS
from veilig.paths import seeds_dir
from veilig.text import fold

PAGES_KEY = "paginas"  # in bronnen.yml: the public web pages that entries cite

ID_FORMAT = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PHONE_FORMAT = re.compile(r"^(112|144|0800-\d{4}|0900-\d{4}|0\d{2,3}-\d{6,7}|14 0\d{2,3})$")
KENNIS_PAYLOAD = re.compile(r'"kennis_id"\s*:\s*"([^"]+)"')
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MAX_SENTENCES, MAX_WORDS_PER_SENTENCE = 5, 22


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    level: str  # "fout" blocks the build; "waarschuwing" does not
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.level}: {self.message}"


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 1


def _load_yaml(root: Path, name: str, problems: List[Problem]):
    path = root / name
    if not path.exists():
        problems.append(Problem(name, 1, "fout", f"Het bestand {name} ontbreekt."))
        return {}
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problems.append(Problem(name, (mark.line + 1) if mark else 1, "fout",
                                f"Geen geldige YAML ({getattr(error, 'problem', error)}). Controleer inspringing en aanhalingstekens."))
        return {}


def sentences(text: str) -> List[str]:
    plain = re.sub(r"^\s*[-*]\s+", "", text, flags=re.MULTILINE)
    return [s for s in SENTENCE_END.split(plain.replace("\n", " ").strip()) if s.strip()]


def _check_text(file: str, line: int, text: str, contacts: Dict, problems: List[Problem]) -> None:
    for key in PLACEHOLDER.findall(text):
        if key not in contacts:
            problems.append(Problem(file, line, "fout", f"Onbekend nummer {{tel:{key}}}. Kies een sleutel uit contacten.yml: {', '.join(sorted(contacts))}."))
    bare = PHONE_LIKE.search(PLACEHOLDER.sub("", text))
    if bare:
        problems.append(Problem(file, line, "fout", f"Typ geen telefoonnummer ('{bare.group(0)}'). Schrijf {{tel:sleutel}}; nummers staan alleen in contacten.yml."))


def _squeeze(text: str) -> str:
    return " ".join(text.split())


class SourceTexts:
    """The seed documents' text, read once, for checking locators (bron.vindplaats)."""

    def __init__(self) -> None:
        self.folder = seeds_dir()
        self._texts: Dict[str, str] = {}

    @property
    def available(self) -> bool:
        return self.folder.is_dir()

    def text(self, document: str) -> str:
        if document not in self._texts:
            path = self.folder / document
            self._texts[document] = _squeeze(path.read_text(encoding="utf-8")) if path.is_file() else ""
        return self._texts[document]


MIN_ENGLISH_ENTRIES = 40


def _check_english(entry: Entry, rel: str, contacts: Dict, problems: List[Problem]) -> bool:
    """The English block of an entry (engels: titel, synoniemen, kort): complete, same numbers as
    the Dutch short answer. Returns whether the entry has one."""
    english = entry.meta.get("engels")
    if english is None:
        return False
    line = entry.field_lines.get("engels", 2)
    if not isinstance(english, dict) or not english.get("titel") or not english.get("kort"):
        problems.append(Problem(rel, line, "fout", "'engels' heeft 'titel' en 'kort' nodig (en liefst 'synoniemen')."))
        return False
    short = str(english["kort"])
    _check_text(rel, line, short, contacts, problems)
    if set(PLACEHOLDER.findall(short)) != set(PLACEHOLDER.findall(entry.short)):
        problems.append(Problem(rel, line, "fout", "De Engelse tekst moet dezelfde nummers ({tel:...}) hebben als het korte antwoord."))
    if not isinstance(english.get("synoniemen", []), list):
        problems.append(Problem(rel, line, "fout", "'engels.synoniemen' moet een lijst zijn."))
    return True


def _check_source(entry: Entry, rel: str, sources: Dict, pages: set, texts: SourceTexts, problems: List[Problem]) -> None:
    """A national claim cites a page listed in bronnen.yml; a regional one carries a locator that
    occurs in its document, so every claim can be checked against what its source says."""
    line = entry.field_lines.get("bron", 2)
    document = entry.source.get("document", "")
    if document == "landelijk":
        url = entry.source.get("url", "")
        if url and url not in pages:
            problems.append(Problem(rel, line, "fout", f"De pagina {url} staat niet in bronnen.yml onder '{PAGES_KEY}'. "
                                    "Voeg haar daar toe met titel en datum van controle."))
        return
    locator = entry.source.get("vindplaats", "")
    if not locator:
        problems.append(Problem(rel, line, "fout", "Noem onder 'bron' ook 'vindplaats': een korte letterlijke tekst "
                                "(5 tot 15 woorden) uit het brondocument waar de bewering staat."))
    elif texts.available and _squeeze(locator) not in texts.text(document):
        problems.append(Problem(rel, line, "fout", f"De vindplaats '{locator[:60]}' staat niet letterlijk in {document}. "
                                "Kopieer de tekst precies uit het document."))


def _check_entry(entry: Entry, rel: str, sources: Dict, contacts: Dict, ids: set, problems: List[Problem]) -> None:
    lines = entry.field_lines
    if not ID_FORMAT.match(entry.id):
        problems.append(Problem(rel, 1, "fout", "De bestandsnaam mag alleen kleine letters, cijfers en streepjes hebben, bijvoorbeeld 'tijdelijk-huisverbod.md'."))
    if not entry.title:
        problems.append(Problem(rel, lines.get("titel", 2), "fout", "Het veld 'titel' ontbreekt of is leeg."))
    if entry.audience not in AUDIENCES:
        problems.append(Problem(rel, lines.get("doelgroep", 2), "fout", f"'doelgroep' moet een van deze zijn: {', '.join(AUDIENCES)}."))
    document = entry.source.get("document", "")
    if not document:
        problems.append(Problem(rel, lines.get("bron", 2), "fout", "Het veld 'bron' met 'document' en 'sectie' ontbreekt."))
    elif document not in sources or document == PAGES_KEY:
        problems.append(Problem(rel, lines.get("bron", 2), "fout", f"Onbekend brondocument '{document}'. Kies uit bronnen.yml: {', '.join(k for k in sources if k != PAGES_KEY)}."))
    elif document == "landelijk" and not entry.source.get("url"):
        problems.append(Problem(rel, lines.get("bron", 2), "fout", "Bij een landelijke bron hoort 'url' met de openbare bron."))
    elif document != "landelijk" and not entry.source.get("sectie"):
        problems.append(Problem(rel, lines.get("bron", 2), "fout", "Noem onder 'bron' ook de 'sectie': de kop in het document."))
    try:
        datetime.date.fromisoformat(entry.checked)
    except ValueError:
        problems.append(Problem(rel, lines.get("gecontroleerd", 2), "fout", "'gecontroleerd' moet een datum zijn als 2026-11-25."))
    for related in entry.related:
        if related not in ids:
            problems.append(Problem(rel, lines.get("gerelateerd", 2), "fout", f"Gerelateerd item '{related}' bestaat niet. Controleer de naam (bestandsnaam zonder .md)."))
    if not isinstance(entry.meta.get("synoniemen", []), list):
        problems.append(Problem(rel, lines.get("synoniemen", 2), "fout", "'synoniemen' moet een lijst zijn, zoals [woord een, woord twee]."))
    questions = entry.meta.get("vragen", [])
    if not isinstance(questions, list) or not all(isinstance(q, str) and q.strip() for q in questions):
        problems.append(Problem(rel, lines.get("vragen", 2), "fout",
                                "'vragen' moet een lijst met vragen zijn, zoals [\"Hoe doe ik aangifte?\", \"Mag ik anoniem melden?\"]."))
    if "soort" in entry.meta and entry.meta["soort"] not in KINDS:
        problems.append(Problem(rel, lines.get("soort", 2), "fout", f"'soort' moet een van deze zijn: {', '.join(KINDS)}. "
                                "Laat het veld weg als het item geen van deze soorten antwoord geeft."))
    if not entry.short:
        problems.append(Problem(rel, entry.body_line, "fout", "Het korte antwoord ontbreekt: schrijf 2 tot 5 zinnen onder de kop."))
        return
    _check_text(rel, entry.body_line, entry.short + "\n" + entry.long + "\n" + entry.title, contacts, problems)
    found = sentences(entry.short)
    if len(found) > MAX_SENTENCES:
        problems.append(Problem(rel, entry.body_line, "waarschuwing", f"Het korte antwoord heeft {len(found)} zinnen. Houd het bij 2 tot 5 (taalniveau B1)."))
    long_ones = [s for s in found if len(s.split()) > MAX_WORDS_PER_SENTENCE]
    if long_ones:
        problems.append(Problem(rel, entry.body_line, "waarschuwing", f"{len(long_ones)} zin(nen) hebben meer dan {MAX_WORDS_PER_SENTENCE} woorden. Maak ze korter (taalniveau B1)."))


def _check_contacts(contacts: Dict, problems: List[Problem], text: str) -> None:
    for key, item in contacts.items():
        number = str((item or {}).get("telefoon", ""))
        if not PHONE_FORMAT.match(number):
            problems.append(Problem("contacten.yml", _line_of(text, f"{key}:"), "fout",
                                    f"'{key}' heeft geen geldig telefoonnummer ('{number}'). Schrijf het als 0800-2000, 112 of 0123-456789."))


def _check_regions(root: Path, regions: Dict, municipalities: Dict, contacts: Dict, problems: List[Problem]) -> None:
    text = (root / "gemeenten.yml").read_text(encoding="utf-8") if (root / "gemeenten.yml").exists() else ""
    for key, region in regions.items():
        if not (region or {}).get("veilig_thuis"):
            problems.append(Problem("regios.yml", 1, "fout", f"Regio '{key}' mist 'veilig_thuis'."))
    seen: Dict[str, str] = {}
    for key, item in municipalities.items():
        line = _line_of(text, f"{key}:")
        if (item or {}).get("regio") not in regions:
            problems.append(Problem("gemeenten.yml", line, "fout", f"Gemeente '{key}' verwijst naar onbekende regio '{(item or {}).get('regio')}'. Kies uit regios.yml."))
        team = (item or {}).get("lokaal_team") or {}
        if (team.get("website") or team.get("telefoon")) and not str(team.get("bron") or "").startswith("http"):
            problems.append(Problem("gemeenten.yml", line, "fout", f"Het lokale team van '{key}' heeft een website of telefoon "
                                    "maar geen 'bron' (de url van de officiële pagina waar het staat)."))
        if team.get("bron"):
            try:
                datetime.date.fromisoformat(str(team.get("gecontroleerd") or ""))
            except ValueError:
                problems.append(Problem("gemeenten.yml", line, "fout", f"Het lokale team van '{key}' mist 'gecontroleerd' (JJJJ-MM-DD)."))
        if team.get("telefoon") and team["telefoon"] not in contacts:
            problems.append(Problem("gemeenten.yml", line, "fout", f"Telefoon van het lokale team in '{key}' moet een sleutel uit contacten.yml zijn, geen nummer."))
        for name in [(item or {}).get("naam", ""), *((item or {}).get("varianten") or [])]:
            folded = fold(str(name))
            if folded in seen and seen[folded] != key:
                problems.append(Problem("gemeenten.yml", line, "fout", f"De naam '{name}' hoort al bij '{seen[folded]}'."))
            seen[folded] = key


def missing_local_teams(municipalities: Dict) -> List[str]:
    """Municipalities whose local team has no sourced name yet (the bot then says so honestly)."""
    return [key for key, item in municipalities.items() if not ((item or {}).get("lokaal_team") or {}).get("bron")]


def _check_routes(routes: Dict, contacts: Dict, ids: set, problems: List[Problem], text: str) -> None:
    for name, messages in routes.items():
        line = _line_of(text, f"{name}:")
        if not isinstance(messages, list) or not all(isinstance(m, dict) and m.get("tekst") for m in messages):
            problems.append(Problem("routes.yml", line, "fout", f"Route '{name}' moet een lijst berichten zijn, elk met 'tekst'."))
            continue
        for message in messages:
            _check_text("routes.yml", line, message["tekst"], contacts, problems)
            for button in message.get("knoppen") or []:
                payload = str((button or {}).get("payload", ""))
                if not (button or {}).get("titel") or not payload.startswith("/"):
                    problems.append(Problem("routes.yml", line, "fout", f"Een knop in '{name}' heeft een 'titel' en een 'payload' nodig die met / begint."))
                for kennis_id in KENNIS_PAYLOAD.findall(payload):
                    if kennis_id not in ids:
                        problems.append(Problem("routes.yml", _line_of(text, kennis_id), "fout", f"Knop verwijst naar kennisitem '{kennis_id}', dat niet bestaat."))


def _check_languages(root: Path, routes: Dict, contacts: Dict, problems: List[Problem]) -> None:
    """Every language has every first-help route, with the same numbers as the Dutch text and
    112 in the first line where a person may be in danger."""
    from veilig.languages import FIRST_HELP_ROUTES, FOREIGN, WITH_DUTCH_ORIGINAL

    to_review = 0
    for language in FOREIGN:
        name = f"talen/{language}.yml"
        data = _load_yaml(root, name, problems)
        if not data:
            continue
        text = (root / name).read_text(encoding="utf-8")
        translated = data.get("routes") or {}
        for route in FIRST_HELP_ROUTES:
            messages = translated.get(route)
            line = _line_of(text, f"{route}:")
            if not isinstance(messages, list) or not all(isinstance(m, dict) and m.get("tekst") for m in messages):
                problems.append(Problem(name, line, "fout", f"Route '{route}' ontbreekt of heeft geen 'tekst'."))
                continue
            joined = "\n".join(m["tekst"] for m in messages)
            _check_text(name, line, joined, contacts, problems)
            to_review += sum(1 for m in messages if m.get("nakijken"))
            original = routes.get(route) if route in WITH_DUTCH_ORIGINAL else None
            if original:
                wanted = set(PLACEHOLDER.findall("\n".join(m.get("tekst", "") for m in original)))
                if set(PLACEHOLDER.findall(joined)) != wanted:
                    problems.append(Problem(name, line, "fout", f"Route '{route}' moet dezelfde nummers hebben als de "
                                            f"Nederlandse tekst: {', '.join('{tel:' + k + '}' for k in sorted(wanted))}."))
            if route in ("acuut", "slachtoffer", "kind", "storing") and "{tel:alarmnummer}" not in messages[0]["tekst"].split("\n")[0]:
                problems.append(Problem(name, line, "fout", f"In route '{route}' hoort {{tel:alarmnummer}} in de eerste regel."))
    if to_review:
        problems.append(Problem("talen/", 1, "waarschuwing", f"{to_review} vertaalde teksten zijn nog niet nagekeken door "
                                "een moedertaalspreker (nakijken: ja)."))


def check_knowledge(root: Path) -> List[Problem]:
    problems: List[Problem] = []
    contacts = _load_yaml(root, "contacten.yml", problems)
    sources = _load_yaml(root, "bronnen.yml", problems)
    regions = _load_yaml(root, "regios.yml", problems)
    municipalities = _load_yaml(root, "gemeenten.yml", problems)
    routes = _load_yaml(root, "routes.yml", problems)
    if contacts:
        _check_contacts(contacts, problems, (root / "contacten.yml").read_text(encoding="utf-8"))
    entries, errors = load_entries(root)
    for error in errors:
        problems.append(Problem(str(error.path.relative_to(root)), error.line, "fout", error.message))
    ids = {e.id for e in entries}
    pages = {str((page or {}).get("url", "")) for page in (sources.get(PAGES_KEY) or []) if isinstance(page, dict)}
    texts = SourceTexts()
    english = 0
    if not texts.available:
        problems.append(Problem("bronnen.yml", 1, "waarschuwing", f"De brondocumenten staan niet in {texts.folder}: "
                                "de vindplaatsen zijn niet gecontroleerd (zet VV_SEEDS_DIR)."))
    titles: Dict[str, str] = {}
    seen_ids: Dict[str, str] = {}
    for entry in entries:
        rel = str(entry.path.relative_to(root))
        if entry.id in seen_ids:
            problems.append(Problem(rel, 1, "fout", f"Er is al een item met de naam '{entry.id}' ({seen_ids[entry.id]}). Geef dit bestand een andere naam."))
        seen_ids[entry.id] = rel
        folded = fold(entry.title)
        if folded and folded in titles:
            problems.append(Problem(rel, entry.field_lines.get("titel", 2), "fout", f"Dezelfde titel staat ook in {titles[folded]}. Voeg de items samen of maak de titels verschillend."))
        titles.setdefault(folded, rel)
        _check_entry(entry, rel, sources, contacts, ids, problems)
        if entry.source.get("document") in sources:
            _check_source(entry, rel, sources, pages, texts, problems)
        english += _check_english(entry, rel, contacts, problems)
    if entries and english < MIN_ENGLISH_ENTRIES:
        problems.append(Problem("(kennisitems)", 1, "waarschuwing", f"{english} items hebben een Engels antwoord ('engels'); "
                                f"het doel is minstens {MIN_ENGLISH_ENTRIES}."))
    if regions and municipalities:
        _check_regions(root, regions, municipalities, contacts, problems)
        missing = missing_local_teams(municipalities)
        if missing:
            problems.append(Problem("gemeenten.yml", 1, "waarschuwing", f"{len(missing)} gemeenten hebben nog geen lokaal "
                                    f"team met bron: {', '.join(missing)}."))
    if routes:
        _check_routes(routes, contacts, ids, problems, (root / "routes.yml").read_text(encoding="utf-8"))
        _check_languages(root, routes, contacts, problems)
    return problems
