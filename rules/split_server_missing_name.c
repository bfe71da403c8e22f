/*
 * split-server-missing-name: internal DNS servers that answer a name
 * internal Lync clients need differently: one from a zone of its own,
 * another not at all or only from public DNS, or with other data.
 *
 * Clients use whichever DNS server they are given: a VPN pool's DNS
 * server, a branch's, a second domain controller.  The names compared,
 * once every zone is read, are each Lync SIP domain's
 * _sipinternaltls._tcp SRV, the targets of the internal sign-in SRVs,
 * lyncdiscoverinternal, and the names declared with --sip-internal-name.
 * A server that lacks one is named in a warning at the record on the
 * first server that has it; a server whose own answer differs (another
 * target, another address) gets the warning at its own record.  Only with
 * two internal DNS servers or more: with one, on_record returns at once.
 *
 * Kept, then: each internal A, AAAA, CNAME and sign-in SRV record, as its
 * zone, name entry, type, location and value text (about 64 bytes and
 * the text per record), hashed by name entry.
 */
#include <stdlib.h>
#include <string.h>

#include "answer.h"

struct kept {
	const struct zl_zone *zone;
	const struct zl_name *entry;   /* its owner in the zone */
	char *value;                   /* "A 10.0.0.5", "SRV 5061 pool.x." */
	struct zl_loc loc;
	uint32_t next;                 /* the next at that entry + 1, or 0 */
};

/* A target of an internal sign-in SRV, and the server whose SRV it is. */
struct target {
	ldns_rdf *name;
	unsigned server;
};

struct state {
	bool servers;                  /* two internal DNS servers or more */
	struct sip_domains *domains;  /* the family's (sip_domains_of) */
	struct kept *v;
	size_t count, cap;
	uint32_t *slots;               /* first kept + 1 by entry, or 0 */
	size_t nslots;
	struct target *targets;        /* internal sign-in SRV targets */
	size_t ntargets, tcap;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->domains = sip_domains_of(ctx);
	st->servers = zl_server_count(ctx) > 1;
	if (!st->servers)
		zl_skip_records(ctx); /* nothing to compare */
}

static size_t
slot_of(const struct state *st, const struct zl_name *entry)
{
	uintptr_t h = (uintptr_t)entry;
	h ^= h >> 17;
	h *= 0x9E3779B97F4A7C15ull;
	size_t j = (size_t)(h >> 20) & (st->nslots - 1);
	while (st->slots[j] && st->v[st->slots[j] - 1].entry != entry)
		j = (j + 1) & (st->nslots - 1);
	return j;
}

static void
rehash(struct state *st)
{
	free(st->slots);
	st->nslots = st->nslots ? st->nslots * 2 : 1024;
	st->slots = zl_alloc(st->nslots, sizeof *st->slots);
	for (size_t i = 0; i < st->count; i++) {
		st->v[i].next = 0;
		size_t j = slot_of(st, st->v[i].entry);
		/* chain in file order: the slot keeps the first */
		if (st->slots[j] == 0) {
			st->slots[j] = (uint32_t)i + 1;
		} else {
			size_t k = st->slots[j] - 1; /* bounded: one name's records */
			while (st->v[k].next)
				k = st->v[k].next - 1;
			st->v[k].next = (uint32_t)i + 1;
		}
	}
}

/* The value a client is given, as text compared across servers. */
static char *
value_of(const ldns_rr *rr)
{
	ldns_rr_type t = ldns_rr_get_type(rr);
	const ldns_rdf *r = ldns_rr_rdf(rr, t == LDNS_RR_TYPE_SRV ? 3 : 0);
	char *v = ldns_rdf2str(r);
	char *port = t == LDNS_RR_TYPE_SRV ? ldns_rdf2str(ldns_rr_rdf(rr, 2)) : NULL;
	char *s = sip_strf("%s %s%s%s", t == LDNS_RR_TYPE_SRV ? "SRV" :
	    t == LDNS_RR_TYPE_CNAME ? "CNAME" : t == LDNS_RR_TYPE_A ? "A" : "AAAA",
	    port ? port : "", port ? " " : "", v ? v : "?");
	for (char *p = strchr(s, ' '); *p; p++) /* names compare caselessly */
		*p = (char)zl_lower((uint8_t)*p);
	free(v);
	free(port);
	return s;
}

