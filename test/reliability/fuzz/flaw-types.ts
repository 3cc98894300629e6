/** Where an operation's valid request points: real ids from the populated municipality, a legitimate token. */
export interface Target {
  pathValues: Record<string, string>;
  /** Valid values of required query parameters. */
  query: Record<string, string>;
  ifMatch?: string;
  token?: string;
  /** Values a path parameter must not take, because they would name something real. */
  validValues: Record<string, string[]>;
  /** A valid body, so that the one flaw is what the server refuses; otherwise derived from the schema. */
  body?: Record<string, unknown>;
}

/** Which guaranteed-invalid element a request carries; each one alone makes the request wrong. */
export type Flaw = 'auth' | 'path' | 'query' | 'if-match' | 'body' | 'raw-body' | 'framing';

export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Header lines no HTTP client would write (broken framing); sent over a plain socket. */
  rawHeaderLines?: string[];
  flaws: Flaw[];
  /** Short description for failure reports (huge values elided). */
  describe: string;
}

export type Mutation =
  | { flaw: 'auth'; authorization?: string }
  | { flaw: 'path'; name: string; raw: string }
  | { flaw: 'query'; entries: Array<[string, string]>; drop?: string; replace?: string[] }
  | { flaw: 'if-match'; value?: string }
  | { flaw: 'body'; value: unknown }
  | { flaw: 'raw-body'; contentType?: string; body: string | Buffer }
  | { flaw: 'framing'; lines: string[] };
