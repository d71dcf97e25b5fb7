/*
 * Veilig Verder chat widget.
 *
 * Embed with one tag (config only through data-* attributes):
 *   <script src="https://<gateway>/widget.js" data-gemeente="Voorbeeld" data-color="#00557f"
 *           data-position="right" data-exit-url="https://www.google.nl/" defer></script>
 *
 * Safety rules (see docs/widget.md):
 * - Emergency numbers live in the widget itself, so they show when the gateway is down.
 * - "Snel weg" (or Escape twice within 1 second) wipes the chat and leaves with location.replace.
 * - Conversation state only in sessionStorage: no cookies, no persistent browser storage, no third parties.
 * - Bot and user text are always rendered as text (textContent), never as HTML.
 * - Other languages: the labels come from the gateway (/api/widget-teksten/<taal>); the Dutch
 *   texts below stay the fallback, and the header lines must keep 112 and 0800-2000.
 */
(function () {
  "use strict";

  // The ONE place in the front-end where phone numbers are typed.
  var NUMBERS = {
    emergency: { label: "112", tel: "112" },
    veiligThuis: { label: "0800-2000", tel: "08002000" }
  };

  var MAX_CHARS = 1000;
  var STORAGE_PREFIX = "vv-widget:";
  var KEY_SESSION = STORAGE_PREFIX + "session";
  var KEY_MESSAGES = STORAGE_PREFIX + "messages";
  var KEY_OPEN = STORAGE_PREFIX + "open";
  var KEY_LANGUAGE = STORAGE_PREFIX + "taal";
  var KEY_TEXTS = STORAGE_PREFIX + "teksten";
  var MAX_STORED_MESSAGES = 120;
  var REQUEST_TIMEOUT_MS = 20000;
  var TEXTS_TIMEOUT_MS = 8000;
  var ESCAPE_WINDOW_MS = 1000;
  var DEFAULT_COLOR = "#00557f";
  var DEFAULT_EXIT_URL = "https://www.google.nl/";

  if (window.__veiligVerderWidget) {
    return;
  }
  window.__veiligVerderWidget = true;

  // ---------------------------------------------------------------- texts (B1 Dutch)
  var T = {
    launcher: "Chat over geweld thuis",
    title: "Veilig Verder",
    subtitle: "Chat voor inwoners van {gemeente}", // without data-gemeente the launcher text is used
    dialogLabel: "Chat Veilig Verder",
    robot: "Dit is een computer, geen mens.",
    call112: "Bel " + NUMBERS.emergency.label + " bij gevaar",
    callVT: "Veilig Thuis " + NUMBERS.veiligThuis.label + " (gratis, 24/7)",
    quickExit: "Snel weg",
    quickExitHint: "Snel weg sluit de chat en gaat naar een andere website. Of druk 2 keer snel op Esc.",
    close: "Chat sluiten",
    historyLink: "Zo wis je je geschiedenis",
    historyBack: "Terug naar de chat",
    welcome: "Hoi. Hier kun je vragen stellen over geweld thuis of kindermishandeling. " +
      "Je hoeft je naam niet te geven.\nTyp hieronder je vraag.",
    peopleAvailable: "Mensen van Veilig Thuis zijn er dag en nacht: " + NUMBERS.veiligThuis.label,
    inputLabel: "Typ je bericht",
    inputHint: "Enter is versturen. Shift + Enter is een nieuwe regel.",
    counter: "{n} van {max} tekens",
    send: "Versturen",
    typing: "De chatbot typt...",
    you: "Jij: ",
    bot: "Chatbot: ",
    notice: "Let op: ",
    privacyWarning: "Je hoeft geen naam, adres, telefoonnummer of e-mail te geven. De chatbot heeft dat niet nodig.",
    sendAnyway: "Toch versturen",
    edit: "Aanpassen",
    networkError: "Sorry, de chat werkt nu even niet. Je bericht is niet verstuurd. Je tekst staat nog in het invoerveld.\n" +
      "Is er nu gevaar? Bel " + NUMBERS.emergency.label + ".\n" +
      "Wil je met iemand praten? Bel Veilig Thuis: " + NUMBERS.veiligThuis.label + " (gratis, dag en nacht).",
    tooLong: "Je bericht is te lang. Gebruik maximaal {max} tekens."
  };

  // The language choice, each language in its own name (these show even when the gateway is down).
  var LANGUAGES = [
    { code: "nl", name: "Nederlands", label: "Taal / Language" },
    { code: "en", name: "English", label: "Language" },
    { code: "pl", name: "Polski", label: "J\u0119zyk" },
    { code: "ro", name: "Rom\u00e2n\u0103", label: "Limba" },
    { code: "bg", name: "\u0411\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438", label: "\u0415\u0437\u0438\u043a" },
    { code: "tr", name: "T\u00fcrk\u00e7e", label: "Dil" },
    { code: "ar", name: "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", label: "\u0627\u0644\u0644\u063a\u0629", rtl: true }
  ];

  function languageInfo(code) {
    for (var i = 0; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i].code === code) {
        return LANGUAGES[i];
      }
    }
    return null;
  }

  function directionOf(code) {
    var info = languageInfo(code);
    return info && info.rtl ? "rtl" : "ltr";
  }

  // Fills {gemeente}, {n} and {max}; other braces stay as they are.
  function format(template, values) {
    return String(template).replace(/\{(gemeente|n|max)\}/g, function (all, key) {
      return values && values[key] !== undefined ? String(values[key]) : all;
    });
  }

  // Labels from the gateway, checked: unknown keys are ignored, a missing or empty label stays
  // Dutch, and the lines that carry the emergency numbers must still contain them.
  var MUST_CONTAIN = {
    call112: [NUMBERS.emergency.label],
    callVT: [NUMBERS.veiligThuis.label],
    networkError: [NUMBERS.emergency.label, NUMBERS.veiligThuis.label]
  };

  function checkedTexts(data, code) {
    if (!data || typeof data !== "object" || data.taal !== code || !data.teksten || typeof data.teksten !== "object") {
      return null;
    }
    var texts = {};
    Object.keys(T).forEach(function (key) {
      var value = data.teksten[key];
      var ok = typeof value === "string" && value.trim() !== "" && value.length <= 2000;
      if (ok && MUST_CONTAIN[key]) {
        ok = MUST_CONTAIN[key].every(function (number) { return value.indexOf(number) !== -1; });
      }
      texts[key] = ok ? value : T[key];
    });
    return texts;
  }

  var HISTORY_HELP = [
    { h: "Zo wis je je geschiedenis" },
    { p: "Je browser onthoudt welke websites je bezoekt. Wil je niet dat iemand anders dat ziet? Wis dan je geschiedenis." },
    { p: "Deze chat onthoudt niets meer als je het tabblad sluit. Met de knop Snel weg wis je de chat meteen. Je kunt ook 2 keer snel op Esc drukken." },
    { h: "Op een computer" },
    { ul: [
      "Chrome en Edge: druk op Ctrl + Shift + Delete (Mac: Cmd + Shift + Delete). Kies Browsegeschiedenis. Klik op Gegevens wissen of Nu wissen.",
      "Firefox: druk op Ctrl + Shift + Delete (Mac: Cmd + Shift + Delete). Kies Geschiedenis. Klik op Wissen.",
      "Safari op een Mac: klik bovenin op Geschiedenis. Klik dan op Wis geschiedenis."
    ] },
    { h: "Op een telefoon of tablet" },
    { ul: [
      "Chrome: tik op de 3 puntjes. Tik op Geschiedenis. Tik op Browsegegevens wissen.",
      "Safari op een iPhone of iPad: open Instellingen. Tik op Safari (soms eerst op Apps). Tik op Wis geschiedenis en websitedata.",
      "Firefox: tik op het menu. Tik op Geschiedenis. Tik op het prullenbakje.",
      "Edge: tik op het menu. Tik op Geschiedenis. Tik op het prullenbakje."
    ] },
    { h: "Tips" },
    { ul: [
      "Wis je alles? Dan valt dat misschien op. Je kunt ook alleen deze website uit je geschiedenis halen. Zoek de website op in je geschiedenis en verwijder hem.",
      "Gebruik de volgende keer een privévenster (incognito). Dan onthoudt de browser niets. Chrome en Edge: Ctrl + Shift + N. Firefox: Ctrl + Shift + P. Safari: Cmd + Shift + N. Op een telefoon vind je het privévenster in het menu van de browser.",
      "Heb je gebeld? Haal het nummer dan ook uit de lijst met gesprekken op je telefoon."
    ] }
  ];

  // ---------------------------------------------------------------- configuration
  function findScript() {
    var current = document.currentScript;
    if (current && current.src) {
      return current;
    }
    var scripts = document.getElementsByTagName("script");
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/widget\.js(\?|#|$)/.test(scripts[i].src || "")) {
        return scripts[i];
      }
    }
    return null;
  }

  function baseUrlOf(src) {
    // "https://host/path/widget.js?x" -> "https://host/path/"; a script under /static/ maps to its parent.
    var base = String(src).replace(/[?#].*$/, "").replace(/[^/]*$/, "");
    return base.replace(/static\/$/, "");
  }

  function hexToRgb(hex) {
    var h = hex.replace("#", "");
    if (h.length === 3) {
      h = h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    }
    return [parseInt(h.substr(0, 2), 16), parseInt(h.substr(2, 2), 16), parseInt(h.substr(4, 2), 16)];
  }

  function contrastWithWhite(hex) {
    var lum = hexToRgb(hex).map(function (c) {
      var s = c / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    return 1.05 / (l + 0.05);
  }

  function readConfig(script) {
    var data = (script && script.dataset) || {};
    var color = DEFAULT_COLOR;
    if (data.color && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.color)) {
      if (contrastWithWhite(data.color) >= 4.5) {
        color = data.color;
      } else if (window.console) {
        window.console.warn("Veilig Verder widget: data-color heeft te weinig contrast met wit; standaardkleur gebruikt.");
      }
    }
    var exitUrl = DEFAULT_EXIT_URL;
    if (data.exitUrl) {
      try {
        var parsed = new URL(data.exitUrl, window.location.href);
        if (parsed.protocol === "https:" || parsed.protocol === "http:") {
          exitUrl = parsed.href;
        }
      } catch (e) { /* keep the default */ }
    }
    var base = script && script.src ? baseUrlOf(script.src) : baseUrlOf(window.location.href);
    return {
      gemeente: (data.gemeente || "").slice(0, 80),
      color: color,
      position: data.position === "left" ? "left" : "right",
      exitUrl: exitUrl,
      apiUrl: base + "api/chat",
      textsUrl: base + "api/widget-teksten/",
      eventUrl: base + "api/gebeurtenis",
      cssUrl: base + "static/widget.css"
    };
  }

  // ---------------------------------------------------------------- storage (sessionStorage only)
  function storageGet(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function storageSet(key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (e) { /* storage full or blocked: the chat still works in memory */ }
  }

  function storageRemove(key) {
    try {
      window.sessionStorage.removeItem(key);
    } catch (e) { /* nothing stored */ }
  }

  function storageClear() {
    try {
      var keys = [];
      for (var i = 0; i < window.sessionStorage.length; i++) {
        var key = window.sessionStorage.key(i);
        if (key && key.indexOf(STORAGE_PREFIX) === 0) {
          keys.push(key);
        }
      }
      keys.forEach(function (k) { window.sessionStorage.removeItem(k); });
    } catch (e) { /* nothing stored */ }
  }

  // ---------------------------------------------------------------- text helpers
  var PHONE_PATTERN = new RegExp("(^|[^\\d])(" + NUMBERS.emergency.label + "|0[89]00[- ]?\\d{4})(?![\\d])", "g");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  // Appends text to parent as text nodes; phone numbers become tel: links. Never uses innerHTML.
  function appendLinkedText(parent, text) {
    var last = 0;
    var match;
    PHONE_PATTERN.lastIndex = 0;
    while ((match = PHONE_PATTERN.exec(text)) !== null) {
      var start = match.index + match[1].length;
      if (start > last) {
        parent.appendChild(document.createTextNode(text.slice(last, start)));
      }
      var link = el("a", "vv-tel", match[2]);
      link.href = "tel:" + match[2].replace(/[^\d]/g, "");
      parent.appendChild(link);
      last = start + match[2].length;
      PHONE_PATTERN.lastIndex = last;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  var COMMON_WORDS = ["en", "in", "op", "of", "om", "is", "te", "na", "ik", "je", "we", "ze", "al", "nu", "zo",
    "uw", "de", "ja", "nee", "er", "me", "ook", "tot", "van", "tm", "et"];

  // True when the text looks like personal data: phone number, e-mail, postcode + house number, BSN.
  function looksPersonal(text) {
    if (/[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i.test(text)) {
      return true;
    }
    // Postcode with a house number ("1234 AB 12"), or a postcode written as one ("1234AB", "1234 AB").
    var postcodes = [/(^|[^\d])[1-9]\d{3} ?([a-z]{2})(?![a-z])[\s,]*\d{1,5}/gi,
      /(^|[^\d])[1-9]\d{3}(?:([a-z]{2})| ?([A-Z]{2}))(?![a-zA-Z])/g];
    for (var p = 0; p < postcodes.length; p++) {
      var found;
      while ((found = postcodes[p].exec(text)) !== null) {
        // "2019 en 2020" is not an address: skip common two-letter Dutch words.
        if (COMMON_WORDS.indexOf((found[2] || found[3]).toLowerCase()) === -1) {
          return true;
        }
      }
    }
    var runs = text.match(/\+?\d[\d\s().\-]*\d/g) || [];
    for (var i = 0; i < runs.length; i++) {
      var parts = [runs[i]].concat(runs[i].split(/\s+/));
      for (var j = 0; j < parts.length; j++) {
        var digits = parts[j].replace(/[^\d+]/g, "");
        if (/^(\+31|0031)\(?0?\)?\d{9}$/.test(digits.replace(/[()]/g, "")) || /^0\d{9}$/.test(digits) ||
            /^\d{9}$/.test(digits)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- the widget
  function Widget(config) {
    this.config = config;
    this.sessionId = storageGet(KEY_SESSION);
    this.messages = [];
    this.pending = false;
    this.lastEscape = 0;
    this.removed = false;
    // The chosen language (sent with every message) and the language of the labels shown.
    this.language = languageInfo(storageGet(KEY_LANGUAGE)) ? storageGet(KEY_LANGUAGE) : "nl";
    this.texts = T;
    this.textLanguage = "nl";
    this.languageRequest = 0;
    var stored = storageGet(KEY_MESSAGES);
    if (stored) {
      try {
        var parsed = JSON.parse(stored);
        if (Array.isArray(parsed)) {
          this.messages = parsed.filter(function (m) { return m && typeof m.text === "string"; });
        }
      } catch (e) {
        this.messages = [];
      }
    }
  }

  // A label in the language shown; the built-in Dutch text when it is missing.
  Widget.prototype.t = function (key, values) {
    var text = this.texts[key];
    return format(typeof text === "string" && text ? text : T[key], values);
  };

  Widget.prototype.subtitleText = function () {
    return this.config.gemeente ? this.t("subtitle", { gemeente: this.config.gemeente }) : this.t("launcher");
  };

  Widget.prototype.build = function () {
    var self = this;
    var root = el("div", "vv-widget vv-pos-" + this.config.position);
    root.setAttribute("data-vv-widget", "");
    root.hidden = true; // shown once widget.css has loaded (or failed), so it never flashes unstyled
    root.style.setProperty("--vv-color", this.config.color);
    this.root = root;

    // Launcher area: quick exit + open button.
    var bar = el("div", "vv-launcher-bar");
    this.launcherExit = this.exitButton("vv-exit vv-exit--launcher");
    this.launcher = el("button", "vv-launcher", T.launcher);
    this.launcher.type = "button";
    this.launcher.setAttribute("aria-expanded", "false");
    this.launcher.setAttribute("aria-controls", "vv-panel");
    this.launcher.addEventListener("click", function () { self.open(true); });
    bar.appendChild(this.launcherExit);
    bar.appendChild(this.launcher);
    this.bar = bar;

    // Panel.
    var panel = el("div", "vv-panel");
    panel.id = "vv-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", T.dialogLabel);
    panel.hidden = true;
    this.panel = panel;
    // The labels' language, also when the host page is in another one (changed by applyTexts).
    [root, panel].forEach(function (node) {
      node.setAttribute("lang", "nl");
      node.setAttribute("dir", "ltr");
    });

    var header = el("div", "vv-header");
    var top = el("div", "vv-header-top");
    var titles = el("div", "vv-titles");
    this.titleText = titles.appendChild(el("p", "vv-title", T.title));
    this.subtitle = titles.appendChild(el("p", "vv-subtitle", this.subtitleText()));
    top.appendChild(titles);
    this.panelExit = this.exitButton("vv-exit");
    top.appendChild(this.panelExit);
    var close = el("button", "vv-close");
    close.type = "button";
    close.setAttribute("aria-label", T.close);
    close.title = T.close;
    close.appendChild(el("span", "vv-close-icon", "\u00d7")).setAttribute("aria-hidden", "true");
    close.addEventListener("click", function () { self.close(); });
    this.closeButton = close;
    top.appendChild(close);
    header.appendChild(top);

    this.robot = header.appendChild(el("p", "vv-robot", T.robot));
    var numbers = el("ul", "vv-numbers");
    numbers.setAttribute("aria-label", "Hulp via de telefoon");
    var call112 = this.telItem(NUMBERS.emergency.tel, T.call112, "vv-num vv-num--112");
    var callVT = this.telItem(NUMBERS.veiligThuis.tel, T.callVT, "vv-num");
    this.call112 = call112.firstChild;
    this.callVT = callVT.firstChild;
    numbers.appendChild(call112);
    numbers.appendChild(callVT);
    header.appendChild(numbers);

    var links = el("div", "vv-header-links");
    this.historyToggle = el("button", "vv-link", T.historyLink);
    this.historyToggle.type = "button";
    this.historyToggle.setAttribute("aria-expanded", "false");
    this.historyToggle.setAttribute("aria-controls", "vv-history");
    this.historyToggle.addEventListener("click", function () { self.toggleHistory(); });
    links.appendChild(this.historyToggle);
    links.appendChild(this.languageChoice());
    var hint = el("span", "vv-sr-only", T.quickExitHint);
    hint.id = "vv-exit-hint";
    this.exitHint = hint;
    links.appendChild(hint);
    header.appendChild(links);
    panel.appendChild(header);

    // History help (shown instead of the messages).
    var help = el("div", "vv-history");
    help.id = "vv-history";
    help.hidden = true;
    help.setAttribute("role", "region");
    help.setAttribute("aria-label", T.historyLink);
    // The explanation itself is only in Dutch: marked as such for screen readers.
    var helpText = el("div", "vv-history-body");
    helpText.setAttribute("lang", "nl");
    helpText.setAttribute("dir", "ltr");
    help.appendChild(helpText);
    HISTORY_HELP.forEach(function (block, index) {
      if (block.h) {
        var heading = el("p", index === 0 ? "vv-history-title" : "vv-history-heading", block.h);
        if (index === 0) {
          heading.tabIndex = -1;
          self.historyTitle = heading;
        }
        helpText.appendChild(heading);
      } else if (block.p) {
        helpText.appendChild(el("p", "vv-history-text", block.p));
      } else if (block.ul) {
        var list = el("ul", "vv-history-list");
        block.ul.forEach(function (item) { list.appendChild(el("li", null, item)); });
        helpText.appendChild(list);
      }
    });
    var back = el("button", "vv-button vv-button--secondary", T.historyBack);
    back.type = "button";
    this.historyBack = back;
    back.addEventListener("click", function () { self.toggleHistory(false); });
    help.appendChild(back);
    this.help = help;
    panel.appendChild(help);

    // Messages.
    var log = el("div", "vv-messages");
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    log.setAttribute("aria-label", "Berichten");
    log.tabIndex = 0;
    this.log = log;
    panel.appendChild(log);

    var typing = el("div", "vv-typing");
    typing.setAttribute("role", "status");
    typing.setAttribute("aria-live", "polite");
    this.typing = typing;
    panel.appendChild(typing);

    // Personal data warning.
    var warning = el("div", "vv-warning");
    warning.hidden = true;
    var warningText = el("p", "vv-warning-text", T.privacyWarning);
    warningText.id = "vv-warning-text";
    warningText.tabIndex = -1;
    this.warningText = warningText;
    warning.setAttribute("role", "group");
    warning.setAttribute("aria-labelledby", "vv-warning-text");
    warning.appendChild(warningText);
    var warningButtons = el("div", "vv-warning-buttons");
    var sendAnyway = el("button", "vv-button", T.sendAnyway);
    sendAnyway.type = "button";
    sendAnyway.addEventListener("click", function () { self.hideWarning(); self.sendTyped(true); });
    var edit = el("button", "vv-button vv-button--secondary", T.edit);
    edit.type = "button";
    edit.addEventListener("click", function () { self.hideWarning(); self.input.focus(); });
    this.sendAnywayButton = sendAnyway;
    this.editButton = edit;
    warningButtons.appendChild(sendAnyway);
    warningButtons.appendChild(edit);
    warning.appendChild(warningButtons);
    this.warning = warning;
    panel.appendChild(warning);

    // Input.
    var composer = el("div", "vv-composer");
    var label = el("label", "vv-label", T.inputLabel);
    label.htmlFor = "vv-input";
    this.inputLabel = label;
    composer.appendChild(label);
    var row = el("div", "vv-input-row");
    var input = el("textarea", "vv-input");
    input.id = "vv-input";
    input.rows = 2;
    input.maxLength = MAX_CHARS;
    input.setAttribute("aria-describedby", "vv-input-hint vv-counter");
    input.setAttribute("autocomplete", "off");
    input.addEventListener("keydown", function (event) { self.onInputKey(event); });
    input.addEventListener("input", function () { self.updateCounter(); self.hideWarning(); });
    this.input = input;
    row.appendChild(input);
    var send = el("button", "vv-send", T.send);
    send.type = "button";
    send.addEventListener("click", function () { self.sendTyped(false); });
    this.sendButton = send;
    row.appendChild(send);
    composer.appendChild(row);
    var meta = el("div", "vv-input-meta");
    var inputHint = el("span", "vv-input-hint", T.inputHint);
    inputHint.id = "vv-input-hint";
    this.inputHint = inputHint;
    meta.appendChild(inputHint);
    var counter = el("span", "vv-counter", this.t("counter", { n: 0, max: MAX_CHARS }));
    counter.id = "vv-counter";
    this.counter = counter;
    meta.appendChild(counter);
    composer.appendChild(meta);
    panel.appendChild(composer);

    root.appendChild(panel);
    root.appendChild(bar);
    this.renderAll();
    return root;
  };

  // The language choice: a visible label and a <select> with each language in its own name.
  Widget.prototype.languageChoice = function () {
    var self = this;
    var box = el("div", "vv-language");
    var label = el("label", "vv-language-label", languageInfo("nl").label);
    label.htmlFor = "vv-language";
    var select = el("select", "vv-language-select");
    select.id = "vv-language";
    LANGUAGES.forEach(function (language) {
      var option = el("option", null, language.name);
      option.value = language.code;
      option.setAttribute("lang", language.code);
      option.setAttribute("dir", language.rtl ? "rtl" : "ltr");
      select.appendChild(option);
    });
    select.value = this.language;
    select.addEventListener("change", function () { self.setLanguage(select.value); });
    box.appendChild(label);
    box.appendChild(select);
    this.languageLabel = label;
    this.languageSelect = select;
    return box;
  };

  Widget.prototype.exitButton = function (className) {
    var self = this;
    var button = el("button", className, T.quickExit);
    button.type = "button";
    button.setAttribute("data-vv-exit", "");
    button.setAttribute("aria-describedby", "vv-exit-hint");
    button.addEventListener("click", function () { self.quickExit(); });
    return button;
  };

  Widget.prototype.telItem = function (tel, text, className) {
    var item = el("li");
    var link = el("a", className, text);
    link.href = "tel:" + tel;
    item.appendChild(link);
    return item;
  };

  // ------------------------------------------------------------ open / close / help
  Widget.prototype.open = function (focus) {
    this.panel.hidden = false;
    this.bar.hidden = true;
    this.launcher.setAttribute("aria-expanded", "true");
    this.root.classList.add("vv-is-open");
    storageSet(KEY_OPEN, "1");
    this.scrollToEnd();
    if (focus) {
      this.input.focus();
    }
  };

  Widget.prototype.close = function () {
    this.toggleHistory(false, true);
    this.hideWarning();
    this.panel.hidden = true;
    this.bar.hidden = false;
    this.launcher.setAttribute("aria-expanded", "false");
    this.root.classList.remove("vv-is-open");
    storageSet(KEY_OPEN, "0");
    this.launcher.focus();
  };

  Widget.prototype.toggleHistory = function (show, silent) {
    if (show === undefined) {
      show = this.help.hidden;
    }
    this.help.hidden = !show;
    this.log.hidden = show;
    this.historyToggle.setAttribute("aria-expanded", show ? "true" : "false");
    this.root.classList.toggle("vv-history-open", show);
    if (silent) {
      return;
    }
    if (show) {
      this.help.scrollTop = 0;
      this.historyTitle.focus();
    } else {
      this.historyToggle.focus();
      this.scrollToEnd();
    }
  };

  // ------------------------------------------------------------ quick exit
  Widget.prototype.quickExit = function () {
    // Counted only (anonymous insight for the municipality); sent while the page leaves.
    try {
      if (navigator.sendBeacon) {
        navigator.sendBeacon(this.config.eventUrl, new Blob([JSON.stringify({
          soort: "snel_weg", gemeente: this.config.gemeente || null, taal: this.language || "nl"
        })], { type: "text/plain" }));
      }
    } catch (ignored) { /* leaving fast matters more than counting */ }
    storageClear();
    this.removed = true;
    if (this.root && this.root.parentNode) {
      this.root.parentNode.removeChild(this.root);
    }
    window.location.replace(this.config.exitUrl);
  };

  Widget.prototype.onDocumentKey = function (event) {
    if (this.removed || (event.key !== "Escape" && event.key !== "Esc")) {
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    if (now - this.lastEscape <= ESCAPE_WINDOW_MS) {
      this.lastEscape = 0;
      event.preventDefault();
      this.quickExit();
      return;
    }
    this.lastEscape = now;
    // A single Escape closes the innermost open part of the widget.
    if (!this.warning.hidden) {
      this.hideWarning();
      this.input.focus();
    } else if (!this.help.hidden) {
      this.toggleHistory(false);
    } else if (!this.panel.hidden && this.root.contains(document.activeElement)) {
      this.close();
    }
  };

  // ------------------------------------------------------------ rendering
  Widget.prototype.renderAll = function () {
    while (this.log.firstChild) {
      this.log.removeChild(this.log.firstChild);
    }
    this.intro = [
      this.renderMessage({ from: "bot", text: this.t("welcome"), intro: true }, false),
      this.renderMessage({ from: "bot", text: this.t("peopleAvailable"), intro: true }, false)
    ];
    var self = this;
    this.messages.forEach(function (m) { self.renderMessage(m, false); });
  };

  Widget.prototype.renderMessage = function (message, scroll) {
    var item = this.messageItem(message);
    this.log.appendChild(item);
    if (scroll !== false) {
      this.scrollToEnd();
    }
    return item;
  };

  Widget.prototype.messageItem = function (message) {
    var self = this;
    var item = el("div", "vv-msg vv-msg--" + message.from);
    var bubble = el("div", "vv-bubble");
    // A message carries its language (screen readers) and direction (Arabic); without one it
    // takes the widget's. What the person typed can be in any script: its direction is "auto".
    if (message.lang && languageInfo(message.lang)) {
      bubble.setAttribute("lang", message.lang);
      bubble.setAttribute("dir", message.lang === "ar" ? "rtl" : "auto");
    }
    if (message.from === "user") {
      bubble.setAttribute("dir", "auto");
    }
    var prefix = message.from === "user" ? this.t("you") : (message.from === "notice" ? this.t("notice") : this.t("bot"));
    var prefixNode = el("span", "vv-sr-only", prefix);
    prefixNode.setAttribute("lang", this.textLanguage);
    bubble.appendChild(prefixNode);
    if (message.from === "user") {
      bubble.appendChild(document.createTextNode(message.text));
    } else {
      appendLinkedText(bubble, message.text);
    }
    item.appendChild(bubble);
    if (message.buttons && message.buttons.length) {
      var replies = el("div", "vv-replies");
      replies.setAttribute("role", "group");
      replies.setAttribute("aria-label", "Kies een antwoord");
      message.buttons.forEach(function (b) {
        var button = el("button", "vv-reply", b.title);
        button.type = "button";
        button.addEventListener("click", function () {
          if (!self.pending) {
            self.send(b.payload, b.title, false);
          }
        });
        replies.appendChild(button);
      });
      item.appendChild(replies);
    }
    return item;
  };

  Widget.prototype.scrollToEnd = function () {
    this.log.scrollTop = this.log.scrollHeight;
  };

  Widget.prototype.addMessage = function (message) {
    this.messages.push(message);
    if (this.messages.length > MAX_STORED_MESSAGES) {
      this.messages = this.messages.slice(-MAX_STORED_MESSAGES);
    }
    this.save();
    return this.renderMessage(message, true);
  };

  Widget.prototype.save = function () {
    storageSet(KEY_MESSAGES, JSON.stringify(this.messages));
    if (this.sessionId) {
      storageSet(KEY_SESSION, this.sessionId);
    }
  };

  // Quick replies only belong to the latest bot turn: drop them once the person answers.
  Widget.prototype.dropReplies = function () {
    this.messages.forEach(function (m) { delete m.buttons; });
    var groups = this.log.querySelectorAll(".vv-replies");
    for (var i = 0; i < groups.length; i++) {
      groups[i].parentNode.removeChild(groups[i]);
    }
  };

  Widget.prototype.setPending = function (pending) {
    this.pending = pending;
    this.sendButton.disabled = pending;
    this.root.classList.toggle("vv-is-pending", pending);
    this.typing.textContent = pending ? this.t("typing") : "";
  };

  Widget.prototype.updateCounter = function () {
    var n = this.input.value.length;
    this.counter.textContent = this.t("counter", { n: n, max: MAX_CHARS });
    this.counter.classList.toggle("vv-counter--near", n > MAX_CHARS - 100);
  };

  Widget.prototype.showWarning = function () {
    this.warning.hidden = false;
    this.warningText.focus();
  };

  Widget.prototype.hideWarning = function () {
    this.warning.hidden = true;
  };

  // ------------------------------------------------------------ sending
  Widget.prototype.onInputKey = function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.sendTyped(false);
    }
  };

  Widget.prototype.sendTyped = function (confirmed) {
    if (this.pending) {
      return;
    }
    var text = this.input.value;
    if (!text.trim()) {
      this.input.focus();
      return;
    }
    if (text.length > MAX_CHARS) {
      this.addMessage({ from: "notice", text: this.t("tooLong", { max: MAX_CHARS }), lang: this.textLanguage });
      return;
    }
    if (!confirmed && looksPersonal(text)) {
      this.showWarning();
      return;
    }
    this.send(text, text, true);
  };

  Widget.prototype.send = function (message, shown, typed) {
    var self = this;
    this.hideWarning();
    this.dropReplies();
    var userMessage = { from: "user", text: shown };
    var userItem = this.addMessage(userMessage);
    var userIndex = this.messages.length - 1;
    if (typed) {
      this.input.value = "";
      this.updateCounter();
    }
    this.input.focus();
    this.setPending(true);

    var failed = function (notice, lang) {
      // Not delivered: take the bubble away and give the typed text back.
      if (self.messages[userIndex] && self.messages[userIndex].from === "user") {
        self.messages.splice(userIndex, 1);
      }
      if (userItem.parentNode) {
        userItem.parentNode.removeChild(userItem);
      }
      if (typed && !self.input.value) {
        self.input.value = message;
        self.updateCounter();
      }
      self.addMessage({ from: "notice", text: notice, lang: lang });
    };

    this.post({ session_id: this.sessionId || null, message: message, gemeente: this.config.gemeente || null,
      taal: this.language }).then(function (result) {
      if (self.removed) {
        return;
      }
      self.setPending(false);
      var body = result.body;
      if (result.ok && body && typeof body.session_id === "string" && Array.isArray(body.messages)) {
        self.sessionId = body.session_id;
        var answered = languageInfo(body.taal) ? body.taal : null;
        if (answered) {
          // The gateway detected the language of what the person typed.
          userMessage.lang = answered;
          userItem.firstChild.setAttribute("lang", answered);
        }
        // The person switched language by writing: the widget follows (or retries a failed switch).
        if (answered && (answered !== self.language || answered !== self.textLanguage)) {
          self.setLanguage(answered);
        }
        body.messages.forEach(function (m) {
          if (!m || typeof m.text !== "string") {
            return;
          }
          var buttons = Array.isArray(m.buttons) ? m.buttons.filter(function (b) {
            return b && typeof b.title === "string" && typeof b.payload === "string";
          }).map(function (b) { return { title: b.title, payload: b.payload }; }) : [];
          self.addMessage({ from: "bot", text: m.text, buttons: buttons,
            lang: typeof body.taal === "string" ? body.taal : "nl" });
        });
        self.save();
      } else if (body && typeof body.message === "string" && body.message) {
        failed(body.message, "nl"); // the gateway's own error messages are Dutch
      } else {
        failed(self.t("networkError"), self.textLanguage);
      }
    });
  };

  // Resolves to {ok, body}; never rejects (network errors give body null).
  Widget.prototype.post = function (payload) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    return window.fetch(this.config.apiUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.json().then(function (body) {
        return { ok: response.ok, body: body && typeof body === "object" ? body : null };
      }, function () {
        return { ok: false, body: null };
      });
    }, function () {
      return { ok: false, body: null };
    }).then(function (result) {
      if (timer) {
        window.clearTimeout(timer);
      }
      return result;
    });
  };

  // ------------------------------------------------------------ language
  // Chooses a language: sent with every message from now on; the labels follow once they are
  // loaded from the gateway. When that fails the labels stay as they are (the built-in Dutch at
  // first), so the header with 112 and 0800-2000 is always there.
  Widget.prototype.setLanguage = function (code) {
    var self = this;
    if (!languageInfo(code) || this.removed) {
      return;
    }
    this.language = code;
    storageSet(KEY_LANGUAGE, code);
    if (this.languageSelect.value !== code) {
      this.languageSelect.value = code;
    }
    var request = ++this.languageRequest;
    if (code === "nl") {
      storageRemove(KEY_TEXTS);
      this.applyTexts("nl", T);
      return;
    }
    var cached = null;
    try {
      cached = checkedTexts(JSON.parse(storageGet(KEY_TEXTS) || "null"), code);
    } catch (e) {
      cached = null;
    }
    if (cached) {
      this.applyTexts(code, cached);
      return;
    }
    this.fetchTexts(code).then(function (data) {
      var texts = checkedTexts(data, code);
      if (!texts || self.removed || request !== self.languageRequest) {
        return;
      }
      storageSet(KEY_TEXTS, JSON.stringify({ taal: code, teksten: texts }));
      self.applyTexts(code, texts);
    });
  };

  // Resolves to the gateway's answer, or null (network error, timeout, not JSON); never rejects.
  Widget.prototype.fetchTexts = function (code) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, TEXTS_TIMEOUT_MS) : null;
    return window.fetch(this.config.textsUrl + encodeURIComponent(code), {
      method: "GET",
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (body) {
      return body;
    }, function () {
      return null;
    }).then(function (body) {
      if (timer) {
        window.clearTimeout(timer);
      }
      return body;
    });
  };

  // Puts the labels of one language in the widget, with its lang and dir on the dialog.
  Widget.prototype.applyTexts = function (code, texts) {
    var self = this;
    var dir = directionOf(code);
    this.texts = texts;
    this.textLanguage = code;
    [this.root, this.panel].forEach(function (node) {
      node.setAttribute("lang", code);
      node.setAttribute("dir", dir);
    });
    this.launcher.textContent = this.t("launcher");
    this.panel.setAttribute("aria-label", this.t("dialogLabel"));
    this.titleText.textContent = this.t("title");
    this.subtitle.textContent = this.subtitleText();
    this.closeButton.setAttribute("aria-label", this.t("close"));
    this.closeButton.title = this.t("close");
    this.robot.textContent = this.t("robot");
    this.call112.textContent = this.t("call112");
    this.callVT.textContent = this.t("callVT");
    this.launcherExit.textContent = this.t("quickExit");
    this.panelExit.textContent = this.t("quickExit");
    this.exitHint.textContent = this.t("quickExitHint");
    this.historyToggle.textContent = this.t("historyLink");
    this.help.setAttribute("aria-label", this.t("historyLink"));
    this.historyBack.textContent = this.t("historyBack");
    this.languageLabel.textContent = languageInfo(code).label;
    this.warningText.textContent = this.t("privacyWarning");
    this.sendAnywayButton.textContent = this.t("sendAnyway");
    this.editButton.textContent = this.t("edit");
    this.inputLabel.textContent = this.t("inputLabel");
    this.inputHint.textContent = this.t("inputHint");
    this.sendButton.textContent = this.t("send");
    if (this.pending) {
      this.typing.textContent = this.t("typing");
    }
    this.updateCounter();
    // The two welcome messages follow the language; the conversation itself stays as it was.
    this.intro = this.intro.map(function (item, index) {
      var fresh = self.messageItem({ from: "bot", text: self.t(index === 0 ? "welcome" : "peopleAvailable"), intro: true });
      if (item.parentNode) {
        item.parentNode.replaceChild(fresh, item);
      }
      return fresh;
    });
  };

  // ------------------------------------------------------------ start
  function injectCss(url, done) {
    var links = document.querySelectorAll("link[rel=stylesheet]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].href === url) {
        done();
        return;
      }
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = url;
    link.setAttribute("data-vv-widget-css", "");
    var finished = false;
    var finish = function () {
      if (!finished) {
        finished = true;
        done();
      }
    };
    link.addEventListener("load", finish);
    link.addEventListener("error", finish);
    window.setTimeout(finish, 3000);
    (document.head || document.documentElement).appendChild(link);
  }

  function start() {
    var config = readConfig(SCRIPT);
    var widget = new Widget(config);
    var root = widget.build();
    document.body.appendChild(root);
    if (widget.language !== "nl") {
      widget.setLanguage(widget.language); // the choice made earlier in this tab
    }
    document.addEventListener("keydown", function (event) { widget.onDocumentKey(event); }, true);
    injectCss(config.cssUrl, function () {
      if (widget.removed) {
        return;
      }
      root.hidden = false;
      if (storageGet(KEY_OPEN) === "1") {
        widget.open(false);
      }
    });
    window.VeiligVerderWidget = {
      open: function () { widget.open(true); },
      close: function () { widget.close(); },
      quickExit: function () { widget.quickExit(); }
    };
  }

  var SCRIPT = findScript();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
