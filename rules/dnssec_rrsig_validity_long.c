/*
 * dnssec-rrsig-validity-long: signatures valid for more than 180 days
 * from inception to expiration.  A stolen or replaced key's signatures,
 * and data a signer no longer publishes, can be replayed that long.  One
 * note per zone, at the first such signature, with the count.
 */
#include <string.h>

#include "../src/zonelint.h"
#include "dnssec_example.h"

#define MAX_DAYS 180

struct state {
	struct zl_loc first;
	unsigned long count;
	uint32_t days;        /* the first one's */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (ldns_rr_rd_count(rec->rr) < 6)
		return;
	uint32_t exp = ldns_rdf2native_time_t(ldns_rr_rdf(rec->rr, 4));
	uint32_t inc = ldns_rdf2native_time_t(ldns_rr_rdf(rec->rr, 5));
	uint32_t span = exp - inc; /* serial arithmetic; a negative span is
				    * dnssec-rrsig-time's */
	if (span >= 0x80000000u || span <= MAX_DAYS * 86400u)
		return;
	if (st->count++ == 0) {
		st->first = rec->loc;
		if (rec->rdata_count > 5)
			st->first = (struct zl_loc){rec->loc.file, rec->rdata[5].line,
			    rec->rdata[5].col};
		st->days = span / 86400;
	}
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	if (st->count == 1)
		zl_report(ctx, st->first, "valid for %u days: a signature can be "
		    "replayed until it expires, after a key is replaced or the "
		    "data changes", st->days);
	else if (st->count > 1)
		zl_report(ctx, st->first, "valid for %u days: a signature can be "
		    "replayed until it expires, after a key is replaced or the "
		    "data changes; %lu signatures of the zone are valid for more "
		    "than %d days", st->days, st->count, MAX_DAYS);
	memset(st, 0, sizeof *st);
}

const struct zl_rule rule_dnssec_rrsig_validity_long = {
	.id = "dnssec-rrsig-validity-long",
	.severity = ZL_NOTE,
	.types = ZL_T_RRSIG,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "RRSIG valid for more than 180 days",
	.why =
	    "A signature proves its RRset from its inception to its expiration,\n"
	    "whatever the zone says later.  The longer that period, the longer\n"
	    "an attacker who captured an answer can replay it after the record\n"
	    "changed (a moved server, a withdrawn delegation), and the longer\n"
	    "a compromised key's signatures stay good after it is replaced.\n"
	    "RFC 6781 section 4.4.2 weighs the period against re-signing and\n"
	    "outages; more than 180 days is a policy choice an auditor wants to\n"
	    "see, so a note, once per zone with the count.",
	.bad =
	    DNSSEC_EXAMPLE_APEX
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20271101000000 20261101000000 48256 example.com. (\n"
	    "       6reb2NHqdarUoF6JqF4Elw3/7ThsRMiQWa5NSDgA4yLW\n"
	    "       1NAKUjmPCxyHJ6CPxhkHksdLieMuICYxOOwqEE/Epg== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n"
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Sign with a shorter validity and re-sign more often: e.g.\n"
	    "dnssec-signzone -e +2592000 (30 days), ldns-signzone -e, or the\n"
	    "signing policy's signature lifetime.",
	.refs = "RFC 4034 section 3.1.5; RFC 6781 section 4.4.2",
};
