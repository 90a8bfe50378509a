/* ficshelf reading settings: theme, text size and line width, kept in localStorage.
   Loaded in <head> (the CSP forbids inline script): it applies the saved settings to <html>
   at once, so a dark theme never flashes light, then adds the controls once the page is
   parsed (the theme button in the header, the text size and line width buttons in a work's
   empty #reader-settings): controls that need scripts exist only when scripts run.
   Settings are data attributes the stylesheet reads: data-theme, data-size, data-width. */
(function () {
  "use strict";

  var KEY = "ficshelf.reading";
  var SIZES = { min: 1, max: 5, initial: 3 };
  var WIDTHS = ["narrow", "medium", "wide"];
  var root = document.documentElement;

  function systemTheme() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches
      ? "dark"
      : "light";
  }

  function load() {
    var saved = {};
    try {
      saved = JSON.parse(window.localStorage.getItem(KEY) || "{}") || {};
    } catch (e) {
      saved = {};
    }
    var size = parseInt(saved.size, 10);
    return {
      theme: saved.theme === "dark" || saved.theme === "light" ? saved.theme : systemTheme(),
      size: size >= SIZES.min && size <= SIZES.max ? size : SIZES.initial,
      width: WIDTHS.indexOf(saved.width) >= 0 ? saved.width : "medium",
    };
  }

  function save(settings) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(settings));
    } catch (e) {
      /* private browsing or storage full: settings last for this page only */
    }
  }

  function apply(settings) {
    root.setAttribute("data-theme", settings.theme);
    root.setAttribute("data-size", String(settings.size));
    root.setAttribute("data-width", settings.width);
  }

  var settings = load();
  apply(settings);
  root.classList.add("js");

  function change(update) {
    for (var name in update) {
      if (Object.prototype.hasOwnProperty.call(update, name)) {
        settings[name] = update[name];
      }
    }
    apply(settings);
    save(settings);
    refreshControls();
  }

  function refreshControls() {
    var toggle = document.getElementById("theme-toggle");
    if (toggle) {
      var dark = settings.theme === "dark";
      toggle.setAttribute("aria-pressed", dark ? "true" : "false");
      toggle.textContent = dark ? "Light theme" : "Dark theme";
    }
    var buttons = document.querySelectorAll("#reader-settings [data-width]");
    for (var i = 0; i < buttons.length; i++) {
      var pressed = buttons[i].getAttribute("data-width") === settings.width;
      buttons[i].setAttribute("aria-pressed", pressed ? "true" : "false");
    }
    var smaller = document.querySelector('#reader-settings [data-action="smaller"]');
    var larger = document.querySelector('#reader-settings [data-action="larger"]');
    if (smaller) smaller.disabled = settings.size <= SIZES.min;
    if (larger) larger.disabled = settings.size >= SIZES.max;
  }

  function element(tag, attributes, text) {
    var made = document.createElement(tag);
    for (var name in attributes) {
      if (Object.prototype.hasOwnProperty.call(attributes, name)) {
        made.setAttribute(name, attributes[name]);
      }
    }
    if (text) made.textContent = text;
    return made;
  }

  function addThemeToggle() {
    var header = document.querySelector(".site-header-inner");
    if (!header || document.getElementById("theme-toggle")) return;
    var toggle = element(
      "button",
      { type: "button", class: "theme-toggle", id: "theme-toggle", "aria-pressed": "false" },
      "Dark theme"
    );
    header.appendChild(toggle);
    toggle.addEventListener("click", function () {
      change({ theme: settings.theme === "dark" ? "light" : "dark" });
    });
  }

  function fillSettings(panel) {
    if (panel.children.length) return;
    panel.appendChild(element("span", { class: "settings-label" }, "Text size"));
    panel.appendChild(
      element("button", { type: "button", "data-action": "smaller", "aria-label": "Smaller text" }, "A\u2212")
    );
    panel.appendChild(
      element("button", { type: "button", "data-action": "larger", "aria-label": "Larger text" }, "A+")
    );
    panel.appendChild(element("span", { class: "settings-label" }, "Line width"));
    for (var i = 0; i < WIDTHS.length; i++) {
      var label = WIDTHS[i].charAt(0).toUpperCase() + WIDTHS[i].slice(1);
      panel.appendChild(
        element("button", { type: "button", "data-width": WIDTHS[i], "aria-pressed": "false" }, label)
      );
    }
  }

  function wire() {
    addThemeToggle();

    var panel = document.getElementById("reader-settings");
    if (panel) {
      fillSettings(panel);
      panel.hidden = false;
      panel.addEventListener("click", function (event) {
        var button = event.target.closest("button");
        if (!button || !panel.contains(button)) return;
        var action = button.getAttribute("data-action");
        if (action === "smaller" && settings.size > SIZES.min) change({ size: settings.size - 1 });
        if (action === "larger" && settings.size < SIZES.max) change({ size: settings.size + 1 });
        var width = button.getAttribute("data-width");
        if (width) change({ width: width });
      });
    }

    var selects = document.querySelectorAll("select[data-autosubmit]");
    for (var i = 0; i < selects.length; i++) {
      selects[i].addEventListener("change", function (event) {
        var form = event.target.form;
        if (form.requestSubmit) form.requestSubmit();
        else form.submit();
      });
    }

    followChapterAnchor();
    refreshControls();
  }

  // The entire work of a long text is read in parts: a link to a chapter's anchor
  // ("#chapter-12") made before, or to a part that does not hold it, goes on to the part
  // where that chapter begins (the parts navigation lists them in data-chapter-parts).
  function followChapterAnchor() {
    var wanted = /^#chapter-([1-9][0-9]*)$/.exec(window.location.hash);
    var nav = document.querySelector("[data-chapter-parts]");
    if (!wanted || !nav || document.getElementById(wanted[0].slice(1))) return;
    var part = nav.getAttribute("data-chapter-parts").split(" ")[parseInt(wanted[1], 10) - 1];
    if (!part) return;
    var target = new URL(nav.getAttribute("data-part-url"), window.location.href);
    if (part !== "1") target.searchParams.set("part", part);
    target.hash = wanted[0];
    window.location.replace(target.href);
  }

  // Another tab changed the settings: follow it.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      settings = load();
      apply(settings);
      refreshControls();
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
