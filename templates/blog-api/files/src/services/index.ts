import type { AppConfig } from '../config.js';
import type { DB } from '../db/schema.js';
import { AccessTokens } from './access-tokens.js';
import { AuthService } from './auth.service.js';
import { CommentsService } from './comments.service.js';
import { PostsService } from './posts.service.js';
import { TaxonomyService } from './taxonomy.service.js';
import { UsersService } from './users.service.js';

export interface Services {
  accessTokens: AccessTokens;
  auth: AuthService;
  users: UsersService;
  posts: PostsService;
  comments: CommentsService;
  taxonomy: TaxonomyService;
}

/** Wires every service to the database and configuration (manual dependency injection). */
export function createServices(db: DB, config: AppConfig): Services {
  const accessTokens = new AccessTokens(config.jwt);
  const posts = new PostsService(db);
  return {
    accessTokens,
    auth: new AuthService(db, config, accessTokens),
    users: new UsersService(db),
    posts,
    comments: new CommentsService(db, posts),
    taxonomy: new TaxonomyService(db),
  };
}
