/*
 * split-missing-pinpoint-zone: internal clients must find each SIP
 * domain's _sipinternaltls._tcp SRV in internal DNS.
 *
 * SIP domains are Lync's (sip_domains): --sip-domain, the .zonelint key,
 * and the domains that Microsoft-specific records name in either view;
 * _sip._tcp, _sip._udp and XMPP records alone make none (Asterisk and
 * XMPP servers need no pinpoint zone).  Once every zone is read, _sipinternaltls._tcp.D is
 * resolved as the internal servers would (sip_resolve): held by an
 * internal zone without the SRV (shadowed), or only answered by public
 * DNS, it is missing.  The finding stands at the external record that
 * shows D's sign-in: its SRV, else sip.D or lyncdiscover.D, else the SOA.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "sip.h"

struct state {
	struct sip_domains *domains;  /* the Lync SIP domains (sip.h) */
	struct sip_domains hosted;   /* those whose sign-in Microsoft hosts */
	struct zl_names hosted_targets;
	struct zl_namelist itls;     /* external _sipinternaltls._tcp SRVs' */
	struct zl_namelist srvs;     /* external sign-in SRVs' domains */
	struct zl_namelist hosts;    /* external sip.X and lyncdiscover.X */
};

/* Where a domain's finding stands: rank 0 the _sipinternaltls._tcp SRV
 * its message names, 1 another sign-in SRV, 2 sip/lyncdiscover, 3 SOA */
struct shown {
	struct zl_loc loc;
	int rank;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->domains = sip_domains_of(ctx);
	sip_names_load(&st->hosted_targets, hosted_sip_targets,
	    hosted_sip_target_count);
}

/* A sign-in SRV or a sip / lyncdiscover CNAME to Microsoft's hosted
 * service (Skype for Business Online): its clients need no pinpoint
 * zone, so its domain is passed over. */
static void
note_hosted(struct state *st, const struct zl_record *rec, const ldns_rdf *dom)
{
	ldns_rr_type t = ldns_rr_get_type(rec->rr);
	if ((t != LDNS_RR_TYPE_SRV && t != LDNS_RR_TYPE_CNAME) ||
	    ldns_rr_rd_count(rec->rr) < (t == LDNS_RR_TYPE_SRV ? 4 : 1))
		return;
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, t == LDNS_RR_TYPE_SRV ? 3 : 0);
	if (zl_names_covers(&st->hosted_targets, target))
		sip_domains_add(&st->hosted, dom, rec->loc);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL)
		return;
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	if (ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_SRV) {
		ldns_rdf dom;
		const struct sip_service *svc = sip_srv_service(rec->rr, &dom);
		if (svc && svc->kind != SIP_FEDERATION) {
			if (strcmp(svc->service, "_sipinternaltls") == 0 &&
			    strcmp(svc->proto, "_tcp") == 0)
				zl_namelist_add(&st->itls, &dom, rec->loc);
			zl_namelist_add(&st->srvs, &dom, rec->loc);
			note_hosted(st, rec, &dom);
		}
	} else if (zl_dname_first_label_is(owner, "sip") ||
	    zl_dname_first_label_is(owner, "lyncdiscover")) {
		zl_namelist_add(&st->hosts, owner, rec->loc);
		ldns_rdf dom = zl_dname_suffix(owner, 1);
		note_hosted(st, rec, &dom);
	}
}

/* Whether internal DNS answers name with an address from its own zones */
static bool
internal_address(struct zl_ctx *ctx, const ldns_rdf *name)
{
	for (unsigned k = zl_server_count(ctx); k-- > 0;) {
		bool fwd = false;
		const struct zl_zone *z = sip_resolve(ctx, ZL_VIEW_INTERNAL, k, name,
		    &fwd);
		if (z && !fwd && (sip_types(z, name) & (ZL_T_A | ZL_T_AAAA)))
			return true;
	}
	return false;
}

