import fc from 'fast-check';
import { baseline, bodyMutation, rawBodyMutation } from './body-flaws';
import {
  encodeComponent,
  forgedAuthorization,
  framingMutation,
  ifMatchMutation,
  noiseHeaders,
  pathMutation,
  queryMutation,
  rawComponent,
} from './envelope-flaws';
import type { Flaw, HostileRequest, Mutation, Target } from './flaw-types';
import type { Operation, Schema } from './openapi';
import { hostileString, toJsonText } from './hostile-values';

export type { Flaw, HostileRequest, Target } from './flaw-types';
export { baseline } from './body-flaws';
export { encodeComponent } from './envelope-flaws';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The flaws an operation can carry. Broken HTTP framing fits every operation;
 * for the public ones that read no input at all (the health probes, the
 * open-data schema) it is the only flaw there is.
 */
export function flawsOf(operation: Operation): Flaw[] {
  const flaws: Flaw[] = [];
  if (operation.secured) flaws.push('auth');
  if (operation.parameters.some((p) => p.in === 'path')) flaws.push('path');
  if (operation.parameters.some((p) => p.in === 'query')) flaws.push('query');
  if (operation.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'))
    flaws.push('if-match');
  if (operation.jsonBody) flaws.push('body');
  if (BODY_METHODS.has(operation.method)) flaws.push('raw-body');
  flaws.push('framing');
  return flaws;
}

/**
 * Every request carries at least one flaw, so none can be accepted; a second
 * flaw now and then checks that two problems still make one clean answer.
 * Weighted towards the legitimate token so most requests reach validation.
 */
export function hostileRequests(operation: Operation, target: Target): fc.Arbitrary<HostileRequest> {
  const flaws = flawsOf(operation);
  const base = () => (target.body ? structuredClone(target.body) : baseline(operation.jsonBody ?? {}));
  const arbitraryOf = (flaw: Flaw): fc.Arbitrary<Mutation> => {
    switch (flaw) {
      case 'auth':
        return forgedAuthorization(target.token).map((authorization) => ({ flaw, authorization }));
      case 'path':
        return fc
          .constantFrom(...operation.parameters.filter((p) => p.in === 'path'))
          .chain((p) => pathMutation(p, target));
      case 'query':
        return queryMutation(operation);
      case 'if-match':
        return ifMatchMutation(ifMatchParameter(operation)?.required ?? false);
      case 'body':
        return bodyMutation(operation.jsonBody!, base);
      case 'raw-body':
        return rawBodyMutation(operation, base);
      case 'framing':
        return framingMutation;
    }
  };
  // Token and framing flaws stop a request before validation, so they are drawn less often.
  const weighted = flaws.map((flaw) => ({
    weight: flaw === 'auth' || flaw === 'framing' ? 1 : 3,
    arbitrary: fc.constant(flaw),
  }));
  const chosen: fc.Arbitrary<Flaw[]> = fc
    .tuple(fc.oneof(...weighted), fc.subarray(flaws, { maxLength: 1 }))
    .map(([first, more]) => [...new Set([first, ...more])]);
  const extraQuery = fc.option(
    fc.tuple(fc.constantFrom('q', 'debug', 'callback', '_'), rawComponent).map(([k, v]) => `${k}=${v}`),
    { freq: 3 },
  );
  // Hostile text in the body's own text fields, for requests whose flaw is elsewhere (an unknown id, a
  // forged token): the body passes validation and its SQL or template text reaches the service.
  const bodyText = fc.option(fc.array(hostileString(), { minLength: 1, maxLength: 3 }), { freq: 2 });
  return fc
    .tuple(chosen, noiseHeaders, extraQuery, bodyText)
    .chain(([picked, noise, extra, texts]) =>
      fc
        .tuple(...picked.map(arbitraryOf))
        .map((mutations) =>
          build(operation, target, mutations, noise, flaws.includes('query') ? null : extra, texts, base),
        ),
    );
}

/** The valid request of `target` with `mutation` as its only flaw: no noise headers, no hostile body text. */
export function buildRequest(operation: Operation, target: Target, mutation: Mutation): HostileRequest {
  const base = () => (target.body ? structuredClone(target.body) : baseline(operation.jsonBody ?? {}));
  return build(operation, target, [mutation], {}, null, null, base);
}

/** The valid body with its text fields replaced by `texts`, in turn. */
function withTexts(schema: Schema, body: Record<string, unknown>, texts: string[] | null): Record<string, unknown> {
  if (!texts) return body;
  const fields = Object.keys(body).filter((name) => {
    const inner = schema.properties?.[name];
    return inner?.type === 'string' && !inner.enum;
  });
  fields.forEach((name, i) => (body[name] = texts[i % texts.length]));
  return body;
}

function build(
  operation: Operation,
  target: Target,
  mutations: Mutation[],
  noise: Record<string, string>,
  extraQuery: string | null,
  texts: string[] | null,
  base: () => Record<string, unknown>,
): HostileRequest {
  const pathValues: Record<string, string> = Object.fromEntries(
    Object.entries(target.pathValues).map(([k, v]) => [k, encodeComponent(v)]),
  );
  let query: Array<[string, string]> = Object.entries(target.query).map(([k, v]) => [k, encodeComponent(v)]);
  const headers: Record<string, string> = { ...noise };
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  if (target.ifMatch) headers['if-match'] = target.ifMatch;
  let body: string | Buffer | undefined;
  let contentType: string | undefined;
  let rawHeaderLines: string[] | undefined;
  if (operation.jsonBody) {
    body = toJsonText(withTexts(operation.jsonBody, base(), texts));
    contentType = 'application/json';
  }
  for (const mutation of mutations) {
    switch (mutation.flaw) {
      case 'auth':
        if (mutation.authorization === undefined) delete headers.authorization;
        else headers.authorization = mutation.authorization;
        break;
      case 'path':
        pathValues[mutation.name] = mutation.raw;
        break;
      case 'query':
        query = query.filter(([k]) => k !== mutation.drop && !mutation.replace?.includes(k));
        query.push(...mutation.entries);
        break;
      case 'if-match':
        if (mutation.value === undefined) delete headers['if-match'];
        else headers['if-match'] = mutation.value;
        break;
      case 'body':
        body = toJsonText(mutation.value);
        contentType = 'application/json';
        break;
      case 'raw-body':
        body = mutation.body;
        contentType = mutation.contentType;
        break;
      case 'framing':
        rawHeaderLines = mutation.lines;
        break;
    }
  }
  if (contentType) headers['content-type'] = contentType;
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name] ?? 'missing');
  const queryText = [...query.map(([k, v]) => `${k}=${v}`), ...(extraQuery ? [extraQuery] : [])].join('&');
  const fullPath = queryText ? `${path}?${queryText}` : path;
  const shown = (text: string) => (text.length > 700 ? `${text.slice(0, 700)}…(${text.length} chars)` : text);
  return {
    method: operation.method,
    path: fullPath,
    headers,
    body,
    rawHeaderLines,
    flaws: mutations.map((m) => m.flaw),
    describe: shown(
      `${operation.method} ${fullPath} flaws=${mutations.map((m) => m.flaw).join('+')} headers=${JSON.stringify({
        ...headers,
        authorization: headers.authorization ? shown(headers.authorization).slice(0, 40) : undefined,
      })}${rawHeaderLines ? ` raw=${JSON.stringify(rawHeaderLines)}` : ''} body=${body === undefined ? '-' : shown(body.toString())}`,
    ),
  };
}

export function ifMatchParameter(operation: Operation) {
  return operation.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
}
