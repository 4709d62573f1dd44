// Runs the browser validator's engine (bundled for Node by web/build.mjs) on the files given
// and prints, per file, its findings as JSON: the Python side of tests/test_browser_parity.py
// compares them with `cm-model validate`.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [engineFile, ...files] = process.argv.slice(2);
const lang = process.env.CM_LANG || "en";  // the language of the messages (fi: places too)
const engine = await import(pathToFileURL(engineFile).href);
const out = {};
for (const file of files) {
  const result = engine.validateText(file, readFileSync(file, "utf8"), { lang });
  out[file] = result.findings.map((f) => ({ record: f.record, path: f.path, code: f.code,
    severity: f.severity, message: f.message }));
}
process.stdout.write(JSON.stringify(out));