/* The script's steps for domain dn (name): the SRV in a pinpoint zone of
 * its own, or in zone z that answers for it without one; and a pinpoint
 * zone sip.D for its target unless internal DNS has its address. */
static void
steps(struct zl_ctx *ctx, size_t id, const char *dn, const struct zl_zone *z,
    const ldns_rdf *name)
{
	char srv[LDNS_MAX_DOMAINLEN * 4 + 32], sip[LDNS_MAX_DOMAINLEN * 4 + 8];
	char data[LDNS_MAX_DOMAINLEN * 4 + 32];
	snprintf(srv, sizeof srv, "_sipinternaltls._tcp.%s", dn);
	snprintf(sip, sizeof sip, "sip.%s", dn);
	snprintf(data, sizeof data, "0 0 5061 %s", sip);
	if (z)
		zl_report_step(ctx, id, &(struct zl_fix_step){
		    .kind = ZL_FIX_ADD_RECORD, .view = ZL_VIEW_INTERNAL,
		    .zone = zl_zone_origin_str(z), .owner = srv,
		    .type = LDNS_RR_TYPE_SRV, .data = data});
	else
		zl_report_pinpoint(ctx, id, srv, LDNS_RR_TYPE_SRV, data, NULL);
	uint8_t buf[LDNS_MAX_DOMAINLEN + 8] = "\003sip";
	if (4 + ldns_rdf_size(name) <= LDNS_MAX_DOMAINLEN) {
		memcpy(buf + 4, ldns_rdf_data(name), ldns_rdf_size(name));
		ldns_rdf host = {._size = 4 + ldns_rdf_size(name),
		    ._type = LDNS_RDF_TYPE_DNAME, ._data = buf};
		if (!internal_address(ctx, &host))
			zl_report_pinpoint(ctx, id, sip, LDNS_RR_TYPE_A, NULL,
			    "pool address");
	}
}

