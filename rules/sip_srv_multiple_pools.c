/*
 * sip-srv-multiple-pools: a sign-in SRV owner of one zone that names
 * more than one target.
 *
 * Microsoft's DNS requirements for automatic client sign-in: one server
 * or pool is designated to distribute sign-in requests, and only one SRV
 * record is created, for it.  The services are those a Lync client signs
 * in through (kind SIP_SIGNIN or SIP_INTERNAL_ONLY, and Lync's own):
 * _sipinternaltls._tcp, _sipinternal._tcp and _sip._tls.  _sip._tcp is
 * plain SIP too (RFC 3263), whose SRVs may well name several servers,
 * and federation SRVs are for partners: neither is checked.  Null SRVs
 * (target ".") offer nothing and are skipped by sip_srv_service().
 *
 * Per zone, per owner: the owner's index entry (rec->name: one per name
 * and zone, never moving) keys a small hash table, reset at each zone's
 * end, that finds the owner's first target and the other targets already
 * reported.  Targets compare without case; port, priority and weight do
 * not count.  A copy of the first target is hygiene-duplicate-record's.
 * Names are kept in an arena (zl_namelist): no allocation per record.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "sip.h"

/* Other targets of one owner that are reported and remembered; past
 * this many, the owner's further targets are not reported (a zone with
 * so many pools at one name is no sign-in design, and the findings say
 * so already), which bounds the compare per record. */
#define OTHERS_MAX 16

struct owner {
	const struct zl_name *entry;
	uint32_t first;      /* its first target: a name of st->names */
	uint32_t others;     /* the last reported target + 1, 0: none */
	uint16_t nothers;
	bool full;           /* OTHERS_MAX reached, and said so */
};

struct state {
	struct owner *v;     /* the zone's sign-in SRV owners */
	size_t count, cap;
	uint32_t *slots;     /* owner number + 1, by entry pointer */
	size_t nslots;       /* 0 or a power of two, over twice count */
	struct zl_namelist names;  /* first and reported targets */
	uint32_t *next;      /* per name of names: the owner's previous
	                      * reported target + 1, 0: none */
	size_t ncap;
};

static size_t
slot_of(const struct state *st, const struct zl_name *entry)
{
	/* Fibonacci hashing of the address: entries are 24 bytes apart */
	uint64_t h = (uint64_t)(uintptr_t)entry * 0x9e3779b97f4a7c15u;
	size_t mask = st->nslots - 1;
	/* bounded: the table is never more than half full, so an empty slot
	 * comes within nslots steps */
	for (size_t j = (size_t)(h >> 32) & mask;; j = (j + 1) & mask)
		if (st->slots[j] == 0 || st->v[st->slots[j] - 1].entry == entry)
			return j;
}

static struct owner *
owner_find(const struct state *st, const struct zl_name *entry)
{
	if (st->nslots == 0)
		return NULL;
	uint32_t i = st->slots[slot_of(st, entry)];
	return i ? &st->v[i - 1] : NULL;
}

static uint32_t
name_add(struct state *st, const ldns_rdf *name, struct zl_loc loc,
    uint32_t next)
{
	zl_namelist_add(&st->names, name, loc);
	st->next = zl_grow(st->next, &st->ncap, st->names.count, sizeof *st->next);
	st->next[st->names.count - 1] = next;
	return (uint32_t)st->names.count - 1;
}

static void
owner_add(struct state *st, const struct zl_name *entry, const ldns_rdf *target,
    struct zl_loc loc)
{
	st->v = zl_grow(st->v, &st->cap, st->count + 1, sizeof *st->v);
	st->v[st->count++] = (struct owner){entry, name_add(st, target, loc, 0),
	    0, 0, false};
	if (st->count * 2 > st->nslots) {
		free(st->slots);
		st->nslots = st->nslots ? st->nslots * 2 : 64;
		st->slots = zl_alloc(st->nslots, sizeof *st->slots);
		/* bounded: the owners of this zone, each once */
		for (size_t i = 0; i < st->count; i++)
			st->slots[slot_of(st, st->v[i].entry)] = (uint32_t)i + 1;
	} else {
		st->slots[slot_of(st, entry)] = (uint32_t)st->count;
	}
}

