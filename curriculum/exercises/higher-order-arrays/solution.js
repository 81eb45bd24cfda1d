// Week 4 — map, filter and reduce over users (reference solution)

export function activeEmails(users) {
  return users.filter((user) => user.isActive === true).map((user) => user.email.toLowerCase());
}

export function groupByRole(users) {
  // The accumulator is a fresh object we own, so filling it in place is safe.
  return users.reduce((groups, user) => {
    (groups[user.role] ??= []).push(user.name);
    return groups;
  }, {});
}

export function paidRevenue(orders) {
  // The initial 0 makes an empty list valid and keeps the sum a number.
  return orders
    .filter((order) => order.status === 'paid')
    .reduce((total, order) => total + order.quantity * order.priceCents, 0);
}