static void
check(struct zl_ctx *ctx, const struct sip_domain *sd, struct shown *d,
    bool internal)
{
	char dn[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(sd->name, dn, sizeof dn);
	/* the whole file name (zl_verbose escapes the line as it prints it) */
	if (sd->option)
		zl_verbose(ctx, "SIP domain %s (from %s)", dn, sd->option);
	else if (sd->svc)
		zl_verbose(ctx, "SIP domain %s (from %s:%u, %s.%s SRV)", dn,
		    zl_file_name(sd->loc.file), sd->loc.line, sd->svc->service,
		    sd->svc->proto);
	else
		zl_verbose(ctx, "SIP domain %s (from %s:%u, %s name)", dn,
		    zl_file_name(sd->loc.file), sd->loc.line, sd->what);
	const struct zl_zone *ext = zl_zone_for(ctx, ZL_VIEW_EXTERNAL, 0, sd->name);
	if (d->rank > 3 && ext && zl_zone_soa(ext).line) {
		d->loc = zl_zone_soa(ext);
		d->rank = 3;
	}
	if (d->rank > 3 || !internal)
		return; /* D is not published here, no internal view, or hosted */
	uint8_t buf[LDNS_MAX_DOMAINLEN + 32];
	static const uint8_t prefix[] = "\017_sipinternaltls\004_tcp";
	size_t plen = sizeof prefix - 1;
	if (plen + ldns_rdf_size(sd->name) > LDNS_MAX_DOMAINLEN)
		return;
	memcpy(buf, prefix, plen);
	memcpy(buf + plen, ldns_rdf_data(sd->name), ldns_rdf_size(sd->name));
	ldns_rdf srv = {._size = plen + ldns_rdf_size(sd->name),
	    ._type = LDNS_RDF_TYPE_DNAME, ._data = buf};
	/* One internal DNS server answering from its own zones is enough
	 * here: split-server-missing-name reports the servers that do not. */
	bool fwd = false, has = false;
	const struct zl_zone *z = NULL;
	for (unsigned k = zl_server_count(ctx); k-- > 0;) {
		z = sip_resolve(ctx, ZL_VIEW_INTERNAL, k, &srv, &fwd);
		has = z && (sip_types(z, &srv) & ZL_T_SRV) != 0;
		if (z && !fwd && has)
			return;
	}
	if (z == NULL)
		return; /* no loaded zone answers: unknown */
	size_t id;
	if (!fwd)
		id = zl_report(ctx, d->loc, "internal zone %s answers for "
		    "_sipinternaltls._tcp.%s but has no SRV there, so internal "
		    "clients of SIP domain %s cannot sign in automatically",
		    zl_zone_origin_str(z), dn, dn);
	else if (has)
		id = zl_report(ctx, d->loc, "internal DNS has no zone for "
		    "_sipinternaltls._tcp.%s: internal clients of SIP domain %s "
		    "find it only in public DNS, which should not publish it", dn, dn);
	else
		id = zl_report(ctx, d->loc, "no internal zone holds "
		    "_sipinternaltls._tcp.%s: internal clients of SIP domain %s "
		    "cannot sign in automatically", dn, dn);
	/* dnscmd names zones without the final dot */
	int zl = (int)strlen(dn) - 1;
	zl_report_fix(ctx, id, "dnscmd . /zoneadd _sipinternaltls._tcp.%.*s "
	    "/dsprimary", zl, dn);
	zl_report_fix(ctx, id, "dnscmd . /recordadd _sipinternaltls._tcp.%.*s @ "
	    "SRV 0 0 5061 sip.%s", zl, dn, dn);
	zl_report_fix(ctx, id, "dnscmd . /zoneadd sip.%.*s /dsprimary", zl, dn);
	zl_report_fix(ctx, id, "dnscmd . /recordadd sip.%.*s @ A <pool address>",
	    zl, dn);
	zl_report_fix(ctx, id, "BIND, internal view: zone \"_sipinternaltls._tcp."
	    "%.*s\" holding \"@ IN SRV 0 0 5061 sip.%s\" and zone \"sip.%.*s\" "
	    "holding \"@ IN A <pool address>\"", zl, dn, dn, zl, dn);
	steps(ctx, id, dn, fwd ? NULL : z, sd->name);
}

/* Where the finding of domain i stands: the first of its kind seen */
static void
place(struct state *st, struct shown *shown, const struct zl_namelist *l,
    unsigned up, int rank)
{
	for (size_t i = 0; i < l->count; i++) {
		ldns_rdf n = zl_namelist_name(l, i);
		ldns_rdf dom = zl_dname_suffix(&n, up);
		const struct sip_domain *d = sip_domains_find(st->domains, &dom);
		struct shown *s = d ? &shown[d - st->domains->v] : NULL;
		if (s && s->rank > rank) {
			s->loc = l->v[i].loc;
			s->rank = rank;
		}
	}
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	bool internal = false;
	for (size_t i = 0; i < zl_zone_count(ctx); i++)
		if (zl_zone_view(zl_zone_at(ctx, i)) == ZL_VIEW_INTERNAL)
			internal = true;
	size_t n = st->domains->count;
	struct shown *shown = zl_alloc(n ? n : 1, sizeof *shown);
	for (size_t i = 0; i < n; i++)
		shown[i].rank = 9;
	place(st, shown, &st->itls, 0, 0);
	place(st, shown, &st->srvs, 0, 1);
	place(st, shown, &st->hosts, 1, 2);
	for (size_t i = 0; i < n; i++)
		check(ctx, &st->domains->v[i], &shown[i], internal &&
		    !sip_domains_find(&st->hosted, st->domains->v[i].name));
	free(shown);
}

static void
free_state(void *p)
{
	struct state *st = p;
	sip_domains_free(&st->hosted);
	zl_names_free(&st->hosted_targets);
	zl_namelist_free(&st->itls);
	zl_namelist_free(&st->srvs);
	zl_namelist_free(&st->hosts);
}

const struct zl_rule rule_split_missing_pinpoint_zone = {
	.id = "split-missing-pinpoint-zone",
	.severity = ZL_ERROR,
	.types = SIP_DOMAIN_TYPES,
	.state_size = sizeof(struct state),
	.family = &sip_domains_family,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "missing pinpoint zone",
	.why =
	    "Internal Lync and Skype for Business clients sign in through the\n"
	    "_sipinternaltls._tcp SRV record of their SIP domain, which belongs\n"
	    "in internal DNS only.  Where internal DNS does not host the public\n"
	    "domain (Active Directory often runs contoso.local), internal DNS\n"
	    "needs either a full copy of the public zone (split-brain) or\n"
	    "\"pinpoint\" zones named exactly _sipinternaltls._tcp.contoso.com\n"
	    "(the SRV at its apex) and sip.contoso.com (the pool's address at its\n"
	    "apex).  Without them admins publish the internal record in public\n"
	    "DNS, which leaks internal names and points clients outside the SIP\n"
	    "domain, or internal clients cannot sign in at all.  zonelint models\n"
	    "the internal servers: the zone with the longest matching name\n"
	    "answers and shadows all others; names no internal zone covers are\n"
	    "forwarded to public DNS; names no loaded zone covers are unknown\n"
	    "and never reported.  It needs both views (--internal, --external).\n"
	    "SIP domains are those named by --sip-domain (or sip-domain in\n"
	    ".zonelint) and those with a Microsoft-specific record in either\n"
	    "view: _sipinternaltls._tcp, _sipinternal._tcp, _sip._tls or\n"
	    "_sipfederationtls._tcp SRVs, lyncdiscover or lyncdiscoverinternal.\n"
	    "_sip._tcp, _sip._udp and XMPP records alone (Asterisk, XMPP servers)\n"
	    "make no SIP domain; -v lists each SIP domain and what named it.\n"
	    "A domain whose public sign-in records point at Microsoft's hosted\n"
	    "service (_sip._tls to sipdir.online.lync.com, lyncdiscover to\n"
	    "webdir.online.lync.com) signs in online and needs no pinpoint zone.\n"
	    "With several internal DNS servers, one that answers is enough here:\n"
	    "split-server-missing-name names the servers that do not.",
	.bad =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.53\n"
	    "sip        IN A   192.0.2.10\n"
	    "_sip._tls  IN SRV 0 0 443 sip.contoso.com.\n"
	    ";; file: internal/contoso.local.zone\n"
	    "$ORIGIN contoso.local.\n"
	    "$TTL 3600\n"
	    "@    IN SOA dc1 hostmaster 1 900 600 86400 3600\n"
	    "@    IN NS  dc1\n"
	    "dc1  IN A   10.0.0.5\n",
	.good =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.53\n"
	    "sip        IN A   192.0.2.10\n"
	    "_sip._tls  IN SRV 0 0 443 sip.contoso.com.\n"
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
	    "Create the pinpoint zones in internal DNS (Windows, AD-integrated):\n"
	    "  dnscmd . /zoneadd _sipinternaltls._tcp.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd _sipinternaltls._tcp.contoso.com @ SRV 0 0 5061 sip.contoso.com.\n"
	    "  dnscmd . /zoneadd sip.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd sip.contoso.com @ A 10.0.0.20\n"
	    "or, in BIND's internal view, two zones whose files hold:\n"
	    "  _sipinternaltls._tcp.contoso.com.  @ IN SRV 0 0 5061 sip.contoso.com.\n"
	    "  sip.contoso.com.                   @ IN A 10.0.0.20\n"
	    "Then delete _sipinternaltls._tcp from the public zone.",
	.refs = "Microsoft, \"DNS requirements for Skype for Business Server\" "
	    "(split-brain DNS and pinpoint zones); Microsoft, \"Determine DNS "
	    "requirements\" (Lync Server 2013)",
};
