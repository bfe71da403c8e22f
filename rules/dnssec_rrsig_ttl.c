/*
 * dnssec-rrsig-ttl: an RRSIG's Original TTL field is the TTL of the
 * RRset it covers (RFC 4034 3.1.4).  Validators rebuild the signed data
 * with it, so the signature still verifies, and cap the TTL at it.
 *
 * Signers write a name's records together, its RRSIGs among them, so the
 * TTLs of the current owner's types are kept until the owner changes;
 * RRSIGs whose RRset is elsewhere in the file are not checked.
 */
#include <stdlib.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"
#include "dnssec_example.h"

#define MAX_TYPES 64 /* kept per owner */
#define MAX_SIGS 64

struct sig {
	uint16_t type;       /* covered */
	uint32_t orig;       /* Original TTL */
	struct zl_loc loc;
};

struct state {
	const struct zl_name *owner;     /* the current owner */
	uint16_t type[MAX_TYPES];
	uint32_t ttl[MAX_TYPES];
	size_t ntypes;
	struct sig sig[MAX_SIGS];
	size_t nsigs;
};

static void
settle(struct zl_ctx *ctx, struct state *st)
{
	for (size_t i = 0; i < st->nsigs; i++)
		for (size_t k = 0; k < st->ntypes; k++) {
			if (st->type[k] != st->sig[i].type)
				continue;
			if (st->ttl[k] != st->sig[i].orig) {
				char *ty = zl_type_str((ldns_rr_type)st->sig[i].type);
				zl_report(ctx, st->sig[i].loc, "Original TTL %u, but the "
				    "%s RRset it covers has TTL %u: the TTL was changed "
				    "after signing, and validators hand out at most %u",
				    st->sig[i].orig, ty, st->ttl[k], st->sig[i].orig);
				free(ty);
			}
			break;
		}
	st->ntypes = st->nsigs = 0;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (rec->name != st->owner) {
		settle(ctx, st);
		st->owner = rec->name;
	}
	ldns_rr_type t = ldns_rr_get_type(rec->rr);
	if (t == LDNS_RR_TYPE_RRSIG) {
		if (ldns_rr_rd_count(rec->rr) >= 4 && st->nsigs < MAX_SIGS)
			st->sig[st->nsigs++] = (struct sig){
			    (uint16_t)ldns_rdf2rr_type(ldns_rr_rdf(rec->rr, 0)),
			    ldns_rdf2native_int32(ldns_rr_rdf(rec->rr, 3)),
			    rec->rdata_count > 3 ? (struct zl_loc){rec->loc.file,
			    rec->rdata[3].line, rec->rdata[3].col} : rec->loc};
		return;
	}
	for (size_t k = 0; k < st->ntypes; k++)
		if (st->type[k] == (uint16_t)t)
			return; /* the RRset's first record gives its TTL */
	if (st->ntypes < MAX_TYPES) {
		st->type[st->ntypes] = (uint16_t)t;
		st->ttl[st->ntypes++] = ldns_rr_ttl(rec->rr);
	}
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	settle(ctx, st);
	st->owner = NULL;
}

const struct zl_rule rule_dnssec_rrsig_ttl = {
	.id = "dnssec-rrsig-ttl",
	.severity = ZL_ERROR,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "RRSIG whose Original TTL is not its RRset's TTL",
	.why =
	    "An RRSIG's Original TTL field must be the TTL of the RRset it\n"
	    "covers (RFC 4034 3.1.4).  When they differ, the TTL was edited in\n"
	    "the signed zone without signing it again.  The signature still\n"
	    "verifies, since validators rebuild the signed data with the\n"
	    "Original TTL (RFC 4035 5.3.2), but they cap the TTL they hand out\n"
	    "at it (5.3.3), so a longer TTL does not take effect where it\n"
	    "counts; and an edit that changes the data as well breaks the\n"
	    "signature (dnssec-rrsig-verify).  kzonecheck refuses such a zone;\n"
	    "ldns-verify-zone verifies it.",
	.bad =
	    DNSSEC_EXAMPLE_APEX
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       wajaFycJ2Fq7ATZDClYDbvEncunPT61uoKvksxGZxWVR\n"
	    "       HW27MK+moPz+seJ3c+Dfg19dn2gvupVRMGd9YtW3xA== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n"
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Sign the zone again after changing TTLs, and change TTLs in the\n"
	    "unsigned source, not in the signed output.",
	.refs = "RFC 4034 section 3.1.4; RFC 4035 section 5.3.2",
};
