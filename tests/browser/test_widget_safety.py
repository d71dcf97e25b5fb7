"""Safety: quick exit (button and Escape twice), storage, personal data warning, gateway down."""
import os

import pytest

if os.environ.get("VV_REQUIRE_BROWSER") != "1":
    pytest.importorskip("playwright.sync_api", reason="run scripts/install_browser_deps.sh")

from tests.browser.helpers import (WIDGET_KEYS_JS, bot_texts, notice_texts, open_demo, open_widget,  # noqa: E402
                                   send, user_texts)


def _chat_then_leave(page, gateway, fake_rasa, leave):
    page.goto(fake_rasa.url + "/start")  # a page before the municipal page, for the Back button
    open_demo(page, gateway)
    page.evaluate("sessionStorage.setItem('host-page-key', 'blijft')")
    open_widget(page)
    send(page, "hallo")
    assert page.evaluate(WIDGET_KEYS_JS)
    leave(page)
    page.wait_for_url(fake_rasa.url + "/neutraal")
    assert page.locator(".vv-widget").count() == 0

    # Back does not return to the chat page: the history entry was replaced.
    page.go_back()
    page.wait_for_load_state()
    assert page.url == fake_rasa.url + "/start"

    # The same tab on the municipal page again: no widget keys, no conversation.
    page.goto(gateway.url + "/")
    page.wait_for_selector(".vv-launcher", state="visible")
    assert page.evaluate(WIDGET_KEYS_JS) == []
    assert page.evaluate("sessionStorage.getItem('host-page-key')") == "blijft"  # only the widget's keys
    open_widget(page)
    assert user_texts(page) == []
    assert page.evaluate("document.cookie") == "" and page.evaluate("localStorage.length") == 0


def test_quick_exit_button(page, gateway, fake_rasa):
    _chat_then_leave(page, gateway, fake_rasa, lambda p: p.click(".vv-panel .vv-exit"))


def test_quick_exit_escape_twice(page, gateway, fake_rasa):
    def escape_twice(p):
        p.keyboard.press("Escape")
        p.keyboard.press("Escape")
    _chat_then_leave(page, gateway, fake_rasa, escape_twice)


def test_quick_exit_on_launcher_and_single_escape_only_closes(page, gateway, fake_rasa):
    open_demo(page, gateway)
    assert page.locator(".vv-launcher-bar .vv-exit").is_visible()
    open_widget(page)
    page.keyboard.press("Escape")  # once: closes the panel, focus back on the launcher
    page.wait_for_selector(".vv-panel", state="hidden")
    assert page.evaluate("document.activeElement.className") == "vv-launcher"
    page.wait_for_timeout(1100)
    page.keyboard.press("Escape")  # more than 1 s later: not a quick exit
    page.wait_for_timeout(200)
    assert page.url == gateway.url + "/"
    page.click(".vv-launcher-bar .vv-exit")
    page.wait_for_url(fake_rasa.url + "/neutraal")


def test_close_button_returns_focus_to_launcher(page, gateway):
    open_demo(page, gateway)
    page.focus(".vv-launcher")
    page.keyboard.press("Enter")
    page.wait_for_selector(".vv-panel", state="visible")
    assert page.evaluate("document.activeElement.id") == "vv-input"
    assert page.get_attribute(".vv-launcher", "aria-expanded") == "true"
    page.click(".vv-close")
    assert page.evaluate("document.activeElement.className") == "vv-launcher"
    assert page.get_attribute(".vv-launcher", "aria-expanded") == "false"


def test_history_help_in_panel(page, gateway):
    open_demo(page, gateway)
    open_widget(page)
    page.click("text=Zo wis je je geschiedenis")
    help_box = page.locator(".vv-history")
    assert help_box.is_visible()
    text = help_box.inner_text()
    for word in ("Chrome", "Firefox", "Safari", "Edge", "telefoon", "computer", "privévenster", "Esc"):
        assert word in text
    assert page.locator(".vv-panel .vv-exit").is_visible()  # Snel weg stays in view
    page.click("text=Terug naar de chat")
    assert not help_box.is_visible()
    assert page.locator(".vv-messages").is_visible()


@pytest.mark.parametrize("text", [
    "mijn nummer is 0612345678",
    "bel me op 06-12345678",
    "+31612345678",
    "mail naar iemand@example.nl",
    "ik woon op 1234 AB 12",
    "postcode 1234ab, nummer 5",
    "mijn bsn is 123456789",
])
def test_personal_data_warning(page, gateway, fake_rasa, text):
    open_demo(page, gateway)
    open_widget(page)
    before = len(fake_rasa.received)
    send(page, text, wait_for_reply=False)
    warning = page.locator(".vv-warning")
    warning.wait_for(state="visible")
    assert "Je hoeft geen naam, adres, telefoonnummer of e-mail te geven. De chatbot heeft dat niet nodig." \
        in warning.inner_text()
    assert user_texts(page) == [] and len(fake_rasa.received) == before  # nothing sent yet
    page.click("text=Aanpassen")
    assert not warning.is_visible()
    assert page.input_value("#vv-input") == text
    assert page.evaluate("document.activeElement.id") == "vv-input"
    page.press("#vv-input", "Enter")
    warning.wait_for(state="visible")
    page.click("text=Toch versturen")
    page.locator(".vv-msg--user").first.wait_for()
    assert user_texts(page) == [text]


def test_no_warning_for_ordinary_text_or_helpline(page, gateway):
    open_demo(page, gateway)
    open_widget(page)
    send(page, "is 0800-2000 gratis? ik ben 15 jaar, woon sinds 2019 in Voorbeeld, het gebeurt al van 2019 tot 2021")
    assert not page.locator(".vv-warning").is_visible()
    assert len(user_texts(page)) == 1


def test_numbers_show_and_error_when_gateway_is_down(context_factory, own_gateway):
    page = context_factory().new_page()
    page.goto(own_gateway.url + "/")
    page.wait_for_selector(".vv-launcher", state="visible")
    own_gateway.stop()  # the bot and the gateway are gone now
    open_widget(page)
    assert page.locator(".vv-header a[href='tel:112']").is_visible()
    assert page.locator(".vv-header a[href='tel:08002000']").is_visible()
    assert "Dit is een computer, geen mens" in page.inner_text(".vv-header")
    send(page, "hallo, is er iemand?")
    notice = notice_texts(page)[-1]
    assert "112" in notice and "0800-2000" in notice
    assert page.locator(".vv-msg--notice a[href='tel:112']").count() == 1
    assert page.locator(".vv-msg--notice a[href='tel:08002000']").count() == 1
    assert page.input_value("#vv-input") == "hallo, is er iemand?"  # the typed text is kept
    assert user_texts(page) == []
    assert "Mensen van Veilig Thuis zijn er dag en nacht: 0800-2000" in bot_texts(page)
