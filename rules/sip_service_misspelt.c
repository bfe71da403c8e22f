/*
 * sip-service-misspelt: near misses of the SIP SRV service labels, which
 * clients never query: _sipfederationtls.tcp, _sip_tls, a missing
 * underscore, the wrong protocol (_sipinternaltls._udp).
 *
 * The first two labels, lower-cased with their underscores and dots
 * dropped, are compared with each known service+protocol; equal letters
 * in another form is a misspelling.  A known service over another
 * protocol is one too, unless that protocol makes a service of its own:
 * _sip._tcp and _sip._udp (RFC 3263) and _sip._sctp (RFC 4168) are
 * what Asterisk and other SIP servers publish, not a Lync name gone
 * wrong, so they are never reported here.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "sip.h"

/* Letters and digits of the first `labels` labels, lower case. */
static size_t
squash(const ldns_rdf *name, unsigned labels, char *out, size_t size)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t off = 0, n = 0, total = ldns_rdf_size(name);
	for (unsigned l = 0; l < labels && off < total && w[off]; l++) {
		for (size_t i = 1; i <= w[off] && n + 1 < size; i++)
			if (isalnum(w[off + i]) || w[off + i] == '-')
				out[n++] = (char)tolower(w[off + i]);
		off += (size_t)w[off] + 1;
	}
	out[n] = '\0';
	return n;
}

/* Whether the first two labels at w, whose first is service, name a
 * service of their own: another row of sip_services, or one of
 * sip_other_services ("_sip._udp"). */
static bool
known_elsewhere(const uint8_t *w, const char *service)
{
	const uint8_t *p = w + w[0] + 1;
	for (size_t j = 0; j < sip_service_count; j++)
		if (strcasecmp(sip_services[j].service, service) == 0 &&
		    p[0] == strlen(sip_services[j].proto) &&
		    strncasecmp((const char *)p + 1, sip_services[j].proto, p[0]) == 0)
			return true;
	for (size_t j = 0; j < sip_other_service_count; j++) {
		const char *o = sip_other_services[j], *dot = strchr(o, '.');
		if ((size_t)(dot - o) == w[0] && strlen(dot + 1) == p[0] &&
		    strncasecmp((const char *)w + 1, o, w[0]) == 0 &&
		    strncasecmp((const char *)p + 1, dot + 1, p[0]) == 0)
			return true;
	}
	return false;
}

/* Whether squashed is s's service and protocol without their
 * underscores ("sipinternaltlstcp"); compared in place, as this runs
 * for every SRV record. */
static bool
squashed_is(const char *squashed, const struct sip_service *s)
{
	size_t n = strlen(s->service + 1);
	return strncmp(squashed, s->service + 1, n) == 0 &&
	    strcmp(squashed + n, s->proto + 1) == 0;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	ldns_rdf dom;
	if (sip_service_of(owner, &dom))
		return; /* spelt right */
	char one[128], two[128];
	squash(owner, 1, one, sizeof one);
	squash(owner, 2, two, sizeof two);
	const uint8_t *w = ldns_rdf_data(owner);
	for (size_t i = 0; i < sip_service_count; i++) {
		const struct sip_service *s = &sip_services[i];
		unsigned labels = squashed_is(one, s) ? 1 :
		    squashed_is(two, s) ? 2 : 0;
		/* the service right, the protocol not: _sipinternaltls._udp */
		bool proto = labels == 0 && w[0] == strlen(s->service) &&
		    strncasecmp((const char *)w + 1, s->service, w[0]) == 0 &&
		    zl_dname_labels(owner) > 2 && w[w[0] + 1] > 0 &&
		    w[w[0] + 2] == '_';
		if (labels == 0 && !proto)
			continue;
		/* the right service with another protocol of its own is fine:
		 * _sip._tcp beside _sip._tls, _sip._udp (RFC 3263) */
		if (proto && known_elsewhere(w, s->service))
			return;
		ldns_rdf rest = zl_dname_suffix(owner, proto ? 2 : labels);
		char o[LDNS_MAX_DOMAINLEN * 4 + 2], r[LDNS_MAX_DOMAINLEN * 4 + 2];
		zl_report(ctx, rec->loc, "%s is not a service clients look up; "
		    "did you mean %s.%s.%s?", zl_dname_str(owner, o, sizeof o),
		    s->service, s->proto, zl_dname_str(&rest, r, sizeof r));
		return;
	}
}

const struct zl_rule rule_sip_service_misspelt = {
	.id = "sip-service-misspelt",
	.severity = ZL_WARNING,
	.types = ZL_T_SRV,
	.on_record = on_record,
	.summary = "misspelt SIP service name",
	.why =
	    "Lync and Skype for Business clients and federation partners query\n"
	    "exact names: _sipinternaltls._tcp, _sipinternal._tcp, _sip._tls,\n"
	    "_sip._tcp, _sipfederationtls._tcp, _xmpp-server._tcp.  A record at\n"
	    "a near miss (_sipfederationtls.tcp, _sip_tls, sipinternaltls._tcp\n"
	    "without the underscore, _sipinternaltls._udp) is never found, so\n"
	    "sign-in or federation silently fails.",
	.exceptions =
	    "_sip._udp and _sip._sctp (RFC 3263, RFC 4168: Asterisk and other\n"
	    "SIP servers) are services of their own and are not reported.",
	.bad =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@         IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN NS  ns1\n"
	    "ns1       IN A   192.0.2.53\n"
	    "sip       IN A   192.0.2.10\n"
	    "_sip_tls  IN SRV 0 0 443 sip.contoso.com.\n"
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n",
	.good =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@         IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN NS  ns1\n"
	    "ns1       IN A   192.0.2.53\n"
	    "sip       IN A   192.0.2.10\n"
	    "_sip._tls IN SRV 0 0 443 sip.contoso.com.\n"
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n",
	.fix =
	    "Re-create the record under the exact service name:\n"
	    "  dnscmd . /recorddelete contoso.com _sip_tls SRV /f\n"
	    "  dnscmd . /recordadd contoso.com _sip._tls SRV 0 0 443 sip.contoso.com.\n"
	    "In a BIND zone file:\n"
	    "  _sip._tls  IN  SRV  0 0 443 sip.contoso.com.",
	.refs = "RFC 2782; Microsoft, \"DNS requirements for Skype for Business "
	    "Server\"",
};
