import { z } from 'zod';

// The shape of curriculum/projects/<project>/stages.yaml. Stages are data: a step says what to send
// and what to expect; the runner (http.ts, websocket.ts, cli.ts) never knows which project it checks.

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** A JSON path like `$.data.items[0].id` or `$.data[*].title`; see json-path.ts. */
const jsonPath = z.string().regex(/^\$(\.[A-Za-z_][\w-]*|\[(\d+|\*)\])*$/, 'must look like $.data.id or $.data[*].id');

/** What one JSON value (or, after `[*]`, the list of values) must satisfy. A bare value means `equals`. */
export interface MatcherSpec {
  equals?: unknown;
  oneOf?: unknown[];
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
  exists?: boolean;
  length?: number;
  minLength?: number;
  matches?: string;
  notEquals?: unknown;
  includes?: unknown;
  excludes?: unknown;
  each?: MatcherSpec | string | number | boolean | null;
  sorted?: 'asc' | 'desc';
}
const matcherObject: z.ZodType<MatcherSpec> = z.lazy(() =>
  z
    .strictObject({
      equals: z.unknown().optional(),
      oneOf: z.array(z.unknown()).min(1).optional(),
      type: z.enum(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']).optional(),
      exists: z.boolean().optional(),
      length: z.number().int().min(0).optional(),
      minLength: z.number().int().min(0).optional(),
      matches: z.string().optional(),
      notEquals: z.unknown().optional(),
      includes: z.unknown().optional(),
      excludes: z.unknown().optional(),
      each: z.union([matcherObject, z.string(), z.number(), z.boolean(), z.null()]).optional(),
      sorted: z.enum(['asc', 'desc']).optional(),
    })
    .refine((m) => Object.keys(m).length > 0, 'a matcher needs at least one rule'),
);
/** Objects are matchers; anything else (string, number, boolean, null) is an exact value. */
export const matcherSchema = z.union([matcherObject, z.string(), z.number(), z.boolean(), z.null()]);
export type Matcher = z.infer<typeof matcherSchema>;

const jsonMatchers = z.record(jsonPath, matcherSchema);

/** Header expectations: true = present, false = absent, "/re/flags" = regex, other strings = exact. */
const headerMatchers = z.record(z.string().regex(/^[a-z0-9-]+$/, 'header names in lower case'), z.union([z.boolean(), z.string()]));

const statusSpec = z.union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)]);

export const expectSchema = z.strictObject({
  status: statusSpec.optional(),
  headers: headerMatchers.optional(),
  json: jsonMatchers.optional(),
  /** names of entries in the file's `shapes`, checked like `json` */
  shape: z.union([z.string(), z.array(z.string())]).optional(),
  /** must appear nowhere: object keys at any depth, or regexes over the raw body */
  absent: z.strictObject({ keys: z.array(z.string()).default([]), patterns: z.array(z.string()).default([]) }).optional(),
});
export type Expect = z.infer<typeof expectSchema>;

/** Values to remember: `$.path` in the response JSON, or `header:<name>`. */
const captureSchema = z.record(z.string().regex(/^[A-Za-z]\w*$/), z.string().regex(/^(\$.*|header:[a-z0-9-]+)$/));

const requestSchema = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']),
  path: z.string().startsWith('/'),
  headers: z.record(z.string(), z.string()).optional(),
  json: z.unknown().optional(),
  /** a raw body (e.g. deliberately broken JSON); sent with the content-type from `headers` */
  body: z.string().optional(),
});
export type HttpRequestSpec = z.infer<typeof requestSchema>;

export const httpStepSchema = z.strictObject({
  name: z.string().min(3),
  send: requestSchema,
  expect: expectSchema.default({}),
  capture: captureSchema.optional(),
  /** send up to `times` times until the status matches; `expect` then checks that last response */
  repeat: z.strictObject({ times: z.number().int().min(2).max(200), until: z.strictObject({ status: statusSpec }) }).optional(),
  /** send `count` identical requests at once; exactly `statusCounts[s]` of them must answer `s` */
  parallel: z
    .strictObject({
      count: z.number().int().min(2).max(100),
      statusCounts: z.record(z.string().regex(/^\d{3}$/), z.number().int().min(0)),
      /** per-request header values, used in turn (e.g. one customer's token per request) */
      vary: z.record(z.string(), z.array(z.string()).min(1)).optional(),
    })
    .optional(),
});
export type HttpStep = z.infer<typeof httpStepSchema>;

