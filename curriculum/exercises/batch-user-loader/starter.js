// Week 12 — batching and caching loads (the idea behind DataLoader).

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 * @returns {{ load(id: number): Promise<{ id: number, display_name: string } | null> }}
 */
export function createUserLoader(db) {
  return {
    // Works, but makes one query per call: exactly the N+1 problem.
    async load(id) {
      const { rows } = await db.query('SELECT id, display_name FROM users WHERE id = ANY($1)', [[id]]);
      return rows[0] ?? null;
    },
  };
}
