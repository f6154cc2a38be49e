"""The LinkedIn test server's API gateway under `/rest` and `/v2` (see linkedin.py for the sources): the checks
every call passes (version, Rest.li protocol, token, daily counts, scopes and page roles) and the organisation
resources (organizationAcls, organizationalEntityAcls, organizationAuthorizations, organizations, userinfo)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from servers.linkedin_wire import (
    LinkedInError,
    api_error,
    expired_token,
    field_denied,
    invalid_token,
    not_enough_permissions,
    not_found,
    parse_projection,
    path_syntax_error,
    plain,
    project,
    query_error,
    raw_query,
    restli_decode,
    revoked_token,
    throttled,
    version_key,
    version_month,
)

if TYPE_CHECKING:
    from servers.linkedin import Call, Member, Organization, Token
    from servers.linkedin_content import Comment, Image, Post

BAD_JSON = object()
W_SOCIAL = frozenset({"w_organization_social", "w_organization_social_feed"})
R_SOCIAL = frozenset({"r_organization_social", "r_organization_social_feed"})
ADMIN = frozenset({"rw_organization_admin", "r_organization_admin"})
# w_organization_social: "Restricted to organizations in which the authenticated member has one of the following
# company page roles: ADMINISTRATOR, DIRECT_SPONSORED_CONTENT_POSTER, RECRUITING_POSTER" (+ the Content admin role).
POSTING_ROLES = frozenset(
    {"ADMINISTRATOR", "CONTENT_ADMINISTRATOR", "DIRECT_SPONSORED_CONTENT_POSTER", "RECRUITING_POSTER"}
)
READING_ROLES = frozenset({"ADMINISTRATOR", "CONTENT_ADMINISTRATOR", "DIRECT_SPONSORED_CONTENT_POSTER"})


@dataclass
class Ctx:
    call: Call
    token: Token
    restli2: bool
    version: str  # as in messages: 20240701, or "" for /v2


def ms(moment: float) -> int:
    return int(moment * 1000)


class Gateway:
    """The checks every API call passes and the organisation resources; mixed into LinkedInServer, whose
    state it reads."""

    if TYPE_CHECKING:

        @property
        def url(self) -> str: ...

        tokens: dict[str, Token]
        members: dict[str, Member]
        organizations: dict[int, Organization]
        posts: dict[str, Post]
        images: dict[str, Image]
        comments: dict[str, Comment]
        active_versions: set[str] | None
        strict_restli_header: bool
        processing_polls: int
        daily_limit: int | None
        app_daily_limit: int | None
        duplicate_window: float
        media_post_kind: str
        versions_seen: list[str]
        _counts: dict[tuple[str, ...], int]

        def now(self) -> float: ...

    # -- the gateway -------------------------------------------------------------------------------
    def api(self, call: Call) -> tuple[int, Any, dict[str, str]]:
        rest = call.path.startswith("/rest/")
        restli2 = (call.headers.get("X-Restli-Protocol-Version") or "").strip() == "2.0.0"
        version = (call.headers.get("LinkedIn-Version") or "").strip()
        if version:
            self.versions_seen.append(version)
        if rest:
            self._check_version(version)
            if self.strict_restli_header and not restli2:
                raise api_error(400, "ILLEGAL_ARGUMENT", "X-Restli-Protocol-Version 2.0.0 is required")
        token = self._authenticate(call)
        ctx = Ctx(call, token, restli2, version_key(version) if rest else "")
        parts = call.raw_path.split("/")[2:]
        resource, key, sub = parts[0], parts[1] if len(parts) > 1 else None, parts[2:]
        endpoint = "/".join([call.method, parts[0]] + (["{key}"] if key is not None else []) + sub)
        self._count(token, endpoint + "?" + (call.param("action") or ""))
        method = call.method
        if resource in ("organizationAcls", "organizationalEntityAcls") and method == "GET" and key is None:
            if rest and resource != "organizationAcls":
                raise not_found()
            return (
                200,
                self._acls(ctx, "organization" if resource == "organizationAcls" else "organizationalTarget"),
                {},
            )
        if resource == "organizationAuthorizations" and method == "GET" and key is None:
            return 200, self._authorizations(ctx), {}
        if resource == "organizations" and method == "GET" and key is not None and not sub:
            return 200, self._organization_lookup(ctx, self._key(ctx, key)), {}
        if resource == "userinfo" and not rest and method == "GET":
            return 200, self._userinfo(ctx), {}
        if rest:
            return self._content(ctx, resource, key, sub)
        raise not_found(f"No resource found for {call.method} {call.raw_path}")

    def _content(self, ctx: Ctx, resource: str, key: str | None, sub: list[str]) -> tuple[int, Any, dict[str, str]]:
        raise not_found(f"No resource found for {ctx.call.method} {ctx.call.raw_path}")

    def _check_version(self, version: str) -> None:
        gateway = {"X-RestLi-Gateway-Error": "true"}
        if not version:
            raise LinkedInError(
                400,
                {
                    "status": 400,
                    "code": "VERSION_MISSING",
                    "message": "A version must be present. "
                    "Please specify a version by adding the LinkedIn-Version header.",
                },
                gateway,
            )
        if not self._version_active(version):
            message = f"Requested version {version_key(version)} is not active"
            raise LinkedInError(426, {"status": 426, "code": "NONEXISTENT_VERSION", "message": message}, gateway)

    def _version_active(self, version: str) -> bool:
        month = version_month(version)
        if month is None:
            return False
        if self.active_versions is not None:
            return version in self.active_versions or version[:6] in self.active_versions
        # Each version is supported for at least a year ("202508 sunsets 2026-08-17"): the twelve months up to
        # now, and the one before them until the middle of the month.
        now = time.gmtime(self.now())
        age = (now.tm_year * 12 + now.tm_mon) - (month[0] * 12 + month[1])
        return 0 <= age <= 11 or (age == 12 and now.tm_mday < 15)

    def _authenticate(self, call: Call) -> Token:
        bearer = call.bearer
        if not bearer:
            raise api_error(401, "EMPTY_ACCESS_TOKEN", "Empty oauth2 access token", 65604)
        token = self.tokens.get(bearer)
        if token is None:
            raise invalid_token()
        if token.revoked:
            raise revoked_token()
        if token.expires <= self.now():
            raise expired_token()
        if token.revoked_calls_left > 0:  # seconds after authorisation (omniauth-linkedin-openid#6)
            token.revoked_calls_left -= 1
            raise revoked_token()
        return token

    def _count(self, token: Token, endpoint: str) -> None:
        day = time.strftime("%Y-%m-%d", time.gmtime(self.now()))
        for level, limit, who in (
            ("APPLICATION", self.app_daily_limit, ""),
            ("MEMBER", self.daily_limit, token.member),
        ):
            if limit is None:
                continue
            key = (level, day, token.client_id, who, endpoint)
            self._counts[key] = self._counts.get(key, 0) + 1
            if self._counts[key] > limit:
                raise throttled(level)

    def _throttle_fault(self) -> LinkedInError:
        return throttled("APPLICATION")

    def _key(self, ctx: Ctx, raw: str) -> str:
        """A path key: under Rest.li 2.0 a URN must arrive percent-encoded."""
        if ctx.restli2 and any(c in raw for c in ":(),"):
            raise path_syntax_error()
        return plain(raw)

    def _urn_param(self, ctx: Ctx, name: str) -> str:
        raw = raw_query(ctx.call.raw_query).get(name)
        if not raw:
            raise query_error()
        if ctx.restli2 and ":" in raw[0]:
            raise query_error()
        return plain(raw[0])

    def _need(self, ctx: Ctx, scopes: frozenset[str], resource: str, method: str) -> None:
        if not ctx.token.scopes & scopes:
            raise not_enough_permissions(resource, method, ctx.version)

    def _role(self, member: str, organization_urn: str) -> str:
        organization = self._organization_by_urn(organization_urn)
        return organization.roles.get(member, "") if organization else ""

    def _organization_by_urn(self, urn: str) -> Organization | None:
        if not urn.startswith("urn:li:organization:") or not urn.rsplit(":", 1)[-1].isdigit():
            return None
        return self.organizations.get(int(urn.rsplit(":", 1)[-1]))

    def _may_act_as(self, ctx: Ctx, actor: str, field_path: str, resource: str, method: str) -> None:
        """Write as `actor`: an organisation the member has a posting role on, or the member themselves."""
        if actor.startswith("urn:li:person:"):
            if actor != f"urn:li:person:{ctx.token.member}":
                raise field_denied(field_path)
            self._need(ctx, frozenset({"w_member_social"}), resource, method)
            return
        self._need(ctx, W_SOCIAL, resource, method)
        if self._role(ctx.token.member, actor) not in POSTING_ROLES:
            raise field_denied(field_path)

    def _may_read(self, ctx: Ctx, owner: str, resource: str, method: str) -> None:
        if owner.startswith("urn:li:person:") and owner == f"urn:li:person:{ctx.token.member}":
            return
        self._need(ctx, R_SOCIAL | W_SOCIAL if resource == "partnerApiImages" else R_SOCIAL, resource, method)
        if self._role(ctx.token.member, owner) not in READING_ROLES | POSTING_ROLES:
            raise api_error(403, "ACCESS_DENIED", f"Not enough permissions to access: {resource}.{method}", 100)

    def _page(self, ctx: Ctx, items: list[Any], default: int = 10) -> tuple[list[Any], dict[str, Any]]:
        try:
            start = int(ctx.call.param("start") or 0)
            count = int(ctx.call.param("count") or default)
        except ValueError:
            raise query_error() from None
        if start < 0 or count < 0:
            raise query_error()
        count = min(count, 100)
        links = []
        base = "&".join(p for p in ctx.call.raw_query.split("&") if p and not p.startswith(("start=", "count=")))
        if start + count < len(items):
            links.append(
                {"type": "application/json", "rel": "next", "href": self._href(ctx, base, start + count, count)}
            )
        if start > 0:
            links.append(
                {"type": "application/json", "rel": "prev", "href": self._href(ctx, base, max(0, start - count), count)}
            )
        paging = {"start": start, "count": count, "links": links, "total": len(items)}
        return items[start : start + count], paging

    @staticmethod
    def _href(ctx: Ctx, base: str, start: int, count: int) -> str:
        return f"{ctx.call.raw_path}?{base}{'&' if base else ''}count={count}&start={start}"

    def _projection(self, ctx: Ctx) -> Any:
        text = ctx.call.param("projection")
        if not text:
            return None
        try:
            return parse_projection(text)
        except ValueError:
            raise query_error() from None

    def _resolve(self, urn: Any, param: str) -> dict[str, Any] | None:
        if not isinstance(urn, str):
            return None
        if param == "playableStreams" and urn.startswith("urn:li:digitalmediaAsset:"):
            asset = urn.rsplit(":", 1)[-1]
            return {
                "paging": {"count": 10, "start": 0, "links": []},
                "elements": [
                    {
                        "artifact": f"urn:li:digitalmediaMediaArtifact:({urn},"
                        "urn:li:digitalmediaMediaArtifactClass:logo)",
                        "authorizationMethod": "PUBLIC",
                        "identifiers": [{"identifier": f"{self.url}/media/{asset}", "mediaType": "image/png"}],
                    }
                ],
            }
        organization = self._organization_by_urn(urn)
        return self._organization_json(organization) if organization else None

    # -- organisations -----------------------------------------------------------------------------
    def _organization_json(self, organization: Organization) -> dict[str, Any]:
        logo = f"urn:li:digitalmediaAsset:{organization.logo}"
        return {
            "id": organization.id,
            "$URN": organization.urn,
            "localizedName": organization.name,
            "name": {"localized": {"de_DE": organization.name}, "preferredLocale": {"country": "DE", "language": "de"}},
            "vanityName": organization.vanity,
            "logoV2": {"original": logo, "cropped": logo, "cropInfo": {"x": 0, "y": 0, "width": 0, "height": 0}},
            "primaryOrganizationType": "NONE",
            "locations": [],
        }

    def _acls(self, ctx: Ctx, target_field: str) -> dict[str, Any]:
        self._need(ctx, ADMIN, "organizationAcls", "FINDER-roleAssignee")
        if ctx.call.param("q") != "roleAssignee":
            raise query_error()
        role, state = ctx.call.param("role"), ctx.call.param("state")
        only = self._urn_param(ctx, "organization") if "organization" in ctx.call.query else None
        elements = []
        for organization in sorted(self.organizations.values(), key=lambda o: o.id):
            held = organization.roles.get(ctx.token.member)
            if not held or (role and held != role) or (state and state != "APPROVED"):
                continue
            if only and organization.urn != only:
                continue
            member = f"urn:li:person:{ctx.token.member}"
            elements.append({"roleAssignee": member, "state": "APPROVED", "role": held, target_field: organization.urn})
        page, paging = self._page(ctx, elements)
        projection = self._projection(ctx)
        answer: dict[str, Any] = {"elements": page}
        if projection is not None:
            answer = project(answer, projection, self._resolve)
        answer["paging"] = paging
        return answer

    def _authorizations(self, ctx: Ctx) -> dict[str, Any]:
        """BATCH_FINDER authorizationActionsAndImpersonator: per criterion, the organisations on which the member
        may take the action."""
        self._need(ctx, ADMIN, "organizationAuthorizations", "BATCH_FINDER-authorizationActionsAndImpersonator")
        if ctx.call.param("bq") != "authorizationActionsAndImpersonator" or not ctx.restli2:
            raise query_error()
        raw = raw_query(ctx.call.raw_query).get("authorizationActions")
        try:
            criteria = restli_decode(raw[0]) if raw else None
        except ValueError:
            criteria = None
        if not isinstance(criteria, list) or not criteria:
            raise query_error()
        results = []
        for criterion in criteria:
            action = criterion.get("authorizationAction") if isinstance(criterion, dict) else None
            if not isinstance(action, dict) or len(action) != 1:
                raise query_error()
            ((kind, detail),) = action.items()
            action_type = detail.get("actionType", "") if isinstance(detail, dict) else ""
            found = []
            for organization in sorted(self.organizations.values(), key=lambda o: o.id):
                role = organization.roles.get(ctx.token.member, "")
                if role and _permits(role, action_type):
                    found.append(
                        {
                            "organization": organization.urn,
                            "authorizationAction": {kind: {"actionType": action_type}},
                            "impersonator": f"urn:li:person:{ctx.token.member}",
                            "status": {"approved": {}},
                        }
                    )
            results.append({"elements": found, "paging": {"count": 10, "start": 0, "links": []}})
        return {"elements": results}

    def _organization_lookup(self, ctx: Ctx, key: str) -> dict[str, Any]:
        organization = self.organizations.get(int(key)) if key.isdigit() else None
        if organization is None:
            raise not_found(f"Organization {key} not found")
        full = self._organization_json(organization)
        projection = self._projection(ctx)
        return full if projection is None else project(full, projection, self._resolve)

    def _userinfo(self, ctx: Ctx) -> dict[str, Any]:
        if "openid" not in ctx.token.scopes:
            raise api_error(403, "ACCESS_DENIED", "Not enough permissions to access: userinfo.GET.NO_VERSION", 100)
        member = self.members[ctx.token.member]
        given, _, family = member.name.partition(" ")
        return {"sub": member.id, "name": member.name, "given_name": given, "family_name": family, "locale": "de_DE"}

    def _body(self, ctx: Ctx) -> dict[str, Any]:
        if not isinstance(ctx.call.body, dict):
            raise api_error(400, "BAD_REQUEST", "Unable to parse the request body as JSON")
        return ctx.call.body


def _permits(role: str, action_type: str) -> bool:
    """Which authorization actions a page role allows (organization-authorizations, by the roles' descriptions)."""
    if role == "ADMINISTRATOR":
        return True
    if role == "CONTENT_ADMINISTRATOR":
        return action_type.startswith(("ORGANIC_SHARE", "DARK_SHARE")) or action_type == "ADMINISTRATION_PAGE_VIEW"
    if role == "ANALYST":
        return action_type.endswith("ANALYTICS_READ") or action_type == "ADMINISTRATION_PAGE_VIEW"
    if role in ("DIRECT_SPONSORED_CONTENT_POSTER", "RECRUITING_POSTER"):
        return action_type.startswith("DARK_SHARE")
    return False
