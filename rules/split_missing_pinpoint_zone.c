/*
 * split-missing-pinpoint-zone: internal clients must find each SIP
 * domain's _sipinternaltls._tcp SRV in internal DNS.
 *
 * SIP domains come from --sip-domain and from the owners of SIP SRVs in
 * either view.  Once every zone is read, _sipinternaltls._tcp.D is
 * resolved as the internal servers would (sip_resolve): held by an
 * internal zone without the SRV (shadowed), or only answered by public
 * DNS, it is missing.  The finding stands at the external record that
 * shows D's sign-in: its SRV, else sip.D or lyncdiscover.D, else the SOA.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../src/namelist.h"
#include "sip.h"

struct domain {
	ldns_rdf *name;
	const char *source;          /* "--sip-domain", or NULL: see where */
	char where[64];              /* file:line of the SRV that named it */
	struct zl_loc shown;         /* the external record that shows it */
	int rank;                    /* 1 SRV, 2 sip/lyncdiscover, 3 SOA */
};

struct state {
	struct domain *v;
	size_t count, cap;
	uint32_t *slots;             /* domain number + 1 by name hash */
	size_t nslots;
	struct zl_namelist hosts;    /* external sip.X and lyncdiscover.X */
};

/* A folder of exports can name thousands of SIP domains: hash them. */
static uint32_t
hash_name(const ldns_rdf *name)
{
	uint32_t h = 2166136261u;
	const uint8_t *w = ldns_rdf_data(name);
	for (size_t i = 0; i < ldns_rdf_size(name); i++)
		h = (h ^ (uint8_t)tolower(w[i])) * 16777619u;
	return h;
}

static uint32_t *
slot_for(struct state *st, const ldns_rdf *name)
{
	size_t j = hash_name(name) & (st->nslots - 1);
	for (;; j = (j + 1) & (st->nslots - 1))
		if (st->slots[j] == 0 ||
		    zl_dname_eq(st->v[st->slots[j] - 1].name, name))
			return &st->slots[j];
}

static struct domain *
find(struct state *st, const ldns_rdf *name)
{
	if (st->nslots == 0)
		return NULL;
	uint32_t i = *slot_for(st, name);
	return i ? &st->v[i - 1] : NULL;
}

static void
rehash(struct state *st)
{
	free(st->slots);
	st->nslots = st->nslots ? st->nslots * 2 : 64;
	st->slots = zl_alloc(st->nslots, sizeof *st->slots);
	for (size_t i = 0; i < st->count; i++)
		*slot_for(st, st->v[i].name) = (uint32_t)i + 1;
}

static struct domain *
add(struct state *st, const ldns_rdf *name, const char *source)
{
	struct domain *d = find(st, name);
	if (d)
		return d;
	st->v = zl_grow(st->v, &st->cap, st->count + 1, sizeof *st->v);
	d = &st->v[st->count++];
	memset(d, 0, sizeof *d);
	d->name = ldns_rdf_clone(name);
	d->source = source;
	d->rank = 9;
	if (st->count * 2 > st->nslots)
		rehash(st);
	else
		*slot_for(st, d->name) = (uint32_t)st->count;
	return d;
}

/* --sip-domain's first, so a domain both names is theirs */
static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	const struct zl_options *opt = zl_options(ctx);
	for (size_t i = 0; i < opt->sip_domains.count; i++)
		add(st, opt->sip_domains.name[i], "--sip-domain");
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	bool external = zl_zone_view(rec->zone) == ZL_VIEW_EXTERNAL;
	if (ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_SRV) {
		ldns_rdf dom;
		const struct sip_service *svc = sip_srv_service(rec->rr, &dom);
		if (svc == NULL) /* another service, or a null SRV */
			return;
		struct domain *d = add(st, &dom, NULL);
		if (d->source == NULL && d->where[0] == '\0')
			snprintf(d->where, sizeof d->where, "%s:%u",
			    zl_file_name(rec->loc.file), rec->loc.line);
		if (external && svc->kind != SIP_FEDERATION && d->rank > 1) {
			d->shown = rec->loc;
			d->rank = 1;
		}
	} else if (external && (zl_dname_first_label_is(owner, "sip") ||
	    zl_dname_first_label_is(owner, "lyncdiscover"))) {
		zl_namelist_add(&st->hosts, owner, rec->loc);
	}
}

