/*
 * audit-ptr-owner: a PTR record under in-addr.arpa or ip6.arpa whose
 * owner is not an address written backwards: in in-addr.arpa labels of 0
 * to 255, in ip6.arpa labels of one hex digit.  Too many such labels is
 * left alone: one file often serves 127.in-addr.arpa and the ::1 reverse
 * zone both (FreeBSD's localhost-reverse.db).
 * Resolvers ask for exactly those names, so a PTR elsewhere is never
 * found.  RFC 2317 names (a label with '/' or '-', such as 0/26 or
 * 0-63, for a classless delegation) are left alone, and so are PTRs of
 * DNS-SD and other services (a label with '_') and wildcards.
 */
#include <ctype.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"

/* Whether label (len octets) is a decimal 0 to 255 without a leading 0. */
static bool
is_octet(const uint8_t *l, size_t len)
{
	if (len == 0 || len > 3 || (len > 1 && l[0] == '0'))
		return false;
	unsigned v = 0;
	for (size_t i = 0; i < len; i++) {
		if (!isdigit(l[i]))
			return false;
		v = v * 10 + (unsigned)(l[i] - '0');
	}
	return v <= 255;
}

/* What is wrong with the owner's labels before in-addr.arpa (v4) or
 * ip6.arpa, or NULL. */
static const char *
problem(const ldns_rdf *owner, size_t before, bool v4)
{
	const uint8_t *d = ldns_rdf_data(owner);
	if (d[0] == 1 && d[1] == '*')
		return NULL; /* a wildcard: a PTR for a whole range */
	for (size_t i = 0, off = 0; i < before; i++) { /* <= 127 labels */
		for (size_t k = 1; k <= d[off]; k++)
			if (d[off + k] == '/' || d[off + k] == '-' ||
			    d[off + k] == '_')
				return NULL; /* RFC 2317, or a service's */
		off += 1 + (size_t)d[off];
	}
	size_t off = 0;
	for (size_t i = 0; i < before; i++) {
		const uint8_t *l = d + off + 1;
		size_t len = d[off];
		if (v4 ? !is_octet(l, len) : len != 1 || !isxdigit(l[0]))
			return v4 ? "a label that is not a number from 0 to 255" :
			    "a label that is not one hex digit";
		off += 1 + len;
	}
	return NULL;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	if (!zl_dname_is_reverse(owner))
		return;
	size_t n = zl_dname_labels(owner);
	bool v4 = n >= 2 && zl_dname_in(owner, &(ldns_rdf){._size = 14,
	    ._type = LDNS_RDF_TYPE_DNAME, ._data = (void *)"\7in-addr\4arpa"});
	if (n < 2)
		return;
	const char *why = problem(owner, n - 2, v4);
	if (why == NULL)
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s has %s: it is not an %s address written "
	    "backwards, so no reverse lookup asks for it",
	    zl_dname_str(owner, o, sizeof o), why, v4 ? "IPv4" : "IPv6");
}

const struct zl_rule rule_audit_ptr_owner = {
	.id = "audit-ptr-owner",
	.severity = ZL_WARNING,
	.types = ZL_T_PTR,
	.on_record = on_record,
	.summary = "PTR owner that is not an address",
	.why =
	    "A reverse lookup of 192.0.2.10 asks for 10.2.0.192.in-addr.arpa;\n"
	    "of 2001:db8::1, for the 32 nibbles of the address, last first,\n"
	    "under ip6.arpa (RFC 1035 3.5, RFC 3596 2.5).  A PTR at any other\n"
	    "name under those domains is never asked for: a name written in the\n"
	    "wrong order of labels, with a host name in it, or with a nibble of\n"
	    "two digits.",
	.exceptions =
	    "RFC 2317 names of a classless delegation (0/26, 0-63), PTRs of\n"
	    "services (b._dns-sd._udp) and wildcards are left alone.",
	.bad =
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@         IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300\n"
	    "@         IN NS  ns1.example.com.\n"
	    "10        IN PTR www.example.com.\n"
	    "www       IN PTR www.example.com.\n",
	.good =
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@         IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300\n"
	    "@         IN NS  ns1.example.com.\n"
	    "10        IN PTR www.example.com.\n"
	    "11        IN PTR mail.example.com.\n",
	.fix =
	    "Write the address's labels in reverse order (192.0.2.11 is\n"
	    "11.2.0.192.in-addr.arpa.), or move the record to the forward zone\n"
	    "if it was meant as an alias.",
	.refs = "RFC 1035 section 3.5; RFC 3596 section 2.5; RFC 2317",
};
