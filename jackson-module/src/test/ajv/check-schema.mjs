// Compiles the geoclaims JSON Schema (draft 2020-12) with Ajv 8 in strict mode, then validates JSON documents.
//
//   node check-schema.mjs [--schema path] [--expect-invalid] file-or-directory...
//
// Without --schema it uses ../../main/resources/io/github/geoclaims/json/schema/geoclaims-1.schema.json (relative to
// this script). Directories are searched for *.json files. Every file must validate; with --expect-invalid every
// file after it must be rejected instead. Exit code 0 when all is as expected, 1 otherwise, 2 on a usage error.
// Not part of `mvn verify` (CI has no Node): see docs/wire-format.md, section "JSON Schema".
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
let schemaPath = resolve(here, "../../main/resources/io/github/geoclaims/json/schema/geoclaims-1.schema.json");
const targets = [];
let expectValid = true;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--schema") {
    schemaPath = resolve(args[++i]);
  } else if (args[i] === "--expect-invalid") {
    expectValid = false;
  } else if (args[i].startsWith("--")) {
    console.error(`unknown option ${args[i]}`);
    process.exit(2);
  } else {
    targets.push({ path: resolve(args[i]), valid: expectValid });
  }
}

function files(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((name) => files(join(path, name)))
      .filter((name) => name.endsWith(".json"));
  }
  return [path];
}

// strict: true turns on strictSchema (unknown keywords and formats are errors), strictNumbers, strictTypes,
// strictTuples and strictRequired; allErrors lists every error of a document.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
let validate;
try {
  validate = ajv.compile(schema);
} catch (error) {
  console.error(`FAIL schema does not compile in strict mode: ${error.message}`);
  process.exit(1);
}
console.log(`ok   schema ${schema.$id} compiles with Ajv 8 (ajv/dist/2020, strict: true)`);

let failures = 0;
let checked = 0;
for (const target of targets) {
  for (const file of files(target.path)) {
    checked++;
    let document;
    try {
      document = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    } catch (error) {
      if (target.valid) {
        failures++;
        console.log(`FAIL ${file}: not JSON: ${error.message}`);
      } else {
        console.log(`ok   ${file} rejected (not JSON)`);
      }
      continue;
    }
    const valid = validate(document);
    if (valid === target.valid) {
      console.log(`ok   ${file} ${valid ? "valid" : "rejected"}`);
    } else {
      failures++;
      const why = valid ? "validates but should be rejected"
        : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
      console.log(`FAIL ${file}: ${why}`);
    }
  }
}
console.log(`${checked - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
