/*
 * leak-internal-sip-record: records meant for internal DNS only,
 * published in the external view.
 *
 * _sipinternaltls._tcp, _sipinternal._tcp and lyncdiscoverinternal are
 * Lync's own names: reported wherever they are.  sipinternal.D is only a
 * Lync fallback name in a Lync SIP domain (sip_domains); elsewhere it is
 * just a host name, so it waits until every zone is read.
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

#define LEAK_MSG "%s is for internal clients only and tells the world about " \
	"internal servers"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL)
		return;
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	ldns_rdf domain;
	const struct sip_service *svc = sip_srv_service(rec->rr, &domain);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	if ((svc && svc->kind == SIP_INTERNAL_ONLY) ||
	    zl_dname_first_label_is(owner, "lyncdiscoverinternal")) {
		zl_report_remove(ctx, zl_report(ctx, rec->loc, LEAK_MSG,
		    zl_dname_str(owner, o, sizeof o)), rec);
	} else if (zl_dname_first_label_is(owner, "sipinternal") &&
	    zl_dname_labels(owner) > 1) {
		ldns_rdf parent = zl_dname_suffix(owner, 1);
		sip_later_add(&st->later, &parent, rec->loc, sip_strf(LEAK_MSG,
		    zl_dname_str(owner, o, sizeof o)), NULL);
	}
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

const struct zl_rule rule_leak_internal_sip_record = {
	.id = "leak-internal-sip-record",
	.severity = ZL_WARNING,
	.all_types = true,
	.state_size = sizeof(struct state),
	.family = &sip_domains_family,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "internal-only SIP record in public DNS",
	.why =
	    "_sipinternaltls._tcp and _sipinternal._tcp SRV records, and the\n"
	    "lyncdiscoverinternal and sipinternal names, are meant for clients\n"
	    "inside the network.  Lync and Skype for Business clients look them\n"
	    "up first wherever they are: Microsoft documents the order as\n"
	    "lyncdiscoverinternal, then lyncdiscover, then _sipinternaltls._tcp\n"
	    "and _sipinternal._tcp before _sip._tls, and sipinternal before sip.\n"
	    "So published in public DNS they are what a client outside finds\n"
	    "first, sending it to internal servers, and they tell anyone who asks\n"
	    "the names and often the addresses of internal pools.  sipinternal\n"
	    "is reported only in a Lync SIP domain (--sip-domain, or a domain\n"
	    "with a Microsoft-specific SIP record): elsewhere it is just a host\n"
	    "name.",
	.exceptions =
	    "A null SRV (target \".\", RFC 2782) names no server and is not\n"
	    "reported.",
	.bad =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@                     IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                     IN  NS   ns1\n"
	    "ns1                   IN  A    192.0.2.1\n"
	    "lyncdiscoverinternal  IN  A    192.0.2.20\n",
	.good =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@             IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@             IN  NS   ns1\n"
	    "ns1           IN  A    192.0.2.1\n"
	    "lyncdiscover  IN  A    192.0.2.20\n",
	.fix =
	    "Delete the record from the external zone and keep it in internal\n"
	    "DNS (in the internal copy of the zone, or a pinpoint zone):\n"
	    "  dnscmd ns1 /recorddelete contoso.com _sipinternaltls._tcp SRV /f\n"
	    "(run against the external server).  In a BIND zone file, delete\n"
	    "  _sipinternaltls._tcp  IN  SRV  0 0 5061 sip.contoso.com.\n"
	    "from the public zone and keep it in the internal view.",
	.refs = "Microsoft, \"DNS requirements for Skype for Business Server\";\n"
	    "Microsoft, \"DNS requirements for automatic client sign-in\" (Lync\n"
	    "Server 2013: the order in which clients look the names up)",
};
