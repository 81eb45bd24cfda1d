# Week 8 — Filter and sort from the query string
#
# list_posts(posts, query) -> (status, body)
#   filters: status ("draft" | "published", else 422 INVALID_FILTER), author (exact match)
#   sort: comma-separated fields from createdAt, title, views; "-" = descending;
#         unknown field -> 422 INVALID_SORT; default "-createdAt"; titles case-insensitive
#   success: (200, {"data": [...]}). posts must not be modified.


def list_posts(posts, query):
    # Trusts the client completely: sorts by whatever key it names, in place.
    field = query.get("sort", "createdAt")
    posts.sort(key=lambda post: post[field])
    return 200, {"data": posts}
