import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { runProcess } from './run-process.mjs';

const dist = new URL('../../dist/', import.meta.url);
const { check } = await import(new URL('exercises/checkers/static.js', dist));
const { dockerfileRules } = await import(new URL('exercises/checkers/static-rules/dockerfile.js', dist));
const { loadExercises } = await import(new URL('curriculum/load.js', dist));
const exercises = loadExercises();

/** YAML and JSON are parsed; shell is `bash -n`; a Dockerfile meets the rules its week's exercise asks for. */
export async function checkData(block, dir, name) {
  switch (block.lang) {
    case 'yaml':
    case 'yml': {
      const errors = parseAllDocuments(block.code).flatMap((doc) => doc.errors ?? []);
      return { mode: 'syntax', ok: errors.length === 0, message: errors.map((e) => e.message).join('; ') };
    }
    case 'json':
      try {
        JSON.parse(block.code);
        return { mode: 'syntax', ok: true, message: '' };
      } catch (err) {
        return { mode: 'syntax', ok: false, message: err.message };
      }
    case 'bash':
    case 'sh':
    case 'shell': {
      const file = join(dir, `${name}.sh`);
      writeFileSync(file, block.code);
      const { ok, output } = await runProcess('bash', ['-n', file]);
      return { mode: 'syntax', ok, message: output };
    }
    case 'dockerfile':
      return dockerfile(block.code);
    default:
      return undefined;
  }
}

/** The rules of week 13's production-dockerfile exercise of the image's stack. */
function dockerfile(code) {
  const python = /^FROM\s+python:/im.test(code);
  const exercise = exercises.find((e) => e.id === (python ? 'production-dockerfile-py' : 'production-dockerfile'));
  const result = check(dockerfileRules, code, exercise.static.rules);
  const failed = result.cases.filter((c) => !c.passed).map((c) => `${c.name}: ${c.message}`);
  return { mode: 'run', ok: result.passed, message: result.error ?? failed.join('\n'), note: `${exercise.id} rules` };
}
