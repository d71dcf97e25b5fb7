"""/beheer and the anonymous counts: login and its cookie, CSRF, path tricks, counts that match
what was sent, nothing personal stored, and an edit round trip in the knowledge workbench."""
import re
import sqlite3

import pytest
from fastapi.testclient import TestClient

from api.insight import InsightStore, insight_kinds, municipality_key, shown
from api.main import create_app
from api.settings import Settings
from tests.test_gateway import FakeRasa

TOKEN = "beheer-sleutel-1234567890"


@pytest.fixture
def beheer(built_index, tmp_path):
    def _make(token=TOKEN, reply=None):
        app = create_app(Settings(admin_token=token, insight_path=str(tmp_path / "inzicht.sqlite"), rate_limit_per_minute=0))
        client = TestClient(app)
        client.__enter__()
        app.state.rasa = FakeRasa(reply=reply)
        return client, app
    made = []

    def make(**kwargs):
        made.append(_make(**kwargs))
        return made[-1]
    yield make
    for client, _ in made:
        client.__exit__(None, None, None)


def log_in(client):
    response = client.post("/beheer/inloggen", data={"token": TOKEN}, follow_redirects=False)
    assert response.status_code == 303
    return response


def csrf_of(html):
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_without_an_admin_token_beheer_does_not_exist(beheer):
    client, _ = beheer(token="")
    assert client.get("/beheer").status_code == 404
    assert client.post("/beheer/inloggen", data={"token": ""}).status_code == 404
    assert client.get("/beheer/export.csv").status_code == 404


def test_login_sets_a_strict_httponly_cookie_and_a_wrong_token_is_refused(beheer):
    client, _ = beheer()
    assert "Beheersleutel" in client.get("/beheer").text
    assert client.post("/beheer/inloggen", data={"token": "fout"}).status_code == 401
    cookie = log_in(client).headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/beheer" in cookie and "Secure" not in cookie
    assert "Overzicht" in client.get("/beheer").text


def test_the_cookie_is_secure_over_https(beheer):
    client, _ = beheer()
    response = client.post("/beheer/inloggen", data={"token": TOKEN}, headers={"X-Forwarded-Proto": "https"},
                           follow_redirects=False)
    assert "Secure" in response.headers["set-cookie"]


def test_a_forged_or_foreign_cookie_is_not_a_session(beheer):
    client, _ = beheer()
    client.cookies.set("vv_beheer", "9999999999.abc.def", path="/beheer")
    assert "Beheersleutel" in client.get("/beheer").text
    assert client.get("/beheer/export.csv", follow_redirects=False).status_code == 303


def test_a_login_from_another_site_is_refused(beheer):
    client, _ = beheer()
    response = client.post("/beheer/inloggen", data={"token": TOKEN}, headers={"Origin": "https://kwaadwillend.example"})
    assert response.status_code == 403


def test_changes_need_the_csrf_token(beheer):
    client, _ = beheer()
    log_in(client)
    assert client.post("/beheer/uitloggen", data={}).status_code == 403
    assert client.post("/beheer/kennis/cirkel-van-geweld", data={"kort": "x", "actie": "opslaan"}).status_code == 403
    assert client.post("/beheer/kennis/cirkel-van-geweld", data={"kort": "x", "actie": "opslaan", "csrf": "verzonnen"}).status_code == 403
    page = client.get("/beheer").text
    assert client.post("/beheer/uitloggen", data={"csrf": csrf_of(page)}, follow_redirects=False).status_code == 303


@pytest.mark.parametrize("entry_id", ["..%2F..%2Fcontacten", "%2E%2E", "%2Fetc%2Fpasswd", "Cirkel-Van-Geweld", "a" * 300,
                                      "cirkel-van-geweld.md"])
def test_path_tricks_in_entry_ids_find_nothing(beheer, entry_id):
    client, _ = beheer()
    log_in(client)
    assert client.get(f"/beheer/kennis/{entry_id}").status_code == 404


