import type { Command } from 'commander';
import { trackFlag } from '../curriculum/tracks.js';
import { ACTIONS } from '../direct-commands.js';

export function registerNew(program: Command): void {
  program
    .command('new')
    .argument('[template]', 'calculator, user-cli, blog-api, chat-server or ecommerce-api (asks when omitted)')
    .argument('[dir]', 'project folder (default: the template name); its name becomes the package name')
    .description("scaffold one of the roadmap's projects, ready to install and with passing tests")
    .option('--list', 'list the templates (with --json for JSON, --lang to filter)')
    .option('--json', 'with --list: print JSON')
    .option('--lang <lang>', "node or python (default: your profile's track, else node)", trackFlag)
    .option('--db <db>', 'database for API templates: sqlite (default, zero set-up) or postgres')
    .option('--docker', 'add Dockerfile and docker-compose.yml (default for servers)')
    .option('--no-docker', 'leave Docker files out')
    .option('--git', 'git init and make a first commit')
    .option('--install', 'install dependencies (Node: npm, pnpm or yarn, as detected; Python: .venv + pip)')
    .option('--pm <pm>', 'package manager for --install on Node projects: npm, pnpm or yarn')
    .option('--starter', 'a skeleton to build on: server, health route, database and tests run; the features are TODOs (see its STAGES.md)')
    .option('--dry-run', 'print the files that would be written, write nothing')
    .option('--force', 'write into a non-empty folder (adds/overwrites template files only, never deletes)')
    .option('-y, --yes', 'do not ask; refuse instead of asking about a non-empty folder')
    .addHelpText(
      'after',
      '\nExamples:\n  $ backend-roadmap new --list\n  $ backend-roadmap new blog-api my-blog --db postgres --git --install\n  $ backend-roadmap new blog-api my-blog --starter --install   (then: cd my-blog && backend-roadmap review)\n  $ backend-roadmap new blog-api my-blog --lang python\n  $ backend-roadmap new calculator --dry-run\n  $ backend-roadmap new            (asks)',
    )
    .action(ACTIONS.new);
}
