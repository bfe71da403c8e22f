/* dnssec-rrsig-signer: an RRSIG's signer must be the zone's apex. */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *signer = ldns_rr_rdf(rec->rr, 7);
	if (signer == NULL || rec->zone->origin == NULL ||
	    zl_dname_eq(signer, rec->zone->origin))
		return;
	char s[LDNS_MAX_DOMAINLEN * 4 + 2];
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 7)
		at = (struct zl_loc){rec->loc.file, rec->rdata[7].line,
		    rec->rdata[7].col};
	zl_report(ctx, at, "signer %s is not the zone's apex %s",
	    zl_dname_str(signer, s, sizeof s), rec->zone->origin_str);
}

const struct zl_rule rule_dnssec_rrsig_signer = {
	.id = "dnssec-rrsig-signer",
	.severity = ZL_ERROR,
	.types = ZL_T_RRSIG,
	.on_record = on_record,
	.summary = "RRSIG signed by another zone",
	.why =
	    "An RRSIG names the zone whose key made it, and for data in this\n"
	    "zone that is the zone's apex (RFC 4035 2.2): validators look for the\n"
	    "key there.  A signature with another signer name, often left over\n"
	    "from a zone that was renamed or merged, fails validation and makes\n"
	    "the data bogus.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "www  IN A      192.0.2.80\n"
	    "www  IN RRSIG  A 13 3 3600 20301231000000 20260101000000 12345 "
	    "example.net. AAAA\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "www  IN A      192.0.2.80\n"
	    "www  IN RRSIG  A 13 3 3600 20301231000000 20260101000000 12345 "
	    "example.com. AAAA\n",
	.fix =
	    "Re-sign the zone with its own keys (ldns-signzone, dnssec-signzone\n"
	    "or the server's automatic signing) and drop signatures copied from\n"
	    "other zones.",
	.refs = "RFC 4035 section 2.2; RFC 4034 section 3.1.7",
};