static void
keep(struct state *st, const struct zl_record *rec)
{
	st->v = zl_grow(st->v, &st->cap, st->count + 1, sizeof *st->v);
	st->v[st->count++] = (struct kept){rec->zone, rec->name,
	    value_of(rec->rr), rec->loc, 0};
	if (st->count * 2 > st->nslots) {
		rehash(st);
		return;
	}
	size_t j = slot_of(st, rec->name);
	if (st->slots[j] == 0) {
		st->slots[j] = (uint32_t)st->count;
		return;
	}
	size_t k = st->slots[j] - 1; /* bounded: one name's records */
	while (st->v[k].next)
		k = st->v[k].next - 1;
	st->v[k].next = (uint32_t)st->count;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (!st->servers)
		return;
	if (zl_zone_view(rec->zone) != ZL_VIEW_INTERNAL || rec->name == NULL ||
	    ldns_rr_rd_count(rec->rr) == 0)
		return;
	ldns_rr_type t = ldns_rr_get_type(rec->rr);
	if (t == LDNS_RR_TYPE_SRV) {
		ldns_rdf dom;
		const struct sip_service *svc = sip_srv_service(rec->rr, &dom);
		if (svc == NULL || !svc->lync || svc->kind == SIP_FEDERATION)
			return;
		st->targets = zl_grow(st->targets, &st->tcap, st->ntargets + 1,
		    sizeof *st->targets);
		st->targets[st->ntargets++] = (struct target){
		    ldns_rdf_clone(ldns_rr_rdf(rec->rr, 3)),
		    zl_zone_server(rec->zone)};
	}
	keep(st, rec);
}

/* The values zone gives for name (the kept records there, of a type in
 * want), sorted, into a list; returns how many, and sets *at to the
 * first of those records. */
static size_t
values(const struct state *st, const struct zl_zone *zone,
    const ldns_rdf *name, uint32_t want, const char **out, size_t max,
    struct zl_loc *at)
{
	const struct zl_name *e = zl_index_find(zone, name);
	*at = e ? zl_name_first(e) : zl_zone_first(zone);
	if (e == NULL || st->nslots == 0)
		return 0;
	size_t n = 0;
	uint32_t i = st->slots[slot_of(st, e)];
	for (; i && n < max; i = st->v[i - 1].next) { /* at most max */
		const char *v = st->v[i - 1].value;
		uint32_t bit = v[0] == 'S' ? ZL_T_SRV : v[0] == 'C' ? ZL_T_CNAME :
		    v[1] == ' ' ? ZL_T_A : ZL_T_AAAA;
		if (!(want & bit))
			continue;
		if (n == 0)
			*at = st->v[i - 1].loc;
		out[n++] = v;
	}
	for (size_t a = 1; a < n; a++) /* insertion sort: a name's records */
		for (size_t b = a; b > 0 && strcmp(out[b - 1], out[b]) > 0; b--) {
			const char *t = out[b];
			out[b] = out[b - 1];
			out[b - 1] = t;
		}
	return n;
}

#define MAX_VALUES 32 /* compared per name and server; more are not */

static void
join(const char **v, size_t n, char *buf, size_t size)
{
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n && i < 4; i++) {
		int k = snprintf(buf + len, size - len, "%s%s", i ? ", " : "", v[i]);
		if (k < 0 || (size_t)k >= size - len)
			return;
		len += (size_t)k;
	}
	if (n > 4)
		snprintf(buf + len, size - len, " and %zu more", n - 4);
}

static void
report_missing(struct zl_ctx *ctx, const ldns_rdf *name,
    const struct answers *a, unsigned have, struct zl_loc at)
{
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], who[ZL_MAX_SERVERS * 40];
	zl_dname_str(name, n, sizeof n);
	answers_lacking(ctx, a, who, sizeof who);
	bool fwd = false;
	for (unsigned k = 0; k < a->count; k++)
		fwd |= a->by[k].kind == ANSWER_PUBLIC;
	const struct zl_zone *z = a->by[have].zone;
	size_t id = zl_report(ctx, at, "%s is answered here, but internal DNS server %s has no record of its own "
	    "for it (%s): clients given %s, e.g. over VPN or in a branch, %s",
	    n, who, fwd ? "no zone for it, so it forwards the name to public "
	    "DNS" : "its zone for the domain lacks it", who, fwd ? "resolve it "
	    "publicly" : "get no answer");
	const char *zn = zl_zone_origin_str(z), *from = zl_server_name(ctx, have);
	int zl = (int)strlen(zn) - 1; /* dnscmd and PowerShell: no final dot */
	zl_report_fix(ctx, id, "create zone %s on %s too, e.g. as a secondary of "
	    "%s's: dnscmd <server> /zoneadd %.*s /secondary <address of %s>", zn,
	    who, from, zl, zn, from);
	zl_report_fix(ctx, id, "or store it in Active Directory with a "
	    "replication scope that reaches every DNS server: dnscmd . /zoneadd "
	    "%.*s /dsprimary /dp /forest; PowerShell: Add-DnsServerPrimaryZone "
	    "-Name %.*s -ReplicationScope Forest (Set-DnsServerPrimaryZone for a "
	    "zone that exists)", zl, zn, zl, zn);
	zl_report_fix(ctx, id, "BIND: zone \"%.*s\" { type secondary; "
	    "primaries { <address of %s>; }; file \"%.*s.zone\"; };", zl, zn,
	    from, zl, zn);
}

