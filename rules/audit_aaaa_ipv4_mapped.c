/*
 * audit-aaaa-ipv4-mapped: an AAAA record holding an IPv4-mapped address
 * (::ffff:192.0.2.1).  Such addresses stand for IPv4 peers inside one
 * host's IPv6 sockets (RFC 4291 2.5.5.2); on the wire they reach nobody.
 */
#include <string.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	static const uint8_t mapped[12] = {[10] = 0xff, [11] = 0xff};
	const ldns_rdf *f = ldns_rr_rd_count(rec->rr) ? ldns_rr_rdf(rec->rr, 0)
	    : NULL;
	if (f == NULL || ldns_rdf_size(f) != 16 ||
	    memcmp(ldns_rdf_data(f), mapped, sizeof mapped) != 0)
		return;
	const uint8_t *a = ldns_rdf_data(f) + 12;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 0)
		at = (struct zl_loc){rec->loc.file, rec->rdata[0].line,
		    rec->rdata[0].col};
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, at, "%s has ::ffff:%u.%u.%u.%u, an IPv4 address mapped "
	    "into IPv6: no IPv6 packet reaches it; publish A %u.%u.%u.%u "
	    "instead", zl_dname_str(ldns_rr_owner(rec->rr), n, sizeof n), a[0],
	    a[1], a[2], a[3], a[0], a[1], a[2], a[3]);
}

const struct zl_rule rule_audit_aaaa_ipv4_mapped = {
	.id = "audit-aaaa-ipv4-mapped",
	.severity = ZL_WARNING,
	.types = ZL_T_AAAA,
	.on_record = on_record,
	.summary = "AAAA record with an IPv4-mapped address",
	.why =
	    "Addresses of the form ::ffff:a.b.c.d (RFC 4291 section 2.5.5.2)\n"
	    "represent an IPv4 peer inside a host's own IPv6 socket interface;\n"
	    "they are never routed.  Published in an AAAA record, they make\n"
	    "IPv6 clients try an address no packet reaches, before they fall\n"
	    "back to IPv4, or fail.  It is usually a tool that wrote an IPv4\n"
	    "address into an IPv6 field.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS   ns1\n"
	    "ns1  IN A    192.0.2.1\n"
	    "www  IN AAAA ::ffff:192.0.2.80\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS   ns1\n"
	    "ns1  IN A    192.0.2.1\n"
	    "www  IN A    192.0.2.80\n"
	    "www  IN AAAA 2001:db8::80\n",
	.fix =
	    "Publish the IPv4 address as an A record, and an AAAA record only\n"
	    "for a real IPv6 address of the host.",
	.refs = "RFC 4291 section 2.5.5.2; RFC 3596",
};
