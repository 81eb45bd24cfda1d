// Wrong: reduce without an initial value uses the first order object as the accumulator:
// an empty list throws, and the sum starts from "[object Object]".
export function activeEmails(users) {
  return users.filter((user) => user.isActive === true).map((user) => user.email.toLowerCase());
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
    .reduce((total, order) => total + order.quantity * order.priceCents);
}
