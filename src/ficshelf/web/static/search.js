/* ficshelf tag autocomplete for the search and exclusions forms (the CSP forbids inline
   script, so it lives here). Every <input data-autocomplete> gets a list of suggestions from
   /autocomplete.json as the reader types: the most used tags whose name starts with what
   was typed ("type:" narrows to one type). Arrow keys move (and open the list again after
   Escape closed it), Enter or a click picks one (the input then holds "type:name"), Escape
   closes. Enter on text that names no tag while tags start with it highlights the first of
   them instead of searching for the partial name (a second Enter picks it); text that names
   a tag, or that no tag starts with, is submitted as typed. Without script the inputs take
   "type:name" as typed. It also leaves a search form's empty fields out of the URL it
   submits. */
(function () {
  "use strict";

  var TYPES = ["fandom", "character", "relationship", "rating", "warning", "category",
               "freeform", "pov", "tense"];
  var DELAY = 120;

  function attach(input, index) {
    var list = document.createElement("ul");
    var timer = null;
    var active = -1;
    var latest = 0;
    var shownFor = null; /* the input's value the list's suggestions were looked up for */
    var wanted = null; /* the key waiting for suggestions: "ArrowDown", "ArrowUp" or "Enter" */
    list.className = "suggestions";
    list.id = "suggestions-" + index;
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.parentNode.appendChild(list);

    function open() {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(item) {
      input.value = item.getAttribute("data-ref");
      shownFor = input.value; /* the list holds the chosen tag: Enter now submits */
      close();
      input.focus();
    }

    function highlight(next) {
      var items = list.querySelectorAll("li");
      if (!items.length) { return; }
      active = (next + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(tags, typed) {
      shownFor = typed;
      list.textContent = "";
      tags.forEach(function (tag, i) {
        var item = document.createElement("li");
        var name = document.createElement("span");
        var meta = document.createElement("span");
        item.id = list.id + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("data-ref", tag.ref);
        name.className = "suggestion-name";
        name.textContent = tag.name;
        meta.className = "suggestion-meta";
        meta.textContent = tag.type + " · " + tag.works + (tag.works === 1 ? " work" : " works");
        item.appendChild(name);
        item.appendChild(meta);
        item.addEventListener("mousedown", function (event) {
          event.preventDefault(); /* keep the focus in the input */
          choose(item);
        });
        list.appendChild(item);
      });
      list.hidden = !tags.length;
      active = -1;
      input.setAttribute("aria-expanded", tags.length ? "true" : "false");
      var key = wanted;
      wanted = null;
      if (key === "Enter") {
        if (tags.length && !named()) {
          highlight(0);
        } else if (input.form) {
          close();
          submit(input.form); /* the text names a tag, or no tag starts with it */
        }
      } else if (key && tags.length) {
        highlight(key === "ArrowUp" ? -1 : 0);
      }
    }

    function submit(form) {
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }

    /* Whether the text names one of the suggestions exactly ("harry" or "character:Harry"). */
    function named() {
      var typed = input.value.trim().toLowerCase();
      var bare = typed.slice(typed.indexOf(":") + 1).trim();
      var items = list.querySelectorAll("li");
      for (var i = 0; i < items.length; i++) {
        var ref = items[i].getAttribute("data-ref").toLowerCase();
        var name = items[i].querySelector(".suggestion-name").textContent.toLowerCase();
        if (ref === typed || name === bare) { return true; }
      }
      return false;
    }

    function lookup() {
      var typed = input.value.trim();
      var kind = "";
      var colon = typed.indexOf(":");
      if (colon > 0 && TYPES.indexOf(typed.slice(0, colon).trim().toLowerCase()) >= 0) {
        kind = typed.slice(0, colon).trim().toLowerCase();
        typed = typed.slice(colon + 1).trim();
      }
      var value = input.value;
      if (!typed) { wanted = null; close(); return; }
      /* the input names the lookup URL, so an archive served under a sub-path works */
      var base = input.getAttribute("data-autocomplete") || "/autocomplete.json";
      var url = base + "?q=" + encodeURIComponent(typed) +
        (kind ? "&type=" + encodeURIComponent(kind) : "");
      var ticket = ++latest;
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { tags: [] }; })
        .then(function (data) { if (ticket === latest) { show(data.tags || [], value); } })
        .catch(function () { wanted = null; close(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(lookup, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      var key = event.key;
      var fresh = shownFor === input.value; /* the list holds this text's suggestions */
      if (key === "ArrowDown" || key === "ArrowUp") {
        if (!input.value.trim()) { return; }
        event.preventDefault();
        if (!list.hidden) {
          highlight(active + (key === "ArrowDown" ? 1 : -1));
        } else if (fresh && list.children.length) {
          open();
          highlight(key === "ArrowDown" ? 0 : -1);
        } else {
          wanted = key;
          window.clearTimeout(timer);
          lookup();
        }
      } else if (key === "Escape") {
        close();
      } else if (key === "Enter") {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          choose(list.querySelectorAll("li")[active]);
        } else if (input.value.trim() && !fresh) {
          event.preventDefault(); /* decide once the suggestions for this text are in */
          wanted = "Enter";
          window.clearTimeout(timer);
          lookup();
        } else if (input.value.trim() && list.children.length && !named()) {
          event.preventDefault();
          open();
          highlight(0);
        }
      }
    });
    input.addEventListener("blur", close);
  }

  /* A search form leaves its empty fields out of the URL, which stays short and readable. */
  function tidy(form) {
    form.addEventListener("submit", function () {
      var fields = form.querySelectorAll("input, select");
      for (var i = 0; i < fields.length; i++) {
        if (fields[i].name && fields[i].value === "") { fields[i].disabled = true; }
      }
    });
    window.addEventListener("pageshow", function () {
      var fields = form.querySelectorAll("input, select");
      for (var i = 0; i < fields.length; i++) { fields[i].disabled = false; }
    });
  }

  function start() {
    var inputs = document.querySelectorAll("input[data-autocomplete]");
    for (var i = 0; i < inputs.length; i++) { attach(inputs[i], i); }
    var forms = document.querySelectorAll("form.search-form");
    for (var j = 0; j < forms.length; j++) { tidy(forms[j]); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
