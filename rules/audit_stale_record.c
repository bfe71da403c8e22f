/*
 * audit-stale-record: in a Windows DNS export, a dynamic record whose
 * aging stamp ([AGE:n], hours since 1601-01-01 UTC) is more than
 * --stale-after days (30 by default) older than the zone's newest stamp,
 * or than --now when it is given.  Its owner stopped refreshing it: a
 * machine gone, renamed or readdressed; scavenging would delete it, and
 * until then it answers with an old address.
 *
 * The newest stamp is known only at zone end, so stamped records are
 * kept (owner entry, type, place, stamp: 32 bytes), at most MAX_KEPT per
 * zone; -v says when more were not looked at.  Zones that are not
 * Windows exports skip the rule after their first record.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/options.h"
#include "../src/rrname.h"
#include "../src/zonelint.h"

#define MAX_KEPT 262144
#define DEFAULT_DAYS 30
/* Hours from 1601-01-01 to 1970-01-01: 134774 days. */
#define EPOCH_HOURS (134774LL * 24)

struct stamped {
	const struct zl_name *owner;
	struct zl_loc loc;
	uint32_t hours;
	uint16_t type;
};

struct state {
	struct stamped *v;
	size_t n, cap;
	unsigned long dropped;
	uint32_t newest;
	bool decided;         /* the zone was looked at: Windows or not */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (!st->decided) {
		st->decided = true;
		if (!zl_zone_windows(rec->zone)) {
			zl_skip_zone_records(ctx);
			return;
		}
	}
	if (rec->age_hours <= 0 || rec->age_hours > UINT32_MAX)
		return; /* static (no stamp), or a stamp of 0 */
	uint32_t h = (uint32_t)rec->age_hours;
	if (h > st->newest)
		st->newest = h;
	if (st->n == MAX_KEPT) {
		st->dropped++;
		return;
	}
	st->v = zl_grow(st->v, &st->cap, st->n + 1, sizeof *st->v);
	st->v[st->n++] = (struct stamped){rec->name, rec->loc, h,
	    (uint16_t)ldns_rr_get_type(rec->rr)};
}

/* "2026-09-12" for a stamp. */
static const char *
date_of(long long hours, char *buf, size_t size)
{
	time_t t = (time_t)((hours - EPOCH_HOURS) * 3600);
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL || strftime(buf, size, "%Y-%m-%d", &tm) == 0)
		snprintf(buf, size, "hour %lld", hours);
	return buf;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	const struct zl_options *opt = zl_options(ctx);
	long long days = opt->stale_after_days ? opt->stale_after_days :
	    DEFAULT_DAYS;
	long long ref = opt->now_given ? opt->now / 3600 + EPOCH_HOURS :
	    (long long)st->newest;
	const char *from = opt->now_given ? "--now" : "the zone's newest stamp";
	char d1[32], d2[32], name[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t i = 0; i < st->n; i++) {
		const struct stamped *s = &st->v[i];
		long long behind = ref - s->hours;
		if (behind <= days * 24)
			continue;
		uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
		ldns_rdf owner = zl_index_name(zone, s->owner, buf);
		char *ty = zl_type_str(s->type);
		zl_report(ctx, s->loc, "%s %s was last refreshed on %s, %lld days "
		    "before %s (%s): its owner no longer updates it, and "
		    "scavenging, once on, would delete it", zl_dname_str(&owner, name,
		    sizeof name), ty, date_of(s->hours, d1, sizeof d1),
		    behind / 24, from, date_of(ref, d2, sizeof d2));
		free(ty);
	}
	if (st->dropped)
		zl_verbose(ctx, "%s: stamped records past the first %d not looked "
		    "at for staleness: %lu", zl_zone_origin_str(zone), MAX_KEPT,
		    st->dropped);
	struct stamped *v = st->v;
	size_t cap = st->cap;
	memset(st, 0, sizeof *st);
	st->v = v;
	st->cap = cap;
}

static void
free_state(void *p)
{
	free(((struct state *)p)->v);
}

const struct zl_rule rule_audit_stale_record = {
	.id = "audit-stale-record",
	.severity = ZL_NOTE,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "dynamic record not refreshed for a long time",
	.report_table = "Stale records",
	.why =
	    "Windows DNS stamps each dynamically registered record with the\n"
	    "hour its owner last registered or refreshed it; dnscmd and\n"
	    "Export-DnsServerZone write the stamp as [AGE:n], hours since\n"
	    "1601-01-01 UTC.  A client refreshes its records every day or so,\n"
	    "so a stamp weeks older than the rest of the zone belongs to a\n"
	    "machine that is gone, renamed or has a new address: its record\n"
	    "still answers, with an address that may now be someone else's.\n"
	    "Aging and scavenging would delete it, but scavenging is off by\n"
	    "default and its preview needs the live server.  A record is stale\n"
	    "when its stamp is more than --stale-after days (default 30) older\n"
	    "than the zone's newest stamp, or than --now when it is given; the\n"
	    "date is in the message.  Records without a stamp are static and\n"
	    "never stale.  A note, for the auditor.",
	.bad =
	    ";\n"
	    ";  Database file corp.example.dns for corp.example zone.\n"
	    ";      Zone version:  42\n"
	    ";\n"
	    "@                       IN  SOA dc1.corp.example. hostmaster.corp.example. (\n"
	    "                        42 900 600 86400 3600 )\n"
	    "@                       NS  dc1.corp.example.\n"
	    "dc1                     A   192.0.2.1\n"
	    "pc17                    [AGE:3733488] 1200 A 192.0.2.17\n"
	    "pc18                    [AGE:3733470] 1200 A 192.0.2.18\n"
	    "oldlaptop               [AGE:3731088] 1200 A 192.0.2.19\n",
	.good =
	    ";\n"
	    ";  Database file corp.example.dns for corp.example zone.\n"
	    ";      Zone version:  42\n"
	    ";\n"
	    "@                       IN  SOA dc1.corp.example. hostmaster.corp.example. (\n"
	    "                        42 900 600 86400 3600 )\n"
	    "@                       NS  dc1.corp.example.\n"
	    "dc1                     A   192.0.2.1\n"
	    "pc17                    [AGE:3733488] 1200 A 192.0.2.17\n"
	    "pc18                    [AGE:3733470] 1200 A 192.0.2.18\n"
	    "laptop                  [AGE:3733008] 1200 A 192.0.2.19\n",
	.fix =
	    "Check whether the machine still exists; delete the record if not\n"
	    "(Remove-DnsServerResourceRecord, or dnscmd /recorddelete), and\n"
	    "turn on aging and scavenging (Set-DnsServerZoneAging -Aging $true;\n"
	    "Set-DnsServerScavenging) so that the server does it.",
	.refs = "Microsoft Learn: DNS aging and scavenging (Windows Server); "
	    "MS-DNSP section 2.2.2.2.3 (dwTimeStamp)",
};
