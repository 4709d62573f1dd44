// XLSX in the browser: the zip directory is checked before anything is inflated (the CLI's
// limits, cm_model.validation.tabular.check_zip and cm_model.forms.safety.check_workbook), every
// XML part is refused when it declares a DTD or entities, and only then are the parts inflated
// (fflate, the zip library read-excel-file is built on) and parsed (the browser's DOMParser).
// The result is what openpyxl gives the Python readers: sheet names and states, and per sheet
// the cells that exist, with their row, column, value and type (s, n, b, e, f, d).
import { unzipSync, strFromU8 } from "fflate";

// cm_model.validation.tabular
const MAX_XLSX_UNCOMPRESSED = 1024 * 1024 * 1024;
const MAX_XLSX_RATIO = 150;
const MAX_XLSX_PARTS = 10000;
// cm_model.forms.safety
const FORM_TOTAL = 512 * 1024 * 1024;
const FORM_PART = 256 * 1024 * 1024;
const FORM_RATIO = 1000;
const FORM_RATIO_MIN = 1024 * 1024;

export class WorkbookError extends Error {
  constructor(code, params = {}, detail = null) {
    super(code);
    this.code = code; // read.zip | read.zip-bomb | read.xml-entity | read.xlsx | form
    this.params = params;
    this.detail = detail;
  }
}

/** The zip directory (names, declared sizes), read without inflating anything. */
export function zipDirectory(bytes) {
  const entries = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new WorkbookError("read.zip");
  }
  if (!entries.length) throw new WorkbookError("read.zip");
  return entries;
}

/** tabular.check_zip: refuse zip bombs by the sizes the archive declares. */
export function checkZip(entries) {
  if (entries.length > MAX_XLSX_PARTS) {
    throw new WorkbookError("read.zip-bomb", { reason: `it has ${entries.length} parts, more than the ${MAX_XLSX_PARTS} allowed` });
  }
  let total = 0;
  let worst = 0;
  for (const e of entries) {
    total += e.originalSize;
    if (e.originalSize > 16 * 1024 * 1024) worst = Math.max(worst, e.originalSize / Math.max(e.size, 1));
  }
  if (total > MAX_XLSX_UNCOMPRESSED) {
    throw new WorkbookError("read.zip-bomb", { reason: `declared uncompressed size ${Math.floor(total / 2 ** 20)} MB exceeds the limit of ${MAX_XLSX_UNCOMPRESSED / 2 ** 20} MB` });
  }
  if (worst > MAX_XLSX_RATIO) {
    throw new WorkbookError("read.zip-bomb", { reason: `a part is compressed ${Math.floor(worst)}:1, beyond the plausible ${MAX_XLSX_RATIO}:1` });
  }
}

/** forms.safety.check_workbook's size limits (stricter per part); the text it reports. */
export function formSafety(entries) {
  let total = 0;
  for (const e of entries) {
    if (e.originalSize > FORM_PART) {
      return `refused as a possible zip bomb: part ${e.name} declares ${e.originalSize} bytes uncompressed (limit ${FORM_PART})`;
    }
    if (e.originalSize > FORM_RATIO_MIN && e.originalSize > FORM_RATIO * Math.max(e.size, 1)) {
      return `refused as a possible zip bomb: part ${e.name} expands ${Math.floor(e.originalSize / Math.max(e.size, 1))}×`;
    }
    total += e.originalSize;
  }
  if (total > FORM_TOTAL) return `refused as a possible zip bomb: ${total} bytes uncompressed in total (limit ${FORM_TOTAL})`;
  if (!entries.some((e) => e.name === "xl/workbook.xml")) return "not an .xlsx workbook (no xl/workbook.xml part)";
  return null;
}

const FORBIDDEN = /<!doctype|<!entity/i;

/** Inflate the XML parts (sizes already checked) and find the parts that declare a DTD. */
export function inflate(bytes) {
  let files;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.(xml|rels|vml)$/i.test(f.name) });
  } catch (err) {
    throw new WorkbookError("read.zip", {}, String(err && err.message));
  }
  const texts = {};
  const dtd = [];
  for (const [name, data] of Object.entries(files)) {
    const text = strFromU8(data);
    if (FORBIDDEN.test(text)) dtd.push(name);
    texts[name] = text;
  }
  return { texts, dtd };
}

// --- XML --------------------------------------------------------------------------------------
function parseXml(text) {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length) throw new WorkbookError("read.xlsx", { detail: "ParseError" });
  return doc;
}

const kids = (node, local) => [...node.childNodes].filter((n) => n.nodeType === 1 && n.localName === local);
const kid = (node, local) => kids(node, local)[0] ?? null;

function resolveTarget(base, target) {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

// Excel's built-in date formats and openpyxl's test for a custom one.
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateFormat(code) {
  const stripped = code.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dmyhs]/i.test(stripped.split(";")[0]) && !/^general$/i.test(stripped);
}

