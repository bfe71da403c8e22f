/* split-one-view-only: cross-view checks need both views; say so once
 * instead of staying silent. */
#include "sip.h"

struct state {
	struct zl_loc first_sip;  /* the first Lync SIP SRV seen */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rdf dom;
	const struct sip_service *svc;
	/* only Lync's: _sip._udp of an Asterisk needs no pinpoint zone */
	if (st->first_sip.line == 0 &&
	    (svc = sip_srv_service(rec->rr, &dom)) != NULL && svc->lync)
		st->first_sip = rec->loc;
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	bool views[3] = {false, false, false};
	for (size_t i = 0; i < zl_zone_count(ctx); i++)
		views[zl_zone_view(zl_zone_at(ctx, i))] = true;
	if (st->first_sip.line == 0 ||
	    (views[ZL_VIEW_INTERNAL] && views[ZL_VIEW_EXTERNAL]))
		return;
	zl_report(ctx, st->first_sip, "SIP records found, but no %s view was "
	    "given: pinpoint zones and split-brain drift were not checked (use "
	    "--internal and --external)",
	    views[ZL_VIEW_INTERNAL] ? "external" : views[ZL_VIEW_EXTERNAL] ?
	    "internal" : "internal or external");
}

const struct zl_rule rule_split_one_view_only = {
	.id = "split-one-view-only",
	.severity = ZL_NOTE,
	.types = ZL_T_SRV,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_run_end = on_run_end,
	.summary = "cross-view checks skipped",
	.why =
	    "Whether internal clients can sign in depends on both views: what\n"
	    "internal DNS holds and what it forwards to public DNS.  With SIP\n"
	    "records in the input but only one view given, zonelint cannot check\n"
	    "pinpoint zones or split-brain drift, and says so once rather than\n"
	    "staying silent.",
	.bad =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@          IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN  NS   ns1\n"
	    "ns1        IN  A    192.0.2.1\n"
	    "_sip._tls  IN  SRV  0 0 443 sip.contoso.com.\n"
	    "sip        IN  A    192.0.2.10\n",
	.good =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.53\n"
	    "_sip._tls  IN SRV 0 0 443 sip.contoso.com.\n"
	    "sip        IN A   192.0.2.10\n"
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
	    "Give both exports: zonelint --internal DIR --external DIR, or keep\n"
	    "them under folders named internal and external.",
};
