// The validator page: paste JSON / JSON Lines or pick files (JSON, JSON Lines, CSV, XLSX and
// filled intake forms); findings are shown in the page with their record, field and cell.
// Nothing is sent anywhere: files are read with the File API and validated in this script.
import { RULES, place, report, validateBytes, validateText } from "./engine.js";

const WORDS = {
  fi: {
    valid: "Kelvollinen", invalid: "Ei kelvollinen", unreadable: "Tiedostoa ei voitu lukea",
    summary: (s) => `${s.files} tiedosto(a), ${s.records} tietue(tta): ${s.errors} virhe(ttä), ${s.warnings} varoitus(ta)`,
    file: "Tiedosto", record: "Tietue", path: "Kenttä", cell: "Solu", code: "Tunniste", severity: "Vakavuus",
    message: "Ilmoitus", error: "virhe", warning: "varoitus", pasted: "liitetty teksti",
    empty: "Liitä JSON tai JSON Lines -teksti tai valitse tiedosto (JSON, JSON Lines, CSV tai XLSX).", none: "Ei havaintoja.",
    exit: "Komentorivin paluuarvo",
  },
  en: {
    valid: "Valid", invalid: "Not valid", unreadable: "The file could not be read",
    summary: (s) => `${s.files} file(s), ${s.records} record(s): ${s.errors} error(s), ${s.warnings} warning(s)`,
    file: "File", record: "Record", path: "Field", cell: "Cell", code: "Code", severity: "Severity",
    message: "Message", error: "error", warning: "warning", pasted: "pasted text",
    empty: "Paste JSON or JSON Lines text, or pick a file (JSON, JSON Lines, CSV or XLSX).", none: "No findings.",
    exit: "Command-line exit code",
  },
};
const RULE_IDS = new Set(RULES.map((r) => r.id));

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child);
  return node;
}

function show(root, rep, lang) {
  const w = WORDS[lang];
  const out = root.querySelector("[data-cm-results]");
  out.replaceChildren();
  const verdict = rep.exit_code === 2 ? "unreadable" : rep.valid ? "valid" : "invalid";
  out.append(el("p", {
    class: `cm-verdict cm-verdict--${verdict}`, "data-verdict": verdict,
    "data-exit-code": String(rep.exit_code), role: "status",
  }, [el("strong", { text: w[verdict] }), ` — ${w.summary(rep.summary)} · ${w.exit}: ${rep.exit_code}`]));
  if (!rep.findings.length) {
    out.append(el("p", { text: w.none }));
    return;
  }
  const rulesHref = root.getAttribute("data-rules-href") || "";
  const head = el("tr", {}, [w.file, w.record, w.path, w.cell, w.code, w.severity, w.message]
    .map((t) => el("th", { text: t })));
  const body = el("tbody");
  for (const f of rep.findings) {
    const code = RULE_IDS.has(f.code) && rulesHref
      ? el("a", { href: `${rulesHref}#${f.code.toLowerCase()}`, text: f.code })
      : el("code", { text: f.code });
    body.append(el("tr", { "data-code": f.code, "data-severity": f.severity }, [
      el("td", { text: f.file }), el("td", { text: place(f.record ?? "", lang) }), el("td", { text: f.path ?? "" }),
      el("td", { text: f.cell ?? "" }), el("td", {}, [code]), el("td", { text: w[f.severity] ?? f.severity }),
      el("td", { text: f.message + (f.value !== undefined ? ` (${f.value})` : "") }),
    ]));
  }
  out.append(el("div", { class: "md-typeset__table" }, [el("table", { class: "cm-findings" }, [el("thead", {}, [head]), body])]));
}

function mount(root) {
  const lang = (document.documentElement.lang || "en").startsWith("fi") ? "fi" : "en";
  const textarea = root.querySelector("[data-cm-input]");
  const files = root.querySelector("[data-cm-files]");
  const button = root.querySelector("[data-cm-check]");
  const values = root.querySelector("[data-cm-show-values]");
  const run = async () => {
    const opts = { lang, showValues: values ? values.checked : false };
    const results = [];
    if (files.files && files.files.length) {
      for (const file of files.files) {
        results.push(validateBytes(file.name, new Uint8Array(await file.arrayBuffer()), opts));
      }
    } else if (textarea.value.trim()) {
      results.push(validateText(WORDS[lang].pasted, textarea.value, { ...opts, pasted: true }));
    } else {
      root.querySelector("[data-cm-results]").replaceChildren(el("p", { text: WORDS[lang].empty }));
      return;
    }
    const rep = report(results);
    show(root, rep, lang);
    root.dataset.report = JSON.stringify(rep);
  };
  button.addEventListener("click", () => { run(); });
  files.addEventListener("change", () => { if (files.files.length) textarea.value = ""; run(); });
  textarea.addEventListener("input", () => { if (files.value) files.value = ""; });
  root.dataset.ready = "true";
}

function start() {
  document.querySelectorAll("[data-cm-validator]").forEach(mount);
}

window.cmValidator = { validateText, validateBytes, report };
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
