"""Follows, favourites and boosts: the endpoints, each following the page of docs.joinmastodon.org
named in its docstring, and the operations behind them, which the server's test controls
(MastodonServer.follow, .favourite, .reblog) share.

Account lists (followers, following, favourited_by, reblogged_by) are paged like Mastodon's
controllers: newest first, `limit` (default 40, at most 80), cursors that are the IDs of the Follow,
Favourite or boost behind each account (never shown otherwise, hence the Link header), a `next` link
only when the page is full and a `prev` link (`since_id`) when it is not empty."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from .handler import ApiError, Request, Response, rails_query
from .routes import _limit, _visible_status, authenticate, route
from .state import Favourite, Follow, Status, Store, User

if TYPE_CHECKING:
    from .server import MastodonServer

DEFAULT_ACCOUNTS_LIMIT = 40
REBLOG_VISIBILITIES = ("public", "unlisted", "private")
SELF_FOLLOW_ERROR = "Following your own account is not allowed"  # accounts.self_follow_error
NOT_ALLOWED = "This action is not allowed"  # Api::BaseController on Mastodon::NotPermittedError
FALSE_VALUES = {"0", "f", "F", "false", "FALSE", "off", "OFF"}  # ActiveModel::Type::Boolean

Record = TypeVar("Record", Follow, Favourite, Status)


def truthy(value: str | None) -> bool:
    """Rails' truthy_param?: anything but a false value (or an empty one) is true."""
    return value not in (None, "") and value not in FALSE_VALUES


def account_by_id(app: "MastodonServer", account_id: str) -> User:
    user = next((u for u in app.store.users.values() if u.id == account_id), None)
    if user is None:
        raise ApiError(404, "Record not found")
    return user


def signed_in(app: "MastodonServer", req: Request, *scopes: str) -> User:
    """The token's user (authenticate() refuses a token without one)."""
    user = authenticate(app, req, *scopes).user
    assert user is not None
    return user


def viewer_if_token(app: "MastodonServer", req: Request, *scopes: str) -> User | None:
    """authorize_if_got_token!: public without a token, but a token given must be valid and hold
    one of the scopes (an app token without a user is fine: no viewer then)."""
    if not req.bearer:
        return None
    return authenticate(app, req, *scopes, user=False).user


# ---------------------------------------------------------------- the operations


def follow(store: Store, account: User, target: User, req: Request | None = None) -> Follow:
    """FollowService: follow (once; `reblogs`, `notify`, `languages[]` update an existing follow) and
    notify the followed account ("follow")."""
    if target is account:
        raise ApiError(403, SELF_FOLLOW_ERROR)
    record = store.follow_of(account, target)
    if record is None:
        record = Follow(store.next_id(), account, target)
        store.follows.append(record)
        store.notify(target, "follow", account, None, activity=record)
    if req is not None:
        if req.param("reblogs") is not None:
            record.reblogs = truthy(req.param("reblogs"))
        if req.param("notify") is not None:
            record.notify = truthy(req.param("notify"))
        if req.params("languages"):
            record.languages = req.params("languages")
    return record


def unfollow(store: Store, account: User, target: User) -> None:
    record = store.follow_of(account, target)
    if record is not None:
        store.follows.remove(record)
        store.drop_notifications([record])


def favourite(store: Store, account: User, status: Status) -> Status:
    """FavouriteService: a favourite of a boost is one of the boosted status; the author is notified
    ("favourite") unless it is their own."""
    status = status.proper
    if store.favourite_of(account, status) is None:
        record = Favourite(store.next_id(), account, status)
        store.favourites.append(record)
        if status.account is not account:
            store.notify(status.account, "favourite", account, status, activity=record)
    return status


def reblog(store: Store, account: User, status: Status, visibility: str | None = None) -> Status:
    """ReblogService: boost the boosted status of a boost; once per account (a repeat answers the
    existing boost); never a direct status, a private one only by its author (StatusPolicy#reblog?);
    the boost of a private status stays private. The author is notified ("reblog") unless it is
    their own."""
    status = status.proper
    if status.visibility == "direct" or (status.visibility == "private" and status.account is not account):
        raise ApiError(403, NOT_ALLOWED)
    existing = store.boost_of(account, status)
    if existing is not None:
        return existing
    if status.visibility == "private":
        visibility = "private"
    elif visibility is None:
        visibility = "public"  # the account's default privacy (source.privacy)
    elif visibility not in REBLOG_VISIBILITIES:
        raise ApiError(422, "Validation failed: Visibility is not included in the list")
    boost = Status(
        store.snowflake(),
        account,
        "",
        "",
        [],
        [],
        [],
        None,
        visibility,
        False,
        "",
        None,
        None,
        time.time(),
        reblog=status,
    )
    store.statuses[boost.id] = boost
    if status.account is not account:
        store.notify(status.account, "reblog", account, status, activity=boost)
    return boost