/* Compares how the servers in need (bit k: server k) answer name. */
static void
compare(struct zl_ctx *ctx, const struct state *st, const ldns_rdf *name,
    uint32_t want, uint32_t need)
{
	struct answers a;
	answers_of(ctx, name, want, &a);
	a.own = 0;
	for (unsigned k = 0; k < a.count; k++) { /* servers it does not concern */
		if (!(need & (1u << k)))
			a.by[k].kind = ANSWER_UNKNOWN;
		a.own += a.by[k].kind == ANSWER_OWN;
	}
	if (a.own == 0)
		return; /* no server has it: the single-view rules say so */
	unsigned have = 0;
	while (a.by[have].kind != ANSWER_OWN)
		have++;
	const char *ref[MAX_VALUES], *other[MAX_VALUES];
	struct zl_loc at;
	size_t nref = values(st, a.by[have].zone, name, want, ref, MAX_VALUES,
	    &at);
	for (unsigned k = 0; k < a.count; k++)
		if (a.by[k].kind == ANSWER_PUBLIC || a.by[k].kind == ANSWER_LACKS) {
			report_missing(ctx, name, &a, have, at);
			break; /* one finding names every server that lacks it */
		}
	for (unsigned k = have + 1; k < a.count; k++) {
		if (a.by[k].kind != ANSWER_OWN)
			continue;
		size_t n = values(st, a.by[k].zone, name, want, other, MAX_VALUES,
		    &at);
		bool same = n == nref;
		for (size_t i = 0; same && i < n; i++)
			same = strcmp(ref[i], other[i]) == 0;
		if (same)
			continue;
		char nm[LDNS_MAX_DOMAINLEN * 4 + 2], mine[1024], theirs[1024];
		join(other, n, mine, sizeof mine);
		join(ref, nref, theirs, sizeof theirs);
		size_t id = zl_report(ctx, at, "%s is answered here with %s, but "
		    "internal DNS server %s answers %s: clients get one or the other "
		    "by the DNS server they were given", zl_dname_str(name, nm,
		    sizeof nm), mine, zl_server_name(ctx, have), theirs);
		zl_report_fix(ctx, id, "make every internal DNS server hold the "
		    "same data: one AD-integrated zone replicated to all of them, or "
		    "secondaries of one primary (split-server-drift lists what "
		    "differs)");
	}
}

static int
cmp_target(const void *a, const void *b)
{
	return ldns_dname_compare(((const struct target *)a)->name,
	    ((const struct target *)b)->name);
}

/* name under a fixed first label ("\024lyncdiscoverinternal"), over buf */
static bool
prefixed(const uint8_t *label, size_t n, const ldns_rdf *dom, uint8_t *buf,
    ldns_rdf *out)
{
	if (n + ldns_rdf_size(dom) > LDNS_MAX_DOMAINLEN)
		return false;
	memcpy(buf, label, n);
	memcpy(buf + n, ldns_rdf_data(dom), ldns_rdf_size(dom));
	*out = (ldns_rdf){._size = n + ldns_rdf_size(dom),
	    ._type = LDNS_RDF_TYPE_DNAME, ._data = buf};
	return true;
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	if (!st->servers)
		return;
	static const uint8_t srv[] = "\017_sipinternaltls\004_tcp";
	static const uint8_t disc[] = "\024lyncdiscoverinternal";
	const uint32_t host = ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, all = ~0u;
	for (size_t i = 0; i < st->domains->count; i++) { /* one per domain */
		uint8_t buf[LDNS_MAX_DOMAINLEN + 1];
		ldns_rdf name;
		if (prefixed(srv, sizeof srv - 1, st->domains->v[i].name, buf, &name))
			compare(ctx, st, &name, ZL_T_SRV, all);
		if (prefixed(disc, sizeof disc - 1, st->domains->v[i].name, buf,
		    &name))
			compare(ctx, st, &name, host, all);
	}
	/* each target once, among the servers whose SRVs name it: the others'
	 * clients never ask for it */
	if (st->ntargets > 1)
		qsort(st->targets, st->ntargets, sizeof *st->targets, cmp_target);
	for (size_t i = 0, j; i < st->ntargets; i = j) {
		uint32_t need = 0;
		for (j = i; j < st->ntargets && zl_dname_eq(st->targets[i].name,
		    st->targets[j].name); j++) /* the run of one name */
			need |= 1u << st->targets[j].server;
		compare(ctx, st, st->targets[i].name, host, need);
	}
	const struct zl_names *declared = &zl_options(ctx)->sip_internal_names;
	for (size_t i = 0; i < declared->count; i++)
		compare(ctx, st, declared->name[i], host, all);
}

