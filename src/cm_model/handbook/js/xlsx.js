// XLSX → the reader stream of the engine, in the CLI's order (tabular.read_xlsx):
// the zip directory's limits (read.zip, read.zip-bomb) before anything is inflated; a part that
// declares a DTD or entities refused (read.xml-entity, or for a form the form reader's own
// refusal); a workbook with the hidden `_cm_meta` sheet read as a filled form (read.form
// findings located by cell), any other workbook sheet by sheet like a CSV.
import { WorkbookError, checkZip, formSafety, inflate, openWorkbook, zipDirectory } from "./workbook.js";
import { META_SHEET, readForm } from "./form.js";
import { pathString, readPlain, splitHeader } from "./tabular.js";
import { sha256Hex } from "./sha256.js";

const problem = (code, params = {}, extra = {}) => ({ problem: true, code, params, record: null,
  path: null, cell: null, fatal: false, line: null, severity: "error", ...extra });

const baseName = (file) => file.replace(/^.*[\\/]/, "");

export function readXlsx(file, bytes) {
  let entries;
  let inflated;
  try {
    entries = zipDirectory(bytes);
    checkZip(entries);
    inflated = inflate(bytes);
  } catch (err) {
    if (err instanceof WorkbookError) {
      if (err.code === "read.zip" && entries) return [problem("read.xlsx", { detail: "BadZipFile" }, { fatal: true })];
      return [problem(err.code, err.params, { fatal: true })];
    }
    throw err;
  }
  const workbookXml = inflated.texts["xl/workbook.xml"] ?? "";
  const declaresForm = new RegExp(`<(?:\\w+:)?sheet\\b[^>]*name="${META_SHEET}"`).test(workbookXml);
  if (declaresForm && !inflated.dtd.includes("xl/workbook.xml")) {
    const refused = formSafety(entries)
      ?? (inflated.dtd.length ? `refused: part ${inflated.dtd[0]} declares a DTD or XML entities (a workbook never needs them; possible entity-expansion attack)` : null);
    if (refused) return [problem("read.form", { detail: refused }, { cell: baseName(file), fatal: true })];
  } else if (inflated.dtd.length) {
    return [problem("read.xml-entity", {}, { fatal: true })];
  }
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