# ---------------------------------------------------------------- paging


def _cursor(req: Request, name: str) -> int | None:
    value = (req.param(name) or "").strip()
    return int(value) if value.isdigit() else None


def page_accounts(
    app: "MastodonServer", req: Request, path: str, records: Sequence[Record], account_of: Callable[[Record], User]
) -> Response:
    """Paginable#paginate_by_max_id over the records, answered as their accounts with Link headers."""
    limit = _limit(req, DEFAULT_ACCOUNTS_LIMIT)
    max_id, since_id, min_id = _cursor(req, "max_id"), _cursor(req, "since_id"), _cursor(req, "min_id")
    items = [
        r
        for r in records
        if (max_id is None or int(r.id) < max_id)
        and (since_id is None or int(r.id) > since_id)
        and (min_id is None or int(r.id) > min_id)
    ]
    if min_id is not None:  # forward from min_id: the oldest ones above it, still answered newest first
        items = sorted(items, key=lambda r: int(r.id))[:limit][::-1]
    else:
        items = sorted(items, key=lambda r: int(r.id), reverse=True)[:limit]
    base = {"limit": req.param("limit")} if req.param("limit") else {}
    url = app.url + path + "?"
    links = []
    if items and len(items) == limit:
        links.append(f'<{url}{rails_query({**base, "max_id": items[-1].id})}>; rel="next"')
    if items:
        links.append(f'<{url}{rails_query({**base, "since_id": items[0].id})}>; rel="prev"')
    headers = {"Link": ", ".join(links)} if links else {}
    return Response(200, [app.store.account_json(account_of(r)) for r in items], headers)


# ---------------------------------------------------------------- follows (methods/accounts.md)


@route("POST", r"/api/v1/accounts/(?P<account_id>\d+)/follow")
def follow_account(app: "MastodonServer", req: Request, account_id: str) -> Response:
    """methods/accounts.md#follow: Relationship; scope write:follows (or write, or follow)."""
    user = signed_in(app, req, "write:follows", "follow")
    target = account_by_id(app, account_id)
    follow(app.store, user, target, req)
    return Response(200, app.store.relationship_json(user, target))


@route("POST", r"/api/v1/accounts/(?P<account_id>\d+)/unfollow")
def unfollow_account(app: "MastodonServer", req: Request, account_id: str) -> Response:
    """methods/accounts.md#unfollow: Relationship, also when there was no follow."""
    user = signed_in(app, req, "write:follows", "follow")
    target = account_by_id(app, account_id)
    unfollow(app.store, user, target)
    return Response(200, app.store.relationship_json(user, target))


@route("GET", r"/api/v1/accounts/(?P<account_id>\d+)/followers")
def account_followers(app: "MastodonServer", req: Request, account_id: str) -> Response:
    """methods/accounts.md#followers: public; paged by Follow ID."""
    viewer_if_token(app, req, "read:accounts")
    user = account_by_id(app, account_id)
    follows = [f for f in app.store.follows if f.target is user]
    return page_accounts(app, req, f"/api/v1/accounts/{user.id}/followers", follows, lambda f: f.account)


@route("GET", r"/api/v1/accounts/(?P<account_id>\d+)/following")
def account_following(app: "MastodonServer", req: Request, account_id: str) -> Response:
    """methods/accounts.md#following: public; paged by Follow ID."""
    viewer_if_token(app, req, "read:accounts")
    user = account_by_id(app, account_id)
    follows = [f for f in app.store.follows if f.account is user]
    return page_accounts(app, req, f"/api/v1/accounts/{user.id}/following", follows, lambda f: f.target)


@route("GET", r"/api/v1/accounts/relationships")
def relationships(app: "MastodonServer", req: Request) -> Response:
    """methods/accounts.md#relationships: one Relationship per known id[] (unknown ones left out)."""
    user = signed_in(app, req, "read:follows")
    wanted = list(dict.fromkeys(req.params("id")))
    users = {u.id: u for u in app.store.users.values()}
    return Response(200, [app.store.relationship_json(user, users[i]) for i in wanted if i in users])


