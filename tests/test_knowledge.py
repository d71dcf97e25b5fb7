"""Editors' side of the knowledge base: every file valid, broken edits rejected, reload atomic."""
import sqlite3

import pytest
import yaml

from veilig.knowledge import cli
from veilig.knowledge.check import check_knowledge
from veilig.knowledge.entries import load_entries
from veilig.knowledge.index import build_index
from veilig.knowledge.search import KnowledgeSearch
from veilig.paths import ROOT, index_path
from veilig.routes import route_messages


def test_every_knowledge_file_validates():
    errors = [str(p) for p in check_knowledge(ROOT / "knowledge") if p.level == "fout"]
    assert errors == []


def test_there_are_well_over_60_entries_in_every_folder_group():
    entries, errors = load_entries(ROOT / "knowledge")
    assert not errors and len(entries) > 60
    assert {e.folder for e in entries} == {"definities", "meldcode", "hulp-en-route", "organisaties", "regios", "cijfers"}


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "tests" / "data").glob("echte_vragen*.yml")))
def test_the_real_question_sets_expect_only_entries_that_exist(name):
    """A renamed or removed entry must not silently turn right answers into misses in the evaluations."""
    entries, _ = load_entries(ROOT / "knowledge")
    known = {e.id for e in entries}
    items = yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
    assert len(items) >= 30  # a whole set loaded, not an empty or cut-off file (the ninth, smallest, has 37)
    for item in items:
        assert item["vraag"].strip() and str(item.get("url", "")).startswith("http"), item
        assert set(item.get("verwacht") or []) <= known, item


def test_every_entry_cites_a_source():
    entries, _ = load_entries(ROOT / "knowledge")
    for entry in entries:
        assert entry.source.get("document") and (entry.source.get("sectie") or entry.source.get("url")), entry.id


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("file,old,new,message", [
    ("definities/waakvlamcontact.md", "titel:", "naam:", "'titel' ontbreekt"),
    ("definities/waakvlamcontact.md", "gecontroleerd: 2026-11-25", "gecontroleerd: gisteren", "datum"),
    ("definities/waakvlamcontact.md", "---\n", "", "beginnen met een regel '---'"),
    ("definities/waakvlamcontact.md", "doelgroep:", "doelgroep: iedereen\nx:", "doelgroep"),
    ("contacten.yml", '"0800-2000"', '"0800-20"', "geen geldig telefoonnummer"),
    ("routes.yml", "Bel voor advies Veilig Thuis: {tel:veilig_thuis}", "Bel voor advies Veilig Thuis: {tel:bestaat_niet}", "Onbekend nummer"),
    ("routes.yml", "Bel Veilig Thuis voor hulp en advies: {tel:veilig_thuis}", "Bel Veilig Thuis voor hulp en advies: 0800-2000", "Typ geen telefoonnummer"),
    ("gemeenten.yml", "regio: noord-en-midden-limburg", "regio: limburg-zuid", "onbekende regio"),
    ("definities/waakvlamcontact.md", "doelgroep:", "vragen: Wat is waakvlamcontact?\ndoelgroep:", "'vragen' moet een lijst"),
    ("definities/waakvlamcontact.md", "doelgroep:", "soort: uitleg\ndoelgroep:", "'soort' moet een van deze zijn"),
])
def test_broken_edits_are_reported_with_file_and_line(knowledge_copy, file, old, new, message):
    _edit(knowledge_copy / file, old, new)
    problems = [p for p in check_knowledge(knowledge_copy) if p.level == "fout"]
    assert any(message in p.message and p.file == file and p.line >= 1 for p in problems), [str(p) for p in problems]


