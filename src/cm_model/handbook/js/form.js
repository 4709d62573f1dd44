// Filled intake forms → Client records, located by cell: a port of cm_model.forms.reader and
// cm_model.forms.cells. Everything about the form comes from the workbook's own hidden
// `_cm_meta` sheet (sheets, their place in the record, column → field, kinds, enums) and the
// hidden code row of each sheet; everything about the schema (slot kinds, bounds, required,
// enum codes and labels) from the generated schema index. No table is copied by hand.
import catalogueJson from "cm-rules-json";
import schemaIndex from "cm-schema-index";
import { XDate } from "./workbook.js";
import { CellError as ValueError, parseDate, parseDatetime, toBoolean, toInteger, toNumber } from "./values.js";

export const META_SHEET = "_cm_meta";
const LISTS_SHEET = "_lists";
const KEY_PREFIX = "cm:";
const PARENT = "@parent";
const VALUE = "@value";
// cm_model.forms.reader's own limits, via rules.json
const { MAX_COLUMNS, MAX_META_ROWS } = catalogueJson.form_limits;

// Messages come from the one catalogue (cm_model.io.messages, shipped in rules.json): cell.* for
// the conversions every command shares, form.* for what only forms check.
const MESSAGES = catalogueJson.messages;
const CELL_KEYS = {
  date: "cell.date", datetime: "cell.datetime", integer: "cell.integer", decimal: "cell.number",
  boolean: "cell.boolean", time_in_date: "cell.time-in-date",
};

function m(key, lang, kw = {}) {
  const entry = MESSAGES[CELL_KEYS[key] ?? `form.${key.replaceAll("_", "-")}`];
  const text = entry[lang] ?? entry.en;
  return text.replace(/\{(\w+)\}/g, (_, k) => String(kw[k]));
}

class CellError extends Error {}

/** cm_model.schema_info.normalise_label: case, Unicode width and spacing ignored. */
export function normaliseLabel(text) {
  return String(text).normalize("NFKC").toLowerCase().replaceAll("ß", "ss").split(/\s+/).filter(Boolean).join(" ");
}

