import type { ComposeFile } from '../compose.js';
import type { RuleModule } from '../rule-module.js';
import { isObj } from './util.js';

/** The container side of a `ports:` entry: "8000:8000", "127.0.0.1:8000:8000/tcp", "${API_PORT:-8000}:8000", { target: 8000 }. */
function containerPort(entry: unknown): string {
  if (isObj(entry)) return String(entry.target ?? '');
  // ${VAR:-default} may contain ':', so drop substitutions before splitting
  const text = String(entry).replace(/\$\{[^}]*\}/g, 'VAR').replace(/\/(tcp|udp)$/, '');
  return text.split(':').at(-1) ?? '';
}

/** `python-api-port`: api publishes the container port uvicorn listens on, 8000. */
export const pythonApiPort: RuleModule<ComposeFile> = {
  id: 'python-api-port',
  track: 'python',
  expected: 'api publishes container port 8000, e.g. ports: ["8000:8000"]',
  lesson: 'week 14 § Compose for development',
  check(file) {
    const api = file.services.get('api');
    if (!api) return { actual: 'no service named api', message: 'Add a service called `api:` under services:, built from your Dockerfile.' };
    const ports = Array.isArray(api.ports) ? api.ports : [];
    if (ports.length === 0) {
      return { actual: 'no ports:', message: `Publish the API so you can reach it from your machine${api.expose ? ' (`expose:` only opens the port to other containers)' : ''}: ports: ["8000:8000"].` };
    }
    const targets = ports.map(containerPort);
    if (targets.includes('8000')) return undefined;
    return {
      actual: `ports: ${ports.map((p) => (isObj(p) ? JSON.stringify(p) : String(p))).join(', ')}`,
      message: `The right-hand side of a ports: entry is the port inside the container, where uvicorn listens: 8000 (the Python image's EXPOSE and --port). ${targets.join(', ')} reaches nothing. Write "8000:8000" (or "\${API_PORT:-8000}:8000").`,
    };
  },
};
