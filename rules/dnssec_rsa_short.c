/*
 * dnssec-rsa-short: an apex DNSKEY with an RSA modulus shorter than 2048
 * bits.  Keys are few, so each is reported at its record.
 */
#include "../src/zonelint.h"
#include "dnssec.h"

#define MIN_BITS 2048

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || ldns_rr_rd_count(rec->rr) < 4 ||
	    !zl_dname_eq(ldns_rr_owner(rec->rr), apex) ||
	    !dnssec_alg_rsa(ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2))))
		return;
	size_t bits = ldns_rr_dnskey_key_size(rec->rr);
	if (bits == 0 || bits >= MIN_BITS)
		return; /* 0: no key to measure, dnssec-dnskey-params's */
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 3)
		at = (struct zl_loc){rec->loc.file, rec->rdata[3].line,
		    rec->rdata[3].col};
	zl_report(ctx, at, "key tag %u has a %zu-bit RSA modulus, below 2048 "
	    "bits: keys that short can be factored by a well-funded attacker, "
	    "who could then sign anything in the zone", ldns_calc_keytag(rec->rr),
	    bits);
}

const struct zl_rule rule_dnssec_rsa_short = {
	.id = "dnssec-rsa-short",
	.severity = ZL_WARNING,
	.types = ZL_T_DNSKEY,
	.on_record = on_record,
	.summary = "RSA DNSKEY shorter than 2048 bits",
	.why =
	    "A DNSKEY's strength is its modulus for RSA.  1024-bit RSA was the\n"
	    "usual zone-signing key for years, but NIST disallowed it for\n"
	    "signatures after 2013 (SP 800-131A), and the effort to factor one\n"
	    "is within reach of a state or a large botnet: whoever does can\n"
	    "sign any record of the zone.  2048 bits is today's minimum; an\n"
	    "ECDSA P-256 key (algorithm 13) is stronger, and its signatures and\n"
	    "answers are smaller.  It is a policy line, so a warning.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "@    IN DNSKEY 256 3 8 (\n"
	    "       AwEAAcK5wyWOjwn6KhMlfNa9b4/EkqpE5rFDsOiUCw3bKwWXWBJBIdOY\n"
	    "       s2ZVBFgvq9Z0JhktGBDHx3nrqDuYI4CYfjyBVOLxOCXYuS5dY/3HadQS\n"
	    "       0fw4zXb4WxvPLvFTJ9sYsHcyEdSBEs9y8kn1g0BuY1oVuKyPmo9ONwdU\n"
	    "       ZfQk1PAl )\n"
	    "ns1  IN A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       aHVSp3x9BtAQi4ShYs5iXC2PzQsVuI/VrpF/+UpelmGvXkwZ8QEjPSWw\n"
	    "       eYI3SW1BbW4OEJLGhl1Gr7DVE3/+8A== )\n"
	    "ns1  IN A   192.0.2.1\n",
	.fix =
	    "Roll to a 2048-bit RSA key, or better to ECDSA P-256 (algorithm 13),\n"
	    "with the signer's key rollover (dnssec-policy in BIND, knotc, or\n"
	    "Windows DNS's key rollover).",
	.refs = "NIST SP 800-131A Rev. 2 section 3; RFC 8624 section 3.1; "
	    "RFC 6781 section 3.4; BIND 9 ARM, dnssec-policy; Knot DNS reference, policy section\n"
	    "(algorithm, rsa-key-size)",
};