/* Whether target is the owner's first target or one already reported. */
static bool
known(const struct state *st, const struct owner *o, const ldns_rdf *target)
{
	ldns_rdf n = zl_namelist_name(&st->names, o->first);
	if (zl_dname_eq(&n, target))
		return true;
	/* bounded: at most OTHERS_MAX reported targets per owner */
	for (uint32_t i = o->others; i != 0; i = st->next[i - 1]) {
		n = zl_namelist_name(&st->names, i - 1);
		if (zl_dname_eq(&n, target))
			return true;
	}
	return false;
}

/* The owner as a dnscmd node name, relative to the zone's origin ("@" at
 * the apex, no final dot), into buf; NULL when it is not in the zone. */
static const char *
node_name(const ldns_rdf *owner, const ldns_rdf *origin, char *buf,
    size_t size)
{
	if (origin == NULL || !zl_dname_in(owner, origin))
		return NULL;
	size_t k = zl_dname_labels(owner) - zl_dname_labels(origin);
	if (k == 0)
		return "@";
	char suffix[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(owner, buf, size);
	zl_dname_str(origin, suffix, sizeof suffix);
	/* owner's text is the k labels, a dot, then origin's text ("." alone
	 * for the root, whose dot is the owner's final one) */
	size_t n = strlen(buf), s = strlen(suffix);
	size_t cut = strcmp(suffix, ".") == 0 ? n - 1 : n - s - 1;
	if (cut >= n)
		return NULL;
	buf[cut] = '\0';
	return buf;
}

static void
report(struct zl_ctx *ctx, const struct zl_record *rec, const ldns_rdf *first,
    struct zl_loc first_loc)
{
	const ldns_rr *rr = rec->rr;
	const ldns_rdf *owner = ldns_rr_owner(rr), *target = ldns_rr_rdf(rr, 3);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2], t[LDNS_MAX_DOMAINLEN * 4 + 2];
	char f[LDNS_MAX_DOMAINLEN * 4 + 2], node[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(owner, o, sizeof o);
	zl_dname_str(target, t, sizeof t);
	zl_dname_str(first, f, sizeof f);
	struct zl_loc at = rec->loc;
	if (rec->rdata_count >= 4)
		at = (struct zl_loc){rec->loc.file, rec->rdata[3].line,
		    rec->rdata[3].col};
	const char *of = first_loc.file != rec->loc.file ? " of " : "";
	const char *file = *of ? zl_file_name(first_loc.file) : "";
	size_t id = zl_report(ctx, at, "%s already sends clients to %s (line "
	    "%u%s%s), and this SRV names another pool, %s; automatic sign-in "
	    "takes one designated pool", o, f, first_loc.line, of, file, t);
	zl_report_fix(ctx, id, "keep only the SRV of the pool designated to "
	    "distribute sign-in requests; where that is %s, delete this one", f);
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	const char *nn = node_name(owner, origin, node, sizeof node);
	if (nn == NULL)
		return;
	const char *zone = zl_zone_origin_str(rec->zone);
	int zl = (int)strlen(zone) - (strcmp(zone, ".") != 0); /* no final dot */
	zl_report_fix(ctx, id, "dnscmd . /recorddelete %.*s %s SRV %u %u %u %s /f",
	    zl, zone, nn, ldns_rdf2native_int16(ldns_rr_rdf(rr, 0)),
	    ldns_rdf2native_int16(ldns_rr_rdf(rr, 1)),
	    ldns_rdf2native_int16(ldns_rr_rdf(rr, 2)), t);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rdf dom;
	const struct sip_service *svc = sip_srv_service(rec->rr, &dom);
	if (svc == NULL || svc->kind == SIP_FEDERATION || !svc->lync)
		return; /* not a Lync sign-in SRV, or a null SRV */
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, 3);
	struct owner *o = owner_find(st, rec->name);
	if (o == NULL) {
		owner_add(st, rec->name, target, rec->loc);
		return;
	}
	if (o->full || known(st, o, target))
		return; /* the same pool again, or past the bound */
	if (o->nothers == OTHERS_MAX) {
		o->full = true;
		zl_verbose(ctx, "%s:%u: more than %d other sign-in pools at one "
		    "name: later ones there are not reported",
		    zl_file_name(rec->loc.file), rec->loc.line, OTHERS_MAX);
		return;
	}
	ldns_rdf first = zl_namelist_name(&st->names, o->first);
	struct zl_loc first_loc = st->names.v[o->first].loc;
	report(ctx, rec, &first, first_loc);
	o->others = name_add(st, target, rec->loc, o->others) + 1;
	o->nothers++;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	if (st->count == 0)
		return; /* the table is empty already */
	/* the next zone starts small: clearing a big table per zone would
	 * cost every zone the largest one's size */
	free(st->slots);
	st->slots = NULL;
	st->nslots = 0;
	st->count = 0;
	zl_namelist_clear(&st->names);
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->v);
	free(st->slots);
	free(st->next);
	zl_namelist_free(&st->names);
}

