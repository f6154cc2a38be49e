"""The LinkedIn test server's Page statistics under `/rest` (learn.microsoft.com/linkedin: community-management/
organizations/follower-statistics ("Retrieve Organization Follower Count": networkSizes with edgeType
COMPANY_FOLLOWED_BY_MEMBER → firstDegreeSize) and …/organizations/share-statistics
(organizationalEntityShareStatistics with `shares=List(…)` or `ugcPosts=List(…)`: lifetime totalShareStatistics per
post, organic only, for the past 12 months, only to the Page's ADMINISTRATORs with rw_organization_admin)); and
members who follow the Page, react to, reshare and see its posts. Mixed into servers.linkedin.LinkedInServer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from servers.linkedin_api import ADMIN, READING_ROLES, POSTING_ROLES, Ctx
from servers.linkedin_content import RestApi
from servers.linkedin_wire import api_error, not_found, query_error, raw_query, restli_decode

if TYPE_CHECKING:
    from servers.linkedin import Member, Organization

STATISTICS_WINDOW = 365 * 86400  # "share data only within the past 12 months, using a rolling 12-month window"


class PageStatistics(RestApi):
    """networkSizes and organizationalEntityShareStatistics; the state it reads is LinkedInServer's."""

    def _init_statistics(self) -> None:
        self.page_followers: dict[str, set[str]] = {}  # organisation URN → member URNs
        self.reactions: dict[str, dict[str, str]] = {}  # post URN → member URN → LIKE, PRAISE, …
        self.reshares: dict[str, set[str]] = {}
        self.impressions: dict[str, int] = {}
        self.clicks: dict[str, int] = {}

    # -- what members do -------------------------------------------------------------------------------
    def follow(self, organization: Organization, member: Member) -> None:
        self.page_followers.setdefault(organization.urn, set()).add(member.urn)

    def react(self, post_urn: str, member: Member, kind: str = "LIKE") -> None:
        self.reactions.setdefault(self._post(post_urn).urn, {})[member.urn] = kind

    def reshare(self, post_urn: str, member: Member) -> None:
        self.reshares.setdefault(self._post(post_urn).urn, set()).add(member.urn)

    def show(self, post_urn: str, times: int = 1, clicks: int = 0) -> None:
        urn = self._post(post_urn).urn
        self.impressions[urn] = self.impressions.get(urn, 0) + times
        self.clicks[urn] = self.clicks.get(urn, 0) + clicks

    # -- the resources ---------------------------------------------------------------------------------
    def _content(self, ctx: Ctx, resource: str, key: str | None, sub: list[str]) -> tuple[int, Any, dict[str, str]]:
        if resource == "networkSizes" and key is not None and not sub and ctx.call.method == "GET":
            return 200, self._network_size(ctx, self._key(ctx, key)), {}
        if resource == "organizationalEntityShareStatistics" and key is None and ctx.call.method == "GET":
            return 200, self._share_statistics(ctx), {}
        return super()._content(ctx, resource, key, sub)

    def _network_size(self, ctx: Ctx, urn: str) -> dict[str, Any]:
        if ctx.call.param("edgeType") != "COMPANY_FOLLOWED_BY_MEMBER":
            raise query_error()
        organization = self._organization_by_urn(urn)
        if organization is None:
            raise not_found(f"Organization {urn} not found")
        self._need(ctx, ADMIN, "networkSizes", "GET")
        if self._role(ctx.token.member, urn) not in READING_ROLES | POSTING_ROLES | {"ANALYST"}:
            raise api_error(403, "ACCESS_DENIED", "Not enough permissions to access: networkSizes.GET", 100)
        return {"firstDegreeSize": len(self.page_followers.get(urn, set()))}

    def _share_statistics(self, ctx: Ctx) -> dict[str, Any]:
        if ctx.call.param("q") != "organizationalEntity":
            raise query_error()
        organization = self._urn_param(ctx, "organizationalEntity")
        if self._organization_by_urn(organization) is None:
            raise query_error()
        self._need(ctx, frozenset({"rw_organization_admin"}), "organizationalEntityShareStatistics", "GET")
        if self._role(ctx.token.member, organization) != "ADMINISTRATOR":
            raise api_error(
                403,
                "ACCESS_DENIED",
                "Not enough permissions to access: organizationalEntityShareStatistics.FINDER-organizationalEntity",
                100,
            )
        raw = raw_query(ctx.call.raw_query)
        wanted: list[tuple[str, str]] = []
        for param, field in (("shares", "share"), ("ugcPosts", "ugcPost")):
            for value in raw.get(param, []):
                if ":" in value:  # Rest.li 2.0: the URNs in List() are percent-encoded
                    raise query_error()
                try:
                    urns = restli_decode(value)
                except ValueError:
                    raise query_error() from None
                if not isinstance(urns, list):
                    raise query_error()
                wanted += [(field, str(u)) for u in urns]
        if not wanted:
            raise api_error(400, "ILLEGAL_ARGUMENT", "Lifetime statistics for the whole Page are not emulated")
        elements = []
        for field, urn in wanted:
            post = self.posts.get(urn)
            kind = urn.split(":")[2] if urn.count(":") >= 3 else ""
            if post is None or post.deleted or post.author != organization or kind != field:
                continue  # LinkedIn leaves out what is not the Page's (or not of this kind)
            if self.now() - post.created > STATISTICS_WINDOW:
                continue
            elements.append(
                {"organizationalEntity": organization, field: urn, "totalShareStatistics": self._totals(urn)}
            )
        return {"paging": {"count": 10, "start": 0, "links": []}, "elements": elements}

    def _totals(self, urn: str) -> dict[str, Any]:
        likes = len(self.reactions.get(urn, {}))
        comments = sum(1 for c in self.comments.values() if c.post == urn)
        shares = len(self.reshares.get(urn, set()))
        impressions, clicks = self.impressions.get(urn, 0), self.clicks.get(urn, 0)
        engagement = (likes + comments + shares + clicks) / impressions if impressions else 0.0
        return {
            "uniqueImpressionsCount": impressions,
            "shareCount": shares,
            "shareMentionsCount": 0,
            "engagement": engagement,
            "clickCount": clicks,
            "likeCount": likes,
            "impressionCount": impressions,
            "commentMentionsCount": 0,
            "commentCount": comments,
        }