export const wsStepSchema = z.strictObject({
  name: z.string().min(3),
  /** the client this step acts on; several named clients can be open at once */
  client: z.string().default('a'),
  connect: z
    .strictObject({
      path: z.string().startsWith('/'),
      headers: z.record(z.string(), z.string()).optional(),
      /** true: the server must refuse (HTTP error on upgrade, or a close right after opening) */
      rejected: z.boolean().default(false),
    })
    .optional(),
  send: z.unknown().optional(),
  /** wait for a JSON message on this client whose paths all match */
  receive: z.strictObject({ json: jsonMatchers, withinMs: z.number().int().min(50).max(10_000).default(2000) }).optional(),
  /** no message matching these paths may arrive within the time */
  silent: z.strictObject({ json: jsonMatchers, forMs: z.number().int().min(50).max(5_000).default(300) }).optional(),
  capture: z.record(z.string().regex(/^[A-Za-z]\w*$/), jsonPath).optional(),
  close: z.boolean().optional(),
});
export type WsStep = z.infer<typeof wsStepSchema>;

const outputMatcher = z.union([
  z.string(),
  z.strictObject({ equals: z.string().optional(), contains: z.string().optional(), matches: z.string().optional(), empty: z.boolean().optional() }),
]);
export type OutputMatcher = z.infer<typeof outputMatcher>;

export const cliStepSchema = z.strictObject({
  name: z.string().min(3),
  args: z.array(z.string()).default([]),
  stdin: z.string().optional(),
  env: z.record(z.string(), z.string()).optional(),
  expect: z.strictObject({ exitCode: z.number().int().optional(), nonZeroExit: z.boolean().optional(), stdout: outputMatcher.optional(), stderr: outputMatcher.optional() }),
  /** values from stdout parsed as JSON (e.g. the id of a created record) */
  capture: z.record(z.string().regex(/^[A-Za-z]\w*$/), jsonPath).optional(),
});
export type CliStep = z.infer<typeof cliStepSchema>;

export const sqlStepSchema = z.strictObject({
  name: z.string().min(3),
  /** a probe query run after the learner's migration */
  query: z.string().min(5),
  /** rows the probe must return (compared as text), or a row count */
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))).optional(),
  rowCount: z.number().int().min(0).optional(),
  /** the statement must fail (a constraint doing its job) */
  fails: z.boolean().optional(),
});
export type SqlStep = z.infer<typeof sqlStepSchema>;

const stageBase = {
  id,
  week: z.number().int().min(1).max(16),
  title: z.string().min(5),
  task: z.string().min(20),
  /** `<week>#<heading-slug>` in that week's lesson.md */
  lesson: z.string().regex(/^\d{1,2}#[a-z0-9-]+$/),
  hint: z.string().min(10),
};

const kinds = ['http', 'websocket', 'cli', 'sql'] as const;
export type ProjectKind = (typeof kinds)[number];

/** Steps of a websocket project may also be HTTP steps (register, then connect with the token). */
const anyStep = z.union([httpStepSchema, wsStepSchema, cliStepSchema, sqlStepSchema]);
export type Step = HttpStep | WsStep | CliStep | SqlStep;

export const stagesFileSchema = z
  .strictObject({
    project: id,
    title: z.string().min(3),
    kind: z.enum(kinds),
    /** server projects: the path polled until the program answers */
    ready: z.strictObject({ path: z.string().startsWith('/'), timeoutMs: z.number().int().min(1000).max(120_000) }).optional(),
    /** extra environment for the learner's program (documented settings; `{{scratch}}` = this run's temp folder) */
    env: z.record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/), z.string()).default({}),
    /** a command run once, with the same environment, before a server starts (e.g. seeding an admin); a marker `setup` overrides it */
    setup: z.string().min(1).optional(),
    /** values drawn once per run and shared by every stage, e.g. `alice: "{{random.username}}"` */
    vars: z.record(z.string().regex(/^[A-Za-z]\w*$/), z.string()).default({}),
    /** reusable JSON expectations, named by `expect.shape` */
    shapes: z.record(z.string(), jsonMatchers).default({}),
    /** sql projects: where the learner's migration lives (first existing path wins) */
    sqlFiles: z.array(z.string()).optional(),
    stages: z
      .array(z.strictObject({ ...stageBase, steps: z.array(anyStep).min(1) }))
      .min(1),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.stages.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `duplicate stage id ${s.id}` });
      ids.add(s.id);
      s.steps.forEach((step, j) => {
        for (const name of [(step as HttpStep).expect?.shape].flat()) {
          if (typeof name === 'string' && !(name in file.shapes)) {
            ctx.addIssue({ code: 'custom', path: ['stages', i, 'steps', j, 'expect', 'shape'], message: `unknown shape ${name}` });
          }
        }
      });
    });
    if ((file.kind === 'http' || file.kind === 'websocket') && !file.ready) {
      ctx.addIssue({ code: 'custom', path: ['ready'], message: 'server projects need `ready`' });
    }
  });
export type StagesFile = z.infer<typeof stagesFileSchema>;
export type Stage = StagesFile['stages'][number];

/** Which runner a step needs, by its distinctive key. */
export function stepKind(step: Step): 'http' | 'websocket' | 'cli' | 'sql' {
  if ('query' in step) return 'sql';
  if ('args' in step) return 'cli';
  if ('send' in step && step.send && typeof step.send === 'object' && 'method' in (step.send as object)) return 'http';
  return 'websocket';
}
