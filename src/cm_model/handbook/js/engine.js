// The browser validator's engine: a port of src/cm_model/validation/engine.py for JSON and
// JSON Lines. Readers → class inference → structural layer (ajv standalone code compiled from
// the same generated JSON Schema) → rule catalogue → report with the same codes, verdict and
// exit code as `cm-model validate`.
import * as validators from "cm-validators";
import catalogueJson from "cm-rules-json";
import schemaIndex from "cm-schema-index";
import { CHECKS, day, formatMessage, hasNeed, isObj, items } from "./rules.js";
import { readCsv, safeName } from "./tabular.js";
import { readXlsx } from "./xlsx.js";

const ENVELOPE = "Export";
const MAX_DEPTH = catalogueJson.limits.MAX_DEPTH; // cm_model.io.limits, via rules.json
const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const RULES = catalogueJson.rules;
const MESSAGES = catalogueJson.messages;
const TYPE_WORDS = catalogueJson.type_words;

export function message(code, lang, params = {}) {
  const templates = MESSAGES[code] ?? MESSAGES["schema.other"];
  if (lang !== "en") {  // locations inside a message, in its language (cm_model.io.messages)
    params = { ...params };
    for (const key of ["where", "scope", "first"]) if (typeof params[key] === "string") params[key] = place(params[key], lang);
  }
  return formatMessage(templates[lang] ?? templates.en, params);
}

