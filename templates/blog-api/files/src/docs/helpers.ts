import { z } from 'zod';

/** Small builders that keep paths.ts readable. */
export type JsonSchema = Record<string, unknown>;

/** zod -> JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses), without the `$schema` key. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** One OpenAPI query parameter per property of a zod query schema. */
export function queryParams(schema: z.ZodType) {
  const js = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(js.properties ?? {}).map(([name, prop]) => ({
    name,
    in: 'query',
    required: js.required?.includes(name) ?? false,
    ...(typeof prop.description === 'string' && { description: prop.description }),
    schema: prop,
  }));
}

export const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1 },
};

export const jsonBody = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: jsonSchema(schema, 'input') } },
});

/** A `{ data }` response. */
export const data = (description: string, schema: JsonSchema) => ({
  description,
  content: {
    'application/json': {
      schema: { type: 'object', properties: { data: schema }, required: ['data'] },
    },
  },
});

/** A `{ data: [...], meta }` list response. */
export const page = (description: string, item: string) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: { data: { type: 'array', items: ref(item) }, meta: ref('PageMeta') },
        required: ['data', 'meta'],
      },
    },
  },
});

/** Shared error responses, defined once in components.responses. */
export const err = (name: string) => ({ $ref: `#/components/responses/${name}` });
export const noContent = { description: 'No content' };
export const secured = [{ bearerAuth: [] }];
export const optionalAuth = [{}, { bearerAuth: [] }];

export function op(
  tag: string,
  summary: string,
  responses: Record<number, unknown>,
  extra: Record<string, unknown> = {},
) {
  return { tags: [tag], summary, ...extra, responses };
}