static void
free_state(void *p)
{
	struct state *st = p;
	for (size_t i = 0; i < st->count; i++)
		free(st->v[i].value);
	free(st->v);
	free(st->slots);
	for (size_t i = 0; i < st->ntargets; i++)
		ldns_rdf_deep_free(st->targets[i].name);
	free(st->targets);
}

const struct zl_rule rule_split_server_missing_name = {
	.id = "split-server-missing-name",
	.severity = ZL_WARNING,
	.types = SIP_DOMAIN_TYPES,
	.state_size = sizeof(struct state),
	.family = &sip_domains_family,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "internal DNS servers answer a Lync name differently",
	.why =
	    "Internal clients ask whichever DNS server they were given: a domain\n"
	    "controller on site, a VPN pool's DNS server, a branch's.  A pinpoint\n"
	    "zone created on one server (or an AD-integrated zone whose\n"
	    "replication scope does not reach the others) leaves the rest\n"
	    "forwarding the name to public DNS: the sign-in works at the desk and\n"
	    "fails over VPN.  Give zonelint each server's exports (--internal\n"
	    "SERVER=PATH, or internal.SERVER = PATH in .zonelint) and it compares,\n"
	    "for each Lync SIP domain, the _sipinternaltls._tcp SRV, the targets\n"
	    "of the internal sign-in SRVs, lyncdiscoverinternal and the names\n"
	    "declared with --sip-internal-name.  A server that has no record of\n"
	    "its own for one is named in a warning at the record on the first\n"
	    "server that has it; a server that answers with other data (another\n"
	    "target, another address) gets the warning at its own record.  With\n"
	    "one internal server, or when no server has the name (the other\n"
	    "split-* rules say so), it is quiet.",
	.bad =
	    ";; file: internal/dc1/_sipinternaltls._tcp.contoso.com.dns\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/dc1/sip.contoso.com.dns\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: internal/vpndns/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA vpndns.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  vpndns.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@     IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN NS  ns1\n"
	    "ns1   IN A   192.0.2.53\n"
	    "sip   IN A   192.0.2.10\n",
	.good =
	    ";; file: internal/dc1/_sipinternaltls._tcp.contoso.com.dns\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/dc1/sip.contoso.com.dns\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: internal/vpndns/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA vpndns.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  vpndns.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/vpndns/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA vpndns.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  vpndns.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@     IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN NS  ns1\n"
	    "ns1   IN A   192.0.2.53\n"
	    "sip   IN A   192.0.2.10\n",
	.fix =
	    "Give every internal DNS server the same zones.  Either store them\n"
	    "in Active Directory with a replication scope that reaches every DNS\n"
	    "server (all DNS servers in the forest):\n"
	    "  dnscmd . /zoneadd _sipinternaltls._tcp.contoso.com /dsprimary /dp /forest\n"
	    "  Add-DnsServerPrimaryZone -Name _sipinternaltls._tcp.contoso.com -ReplicationScope Forest\n"
	    "  (Set-DnsServerPrimaryZone -Name ... -ReplicationScope Forest for a zone that exists)\n"
	    "or make each other server a secondary of the one that has them:\n"
	    "  dnscmd vpndns /zoneadd _sipinternaltls._tcp.contoso.com /secondary 10.0.0.2\n"
	    "  BIND: zone \"_sipinternaltls._tcp.contoso.com\" { type secondary;\n"
	    "        primaries { 10.0.0.2; }; file \"_sipinternaltls._tcp.contoso.com.zone\"; };",
	.refs = "Microsoft, \"DNS requirements for Skype for Business Server\" "
	    "(pinpoint zones); Microsoft, \"dnscmd zoneadd\" (/dp /forest) and "
	    "\"Add-DnsServerPrimaryZone\" (-ReplicationScope); RFC 5936 (zone "
	    "transfer)",
};
