import type { AppConfig } from '../config.js';
import type { DB } from '../db/schema.js';
import { AccessTokens } from './access-tokens.js';
// @starter-drop
import { AuthService } from './auth.service.js';
import { CommentsService } from './comments.service.js';
import { PostsService } from './posts.service.js';
import { TaxonomyService } from './taxonomy.service.js';
import { UsersService } from './users.service.js';
// @starter-end

export interface Services {
  accessTokens: AccessTokens;
  // @starter-replace: (stage register-and-login) add each service here as you build it: auth, users, posts, comments, taxonomy
  auth: AuthService;
  users: UsersService;
  posts: PostsService;
  comments: CommentsService;
  taxonomy: TaxonomyService;
  // @starter-end
}

/** Wires every service to the database and configuration (manual dependency injection). */
// @starter-replace: (stage register-and-login) construct your services here with the database and config they need
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
// @starter-else
// export function createServices(_db: DB, config: AppConfig): Services {
//   return { accessTokens: new AccessTokens(config.jwt) };
// }
// @starter-end
