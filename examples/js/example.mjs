// What a JavaScript portal does with the uji-konsekuensi service: compute the notice deadline of
// a request, check a case when it is saved, download the refusal letter, show an input error.
//
//   uji-konsekuensi serve &                     # http://127.0.0.1:8421
//   node examples/js/example.mjs /tmp/surat     # writes the letter into /tmp/surat
//
// UJI_KONSEKUENSI_URL and UJI_KONSEKUENSI_TOKEN (if the service requires one) are read from the
// environment.

import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UjiKonsekuensi, UjiKonsekuensiError } from "./uji-konsekuensi.mjs";

const uk = new UjiKonsekuensi({
  baseUrl: process.env.UJI_KONSEKUENSI_URL || "http://127.0.0.1:8421",
  token: process.env.UJI_KONSEKUENSI_TOKEN,
});
const cases = new URL("../cases/", import.meta.url);
const readCase = async (name) => JSON.parse(await readFile(new URL(name, cases), "utf8"));
const outDir = process.argv[2] ?? tmpdir();

// 1. The notice to a request received on 25 March 2025 at Diskominfo Kalbar: 10 hari kerja
//    (UU 14/2008 Pasal 22 ayat (7)), Nyepi, Idul Fitri and cuti bersama not counted.
const due = await uk.get("/v1/due", { start: "2025-03-25", deadline: "notice", agency: "kalbar" });
console.log(`Tenggat pemberitahuan: ${due.due} (${due.deadline.basis})`);
console.log(`Hari tidak dihitung: ${due.skipped.length}`);

// 2. Check two cases when the portal saves them (a batch: an array of case files).
const report = await uk.post("/v1/check", [
  await readCase("kalbar.case.json"),
  await readCase("violations/kalbar-late-notice.json"),
]);
for (const c of report.cases) {
  const codes = c.findings.map((f) => f.code);
  console.log(`Kasus ${c.case_id}: ${c.outcome}${codes.length ? " " + codes.join(", ") : ""}`);
}

// 3. The refusal letter of a case, as PDF, saved under the name the service gives.
const letter = await uk.download("/v1/render/penolakan", await readCase("kutai-timur.case.json"), { format: "pdf" });
await writeFile(join(outDir, letter.filename), letter.bytes);
console.log(`Surat penolakan: ${letter.filename} (${letter.type})`);

// 4. A wrong input: every problem has its JSON path, to show next to the form field.
try {
  await uk.get("/v1/due", { start: "2025-02-30", days: 10 });
} catch (error) {
  if (!(error instanceof UjiKonsekuensiError)) throw error;
  for (const p of error.problems) console.log(`Masalah ${error.status} pada ${p.path}: ${p.message}`);
}
