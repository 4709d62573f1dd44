// XLSX in the browser: the guards of cm_model.io.workbook.check_workbook, in its order, before
// any XML is parsed: the zip directory's declared sizes (parts, one part, compression ratio,
// total), then every XML part refused when it declares a DTD or entities, and each worksheet's
// extent (last row × last column) measured the way the CLI measures it. Only then are the parts
// parsed (the browser's DOMParser). The limits are the CLI's own (cm_model.io.limits, shipped
// in rules.json by `cm-model generate`). The result is what the Python readers see: sheet names
// and states, and per sheet the cells that exist, with their row, column, value and type
// (s, n, b, e, f, d).
import { unzipSync, strFromU8 } from "fflate";
import catalogueJson from "cm-rules-json";
import { CellError } from "./values.js";

const LIMITS = catalogueJson.limits;

export class WorkbookError extends Error {
  constructor(code, params = {}, detail = null) {
    super(code);
    this.code = code; // read.zip | read.zip-bomb | read.xml-entity | read.xlsx
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
  return entries;
}

const bomb = (reason) => new WorkbookError("read.zip-bomb", { reason });

/** check_workbook's directory checks: refuse zip bombs by the sizes the archive declares. */
export function checkZip(entries) {
  if (entries.length > LIMITS.MAX_XLSX_PARTS) {
    throw bomb(`it has ${entries.length} parts, more than the ${LIMITS.MAX_XLSX_PARTS} allowed`);
  }
  let total = 0;
  for (const e of entries) {
    if (e.originalSize > LIMITS.MAX_XLSX_PART) {
      throw bomb(`part ${e.name} declares ${Math.floor(e.originalSize / 2 ** 20)} MB uncompressed `
        + `(limit ${Math.floor(LIMITS.MAX_XLSX_PART / 2 ** 20)} MB)`);
    }
    const packed = Math.max(e.size, 1);
    if (e.originalSize > LIMITS.XLSX_RATIO_MIN_SIZE && e.originalSize > LIMITS.MAX_XLSX_RATIO * packed) {
      throw bomb(`a part is compressed ${Math.floor(e.originalSize / packed)}:1, beyond the `
        + `plausible ${LIMITS.MAX_XLSX_RATIO}:1`);
    }
    total += e.originalSize;
  }
  if (total > LIMITS.MAX_XLSX_UNCOMPRESSED) {
    throw bomb(`declared uncompressed size ${Math.floor(total / 2 ** 20)} MB exceeds the limit of `
      + `${Math.floor(LIMITS.MAX_XLSX_UNCOMPRESSED / 2 ** 20)} MB`);
  }
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new WorkbookError("read.zip");
}

const XML_PART = /\.(xml|rels|vml)$/;
// XML keywords are upper case; the lower-case spellings are refused too (as the CLI does).
const FORBIDDEN = ["<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity"];
const ROW = /<row[^>]*? r="(\d{1,9})"/g;
const TWO = /<c r="[A-Z]{2}\d/;
const THREE = /<c r="[A-Z]{3}\d/;
const WIDE_CELL = /<c r="([A-Z]{2,3})\d/g;

/** A worksheet part's extent as check_workbook measures it: the last row times a cheap bound
 * on the width (26, 702 or 16 384 columns), the exact width only when the bound is too big. */
function extent(text) {
  let rows = 0;
  for (const m of text.matchAll(ROW)) rows = Math.max(rows, Number(m[1]));
  const bound = THREE.test(text) ? 16384 : TWO.test(text) ? 702 : 26;
  if (rows * bound <= LIMITS.MAX_XLSX_CELLS) return rows * bound;
  let columns = 26;
  for (const m of text.matchAll(WIDE_CELL)) columns = Math.max(columns, letterIndex(m[1]));
  return rows * columns;
}

/** Inflate the XML parts (sizes already checked), refuse a DTD in any of them (in the archive's
 * order) and a worksheet whose extent a dense reader could not allocate. */
export function inflate(bytes, entries) {
  let files;
  try {
    files = unzipSync(bytes, { filter: (f) => XML_PART.test(f.name) });
  } catch (err) {
    throw new WorkbookError("read.zip", {}, String(err && err.message));
  }
  const texts = {};
  let widest = 0;
  for (const { name } of entries) {
    if (!files[name]) continue;
    const text = strFromU8(files[name]);
    if (text.includes("<!") && FORBIDDEN.some((n) => text.includes(n))) {
      throw new WorkbookError("read.xml-entity");
    }
    if (name.startsWith("xl/worksheets/")) widest = Math.max(widest, extent(text));
    texts[name] = text;
  }
  if (widest > LIMITS.MAX_XLSX_CELLS) {
    throw bomb(`a sheet spans ${widest} cells (last row × last column), more than the `
      + `${LIMITS.MAX_XLSX_CELLS} allowed; export it as CSV`);
  }
  return { texts };
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

/** values.excel_serial's refusals (1900 system): 60 (29.02.1900, a day that never was), zero,
 * negatives and days past the date range. The error, or null. */
function checkSerial(number) {
  if (!(number >= 1 && number < 2958466) || (number >= 60 && number < 61)) return new CellError("serial");
  const days = number > 60 ? number : number + 1;
  const day = new Date(Date.UTC(1899, 11, 30) + Math.round(days * 86400) * 1000);
  const iso = day.toISOString().slice(0, 10);
  if (iso < LIMITS.DATE_MIN || iso > LIMITS.DATE_MAX) {
    return new CellError("date-range", { lo: LIMITS.DATE_MIN, hi: LIMITS.DATE_MAX });
  }
  return null;
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
          if (Number.isFinite(num) && dates[style]) {
            const serialError = checkSerial(epoch1904 ? num + 1462 : num);
            if (serialError) {
              cells.push({ row: rowNumber, column, value, type, serialError });
              continue;
            }
          }
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

