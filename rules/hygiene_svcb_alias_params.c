/*
 * hygiene-svcb-alias-params: an SVCB or HTTPS record in AliasMode
 * (priority 0) should carry no SvcParams (RFC 9460 2.4.2): clients
 * ignore them, so whatever they were meant to say is lost.
 */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 3 ||
	    ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 0)) != 0 ||
	    ldns_rdf_size(ldns_rr_rdf(rec->rr, 2)) == 0)
		return;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 2)
		at = (struct zl_loc){rec->loc.file, rec->rdata[2].line,
		    rec->rdata[2].col};
	zl_report(ctx, at, "priority 0 makes this an alias, whose parameters "
	    "clients ignore; give them to the target's own records");
}

const struct zl_rule rule_hygiene_svcb_alias_params = {
	.id = "hygiene-svcb-alias-params",
	.severity = ZL_WARNING,
	.types = ZL_T_SVCB | ZL_T_HTTPS,
	.on_record = on_record,
	.summary = "SVCB or HTTPS alias with parameters clients ignore",
	.why =
	    "An SVCB or HTTPS record with priority 0 is an alias: it only points\n"
	    "clients to another name, whose own records say how to connect.\n"
	    "RFC 9460 says such a record should carry no parameters and clients\n"
	    "must ignore any it has, so an alpn, port or hint written there does\n"
	    "nothing; usually the priority was meant to be 1.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "@    IN  HTTPS  0 cdn.example.net. alpn=h2,h3\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "@    IN  HTTPS  0 cdn.example.net.\n",
	.fix =
	    "Drop the parameters from the alias, or make it a ServiceMode\n"
	    "record (priority 1 or more) if it is meant to carry them.",
	.refs = "RFC 9460 section 2.4.2",
};
