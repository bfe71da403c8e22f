/*
 * soa-timer-order: SOA timers that contradict each other, so that
 * secondaries do not work as the zone's owner meant: a retry not shorter
 * than the refresh, or an expire shorter than refresh and retry together
 * (a secondary drops the zone before it has tried again).
 */
#include "soa.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct soa_timers t;
	if (!soa_timers_of(rec, &t))
		return;
	char a[48], b[48];
	uint32_t refresh = t.v[SOA_REFRESH], retry = t.v[SOA_RETRY];
	if (retry >= refresh && refresh > 0)
		zl_report(ctx, t.at[SOA_RETRY], "retry %s is not shorter than "
		    "refresh %s: after a failed refresh, a secondary tries again no "
		    "sooner than its next refresh; make retry a fraction of "
		    "refresh", soa_span(retry, a, sizeof a),
		    soa_span(refresh, b, sizeof b));
	uint64_t both = (uint64_t)refresh + retry;
	if (t.v[SOA_EXPIRE] < both)
		zl_report(ctx, t.at[SOA_EXPIRE], "expire %s is shorter than "
		    "refresh and retry together (%llu seconds): a secondary that "
		    "misses one refresh stops answering before it tries again; "
		    "make expire several times refresh",
		    soa_span(t.v[SOA_EXPIRE], a, sizeof a),
		    (unsigned long long)both);
}

const struct zl_rule rule_soa_timer_order = {
	.id = "soa-timer-order",
	.severity = ZL_WARNING,
	.types = ZL_T_SOA,
	.on_record = on_record,
	.summary = "SOA timers that contradict each other",
	.why =
	    "A secondary server asks the primary for the SOA every refresh\n"
	    "seconds; when that fails it tries again every retry seconds, and\n"
	    "after expire seconds without an answer it stops answering for the\n"
	    "zone.  A retry as long as the refresh makes retrying pointless, and\n"
	    "an expire shorter than refresh plus retry makes a secondary drop\n"
	    "the zone after one missed refresh: one outage of the primary takes\n"
	    "the whole zone down.  RFC 1912 section 2.2 asks for a retry shorter\n"
	    "than the refresh, and Zonemaster's ZONE03 and ZONE05 test the same\n"
	    "(retry below refresh; expire at least refresh).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 14400 28800 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 14400 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n",
	.fix =
	    "Give refresh, retry and expire in that order of length, e.g.\n"
	    "refresh 14400 (4 hours), retry 3600 (1 hour), expire 1209600\n"
	    "(14 days).  In Windows DNS: the zone's Properties, Start of\n"
	    "Authority tab, or Set-DnsServerResourceRecord on the SOA.",
	.refs = "RFC 1035 section 3.3.13; RFC 1912 section 2.2; Zonemaster "
	    "test cases ZONE03 and ZONE05",
};
