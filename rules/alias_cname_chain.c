/*
 * alias-cname-chain: a chain of more than ALIAS_CHAIN_MAX CNAMEs,
 * followed through every loaded zone of one view (alias.c does the
 * work).  Each chain is reported once, at its first CNAME: one that no
 * other CNAME kept points at.
 */
#include <stdlib.h>

#include "alias.h"

static void
on_run_end(struct zl_ctx *ctx)
{
	const struct alias_list *l = zl_family_state(ctx);
	if (l->depth == NULL) /* no link kept */
		return;
	bool *led = zl_alloc(l->count, sizeof *led); /* some CNAME leads here */
	for (size_t i = 0; i < l->count; i++)
		if (l->next[i] < l->count)
			led[l->next[i]] = true;
	char d[6 * (LDNS_MAX_DOMAINLEN * 4 + 6)];
	for (size_t i = 0; i < l->count; i++) {
		uint32_t n = l->depth[i];
		if (led[i] || n <= ALIAS_CHAIN_MAX || n == UINT32_MAX)
			continue; /* inside a chain, short, or a loop's */
		alias_describe(ctx, l, i, d, sizeof d);
		zl_report(ctx, alias_loc(&l->v[i]), "%u aliases one after another (%s); "
		    "resolvers that follow at most %d answer SERVFAIL, and each "
		    "one is another lookup", (unsigned)n, d, ALIAS_CHAIN_MAX);
	}
	free(led);
}

const struct zl_rule rule_alias_cname_chain = {
	.id = "alias-cname-chain",
	.severity = ZL_WARNING,
	.family = &alias_family,
	.on_run_end = on_run_end,
	.summary = "CNAME chain longer than resolvers follow",
	.why =
	    "A resolver that meets a CNAME starts the question again at its\n"
	    "target (RFC 1034 section 3.6.2), and it restarts only so many times\n"
	    "for one question: Unbound up to 1.13 gave up after 8 CNAMEs (its\n"
	    "hard-coded MAX_RESTART_COUNT; later versions allow a few more), and\n"
	    "other resolvers and stub libraries have limits of their own.  Past\n"
	    "the limit the answer is SERVFAIL, and before it every link is\n"
	    "another lookup.  RFC 1034 advises against chains; CDNs build a few\n"
	    "links, which is fine.  The chain is followed through every loaded\n"
	    "zone of the same view (an internal zone's CNAMEs through the\n"
	    "internal zones of the same DNS server), through DNAMEs too (RFC\n"
	    "6672: each rewrite is one more restart); a chain of more than 8\n"
	    "aliases is reported once, at its first CNAME.",
	.exceptions =
	    "Chains through names a wildcard answers or out of the loaded zones\n"
	    "are counted only as far as the loaded zones' own CNAMEs and DNAMEs\n"
	    "go.  A chain that ends in a loop is alias-cname-loop's.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "a1      IN CNAME a2\n"
	    "a2      IN CNAME a3\n"
	    "a3      IN CNAME a4\n"
	    "a4      IN CNAME a5\n"
	    "a5      IN CNAME a6\n"
	    "a6      IN CNAME a7\n"
	    "a7      IN CNAME a8\n"
	    "a8      IN CNAME a9\n"
	    "a9      IN CNAME www\n"
	    "www     IN A     192.0.2.80\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "a1      IN CNAME www\n"
	    "a2      IN CNAME www\n"
	    "a3      IN CNAME a2\n"
	    "www     IN A     192.0.2.80\n",
	.fix =
	    "Point the first CNAMEs straight at the name at the end of the chain\n"
	    "(or at one near it), so that no lookup goes through more than a\n"
	    "few aliases:\n"
	    "  a1  IN  CNAME  www",
	.refs = "RFC 1034 sections 3.6.2 and 5.2.2; RFC 2181 section 10.1; "
	    "Unbound issue 438 (MAX_RESTART_COUNT)",
};
