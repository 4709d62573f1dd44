// CSV and plain workbooks → records, typed from the schema and located by cell: a port of
// cm_model.validation.tabular. Headers name fields by slot name, dotted path or the schema's
// fi/sv/en label; enum cells take a code or a label; dates and numbers the Finnish way too.
// Every fact (fields, kinds, labels, enum codes) comes from the generated schema index.
import Papa from "papaparse";
import schemaIndex from "cm-schema-index";
import catalogueJson from "cm-rules-json";
import { CellError, coerceValue } from "./values.js";
import { columnLetter, normaliseLabel } from "./form.js";

const LIMITS = catalogueJson.limits; // cm_model.io.limits, via rules.json
export const MAX_COLUMNS = LIMITS.MAX_COLUMNS;
const CSV_FIELD_LIMIT = 131072; // csv.field_size_limit() of the CLI
const KINDS = { text: "string", reference: "string", decimal: "number" };
const ENVELOPE = "Export";

const problem = (code, params = {}, extra = {}) => ({ problem: true, code, params, record: null,
  path: null, cell: null, fatal: false, line: null, severity: "error", ...extra });

// --- schema views (validation.schema) ------------------------------------------------------------
const fieldCache = new Map();
export function fields(cls) {
  if (!fieldCache.has(cls)) {
    const out = new Map();
    for (const s of schemaIndex.classes[cls]?.slots ?? []) {
      const kind = KINDS[s.kind] ?? s.kind;
      out.set(s.name, { name: s.name, kind, multi: s.multivalued, ref: kind === "object" || kind === "enum" ? s.range : null, required: s.required, labels: s.labels });
    }
    fieldCache.set(cls, out);
  }
  return fieldCache.get(cls);
}

const CLASS_NAMES = Object.keys(schemaIndex.classes).sort();
let lookupCache = null;
export function findClass(name) {
  if (!lookupCache) {
    lookupCache = new Map();
    const set = (k, v) => { if (!lookupCache.has(k)) lookupCache.set(k, v); };
    for (const c of CLASS_NAMES) lookupCache.set(c.toLowerCase(), c);
    const env = fields(ENVELOPE);
    const lists = [...env.values()].filter((f) => f.multi && f.kind === "object" && f.ref);
    for (const f of lists) set(f.name.toLowerCase(), f.ref);
    for (const c of CLASS_NAMES) for (const l of Object.values(schemaIndex.classes[c].labels ?? {})) set(l.trim().toLowerCase(), c);
    for (const f of lists) for (const l of Object.values(f.labels ?? {})) set(l.trim().toLowerCase(), f.ref);
  }
  return lookupCache.get(String(name).trim().toLowerCase()) ?? null;
}

const labelCache = new Map();
function slotLabels(cls) {
  if (!labelCache.has(cls)) {
    const found = new Map();
    for (const f of fields(cls).values()) {
      for (const label of Object.values(f.labels ?? {})) {
        const key = normaliseLabel(label);
        if (!found.has(key)) found.set(key, f.name);
      }
    }
    for (const name of fields(cls).keys()) found.set(normaliseLabel(name), name);
    labelCache.set(cls, found);
  }
  return labelCache.get(cls);
}

const enumCache = new Map();
function enumCode(value, fld) {
  if (fld.kind !== "enum" || !fld.ref || typeof value !== "string") return value;
  if (!enumCache.has(fld.ref)) {
    const found = new Map();
    for (const v of schemaIndex.enums[fld.ref]?.values ?? []) {
      for (const t of [v.code, ...Object.values(v.labels)]) if (!found.has(normaliseLabel(t))) found.set(normaliseLabel(t), v.code);
    }
    enumCache.set(fld.ref, found);
  }
  return enumCache.get(fld.ref).get(normaliseLabel(value)) ?? value;
}

// --- headers ----------------------------------------------------------------------------------
export function splitHeader(name) {
  const parts = [];
  for (const piece of String(name).trim().replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (piece === "") continue;
    parts.push(/^\d+$/.test(piece) ? Number(piece) : piece);
  }
  return parts;
}

