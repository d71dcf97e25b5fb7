"""/beheer in Chromium: log in, see the counts, test a question in the workbench, change an answer
and see the bot use it. Works on a private copy of the knowledge files. Screenshots of each run
go to results/screenshots/ (docs/beheer-*.png are committed copies for docs/beheer.md)."""
import shutil
from pathlib import Path

import httpx
import pytest

from tests.browser.conftest import Gateway
from veilig.knowledge.index import build_index

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "results" / "screenshots"
TOKEN = "browser-beheer-sleutel-42"


@pytest.fixture
def beheer_gateway(fake_rasa, tmp_path):
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    var = tmp_path / "var"
    var.mkdir()
    assert build_index(knowledge, var / "kennis.sqlite", force=True).ok
    gw = Gateway(fake_rasa, tmp_path / "gateway.log", extra_env={
        "KNOWLEDGE_ADMIN_TOKEN": TOKEN, "VV_KNOWLEDGE_DIR": str(knowledge), "VV_VAR_DIR": str(var)})
    gw.knowledge = knowledge
    yield gw
    gw.stop()


def test_log_in_see_counts_and_change_an_answer(context_factory, beheer_gateway):
    for i in range(3):
        httpx.post(f"{beheer_gateway.url}/api/chat", json={"session_id": None, "message": f"hallo {i}", "gemeente": "Venray"})
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = context_factory(viewport={"width": 1100, "height": 800}).new_page()
    # Pages here post forms and search a fresh index (the first search loads its tables): on a
    # busy machine a navigation can take longer than the 5 s default of the widget tests.
    page.set_default_timeout(30000)

    page.goto(f"{beheer_gateway.url}/beheer")
    page.fill("#token", "niet-de-sleutel")
    page.click("button:has-text('Inloggen')")
    page.wait_for_selector("text=Deze sleutel klopt niet.")
    page.fill("#token", TOKEN)
    page.click("button:has-text('Inloggen')")
    page.wait_for_selector("h2:has-text('Overzicht')")
    page.select_option("#gemeente", "venray")
    page.click("button:has-text('Toon')")
    page.wait_for_selector("table")
    assert "Gesprekken" in page.content()
    page.screenshot(path=str(SHOTS / "beheer-overzicht.png"), full_page=True)

    page.click("text=Kennis testen en bewerken")
    page.fill("#vraag", "wat is de cirkel van geweld")
    page.click("button:has-text('Zoek')")
    page.wait_for_selector("text=Zo antwoordt de bot uit de kennisbank")
    page.screenshot(path=str(SHOTS / "beheer-kennis.png"), full_page=True)
    page.click("tr:has-text('cirkel-van-geweld') >> text=bewerken")
    page.wait_for_selector("#kort")
    page.fill("#kort", "Geweld gaat vaak in een cirkel: spanning, een uitbarsting, spijt en weer rust. Bel {tel:veilig_thuis}.")
    page.click("button:has-text('Voorbeeld')")
    page.wait_for_selector("text=0800-2000")
    # Checking every file with the change and rebuilding the index takes a few seconds.
    page.click("button:has-text('Controleren en opslaan')", timeout=60000)
    page.wait_for_selector("text=Opgeslagen", timeout=60000)
    page.screenshot(path=str(SHOTS / "beheer-bewerken.png"), full_page=True)
    assert "spanning, een uitbarsting, spijt" in (beheer_gateway.knowledge / "definities" / "cirkel-van-geweld.md").read_text()

    page.goto(f"{beheer_gateway.url}/beheer/kennis?vraag=cirkel+van+geweld")
    assert "spanning, een uitbarsting, spijt" in page.content()
    page.click("text=Wijzigingen")
    assert "cirkel-van-geweld" in page.content() and "beheerder" in page.content()
