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
	    "records, and the other bits are reserved.  RFC 5155 has an\n"
	    "NSEC3PARAM whose flags are not 0 ignored (4.1.2), and an unknown\n"
	    "algorithm names no chain, so a secondary or signer that takes the\n"
	    "chain's parameters from it finds none.  named-checkzone, kzonecheck\n"
	    "and nsd-checkzone load such a zone without a word; validns reports\n"
	    "it.",
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
	.refs = "RFC 5155 sections 4.1 and 7.3; RFC 9276; BIND 9 ARM, dnssec-policy\n"
	    "(nsec3param)",
};
