// Week 4 — map, filter and reduce over users
//
// activeEmails(users)  → lowercased emails of users whose isActive is true
// groupByRole(users)   → { role: [names...] }
// paidRevenue(orders)  → sum of quantity * priceCents over orders with status 'paid' (0 if none)
// None of them may modify its input.

export function activeEmails(users) {
  throw new Error('Not implemented yet: activeEmails');
}

export function groupByRole(users) {
  throw new Error('Not implemented yet: groupByRole');
}

export function paidRevenue(orders) {
  throw new Error('Not implemented yet: paidRevenue');
}
