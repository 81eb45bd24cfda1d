import { isUniqueViolation } from '../db/errors.js';
import type { DB } from '../db/schema.js';
import { ConflictError, ValidationError } from '../errors.js';
import { slugify } from '../lib/slug.js';
import type {
  CreateCategoryInput,
  ListCategoriesQuery,
  ListTagsQuery,
} from '../schemas/taxonomy.js';
import { toCategory } from './mappers.js';

const CATEGORY_SORT = { name: 'categories.name', createdAt: 'categories.created_at' } as const;

/** Categories (curated, created explicitly) and tags (free-form, created with posts). */
export class TaxonomyService {
  constructor(private readonly db: DB) {}

  async listCategories(query: ListCategoriesQuery) {
    const { total } = await this.db
      .selectFrom('categories')
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirstOrThrow();
    let q = this.db.selectFrom('categories').selectAll();
    for (const key of query.sort) q = q.orderBy(CATEGORY_SORT[key.field], key.direction);
    const rows = await q
      .orderBy('categories.id', 'asc')
      .limit(query.limit)
      .offset((query.page - 1) * query.limit)
      .execute();
    return { items: rows.map(toCategory), total: Number(total) };
  }

  async createCategory(input: CreateCategoryInput) {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) {
      throw new ValidationError([
        { path: 'body.name', message: 'The name needs at least one letter or digit' },
      ]);
    }
    // Names are unique too (the course's schema): two slugs cannot carry one name.
    const existing = await this.db
      .selectFrom('categories')
      .select('slug')
      .where((eb) => eb.or([eb('slug', '=', slug), eb('name', '=', input.name)]))
      .executeTakeFirst();
    if (existing) throw new ConflictError(`Category "${existing.slug}" already exists`);
    try {
      const row = await this.db
        .insertInto('categories')
        .values({
          name: input.name,
          slug,
          description: input.description ?? null,
          created_at: new Date().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCategory(row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError(`Category "${slug}" or its name already exists`);
      throw err;
    }
  }

  /** Tags with the number of published posts carrying them. */
  async listTags(query: ListTagsQuery) {
    const { total } = await this.db
      .selectFrom('tags')
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirstOrThrow();
    let q = this.db
      .selectFrom('tags')
      .leftJoin('post_tags', 'post_tags.tag_id', 'tags.id')
      .leftJoin('posts', (join) =>
        join.onRef('posts.id', '=', 'post_tags.post_id').on('posts.status', '=', 'published'),
      )
      .select((eb) => [
        'tags.id',
        'tags.name',
        'tags.slug',
        eb.fn.count('posts.id').as('postCount'),
      ])
      .groupBy(['tags.id', 'tags.name', 'tags.slug']);
    for (const key of query.sort) {
      q =
        key.field === 'postCount'
          ? q.orderBy('postCount', key.direction)
          : q.orderBy('tags.slug', key.direction);
    }
    const rows = await q
      .orderBy('tags.id', 'asc')
      .limit(query.limit)
      .offset((query.page - 1) * query.limit)
      .execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        slug: r.slug,
        postCount: Number(r.postCount),
      })),
      total: Number(total),
    };
  }
}
