/*
 * soa-timer-range: SOA timers outside the ranges that RFC 1912 and
 * Zonemaster recommend, taking the looser of the two where they differ
 * (refresh: RFC 1912's 20 minutes, not Zonemaster's 4 hours).  Advice, so a note.  Not for Windows DNS exports:
 * Active Directory replicates its zones and the SOA timers (900, 600,
 * 86400 and 3600 by default) only matter to secondaries it transfers to.
 * In a DNS provider's export (Cloudflare, Azure, Google Cloud, cli53)
 * only the minimum is checked: the provider serves the zone from its own
 * servers and sets refresh, retry and expire itself, for no secondary.
 */
#include <stdio.h>

#include "soa.h"

/* Each timer's advised range, and what goes wrong below and above it. */
static const struct {
	uint32_t min, max;
	const char *low, *high;
} advised[SOA_TIMERS] = {
	[SOA_REFRESH] = {1200, UINT32_MAX, "secondaries poll that often", ""},
	[SOA_RETRY] = {0, UINT32_MAX, "", ""}, /* soa-timer-order's */
	[SOA_EXPIRE] = {604800, UINT32_MAX, "an outage of the primary longer "
	    "than that takes the zone down", ""},
	[SOA_MINIMUM] = {300, 86400, "missing names are asked for again at "
	    "once", "names added later stay missing that long"},
};

/* Windows DNS's own timers, as it writes them into every new zone. */
static bool
windows_defaults(const struct soa_timers *t)
{
	return t->v[SOA_REFRESH] == 900 && t->v[SOA_RETRY] == 600 &&
	    t->v[SOA_EXPIRE] == 86400;
}

/* A provider's export: the SOA's transfer timers are the provider's. */
static bool
provider_soa(const struct zl_zone *zone)
{
	switch (zl_zone_format(zone)) {
	case ZL_FORMAT_CLOUDFLARE: case ZL_FORMAT_AZURE: case ZL_FORMAT_GCLOUD:
	case ZL_FORMAT_CLI53:
		return true;
	default:
		return false;
	}
}

/* One note per SOA, at its first timer out of range, naming them all. */
static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct soa_timers t;
	if (zl_zone_windows(rec->zone) || !soa_timers_of(rec, &t) ||
	    windows_defaults(&t))
		return;
	char text[512] = "", span[48];
	size_t len = 0;
	int first = -1;
	bool provider = provider_soa(rec->zone);
	for (int i = 0; i < SOA_TIMERS; i++) {
		if ((t.v[i] >= advised[i].min && t.v[i] <= advised[i].max) ||
		    (provider && i != SOA_MINIMUM))
			continue;
		if (first < 0)
			first = i;
		bool low = t.v[i] < advised[i].min;
		const char *why = low ? advised[i].low : advised[i].high;
		int n = snprintf(text + len, sizeof text - len, "%s%s %s is %s "
		    "%u%s%s%s", len ? "; " : "", soa_timer_name[i],
		    soa_span(t.v[i], span, sizeof span), low ? "below" : "above",
		    low ? advised[i].min : advised[i].max, *why ? " (" : "", why,
		    *why ? ")" : "");
		if (n < 0 || (size_t)n >= sizeof text - len)
			break;
		len += (size_t)n;
	}
	if (first >= 0)
		zl_report(ctx, t.at[first], "%s", text);
}

const struct zl_rule rule_soa_timer_range = {
	.id = "soa-timer-range",
	.severity = ZL_NOTE,
	.types = ZL_T_SOA,
	.on_record = on_record,
	.summary = "SOA timer outside the recommended range",
	.why =
	    "The SOA's timers tell secondaries how often to check the primary\n"
	    "(refresh), how soon to try again (retry) and when to give up\n"
	    "(expire); its minimum is how long resolvers cache that a name or\n"
	    "type does not exist (RFC 2308).  Very short timers load the\n"
	    "primary; a short expire lets an outage of the primary take the\n"
	    "zone down; a long negative TTL keeps new names invisible.  The\n"
	    "ranges are the looser of RFC 1912 section 2.2 and Zonemaster's:\n"
	    "refresh at least 20 minutes (RFC 1912; Zonemaster's ZONE02 asks 4\n"
	    "hours), expire at least 7 days (ZONE05; RFC 1912 asks 2 to 4\n"
	    "weeks), minimum from 5 minutes to 1 day (ZONE06).  The retry is\n"
	    "left to soa-timer-order, which wants it below the refresh.\n"
	    "It is advice, so a note.  Windows DNS exports, and zones with its\n"
	    "default timers, are left alone:\n"
	    "Active Directory replicates its zones itself, and its default\n"
	    "timers (refresh 15 minutes, retry 10, expire 1 day) only matter to\n"
	    "secondaries it transfers to.  In the export of a DNS provider\n"
	    "(Cloudflare, Azure DNS, Google Cloud DNS, Route 53 by cli53) only\n"
	    "the minimum is checked: the provider serves the zone from its own\n"
	    "servers and sets the other timers itself (Google Cloud DNS writes\n"
	    "an expire of 3 days), for no secondary of yours.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 86400 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n",
	.fix =
	    "Refresh 3600 to 86400, retry a fraction of it, expire 1209600 to\n"
	    "2419200 (2 to 4 weeks), minimum 300 to 3600.  Providers' exports\n"
	    "write their own timers: change them in the provider's settings.",
	.refs = "RFC 1912 section 2.2; RFC 2308 sections 4 and 5; Zonemaster "
	    "test cases ZONE02, ZONE05, ZONE06",
};
