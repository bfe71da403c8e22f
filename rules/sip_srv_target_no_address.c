/*
 * sip-srv-target-no-address: the target of a SIP SRV must resolve to an
 * address in the SRV's own view, and must not be a CNAME.
 *
 * SIP SRVs are few: they are kept while reading and resolved once every
 * zone is read, with the model of sip_resolve().
 *
 * Every SIP service of sip_services is checked, in any domain: a target
 * without an address breaks an Asterisk's _sip._tcp or an XMPP server's
 * _xmpp-server._tcp as surely as Lync's sign-in (RFC 2782), so this is
 * no Lync-only rule.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sip.h"
#include "target.h"

struct state {
	struct sip_srvs srvs;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rdf domain;
	const struct sip_service *svc = sip_srv_service(rec->rr, &domain);
	if (svc)
		sip_srvs_add(&st->srvs, rec, svc);
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < st->srvs.count; i++) {
		const struct sip_srv *s = &st->srvs.v[i];
		bool fwd;
		const struct zl_zone *z = sip_resolve(ctx, s->view, s->server,
		    s->target, &fwd);
		if (z == NULL)
			continue; /* no loaded zone answers: unknown */
		/* a target without its final dot, or an address written as
		 * a name, is hygiene-missing-final-dot's or
		 * hygiene-target-address-literal's finding: one mistake, one
		 * finding */
		if (target_misspelt(s->target, z))
			continue;
		uint32_t types = sip_types(z, s->target);
		char t[LDNS_MAX_DOMAINLEN * 4 + 2];
		zl_dname_str(s->target, t, sizeof t);
		if (types & ZL_T_CNAME) {
			zl_report(ctx, s->target_loc, "target %s is a CNAME; RFC 2782 "
			    "requires the name of a host with address records", t);
		} else if (!(types & (ZL_T_A | ZL_T_AAAA))) {
			const char *apex = zl_zone_origin_str(z);
			zl_report(ctx, s->target_loc, "target %s has no A or "
			    "AAAA record in zone %s (%s view%s)", t, apex,
			    zl_view_name(s->view), fwd ? ", forwarded to external" : "");
		}
	}
}

static void
free_state(void *p)
{
	sip_srvs_free(&((struct state *)p)->srvs);
}

const struct zl_rule rule_sip_srv_target_no_address = {
	.id = "sip-srv-target-no-address",
	.severity = ZL_ERROR,
	.types = ZL_T_SRV,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "SIP SRV target without an address",
	.why =
	    "A client that finds its sign-in server through a SIP SRV record\n"
	    "then looks up the target's A or AAAA record in the same DNS.  When\n"
	    "the target has none, as that view's servers would answer (the zone\n"
	    "with the longest matching name holds the answer; internal names\n"
	    "that no internal zone covers are forwarded to public DNS), sign-in\n"
	    "fails.  RFC 2782 also forbids a CNAME as the target.  A target\n"
	    "written without its final dot in a zone file (sipdir.online.lync.com\n"
	    "becomes sipdir.online.lync.com.contoso.com.) is\n"
	    "hygiene-missing-final-dot's finding, not this rule's.",
	.exceptions =
	    "Names that no loaded zone covers are not reported: their answer is\n"
	    "unknown here.",
	.bad =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.53\n"
	    "_sip._tls  IN SRV 100 1 443 sip\n"
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
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.53\n"
	    "sip        IN A   192.0.2.10\n"
	    "_sip._tls  IN SRV 100 1 443 sip\n"
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
	    "Give the target an A or AAAA record in the zone that answers for\n"
	    "it (for internal clients, a pinpoint zone such as sip.contoso.com\n"
	    "with the address at its apex:\n"
	    "  dnscmd . /zoneadd sip.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd sip.contoso.com @ A 10.0.0.20 ),\n"
	    "point the SRV at a host name instead of a CNAME, and end absolute\n"
	    "names in zone files with a dot:\n"
	    "  _sip._tls  IN  SRV  100 1 443 sipdir.online.lync.com.",
	.refs = "RFC 2782; Microsoft, \"DNS requirements for automatic client "
	    "sign-in\"",
};
