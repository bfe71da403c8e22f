/*
 * split-srv-target-public-only: an internal-view SIP SRV whose target
 * has an address only through forwarding to public DNS.
 *
 * A pinpoint zone _sipinternaltls._tcp.contoso.com points internal
 * clients at sip.contoso.com; with no internal zone for that name, the
 * internal servers forward the question and answer with the external
 * view's address, the Edge's public side.  sip_resolve() models that;
 * sip-srv-target-no-address is quiet, as an address is found, so this
 * rule says what it is.
 *
 * Only sign-in SRVs (not federation, which is for partners outside) of
 * Lync SIP domains (sip_domains: _sip._tcp of an Asterisk may well point
 * at a public host).  The targets on the hosted list and
 * --sip-allow-target are public by design.  External A and AAAA records
 * are kept (owner and address) only when the run has an internal view,
 * as the target's record may come before the SRV that names it.
 */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "sip.h"

#define PLACEHOLDER_WHAT "internal address of the pool"
#define PLACEHOLDER "<" PLACEHOLDER_WHAT ">"

struct addr {
	uint8_t len;       /* 4 or 16 */
	uint8_t a[16];
};

struct state {
	bool internal;                /* the run has an internal view */
	struct sip_domains *domains;  /* the family's (sip_domains_of) */
	struct sip_srvs srvs;         /* internal sign-in SRVs */
	struct zl_names hosted;
	struct zl_namelist owners;    /* external A and AAAA owners ... */
	struct addr *addrs;           /* ... and their addresses */
	size_t acap;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->domains = sip_domains_of(ctx);
	for (size_t i = 0; i < zl_zone_count(ctx); i++)
		if (zl_zone_view(zl_zone_at(ctx, i)) == ZL_VIEW_INTERNAL)
			st->internal = true;
	if (!st->internal)
		zl_skip_records(ctx); /* nothing is forwarded */
	sip_names_load(&st->hosted, hosted_sip_targets, hosted_sip_target_count);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (!st->internal)
		return; /* nothing is forwarded */
	enum zl_view view = zl_zone_view(rec->zone);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	ldns_rdf dom;
	const struct sip_service *svc;
	if (view == ZL_VIEW_INTERNAL && (svc = sip_srv_service(rec->rr, &dom)) &&
	    svc->kind != SIP_FEDERATION) {
		sip_srvs_add(&st->srvs, rec, svc);
	} else if (view == ZL_VIEW_EXTERNAL && (type == LDNS_RR_TYPE_A ||
	    type == LDNS_RR_TYPE_AAAA) && ldns_rr_rd_count(rec->rr) == 1) {
		const ldns_rdf *a = ldns_rr_rdf(rec->rr, 0);
		size_t len = ldns_rdf_size(a);
		if (len != 4 && len != 16)
			return;
		zl_namelist_add(&st->owners, ldns_rr_owner(rec->rr), rec->loc);
		st->addrs = zl_grow(st->addrs, &st->acap, st->owners.count,
		    sizeof *st->addrs);
		struct addr *x = &st->addrs[st->owners.count - 1];
		x->len = (uint8_t)len;
		memcpy(x->a, ldns_rdf_data(a), len);
	}
}

/* The first public address of name, as text in buf; NULL if none kept. */
static const struct addr *
public_address(const struct state *st, const ldns_rdf *name, char *buf,
    size_t size)
{
	for (size_t i = 0; i < st->owners.count; i++) {
		ldns_rdf o = zl_namelist_name(&st->owners, i);
		if (zl_dname_eq(&o, name)) {
			const struct addr *x = &st->addrs[i];
			inet_ntop(x->len == 4 ? AF_INET : AF_INET6, x->a, buf,
			    (socklen_t)size);
			return x;
		}
	}
	return NULL;
}

