// Week 3 — Parse the user CLI's commands (reference solution)

const POSITIVE_INTEGER = /^[1-9]\d*$/;

function error(message) {
  return { command: 'error', message };
}

export function parseCommand(args) {
  const [rawCommand = 'help', ...rest] = args;

  // Every case returns, so no `break` is needed and nothing falls through by accident.
  switch (rawCommand.toLowerCase()) {
    case 'help':
      return { command: 'help' };
    case 'add': {
      const [name, email] = rest;
      if (!name || !email) return error('Usage: add <name> <email>');
      return { command: 'add', name, email };
    }
    case 'list':
      return { command: 'list', activeOnly: rest.includes('--active') };
    case 'delete': {
      const [id] = rest;
      if (!POSITIVE_INTEGER.test(id ?? '')) return error('User id must be a positive integer');
      return { command: 'delete', id: Number(id) };
    }
    default:
      return error(`Unknown command: ${rawCommand}`);
  }
}
