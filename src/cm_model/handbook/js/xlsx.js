// XLSX → the reader stream of the engine, in the CLI's order (io.tabular.read_xlsx): the guard
// of io.workbook (read.zip, read.zip-bomb, read.xml-entity, the sheet-extent cap) before any XML
// is parsed, for forms and plain workbooks alike; a workbook with the hidden `_cm_meta` sheet
// read as a filled form (read.form findings located by cell), any other workbook sheet by sheet
// like a CSV.
import { WorkbookError, checkZip, inflate, openWorkbook, zipDirectory } from "./workbook.js";
import { META_SHEET, readForm } from "./form.js";
import { pathString, readPlain, splitHeader } from "./tabular.js";
import { sha256Hex } from "./sha256.js";

const problem = (code, params = {}, extra = {}) => ({ problem: true, code, params, record: null,
  path: null, cell: null, fatal: false, line: null, severity: "error", ...extra });

const baseName = (file) => file.replace(/^.*[\\/]/, "");

export function readXlsx(file, bytes) {
  let inflated;
  let stage = "directory";
  try {
    const entries = zipDirectory(bytes);
    checkZip(entries);
    stage = "parts";
    inflated = inflate(bytes, entries);
  } catch (err) {
    if (err instanceof WorkbookError) {
      // a part that does not inflate: the CLI's "damaged archive" (zipfile.BadZipFile)
      if (err.code === "read.zip" && stage === "parts") return [problem("read.xlsx", { detail: "BadZipFile" }, { fatal: true })];
      return [problem(err.code, err.params, { fatal: true })];
    }
    throw err;
  }
  const workbookXml = inflated.texts["xl/workbook.xml"] ?? "";
  const declaresForm = new RegExp(`<(?:\\w+:)?sheet\\b[^>]*name="${META_SHEET}"`).test(workbookXml);
  let workbook;
  try {
    workbook = openWorkbook(inflated.texts);
  } catch (err) {
    if (err instanceof WorkbookError) return [problem(err.code, err.params, { fatal: true })];
    throw err;
  }
  if (!workbook.names.includes(META_SHEET)) {
    try {
      return readPlain(workbook);
    } catch (err) {
      if (err instanceof WorkbookError) return [problem(err.code, err.params, { fatal: true })];
      throw err;
    }
  }
  const out = [];
  for (const rec of readForm(baseName(file), workbook, (t) => sha256Hex(t).slice(0, 16))) {
    const record = rec.row ? `${rec.sheet} row ${rec.row}` : null;
    for (const [cell, text] of rec.errors) out.push(problem("read.form", { detail: String(text) }, { record, cell, fatal: !!rec.fatal }));
    if (rec.data !== null) {
      const cells = {};
      for (const [k, v] of Object.entries(rec.cells)) cells[pathString(splitHeader(k))] = v;
      out.push({ data: rec.data, record, className: rec.className, cells, skip: null, line: null });
    }
  }
  return out;
}
