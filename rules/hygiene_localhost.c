/*
 * hygiene-localhost: localhost.DOMAIN with a loopback address in a public
 * zone (RFC 1912 2.1 style).  Not a leak: every host has the address.
 * But a name under the domain that points to the visitor's own machine
 * lets a local service share the domain's cookies and origin
 * ("same-site scripting"), so public zones are better without it.
 * leak-private-address leaves exactly these records to this rule.
 */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL ||
	    !zl_is_localhost_record(rec->rr))
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s points to the loopback address: any page "
	    "served from the visitor's own machine shares the domain's cookies",
	    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o));
}

const struct zl_rule rule_hygiene_localhost = {
	.id = "hygiene-localhost",
	.severity = ZL_NOTE,
	.types = ZL_T_A | ZL_T_AAAA,
	.on_record = on_record,
	.summary = "localhost under a public domain",
	.why =
	    "Old zone templates (RFC 1912 2.1) give every domain a\n"
	    "localhost.DOMAIN record with 127.0.0.1 or ::1.  It leaks nothing,\n"
	    "since every host has that address, but in a public zone it makes a\n"
	    "name of the domain point at the visitor's own machine: a service\n"
	    "listening there is then same-site with the domain, can read and\n"
	    "set its cookies, and a page on it is trusted as the domain's\n"
	    "(\"same-site scripting\").  Nothing needs the record: a host finds\n"
	    "itself as localhost, which resolvers answer on their own (RFC 6761\n"
	    "6.3).  Other loopback records are leak-private-address warnings.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@          IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN  NS   ns1\n"
	    "ns1        IN  A    192.0.2.1\n"
	    "localhost  IN  A    127.0.0.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  A    203.0.113.10\n",
	.fix =
	    "Delete the record from the public zone:\n"
	    "  dnscmd ns1 /recorddelete example.com localhost A /f\n"
	    "In a BIND zone file, remove the localhost line.",
	.refs = "RFC 1912 section 2.1; RFC 6761 section 6.3; Tavis Ormandy, "
	    "\"Common DNS Misconfiguration Can Lead To 'Same Site' Scripting\" "
	    "(Bugtraq, January 2008)",
};
