/* sip-srv-wrong-port: a SIP SRV on a port other than the documented one. */
#include "sip.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	ldns_rdf dom;
	const struct sip_service *svc = sip_srv_service(rec->rr, &dom);
	if (svc == NULL)
		return; /* a null SRV's port means nothing */
	uint16_t port = ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 2));
	if (port == svc->port)
		return;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count >= 3)
		at = (struct zl_loc){rec->loc.file, rec->rdata[2].line,
		    rec->rdata[2].col};
	zl_report(ctx, at, "%s.%s uses port %u; clients and partners expect %u",
	    svc->service, svc->proto, port, svc->port);
}

const struct zl_rule rule_sip_srv_wrong_port = {
	.id = "sip-srv-wrong-port",
	.severity = ZL_WARNING,
	.types = ZL_T_SRV,
	.on_record = on_record,
	.summary = "SIP SRV on an unexpected port",
	.why =
	    "Each SIP service listens on a documented port: _sip._tls 443 (the\n"
	    "Edge access service), _sipinternaltls._tcp 5061, _sipinternal._tcp\n"
	    "5060, _sip._tcp 5060, _sipfederationtls._tcp 5061, _xmpp-server._tcp\n"
	    "5269.  Another port usually means a record copied from the wrong\n"
	    "service, and clients or federation partners fail to connect.  A\n"
	    "null SRV (target \".\", port 0: RFC 2782's \"service decidedly not\n"
	    "available\") offers nothing and is not checked, by this rule or any\n"
	    "other SIP rule.",
	.bad =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "_sipfederationtls._tcp  IN  SRV  0 0 443 sip.contoso.com.\n",
	.good =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "_sipfederationtls._tcp  IN  SRV  0 0 5061 sip.contoso.com.\n",
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