static void
report(struct zl_ctx *ctx, const struct sip_srv *s, const struct zl_zone *z,
    const struct addr *x, const char *addr)
{
	char t[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(s->target, t, sizeof t);
	int tl = (int)strlen(t) - 1; /* dnscmd and PowerShell: no final dot */
	bool v6 = x && x->len == 16;
	const char *rr = v6 ? "AAAA" : "A";
	size_t id = zl_report(ctx, s->target_loc, "no internal zone holds %s, so "
	    "internal DNS forwards it to public DNS (zone %s, external view) and "
	    "clients get %s, a public address: they hair-pin to the Edge's "
	    "external side or fail to sign in", t, zl_zone_origin_str(z), addr);
	zl_report_fix(ctx, id, "create a pinpoint zone %s in internal DNS with "
	    "the pool's internal address at its apex; replace " PLACEHOLDER
	    " below with that address (it is not in the exports), not with %s",
	    t, addr);
	zl_report_fix(ctx, id, "dnscmd . /zoneadd %.*s /dsprimary", tl, t);
	zl_report_fix(ctx, id, "dnscmd . /recordadd %.*s @ %s " PLACEHOLDER, tl,
	    t, rr);
	zl_report_fix(ctx, id, "BIND, internal view: zone \"%.*s\" { type "
	    "primary; file \"%.*s.zone\"; }; its file holding SOA, NS and "
	    "\"@ IN %s " PLACEHOLDER "\"", tl, t, tl, t, rr);
	/* the scripts' steps; the PowerShell line is made from them */
	zl_report_pinpoint(ctx, id, t, v6 ? LDNS_RR_TYPE_AAAA : LDNS_RR_TYPE_A,
	    NULL, PLACEHOLDER_WHAT);
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	const struct zl_options *opt = zl_options(ctx);
	for (size_t i = 0; i < st->srvs.count; i++) {
		const struct sip_srv *s = &st->srvs.v[i];
		ldns_rdf dom = zl_dname_suffix(s->owner, 2);
		if (!s->svc->lync && !sip_domains_find(st->domains, &dom))
			continue; /* _sip._tcp of plain SIP: public targets are fine */
		if (zl_names_covers(&st->hosted, s->target) ||
		    zl_names_covers(&opt->sip_allow_targets, s->target))
			continue; /* hosted: public by design */
		bool fwd;
		const struct zl_zone *z = sip_resolve(ctx, ZL_VIEW_INTERNAL,
		    s->server, s->target, &fwd);
		if (z == NULL || !fwd)
			continue; /* unknown, or an internal zone answers */
		uint32_t types = sip_types(z, s->target);
		if ((types & ZL_T_CNAME) || !(types & (ZL_T_A | ZL_T_AAAA)))
			continue; /* sip-srv-target-no-address says so */
		char addr[INET6_ADDRSTRLEN] = "its public address";
		const struct addr *x = public_address(st, s->target, addr,
		    sizeof addr);
		report(ctx, s, z, x, addr);
	}
}

static void
free_state(void *p)
{
	struct state *st = p;
	sip_srvs_free(&st->srvs);
	zl_names_free(&st->hosted);
	zl_namelist_free(&st->owners);
	free(st->addrs);
}

const struct zl_rule rule_split_srv_target_public_only = {
	.id = "split-srv-target-public-only",
	.severity = ZL_ERROR,
	.types = SIP_DOMAIN_TYPES,
	.state_size = sizeof(struct state),
	.family = &sip_domains_family,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "internal SIP SRV target resolved only by public DNS",
	.why =
	    "A pinpoint zone _sipinternaltls._tcp.contoso.com (or an internal\n"
	    "_sipinternal._tcp, _sip._tls or _sip._tcp SRV of a Lync SIP domain)\n"
	    "sends internal clients to its target, say sip.contoso.com.  When no\n"
	    "internal zone holds that name (neither a pinpoint zone\n"
	    "sip.contoso.com nor an internal copy of contoso.com), the internal\n"
	    "DNS servers forward the question and the client gets the public\n"
	    "address from the external view: the Access Edge's external side.\n"
	    "Internal clients then hair-pin through the firewall to the Edge,\n"
	    "which is not their registrar, or fail to sign in.  zonelint models\n"
	    "the internal servers as split-missing-pinpoint-zone does; the\n"
	    "message names the public address they would get.  The pool's\n"
	    "internal address is not in the exports: the fix writes <internal\n"
	    "address of the pool>, which you must replace.",
	.exceptions =
	    "Federation SRVs, Microsoft's hosted targets (sipdir.online.lync.com)\n"
	    "and --sip-allow-target names are public by design and not reported,\n"
	    "nor is _sip._tcp outside a Lync SIP domain.",
	.bad =
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.53\n"
	    "sip        IN A   192.0.2.10\n"
	    "_sip._tls  IN SRV 0 0 443 sip.contoso.com.\n",
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
	    "@          IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@          IN NS  ns1\n"
	    "ns1        IN A   192.0.2.53\n"
	    "sip        IN A   192.0.2.10\n"
	    "_sip._tls  IN SRV 0 0 443 sip.contoso.com.\n",
	.fix =
	    "Give the target a pinpoint zone in internal DNS holding the pool's\n"
	    "internal address at its apex (Windows, AD-integrated):\n"
	    "  dnscmd . /zoneadd sip.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd sip.contoso.com @ A 10.0.0.20\n"
	    "or in PowerShell:\n"
	    "  Add-DnsServerPrimaryZone -Name sip.contoso.com -ReplicationScope Forest\n"
	    "  Add-DnsServerResourceRecordA -ZoneName sip.contoso.com -Name \"@\" -IPv4Address 10.0.0.20\n"
	    "or, in BIND's internal view:\n"
	    "  zone \"sip.contoso.com\" { type primary; file \"sip.contoso.com.zone\"; };\n"
	    "  (the file: SOA, NS and \"@ IN A 10.0.0.20\")\n"
	    "Where internal DNS holds a copy of contoso.com (split-brain), add\n"
	    "sip there with the internal address instead.",
	.refs = "Microsoft, \"DNS requirements for Skype for Business Server\" "
	    "(pinpoint zones, split-brain DNS); Microsoft, \"Determine DNS "
	    "requirements\" (Lync Server 2013); RFC 2782",
};