const struct zl_rule rule_sip_srv_multiple_pools = {
	.id = "sip-srv-multiple-pools",
	.severity = ZL_WARNING,
	.types = ZL_T_SRV,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "several sign-in pools in SRV records",
	.why =
	    "Lync and Skype for Business clients sign in automatically by\n"
	    "looking up an SRV record of their SIP domain:\n"
	    "_sipinternaltls._tcp inside the network (_sipinternal._tcp where\n"
	    "TCP is allowed, in Office Communications Server), _sip._tls from\n"
	    "outside.  Microsoft's DNS requirements for automatic client sign-in\n"
	    "say that a single server or pool is designated to distribute and\n"
	    "authenticate sign-in requests, and that only one SRV record is\n"
	    "created, for that designated server or pool: none for additional\n"
	    "internal servers or pools.  Microsoft writes this of the internal\n"
	    "record; zonelint holds _sip._tls, the record external clients sign\n"
	    "in with, to the same one target.  The finding is at the first\n"
	    "record whose target is not the first one's at that name, and at\n"
	    "each further distinct target.  Targets compare without case; port,\n"
	    "priority and weight do not count, and a copy of a record is\n"
	    "hygiene-duplicate-record's.  Not checked: _sip._tcp, which is also\n"
	    "plain SIP (RFC 3263) and may name several servers,\n"
	    "_sipfederationtls._tcp and XMPP, which are for federation\n"
	    "partners, and null SRVs (target \".\", RFC 2782).  Records are\n"
	    "compared within one zone: the same name in another zone file (the\n"
	    "other view, another DNS server) is not compared.  Past 16 other\n"
	    "targets at one name, further ones are not reported.",
	.bad =
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 pool1.contoso.com.\n"
	    "@  IN SRV 0 0 5061 pool2.contoso.com.\n"
	    ";; file: internal/pool1.contoso.com.zone\n"
	    "$ORIGIN pool1.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.21\n"
	    ";; file: internal/pool2.contoso.com.zone\n"
	    "$ORIGIN pool2.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.22\n"
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
	    "@  IN SRV 0 0 5061 pool1.contoso.com.\n"
	    ";; file: internal/pool1.contoso.com.zone\n"
	    "$ORIGIN pool1.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.21\n"
	    ";; file: internal/pool2.contoso.com.zone\n"
	    "$ORIGIN pool2.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.22\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@         IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN NS  ns1\n"
	    "ns1       IN A   192.0.2.53\n"
	    "sip       IN A   192.0.2.10\n"
	    "_sip._tls IN SRV 0 0 443 sip.contoso.com.\n",
	.fix =
	    "Keep only the SRV record of the pool designated to distribute\n"
	    "sign-in requests, and delete the others: in a zone file, delete\n"
	    "their lines; in Windows DNS (the zone named without its final dot,\n"
	    "@ for a pinpoint zone's apex):\n"
	    "  dnscmd . /recorddelete contoso.com _sipinternaltls._tcp SRV 0 0 5061 pool2.contoso.com. /f",
	.refs = "Microsoft, \"DNS requirements for automatic client sign-in\" "
	    "(Lync Server 2013, Lync Server 2010); Microsoft, \"Required DNS "
	    "Records for Automatic Client Sign-In\" (Office Communications "
	    "Server 2007); Microsoft, \"DNS requirements for Skype for Business "
	    "Server\"",
};