export function pathString(parts) {
  let out = "";
  for (const p of parts) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${p}` : p;
  }
  return out;
}

function resolvePath(cls, name) {
  const parts = splitHeader(name);
  if (!parts.length || typeof parts[0] !== "string") return null;
  let fld = null;
  let i = 0;
  while (i < parts.length) {
    const part = parts[i];
    if (typeof part !== "string") return null;
    fld = fields(cls).get(part);
    if (!fld) return null;
    i += 1;
    if (fld.multi && fld.kind === "object") {
      if (i === parts.length) return { name, parts, field: { name: fld.name, kind: "empty-list", multi: false, ref: null }, path: pathString(parts) };
      if (typeof parts[i] !== "number") return null;
      i += 1;
    } else if (fld.multi && i < parts.length && typeof parts[i] === "number") {
      if (i === parts.length - 1) {
        fld = { ...fld, multi: false };
        i += 1;
        break;
      }
      return null;
    }
    if (fld.kind === "object") {
      if (i === parts.length) return null;
      cls = fld.ref || "";
    } else if (i !== parts.length) return null;
  }
  return fld ? { name, parts, field: fld, path: pathString(parts) } : null;
}

function resolveColumn(cls, name) {
  let column = resolvePath(cls, name);
  if (!column) {
    const slot = slotLabels(cls).get(normaliseLabel(name));
    if (slot !== undefined && slot !== name) {
      column = resolvePath(cls, slot);
      if (column) column.name = name;
    }
  }
  return column;
}

export function inferClass(columns, hint) {
  if (hint) {
    const found = findClass(hint);
    if (found) return found;
  }
  const raw = columns.filter((c) => c).map((c) => String(c).trim());
  let best = null;
  let bestScore = 0;
  for (const cls of CLASS_NAMES) {
    if (cls === ENVELOPE) continue;
    const byLabel = slotLabels(cls);
    const heads = new Set(raw.map((c) => byLabel.get(normaliseLabel(c)) ?? c.split(".")[0].split("[")[0]));
    const names = fields(cls);
    if (![...heads].every((h) => names.has(h))) continue;
    const required = [...names.values()].filter((f) => f.required).map((f) => f.name);
    const score = heads.size * 10 + required.filter((r) => heads.has(r)).length - names.size;
    if (score > bestScore) { best = cls; bestScore = score; }
  }
  return best;
}

export function safeName(label) {
  const t = String(label).split(/\s+/).filter(Boolean).join(" ");
  if (!t) return "(unnamed)";
  return t.length <= 80 ? t : `${t.slice(0, 80)}…`;
}

// --- values (tabular.coerce: the rules of cm_model.io.values, ported in values.js) ------------
export function coerce(value, kind) {
  return coerceValue(value, kind, normaliseLabel);
}

function setPath(record, parts, value) {
  let node = record;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const part = parts[i];
    const empty = typeof parts[i + 1] === "number" ? [] : {};
    if (typeof part === "number") {
      while (node.length <= part) node.push(null);
      if (node[part] === null) node[part] = empty;
      node = node[part];
    } else {
      if (!(part in node)) node[part] = empty;
      node = node[part];
    }
  }
  const last = parts[parts.length - 1];
  if (typeof last === "number") while (node.length <= last) node.push(null);
  node[last] = value;
}

function compact(value) {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(compact);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}

const PLAIN_CELL_ERRORS = new Set(["date", "datetime", "integer", "number", "boolean", "enum"]);
const blank = (v) => v === null || v === undefined || (typeof v === "string" && !v.trim());

/** tabular.RowBuilder: one header mapped onto a class; rows → items and located problems. */
export class RowBuilder {
  constructor(cls, header, cellPrefix, recordPrefix) {
    this.cls = cls;
    this.cellPrefix = cellPrefix;
    this.recordPrefix = recordPrefix;
    this.columns = [];
    this.problems = [];
    const seen = new Set();
    header.forEach((name, index) => {
      const label = name === null || name === undefined ? "" : String(name).trim();
      if (!label) { this.columns.push(null); return; }
      let column = resolveColumn(cls, label);
      const cell = `${cellPrefix}${columnLetter(index)}1`;
      if (!column) this.problems.push(problem("read.header", { column: safeName(label), cls }, { cell }));
      else if (seen.has(column.path)) {
        this.problems.push(problem("read.header-duplicate", { column: safeName(label) }, { cell }));
        column = null;
      } else seen.add(column.path);
      this.columns.push(column);
    });
  }

  build(row, rownum) {
    const record = {};
    const cells = {};
    const skip = new Set();
    const out = [];
    const locator = `${this.recordPrefix}row ${rownum}`;
    // values beyond the header first, then the cells' own problems (RowBuilder.build)
    for (let index = this.columns.length; index < row.length; index += 1) {
      if (blank(row[index])) continue;
      const cell = `${this.cellPrefix}${columnLetter(index)}${rownum}`;
      out.push(problem("read.csv-width", { found: row.length, expected: this.columns.length }, { record: locator, cell }));
    }
    row.slice(0, this.columns.length).forEach((raw, index) => {
      if (blank(raw)) return;
      const cell = `${this.cellPrefix}${columnLetter(index)}${rownum}`;
      const column = this.columns[index];
      if (!column) return;
      const fld = column.field;
      if (fld.kind === "empty-list") {
        out.push(problem("read.coerce", { type: "empty list" }, { record: locator, cell, path: column.path }));
        return;
      }
      let value;
      try {
        if (fld.multi && fld.kind !== "object") {
          value = String(raw).split("|").filter((p) => p.trim()).map((p) => enumCode(coerce(p, fld.kind), fld));
        } else value = enumCode(coerce(raw, fld.kind), fld);
      } catch (err) {
        if (!(err instanceof CellError)) throw err;
        // A value of the wrong kind keeps the code read.coerce; the range, serial and
        // time-of-day-in-a-date classes have codes of their own (tabular._cell_problem).
        if (PLAIN_CELL_ERRORS.has(err.key)) out.push(problem("read.coerce", { type: fld.kind }, { record: locator, cell, path: column.path }));
        else out.push(problem(err.code, err.params, { record: locator, cell, path: column.path }));
        skip.add(column.path);
        value = typeof raw === "string" ? raw : String(raw);
      }
      setPath(record, column.parts, value);
      cells[column.path] = cell;
    });
    if (Object.keys(record).length) out.push({ data: compact(record), record: locator, className: this.cls, cells, skip, line: null });
    return out;
  }
}

// --- CSV ----------------------------------------------------------------------------------------
const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

function detectEncoding(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-sig";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "utf-16";
  let sample = bytes.subarray(0, 1 << 20);
  if (sample.length >= 1 << 20) {
    const cut = sample.lastIndexOf(10);
    sample = sample.subarray(0, cut > 0 ? cut : sample.length - 4);
  }
  try {
    utf8.decode(sample);
    return "utf-8";
  } catch {
    return "cp1252";
  }
}

/** Split bytes into lines (keeping the line ends) and decode each as the CLI does. */
function decodeLines(bytes, enc, badLines, mixed) {
  const lines = [];
  let start = 0;
  const push = (end) => {
    const raw = bytes.subarray(start, end);
    const number = lines.length + 1;
    if (enc === "cp1252") {
      if (raw.every((b) => b < 0x80)) lines.push(cp1252.decode(raw));
      else {
        try {
          const t = utf8.decode(raw);
          if (!mixed.length) mixed.push(number);
          lines.push(t);
        } catch {
          lines.push(cp1252.decode(raw));
        }
      }
    } else {
      try {
        lines.push(utf8.decode(raw));
      } catch {
        badLines.add(number);
        lines.push(new TextDecoder("utf-8").decode(raw));
      }
    }
    start = end;
  };
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 10) push(i + 1);
  if (start < bytes.length) push(bytes.length);
  return lines;
}

function detectDelimiter(line) {
  let best = ",";
  let count = 0;
  for (const d of [";", ",", "\t"]) {
    const n = line.split(d).length - 1;
    if (n > count) { best = d; count = n; }
  }
  return best;
}

export function readCsv(fileName, bytes) {
  const out = [];
  let enc = detectEncoding(bytes);
  let body = bytes;
  if (enc === "utf-8-sig") { body = bytes.subarray(3); enc = "utf-8"; }
  if (enc === "utf-16") {
    out.push(problem("read.encoding", { encoding: "utf-16" }, { fatal: true }));
    return out;
  }
  const badLines = new Set();
  const mixed = [];
  const lines = decodeLines(body, enc, badLines, mixed);
  const first = lines[0];
  if (first === undefined || !first.trim()) return [problem("read.header-missing", {}, { fatal: true })];
  if (badLines.has(1)) return [problem("read.encoding", { encoding: enc }, { fatal: true })];
  const delimiter = detectDelimiter(first);
  // Rows with the physical line each starts on (a quoted field may span lines).
  const text = lines.join("");
  const starts = [];
  let offset = 0;
  lines.forEach((l, i) => { starts.push([offset, i + 1]); offset += l.length; });
  const lineAt = (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid][0] <= pos) lo = mid; else hi = mid - 1;
    }
    return starts[lo][1];
  };
  const rows = [];
  let cursor = 0;
  Papa.parse(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const begin = cursor;
      cursor = result.meta.cursor;
      let at = begin;
      while (at < text.length && (text[at] === "\n" || text[at] === "\r") && rows.length) at += 1;
      rows.push([lineAt(at), lineAt(Math.max(at, cursor - 1)), result.data]);
    },
  });
  if (!rows.length) return [problem("read.header-missing", {}, { fatal: true })];
  const header = rows[0][2].map((h) => String(h).replace(/^\ufeff/, ""));
  if (header.length > MAX_COLUMNS) return [problem("read.columns", { limit: MAX_COLUMNS }, { fatal: true })];
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const cls = inferClass(header, stem);
  if (!cls) return [problem("read.class", {}, { fatal: true })];
  const builder = new RowBuilder(cls, header, "", "");
  out.push(...builder.problems);
  let any = false;
  let rowsRead = 0;
  for (const [startLine, endLine, row] of rows.slice(1)) {
    // Python's csv module refuses a field over its limit (the row is reported and skipped);
    // quoting it takes leniently, as papaparse does.
    if (row.some((c) => c.length > CSV_FIELD_LIMIT)) {
      out.push(problem("read.csv", { detail: `field larger than field limit (${CSV_FIELD_LIMIT})` }, { record: `row ${startLine}`, line: startLine }));
      continue;
    }
    let bad = false;
    for (let n = startLine; n <= endLine; n += 1) if (badLines.has(n)) bad = true;
    if (bad) {
      out.push(problem("read.encoding", { encoding: enc }, { record: `row ${startLine}`, line: startLine }));
      continue;
    }
    if (!row.some((c) => String(c).trim())) continue;
    rowsRead += 1;
    if (rowsRead > LIMITS.MAX_ROWS) {
      out.push(problem("read.too-many-rows", { limit: LIMITS.MAX_ROWS }, { record: `row ${startLine}` }));
      break;
    }
    any = true;
    out.push(...builder.build(row, startLine));
  }
  if (mixed.length) out.push(problem("read.mixed-encoding", { line: mixed[0] }, { severity: "warning" }));
  if (!any) out.push(problem("read.empty"));
  return out;
}

// --- plain workbooks (tabular._read_plain) -------------------------------------------------------
const quoteSheet = (name) => (/[^A-Za-z0-9_]/.test(name) ? `'${name}'` : name);

/** Whether any header cell names a field (or label) of any class (tabular._any_known). */
function anyKnown(header) {
  return CLASS_NAMES.some((cls) => {
    const labels = slotLabels(cls);
    return header.some((name) => name !== null && name !== undefined
      && labels.has(normaliseLabel(String(name).split(".")[0].split("[")[0])));
  });
}

export function readPlain(workbook) {
  // tabular._read_plain: a fatal problem (the only sheet unreadable) ends the file
  const out = [];
  for (const found of readSheets(workbook)) {
    out.push(found);
    if (found.problem && found.fatal) break;
  }
  return out;
}

function* readSheets(workbook) {
  let any = false;
  const single = workbook.sheets.length === 1;
  for (const sheet of workbook.sheets) {
    if (sheet.state !== "visible") {
      yield problem("read.sheet-hidden", { sheet: safeName(sheet.name) }, { record: sheet.name, severity: "warning" });
      continue;
    }
    const grid = [];
    for (const cells of workbook.rows(sheet)) {
      for (const c of cells) {
        if (c.column > MAX_COLUMNS) continue;
        while (grid.length < c.row) grid.push([]);
        const row = grid[c.row - 1];
        while (row.length < c.column - 1) row.push(null);
        row[c.column - 1] = c.type === "f" ? plainCached(c) : c.value;
      }
    }
    if (!grid.length) continue;
    const header = [...grid[0]];
    while (header.length && (header[header.length - 1] === null || header[header.length - 1] === "")) header.pop();
    if (!header.length) {
      if (grid.slice(1).some((row) => row.some((v) => v !== null && v !== undefined))) {
        yield problem("read.header-missing", {}, { record: sheet.name });
      }
      continue;
    }
    const cls = inferClass(header.filter((h) => h !== null).map(String), sheet.name);
    if (!cls) {
      // fail at once, not after reading a million rows
      yield problem(anyKnown(header) ? "read.sheet-class" : "read.no-known-field",
        { sheet: safeName(sheet.name) }, { record: sheet.name, fatal: single });
      continue;
    }
    const builder = new RowBuilder(cls, header, `${quoteSheet(sheet.name)}!`, `${sheet.name} `);
    yield* builder.problems;
    if (!builder.columns.some((c) => c !== null && c !== undefined)) {
      yield problem("read.no-known-field", {}, { record: sheet.name, fatal: single });
      continue;
    }
    const width = header.length + 1;
    for (let i = 1; i < grid.length; i += 1) {
      if (i + 1 > LIMITS.MAX_ROWS + 1) {
        yield problem("read.too-many-rows", { limit: LIMITS.MAX_ROWS }, { record: sheet.name });
        break;
      }
      const cut = grid[i].slice(0, width);
      if (!cut.some((v) => v !== null && v !== undefined && (typeof v !== "string" || v.trim()))) continue;
      any = true;
      yield* builder.build(cut, i + 1);
    }
  }
  if (!any) yield problem("read.empty");
}

function plainCached(cell) {
  // data_only: a formula cell reads as its cached result
  if (cell.cached === null || cell.cached === undefined) return null;
  const n = Number(cell.cached);
  return cell.cached !== "" && Number.isFinite(n) ? n : cell.cached;
}
