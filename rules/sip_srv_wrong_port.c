/*
 * sip-srv-wrong-port: a SIP SRV on a port other than the documented one.
 *
 * The Microsoft-only services are checked wherever they are.  _sip._tcp
 * and _xmpp-server._tcp are services of their own (an Asterisk or a
 * Prosody server may listen on any port its SRV names), so they are held
 * to Lync's ports only in a Lync SIP domain (sip_domains), once every
 * zone is read.
 */
#include "sip.h"

struct state {
	struct sip_domains *domains;  /* the family's (sip_domains_of) */
	struct sip_later later;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->domains = sip_domains_of(ctx);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rdf dom;
	const struct sip_service *svc = sip_srv_service(rec->rr, &dom);
	if (svc == NULL)
		return; /* not SIP, or a null SRV, whose port means nothing */
	uint16_t port = ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 2));
	if (port == svc->port)
		return;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count >= 3)
		at = (struct zl_loc){rec->loc.file, rec->rdata[2].line,
		    rec->rdata[2].col};
#define PORT_MSG "%s.%s uses port %u; clients and partners expect %u"
	if (svc->lync)
		zl_report(ctx, at, PORT_MSG, svc->service, svc->proto, port,
		    svc->port);
	else
		sip_later_add(&st->later, &dom, at, sip_strf(PORT_MSG, svc->service,
		    svc->proto, port, svc->port), NULL);
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	sip_later_report(ctx, &st->later, st->domains);
}

static void
free_state(void *p)
{
	struct state *st = p;
	sip_later_free(&st->later);
}

const struct zl_rule rule_sip_srv_wrong_port = {
	.id = "sip-srv-wrong-port",
	.severity = ZL_WARNING,
	.types = SIP_DOMAIN_TYPES,
	.state_size = sizeof(struct state),
	.family = &sip_domains_family,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "SIP SRV on an unexpected port",
	.why =
	    "Each SIP service listens on a documented port: _sip._tls 443 (the\n"
	    "Edge access service), _sipinternaltls._tcp 5061, _sipinternal._tcp\n"
	    "5060, _sip._tcp 5060, _sipfederationtls._tcp 5061, _xmpp-server._tcp\n"
	    "5269.  Another port usually means a record copied from the wrong\n"
	    "service, and clients or federation partners fail to connect.\n"
	    "_sip._tcp and _xmpp-server._tcp are services of their own (RFC\n"
	    "3263, RFC 6120) whose servers may listen anywhere: they are checked\n"
	    "only in a Lync SIP domain (--sip-domain, or a domain with\n"
	    "_sipinternaltls._tcp, _sipinternal._tcp, _sip._tls,\n"
	    "_sipfederationtls._tcp, lyncdiscover or lyncdiscoverinternal).  A\n"
	    "null SRV (target \".\", port 0: RFC 2782's \"service decidedly not\n"
	    "available\") offers nothing and is not checked, by this rule or any\n"
	    "other SIP rule.",
	.bad =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@                      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                      IN NS  ns1\n"
	    "ns1                    IN A   192.0.2.53\n"
	    "sip                    IN A   192.0.2.10\n"
	    "_sipfederationtls._tcp IN SRV 0 0 443 sip.contoso.com.\n"
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
	    "@                      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                      IN NS  ns1\n"
	    "ns1                    IN A   192.0.2.53\n"
	    "sip                    IN A   192.0.2.10\n"
	    "_sipfederationtls._tcp IN SRV 0 0 5061 sip.contoso.com.\n"
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
	    "Use the documented port, or suppress the finding where a deployment\n"
	    "really listens elsewhere:\n"
	    "  _sipfederationtls._tcp.contoso.com. IN SRV 0 0 5061 sip.contoso.com.\n"
	    "In Windows DNS:\n"
	    "  dnscmd . /recorddelete contoso.com _sipfederationtls._tcp SRV /f\n"
	    "  dnscmd . /recordadd contoso.com _sipfederationtls._tcp SRV 0 0 5061 sip.contoso.com.",
	.refs = "Microsoft, \"Ports and protocols for internal servers\" and "
	    "\"DNS requirements for Skype for Business Server\"",
};