def test_counts_match_what_was_sent_and_small_counts_are_hidden(beheer, tmp_path):
    client, app = beheer(reply=[{"text": "Bel Veilig Thuis: 0800-2000. Bij gevaar: 112."}])
    sessions = {}
    for i in range(12):
        body = client.post("/api/chat", json={"session_id": None, "message": f"hoi {i}", "gemeente": "Venlo"}).json()
        sessions[i] = body["session_id"]
    for i in range(3):
        client.post("/api/chat", json={"session_id": sessions[i], "message": "en verder?", "gemeente": "Venlo"})
    for _ in range(2):
        client.post("/api/gebeurtenis", content='{"soort": "snel_weg", "gemeente": "Venlo"}',
                    headers={"Content-Type": "text/plain"})
    assert client.post("/api/gebeurtenis", content='{"soort": "iets anders"}').status_code == 422
    counts = {row["soort"]: row["aantal"] for row in app.state.insight.weekly() if row["gemeente"] == "venlo"}
    assert counts == {"gesprek": 12, "bericht": 15, "route:veilig_thuis": 15, "route:112": 15, "snel_weg": 2}
    log_in(client)
    page = client.get("/beheer", params={"gemeente": "venlo"}).text
    assert "<td>15</td>" in page and "<td>&lt; 10</td>" in page  # 2 quick exits are shown as "< 10"
    csv_text = client.get("/beheer/export.csv").text
    assert "venlo,snel_weg,< 10" in csv_text and "venlo,bericht,15" in csv_text


PERSONAL = ["Fatima el Amrani", "06-12345678", "0612345678", "Kerkstraat 12", "1234 AB", "123456782",
            "jan.jansen@example.nl", "Pietje Puk", "Zoë de Vries", "+31 6 87654321"]


def test_nothing_personal_reaches_the_counts(beheer, tmp_path, caplog):
    # A reply with no number and no knowledge: every message is a "no answer" and goes to the gap words.
    client, app = beheer(reply=[{"text": "Sorry, dat begrijp ik niet goed."}])
    for i in range(200):
        text = (f"Ik ben {PERSONAL[i % 10]}, mijn man slaat me. Bel me op {PERSONAL[1]} of mail {PERSONAL[6]}, "
                f"ik woon op {PERSONAL[3]}, {PERSONAL[4]}, bsn {PERSONAL[5]}")
        client.post("/api/chat", json={"session_id": None, "message": text, "gemeente": f"Venlo {PERSONAL[i % 10]}"})
    app.state.insight.flush()
    assert app.state.gaps.drain(timeout=300)
    gap_words = {w["woord"] for w in app.state.gaps.words(limit=1000)}
    assert "slaan" in gap_words or "man" in gap_words  # the gap words did run on these messages
    personal_words = {part.lower().strip(".,") for value in PERSONAL for part in value.split()}
    assert not gap_words & personal_words, gap_words & personal_words
    stored = (tmp_path / "inzicht.sqlite").read_bytes()
    for value in PERSONAL + ["slaat", "Kerkstraat"]:
        assert value.encode() not in stored, value
    rows = sqlite3.connect(tmp_path / "inzicht.sqlite").execute("select distinct gemeente from tellingen").fetchall()
    assert rows == [("venlo",)]  # the municipality's key from our list, never the text as sent
    for value in PERSONAL:
        assert value not in caplog.text


def test_insight_kinds_and_helpers():
    assert insight_kinds(True, ["112"], "none", False) == ["bericht", "gesprek", "route:112"]
    assert insight_kinds(False, [], "none", False) == ["bericht", "kennis:geen"]
    assert insight_kinds(False, [], "answer", False) == ["bericht", "kennis:antwoord"]
    assert insight_kinds(False, [], "none", True) == ["bericht", "noodantwoord"]
    assert municipality_key("Horst aan de Maas") != "onbekend" and municipality_key("Parijs") == "onbekend"
    assert [shown(n) for n in (0, 1, 9, 10)] == ["0", "< 10", "< 10", "10"]