static void
check(struct zl_ctx *ctx, struct domain *d, bool internal)
{
	char dn[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(d->name, dn, sizeof dn);
	/* (not a pointer into the array of domains, which moves as it grows) */
	zl_verbose(ctx, "SIP domain %s (from %s)", dn,
	    d->source ? d->source : d->where);
	const struct zl_zone *ext = zl_zone_for(ctx, ZL_VIEW_EXTERNAL, d->name);
	if (d->rank > 3 && ext && zl_zone_soa(ext).line) {
		d->shown = zl_zone_soa(ext);
		d->rank = 3;
	}
	if (d->rank > 3 || !internal)
		return; /* D is not published here, or no internal view */
	uint8_t buf[LDNS_MAX_DOMAINLEN + 32];
	static const uint8_t prefix[] = "\017_sipinternaltls\004_tcp";
	size_t plen = sizeof prefix - 1;
	if (plen + ldns_rdf_size(d->name) > LDNS_MAX_DOMAINLEN)
		return;
	memcpy(buf, prefix, plen);
	memcpy(buf + plen, ldns_rdf_data(d->name), ldns_rdf_size(d->name));
	ldns_rdf srv = {._size = plen + ldns_rdf_size(d->name),
	    ._type = LDNS_RDF_TYPE_DNAME, ._data = buf};
	bool fwd;
	const struct zl_zone *z = sip_resolve(ctx, ZL_VIEW_INTERNAL, &srv, &fwd);
	if (z == NULL)
		return; /* no loaded zone answers: unknown */
	bool has = (sip_types(z, &srv) & ZL_T_SRV) != 0;
	size_t id;
	if (!fwd && has)
		return;
	if (!fwd)
		id = zl_report(ctx, d->shown, "internal zone %s answers for "
		    "_sipinternaltls._tcp.%s but has no SRV there, so internal "
		    "clients of SIP domain %s cannot sign in automatically",
		    zl_zone_origin_str(z), dn, dn);
	else if (has)
		id = zl_report(ctx, d->shown, "internal DNS has no zone for "
		    "_sipinternaltls._tcp.%s: internal clients of SIP domain %s "
		    "find it only in public DNS, which should not publish it", dn, dn);
	else
		id = zl_report(ctx, d->shown, "no internal zone holds "
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
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	bool internal = false;
	for (size_t i = 0; i < zl_zone_count(ctx); i++)
		if (zl_zone_view(zl_zone_at(ctx, i)) == ZL_VIEW_INTERNAL)
			internal = true;
	/* where to report, second choice: sip.D or lyncdiscover.D */
	for (size_t i = 0; i < st->hosts.count; i++) {
		ldns_rdf h = zl_namelist_name(&st->hosts, i);
		ldns_rdf parent = zl_dname_suffix(&h, 1);
		struct domain *d = find(st, &parent);
		if (d && d->rank > 2) {
			d->shown = st->hosts.v[i].loc;
			d->rank = 2;
		}
	}
	for (size_t i = 0; i < st->count; i++)
		check(ctx, &st->v[i], internal);
}

static void
free_state(void *p)
{
	struct state *st = p;
	for (size_t i = 0; i < st->count; i++)
		ldns_rdf_deep_free(st->v[i].name);
	free(st->v);
	free(st->slots);
	zl_namelist_free(&st->hosts);
}

const struct zl_rule rule_split_missing_pinpoint_zone = {
	.id = "split-missing-pinpoint-zone",
	.severity = ZL_ERROR,
	.types = ZL_T_SRV | ZL_T_A | ZL_T_AAAA | ZL_T_CNAME,
	.state_size = sizeof(struct state),
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
	    "and never reported.  It needs both views (--internal, --external).",
	.bad =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@                     IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                     IN NS  ns1\n"
	    "ns1                   IN A   192.0.2.53\n"
	    "sip                   IN A   192.0.2.10\n"
	    "_sipinternaltls._tcp  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/contoso.local.zone\n"
	    "$ORIGIN contoso.local.\n"
	    "$TTL 3600\n"
	    "@        IN SOA dc1 hostmaster 1 900 600 86400 3600\n"
	    "@        IN NS  dc1\n"
	    "dc1      IN A   10.0.0.5\n",
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
