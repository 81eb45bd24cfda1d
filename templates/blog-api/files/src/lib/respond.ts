import type { Response } from 'express';

export interface PageMeta {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

/** Success responses always look like `{ data, meta? }`. */
export function sendData(res: Response, data: unknown, status = 200, meta?: PageMeta): void {
  res.status(status).json(meta ? { data, meta } : { data });
}

export function pageMeta(page: number, limit: number, total: number): PageMeta {
  return { page, limit, total, totalPages: Math.ceil(total / limit) };
}
