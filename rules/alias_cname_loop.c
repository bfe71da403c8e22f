/*
 * alias-cname-loop: CNAMEs that lead back to themselves, followed
 * through every loaded zone of one view (alias.c does the work).  Each
 * loop is reported once, at its CNAME written first.
 */
#include "alias.h"

static void
report_loop(struct zl_ctx *ctx, const struct alias_list *l, size_t i)
{
	char d[6 * (LDNS_MAX_DOMAINLEN * 4 + 6)];
	alias_describe(ctx, l, i, d, sizeof d);
	zl_report(ctx, alias_loc(&l->v[i]), "%s: a resolver follows it until it gives "
	    "up, and every lookup of these names fails (SERVFAIL)", d);
}

static void
on_run_end(struct zl_ctx *ctx)
{
	const struct alias_list *l = zl_family_state(ctx);
	for (size_t k = 0; k < l->nloops; k++) /* at most one per link */
		report_loop(ctx, l, l->loops[k]);
}

const struct zl_rule rule_alias_cname_loop = {
	.id = "alias-cname-loop",
	.severity = ZL_ERROR,
	.family = &alias_family,
	.on_run_end = on_run_end,
	.summary = "CNAME loop",
	.why =
	    "A resolver that meets a CNAME starts the question again at its\n"
	    "target (RFC 1034 section 3.6.2).  When the targets lead back to a\n"
	    "name already on the way (a -> b -> a, or a CNAME to itself), the\n"
	    "question never ends: resolvers stop after a few restarts and answer\n"
	    "SERVFAIL, and every name on the loop is unreachable.  RFC 1034 asks\n"
	    "that such loops be caught.  BIND, Knot and NSD load the zone: the\n"
	    "loop only shows when a name is looked up.  The chain is followed\n"
	    "through every loaded zone of the same view (an internal zone's\n"
	    "CNAMEs through the internal zones of the same DNS server) and\n"
	    "through DNAMEs (RFC 6672), as a resolver of that view would; a\n"
	    "loop is reported once, at its CNAME\n"
	    "written first, and the message names the names on it.",
	.exceptions =
	    "Wildcard CNAMEs and names a wildcard answers are not followed\n"
	    "(alias-wildcard-loop reports a wildcard CNAME that answers its own\n"
	    "target), nor names no loaded zone answers for.  CNAMEs that only\n"
	    "lead into a loop are not reported apart from it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "www     IN CNAME web\n"
	    "web     IN CNAME www\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "www     IN CNAME web\n"
	    "web     IN A     192.0.2.80\n",
	.fix =
	    "Point one CNAME of the loop at the name that has the address, or\n"
	    "give the name its own A and AAAA records instead of the CNAME:\n"
	    "  web  IN  A  192.0.2.80",
	.refs = "RFC 1034 sections 3.6.2 and 5.3.3; RFC 2181 section 10.1; "
	    "RFC 6672 section 2.2",
};
