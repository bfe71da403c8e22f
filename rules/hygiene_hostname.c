/*
 * hygiene-hostname: names that must be host names are not.
 *
 * The owners of A and AAAA records, the targets of NS, MX, SRV, SVCB and
 * HTTPS records and the SOA MNAME are host names (RFC 952, RFC 1123
 * 2.1): letters, digits and hyphens, no label starting or ending with a
 * hyphen.  So are the targets of PTR records in reverse zones, but for
 * DNS-SD's browse names (b._dns-sd._udp and the like), whose PTRs name
 * domains: BIND's check-names checks just these (rules/hostname.c).
 * Two characters are other rules' business, so that each finding is
 * made once: an underscore (hygiene-hostname-underscore, a warning, as
 * Active Directory writes them), but for one in the first label of an
 * SVCB or HTTPS target, the host clients connect to, which BIND's own
 * tests refuse and is an error here; and a '*' in an owner, which is a
 * wildcard or a literal '*' (hygiene-wildcard-literal).  A '*' in a
 * target is reported here: a target names one host.
 */
#include "hostname.h"

/* The octets of a host name: letters, digits and '-'. */
static const uint8_t host_octet[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Why name is no host name, into why; false when it is one. */
static bool
bad_name(const ldns_rdf *name, bool owner, bool svcb, char *why,
    size_t whysize)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t size = ldns_rdf_size(name);
	for (size_t off = 0, label = 0; off < size && w[off]; label++) {
		size_t n = w[off];
		const uint8_t *l = w + off + 1;
		off += n + 1;
		for (size_t i = 0; i < n; i++) {
			uint8_t c = l[i];
			if (host_octet[c])
				continue; /* most octets: one load */
			bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || c == '-' ||
			    (c == '_' && !(svcb && label == 0)) ||
			    (c == '*' && owner);
			if (!ok && c == '*') {
				snprintf(why, whysize, "a '*', a wildcard only in an "
				    "owner: a target names one host");
				return true;
			}
			if (!ok) {
				snprintf(why, whysize, (c > 32 && c < 127) ?
				    "the character '%c'" : "the octet \\%03u", c);
				return true;
			}
		}
		if (l[0] == '-' || l[n - 1] == '-') {
			snprintf(why, whysize, "a label %s with a hyphen",
			    l[0] == '-' ? "starting" : "ending");
			return true;
		}
	}
	return false;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct zl_hostname_field f;
	char why[96];
	if (!zl_hostname_field(rec, &f) || !bad_name(f.name, f.owner, f.svcb,
	    why, sizeof why))
		return;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, f.at, "%s %s is not a valid host name: it has %s", f.role,
	    zl_dname_str(f.name, n, sizeof n), why);
}

const struct zl_rule rule_hygiene_hostname = {
	.id = "hygiene-hostname",
	.severity = ZL_ERROR,
	.types = ZL_HOSTNAME_TYPES,
	.on_record = on_record,
	.summary = "invalid host name",
	.why =
	    "Hosts are named with letters, digits and hyphens, and no label\n"
	    "starts or ends with a hyphen (RFC 952, RFC 1123 2.1).  The owner of\n"
	    "an address record, the targets of NS, MX, SRV, SVCB and HTTPS\n"
	    "records and the SOA MNAME are host names: mail servers, resolvers\n"
	    "and clients reject others, and BIND's named refuses such a primary\n"
	    "zone (check-names fail, its default; named-checkzone only warns\n"
	    "unless given -k fail).  So are the targets of PTR records in\n"
	    "reverse zones, but for those at DNS-SD browse names\n"
	    "(b._dns-sd._udp), which name domains; a PTR's owner need not be a\n"
	    "host name.  An underscore is reported by hygiene-hostname-underscore\n"
	    "(a warning: Active Directory writes them), but for one beginning the\n"
	    "host an SVCB or HTTPS record sends clients to, reported here; a '*'\n"
	    "in an owner by hygiene-wildcard-literal.  A '*' in a target is\n"
	    "reported here, as a wildcard is one only in an owner and a target\n"
	    "names one host.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "web/1  IN  A    192.0.2.10\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "web-1  IN  A    192.0.2.10\n",
	.fix =
	    "Rename the host with letters, digits and hyphens only, and update\n"
	    "every record that names it.",
	.refs = "RFC 952; RFC 1123 section 2.1; RFC 2181 section 11; BIND 9 ARM,\n"
	    "check-names",
};
