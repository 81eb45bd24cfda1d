// Wrong: filter(user => user.isActive) keeps isActive: 'yes', and sort() reorders the
// emails (and would throw on a frozen array if it were not a copy).
export function activeEmails(users) {
  return users
    .filter((user) => user.isActive)
    .map((user) => user.email.toLowerCase())
    .sort();
}

export function groupByRole(users) {
  return users.reduce((groups, user) => {
    (groups[user.role] ??= []).push(user.name);
    return groups;
  }, {});
}

export function paidRevenue(orders) {
  return orders
    .filter((order) => order.status === 'paid')
    .reduce((total, order) => total + order.quantity * order.priceCents, 0);
}
