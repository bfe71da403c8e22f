/*
 * audit-srv-owner: an SRV record whose owner is not _service._proto.name
 * (RFC 2782): clients look SRV records up under that form only, so an
 * SRV elsewhere is never found.  Both first labels must start with an
 * underscore; the protocol is not checked against a list (RFC 6335 lets
 * any be registered).  A DNS-SD service instance
 * (Instance._service._proto.name, RFC 6763 section 4.1) is one, and SIP
 * names gone wrong are left to sip-service-misspelt.
 */
#include "../src/rrname.h"
#include "../src/zonelint.h"

/* Whether the first label, its leading underscores dropped, starts with
 * "sip": a SIP service name, which sip-service-misspelt checks and names
 * the service it meant. */
static bool
sip_like(const ldns_rdf *name)
{
	const uint8_t *d = ldns_rdf_data(name);
	size_t len = ldns_rdf_size(name) ? d[0] : 0, i = 1;
	while (i <= len && d[i] == '_')
		i++;
	return i + 2 <= len && zl_lower(d[i]) == 's' &&
	    zl_lower(d[i + 1]) == 'i' && zl_lower(d[i + 2]) == 'p';
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	if ((zl_dname_label_underscored(owner, 0) &&
	    zl_dname_label_underscored(owner, 1)) ||
	    (zl_dname_label_underscored(owner, 1) &&
	    zl_dname_label_underscored(owner, 2)) || sip_like(owner))
		return; /* _service._proto, a DNS-SD instance, or SIP's */
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex && !zl_dname_in(owner, apex))
		return; /* out of the zone: hygiene-out-of-zone's */
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s is not of the form _service._proto.name "
	    "(such as _sip._tls.example.com.): clients look SRV records up "
	    "under that form only, so this one is never found",
	    zl_dname_str(owner, n, sizeof n));
}

const struct zl_rule rule_audit_srv_owner = {
	.id = "audit-srv-owner",
	.severity = ZL_WARNING,
	.types = ZL_T_SRV,
	.on_record = on_record,
	.summary = "SRV record whose owner is not _service._proto.name",
	.why =
	    "A client that wants a service asks for the SRV records of\n"
	    "_service._proto.domain, e.g. _sip._tls.example.com or\n"
	    "_ldap._tcp.dc._msdcs.example.com (RFC 2782; the underscores keep\n"
	    "these names apart from host names, RFC 8552).  An SRV record at any\n"
	    "other name, such as sip.example.com or _sip.example.com, is never\n"
	    "asked for: the service it describes cannot be found.  A DNS-SD\n"
	    "service instance (My Printer._ipp._tcp.example.com, RFC 6763) has\n"
	    "its SRV at the instance name, which is right; misspelt SIP names\n"
	    "are sip-service-misspelt's.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.1\n"
	    "xmpp       IN A   192.0.2.5\n"
	    "xmpp._tcp  IN SRV 0 5 5269 xmpp\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@                 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                 IN NS  ns1\n"
	    "ns1               IN A   192.0.2.1\n"
	    "xmpp              IN A   192.0.2.5\n"
	    "_xmpp-server._tcp IN SRV 0 5 5269 xmpp\n",
	.fix =
	    "Move the record to _service._proto under the domain the service is\n"
	    "for, with the service name from the IANA registry.",
	.refs = "RFC 2782; RFC 8552; RFC 6335",
};
