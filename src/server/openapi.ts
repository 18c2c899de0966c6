/** /api/openapi.json, generated from the contract's route table and zod schemas. */
import { z } from 'zod';
import {
  CSRF_HEADER,
  errorBodySchema,
  MAX_IMPORT_FILE_BYTES,
  ROUTES,
  SESSION_COOKIE,
} from '../api/contract.ts';
import type { RouteDef } from '../api/contract.ts';

type Json = Record<string, unknown>;

function schema(s: z.ZodType, io: 'input' | 'output'): Json {
  return z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
}

function queryParameters(route: RouteDef): Json[] {
  if (!route.query) return [];
  const js = schema(route.query, 'input');
  const props = (js.properties ?? {}) as Record<string, Json>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: s,
  }));
}

function operation(route: RouteDef): Json {
  const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const op: Json = {
    operationId: route.name,
    summary: route.summary,
    'x-min-role': route.minRole,
    parameters: [...params, ...queryParameters(route)],
    responses: {
      '200': {
        description: 'OK',
        content: { 'application/json': { schema: schema(route.response, 'output') } },
      },
      default: {
        description: 'Error',
        content: { 'application/json': { schema: schema(errorBodySchema, 'output') } },
      },
    },
  };
  if (route.minRole !== 'anonymous') op.security = [{ session: [] }];
  if (route.body) {
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: schema(route.body, 'input') } },
    };
  } else if (route.multipart) {
    op.requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['files'],
            properties: {
              files: {
                type: 'array',
                items: { type: 'string', format: 'binary', maxLength: MAX_IMPORT_FILE_BYTES },
              },
              encoding: { type: 'string' },
              publication: { type: 'string' },
              dryRun: { type: 'string', enum: ['0', '1'] },
            },
          },
        },
      },
    };
  }
  return op;
}

let cached: Json | null = null;

export function openApiDocument(): Json {
  if (cached) return cached;
  const paths: Record<string, Json> = {};
  for (const route of ROUTES as readonly RouteDef[]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Galley API',
      version: '1',
      description: `State-changing requests need the header ${CSRF_HEADER}: 1. Errors are { error: { code, message } }.`,
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    paths,
  };
  return cached;
}
