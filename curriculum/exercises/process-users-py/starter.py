# Week 3 — Loop over users with continue and break
#
# process_users(users, max_count=None) returns (names, skipped): the stripped names of
# active users with a real name, in order, stopping as soon as there are max_count names
# (without reading further); skipped counts the users passed over before the loop stopped.


def process_users(users, max_count=None):
    # TODO: a for loop with `continue` for users to skip and `break` at the limit.
    return [user["name"] for user in users], 0
