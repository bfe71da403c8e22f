/*
 * dnssec-dnskey-params: an apex DNSKEY has protocol 3 and the Zone Key
 * flag (RFC 4034 2.1), and no more than three keys share a key tag and
 * algorithm, as validators cap the keys they try per tag (KeyTrap).
 */
#include <stdlib.h>
#include <string.h>

#include "../src/zonelint.h"

#define MAX_SAME_TAG 3 /* Knot's limit too */

struct tag {
	uint16_t tag;
	uint8_t alg;
	unsigned count;
};

struct state {
	struct tag *v;
	size_t count, cap;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || ldns_rr_rd_count(rec->rr) < 4 ||
	    !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return;
	uint16_t flags = ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 0));
	uint8_t proto = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 1));
	uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2));
	struct zl_loc at = rec->loc;
	if (proto != 3) {
		if (rec->rdata_count > 1)
			at = (struct zl_loc){rec->loc.file, rec->rdata[1].line,
			    rec->rdata[1].col};
		zl_report(ctx, at, "protocol %u: a DNSKEY's protocol field must be "
		    "3, and validators ignore this key", proto);
		return;
	}
	if (!(flags & LDNS_KEY_ZONE_KEY)) {
		if (rec->rdata_count > 0)
			at = (struct zl_loc){rec->loc.file, rec->rdata[0].line,
			    rec->rdata[0].col};
		zl_report(ctx, at, "flags %u lack the Zone Key bit (256): this key "
		    "cannot verify any signature of the zone", flags);
		return;
	}
	struct state *st = zl_state(ctx);
	uint16_t tag = (uint16_t)ldns_calc_keytag(rec->rr);
	for (size_t i = 0; i < st->count; i++)
		if (st->v[i].tag == tag && st->v[i].alg == alg) {
			if (++st->v[i].count == MAX_SAME_TAG + 1)
				zl_report(ctx, rec->loc, "%u DNSKEYs share key tag %u and "
				    "algorithm %u: validators try only a few keys per tag "
				    "(CVE-2023-50387) and may fail to validate the zone",
				    st->v[i].count, tag, alg);
			return;
		}
	st->v = zl_grow(st->v, &st->cap, st->count + 1, sizeof *st->v);
	st->v[st->count++] = (struct tag){tag, alg, 1};
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->v);
	memset(st, 0, sizeof *st);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	free_state(zl_state(ctx));
}

const struct zl_rule rule_dnssec_dnskey_params = {
	.id = "dnssec-dnskey-params",
	.severity = ZL_ERROR,
	.types = ZL_T_DNSKEY,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "apex DNSKEY that validators cannot use",
	.why =
	    "Validators use an apex DNSKEY only if its protocol field is 3 and\n"
	    "its Zone Key flag (256) is set; any other key cannot verify the\n"
	    "zone's signatures, so a zone signed only with it is bogus.  Key tags\n"
	    "are 16-bit checksums, and since the KeyTrap attack (CVE-2023-50387)\n"
	    "validators try only a few keys that share a tag: four or more keys\n"
	    "with one tag and algorithm may make the zone fail to validate.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN DNSKEY 257 5 13 43Gi/VAhV9+bNN2w+38K4uQJWgJjfhjoBQqLr1zXB/+P"
	    "GRU1Nua5IZJS1AdK+LU9vY5qXSETe9A77AnOPM2HyA==\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN DNSKEY 257 3 13 43Gi/VAhV9+bNN2w+38K4uQJWgJjfhjoBQqLr1zXB/+P"
	    "GRU1Nua5IZJS1AdK+LU9vY5qXSETe9A77AnOPM2HyA==\n",
	.fix =
	    "Publish keys as the signer made them (protocol 3; flags 256 for a\n"
	    "ZSK, 257 for a KSK).  When key tags collide, generate a new key\n"
	    "and retire one of the colliding ones.",
	.refs = "RFC 4034 sections 2.1.1 and 2.1.2, appendix B; CVE-2023-50387",
};
