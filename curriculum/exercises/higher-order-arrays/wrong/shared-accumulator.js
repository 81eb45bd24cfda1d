// Wrong: the reduce accumulator is one object created when the module loads, so every call
// adds to the groups of the calls before it.
const groups = {};

export function activeEmails(users) {
  return users.filter((user) => user.isActive === true).map((user) => user.email.toLowerCase());
}

export function groupByRole(users) {
  return users.reduce((acc, user) => {
    (acc[user.role] ??= []).push(user.name);
    return acc;
  }, groups);
}

export function paidRevenue(orders) {
  return orders
    .filter((order) => order.status === 'paid')
    .reduce((total, order) => total + order.quantity * order.priceCents, 0);
}
