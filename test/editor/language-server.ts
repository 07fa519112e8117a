// A minimal LSP client over stdio for the real yaml-language-server (the server behind VS Code's
// YAML extension and Neovim's yamlls): the tests talk to it exactly as an editor does, JSON-RPC
// with Content-Length framing, and see what a user would see.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}
export interface LspDiagnostic {
  range: LspRange;
  message: string;
  severity?: number;
  source?: string;
}
export interface LspCompletionItem {
  label: string;
  kind?: number;
  insertText?: string;
  textEdit?: { newText: string };
  documentation?: string | { kind: string; value: string };
}
export interface LspHover {
  contents: { kind: string; value: string };
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

/** The server's entry script, resolved from the installed package. */
export function serverScript(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("yaml-language-server/package.json")), "bin/yaml-language-server");
}

export class LanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiters = new Map<string, ((d: LspDiagnostic[]) => void)[]>();
  private versions = new Map<string, number>();
  private stderr = "";
  private settings: Record<string, unknown> = {};
  private configured: (() => void) | undefined;

  constructor() {
    this.child = spawn(process.execPath, [serverScript(), "--stdio"], { stdio: "pipe" });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** Starts the session: `schemas` maps a schema URI to the globs it applies to (yaml.schemas). */
  async initialize(rootDir: string, schemas: Record<string, string[]>): Promise<void> {
    await this.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: {
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
          hover: { contentFormat: ["markdown", "plaintext"] },
          publishDiagnostics: {},
        },
      },
    });
    this.settings = {
      yaml: {
        schemas,
        validate: true,
        hover: true,
        completion: true,
        // Offline and deterministic: no schema catalogue or CRD store downloads.
        schemaStore: { enable: false },
        kubernetesCRDStore: { enable: false },
        format: { enable: false },
      },
    };
    // The server pulls its settings (workspace/configuration) when told they changed; documents
    // opened before it has them would be checked without the schema.
    const pulled = new Promise<void>((resolve) => (this.configured = resolve));
    this.notify("initialized", {});
    this.notify("workspace/didChangeConfiguration", { settings: this.settings });
    await pulled;
  }

  /** Opens (or re-sends) a document and waits for the diagnostics the server publishes for it. */
  async open(uri: string, text: string): Promise<LspDiagnostic[]> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const published = new Promise<LspDiagnostic[]>((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolve);
      this.waiters.set(uri, list);
    });
    if (version === 1) this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version, text } });
    else this.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    return published;
  }

  async completion(uri: string, position: LspPosition): Promise<LspCompletionItem[]> {
    const result = (await this.request("textDocument/completion", { textDocument: { uri }, position })) as
      { items: LspCompletionItem[] } | LspCompletionItem[] | null;
    return result === null ? [] : Array.isArray(result) ? result : result.items;
  }

  async hover(uri: string, position: LspPosition): Promise<string> {
    const result = (await this.request("textDocument/hover", { textDocument: { uri }, position })) as LspHover | null;
    return result?.contents.value ?? "";
  }

  async close(): Promise<void> {
    try {
      await this.request("shutdown", null);
      this.notify("exit", null);
    } finally {
      this.child.kill();
    }
  }

  /** What the server wrote on stderr (for failure messages). */
  log(): string {
    return this.stderr;
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    const done = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ jsonrpc: "2.0", id, method, params });
    return done;
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined && message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.method === "textDocument/publishDiagnostics") {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: LspDiagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      const waiting = this.waiters.get(uri);
      if (waiting !== undefined && waiting.length > 0) waiting.shift()!(diagnostics);
      return;
    }
    if (message.method === "workspace/configuration" && message.id !== undefined) {
      const { items } = message.params as { items: { section?: string }[] };
      this.send({ jsonrpc: "2.0", id: message.id, result: items.map((item) => this.settings[item.section ?? ""] ?? null) });
      this.configured?.();
      return;
    }
    // Other requests from the server (client/registerCapability, ...): answer with nothing.
    if (message.method !== undefined && message.id !== undefined) this.send({ jsonrpc: "2.0", id: message.id, result: null });
  }
}
