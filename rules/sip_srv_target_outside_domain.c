/*
 * sip-srv-target-outside-domain: a SIP sign-in SRV must point inside its
 * own SIP domain, or Communicator, Lync and Skype for Business clients
 * ignore it for automatic sign-in.
 *
 * Strict naming is a Lync client's rule.  _sipinternaltls._tcp,
 * _sipinternal._tcp and _sip._tls are Lync's own and always checked;
 * _sip._tcp is also plain SIP (RFC 3263), whose clients follow an SRV
 * anywhere (a hosted PBX), so it is checked only in a Lync SIP domain
 * (sip_domains), once every zone is read.
 */
#include <stdio.h>

#include "sip.h"

struct state {
	struct zl_names hosted;  /* the built-in hosted-service targets */
	struct sip_domains *domains;  /* the family's (sip_domains_of) */
	struct sip_later later;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->domains = sip_domains_of(ctx);
	sip_names_load(&st->hosted, hosted_sip_targets,
	    hosted_sip_target_count);
}

/* The script's steps: the SRV the fix-it shows added beside this one,
 * then this one removed.  Not for an internal-only SRV in public DNS:
 * leak-internal-sip-record removes it and split-missing-pinpoint-zone
 * puts the right one in internal DNS. */
static void
steps(struct zl_ctx *ctx, size_t id, const struct zl_record *rec,
    const struct sip_service *svc, const char *d)
{
	const char *zone = zl_zone_origin_str(rec->zone);
	if (zone == NULL || *zone == '\0' || (svc->kind == SIP_INTERNAL_ONLY &&
	    zl_zone_view(rec->zone) == ZL_VIEW_EXTERNAL))
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2], data[LDNS_MAX_DOMAINLEN * 4 + 32];
	snprintf(data, sizeof data, "0 0 %u sip.%s", svc->port, d);
	zl_report_step(ctx, id, &(struct zl_fix_step){.kind = ZL_FIX_ADD_RECORD,
	    .view = zl_zone_view(rec->zone), .zone = zone,
	    .owner = zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o),
	    .type = LDNS_RR_TYPE_SRV, .ttl = ldns_rr_ttl(rec->rr), .data = data});
	zl_report_remove(ctx, id, rec);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rdf domain;
	const struct sip_service *svc = sip_srv_service(rec->rr, &domain);
	if (svc == NULL || svc->kind == SIP_FEDERATION)
		return;
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, 3);
	if (zl_dname_in(target, &domain))
		return; /* inside D is right */
	const struct zl_options *opt = zl_options(ctx);
	char t[LDNS_MAX_DOMAINLEN * 4 + 2], d[LDNS_MAX_DOMAINLEN * 4 + 2];
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(target, t, sizeof t);
	zl_dname_str(&domain, d, sizeof d);
	if (zl_names_covers(&st->hosted, target) ||
	    zl_names_covers(&opt->sip_allow_targets, target)) {
		zl_verbose(ctx, "%s:%u: SRV target %s is outside %s but on the "
		    "allow-list of hosted SIP services", zl_file_name(rec->loc.file),
		    rec->loc.line, t, d);
		return;
	}
	struct zl_loc at = rec->loc;
	if (rec->rdata_count >= 4)
		at = (struct zl_loc){rec->loc.file, rec->rdata[3].line,
		    rec->rdata[3].col};
	zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o);
#define OUTSIDE_MSG "%s is not under %s"
#define OUTSIDE_FIX "%s %u IN SRV 0 0 %u sip.%s ; a host under %s whose " \
	"certificate names it"
	if (!svc->lync) {
		sip_later_add(&st->later, &domain, at, sip_strf(OUTSIDE_MSG, t, d),
		    sip_strf(OUTSIDE_FIX, o, ldns_rr_ttl(rec->rr), svc->port, d, d));
		return;
	}
	size_t id = zl_report(ctx, at, OUTSIDE_MSG, t, d);
	zl_report_fix(ctx, id, OUTSIDE_FIX, o, ldns_rr_ttl(rec->rr), svc->port, d,
	    d);
	steps(ctx, id, rec, svc, d);
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
	zl_names_free(&st->hosted);
	sip_later_free(&st->later);
}

