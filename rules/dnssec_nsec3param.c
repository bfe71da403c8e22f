/*
 * dnssec-nsec3param: the NSEC3PARAM record, which tells secondaries and
 * signers how the zone's NSEC3 chain is hashed, has hash algorithm 1 (the
 * only one assigned) and flags 0 (RFC 5155 4.1).
 */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 2)
		return;
	uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 0));
	uint8_t flags = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 1));
	size_t field = alg != 1 ? 0 : 1;
	if (alg == 1 && flags == 0)
		return;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > field)
		at = (struct zl_loc){rec->loc.file, rec->rdata[field].line,
		    rec->rdata[field].col};
	if (alg != 1)
		zl_report(ctx, at, "hash algorithm %u: only 1 (SHA-1) is defined, "
		    "so no NSEC3 chain can match this NSEC3PARAM", alg);
	else
		zl_report(ctx, at, "flags %u: NSEC3PARAM flags must be 0 (opt-out "
		    "is set in the NSEC3 records, not here)", flags);
}

const struct zl_rule rule_dnssec_nsec3param = {
	.id = "dnssec-nsec3param",
	.severity = ZL_ERROR,
	.types = ZL_T_NSEC3PARAM,
	.on_record = on_record,
	.summary = "NSEC3PARAM with an unknown hash algorithm or flags set",
	.why =
	    "The apex NSEC3PARAM tells secondaries and signers which NSEC3 chain\n"
	    "the zone uses.  Its hash algorithm must be 1 (SHA-1, the only one\n"
	    "defined) and its flags 0: the opt-out flag belongs in the NSEC3\n"
	    "records, and the other bits are reserved.  Servers that find\n"
	    "otherwise cannot match the chain and serve no proof of\n"
	    "non-existence, or refuse the zone.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN NSEC3PARAM 1 1 0 -\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN NSEC3PARAM 1 0 0 -\n",
	.fix =
	    "Re-sign with NSEC3 parameters the signer sets itself (RFC 9276:\n"
	    "algorithm 1, flags 0, 0 iterations, no salt), e.g. BIND\n"
	    "nsec3param iterations 0 optout no salt-length 0;",
	.refs = "RFC 5155 section 4.1; RFC 9276",
};
