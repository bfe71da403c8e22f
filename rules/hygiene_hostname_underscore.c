/*
 * hygiene-hostname-underscore: an underscore in a name that must be a
 * host name.
 *
 * The fields are hygiene-hostname's (rules/hostname.c).  Active Directory
 * writes underscores in service owners (_ldap._tcp, _kerberos._udp,
 * _msdcs), which are no host names and not checked; its one address
 * record under an underscore, gc._msdcs.FOREST (the global catalogue
 * servers), is accepted as BIND's check-names accepts it.  A name with
 * no underscore costs one memchr.
 */
#include <string.h>

#include "hostname.h"

/* Whether name is gc._msdcs.X, Active Directory's global catalogue. */
static bool
global_catalogue(const ldns_rdf *name)
{
	ldns_rdf up = zl_dname_suffix(name, 1);
	if (!zl_dname_first_label_is(name, "gc") ||
	    !zl_dname_first_label_is(&up, "_msdcs"))
		return false;
	ldns_rdf forest = zl_dname_suffix(name, 2);
	return memchr(ldns_rdf_data(&forest), '_', ldns_rdf_size(&forest)) ==
	    NULL;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct zl_hostname_field f;
	if (!zl_hostname_field(rec, &f) ||
	    memchr(ldns_rdf_data(f.name), '_', ldns_rdf_size(f.name)) == NULL)
		return;
	if ((f.owner && global_catalogue(f.name)) ||
	    zl_hostname_svcb_underscore(&f))
		return; /* AD's global catalogue; hygiene-hostname's error */
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, f.at, "%s %s has an underscore, which no host name has",
	    f.role, zl_dname_str(f.name, n, sizeof n));
}

const struct zl_rule rule_hygiene_hostname_underscore = {
	.id = "hygiene-hostname-underscore",
	.severity = ZL_WARNING,
	.types = ZL_HOSTNAME_TYPES,
	.on_record = on_record,
	.summary = "underscore in a host name",
	.why =
	    "Host names are letters, digits and hyphens (RFC 952, RFC 1123\n"
	    "2.1); the underscore is kept for names that are not hosts: service\n"
	    "labels (_ldap._tcp, RFC 2782), _dmarc, _domainkey (RFC 8552).\n"
	    "Active Directory writes such owners (_ldap._tcp.dc._msdcs, _kerberos)\n"
	    "and they are fine.  But the owner of an address record, the target\n"
	    "of NS, MX, SRV, SVCB and HTTPS records, the SOA MNAME and a PTR\n"
	    "target in a reverse zone name a host, and a host with an underscore\n"
	    "(web_1, mail_1) is one that some resolvers, mail servers and TLS\n"
	    "certificates refuse.  BIND's named refuses such a zone as a primary\n"
	    "(check-names fail, its default; named-checkzone reports it as\n"
	    "'bad owner name (check-names)' and refuses it with -k fail), so a\n"
	    "zone moved from Windows DNS to BIND stops loading.  A warning, not\n"
	    "an error as for other characters, since Windows DNS and most\n"
	    "software accept it.  Active Directory's gc._msdcs.FOREST address\n"
	    "records (global catalogue servers) are accepted, as BIND accepts them.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "web_1  IN  A    192.0.2.10\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@                 IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                 IN  NS   ns1\n"
	    "ns1               IN  A    192.0.2.1\n"
	    "web-1             IN  A    192.0.2.10\n"
	    "_ldap._tcp        IN  SRV  0 100 389 web-1.example.com.\n"
	    "gc._msdcs         IN  A    192.0.2.10\n",
	.fix =
	    "Rename the host with a hyphen for the underscore (web-1), and update\n"
	    "every record that names it; in Windows DNS, add the new record\n"
	    "before removing the old one:\n"
	    "  dnscmd . /recordadd example.com web-1 A 192.0.2.10",
	.refs = "RFC 952; RFC 1123 section 2.1; RFC 2782; RFC 8552; BIND 9 ARM, "
	    "check-names",
};