def test_counts_wait_in_memory_and_are_not_lost_when_a_write_fails(tmp_path):
    store = InsightStore(tmp_path / "inzicht.sqlite")
    store.count("Venlo", "nl", ["bericht", "onzin-soort"])
    (tmp_path / "inzicht.sqlite").unlink()
    (tmp_path / "inzicht.sqlite").mkdir()  # the file cannot be opened now
    with pytest.raises(sqlite3.Error):
        store.flush()
    (tmp_path / "inzicht.sqlite").rmdir()
    InsightStore(tmp_path / "inzicht.sqlite")  # the table again
    assert store.flush() == 1  # the kept count is written on the next try
    rows = sqlite3.connect(tmp_path / "inzicht.sqlite").execute("select soort, aantal from tellingen").fetchall()
    assert rows == [("bericht", 1)]


def test_an_edit_round_trip_and_a_bad_edit_is_refused(beheer, knowledge_copy):
    from veilig.knowledge.editing import change_log
    from veilig.knowledge.index import build_index

    assert build_index(force=True).ok
    client, app = beheer()
    log_in(client)
    page = client.get("/beheer/kennis/cirkel-van-geweld").text
    token = csrf_of(page)
    path = knowledge_copy / "definities" / "cirkel-van-geweld.md"
    before = path.read_text(encoding="utf-8")

    bad = client.post("/beheer/kennis/cirkel-van-geweld",
                      data={"kort": "Bel {tel:bestaat_niet} voor hulp.", "synoniemen": "cirkel", "actie": "opslaan", "csrf": token})
    assert bad.status_code == 422 and "bestaat_niet" in bad.text
    assert path.read_text(encoding="utf-8") == before

    preview = client.post("/beheer/kennis/cirkel-van-geweld",
                          data={"kort": "Geweld komt vaak in golven terug. Bel {tel:veilig_thuis}.", "synoniemen": "geweldscirkel",
                                "actie": "voorbeeld", "csrf": token})
    assert preview.status_code == 200 and "0800-2000" in preview.text and path.read_text(encoding="utf-8") == before

    saved = client.post("/beheer/kennis/cirkel-van-geweld",
                        data={"kort": "Geweld komt vaak in golven terug: spanning, uitbarsting, spijt. Bel {tel:veilig_thuis}.",
                              "synoniemen": "geweldscirkel\nspiraal van geweld", "actie": "opslaan", "csrf": token})
    assert saved.status_code == 200, saved.text
    after = path.read_text(encoding="utf-8")
    assert "spanning, uitbarsting, spijt" in after and "spiraal van geweld" in after
    assert after.split("## Meer uitleg")[1] == before.split("## Meer uitleg")[1]  # the rest is untouched
    hits = app.state.knowledge.search("spiraal van geweld")
    assert hits and hits[0].id == "cirkel-van-geweld" and "spanning, uitbarsting" in hits[0].text
    assert change_log()[0]["item"] == "cirkel-van-geweld" and set(change_log()[0]) == {"wanneer", "item", "door"}
    from veilig.paths import var_dir
    kept = list((var_dir() / "kennis-versies" / "cirkel-van-geweld").glob("*.md"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == before


def test_gap_words_are_de_identified_known_words_from_five_conversations(tmp_path):
    from api.gaps import GapWords, content_words, deidentify

    words = content_words(deidentify("Ik ben Fatima el Amrani en mijn buurman Pieter de Visser stalkt mij, mail p@example.nl"))
    assert "fatima" not in words and "visser" not in words and "pieter" not in words and "buurman" in words
    gaps = GapWords(tmp_path / "gaten.sqlite", lambda sid: f"k-{sid}", enabled=True)
    for i in range(4):
        gaps.submit(f"gesprek-{i}", "Wat is een omgangsregeling bij scheiden?")
    gaps.submit("gesprek-0", "omgangsregeling omgangsregeling")  # the same conversation again
    assert gaps.drain()
    assert gaps.words() == []  # 4 conversations: not yet shown
    gaps.submit("gesprek-5", "hoe regel ik de omgangsregeling")
    assert gaps.drain()
    shown_words = {w["woord"]: w["gesprekken"] for w in gaps.words()}
    assert shown_words.get("omgangsregeling") == 5
    assert b"Wat is een" not in (tmp_path / "gaten.sqlite").read_bytes()