function styles(text) {
  if (!text) return [];
  const doc = parseXml(text);
  const custom = new Map();
  for (const f of doc.getElementsByTagName("numFmt")) custom.set(Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode") || "");
  const xfs = doc.getElementsByTagName("cellXfs")[0];
  if (!xfs) return [];
  return kids(xfs, "xf").map((xf) => {
    const id = Number(xf.getAttribute("numFmtId") || 0);
    return custom.has(id) ? isDateFormat(custom.get(id)) : BUILTIN_DATES.has(id);
  });
}

function richText(node) {
  // a shared or inline string: its <t> texts, phonetic runs (<rPh>) left out
  let out = "";
  const walk = (n) => {
    for (const c of n.childNodes) {
      if (c.nodeType !== 1) continue;
      if (c.localName === "rPh") continue;
      if (c.localName === "t") out += c.textContent;
      else walk(c);
    }
  };
  walk(node);
  return out;
}

/** A date-time cell value (openpyxl's datetime), kept as wall-clock parts. */
export class XDate {
  constructor(y, mo, d, h = 0, mi = 0, s = 0, ms = 0) {
    Object.assign(this, { y, mo, d, h, mi, s, ms });
  }

  hasTime() { return this.h || this.mi || this.s || this.ms; }

  dateIso() {
    const p = (n, w = 2) => String(n).padStart(w, "0");
    return `${p(this.y, 4)}-${p(this.mo)}-${p(this.d)}`;
  }

  iso() {
    const p = (n, w = 2) => String(n).padStart(w, "0");
    let out = `${this.dateIso()}T${p(this.h)}:${p(this.mi)}:${p(this.s)}`;
    if (this.ms) out += `.${p(this.ms * 1000, 6)}`;
    return out;
  }
}

function fromSerial(serial, epoch1904) {
  let days = serial;
  if (!epoch1904 && days < 60) days += 1; // Excel's 1900 leap-year bug
  const base = epoch1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round(days * 86400000);
  const t = new Date(base + ms);
  return new XDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(),
    t.getUTCMinutes(), t.getUTCSeconds(), t.getUTCMilliseconds());
}

function letterIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The workbook: sheets in order with their state, and a reader of one sheet's cells. */
export function openWorkbook(texts) {
  if (!texts["xl/workbook.xml"]) throw new WorkbookError("read.xlsx", { detail: "KeyError" });
  const wb = parseXml(texts["xl/workbook.xml"]);
  const pr = wb.getElementsByTagName("workbookPr")[0];
  const epoch1904 = !!pr && ["1", "true"].includes(pr.getAttribute("date1904") || "");
  const rels = {};
  const relsText = texts["xl/_rels/workbook.xml.rels"];
  let shared = [];
  let dates = [];
  if (relsText) {
    for (const r of parseXml(relsText).getElementsByTagName("Relationship")) {
      const target = resolveTarget("xl/workbook.xml", r.getAttribute("Target") || "");
      rels[r.getAttribute("Id")] = target;
      const type = r.getAttribute("Type") || "";
      if (type.endsWith("/sharedStrings") && texts[target]) {
        shared = [...parseXml(texts[target]).getElementsByTagName("si")].map(richText);
      } else if (type.endsWith("/styles") && texts[target]) {
        dates = styles(texts[target]);
      }
    }
  }
  const sheets = [...wb.getElementsByTagName("sheet")].map((s) => {
    const rid = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")
      || s.getAttribute("r:id");
    return { name: s.getAttribute("name") || "", state: s.getAttribute("state") || "visible", part: rels[rid] };
  });

  /** Rows as they exist in the sheet XML: [[{row, column, value, type}], …]. */
  function rows(sheet) {
    const text = texts[sheet.part];
    if (!text) throw new WorkbookError("read.xlsx", { detail: "KeyError" });
    const doc = parseXml(text);
    const data = doc.getElementsByTagName("sheetData")[0];
    const out = [];
    if (!data) return out;
    let rowNumber = 0;
    for (const rowEl of kids(data, "row")) {
      rowNumber = Number(rowEl.getAttribute("r")) || rowNumber + 1;
      const cells = [];
      let column = 0;
      for (const c of kids(rowEl, "c")) {
        const ref = c.getAttribute("r");
        const m = ref && /^([A-Z]+)(\d+)$/.exec(ref);
        column = m ? letterIndex(m[1]) : column + 1;
        const t = c.getAttribute("t") || "n";
        const f = kid(c, "f");
        const v = kid(c, "v");
        const raw = v ? v.textContent : null;
        let value = null;
        let type = t === "inlineStr" || t === "str" ? "s" : t;
        if (t === "s") value = raw === null ? null : shared[Number(raw)] ?? null;
        else if (t === "inlineStr") value = kid(c, "is") ? richText(kid(c, "is")) : null;
        else if (t === "str") value = raw;
        else if (t === "b") value = raw === null ? null : raw.trim() === "1" || raw.trim() === "true";
        else if (t === "e") value = raw;
        else if (t === "d") {
          const d = raw ? new Date(raw) : null;
          value = d && !Number.isNaN(d.getTime()) ? new XDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(),
            d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()) : raw;
        } else if (raw !== null && raw !== "") {
          const num = Number(raw);
          const style = Number(c.getAttribute("s") || 0);
          if (Number.isFinite(num) && dates[style]) value = fromSerial(num, epoch1904);
          else value = Number.isFinite(num) ? num : raw;
          type = "n";
        }
        if (f) {
          type = "f";
          value = `=${f.textContent}`;
          cells.push({ row: rowNumber, column, value, type, cached: raw });
          continue;
        }
        cells.push({ row: rowNumber, column, value, type });
      }
      out.push(cells);
    }
    return out;
  }

  return { sheets, names: sheets.map((s) => s.name), rows, epoch1904 };
}

