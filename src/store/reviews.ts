import { immediate, nowIso, type Db } from './db.js';

export interface StageResultInput {
  stageId: string;
  passed: boolean;
}

/** The latest result of each stage of one reviewed project folder. */
export interface ReviewedProject {
  projectPath: string;
  project: string;
  lastAt: string;
  /** stage id → passed, from the latest run of that stage */
  stages: Map<string, boolean>;
}

export function recordReview(db: Db, projectPath: string, project: string, results: StageResultInput[], at = nowIso()): void {
  immediate(db, () => {
    const insert = db.prepare('INSERT INTO review_results (project_path, project, stage_id, passed, at) VALUES (?, ?, ?, ?, ?)');
    for (const r of results) insert.run(projectPath, project, r.stageId, r.passed ? 1 : 0, at);
  });
}

interface LatestRow {
  project_path: string;
  project: string;
  stage_id: string;
  passed: number;
  at: string;
}

// The newest row per (folder, project, stage); ties on `at` (one run) resolved by the larger id.
const LATEST_SQL = `
  SELECT project_path, project, stage_id, passed, at FROM review_results r
  WHERE id = (SELECT id FROM review_results x
              WHERE x.project_path = r.project_path AND x.project = r.project AND x.stage_id = r.stage_id
              ORDER BY at DESC, id DESC LIMIT 1)
  ORDER BY project_path, project`;

/** Every reviewed project folder with its stages' latest results. */
export function reviewedProjects(db: Db): ReviewedProject[] {
  const rows = db.prepare(LATEST_SQL).all() as LatestRow[];
  const byKey = new Map<string, ReviewedProject>();
  for (const r of rows) {
    const key = `${r.project_path}\0${r.project}`;
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = { projectPath: r.project_path, project: r.project, lastAt: r.at, stages: new Map() }));
    p.stages.set(r.stage_id, r.passed === 1);
    if (r.at > p.lastAt) p.lastAt = r.at;
  }
  return [...byKey.values()];
}
