// Wrong: parseInt('1.5') is 1 and parseInt('42abc') is 42, so malformed ids are accepted.
function error(message) {
  return { command: 'error', message };
}

export function parseCommand(args) {
  const [rawCommand = 'help', ...rest] = args;
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
      const id = parseInt(rest[0], 10);
      if (!(id > 0)) return error('User id must be a positive integer');
      return { command: 'delete', id };
    }
    default:
      return error(`Unknown command: ${rawCommand}`);
  }
}
