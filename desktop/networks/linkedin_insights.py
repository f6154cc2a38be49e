"""What Insights reads of a LinkedIn Page: its followers (the organisation's network size,
`COMPANY_FOLLOWED_BY_MEMBER`) and what its posts did (`organizationalEntityShareStatistics`, lifetime and
organic, for the posts asked, several in one request). LinkedIn gives the statistics only to the Page's
super admins (role ADMINISTRATOR); a content admin's login gets 403, logged by the collector."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.networks.base import PostFigures, count_of
from desktop.networks.linkedin_rest import enc

if TYPE_CHECKING:
    from desktop.networks.linkedin import LinkedInClient

# Posts per statistics request. LinkedIn names no maximum; 50 URNs keep the address near 2,000 characters.
STATISTICS_BATCH = 50
# The finder's parameter and the element's field for each kind of post URN `POST /rest/posts` returns.
KINDS = (("urn:li:share:", "shares", "share"), ("urn:li:ugcPost:", "ugcPosts", "ugcPost"))


async def followers(client: LinkedInClient) -> int | None:
    answer = await client.read(
        f"rest/networkSizes/{enc(client.organization_urn)}", {"edgeType": "COMPANY_FOLLOWED_BY_MEMBER"}
    )
    return count_of(answer.get("firstDegreeSize"))


async def figures(client: LinkedInClient, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
    """Reactions, reshares, comments and impressions of the Page's posts, 50 of a kind a request (share
    and ugcPost URNs are asked apart). LinkedIn keeps 12 months: older posts are left out (unknown)."""
    found: dict[str, PostFigures] = {}
    wanted = list(dict.fromkeys(remote_ids))
    for prefix, parameter, field in KINDS:
        urns = [urn for urn in wanted if urn.startswith(prefix)]
        for start in range(0, len(urns), STATISTICS_BATCH):
            listed = ",".join(enc(urn) for urn in urns[start : start + STATISTICS_BATCH])
            answer = await client.read(
                "rest/organizationalEntityShareStatistics",
                {"q": "organizationalEntity", "organizationalEntity": client.organization_urn},
                raw={parameter: f"List({listed})"},
            )
            for element in answer.get("elements") or []:
                if isinstance(element, dict) and element.get(field):
                    found[str(element[field])] = _figures(element.get("totalShareStatistics"))
    return found


def _figures(totals: Any) -> PostFigures:
    totals = totals if isinstance(totals, dict) else {}
    return PostFigures(
        likes=count_of(totals.get("likeCount")),
        shares=count_of(totals.get("shareCount")),
        replies=count_of(totals.get("commentCount")),
        impressions=count_of(totals.get("impressionCount")),
    )
