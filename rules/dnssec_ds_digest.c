/*
 * dnssec-ds-digest: a DS or CDS digest of an unassigned type, or of the
 * wrong length for its type.  CDS "0 0 0 00" asks the parent to delete
 * the DS (RFC 8078 4) and is fine.
 */
#include "../src/zonelint.h"

/* Digest lengths by type: 1 SHA-1 (RFC 4034), 2 SHA-256 (RFC 4509),
 * 3 GOST R 34.11-94 (RFC 5933), 4 SHA-384 (RFC 6605). */
static const size_t digest_length[] = {0, 20, 32, 32, 48};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 4)
		return;
	uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 1));
	uint8_t type = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2));
	size_t len = ldns_rdf_size(ldns_rr_rdf(rec->rr, 3));
	bool cds = ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_CDS;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 2)
		at = (struct zl_loc){rec->loc.file, rec->rdata[2].line,
		    rec->rdata[2].col};
	if (cds && alg == 0 && type == 0)
		return; /* the delete request */
	if (type == 0 || type >= sizeof digest_length / sizeof *digest_length)
		zl_report(ctx, at, "digest type %u is not an assigned DS digest "
		    "type (1 SHA-1, 2 SHA-256, 3 GOST, 4 SHA-384)", type);
	else if (len != digest_length[type])
		zl_report(ctx, at, "a digest of type %u has %zu octets, not %zu",
		    type, len, digest_length[type]);
}

const struct zl_rule rule_dnssec_ds_digest = {
	.id = "dnssec-ds-digest",
	.severity = ZL_ERROR,
	.types = ZL_T_DS | ZL_T_CDS,
	.on_record = on_record,
	.summary = "DS digest of a wrong type or length",
	.why =
	    "A DS record carries a digest of the child's key: validators compare\n"
	    "it with the key's hash of the given type.  An unassigned digest type\n"
	    "(0 is reserved) or a digest of the wrong length for its type can\n"
	    "never match, so the DS secures nothing, and if it is the only DS the\n"
	    "child cannot be validated.  Usually a copy and paste gone wrong.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "child  IN NS  ns1\n"
	    "child  IN DS  60485 13 2 c584e6295950fa2ff90f9229a1da2efd3cc98cec\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "child  IN NS  ns1\n"
	    "child  IN DS  60485 13 1 c584e6295950fa2ff90f9229a1da2efd3cc98cec\n",
	.fix =
	    "Regenerate the DS from the child's key, e.g. with\n"
	    "  ldns-key2ds -2 Kchild.example.com.+013+60485.key\n"
	    "or dnssec-dsfromkey -2, and paste it whole.",
	.refs = "RFC 4034 section 5; RFC 4509; RFC 5933; RFC 6605; RFC 8078 "
	    "section 4 (CDS delete)",
};
