/*
 * dnssec-no-denial: a signed zone has NSEC or NSEC3 records.
 *
 * A zone with RRSIGs but neither NSEC nor NSEC3 cannot prove that a name
 * or a type does not exist.  Only the first RRSIG's place and whether a
 * denial record was seen are kept.
 */
#include "../src/zonelint.h"
#include "dnssec_example.h"

struct state {
	struct zl_loc first_sig;   /* line 0: no RRSIG yet */
	unsigned long sigs;
	bool denial;               /* an NSEC or NSEC3 was seen */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (ldns_rr_get_type(rec->rr) != LDNS_RR_TYPE_RRSIG) {
		st->denial = true;
		return;
	}
	if (st->sigs++ == 0)
		st->first_sig = rec->loc;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	const char *apex = zl_zone_origin_str(zone);
	if (st->sigs > 0 && !st->denial)
		zl_report(ctx, st->first_sig, "%s is signed (%lu RRSIG%s) but has "
		    "no NSEC or NSEC3 record: no answer that a name or type does "
		    "not exist can be validated", apex ? apex : "the zone",
		    st->sigs, st->sigs == 1 ? "" : "s");
	*st = (struct state){0};
}

const struct zl_rule rule_dnssec_no_denial = {
	.id = "dnssec-no-denial",
	.severity = ZL_ERROR,
	.types = ZL_T_RRSIG | ZL_T_NSEC | ZL_T_NSEC3,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "signed zone without NSEC or NSEC3 records",
	.why =
	    "A signed zone proves that a name or a type does not exist with\n"
	    "NSEC records (RFC 4035 2.3) or NSEC3 records (RFC 5155): every\n"
	    "authoritative name has one.  Without either, a validating resolver\n"
	    "gets an unprovable NXDOMAIN or empty answer and treats it as bogus,\n"
	    "so every query for a missing name or type fails for it.  Knot\n"
	    "refuses such a zone (\"missing NSEC(3) record\").  It is usually a\n"
	    "zone whose RRSIGs were copied in, or whose denial records were\n"
	    "filtered out on export.",
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
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       CMfRDDUPAqEdhxJo8JnVNwao0xz+wDl5E9qTmgFJvWzF\n"
	    "       vtRZPunHHbcaHXRo3kpFvTh5z1vjdSu5DsCHaj0qPQ== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Sign the zone again with NSEC or NSEC3 (dnssec-signzone adds NSEC\n"
	    "by default and NSEC3 with -3; ldns-signzone likewise with -n), and\n"
	    "transfer or export the whole signed zone.",
	.refs = "RFC 4035 section 2.3; RFC 5155 section 7.1",
};
