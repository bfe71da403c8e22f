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
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       MPmW4/ggVlDRTQbpT5yiOPraHeJEryhz6KBS4Z5QWQ3w\n"
	    "       mSI4R9aVi6WsVCcflvAGszj1BF/g1yjiURtXwvW+yg== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       B8YCgTI93xcETfn6DW/zbC5MbGKkFVFclP1QqoOqH0fO\n"
	    "       EEYYOw0wHxUsu7nrJwGUEED7Y6GhBXZ8vADVPPFVgA== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       cv7NIKHWRw93JqxlnpAVClJumkOibGnkpptrVIE6HiFm\n"
	    "       ecawCe3y/JOITDiz+CbD4XK9QIblaFAAZWbVOoTXpg== )\n"
	    "@    300 IN NSEC child NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       39QTseQmvzpiNcYvXKvj83pPb5O2hlNi4VgLFhPxItev\n"
	    "       D2ucNkYrqPJEZFN4GgYMFUp9dSV8dPeWqhg1hKqYgA== )\n"
	    "child IN NS ns1\n"
	    "child IN DS 10966 13 2 765d48787c153a0ec9638135d5833c7c0dd80bd8\n"
	    "child IN RRSIG DS 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       tEs3qCGS9/2A2jkDqHJ8IGFJcmT9MEgB1KtrE3oFRvRN\n"
	    "       gPHaFnC4XMDb6qfxnH3iquSwyIBP9d9gcp1GSlRiFA== )\n"
	    "child 300 IN NSEC ns1 NS DS RRSIG NSEC\n"
	    "child 300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       umNfS7CTyGazoBiRMxOJJqmLYzfTzB5zWYyGD3JtUqR9\n"
	    "       n+BF2AJQ2Qj5FBljDINho4YVI1AjHKGxtkZGlBGC8Q== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       KHThbAn7ifYL0r1eaa2TEaaMIYUgnHi9iVDRbC4G5GDI\n"
	    "       vDnna39mRBq9L48+98pwoHIwjhz/kTXJWDqELnGtSg== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       TUUX51GR+X4KiFBXyHxV7lNsFDf3QinuGAruyXPjx83U\n"
	    "       hm1NkxBLmw4XYjpYtvl6ZmewGCxFGo6YzLpt3lWXDw== )\n",
	.good =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       MPmW4/ggVlDRTQbpT5yiOPraHeJEryhz6KBS4Z5QWQ3w\n"
	    "       mSI4R9aVi6WsVCcflvAGszj1BF/g1yjiURtXwvW+yg== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       B8YCgTI93xcETfn6DW/zbC5MbGKkFVFclP1QqoOqH0fO\n"
	    "       EEYYOw0wHxUsu7nrJwGUEED7Y6GhBXZ8vADVPPFVgA== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       cv7NIKHWRw93JqxlnpAVClJumkOibGnkpptrVIE6HiFm\n"
	    "       ecawCe3y/JOITDiz+CbD4XK9QIblaFAAZWbVOoTXpg== )\n"
	    "@    300 IN NSEC child NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       39QTseQmvzpiNcYvXKvj83pPb5O2hlNi4VgLFhPxItev\n"
	    "       D2ucNkYrqPJEZFN4GgYMFUp9dSV8dPeWqhg1hKqYgA== )\n"
	    "child IN NS ns1\n"
	    "child IN DS 10966 13 2 (\n"
	    "       df0aef0b30dfcc56dc3df3b5703366eb\n"
	    "       fbb85bf5e9eb575bbc60d9646b967ccc )\n"
	    "child IN RRSIG DS 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       Yzclmm6/ToLYdlIdzBJJFbL+s2z03cw9mtjFUDSU2Rmh\n"
	    "       ycjp+78M5OFQmFn9wB1fbvL/mMj08cwgrduuiHN42w== )\n"
	    "child 300 IN NSEC ns1 NS DS RRSIG NSEC\n"
	    "child 300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       umNfS7CTyGazoBiRMxOJJqmLYzfTzB5zWYyGD3JtUqR9\n"
	    "       n+BF2AJQ2Qj5FBljDINho4YVI1AjHKGxtkZGlBGC8Q== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       KHThbAn7ifYL0r1eaa2TEaaMIYUgnHi9iVDRbC4G5GDI\n"
	    "       vDnna39mRBq9L48+98pwoHIwjhz/kTXJWDqELnGtSg== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       TUUX51GR+X4KiFBXyHxV7lNsFDf3QinuGAruyXPjx83U\n"
	    "       hm1NkxBLmw4XYjpYtvl6ZmewGCxFGo6YzLpt3lWXDw== )\n",
	.fix =
	    "Regenerate the DS from the child's key, e.g. with\n"
	    "  ldns-key2ds -2 Kchild.example.com.+013+10966.key\n"
	    "or dnssec-dsfromkey -2, and paste it whole.",
	.refs = "RFC 4034 section 5; RFC 4509; RFC 5933; RFC 6605; RFC 8078 "
	    "section 4 (CDS delete)",
};
