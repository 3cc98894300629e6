import { ApiContract } from './api-contract';

const json = (schema: Record<string, unknown>) => ({ content: { 'application/json': { schema } } });
const contract = new ApiContract({
  paths: {
    '/api/v1/things/{id}': {
      get: {
        responses: {
          200: json({ $ref: '#/components/schemas/Thing' }),
          default: { content: { 'application/problem+json': { schema: { type: 'object' } } } },
        },
      },
    },
    '/api/v1/things/mine': { get: { responses: { 200: json({ type: 'array', items: { type: 'string' } }) } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'parent'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          parent: { nullable: true, allOf: [{ $ref: '#/components/schemas/Parent' }] },
          kind: { type: 'string', enum: ['a', 'b'], nullable: true },
        },
      },
      Parent: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
  },
});
const ID = '0b9f3c1e-5d7a-4c2b-9e8f-1a2b3c4d5e6f';
const check = (body: unknown, status = 200, path = `/api/v1/things/${ID}`) =>
  contract.check('GET', path, status, 'application/json; charset=utf-8', body);

describe('the OpenAPI document as a contract', () => {
  it('passes an answer that keeps it, null where the document allows null', () => {
    expect(check({ id: ID, parent: { name: 'x' }, kind: 'a' })).toEqual([]);
    expect(check({ id: ID, parent: null, kind: null })).toEqual([]);
  });

  it('names a member the document does not list, a wrong format and a missing member', () => {
    expect(check({ id: ID, parent: null, secret: 1 })).toEqual([expect.stringContaining('additional properties')]);
    expect(check({ id: 'seven', parent: { name: 'x', extra: true } }).join('\n')).toMatch(
      /\/id must match format[\s\S]*\/parent/,
    );
    expect(check({ id: ID })).toEqual([expect.stringContaining("must have required property 'parent'")]);
  });

  it('reports an undocumented media type or status, and prefers a literal segment to a parameter', () => {
    expect(contract.check('GET', `/api/v1/things/${ID}`, 200, 'text/csv', 'a,b')).toEqual([]);
    expect(check({ id: ID, parent: null }, 201)).toEqual([expect.stringContaining('is not documented')]);
    expect(check(['a', 'b'], 200, '/api/v1/things/mine')).toEqual([]);
    expect(check('not a list', 200, '/api/v1/things/mine')).toEqual([expect.stringContaining('must be array')]);
  });
});
