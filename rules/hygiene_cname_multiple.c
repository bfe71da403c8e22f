/* hygiene-cname-multiple: one CNAME per name. */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!(rec->name_types_before & ZL_T_CNAME))
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	/* the first record there: a CNAME, since CNAME and other data at one
	 * name is hygiene-cname-and-other-data's finding */
	zl_report(ctx, rec->loc, "%s already has a CNAME (line %u)",
	    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o),
	    rec->name->first.line);
}

const struct zl_rule rule_hygiene_cname_multiple = {
	.id = "hygiene-cname-multiple",
	.severity = ZL_ERROR,
	.types = ZL_T_CNAME,
	.on_record = on_record,
	.summary = "more than one CNAME at a name",
	.why =
	    "A name is an alias for exactly one other name: a second CNAME\n"
	    "makes the answer depend on the server (RFC 2181 10.1), and Knot\n"
	    "and NSD refuse the zone.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "www  IN  CNAME  web1.example.net.\n"
	    "www  IN  CNAME  web2.example.net.\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "www  IN  CNAME  web1.example.net.\n",
	.fix =
	    "Keep one CNAME.  To spread load over several hosts, use several A\n"
	    "and AAAA records at the name instead.",
	.refs = "RFC 1034 section 3.6.2; RFC 2181 section 10.1",
};