export function quoteSheet(name) {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

export function columnLetter(index) {
  let letters = "";
  let n = index + 1;
  while (n) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const ref = (sheet, letter, row = null) => `${quoteSheet(sheet)}!${letter}${row ?? ""}`;

// --- cells (cm_model.forms.cells.from_cell) ---------------------------------------------------
const EXCEL_ERRORS = new Set(catalogueJson.excel_errors); // cm_model.io.values.EXCEL_ERRORS

const pad = (n, w = 2) => String(n).padStart(w, "0");

// Wall-clock time in Finland with its UTC offset (cells._local: zoneinfo, fold 0).
function helsinki(y, mo, d, h, mi, s) {
  const fmt = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hourCycle: "h23",
    year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let chosen = 2;
  for (const off of [3, 2]) {
    const parts = Object.fromEntries(fmt.formatToParts(new Date(wall - off * 3600000)).map((p) => [p.type, p.value]));
    if (Number(parts.year) === y && Number(parts.month) === mo && Number(parts.day) === d
      && Number(parts.hour) === h && Number(parts.minute) === mi) { chosen = off; break; }
  }
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+${pad(chosen)}:00`;
}

function text(raw) {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof XDate) return raw.hasTime() ? raw.iso() : `${raw.dateIso()}T00:00:00`;
  return String(raw).trim();
}

/** A values.CellError as the form reader's error, worded from the one catalogue. */
function cellError(err, lang) {
  if (!(err instanceof ValueError)) return err;
  const entry = MESSAGES[err.code];
  return new CellError((entry[lang] ?? entry.en).replace(/\{(\w+)\}/g, (_, k) => String(err.params[k])));
}

/** to_date of a date cell: a time of day other than 00:00 is refused, the range checked. */
function dateOfCell(raw) {
  if (!(raw instanceof XDate)) throw new ValueError("date");
  if (raw.hasTime()) throw new ValueError("time-in-date");
  return parseDate(raw.dateIso());
}

/** cells._datetime of a date cell: rounded to the second (floating point), range checked. */
function momentOfCell(raw) {
  if (!(raw instanceof XDate)) throw new ValueError("datetime");
  const r = new Date(Date.UTC(raw.y, raw.mo - 1, raw.d, raw.h, raw.mi, raw.s, raw.ms) + 500);
  return parseDatetime(`${pad(r.getUTCFullYear(), 4)}-${pad(r.getUTCMonth() + 1)}-${pad(r.getUTCDate())}`
    + `T${pad(r.getUTCHours())}:${pad(r.getUTCMinutes())}:${pad(r.getUTCSeconds())}`);
}

/** cells._local: wall-clock time as typed in Finland, stated with its UTC offset. */
function local(moment) {
  if (moment.offset) return moment.iso();
  const wall = helsinki(moment.y, moment.mo, moment.d, moment.h, moment.mi, moment.s);
  return moment.us ? wall.replace(/(\+\d\d:\d\d)$/, `.${pad(moment.us, 6)}$1`) : wall;
}

export function fromCell(kind, raw, lang, enumLookup = null, minimum = null, maximum = null) {
  if (raw === null || raw === undefined) return null;
  let t = null;
  if (typeof raw === "string") {
    t = kind !== "text" ? raw.replaceAll("\u00a0", " ").split(/\s+/).filter(Boolean).join(" ") : raw.trim();
    if (!t) return null;
    if (kind !== "text" && EXCEL_ERRORS.has(t)) throw new CellError(m("error_value", lang));
  }
  if (kind === "text") return text(raw);
  if (kind === "date" || kind === "datetime" || kind === "boolean") {
    // one conversion for every command (cm_model.io.values); its message in the form's language
    try {
      if (kind === "date") return t !== null ? parseDate(t) : dateOfCell(raw);
      if (kind === "boolean") return toBoolean(t ?? raw, normaliseLabel);
      return local(t !== null ? parseDatetime(t) : momentOfCell(raw));
    } catch (err) {
      throw cellError(err, lang);
    }
  }
  if (kind === "enum") {
    const key = normaliseLabel(t !== null ? t : text(raw));
    if (!enumLookup || !enumLookup.has(key)) throw new CellError(m("enum", lang));
    return enumLookup.get(key);
  }
  if (kind === "integer" || kind === "decimal") {
    const source = t === null ? raw : t.replaceAll(" ", "").replaceAll("\u202f", "");
    let number;
    try {
      number = kind === "integer" ? toInteger(source) : toNumber(source);
    } catch (err) {
      throw cellError(err, lang);
    }
    if ((minimum !== null && number < minimum) || (maximum !== null && number > maximum)) {
      const fmt = (b) => (b === null ? "…" : Number.isInteger(b) ? String(b) : String(b).replace(".", ","));
      throw new CellError(m("range", lang, { lo: fmt(minimum), hi: fmt(maximum) }));
    }
    return number;
  }
  return text(raw);
}

/** cells.EnumLookup.build: what a person may type (code, label in any language) → code. */
function enumLookup(enumName, lang) {
  const values = schemaIndex.enums[enumName]?.values ?? [];
  const shown = new Map();
  const counts = new Map();
  for (const v of values) {
    const label = v.labels[lang] || v.labels.en || v.code;
    counts.set(normaliseLabel(label), (counts.get(normaliseLabel(label)) ?? 0) + 1);
    shown.set(v.code, label);
  }
  for (const [code, label] of [...shown]) if (counts.get(normaliseLabel(label)) > 1) shown.set(code, `${label} (${code})`);
  const lookup = new Map();
  const ambiguous = new Set();
  for (const v of values) {
    for (const c of [v.code, shown.get(v.code), ...Object.values(v.labels)]) {
      const key = normaliseLabel(c);
      if (lookup.has(key) && lookup.get(key) !== v.code) ambiguous.add(key);
      if (!lookup.has(key)) lookup.set(key, v.code);
    }
  }
  const shownKeys = new Set([...shown.values()].map(normaliseLabel));
  for (const key of ambiguous) if (!shownKeys.has(key)) lookup.delete(key);
  for (const v of values) {
    lookup.set(normaliseLabel(shown.get(v.code)), v.code);
    lookup.set(normaliseLabel(v.code), v.code);
  }
  return lookup;
}

// --- the schema's slots (forms.schema_view, from the generated index) --------------------------
const slotCache = new Map();
function classSlots(cls) {
  if (!slotCache.has(cls)) {
    const map = new Map();
    for (const s of schemaIndex.classes[cls]?.slots ?? []) map.set(s.name, s);
    slotCache.set(cls, map);
  }
  return slotCache.get(cls);
}

function getPath(obj, path) {
  for (const part of path.split(".")) {
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return null;
    obj = obj[part] ?? null;
  }
  return obj;
}

function setPath(obj, path, value) {
  const parts = path.split(".");
  for (const part of parts.slice(0, -1)) {
    if (!(part in obj)) obj[part] = {};
    obj = obj[part];
  }
  obj[parts[parts.length - 1]] = value;
}

function cellString(v) {
  if (v === null || v === undefined) return "";
  if (v instanceof XDate) return v.hasTime() ? v.iso().replace("T", " ") : `${v.dateIso()} 00:00:00`;
  if (typeof v === "boolean") return v ? "True" : "False";
  return String(v);
}

class MetaError extends Error {}

function readMeta(rows) {
  const values = {};
  const sheets = new Map();
  const references = new Set();
  let count = 0;
  for (const cellsRow of rows) {
    const cells = ["", "", "", "", "", ""];
    for (const c of cellsRow) if (c.column <= 6) cells[c.column - 1] = cellString(c.value);
    if (count > MAX_META_ROWS) throw new MetaError("too many rows");
    count += 1;
    const [kind] = cells;
    if (kind === "meta") values[cells[1]] = cells[2];
    else if (kind === "reference") references.add(cells[1]);
    else if (kind === "sheet") {
      const parent = cells[4];
      sheets.set(cells[1], { name: cells[1], path: cells[2], cls: cells[3],
        parentPath: parent === "" ? null : parent === "." ? "" : parent, digest: cells[5], columns: new Map() });
    } else if (kind === "column") {
      const sheet = sheets.get(cells[1]);
      if (!sheet) throw new MetaError(`column for unknown sheet at row ${count}`);
      if (!/^[A-Z]{1,3}$/.test(cells[2])) throw new MetaError(`bad column letter at row ${count}`);
      let index = 0;
      for (const ch of cells[2]) index = index * 26 + ch.charCodeAt(0) - 64;
      sheet.columns.set(cells[3], { index: index - 1, path: cells[3], kind: cells[4], enum: cells[5] || null, letter: cells[2] });
    }
  }
  if (!sheets.size || !("form_id" in values)) throw new MetaError("no sheets described");
  if ([...sheets.values()].filter((s) => s.parentPath === null).length !== 1) throw new MetaError("no single client sheet");
  const int = (key, dflt) => {
    const n = Math.trunc(Number(values[key] ?? dflt));
    return Number.isFinite(n) ? n : dflt;
  };
  return { values, sheets: [...sheets.values()], references, int };
}

function dense(cells) {
  const out = [];
  for (const c of cells) {
    const index = c.column - 1;
    if (index >= MAX_COLUMNS) break;
    while (out.length < index) out.push(null);
    out.push(c.value);
  }
  return out;
}

// render.example_digest: the example row's fingerprint (sha256 of the normalised values).
function normaliseExample(v) {
  if (v === null || v === undefined) return "";
  if (v instanceof XDate) return v.hasTime() ? v.iso() : v.dateIso();
  if (typeof v === "boolean") return v ? "True" : "False";
  return String(v).trim();
}

/** The choices of a fixed list ("@whoqol_good") from the form's own _lists sheet. */
function fixedLists(workbook) {
  const found = new Map();
  const sheet = workbook.sheets.find((s) => s.name === LISTS_SHEET);
  if (!sheet) return found;
  const grid = workbook.rows(sheet).map(dense);
  const head = grid[0] ?? [];
  head.forEach((name, col) => {
    if (typeof name !== "string" || !name.startsWith("L_")) return;
    const entries = new Map();
    for (const row of grid.slice(1)) {
      const label = row[col];
      const code = row[col + 1];
      if (label === null || label === undefined || code === null || code === undefined) continue;
      entries.set(normaliseLabel(String(label)), code);
    }
    found.set(name.slice(2), entries);
  });
  return found;
}

export const FIXED = { fixedLists };

/**
 * Read a filled form. Returns FormRecord-like objects {className, data, sheet, row, cells,
 * errors: [[cell, text]], fatal}, in the order of forms.reader.iter_form_records.
 */
export function readForm(fileName, workbook, digest) {
  const fatal = (t, cell = "") => [{ className: null, data: null, sheet: "", row: null, cells: {}, errors: [[cell || fileName, t]], fatal: true }];
  let lang = "fi";
  const metaSheet = workbook.sheets.find((s) => s.name === META_SHEET);
  if (!metaSheet) return fatal(m("not_form", lang));
  let meta;
  try {
    meta = readMeta(workbook.rows(metaSheet));
  } catch (err) {
    if (err instanceof MetaError) return fatal(m("bad_meta", lang, { d: err.message }), `${META_SHEET}!A1`);
    return fatal(m("unreadable", lang, { d: "ParseError" }));
  }
  const formLang = meta.values.language || "fi";
  lang = formLang;
  try {
    return assemble(fileName, workbook, meta, formLang, lang, digest);
  } catch (err) {
    return fatal(m("unreadable", lang, { d: err && err.name === "WorkbookError" ? "ParseError" : "Error" }));
  }
}

function assemble(fileName, workbook, meta, formLang, lang, digest) {
  const keyRow = meta.int("key_row", 1);
  const headerRow = meta.int("header_row", 2);
  const exampleRow = meta.int("example_row", 3);
  const firstRow = meta.int("first_data_row", 4);
  const workbookErrors = [];
  const orphans = [];
  const lookups = new Map();
  const lookup = (e) => {
    if (!lookups.has(e)) lookups.set(e, enumLookup(e, formLang));
    return lookups.get(e);
  };
  let lists = null;
  const expected = new Set(meta.sheets.map((s) => s.name));
  // the instructions sheet of any language, and the help sheets the form names
  const known = new Set([...expected, ...meta.references, META_SHEET, LISTS_SHEET, "Ohjeet", "Anvisningar", "Instructions"]);
  for (const name of workbook.names) if (!known.has(name)) workbookErrors.push([ref(name, "A", 1), m("extra_sheet", lang)]);
  const roots = [];
  const byPath = new Map();

  const slotOf = (sheet, path) => {
    if (path === PARENT || path === VALUE) return null;
    let cls = sheet.cls;
    let slot = null;
    for (const part of path.split(".")) {
      slot = cls ? classSlots(cls).get(part) : null;
      if (!slot) return null;
      cls = slot.range;
    }
    return slot;
  };

  // forms.layout: a column's label per language is its slot's label, nested fields prefixed by
  // their group's ("Yhteydenpito – Tapa"); a value list's column is the list slot's label; a
  // parent-key column "<parent sheet> – <id label>" (older forms: "<parent class> – …").
  const LANGS = ["fi", "en", "sv"];
  const slotLabel = (slot, l) => slot.labels?.[l] || slot.labels?.en || slot.name;
  const labelsFor = (sheet, path) => {
    const out = new Set();
    let own = null; // the label in the form's language, as the reader reports it
    let required = false;
    const add = (byLang) => {
      for (const l of LANGS) for (const v of [byLang[l], `${byLang[l]} *`, `${byLang[l]} (*)`]) out.add(normaliseLabel(v));
    };
    if (path === PARENT) {
      const parent = meta.sheets.find((s) => s.path === sheet.parentPath);
      const key = parent && schemaIndex.classes[parent.cls]?.identifier;
      const keySlot = key && classSlots(parent.cls).get(key);
      if (!keySlot) return [out, ""];
      const classLabels = schemaIndex.classes[parent.cls].labels ?? {};
      add(Object.fromEntries(LANGS.map((l) => [l, `${parent.name} – ${slotLabel(keySlot, l)}`])));
      add(Object.fromEntries(LANGS.map((l) => [l, `${classLabels[l] || classLabels.en} – ${slotLabel(keySlot, l)}`])));
      own = `${parent.name} – ${slotLabel(keySlot, formLang)}`;
      required = true;
    } else if (path === VALUE) {
      const parent = meta.sheets.find((s) => s.path === sheet.parentPath);
      const slot = parent && classSlots(parent.cls).get(sheet.path.split(".").pop());
      if (!slot) return [out, ""];
      add(Object.fromEntries(LANGS.map((l) => [l, slotLabel(slot, l)])));
      own = slotLabel(slot, formLang);
      required = true;
    } else {
      // every segment a slot (questionnaire item columns are named by the form alone: skipped)
      let cls = sheet.cls;
      const chain = [];
      for (const part of path.split(".")) {
        const slot = cls ? classSlots(cls).get(part) : null;
        if (!slot) return [new Set(), ""];
        chain.push(slot);
        cls = slot.range;
      }
      const byLang = Object.fromEntries(LANGS.map((l) => [l, chain.map((sl) => slotLabel(sl, l)).join(" – ")]));
      add(byLang);
      own = byLang[formLang] ?? byLang.en;
      required = chain[chain.length - 1].required;
      if (required && chain.slice(0, -1).some((sl) => !sl.required)) return [out, `${own} (*)`];
    }
    return [out, required ? `${own} *` : own];
  };

  const columnMap = (sheet, keyCells) => {
    const found = new Map();
    keyCells.forEach((v, i) => { if (typeof v === "string" && v.startsWith(KEY_PREFIX)) found.set(i, v.slice(KEY_PREFIX.length)); });
    if (!found.size) return new Map([...sheet.columns.values()].map((c) => [c.index, c.path]));
    for (const [path, column] of sheet.columns) {
      if (![...found.values()].includes(path)) workbookErrors.push([ref(sheet.name, column.letter, headerRow), m("missing_column", lang, { f: path })]);
    }
    for (const [i, path] of found) {
      if (!sheet.columns.has(path)) workbookErrors.push([ref(sheet.name, columnLetter(i), keyRow), m("unknown_field", lang, { f: path })]);
    }
    return new Map([...found].filter(([, p]) => sheet.columns.has(p)));
  };

  let unknownHeaders = new Set();
  const checkHeaders = (sheet, mapping, header) => {
    for (const [index, path] of [...mapping].sort((a, b) => a[0] - b[0])) {
      const [exp, shown] = labelsFor(sheet, path);
      const t = index < header.length ? header[index] : null;
      if (exp.size && !exp.has(normaliseLabel(t === null || t === undefined ? "" : String(t)))) {
        workbookErrors.push([ref(sheet.name, columnLetter(index), headerRow), m("renamed_column", lang, { e: shown })]);
      }
    }
    unknownHeaders = new Set();
    header.forEach((v, i) => { if (!mapping.has(i) && v !== null && v !== "") unknownHeaders.add(i); });
  };

  const parse = (column, slot, raw) => {
    if (column.enum && column.enum.startsWith("@")) {
      lists ??= fixedLists(workbook);
      const choices = lists.get(column.enum.slice(1));
      if (typeof raw === "string" && choices?.has(normaliseLabel(raw))) return Number(choices.get(normaliseLabel(raw)));
      const codes = choices ? [...choices.values()].map(Number).filter(Number.isFinite) : [];
      return fromCell(column.kind, raw, lang, null, codes.length ? Math.min(...codes) : null, codes.length ? Math.max(...codes) : null);
    }
    if (slot === null) return fromCell(column.kind, raw, lang, column.enum ? lookup(column.enum) : null);
    const kind = slot.kind === "reference" ? "text" : slot.kind;
    return fromCell(kind, raw, lang, kind === "enum" ? lookup(slot.range) : null, slot.minimum, slot.maximum);
  };

  const checkRequired = (sheet, data, rec, rownum, parentKey) => {
    for (const [path, column] of sheet.columns) {
      if (path === PARENT) {
        if (parentKey === null) rec.errors.push([ref(sheet.name, column.letter, rownum), m("no_parent_key", lang)]);
        continue;
      }
      if (path === VALUE) {
        if (!(VALUE in data)) rec.errors.push([ref(sheet.name, column.letter, rownum), m("required", lang)]);
        continue;
      }
      const slot = slotOf(sheet, path);
      if (!slot || !slot.required) continue;
      const cut = path.lastIndexOf(".");
      const group = cut > 0 ? path.slice(0, cut) : "";
      if (group) {
        const g = getPath(data, group);
        if (!(g && typeof g === "object" && Object.keys(g).length)) continue;
      }
      if (getPath(data, path) === null && !(path in rec.cells)) rec.errors.push([ref(sheet.name, column.letter, rownum), m("required", lang)]);
    }
  };

  const readRow = (sheet, mapping, cells, rownum, unknownCounts) => {
    const data = {};
    const rec = { className: sheet.cls || null, data, sheet: sheet.name, row: rownum, cells: {}, errors: [], fatal: false };
    let parentKey = null;
    let any = false;
    for (const cell of cells) {
      const index = cell.column - 1;
      const raw = cell.value;
      if (raw === null || raw === undefined || (typeof raw === "string" && !raw.trim())) continue;
      any = true;
      const where = ref(sheet.name, columnLetter(index), rownum);
      const path = mapping.get(index);
      if (path === undefined) {
        unknownCounts.set(index, (unknownCounts.get(index) ?? 0) + 1);
        continue;
      }
      if (cell.type === "f" || (typeof raw === "string" && raw.startsWith("=") && cell.type !== "s")) {
        rec.errors.push([where, m("formula", lang)]);
        rec.cells[path] = where;
        continue;
      }
      if (cell.type === "e") {
        rec.errors.push([where, m("error_value", lang)]);
        rec.cells[path] = where;
        continue;
      }
      if (cell.serialError) { // a date cell whose number names no real day (values.excel_serial)
        rec.errors.push([where, cellError(cell.serialError, lang).message]);
        rec.cells[path] = where;
        continue;
      }
      let value;
      try {
        value = parse(sheet.columns.get(path), slotOf(sheet, path), raw);
      } catch (err) {
        if (!(err instanceof CellError)) throw err;
        rec.errors.push([where, err.message]);
        rec.cells[path] = where;
        continue;
      }
      if (value === null) continue;
      rec.cells[path] = where;
      if (path === PARENT) parentKey = value;
      else if (path === VALUE) data[VALUE] = value;
      else setPath(data, path, value);
    }
    if (!any) return null;
    checkRequired(sheet, data, rec, rownum, parentKey);
    return [data, rec, parentKey];
  };

  const attach = (sheet, data, rec, parentKey, parents, own) => {
    const parentSheet = meta.sheets.find((s) => s.path === sheet.parentPath).name;
    const candidates = typeof parentKey === "string" ? parents.get(parentKey) : null;
    if (!candidates || !candidates.length) {
      if (parentKey !== null) rec.errors.push([rec.cells[PARENT] ?? ref(sheet.name, "A", rec.row), m("no_parent", lang, { s: parentSheet })]);
      rec.data = null;
      rec.className = null;
      orphans.push(rec);
      return;
    }
    const [parentData, parentRec, parentPrefix] = candidates[0];
    if (candidates.length > 1 && sheet.parentPath) rec.errors.push([rec.cells[PARENT] ?? "", m("ambiguous_parent", lang, { s: parentSheet })]);
    const slot = sheet.path.split(".").pop();
    if (!Array.isArray(parentData[slot])) parentData[slot] = [];
    const list = parentData[slot];
    const prefix = `${parentPrefix}${parentPrefix ? "." : ""}${slot}[${list.length}]`;
    if (VALUE in data) {
      list.push(data[VALUE]);
      if (VALUE in rec.cells) parentRec.cells[prefix] = rec.cells[VALUE];
    } else {
      list.push(data);
      for (const [path, where] of Object.entries(rec.cells)) if (path !== PARENT) parentRec.cells[`${prefix}.${path}`] = where;
      if (typeof data.id === "string") {
        if (!own.has(data.id)) own.set(data.id, []);
        own.get(data.id).push([data, parentRec, prefix]);
      }
    }
    parentRec.errors.push(...rec.errors);
  };

  for (const sheet of meta.sheets) {
    const wsheet = workbook.sheets.find((s) => s.name === sheet.name);
    if (!wsheet) {
      workbookErrors.push([fileName, m("missing_sheet", lang, { s: sheet.name })]);
      continue;
    }
    let keyCells = [];
    let header = [];
    let mapping = null;
    const unknownCounts = new Map();
    const parents = sheet.parentPath !== null ? byPath.get(sheet.parentPath) ?? new Map() : new Map();
    if (!byPath.has(sheet.path)) byPath.set(sheet.path, new Map());
    const own = byPath.get(sheet.path);
    const rootRows = new Map();
    for (const cells of workbook.rows(wsheet)) {
      if (!cells.length) continue;
      const rownum = cells[0].row;
      if (rownum === keyRow) { keyCells = dense(cells); continue; }
      if (rownum === headerRow) { header = dense(cells); continue; }
      if (mapping === null) {
        mapping = columnMap(sheet, keyCells);
        checkHeaders(sheet, mapping, header);
      }
      if (rownum === exampleRow) {
        const example = dense(cells);
        const where = new Map([...mapping].map(([i, p]) => [p, i]));
        const values = [...sheet.columns.keys()].map((p) => (where.has(p) && where.get(p) < example.length ? example[where.get(p)] : null));
        if (sheet.digest && digest(values.map(normaliseExample).join("\x1f")) !== sheet.digest) {
          workbookErrors.push([ref(sheet.name, "A", rownum), m("example_changed", lang)]);
        }
        continue;
      }
      if (rownum < firstRow) continue;
      const got = readRow(sheet, mapping, cells, rownum, unknownCounts);
      if (got === null) continue;
      const [data, rec, parentKey] = got;
      if (sheet.parentPath === null) {
        const ident = data.id;
        rec.className = sheet.cls;
        if (typeof ident === "string" && rootRows.has(ident)) {
          rec.errors.push([rec.cells.id ?? "", m("duplicate_id", lang, { r: rootRows.get(ident) })]);
        } else if (typeof ident === "string") {
          rootRows.set(ident, rownum);
          if (!own.has(ident)) own.set(ident, []);
          own.get(ident).push([data, rec, ""]);
        }
        roots.push([data, rec]);
        continue;
      }
      attach(sheet, data, rec, parentKey, parents, own);
    }
    if (mapping === null && (keyCells.length || header.length)) {
      mapping = columnMap(sheet, keyCells);
      checkHeaders(sheet, mapping, header);
    }
    for (const index of unknownHeaders) if (!unknownCounts.has(index)) unknownCounts.set(index, 0);
    unknownHeaders = new Set();
    for (const [index, count] of [...unknownCounts].sort((a, b) => a[0] - b[0])) {
      workbookErrors.push([ref(sheet.name, columnLetter(index), headerRow), m("unknown_column", lang, { n: count })]);
    }
  }
  for (const [data, rec] of roots) restoreQuestionnaires(data, rec.cells, meta);
  const head = workbookErrors.length ? [{ className: null, data: null, sheet: "", row: null, cells: {}, errors: workbookErrors, fatal: false }] : [];
  return [...head, ...orphans, ...roots.map(([, rec]) => rec)];
}

// questionnaire.restore: a sheet whose columns are `<list>.<item number>` (WHOQOL-BREF) becomes
// the schema's list of {item_number, answer} again, in item order, with the cells moved along.
function restoreQuestionnaires(data, cells, meta) {
  for (const sheet of meta.sheets) {
    const numbered = [...sheet.columns.keys()].map((p) => /^([a-z_]+)\.(\d+)$/.exec(p)).filter(Boolean);
    if (!numbered.length || sheet.parentPath !== "") continue;
    const listSlot = numbered[0][1];
    const entry = classSlots(sheet.cls).get(listSlot);
    if (!entry) continue;
    const inner = [...classSlots(entry.range).values()];
    const numberSlot = inner.find((s) => s.kind === "integer" && s.name.endsWith("number"))?.name;
    const answerSlot = inner.find((s) => s.name !== numberSlot && s.kind === "integer")?.name;
    if (!numberSlot || !answerSlot) continue;
    const parent = sheet.path;
    const rows = data[parent];
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, j) => {
      const answers = row && typeof row === "object" ? row[listSlot] : null;
      if (!answers || typeof answers !== "object" || Array.isArray(answers)) return;
      const numbers = Object.keys(answers).filter((n) => /^\d+$/.test(n)).map(Number).sort((a, b) => a - b);
      row[listSlot] = numbers.map((n) => ({ [numberSlot]: n, [answerSlot]: answers[String(n)] }));
      if (!row[listSlot].length) delete row[listSlot];
      const base = `${parent}[${j}].${listSlot}`;
      numbers.forEach((n, k) => {
        const where = cells[`${base}.${n}`];
        if (where !== undefined) {
          delete cells[`${base}.${n}`];
          cells[`${base}[${k}].${answerSlot}`] = where;
          cells[`${base}[${k}].${numberSlot}`] = where;
        }
      });
    });
  }
}
