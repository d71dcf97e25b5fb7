"""The chat itself: sending, bot buttons, text-only rendering, tel: links, errors."""
import os

import pytest

if os.environ.get("VV_REQUIRE_BROWSER") != "1":
    pytest.importorskip("playwright.sync_api", reason="run scripts/install_browser_deps.sh")

from tests.browser.helpers import (bot_texts, notice_texts, open_demo, open_widget, send, user_texts,  # noqa
                                   wait_count)  # noqa: E402


def test_chat_route_with_bot_buttons(page, gateway, fake_rasa):
    open_demo(page, gateway)
    open_widget(page)
    # Opening focuses the input; the header always tells who is talking and the numbers.
    assert page.evaluate("document.activeElement.id") == "vv-input"
    header = page.locator(".vv-header")
    assert "Dit is een computer, geen mens" in header.inner_text()
    assert page.locator(".vv-header a[href='tel:112']").inner_text() == "Bel 112 bij gevaar"
    assert page.locator(".vv-header a[href='tel:08002000']").inner_text() == "Veilig Thuis 0800-2000 (gratis, 24/7)"
    assert "Mensen van Veilig Thuis zijn er dag en nacht: 0800-2000" in bot_texts(page)
    assert page.get_attribute(".vv-panel", "role") == "dialog"
    assert page.get_attribute(".vv-panel", "aria-label")
    assert page.get_attribute(".vv-messages", "aria-live") == "polite"

    send(page, "hallo")
    assert user_texts(page) == ["hallo"]
    assert "Hoi! Waar wil je meer over weten?" in bot_texts(page)
    replies = page.locator(".vv-reply")
    assert replies.all_inner_texts() == ["Hulp in mijn gemeente", "Zorgen om een kind"]

    replies.first.click()
    wait_count(page, ".vv-msg--bot", 4)
    assert user_texts(page) == ["hallo", "Hulp in mijn gemeente"]  # the title, not the payload
    assert bot_texts(page)[-1] == "In welke gemeente woon je?"
    assert page.locator(".vv-reply").count() == 0  # old quick replies are gone
    assert page.evaluate("document.activeElement.id") == "vv-input"

    # The gateway got the payload, and the same conversation id both times.
    last_two = fake_rasa.received[-2:]
    assert [m for _, m in last_two] == ["hallo", "/lokale_hulp"]
    assert last_two[0][0] == last_two[1][0]

    # State lives in sessionStorage only and survives a reload of the tab.
    keys = page.evaluate("Object.keys(sessionStorage)")
    assert "vv-widget:session" in keys and "vv-widget:messages" in keys
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length") == 0
    assert page.context.cookies() == []
    page.reload()
    page.wait_for_selector(".vv-panel", state="visible")
    assert user_texts(page) == ["hallo", "Hulp in mijn gemeente"]
    assert page.evaluate("localStorage.length") == 0

    # No request ever left the gateway's origin.
    assert page.requests_seen and all(u.startswith(gateway.url + "/") for u in page.requests_seen), page.requests_seen


def test_markup_is_shown_as_text(page, gateway):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_demo(page, gateway)
    open_widget(page)
    typed = "<b>vet</b> en <img src=x onerror=alert(1)>"
    send(page, typed)
    assert user_texts(page) == [typed]
    assert bot_texts(page)[-1] == "Je schreef: " + typed
    assert page.locator(".vv-widget b, .vv-widget img").count() == 0
    assert dialogs == []


def test_numbers_become_tel_links_and_lines_stay(page, gateway):
    open_demo(page, gateway)
    open_widget(page)
    send(page, "welke nummers zijn er?")
    bubble = page.locator(".vv-msg--bot .vv-bubble").last
    hrefs = bubble.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs == ["tel:112", "tel:08002000", "tel:09000101", "tel:08000188"]
    assert bubble.evaluate("b => getComputedStyle(b).whiteSpace") == "pre-line"
    assert len(bot_texts(page)[-1].splitlines()) == 5
    line_height = bubble.evaluate("b => parseFloat(getComputedStyle(b).lineHeight)")
    assert bubble.bounding_box()["height"] >= 5 * line_height  # the line breaks are really shown
    assert "https://www.veiligthuis.nl" in bubble.inner_text()  # URLs stay plain text


def test_shift_enter_newline_counter_and_typing_indicator(page, gateway):
    open_demo(page, gateway)
    open_widget(page)
    page.click("#vv-input")
    page.keyboard.type("eerste regel")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("langzaam")
    assert page.input_value("#vv-input") == "eerste regel\nlangzaam"
    assert page.inner_text("#vv-counter") == "21 van 1000 tekens"
    assert page.get_attribute("#vv-input", "maxlength") == "1000"
    assert page.locator("label[for='vv-input']").count() == 1
    page.keyboard.press("Enter")
    page.wait_for_selector(".vv-typing:has-text('De chatbot typt...')")
    assert page.get_attribute(".vv-typing", "aria-live") == "polite"
    wait_count(page, ".vv-msg--bot", 3)
    assert page.inner_text(".vv-typing").strip() == ""
    assert user_texts(page) == ["eerste regel\nlangzaam"]


def test_gateway_error_message_is_shown_and_text_kept(page, gateway):
    open_demo(page, gateway)
    open_widget(page)
    page.fill("#vv-input", "hallo\u0007daar")  # control character: the gateway answers 422
    page.press("#vv-input", "Enter")
    page.wait_for_selector(".vv-msg--notice")
    assert "tekens die ik niet kan lezen" in notice_texts(page)[-1]
    assert page.input_value("#vv-input") == "hallo\u0007daar"
    assert user_texts(page) == []


def test_degraded_answer_has_emergency_numbers(page, gateway):
    open_demo(page, gateway)
    open_widget(page)
    send(page, "storing")  # the fake Rasa answers 500
    last = page.locator(".vv-msg--bot .vv-bubble").last
    assert "112" in last.inner_text() and "0800-2000" in last.inner_text()
    assert last.locator("a[href='tel:112']").count() == 1


def test_one_tag_embed_on_another_origin(page, gateway, fake_rasa):
    page.goto(fake_rasa.url + "/host")
    page.wait_for_selector(".vv-launcher", state="visible")
    # CSS came from the gateway (derived from the script's own src), position from data-position.
    assert page.locator(f"link[href='{gateway.url}/static/widget.css']").count() == 1
    assert "vv-pos-left" in page.get_attribute(".vv-widget", "class")
    open_widget(page)
    assert "Voor inwoners" in page.inner_text(".vv-subtitle") or "Elders" in page.inner_text(".vv-subtitle")
    send(page, "hallo")
    assert "Hoi! Waar wil je meer over weten?" in bot_texts(page)
    page.click(".vv-panel .vv-exit")
    page.wait_for_url(fake_rasa.url + "/neutraal")
