// pressetool serve: was der Editor im Browser selbst tut. Zeilen (Gastgeber, Teilnehmende,
// Ansprechpersonen) hinzufügen, entfernen und verschieben; einen Hinweis zur Typografie
// übernehmen; Meldungen der Vorschau an ihre Felder binden (aria-invalid); sagen, wenn die
// Vorschau nicht kam, und es wieder versuchen; das Feld einer Adresse wie #f-body fokussieren. Die Vorschau selbst holt htmx (hx-post auf #vorschau); alles andere
// geht auch ohne dieses Skript.
"use strict";

(function () {
  function announce(text) {
    const region = document.getElementById("ansage");
    if (region) {
      region.textContent = "";
      window.setTimeout(function () { region.textContent = text; }, 50);
    }
  }

  function changed(element) {
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // -- Zeilen -------------------------------------------------------------------------

  function idOf(group) {
    return "f-" + group.replace(/_/g, "-").replace(/\./g, "-");
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function renumber(list) {
    const group = list.dataset.gruppe;
    const label = list.dataset.bezeichnung;
    const namePattern = new RegExp("^" + escapeRegExp(group) + "\\[\\d+\\]");
    const idPattern = new RegExp(escapeRegExp(idOf(group)) + "-\\d+(?=-|$|\\s)", "g");
    const labelPattern = new RegExp(escapeRegExp(label) + " \\d+", "g");
    Array.from(list.children).forEach(function (row, index) {
      const number = index + 1;
      row.querySelectorAll("[name]").forEach(function (element) {
        element.name = element.name.replace(namePattern, group + "[" + number + "]");
      });
      [row].concat(Array.from(row.querySelectorAll("*"))).forEach(function (element) {
        ["id", "for", "aria-describedby", "aria-labelledby"].forEach(function (attribute) {
          const value = element.getAttribute(attribute);
          if (value) {
            element.setAttribute(attribute, value.replace(idPattern, idOf(group) + "-" + number));
          }
        });
        const aria = element.getAttribute("aria-label");
        if (aria) {
          element.setAttribute("aria-label", aria.replace(labelPattern, label + " " + number));
        }
      });
      row.querySelectorAll(".zeilennummer").forEach(function (element) {
        element.textContent = label + " " + number;
      });
    });
  }

  function addRow(list) {
    const template = document.getElementById("vorlage-" + idOf(list.dataset.gruppe));
    const number = list.children.length + 1;
    const most = Number(list.dataset.hoechstens);
    if (number > most) {  // the file takes no more: the save would refuse the form
      const text = "Mehr als " + most + " Einträge unter „" + list.dataset.bezeichnung +
        "“ nimmt eine Pressemitteilung nicht auf. Fassen Sie Einträge zusammen.";
      const messages = document.getElementById("m-" + idOf(list.dataset.gruppe));
      if (messages) {
        messages.innerHTML = "";
        const paragraph = document.createElement("p");
        paragraph.className = "fehler";
        paragraph.textContent = text;
        messages.appendChild(paragraph);
      }
      announce(text);
      return;
    }
    const html = template.innerHTML;  // row 0, numbered by renumber()
    list.insertAdjacentHTML("beforeend", html);
    renumber(list);
    const row = list.lastElementChild;
    const first = row.querySelector("input, select, textarea");
    if (first) { first.focus(); }
    announce(list.dataset.bezeichnung + " " + number + " hinzugefügt.");
  }

  function rowAction(button) {
    const row = button.closest("li.zeile");
    const list = button.closest("ol.zeilen");
    const action = button.dataset.zeilenAktion;
    const label = list.dataset.bezeichnung;
    if (action === "entfernen") {
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber(list);
      const target = next ? next.querySelector("input, select") : list.parentElement.querySelector("[data-zeile-hinzu]");
      if (target) { target.focus(); }
      announce(label + " entfernt.");
      changed(list);
    } else if (action === "hoch" && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
      renumber(list);
      button.focus();
      announce(label + " nach oben verschoben, jetzt Nummer " + (Array.from(list.children).indexOf(row) + 1) + ".");
      changed(list);
    } else if (action === "runter" && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
      renumber(list);
      button.focus();
      announce(label + " nach unten verschoben, jetzt Nummer " + (Array.from(list.children).indexOf(row) + 1) + ".");
      changed(list);
    }
  }

  // -- Hinweise übernehmen ------------------------------------------------------------

  function applyHint(button) {
    const field = document.getElementById(button.dataset.feld);
    if (!field) { return; }
    const suggestion = button.dataset.vorschlag;
    if (button.dataset.setzen === "1") {
      field.value = suggestion;
    } else {
      const found = button.dataset.gefunden;
      const wanted = Number(button.dataset.vorkommen || "0");
      let position = -1;
      let from = 0;
      for (let count = 0; count <= wanted; count += 1) {
        position = field.value.indexOf(found, from);
        if (position < 0) { break; }
        from = position + found.length;
      }
      if (position < 0) { position = field.value.indexOf(found); }
      if (position < 0) {
        announce("Der Text hat sich inzwischen geändert; der Hinweis passt nicht mehr.");
        return;
      }
      field.value = field.value.slice(0, position) + suggestion + field.value.slice(position + found.length);
    }
    field.focus();
    announce("Übernommen: " + suggestion);
    changed(field);
  }

  // -- Datei als Text: die Zeile der Schreibmarke, wie die Fehler sie zählen ------------

  function showLine(area) {
    const shown = document.getElementById("zeile-" + area.id);
    if (!shown) { return; }
    const line = area.value.slice(0, area.selectionStart).split("\n").length;
    shown.textContent = "Die Schreibmarke steht in Zeile " + line + " von " +
      area.value.split("\n").length + ".";
  }

  ["input", "keyup", "click", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.matches && event.target.matches("textarea.datei")) { showLine(event.target); }
    });
  });

  // -- Meldungen der Vorschau ---------------------------------------------------------

  function markInvalid() {
    document.querySelectorAll("#editor-formular [aria-describedby]").forEach(function (element) {
      const ids = element.getAttribute("aria-describedby").split(/\s+/);
      const invalid = ids.some(function (id) {
        const slot = document.getElementById(id);
        return slot && slot.querySelector(".fehler");
      });
      if (invalid) {
        element.setAttribute("aria-invalid", "true");
      } else {
        element.removeAttribute("aria-invalid");
      }
    });
  }

  document.addEventListener("click", function (event) {
    const target = event.target.closest("button");
    if (!target) { return; }
    if (target.dataset.zeilenAktion) {
      rowAction(target);
    } else if (target.hasAttribute("data-zeile-hinzu")) {
      addRow(document.getElementById(target.dataset.zeileHinzu));
    } else if (target.classList.contains("anwenden")) {
      applyHint(target);
    }
  });

  function isPreview(event) {
    return event.detail.target && event.detail.target.id === "vorschau";
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    if (isPreview(event) && event.detail.shouldSwap) {
      document.querySelectorAll("#editor-formular .meldungen").forEach(function (slot) {
        slot.innerHTML = "";
      });
      document.getElementById("vorschau-stand").classList.remove("fehler");
      event.detail.target.classList.remove("veraltet");
    }
  });
  document.addEventListener("htmx:afterSettle", markInvalid);

  // -- Eine Vorschau, die nicht kam -----------------------------------------------------
  // Sonst stünde über der alten Vorschau weiter „Vorschau aktuell“.

  const RETRY_MS = 3000;
  let retry = null;

  function previewFailure(status) {
    const kept = "Was Sie geschrieben haben, steht noch im Formular, ist aber nicht gespeichert.";
    if (status === 403) {
      return "Die Vorschau ist nicht aktuell: Das Formular ist abgelaufen, etwa weil der " +
        "Browser seine Cookies gelöscht hat; auch Speichern geht so nicht. " + kept + " Kopieren Sie Ihre " +
        "Änderungen, laden Sie die Seite neu und fügen Sie sie wieder ein.";
    }
    if (status === 0) {
      return "pressetool läuft gerade nicht; sobald es wieder läuft, wird die Vorschau " +
        "erneuert. Was Sie geschrieben haben, bleibt im Formular.";
    }
    return "Die Vorschau ist nicht aktuell: pressetool konnte sie nicht erzeugen (Fehler " +
      status + "). " + kept + " Speichern Sie und laden Sie die Seite neu; bleibt der Fehler, " +
      "melden Sie ihn der IT.";
  }

  function previewFailed(event) {
    if (!isPreview(event)) { return; }
    const state = document.getElementById("vorschau-stand");
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    state.textContent = previewFailure(status);
    state.classList.add("fehler");
    event.detail.target.classList.add("veraltet");
    if (status === 0 && retry === null) {  // no answer: ask again until pressetool is back
      const target = event.detail.target;
      retry = window.setTimeout(function () {
        retry = null;
        target.dispatchEvent(new Event("erneut"));
      }, RETRY_MS);
    }
  }

  document.addEventListener("htmx:responseError", previewFailed);
  document.addEventListener("htmx:sendError", previewFailed);

  // -- Die Adresse eines Feldes (#f-body, aus einer Fehlerliste): das Feld fokussieren -----
  // Ein Teil aus mehreren Feldern (#m-f-event) gibt seinem ersten Feld den Fokus.

  function focusAddressed() {
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (!target || !target.closest("#editor-formular")) { return; }
    const part = target.closest("fieldset");
    const field = target.matches("input, select, textarea") ? target :
      part && part.querySelector("input:not([type=hidden]), select, textarea");
    if (!field) { return; }
    const folded = field.closest("details");
    if (folded) { folded.open = true; }
    field.focus();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusAddressed);
  } else {
    focusAddressed();
  }

  // Ungespeicherte Änderungen nicht still verlieren.
  let dirty = false;
  document.addEventListener("input", function (event) {
    if (event.target.closest && event.target.closest("#editor-formular")) { dirty = true; }
  });
  document.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
})();
