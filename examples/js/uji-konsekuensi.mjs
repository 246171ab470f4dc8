// A small client of the uji-konsekuensi service (docs/service.md) for JavaScript portals:
// Node 18 or newer, built-in fetch, no dependency.
//
//   import { UjiKonsekuensi } from "./uji-konsekuensi.mjs";
//   const uk = new UjiKonsekuensi({ baseUrl: "http://127.0.0.1:8421", token: process.env.UJI_KONSEKUENSI_TOKEN });
//   const due = await uk.get("/v1/due", { start: "2025-03-25", deadline: "notice", agency: "kalbar" });
//
// An error answer (RFC 9457 problem+json) is thrown as UjiKonsekuensiError; its `problems` give
// each problem's JSON path and message, to show next to the form field concerned.

export class UjiKonsekuensiError extends Error {
  constructor(status, problem) {
    super(`${problem.title ?? "error"}: ${problem.detail ?? ""}`);
    this.status = status;
    this.problem = problem;
    this.problems = problem.problems ?? [];
  }
}

export class UjiKonsekuensi {
  constructor({ baseUrl = "http://127.0.0.1:8421", token = null, language = "id", timeoutMs = 30000 } = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.token = token || null;
    this.language = language;
    this.timeoutMs = timeoutMs;
  }

  /** GET a JSON answer. */
  async get(path, query = {}) {
    return (await this.#request("GET", path, query)).json();
  }

  /** POST JSON data, get a JSON answer. */
  async post(path, data, query = {}) {
    return (await this.#request("POST", path, query, data)).json();
  }

  /** POST JSON data, get a file: { bytes: Uint8Array, type, filename }. */
  async download(path, data, query = {}) {
    const response = await this.#request("POST", path, query, data);
    const disposition = response.headers.get("content-disposition") ?? "";
    const match = /filename="([^"]+)"/.exec(disposition);
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      type: response.headers.get("content-type"),
      filename: match ? match[1] : null,
    };
  }

  async #request(method, path, query, data) {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    const headers = { "Accept-Language": this.language };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (data !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, {
      method,
      headers,
      body: data === undefined ? undefined : JSON.stringify(data),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) {
      const text = await response.text();
      let problem;
      try {
        problem = JSON.parse(text);
      } catch {
        problem = { title: `HTTP ${response.status}`, detail: text };
      }
      throw new UjiKonsekuensiError(response.status, problem);
    }
    return response;
  }
}
