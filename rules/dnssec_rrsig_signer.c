/*
 * dnssec-rrsig-signer: an RRSIG's signer must be the zone's apex, and its
 * key tag and algorithm those of a DNSKEY there.  The few distinct keys
 * RRSIGs name are kept with where each was first named, and compared
 * with the apex DNSKEYs at zone end (they may come in either order).  A
 * zone with RRSIGs and no apex DNSKEY at all gets one finding, at its
 * first RRSIG, not one per key tag.
 */
#include <stdlib.h>
#include <string.h>

#include "../src/zonelint.h"
#include "dnssec_example.h"

struct key {
	uint16_t tag;
	uint8_t alg;
	unsigned uses;       /* RRSIGs naming it; 0 for a DNSKEY */
	struct zl_loc first;
};

struct state {
	struct key *sigs, *keys;
	size_t nsigs, nkeys, sigcap, keycap;
};

static void
add(struct key **v, size_t *n, size_t *cap, uint16_t tag, uint8_t alg,
    struct zl_loc at, bool count)
{
	for (size_t i = 0; i < *n; i++)
		if ((*v)[i].tag == tag && (*v)[i].alg == alg) {
			(*v)[i].uses += count;
			return;
		}
	*v = zl_grow(*v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = (struct key){tag, alg, count, at};
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_DNSKEY) {
		if (apex && ldns_rr_rd_count(rec->rr) >= 4 &&
		    zl_dname_eq(ldns_rr_owner(rec->rr), apex))
			add(&st->keys, &st->nkeys, &st->keycap,
			    (uint16_t)ldns_calc_keytag(rec->rr),
			    ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2)), rec->loc,
			    false);
		return;
	}
	if (ldns_rr_rd_count(rec->rr) >= 7) {
		struct zl_loc at = rec->loc;
		if (rec->rdata_count > 6)
			at = (struct zl_loc){rec->loc.file, rec->rdata[6].line,
			    rec->rdata[6].col};
		add(&st->sigs, &st->nsigs, &st->sigcap,
		    ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 6)),
		    ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 1)), at, true);
	}
	const ldns_rdf *signer = ldns_rr_rdf(rec->rr, 7);
	if (signer == NULL || apex == NULL || zl_dname_eq(signer, apex))
		return;
	char s[LDNS_MAX_DOMAINLEN * 4 + 2];
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 7)
		at = (struct zl_loc){rec->loc.file, rec->rdata[7].line,
		    rec->rdata[7].col};
	zl_report(ctx, at, "signer %s is not the zone's apex %s",
	    zl_dname_str(signer, s, sizeof s), zl_zone_origin_str(rec->zone));
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->sigs);
	free(st->keys);
	memset(st, 0, sizeof *st);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	const char *apex = zl_zone_origin_str(zone);
	unsigned long uses = 0;
	for (size_t i = 0; i < st->nsigs; i++)
		uses += st->sigs[i].uses;
	if (st->nsigs > 0 && st->nkeys == 0 && apex)
		zl_report(ctx, st->sigs[0].first, "%s has no DNSKEY at its apex: "
		    "its %lu RRSIG%s cannot be validated", apex, uses,
		    uses == 1 ? "" : "s");
	for (size_t i = 0; i < st->nsigs && st->nkeys > 0; i++) {
		bool found = false;
		for (size_t k = 0; k < st->nkeys && !found; k++)
			found = st->keys[k].tag == st->sigs[i].tag &&
			    st->keys[k].alg == st->sigs[i].alg;
		if (!found)
			zl_report(ctx, st->sigs[i].first, "key tag %u (algorithm %u) "
			    "is no DNSKEY at the apex: %u RRSIG%s made with it cannot "
			    "be validated", st->sigs[i].tag, st->sigs[i].alg,
			    st->sigs[i].uses, st->sigs[i].uses == 1 ? "" : "s");
	}
	free_state(st);
}

const struct zl_rule rule_dnssec_rrsig_signer = {
	.id = "dnssec-rrsig-signer",
	.severity = ZL_ERROR,
	.types = ZL_T_RRSIG | ZL_T_DNSKEY,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "RRSIG signed by another zone or by a key it does not have",
	.why =
	    "An RRSIG names the zone whose key made it, and for data in this\n"
	    "zone that is the zone's apex (RFC 4035 2.2): validators look for the\n"
	    "key there, by the key tag and algorithm the RRSIG gives.  A signature\n"
	    "with another signer name, often left over from a zone that was\n"
	    "renamed or merged, or made with a key the apex no longer publishes,\n"
	    "cannot be validated; if it is the only one, the data is bogus.  A\n"
	    "zone with RRSIGs and no DNSKEY at its apex at all has nothing to\n"
	    "validate them with (kzonecheck refuses it when the SOA is signed:\n"
	    "\"no keys for signing\").",
	.bad =
	    DNSSEC_EXAMPLE_APEX
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 63764 example.com. (\n"
	    "       Qnb6dxbQeRSjY3YwDhjpo7s4nRwteDuNZFSF7sAdBuT4\n"
	    "       SA5nQx3FDCgyQ+Y00t92tU8ai8PCdGlFgyaZeriNYg== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n"
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Re-sign the zone with its own keys (ldns-signzone, dnssec-signzone\n"
	    "or the server's automatic signing) and drop signatures copied from\n"
	    "other zones.",
	.refs = "RFC 4035 section 2.2; RFC 4034 section 3.1.7",
};
