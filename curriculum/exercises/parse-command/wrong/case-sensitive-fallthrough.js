// Wrong: switches on the raw name ('ADD' is unknown), and the list case has no return or
// break, so it falls through into delete.
function error(message) {
  return { command: 'error', message };
}

export function parseCommand(args) {
  const [command = 'help', ...rest] = args;
  let result;
  switch (command) {
    case 'help':
      return { command: 'help' };
    case 'add': {
      const [name, email] = rest;
      if (!name || !email) return error('Usage: add <name> <email>');
      return { command: 'add', name, email };
    }
    case 'list':
      result = { command: 'list', activeOnly: rest.includes('--active') };
    case 'delete': {
      const [id] = rest;
      if (!/^[1-9]\d*$/.test(id ?? '')) return error('User id must be a positive integer');
      result = { command: 'delete', id: Number(id) };
      break;
    }
    default:
      return error(`Unknown command: ${command}`);
  }
  return result;
}
