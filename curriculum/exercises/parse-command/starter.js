// Week 3 — Parse the user CLI's commands
//
// parseCommand(args) turns an argument array into one of:
//   { command: 'help' }
//   { command: 'add', name, email }
//   { command: 'list', activeOnly }
//   { command: 'delete', id }              (id is a number)
//   { command: 'error', message }          (see the task for the exact messages)

export function parseCommand(args) {
  throw new Error('Not implemented yet: parseCommand');
}