def test_unknown_related_entry_and_source_document(knowledge_copy):
    path = knowledge_copy / "definities" / "waakvlamcontact.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("gerelateerd: [", "gerelateerd: [bestaat-niet, ", 1)
    path.write_text(text, encoding="utf-8")
    problems = [p.message for p in check_knowledge(knowledge_copy) if p.level == "fout"]
    assert any("'bestaat-niet' bestaat niet" in m for m in problems)


def test_duplicate_titles_are_rejected(knowledge_copy):
    source = (knowledge_copy / "definities" / "waakvlamcontact.md").read_text(encoding="utf-8")
    (knowledge_copy / "definities" / "waakvlamcontact-kopie.md").write_text(source, encoding="utf-8")
    assert any("Dezelfde titel" in p.message for p in check_knowledge(knowledge_copy))


def test_long_short_answer_gets_a_readability_warning(knowledge_copy):
    path = knowledge_copy / "definities" / "waakvlamcontact.md"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    path.write_text(head + "\n---\n" + "Dit is een zin. " * 7 + "\n\n" + body, encoding="utf-8")
    warnings = [p for p in check_knowledge(knowledge_copy) if p.level == "waarschuwing" and p.file.endswith("waakvlamcontact.md")]
    assert any("zinnen" in p.message for p in warnings)


def test_broken_edit_is_rejected_and_the_old_index_keeps_serving(knowledge_copy):
    assert build_index().ok
    search = KnowledgeSearch()
    before = search.search("wat is waakvlamcontact")[0].id
    stat_before = index_path().stat()
    _edit(knowledge_copy / "definities" / "waakvlamcontact.md", "titel:", "naam:")
    result = build_index()
    assert not result.ok and not result.built
    assert index_path().stat().st_ino == stat_before.st_ino  # the file was not touched
    assert search.search("wat is waakvlamcontact")[0].id == before


def test_invalid_routes_edit_never_reaches_the_bot(knowledge_copy):
    assert build_index().ok
    _edit(knowledge_copy / "routes.yml", "Bel nu {tel:alarmnummer}.", "Bel nu {tel:kapot}.")
    assert not build_index().ok
    # The services read the validated copy stored in the index, not the broken file.
    assert route_messages("acuut")[0]["text"].startswith("Bel nu 112")


def test_a_valid_edit_is_swapped_in_atomically(knowledge_copy):
    assert build_index().ok
    search = KnowledgeSearch()
    search.search("waakvlamcontact")
    old_inode = index_path().stat().st_ino
    _edit(knowledge_copy / "definities" / "waakvlamcontact.md", "titel: ", "titel: Het ")
    result = build_index()
    assert result.ok and result.built
    assert index_path().stat().st_ino != old_inode  # a new file replaced the old one in one rename
    assert search.entry("waakvlamcontact")["title"].startswith("Het ")
    assert not list(index_path().parent.glob("*.tmp-*"))


def test_unchanged_files_do_not_rebuild(knowledge_copy):
    assert build_index().built
    assert not build_index().built


def test_corrupt_index_is_rebuilt(knowledge_copy):
    assert build_index().ok
    index_path().write_bytes(b"geen database")
    assert build_index().built
    assert sqlite3.connect(str(index_path())).execute("select count(*) from entries").fetchone()[0] > 60


def test_cli_check_and_zoek(knowledge_copy, capsys):
    assert cli.main(["check"]) == 0
    assert "Alles is in orde" in capsys.readouterr().out
    assert cli.main(["zoek", "wat", "is", "waakvlamcontact"]) == 0
    out = capsys.readouterr().out
    assert "Bron:" in out and "waakvlamcontact" in out
    _edit(knowledge_copy / "contacten.yml", '"0800-2000"', '"12"')
    assert cli.main(["check"]) == 1
    assert "contacten.yml" in capsys.readouterr().out


def test_an_example_question_finds_its_entry(knowledge_copy):
    """The words of an entry's example questions ('vragen') are searched too: a word that is in no
    other field of any entry finds the entry once an example question uses it."""
    assert build_index().ok
    assert not [h for h in KnowledgeSearch().search("blubberwoord") if h.id == "waakvlamcontact"]
    _edit(knowledge_copy / "definities" / "waakvlamcontact.md", "doelgroep:",
          'vragen:\n  - "Hoe houd ik een blubberwoord in stand met het gezin?"\ndoelgroep:')
    assert build_index().ok
    hits = KnowledgeSearch().search("blubberwoord")
    assert hits and hits[0].id == "waakvlamcontact"


def test_a_declared_kind_wins_over_the_title_and_reaches_the_search(knowledge_copy):
    """'soort: hulp' makes an entry whose title says nothing of its kind the one a 'wat kan ik
    doen' question prefers; the index carries the kind to the search."""
    from veilig.paths import index_path

    path = knowledge_copy / "hulp-en-route" / "zorgen-als-omstander.md"
    assert build_index().ok
    assert _kind(index_path(), "zorgen-als-omstander") == "hulp"
    _edit(path, "soort: hulp\n", "")
    assert build_index().ok
    assert _kind(index_path(), "zorgen-als-omstander") == ""
    assert _kind(index_path(), "signalen-kindermishandeling") == "signalen"  # from its title


def _kind(index, entry_id):
    import sqlite3

    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as conn:
        return conn.execute("select kind from entries where id = ?", (entry_id,)).fetchone()[0]



@pytest.mark.parametrize("question,start", [
    ("wat is het verschil tussen meldrecht en meldplicht", "Een verplichte"),
    ("is er een meldplicht?", "Een verplichte"),     # 'Nee' never: it may be asked the other way round
    (None, "Nee, een verplichte"),                   # a pressed button: as written
])
def test_a_no_at_the_start_is_left_out(question, start):
    from veilig.answers import fitting_start
    assert fitting_start("Nee, een verplichte meldcode is iets anders dan een meldplicht.", question).startswith(start)


@pytest.mark.parametrize("question,title,start", [
    # the entry's own question asked again keeps its 'Nee' (twenty-ninth session's probe: "Is veilig
    # thuis hetzelfde als de politie?" read "De politie grijpt in ..." without the reassuring no)
    ("Is veilig thuis hetzelfde als de politie?", "Is Veilig Thuis de politie?", "Nee. De politie"),
    ("vertelt de kindertelefoon het aan mijn ouders?", "Vertelt de Kindertelefoon het aan je ouders?", "Nee. De politie"),
    ("mag mijn oom seksuele dingen doen die ik niet wil?", "Mag iemand seksuele dingen met je doen die je niet wilt?",
     "Nee. De politie"),
    # another question, one shared word, another verb or a negation of its own: left out
    ("is bellen gratis?", "Kost Veilig Thuis geld?", "De politie"),
    ("kost dat geld?", "Kost Veilig Thuis geld?", "De politie"),
    ("is het niet de politie?", "Is Veilig Thuis de politie?", "De politie"),
    ("mag iemand seksuele dingen met je doen als je het zelf wilt?",
     "Mag iemand seksuele dingen met je doen die je niet wilt?", "De politie"),
    ("gaan ze mijn kinderen afpakken als ik bel?", "Haalt Veilig Thuis kinderen uit huis?", "De politie"),
    ("wat doet de politie?", "Is Veilig Thuis de politie?", "De politie"),
])
def test_a_no_at_the_start_only_to_the_entrys_own_question(question, title, start):
    from veilig.answers import fitting_start
    assert fitting_start("Nee. De politie grijpt in als dat nodig is.", question, title).startswith(start)


@pytest.mark.parametrize("question,start", [
    ("kan ik fouten laten verbeteren?", "Ja, je kunt"),
    ("ik ben 16, mag ik mijn dossier zien?", "Ja, je kunt"),
    ("hoe laat ik fouten in mijn dossier verbeteren", "Je kunt"),
    ("mijn dossier klopt niet", "Je kunt"),
])
def test_a_yes_at_the_start_only_for_a_yes_or_no_question(question, start):
    from veilig.answers import fitting_start
    assert fitting_start("Ja, je kunt vragen om feitelijke fouten te laten verbeteren.", question).startswith(start)


@pytest.mark.parametrize("question,text,start", [
    ("gaat papa dan naar de gevangenis", "Ja, je mag het vertellen. Je verraadt je ouders niet.", "Je mag"),
    ("is bellen gratis?", "Ja. Bellen met Veilig Thuis is gratis.", "Ja. Bellen"),
    ("wordt mijn melding bewaard?", "Ja, je melding wordt bewaard.", "Ja, je melding"),
    # a modal's own verb is asked too: "moet ik mezelf aangeven" is no question for Veilig Thuis's help
    ("moet ik mezelf aangeven", "Ja. Veilig Thuis is er ook voor wie zelf geweld gebruikt.", "Veilig Thuis"),
    ("mag ik het vertellen?", "Ja, je mag het vertellen. Je verraadt je ouders niet.", "Ja, je mag"),
    ("kan ik anoniem bellen?", "Ja. Je kunt anoniem bellen met Veilig Thuis.", "Ja. Je kunt"),
    # the verb before a short auxiliary (twenty-eighth session's probe: a mother whose son comes back
    # with bruises asked whether to let him go and read "Ja. Je kunt Veilig Thuis ... bellen")
    ("moet ik hem dit weekend dan nog wel laten gaan?",
     "Ja. Je kunt Veilig Thuis dag en nacht bellen, ook in het weekend.", "Je kunt"),
    ("kan ik in het weekend bellen?", "Ja. Je kunt Veilig Thuis dag en nacht bellen, ook in het weekend.", "Ja. Je kunt"),
])
def test_a_yes_only_to_the_verb_asked(question, text, start):
    """A child asking 'gaat papa dan naar de gevangenis' read "Ja, je mag het vertellen" as yes."""
    from veilig.answers import fitting_start
    assert fitting_start(text, question).startswith(start)


def test_a_question_for_the_list_gets_the_entrys_own_list(built_index):
    """'Wat zijn de 5 vragen van het afwegingskader?' got 'u loopt vijf vragen door' without them."""
    from veilig.answers import entry_messages
    search = KnowledgeSearch(built_index)
    entry = search.entry("afwegingskader")
    for question in ("Wat zijn de 5 vragen van het afwegingskader?", "wat zijn de 5 afwegingsvragen precies"):
        asked = entry_messages(search, entry, question)[0]["text"]
        assert "1. Heb ik" in asked and "5. Leidt de hulp" in asked and asked.index("1. Heb ik") < asked.index("Bron:")
    plain = entry_messages(search, entry, "wat is het afwegingskader")[0]["text"]
    assert "1. Heb ik" not in plain


def test_whether_it_is_open_now_gets_no_yes_from_opening_hours():
    # "is de kindertelefoon nu open" at half past nine at night got "Ja, ... van 11.00 tot 21.00"
    from veilig.answers import fitting_start
    text = "Ja, bij de Kindertelefoon kun je bellen of chatten. Elke dag open van 11.00 tot 21.00 uur."
    assert fitting_start(text, "is de kindertelefoon nu open").startswith("Bij de Kindertelefoon")
    assert fitting_start(text, "kan ik chatten met de kindertelefoon?").startswith("Ja, bij")
