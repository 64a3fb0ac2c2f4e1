// Validates Kubernetes manifests offline, as kubeconform -strict would with the schemas at hand:
//  1. every built-in object against the Kubernetes OpenAPI schema shipped in kubernetes-models (required fields,
//     types, formats, enums);
//  2. every object, built-in or CloudNativePG, through TypeScript's excess-property check against the same types,
//     which catches misspelt or misplaced fields at any depth (what -strict adds);
//  3. the CloudNativePG Cluster against cnpg-cluster.d.ts (structural: its CRD schema is not available offline).
// Usage: node validate.mjs <kustomization.yaml | file.yaml>...   Exit code 1 on any problem. A kustomization.yaml
// stands for the resources it lists, and every other .yaml beside it must be listed (nothing is forgotten).
import { readFileSync, writeFileSync, mkdtempSync, rmSync, readdirSync, existsSync } from "node:fs";
import { basename, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));

// apiVersion/kind -> module under kubernetes-models and the exported interface.
function modelFor(apiVersion, kind) {
  if (apiVersion === "postgresql.cnpg.io/v1" && kind === "Cluster") {
    return { module: "./cnpg-cluster.js", type: "CnpgCluster", crd: true };
  }
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const path = group === "" ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
  return { module: path, type: `I${kind}`, crd: false };
}

const problems = [];
const files = [];
for (const arg of process.argv.slice(2)) {
  if (basename(arg) !== "kustomization.yaml") {
    files.push(arg);
    continue;
  }
  const kustomization = parseAllDocuments(readFileSync(arg, "utf8"))[0].toJS();
  const dir = dirname(arg);
  const listed = kustomization.resources ?? [];
  for (const resource of listed) {
    if (existsSync(join(dir, resource))) files.push(join(dir, resource));
    else problems.push(`kustomization.yaml: lists ${resource}, which does not exist`);
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml") && n !== "kustomization.yaml")) {
    if (!listed.includes(name)) problems.push(`kustomization.yaml: ${name} is not listed in resources`);
  }
}
if (files.length === 0) {
  console.error("usage: node validate.mjs <kustomization.yaml | manifest.yaml>...");
  process.exit(2);
}

const objects = [];
for (const file of files) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  docs.forEach((doc, index) => {
    const where = `${basename(file)}#${index + 1}`;
    if (doc.errors.length > 0) {
      problems.push(`${where}: YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
      return;
    }
    const object = doc.toJS();
    if (object === null || object === undefined) return;
    if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
      problems.push(`${where}: apiVersion and kind are required`);
      return;
    }
    if (!object.metadata || typeof object.metadata.name !== "string" || object.metadata.name === "") {
      problems.push(`${where}: metadata.name is required`);
    }
    objects.push({ where, object, model: modelFor(object.apiVersion, object.kind) });
  });
}

// 1. OpenAPI schema validation of built-in kinds.
for (const { where, object, model } of objects) {
  if (model.crd) continue;
  let Model;
  try {
    const mod = await import(model.module);
    Model = mod[object.kind];
  } catch {
    problems.push(`${where}: unknown kind ${object.kind} in ${object.apiVersion} (not in the Kubernetes API schemas)`);
    model.unknown = true;
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    const details = (error.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
    problems.push(`${where} (${object.kind} ${object.metadata?.name}): schema: ${details || error.message}`);
  }
}

// 3a. What the structural types cannot say for the CloudNativePG Cluster.
for (const { where, object, model } of objects) {
  if (!model.crd) continue;
  const spec = object.spec ?? {};
  if (!Number.isInteger(spec.instances) || spec.instances < 1) problems.push(`${where}: spec.instances must be an integer >= 1`);
  if (typeof spec.storage?.size !== "string") problems.push(`${where}: spec.storage.size is required`);
  if ((spec.minSyncReplicas ?? 0) > (spec.maxSyncReplicas ?? 0)) problems.push(`${where}: minSyncReplicas > maxSyncReplicas`);
  if ((spec.maxSyncReplicas ?? 0) >= (spec.instances ?? 1)) problems.push(`${where}: maxSyncReplicas must be below instances`);
}

// 2 and 3. Strict field check: each object as a literal of its type; TypeScript reports unknown fields and wrong types.
const work = mkdtempSync(join(here, ".check-"));
try {
  const lines = [];
  const checked = objects.filter((o) => !o.model.unknown);
  checked.forEach(({ model }, i) => {
    const from = model.crd ? join(here, "cnpg-cluster.js") : model.module;
    lines.push(`import type { ${model.type} as T${i} } from ${JSON.stringify(from)};`);
  });
  const starts = [];
  checked.forEach(({ object }, i) => {
    starts.push(lines.join("\n").split("\n").length + (lines.length > 0 ? 1 : 0));
    lines.push(`export const o${i}: T${i} = ${JSON.stringify(object, null, 1)};`);
  });
  const source = lines.join("\n");
  const file = join(work, "manifests.ts");
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    noEmit: true, strict: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [],
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || d.file.fileName !== file) {
      problems.push(`validator: ${message}`);
      continue;
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    let index = starts.length - 1;
    while (index > 0 && starts[index] > line) index--;
    const { where, object } = checked[index];
    const near = source.split("\n")[line - 1].trim().slice(0, 80);
    problems.push(`${where} (${object.kind} ${object.metadata?.name}): fields: ${message} [near: ${near}]`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const kinds = objects.map((o) => o.object.kind);
if (problems.length > 0) {
  for (const p of problems) console.error(`FAIL ${p}`);
  console.error("(TypeScript names one unknown field per object: fix and run again until clean)");
  console.error(`${problems.length} problem(s) in ${objects.length} objects`);
  process.exit(1);
}
console.log(`OK ${objects.length} objects valid (${[...new Set(kinds)].join(", ")}); CloudNativePG Cluster checked structurally`);
