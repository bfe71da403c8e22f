/*
 * dnssec-rrsig-validity-long: signatures valid for more than 180 days
 * from inception to expiration.  A stolen or replaced key's signatures,
 * and data a signer no longer publishes, can be replayed that long.  One
 * note per zone, at the first such signature, with the count.
 */
#include <string.h>

#include "../src/zonelint.h"

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
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       ww2Gns2PMyyROuabuMZmPT58QR+DZK8G1uv/ve1ThFgZ\n"
	    "       enxO6LWE5jK2mRH5QIR67hWJou3CL1PF6Oo3FArW3g== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       XUuTWdm0R4KnJCH76DlSRINQUhWtc3RTJkjQ3BI6qpjf\n"
	    "       c3TTRj6I5AmhgOhmr6TXktb/Fk8fVzfMVNEtxgz/6A== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       B7ka9cCKN57rs/KLTvt4YM6y9ohJSkoVPZ2mGFWSrCel\n"
	    "       1Fwru+j7e8sFgikpjtBSe4gUJI8plDjFXrpHBOZGOw== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       DiqxIMj1Scxzcou4D6qjWCxPvsyKqhhrBJ7dDUbdCh2J\n"
	    "       DkHI2PVE17jaHh2LgxyPYp6YzDylgg4hVQVNPIw6Lg== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20271101000000 20261101000000 48256 example.com. (\n"
	    "       6reb2NHqdarUoF6JqF4Elw3/7ThsRMiQWa5NSDgA4yLW\n"
	    "       1NAKUjmPCxyHJ6CPxhkHksdLieMuICYxOOwqEE/Epg== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n"
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n",
	.good =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       ww2Gns2PMyyROuabuMZmPT58QR+DZK8G1uv/ve1ThFgZ\n"
	    "       enxO6LWE5jK2mRH5QIR67hWJou3CL1PF6Oo3FArW3g== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       XUuTWdm0R4KnJCH76DlSRINQUhWtc3RTJkjQ3BI6qpjf\n"
	    "       c3TTRj6I5AmhgOhmr6TXktb/Fk8fVzfMVNEtxgz/6A== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       B7ka9cCKN57rs/KLTvt4YM6y9ohJSkoVPZ2mGFWSrCel\n"
	    "       1Fwru+j7e8sFgikpjtBSe4gUJI8plDjFXrpHBOZGOw== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       DiqxIMj1Scxzcou4D6qjWCxPvsyKqhhrBJ7dDUbdCh2J\n"
	    "       DkHI2PVE17jaHh2LgxyPYp6YzDylgg4hVQVNPIw6Lg== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       CMfRDDUPAqEdhxJo8JnVNwao0xz+wDl5E9qTmgFJvWzF\n"
	    "       vtRZPunHHbcaHXRo3kpFvTh5z1vjdSu5DsCHaj0qPQ== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n"
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n",
	.fix =
	    "Sign with a shorter validity and re-sign more often: e.g.\n"
	    "dnssec-signzone -e +2592000 (30 days), ldns-signzone -e, or the\n"
	    "signing policy's signature lifetime.",
	.refs = "RFC 4034 section 3.1.5; RFC 6781 section 4.4.2",
};