// cm_model.io.messages.place: "line 4", "row 4", "column 13", "column x (C)", "entry 2", ", first at " with the
// words of the catalogue in the output's language; locators stay English in JSON reports.
const PLACE = /\b(line|column|entry|row) (?=\d|[A-Z]{1,3}\b|[^\s(]+ \([A-Z]{1,3}\))|, (first at) /g;
export function place(text, lang) {
  if (lang === "en" || !text) return text;
  return text.replace(PLACE, (_, word, first) => first
    ? `, ${message("place.first-at", lang)} `
    : `${message(`place.${word}`, lang)} `);
}

// --- schema views (cm_model.validation.schema), read from the generated schema index --------
const INDEX_CLASSES = schemaIndex.classes;
export const CLASS_NAMES = Object.keys(INDEX_CLASSES).sort();

const fieldCache = new Map();
function fields(cls) {
  if (!fieldCache.has(cls)) {
    const out = new Map();
    for (const slot of INDEX_CLASSES[cls]?.slots ?? []) {
      const object = slot.kind === "object";
      out.set(slot.name, { kind: object ? "object" : slot.kind, multi: slot.multivalued,
        ref: object || slot.kind === "enum" ? slot.range : null, required: slot.required });
    }
    fieldCache.set(cls, out);
  }
  return fieldCache.get(cls);
}

function envelopeLists() {
  return Object.entries(schemaIndex.record_slots).filter(([slot]) => fields(ENVELOPE).get(slot)?.multi);
}

export function findClass(name) {
  const wanted = name.trim().toLowerCase();
  return CLASS_NAMES.find((c) => c.toLowerCase() === wanted)
    ?? envelopeLists().find(([slot]) => slot.toLowerCase() === wanted)?.[1]
    ?? null;
}

function inferClass(data, cache) {
  const keys = Object.keys(data);
  const cacheKey = [...keys].sort().join("\u0000");
  if (cache.has(cacheKey)) return cache.get(cacheKey);
  const env = fields(ENVELOPE);
  let found = null;
  if (keys.includes("export_time") || (keys.includes("organisation") && keys.every((k) => env.has(k)))) {
    found = ENVELOPE;
  } else {
    let best = -1;
    for (const cls of CLASS_NAMES) {
      if (cls === ENVELOPE) continue;
      const flds = fields(cls);
      if (!keys.every((k) => flds.has(k))) continue;
      const required = [...flds.entries()].filter(([, f]) => f.required).map(([n]) => n);
      if (!required.every((r) => keys.includes(r))) continue;
      const score = keys.filter((k) => flds.has(k)).length * 100 - flds.size;
      if (score > best) { found = cls; best = score; }
    }
  }
  cache.set(cacheKey, found);
  return found;
}

// --- structural layer (cm_model.validation.structural) ---------------------------------------
function pathString(parts) {
  let out = "";
  for (const p of parts) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${p}` : String(p);
  }
  return out;
}

// ajv's instancePath is a JSON pointer; walk the data to tell list indices from keys.
function pointerParts(data, pointer) {
  const parts = [];
  let node = data;
  if (!pointer) return parts;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) {
      const index = Number(key);
      parts.push(index);
      node = node[index];
    } else {
      parts.push(key);
      node = isObj(node) ? node[key] : undefined;
    }
  }
  return parts;
}

function valueAt(data, parts) {
  let node = data;
  for (const p of parts) node = node == null ? undefined : node[p];
  return node;
}

const safeKeys = (keys) => {
  const shown = keys.filter((k) => typeof k === "string" && SAFE_KEY.test(k)).map((k) => `'${k}'`);
  return shown.length ? shown.join(", ") : "(unnamed)";
};

const under = (path, base) => path === base || path.startsWith(`${base}/`);

export function structural(cls, data, lang) {
  const validate = validators[cls];
  if (validate(data)) return [];
  let errors = validate.errors ?? [];
  // jsonschema-rs reports a failed anyOf once, without the branches' errors: do the same.
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  errors = errors.filter((e) => e.keyword === "anyOf" || !anyOfPaths.some((p) => under(e.instancePath, p)));
  const out = [];
  const extra = new Map(); // additionalProperties: one finding per object, as jsonschema-rs
  for (const error of errors) {
    const parts = pointerParts(data, error.instancePath);
    const value = valueAt(data, parts);
    const kw = error.keyword;
    const p = error.params ?? {};
    if (kw === "required") {
      const prop = SAFE_KEY.test(p.missingProperty ?? "") ? p.missingProperty : "?";
      out.push([pathString(prop === "?" ? parts : [...parts, prop]), "schema.required",
        message("schema.required", lang, { field: prop }), null]);
    } else if (kw === "additionalProperties") {
      const key = error.instancePath;
      if (!extra.has(key)) {
        extra.set(key, { parts, names: [] });
        out.push(extra.get(key));
      }
      extra.get(key).names.push(p.additionalProperty);
    } else if (kw === "type") {
      const types = Array.isArray(p.type) ? p.type : String(p.type).split(",");
      const words = TYPE_WORDS[lang] ?? TYPE_WORDS.en;
      let expected = types.filter((t) => t !== "null").map((t) => words[t] ?? t).join(", ") || "?";
      if (types.includes("object")) expected = lang === "en" ? "object" : "objekti";
      if (types.includes("array")) expected = lang === "en" ? "list" : "lista";
      out.push([pathString(parts), "schema.type", message("schema.type", lang, { expected }), value]);
    } else if (kw === "enum") {
      const options = p.allowedValues ?? [];
      let shown = options.slice(0, 12).map(String).join(", ");
      if (options.length > 12) shown += ", …";
      out.push([pathString(parts), "schema.enum", message("schema.enum", lang, { options: shown }), value]);
    } else if (kw === "format") {
      out.push([pathString(parts), "schema.format", message("schema.format", lang, { format: p.format }), value]);
    } else if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
      "minLength", "maxLength"].includes(kw)) {
      out.push([pathString(parts), `schema.${kw}`, message(`schema.${kw}`, lang, { limit: p.limit }), value]);
    } else if (kw === "pattern") {
      out.push([pathString(parts), "schema.pattern", message("schema.pattern", lang), value]);
    } else {
      out.push([pathString(parts), `schema.${kw}`, message("schema.other", lang, { keyword: kw }), value]);
    }
  }
  return out.map((entry) => (Array.isArray(entry) ? entry : [pathString(entry.parts),
    "schema.additionalProperties",
    message("schema.additionalProperties", lang, { field: safeKeys(entry.names) }), null]));
}

// --- readers (cm_model.io.readers, JSON and JSON Lines only) --------------------------
function kindWord(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "number") return "a number";
  if (value === null) return "null";
  return typeof value;
}

function depthExceeds(value, limit = MAX_DEPTH) {
  const stack = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop();
    if (depth > limit) return true;
    const children = Array.isArray(node) ? node : isObj(node) ? Object.values(node) : [];
    for (const v of children) if (v !== null && typeof v === "object") stack.push([v, depth + 1]);
  }
  return false;
}

export function detectFormat(name, text) {
  const lower = (name || "").toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (/\.(csv|tsv|txt)$/.test(lower)) return "csv";
  if (/\.(xlsx|xlsm)$/.test(lower)) return "xlsx";
  if (/\.ya?ml$/.test(lower)) return "unsupported";
  const stripped = text.replace(/^[\ufeff \t\r\n]+/, "").slice(0, 4096);
  if (stripped.startsWith("[")) return "json";
  if (stripped.startsWith("{")) {
    const cut = stripped.indexOf("\n");
    if (cut < 0) return "json";
    const first = stripped.slice(0, cut).trimEnd();
    const rest = stripped.slice(cut + 1).trim();
    return rest.startsWith("{") && first.endsWith("}") ? "jsonl" : "json";
  }
  return "unsupported";
}

/** Pasted text has no file name: JSON when the whole text parses, else JSON Lines when it is
 * several lines that start with an object (the CLI's 4 kB sniff is for files without a
 * suffix and would take a long first line for JSON). */
export function detectPasted(text) {
  try {
    JSON.parse(text.replace(/^\ufeff/, ""));
    return "json";
  } catch {
    const lines = text.split("\n").filter((l) => l.trim());
    const first = (lines[0] ?? "").trim();
    return lines.length > 1 && first.startsWith("{") && first.endsWith("}") ? "jsonl" : "json";
  }
}

const problem = (code, params = {}, extra = {}) => ({ problem: true, code, params, record: null,
  path: null, fatal: false, line: null, ...extra });

function* recordsFromDocument(doc) {
  if (isObj(doc)) {
    yield { data: doc, record: null, line: null };
  } else if (Array.isArray(doc)) {
    if (doc.length === 0) yield problem("read.empty");
    for (let i = 0; i < doc.length; i += 1) {
      if (isObj(doc[i])) yield { data: doc[i], record: `[${i}]`, line: null };
      else yield problem("read.not-record", { found: kindWord(doc[i]) }, { record: `[${i}]` });
    }
  } else {
    yield problem("read.not-record", { found: kindWord(doc) }, { fatal: true });
  }
}

// The browser's JSON.parse messages may quote the input (personal data): keep the position only.
function jsonErrorDetail(err, oneLine) {
  const msg = String(err && err.message);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  const pos = /position (\d+)/.exec(msg);
  if (lc) return oneLine ? `syntax error (column ${lc[2]})` : `syntax error (line ${lc[1]}, column ${lc[2]})`;
  if (pos) return `syntax error (position ${pos[1]})`;
  return /end of JSON input/.test(msg) ? "unexpected end of input" : "syntax error";
}

// io.duplicates: a key written twice in one object is refused, located by line and column
// (JSON.parse, like orjson, would keep the last value without a word). The first object to
// close with a repeated key is reported (Python's decoder finishes inner objects first), at
// the second place its key is written inside that object.
function findDuplicateKey(text) {
  const stack = []; // per open container: { object, start, seen, dup }
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top && top.object) {
        const key = JSON.parse(text.slice(i, j + 1));
        if (top.seen.has(key)) top.dup ??= key;
        top.seen.add(key);
        expectKey = false;
      }
      i = j;
    } else if (ch === "{" || ch === "[") {
      stack.push({ object: ch === "{", start: i, seen: new Set(), dup: null });
      expectKey = ch === "{";
    } else if (ch === ",") {
      expectKey = !!stack[stack.length - 1]?.object;
    } else if (ch === "}" || ch === "]") {
      const done = stack.pop();
      if (done.dup !== null) return locateDuplicate(text, done.dup, done.start, i + 1);
    }
  }
  return null;
}

function locateDuplicate(text, key, start, end) {
  const needle = JSON.stringify(key);
  const within = (from) => {
    const at = text.indexOf(needle, from);
    return at >= 0 && at + needle.length <= end ? at : -1;
  };
  const first = within(start);
  const second = first >= 0 ? within(first + 1) : -1;
  const pos = second >= 0 ? second : start + 1;
  const lineStart = pos > 0 ? text.lastIndexOf("\n", pos - 1) + 1 : 0;
  const line = text.slice(0, pos).split("\n").length;
  return { key, line, column: [...text.slice(lineStart, pos)].length + 1 };
}

function duplicateProblem(found, record = null, line = null) {
  return problem("read.duplicate-key", { key: safeName(found.key), where: `line ${line ?? found.line}, column ${found.column}` },
    { record, line: line ?? found.line, fatal: record === null });
}

function* readJson(text) {
  let doc;
  text = text.replace(/^\ufeff/, "");
  try {
    doc = JSON.parse(text);
  } catch (err) {
    if (err instanceof RangeError) yield problem("read.depth", { limit: MAX_DEPTH }, { fatal: true });
    else yield problem("read.json", { detail: jsonErrorDetail(err, false) }, { fatal: true });
    return;
  }
  if (depthExceeds(doc)) {
    yield problem("read.depth", { limit: MAX_DEPTH }, { fatal: true });
    return;
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    yield duplicateProblem(duplicate);
    return;
  }
  yield* recordsFromDocument(doc);
}

const MAX_LINE_BYTES = catalogueJson.limits.MAX_LINE_BYTES;

function* readJsonl(text) {
  let seen = false;
  const lines = text.split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  for (let n = 0; n < lines.length; n += 1) {
    const lineno = n + 1;
    let line = lines[n];
    const record = `line ${lineno}`;
    if (lineno === 1) line = line.replace(/^\ufeff/, "");
    if (line.length > MAX_LINE_BYTES) {
      seen = true;
      yield problem("read.too-large", { limit: MAX_LINE_BYTES / 2 ** 20 }, { record, line: lineno });
      continue;
    }
    if (!line.trim()) continue;
    seen = true;
    let value;
    try {
      value = JSON.parse(line);
    } catch (err) {
      if (err instanceof RangeError) yield problem("read.depth", { limit: MAX_DEPTH }, { record, line: lineno });
      else yield problem("read.jsonl", { detail: jsonErrorDetail(err, true) }, { record, line: lineno });
      continue;
    }
    if (!isObj(value)) {
      yield problem("read.not-record", { found: kindWord(value) }, { record, line: lineno });
      continue;
    }
    const duplicate = findDuplicateKey(line);
    if (duplicate) {
      yield duplicateProblem(duplicate, record, lineno);
      continue;
    }
    yield { data: value, record, line: lineno };
  }
  if (!seen) yield problem("read.empty");
}

// --- the engine (FileRun) ---------------------------------------------------------------------
const rulesFor = (cls) => RULES.filter((r) => r.applies_to.includes(cls));

function newContext(seenIds) {
  return { exportTime: null, recordIds: null, scopeRules: null, seenIds: seenIds ?? {}, locator: "" };
}

// A rule cannot report on a record where every field it reads is absent (rules.Rule.reads).
const isAbsent = (v) => v === null || v === undefined || v === ""
  || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);
function selected(cls, record) {
  const present = new Set(Object.keys(record).filter((k) => !isAbsent(record[k])));
  return rulesFor(cls).filter((r) => r.reads === null || r.reads.some((k) => present.has(k)));
}

function applyRule(rule, record, ctx, cls) {
  for (const need of rule.needs) if (!hasNeed(ctx, need)) return [];
  const check = CHECKS[rule.id];
  if (!check) throw new Error(`rule ${rule.id} has no JavaScript port`);
  return check(record, ctx, cls, rule.data ?? {});
}

function render(params, lang = "en") {
  let scope = params.scope;
  if (typeof scope === "string" && scope.includes(", first at ")) {
    const cut = scope.indexOf(", first at ");
    const where = scope.slice(cut + 11);
    if (/^[0-9]+$/.test(where)) scope = `${scope.slice(0, cut)}, first at line ${where}`;
    return { ...params, scope: place(scope, lang) };
  }
  return params;
}

/** The cell of a field path, or of its nearest enclosing field that has one (engine._cell_for). */
function cellFor(cells, path) {
  if (!cells || path === null || path === undefined) return null;
  let probe = path;
  while (probe) {
    if (Object.prototype.hasOwnProperty.call(cells, probe)) return cells[probe];
    const cut = Math.max(probe.lastIndexOf("."), probe.lastIndexOf("["));
    probe = cut > 0 ? probe.slice(0, cut) : "";
  }
  return null;
}

class FileRun {
  constructor(file, opts) {
    this.file = file;
    this.opts = opts;
    this.ctx = newContext();
    this.findings = [];
    this.records = 0;
    this.fatal = false;
    this.inferCache = new Map();
  }

  finding(record, path, code, severity, text, value = null, fatal = false, cell = null) {
    const f = { file: this.file, record, path: path || null, cell, code, severity, message: text, fatal };
    if (this.opts.showValues && value !== null && value !== undefined) {
      const shown = typeof value === "string" ? value : JSON.stringify(value);
      f.value = shown.length <= 200 ? shown : `${shown.slice(0, 200)}…`;
    }
    this.findings.push(f);
  }

  problem(p) {
    if (p.code === "read.empty") p.fatal = true; // nothing was validated (exit 2), as the CLI
    this.finding(p.record, p.path, p.code, p.severity ?? "error", message(p.code, this.opts.lang, p.params),
      null, p.fatal, p.cell ?? null);
    if (p.fatal) this.fatal = true;
    if (p.line !== null) this.records += 1;
  }

  item(item) {
    const cls = item.className ?? this.opts.className ?? inferClass(item.data, this.inferCache);
    if (cls === null) {
      this.records += 1;
      this.problem(problem("read.class", {}, { record: item.record }));
      return;
    }
    if (cls === ENVELOPE) {
      this.envelope(item);
      return;
    }
    this.records += 1;
    this.record(cls, item.data, item.record, item.line, item.cells, item.skip);
  }

  record(cls, data, locator, line, cells = null, skip = null) {
    const lang = this.opts.lang;
    for (const [path, code, text, value] of structural(cls, data, lang)) {
      if (skip && skip.has(path)) continue; // already reported by the reader (read.coerce)
      this.finding(locator, path, code, "error", text, value, false, cellFor(cells, path));
    }
    if (!isObj(data)) return;
    this.ctx.locator = line ?? (locator || "");
    for (const rule of selected(cls, data)) {
      let hits;
      try {
        hits = applyRule(rule, data, this.ctx, cls);
      } catch (err) {
        this.finding(locator, null, rule.id, "warning", "rule could not be applied to this record");
        continue;
      }
      for (const h of hits) {
        const template = lang === "fi" ? rule.message_fi : rule.message_en;
        this.finding(locator, h.path, rule.id, rule.severity, formatMessage(template, render(h.params, lang)), h.value,
          false, cellFor(cells, h.path));
      }
    }
  }

  envelope(item) {
    const data = item.data;
    const lists = envelopeLists();
    const listNames = new Set(lists.map(([slot]) => slot));
    const shell = {};
    for (const [k, v] of Object.entries(data)) shell[k] = listNames.has(k) && Array.isArray(v) ? [] : v;
    this.records += 1;
    const base = item.record ? `${item.record} ` : "";
    this.record(ENVELOPE, shell, item.record || null, null, item.cells);
    const ctx = newContext(this.ctx.seenIds);
    ctx.exportTime = day(data.export_time);
    const ids = (key, field) => new Set(items(data, key).map(([, x]) => x[field]).filter((v) => typeof v === "string"));
    ctx.recordIds = {};
    for (const [slot, cls] of lists) {
      const field = schemaIndex.top_level_id_field[cls];
      if (field) ctx.recordIds[cls] = ids(slot, field);
    }
    const scope = isObj(data.organisation) ? data.organisation.scope_rules : undefined;
    ctx.scopeRules = Array.isArray(scope) ? scope.filter(isObj) : null;  // CM-R026
    const saved = this.ctx;
    this.ctx = ctx;
    try {
      const org = data.organisation;
      if (isObj(org)) {
        for (const rule of rulesFor("Organisation")) {
          for (const h of applyRule(rule, org, ctx, "Organisation")) {
            const template = this.opts.lang === "fi" ? rule.message_fi : rule.message_en;
            this.finding(item.record, `organisation.${h.path ?? ""}`, rule.id, rule.severity,
              formatMessage(template, render(h.params, this.opts.lang)), h.value);
          }
        }
      }
      for (const [slot, cls] of lists) {
        const value = data[slot];
        if (!Array.isArray(value)) continue;
        value.forEach((element, index) => {
          this.records += 1;
          this.record(cls, element, `${base}${slot}[${index}]`, null, item.cells);
        });
      }
    } finally {
      this.ctx = saved;
    }
  }
}

/**
 * Validate the text of one file. opts: {lang: "fi"|"en", className, showValues}.
 * Returns {summary, findings} like one file of `cm-model validate --format json`.
 */
export function validateText(file, text, opts = {}) {
  const options = { lang: opts.lang === "fi" ? "fi" : "en", className: null, showValues: !!opts.showValues };
  if (opts.className) {
    options.className = findClass(opts.className);
    if (!options.className) throw new Error(`unknown class '${opts.className}'`);
  }
  const run = new FileRun(file, options);
  const format = opts.pasted ? detectPasted(text) : detectFormat(file, text);
  if (format === "unsupported") {
    run.problem(problem("read.format", {}, { fatal: true }));
  } else {
    const stream = format === "jsonl" ? readJsonl(text) : readJson(text);
    for (const entry of stream) {
      if (entry.problem) run.problem(entry);
      else run.item(entry);
    }
  }
  const errors = run.findings.filter((f) => f.severity === "error").length;
  return {
    summary: { file, format: format === "unsupported" ? "?" : format, records: run.records, errors,
      warnings: run.findings.length - errors, readable: !run.fatal },
    findings: run.findings,
  };
}

const MAX_JSON_BYTES = catalogueJson.limits.MAX_JSON_BYTES;

function summarise(run, file, format) {
  const errors = run.findings.filter((f) => f.severity === "error").length;
  return {
    summary: { file, format, records: run.records, errors, warnings: run.findings.length - errors, readable: !run.fatal },
    findings: run.findings,
  };
}

/** Validate raw bytes (a picked file): JSON, JSON Lines, CSV or XLSX (plain or a filled form).
 * JSON and JSON Lines that are not UTF-8 are refused, as by the CLI. */
export function validateBytes(file, bytes, opts = {}) {
  const lang = opts.lang === "fi" ? "fi" : "en";
  let format = detectFormat(file, "");
  if (format === "unsupported" && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) format = "xlsx";
  if (format === "csv" || format === "xlsx") {
    const run = new FileRun(file, { lang, className: null, showValues: !!opts.showValues });
    let stream;
    try {
      stream = format === "csv" ? readCsv(file, bytes) : readXlsx(file, bytes);
    } catch (err) {
      // engine._guard: an unexpected reader failure is a located, fatal finding, never a crash
      stream = [problem(format === "csv" ? "read.csv" : "read.xlsx", { detail: (err && err.name) || "Error" }, { fatal: true })];
    }
    for (const entry of stream) {
      if (entry.problem) run.problem(entry);
      else run.item(entry);
    }
    return summarise(run, file, format);
  }
  if (format === "json" && bytes.length > MAX_JSON_BYTES) {
    const run = new FileRun(file, { lang, className: null });
    run.problem(problem("read.too-large", { limit: MAX_JSON_BYTES / 2 ** 20 }, { fatal: true }));
    return summarise(run, file, format);
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const run = new FileRun(file, { lang: opts.lang === "fi" ? "fi" : "en", className: null });
    run.problem(problem("read.encoding", { encoding: "UTF-8" }, { fatal: true }));
    return { summary: { file, format: detectFormat(file, ""), records: 0, errors: 1, warnings: 0,
      readable: false }, findings: run.findings };
  }
  return validateText(file, text, opts);
}

/** The report of several files, shaped like Report.as_dict() of the Python package. */
export function report(results) {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  const unreadable = results.some((r) => !r.summary.readable);
  const exitCode = unreadable ? 2 : errors ? 1 : 0;
  return {
    format_version: 1,
    valid: errors === 0 && !unreadable,
    exit_code: exitCode,
    summary: { files: results.length, records: results.reduce((n, r) => n + r.summary.records, 0),
      errors, warnings: findings.length - errors },
    files: results.map((r) => r.summary),
    findings,
  };
}
