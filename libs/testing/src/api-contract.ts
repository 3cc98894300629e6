import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The OpenAPI document as a contract the e2e suites enforce: every JSON answer an ApiClient receives must be
 * documented for its operation and status (or by the operation's `default` problem answer) and must match the
 * documented schema — no undocumented member either, so the document lists every field the API sends.
 */
type Schema = Record<string, unknown>;
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const contracts = new Map<string, Promise<ApiContract>>();

/** The contract of the API at `baseUrl`, read once from its own /api/openapi.json. */
export function contractOf(baseUrl: string): Promise<ApiContract> {
  let contract = contracts.get(baseUrl);
  if (!contract) {
    contract = fetch(`${baseUrl}/api/openapi.json`).then(async (response) => {
      if (response.status !== 200) throw new Error(`no OpenAPI document at ${baseUrl}: ${response.status}`);
      return new ApiContract((await response.json()) as Document);
    });
    contract.catch(() => contracts.delete(baseUrl));
    contracts.set(baseUrl, contract);
  }
  return contract;
}

export class ApiContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: Array<{ method: string; pattern: RegExp; path: string; operation: Operation }> = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: Document) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: closed(document.components ?? {}) });
    for (const [path, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const [method, operation] of Object.entries(item))
        this.routes.push({ method: method.toUpperCase(), pattern, path, operation });
    }
    // A literal segment wins over a parameter (`/proposals/mine` before `/proposals/{id}`).
    this.routes.sort((a, b) => paramCount(a.path) - paramCount(b.path));
  }

  /** The documented path (`/api/v1/calls/{id}`) a request goes to. */
  pathOf(method: string, url: string): string | undefined {
    const path = new URL(url, 'http://x').pathname;
    return this.routes.find((r) => r.method === method && r.pattern.test(path))?.path;
  }

  /** Problems with an answer (empty when it keeps the contract). Only JSON bodies are checked. */
  check(method: string, url: string, status: number, contentType: string | null, body: unknown): string[] {
    const path = new URL(url, 'http://x').pathname;
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    // Not an operation (the document itself, the docs UI, the web app, a route that does not exist): nothing to hold.
    if (!route) return [];
    if (!contentType || !/json/.test(contentType) || body === undefined) return [];
    const name = `${method} ${route.path} → ${status}`;
    const answer = route.operation.responses?.[String(status)] ?? route.operation.responses?.default;
    const mediaType = contentType.split(';')[0]!.trim();
    const schema = answer?.content?.[mediaType]?.schema;
    if (!schema) return [`${name} (${mediaType}) is not documented`];
    let validate = this.validators.get(`${name} ${mediaType}`);
    if (!validate) {
      validate = this.ajv.compile(rebase(closed(schema)) as Schema);
      this.validators.set(`${name} ${mediaType}`, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${name}: ${e.instancePath || '(body)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
  }
}

const paramCount = (path: string) => (path.match(/\{/g) ?? []).length;

/** Objects that list their properties take no others unless they say so (the document must name every field). */
function closed<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(closed) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'example' ? value : closed(value);
  if (copy.properties && !('additionalProperties' in copy) && !copy.allOf) copy.additionalProperties = false;
  // OpenAPI 3.0's `nullable` (also beside `allOf: [$ref]` or an `enum`) as JSON Schema says it: this, or null.
  if (copy.nullable === true) {
    delete copy.nullable;
    return { anyOf: [copy, { type: 'null' }] } as T;
  }
  return copy as T;
}

/** `#/components/…` references point into the document registered as `openapi`. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema))
    copy[key] = key === '$ref' && typeof value === 'string' ? value.replace(/^#/, 'openapi#') : rebase(value);
  return copy;
}