# ---------------------------------------------------------------- favourites and boosts (methods/statuses.md)


@route("POST", r"/api/v1/statuses/(?P<status_id>\d+)/favourite")
def favourite_status(app: "MastodonServer", req: Request, status_id: str) -> Response:
    """methods/statuses.md#favourite: the Status (favourited); 404 if not visible."""
    user = signed_in(app, req, "write:favourites")
    status = _visible_status(app, status_id, user)
    favourite(app.store, user, status)
    return Response(200, app.store.status_json(status, user))


@route("POST", r"/api/v1/statuses/(?P<status_id>\d+)/unfavourite")
def unfavourite_status(app: "MastodonServer", req: Request, status_id: str) -> Response:
    """methods/statuses.md#unfavourite: the Status, also when it was not favourited."""
    user = signed_in(app, req, "write:favourites")
    store = app.store
    record = next((f for f in store.favourites if f.account is user and f.status.id == status_id), None)
    if record is None:
        status = _visible_status(app, status_id, user)
    else:
        status = record.status
        store.favourites.remove(record)
        store.drop_notifications([record])
    return Response(200, store.status_json(status, user))


@route("POST", r"/api/v1/statuses/(?P<status_id>\d+)/reblog")
def reblog_status(app: "MastodonServer", req: Request, status_id: str) -> Response:
    """methods/statuses.md#boost: the boost, a new Status whose `reblog` is the boosted one."""
    user = signed_in(app, req, "write:statuses")
    status = _visible_status(app, status_id, user)
    boost = reblog(app.store, user, status, req.param("visibility"))
    return Response(200, app.store.status_json(boost, user))


@route("POST", r"/api/v1/statuses/(?P<status_id>\d+)/unreblog")
def unreblog_status(app: "MastodonServer", req: Request, status_id: str) -> Response:
    """methods/statuses.md#unreblog: the boosted Status (no longer reblogged), also when it was not."""
    user = signed_in(app, req, "write:statuses")
    store = app.store
    boost = next(
        (
            s
            for s in store.statuses.values()
            if s.account is user and s.reblog is not None and s.reblog.id == status_id and not s.deleted
        ),
        None,
    )
    if boost is None:
        status = _visible_status(app, status_id, user)
    else:
        status = boost.reblog or boost
        store.discard(boost)
    return Response(200, store.status_json(status, user))


@route("GET", r"/api/v1/statuses/(?P<status_id>\d+)/favourited_by")
def favourited_by(app: "MastodonServer", req: Request, status_id: str) -> Response:
    """methods/statuses.md#favourited_by: public for visible statuses; paged by Favourite ID."""
    viewer = viewer_if_token(app, req, "read:accounts")
    status = _visible_status(app, status_id, viewer)
    favourites = [f for f in app.store.favourites if f.status is status]
    return page_accounts(app, req, f"/api/v1/statuses/{status.id}/favourited_by", favourites, lambda f: f.account)


@route("GET", r"/api/v1/statuses/(?P<status_id>\d+)/reblogged_by")
def reblogged_by(app: "MastodonServer", req: Request, status_id: str) -> Response:
    """methods/statuses.md#reblogged_by: public for visible statuses; paged by the boosts' IDs. Like
    Mastodon it lists only public and unlisted boosts (a private one still counts in reblogs_count)."""
    viewer = viewer_if_token(app, req, "read:accounts")
    status = _visible_status(app, status_id, viewer)
    boosts = [s for s in app.store.boosts(status) if s.visibility in ("public", "unlisted")]
    return page_accounts(app, req, f"/api/v1/statuses/{status.id}/reblogged_by", boosts, lambda s: s.account)


# ---------------------------------------------------------------- several statuses at once (methods/statuses.md)


@route("GET", r"/api/v1/statuses")
def get_statuses(app: "MastodonServer", req: Request) -> Response:
    """methods/statuses.md#index ("View multiple statuses", 4.3.0): the visible ones of `id[]`, in the
    order asked; unknown or invisible ids are left out. Only the first 20 ids count (Mastodon's
    StatusesController limits `id[]` to DEFAULT_STATUSES_LIMIT)."""
    from .routes import optional_user

    viewer = optional_user(app, req)
    wanted = list(dict.fromkeys(req.params("id")))[:20]
    found = []
    for status_id in wanted:
        status = app.store.statuses.get(status_id)
        if status is not None and not status.deleted and app.store.visible(status, viewer):
            found.append(app.store.status_json(status, viewer))
    return Response(200, found)
