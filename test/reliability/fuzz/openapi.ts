/** The parts of the served OpenAPI document that the hostile-input suite needs, with every $ref resolved. */

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** The OpenAPI template, e.g. `/api/v1/calls/{id}`. */
  path: string;
  key: string;
  parameters: Parameter[];
  /** Resolved JSON body schema, when the operation takes JSON. */
  jsonBody?: Schema;
  /** Media types of a non-JSON (binary) body, e.g. attachments. */
  binaryTypes: string[];
  secured: boolean;
}

type Document = {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, Schema> };
};

export function operationsOf(document: Document): Operation[] {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: Schema, depth = 0): Schema => {
    if (depth > 20) return schema;
    if (schema.$ref) return resolve(schemas[schema.$ref.split('/').pop()!]!, depth + 1);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]!, depth + 1);
    const out: Schema = { ...schema };
    if (schema.properties) {
      out.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([name, inner]) => [name, resolve(inner, depth + 1)]),
      );
    }
    if (schema.items) out.items = resolve(schema.items, depth + 1);
    return out;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const content: Record<string, { schema: Schema }> = operation.requestBody?.content ?? {};
      const json = content['application/json'];
      operations.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        parameters: (operation.parameters ?? []).map((p: any) => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          schema: resolve(p.schema ?? {}),
        })),
        jsonBody: json ? resolve(json.schema) : undefined,
        binaryTypes: json ? [] : Object.keys(content),
        secured: Array.isArray(operation.security) && operation.security.length > 0,
      });
    }
  }
  return operations;
}