const struct zl_rule rule_sip_srv_target_outside_domain = {
	.id = "sip-srv-target-outside-domain",
	.severity = ZL_ERROR,
	.types = SIP_DOMAIN_TYPES,
	.state_size = sizeof(struct state),
	.family = &sip_domains_family,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "SRV target outside the SIP domain",
	.why =
	    "Office Communicator, Lync and Skype for Business clients find their\n"
	    "sign-in server through the SRV records of the user's SIP domain D:\n"
	    "_sipinternaltls._tcp.D, _sipinternal._tcp.D, _sip._tls.D and\n"
	    "_sip._tcp.D.  Microsoft documents strict DNS naming as the default\n"
	    "for automatic configuration: the client accepts only a target that\n"
	    "is D itself or a name below it, so that forged DNS alone cannot send\n"
	    "it to a man in the middle (the DisableStrictDNSNaming group policy\n"
	    "makes it match by suffix instead), and the server's certificate\n"
	    "must be valid for the name.  For a target anywhere else (an Active\n"
	    "Directory name such as ocspool.contoso.local, the parent domain, a\n"
	    "look-alike such as sip.notcontoso.com, another SIP domain of the\n"
	    "same organisation) clients differ: Lync 2010 desktop clients\n"
	    "connect after asking the user whether to trust the server, and Lync\n"
	    "Phone Edition from its January 2013 update (CU7) on cannot sign\n"
	    "in.",
	.exceptions =
	    "Microsoft's hosted service targets (sipdir.online.lync.com and the\n"
	    "national-cloud equivalents) are allowed; --sip-allow-target adds\n"
	    "others.  _sipfederationtls._tcp and _xmpp-server._tcp have no such\n"
	    "client rule and are not checked.  _sip._tcp is also plain SIP (RFC\n"
	    "3263: Asterisk and other SIP servers, whose clients follow an SRV\n"
	    "anywhere): it is checked only in a Lync SIP domain (--sip-domain,\n"
	    "or a domain with _sipinternaltls._tcp, _sipinternal._tcp, _sip._tls,\n"
	    "_sipfederationtls._tcp, lyncdiscover or lyncdiscoverinternal).",
	.bad =
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 ocspool.contoso.local.\n"
	    ";; file: internal/contoso.local.zone\n"
	    "$ORIGIN contoso.local.\n"
	    "$TTL 3600\n"
	    "@        IN SOA dc1 hostmaster 1 900 600 86400 3600\n"
	    "@        IN NS  dc1\n"
	    "dc1      IN A   10.0.0.5\n"
	    "ocspool  IN A   10.0.0.20\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@         IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN NS  ns1\n"
	    "ns1       IN A   192.0.2.53\n"
	    "sip       IN A   192.0.2.10\n"
	    "_sip._tls IN SRV 0 0 443 sip.contoso.com.\n",
	.good =
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
	    "@  IN A   10.0.0.20\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@         IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN NS  ns1\n"
	    "ns1       IN A   192.0.2.53\n"
	    "sip       IN A   192.0.2.10\n"
	    "_sip._tls IN SRV 0 0 443 sip.contoso.com.\n",
	.fix =
	    "Point the SRV at a host name under the SIP domain whose certificate\n"
	    "carries that name, and resolve that name to the pool internally:\n"
	    "  _sipinternaltls._tcp.contoso.com. 86400 IN SRV 0 0 5061 sip.contoso.com.\n"
	    "In Windows DNS:\n"
	    "  dnscmd . /recordadd contoso.com _sipinternaltls._tcp SRV 0 0 5061 sip.contoso.com.\n"
	    "Where internal DNS does not host contoso.com, create pinpoint zones\n"
	    "for _sipinternaltls._tcp.contoso.com and sip.contoso.com instead of\n"
	    "publishing internal names in public DNS.",
	.refs =
	    "Microsoft, \"DNS requirements for automatic client sign-in\" (Lync\n"
	    "Server 2010/2013, Skype for Business Server 2015); Microsoft, \"Required\n"
	    "DNS records for automatic client sign-in\" (Office Communications\n"
	    "Server 2007 R2, strict DNS naming); J. Schertz, \"Lync Phone Edition\n"
	    "CU7 Registration Issues\" (2013: Lync 2010's trust prompt, Phone\n"
	    "Edition 4.0.7577.4363 and later); RFC 2782",
};
