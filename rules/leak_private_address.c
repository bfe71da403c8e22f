/*
 * leak-private-address: addresses from the special-purpose registries in
 * a public zone.  The ranges are data (sip_data.c), parsed once.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sip.h"

struct range {
	uint8_t prefix[16];
	unsigned bits;
	uint8_t first_mask; /* the prefix's bits in the first octet */
	bool v6;
	const struct addr_range *def;
};

struct state {
	struct range ranges[32];
	size_t count;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < special_range_count && st->count < 32; i++) {
		char text[64];
		snprintf(text, sizeof text, "%s", special_ranges[i].prefix);
		char *slash = strchr(text, '/');
		if (slash == NULL)
			continue;
		*slash = '\0';
		struct range *r = &st->ranges[st->count];
		r->v6 = strchr(text, ':') != NULL;
		r->bits = (unsigned)atoi(slash + 1);
		r->first_mask = r->bits >= 8 ? 0xff :
		    (uint8_t)(0xff << (8 - r->bits));
		r->def = &special_ranges[i];
		if (inet_pton(r->v6 ? AF_INET6 : AF_INET, text, r->prefix) == 1)
			st->count++;
	}
}

static bool
matches(const struct range *r, const uint8_t *addr)
{
	/* most addresses differ from most ranges in the first octet */
	if ((addr[0] ^ r->prefix[0]) & r->first_mask)
		return false;
	unsigned full = r->bits / 8, rest = r->bits % 8;
	if (memcmp(addr, r->prefix, full) != 0)
		return false;
	if (rest == 0)
		return true;
	uint8_t mask = (uint8_t)(0xff << (8 - rest));
	return (addr[full] & mask) == (r->prefix[full] & mask);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL || rec->proxied ||
	    ldns_rr_rd_count(rec->rr) < 1 || zl_is_localhost_record(rec->rr))
		return; /* localhost.DOMAIN is hygiene-localhost's; a proxied
		         * record's address is Cloudflare's to the world */
	struct state *st = zl_state(ctx);
	const ldns_rdf *a = ldns_rr_rdf(rec->rr, 0);
	bool v6 = ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_AAAA;
	if (ldns_rdf_size(a) != (v6 ? 16u : 4u))
		return;
	const struct zl_options *opt = zl_options(ctx);
	for (size_t i = 0; i < st->count; i++) {
		const struct range *r = &st->ranges[i];
		if (r->v6 != v6 || (r->def->documentation &&
		    !opt->private_include_documentation) ||
		    !matches(r, ldns_rdf_data(a)))
			continue;
		char text[INET6_ADDRSTRLEN], o[LDNS_MAX_DOMAINLEN * 4 + 2];
		inet_ntop(v6 ? AF_INET6 : AF_INET, ldns_rdf_data(a), text, sizeof text);
		struct zl_loc at = rec->loc;
		if (rec->rdata_count > 0)
			at = (struct zl_loc){rec->loc.file, rec->rdata[0].line,
			    rec->rdata[0].col};
		zl_report_remove(ctx, zl_report(ctx, at, "%s has %s, %s, from %s",
		    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o), text,
		    r->def->what, r->def->prefix), rec);
		return;
	}
}

const struct zl_rule rule_leak_private_address = {
	.id = "leak-private-address",
	.severity = ZL_WARNING,
	.types = ZL_T_A | ZL_T_AAAA,
	.state_size = sizeof(struct state),
	.on_run_start = on_run_start,
	.on_record = on_record,
	.summary = "private address in a public zone",
	.why =
	    "Addresses from the special-purpose registries (RFC 1918 private\n"
	    "space, RFC 6598 shared carrier NAT space, 0.0.0.0/8, loopback, IPv4\n"
	    "and IPv6 link-local, RFC 4193 unique local, the unspecified address)\n"
	    "cannot be reached from the Internet.  In a public zone they make\n"
	    "clients outside try to connect to a host on their own network, and\n"
	    "they map the internal network for anyone who asks.",
	.exceptions =
	    "Documentation ranges (192.0.2.0/24, 198.51.100.0/24,\n"
	    "203.0.113.0/24, 2001:db8::/32) count as public unless\n"
	    "--private-include-documentation is given, so that examples read\n"
	    "naturally.  localhost.DOMAIN with a loopback address leaks nothing\n"
	    "and is left to hygiene-localhost.  Nor is a record Cloudflare's\n"
	    "export marks proxied (cf-proxied:true): its address is the origin\n"
	    "server's, and resolvers get Cloudflare's (input-provider-record\n"
	    "notes them).",
	.bad =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@         IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN  NS   ns1\n"
	    "ns1       IN  A    192.0.2.1\n"
	    "intranet  IN  A    10.20.30.40\n",
	.good =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@         IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN  NS   ns1\n"
	    "ns1       IN  A    192.0.2.1\n"
	    "intranet  IN  A    203.0.113.40\n",
	.fix =
	    "Publish the host's public address, or remove the record from the\n"
	    "public zone and keep it in internal DNS (split-brain or a pinpoint\n"
	    "zone):\n"
	    "  dnscmd ns1 /recorddelete contoso.com intranet A /f\n"
	    "  dnscmd ns1 /recordadd contoso.com intranet A 203.0.113.40\n"
	    "In a BIND zone file:\n"
	    "  intranet  IN  A  203.0.113.40",
	.refs = "RFC 6890 and the IANA special-purpose address registries; "
	    "RFC 1918; RFC 6598; RFC 4193; RFC 3927",
};
