import { immediate, nowIso, type Db } from './db.js';
import { newUid } from './uid.js';

export interface ProjectRecord {
  uid: string;
  template: string;
  path: string;
  options: Record<string, unknown>;
  createdAt: string;
}

export function recordProject(db: Db, template: string, path: string, options: Record<string, unknown>): ProjectRecord {
  const record: ProjectRecord = { uid: newUid(db), template, path, options, createdAt: nowIso() };
  immediate(db, () => {
    db.prepare('INSERT INTO projects (uid, template, path, options, created_at) VALUES (?, ?, ?, ?, ?)').run(
      record.uid,
      template,
      path,
      JSON.stringify(options),
      record.createdAt,
    );
  });
  return record;
}

export function listProjects(db: Db): ProjectRecord[] {
  const rows = db.prepare('SELECT uid, template, path, options, created_at FROM projects ORDER BY created_at, id').all() as {
    uid: string;
    template: string;
    path: string;
    options: string;
    created_at: string;
  }[];
  return rows.map((r) => ({ uid: r.uid, template: r.template, path: r.path, options: JSON.parse(r.options) as Record<string, unknown>, createdAt: r.created_at }));
}
