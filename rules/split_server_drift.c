/*
 * split-server-drift: one zone exported from two internal DNS servers,
 * with records that one copy has and the other lacks (a secondary that
 * has not transferred, or Active Directory replication lag): clients get
 * different answers depending on the server they were given.
 *
 * Only when the run has several internal DNS servers: with one or none,
 * on_record returns at once and nothing is kept.  Else each record of an
 * internal zone is kept as its canonical form (owner, type, class, data,
 * in wire form with every name in lower case; no TTL) in an arena, and
 * a struct kept beside it (a 64-bit hash of the form, where the form is,
 * its length, the record's place), never the ldns_rr.  Per record that
 * is 32 bytes plus the form: the owner's wire length + 4 + the data's
 * length (www.contoso.com. A: 32 + 17 + 4 + 4 = 57 bytes).  The arena
 * grows by chunks of ARENA_CHUNK bytes, a longer form taking a chunk of
 * its own, so each chunk leaves less than one form unused.
 *
 * At the end of the run each copy's records are sorted by hash, then
 * form (equal hashes compare the bytes: a collision is never taken for
 * the same record), and the copies of one origin on different servers
 * are merged pair by pair: at most ZL_MAX_SERVERS copies of an origin,
 * so at most 16 * 15 / 2 pairs, each merge a pass over both copies.
 * Records of a zone arrive one after another, between its start and its
 * on_zone_end (src/engine.c), so a zone's records are one run of kept;
 * a zone found in two runs would not be compared.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/inputs.h"
#include "../src/rrname.h"
#include "../src/wks.h"
#include "../src/zonelint.h"

#define ARENA_CHUNK (1u << 20) /* bytes of forms per chunk */
#define TEXT_MAX 200           /* bytes of a record's text in a message */

/* A record of an internal zone. */
struct kept {
	uint64_t hash;         /* FNV-1a of form */
	const uint8_t *form;   /* owner, type, class, data: in the arena */
	struct zl_loc loc;
	uint32_t len;          /* of form: at most 255 + 4 + 65,512, as the
	                        * reader takes no longer name or data */
};

/* The records of one internal zone: kept[first .. first + count). */
struct copy {
	const struct zl_zone *zone;
	size_t first, count;
	struct zl_loc soa;     /* its first SOA at the apex; line 0: none */
	uint32_t serial;
};

struct state {
	bool on;               /* several internal DNS servers */
	struct kept *kept;
	size_t nkept, kept_cap;
	struct copy *copies;
	size_t ncopies, copies_cap;
	uint8_t **chunks;      /* the arena */
	size_t nchunks, chunks_cap;
	size_t used, room;     /* in the last chunk */
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->on = zl_server_count(ctx) > 1;
	if (!st->on)
		zl_skip_records(ctx); /* one internal DNS server or none */
}

/* len bytes in the arena, which never move. */
static uint8_t *
arena_take(struct state *st, size_t len)
{
	if (st->nchunks == 0 || len > st->room - st->used) {
		size_t size = len > ARENA_CHUNK ? len : ARENA_CHUNK;
		st->chunks = zl_grow(st->chunks, &st->chunks_cap, st->nchunks + 1,
		    sizeof *st->chunks);
		st->chunks[st->nchunks++] = zl_alloc(size, 1);
		st->used = 0;
		st->room = size;
	}
	uint8_t *p = st->chunks[st->nchunks - 1] + st->used;
	st->used += len;
	return p;
}

/* The copy rec's zone's records go to: the last one, or a new one. */
static struct copy *
copy_of(struct state *st, const struct zl_zone *zone)
{
	if (st->ncopies > 0 && st->copies[st->ncopies - 1].zone == zone)
		return &st->copies[st->ncopies - 1];
	st->copies = zl_grow(st->copies, &st->copies_cap, st->ncopies + 1,
	    sizeof *st->copies);
	struct copy *c = &st->copies[st->ncopies++];
	*c = (struct copy){.zone = zone, .first = st->nkept};
	return c;
}

/* Copies n octets of a name to p in lower case (a label's length octet,
 * below 64, is no letter). */
static void
put_lower(uint8_t *p, const uint8_t *name, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = zl_lower(name[i]);
}

/* rec's canonical form into the arena, and its entry. */
static void
keep(struct state *st, struct copy *c, const struct zl_record *rec)
{
	const ldns_rr *rr = rec->rr;
	const ldns_rdf *owner = ldns_rr_owner(rr);
	size_t n = ldns_rr_rd_count(rr), len = ldns_rdf_size(owner) + 4;
	for (size_t i = 0; i < n; i++)
		len += ldns_rdf_size(ldns_rr_rdf(rr, i));
	uint8_t *p = arena_take(st, len);
	size_t at = ldns_rdf_size(owner);
	put_lower(p, ldns_rdf_data(owner), at);
	ldns_write_uint16(p + at, (uint16_t)ldns_rr_get_type(rr));
	ldns_write_uint16(p + at + 2, (uint16_t)ldns_rr_get_class(rr));
	at += 4;
	for (size_t i = 0; i < n; i++) {
		const ldns_rdf *f = ldns_rr_rdf(rr, i);
		if (ldns_rdf_get_type(f) == LDNS_RDF_TYPE_DNAME)
			put_lower(p + at, ldns_rdf_data(f), ldns_rdf_size(f));
		else
			memcpy(p + at, ldns_rdf_data(f), ldns_rdf_size(f));
		at += ldns_rdf_size(f);
	}
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < len; i++)
		h = (h ^ p[i]) * 1099511628211ull;
	st->kept = zl_grow(st->kept, &st->kept_cap, st->nkept + 1,
	    sizeof *st->kept);
	st->kept[st->nkept++] = (struct kept){.hash = h, .form = p,
	    .loc = rec->loc, .len = (uint32_t)len};
	c->count++;
}

/* A record of an internal zone, with several servers.  Not inlined, so
 * that on_record, which every record of every run passes through, saves
 * no registers before it returns. */
__attribute__((noinline)) static void
collect(struct state *st, const struct zl_record *rec)
{
	if (zl_zone_view(rec->zone) != ZL_VIEW_INTERNAL)
		return;
	struct copy *c = copy_of(st, rec->zone);
	const ldns_rr *rr = rec->rr;
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	switch (ldns_rr_get_type(rr)) {
	case LDNS_RR_TYPE_SOA: /* only its serial, the first at the apex's */
		if (c->soa.line == 0 && apex && ldns_rr_rd_count(rr) >= 3 &&
		    zl_dname_eq(ldns_rr_owner(rr), apex)) {
			c->soa = rec->loc;
			c->serial = ldns_rdf2native_int32(ldns_rr_rdf(rr, 2));
		}
		return;
	case LDNS_RR_TYPE_RRSIG:
	case LDNS_RR_TYPE_NSEC:
	case LDNS_RR_TYPE_NSEC3:
	case LDNS_RR_TYPE_ZONEMD:
		return; /* each signer makes its own */
	case LDNS_RR_TYPE_NS: /* at the apex, each primary names itself */
		if (apex && zl_dname_eq(ldns_rr_owner(rr), apex))
			return;
		keep(st, c, rec);
		return;
	default:
		keep(st, c, rec);
	}
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (st->on) /* else one internal DNS server or none: nothing to do */
		collect(st, rec);
}

/* Records by hash, then form: equal records are neighbours. */
static int
cmp_form(const struct kept *a, const struct kept *b)
{
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return memcmp(a->form, b->form, a->len);
}

/* The same, then by place, so that of two equal records of a copy the
 * first written is the one reported, whatever qsort does. */
static int
by_form_then_place(const void *pa, const void *pb)
{
	const struct kept *a = pa, *b = pb;
	int c = cmp_form(a, b);
	if (c != 0)
		return c;
	if (a->loc.file != b->loc.file)
		return strcmp(zl_file_name(a->loc.file), zl_file_name(b->loc.file));
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	return a->loc.col < b->loc.col ? -1 : a->loc.col > b->loc.col;
}

/* The wire length of the name at the start of form (len octets). */
static size_t
name_len(const uint8_t *form, size_t len)
{
	size_t at = 0;
	while (at < len && form[at] != 0) /* at most 128 labels in 255 */
		at += 1 + (size_t)form[at];
	return at + 1;
}

/* Cuts s to TEXT_MAX bytes, with "..." when it was longer. */
static char *
cut(char *s)
{
	if (strlen(s) > TEXT_MAX)
		memcpy(s + TEXT_MAX - 3, "...", 4);
	return s;
}

/* The record as ldns reads form back, "owner [CLASS ]TYPE DATA", or
 * NULL when ldns cannot. */
static char *
text_by_ldns(const uint8_t *form, size_t olen, size_t len)
{
	size_t rdlen = len - olen - 4, wlen = len + 6, pos = 0;
	if (rdlen > 0xffff)
		return NULL;
	uint8_t *wire = zl_alloc(wlen, 1); /* the TTL: 0 */
	memcpy(wire, form, olen + 4);
	const struct zl_rrtype *rt = zl_rrtype(ldns_read_uint16(form + olen));
	if (rt && rt->like) /* RESINFO is read as TXT is: so printed */
		ldns_write_uint16(wire + olen, (uint16_t)rt->like);
	ldns_write_uint16(wire + olen + 8, (uint16_t)rdlen);
	memcpy(wire + olen + 10, form + olen + 4, rdlen);
	ldns_rr *rr = NULL;
	char *all = NULL, *s = NULL;
	if (ldns_wire2rr(&rr, wire, wlen, &pos, LDNS_SECTION_ANSWER) ==
	    LDNS_STATUS_OK && pos == wlen)
		/* no comments (a DNSKEY's key tag); WKS in numbers, without
		 * asking the system's services database (src/wks.h) */
		all = ldns_rr_get_type(rr) == LDNS_RR_TYPE_WKS ?
		    zl_wks_rr_str(rr) :
		    ldns_rr2str_fmt(ldns_output_format_nocomments, rr);
	ldns_rr_free(rr);
	free(wire);
	/* "owner\tTTL\tCLASS\tTYPE\tDATA\n": names and text are escaped, so
	 * the first four tabs are these */
	char *f[5] = {all};
	for (size_t i = 1; i < 5 && f[i - 1]; i++)
		if ((f[i] = strchr(f[i - 1], '\t')) != NULL)
			*f[i]++ = '\0';
	if (f[4]) {
		size_t e = strcspn(f[4], "\n");
		while (e > 0 && f[4][e - 1] == ' ') /* ldns ends APL, CSYNC so */
			e--;
		f[4][e] = '\0';
		bool in = strcmp(f[2], "IN") == 0;
		char *type = zl_type_str(ldns_read_uint16(form + olen));
		size_t n = strlen(f[0]) + strlen(f[2]) + strlen(type) +
		    strlen(f[4]) + 4;
		s = zl_alloc(n, 1);
		snprintf(s, n, "%s%s%s %s%s%s", f[0], in ? "" : " ",
		    in ? "" : f[2], type, *f[4] ? " " : "", f[4]);
		free(type);
	}
	free(all);
	return s;
}

/* The record whose canonical form is form, in presentation format
 * (names in lower case): a string to free(). */
static char *
record_text(const uint8_t *form, size_t len)
{
	size_t olen = name_len(form, len);
	char *s = olen + 4 <= len ? text_by_ldns(form, olen, len) : NULL;
	if (s)
		return cut(s);
	/* else the data as RFC 3597 writes unknown data */
	ldns_rdf owner = {olen, LDNS_RDF_TYPE_DNAME, (void *)form};
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	char *type = zl_type_str(ldns_read_uint16(form + olen));
	size_t rdlen = len - olen - 4, n = TEXT_MAX + 4;
	s = zl_alloc(n, 1);
	int at = snprintf(s, n, "%s %s \\# %zu ", zl_dname_str(&owner, o,
	    sizeof o), type, rdlen);
	for (size_t i = 0; i < rdlen && at > 0 && (size_t)at + 3 < n; i++)
		at += snprintf(s + at, n - (size_t)at, "%02x",
		    form[olen + 4 + i]);
	free(type);
	return cut(s);
}

/* Reports each record of x that y lacks, once (a record written twice
 * in x is reported at its first place); returns how many.  Both are
 * sorted: one pass over each. */
static size_t
report_missing(struct zl_ctx *ctx, const struct state *st,
    const struct copy *x, const struct copy *y)
{
	if (x->count == 0)
		return 0;
	/* kept is NULL while no record is kept: no offset from it then */
	const struct kept *a = st->kept + x->first;
	const struct kept *b = y->count ? st->kept + y->first : NULL;
	size_t missing = 0, j = 0;
	for (size_t i = 0; i < x->count; i++) {
		if (i > 0 && cmp_form(&a[i - 1], &a[i]) == 0)
			continue; /* the same record again */
		while (j < y->count && cmp_form(&b[j], &a[i]) < 0)
			j++;
		if (j < y->count && cmp_form(&b[j], &a[i]) == 0)
			continue;
		char *text = record_text(a[i].form, a[i].len);
		zl_report(ctx, a[i].loc, "%s is here but not in the copy of %s on "
		    "internal DNS server %s", text, zl_zone_origin_str(y->zone),
		    zl_server_name(ctx, zl_zone_server(y->zone)));
		free(text);
		missing++;
	}
	return missing;
}

static void
report_serial(struct zl_ctx *ctx, const struct copy *x, const struct copy *y)
{
	zl_report(ctx, x->soa, "%s has serial %u here but %u on internal DNS "
	    "server %s, and the copies' records differ: one copy is stale (a "
	    "secondary that has not transferred, or Active Directory "
	    "replication lag)", zl_zone_origin_str(x->zone), x->serial,
	    y->serial, zl_server_name(ctx, zl_zone_server(y->zone)));
}

/* Two copies of one zone from different servers.  Their serials are
 * reported only when their records differ too: each domain controller
 * keeps its own serial of an Active Directory-integrated zone, so equal
 * copies may have different serials (Microsoft KB 282826). */
static void
compare(struct zl_ctx *ctx, const struct state *st, const struct copy *x,
    const struct copy *y)
{
	size_t differ = report_missing(ctx, st, x, y) +
	    report_missing(ctx, st, y, x);
	if (differ == 0 || x->soa.line == 0 || y->soa.line == 0 ||
	    x->serial == y->serial)
		return;
	report_serial(ctx, x, y);
	report_serial(ctx, y, x);
}

/* A copy to compare, and its zone's place in the run. */
struct entry {
	const struct copy *c;
	size_t zone;
};

static int
by_zone(const void *pa, const void *pb)
{
	uintptr_t a = (uintptr_t)((const struct copy *)pa)->zone;
	uintptr_t b = (uintptr_t)((const struct copy *)pb)->zone;
	return a < b ? -1 : a > b;
}

/* Names in an order where zl_dname_eq's equal names are neighbours. */
static int
name_cmp(const ldns_rdf *a, const ldns_rdf *b)
{
	size_t na = ldns_rdf_size(a), nb = ldns_rdf_size(b);
	if (na != nb)
		return na < nb ? -1 : 1;
	const uint8_t *x = ldns_rdf_data(a), *y = ldns_rdf_data(b);
	for (size_t i = 0; i < na; i++)
		if (zl_lower(x[i]) != zl_lower(y[i]))
			return zl_lower(x[i]) < zl_lower(y[i]) ? -1 : 1;
	return 0;
}

/* By origin, then server, then the zones' order on the command line. */
static int
by_origin(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	int c = name_cmp(zl_zone_origin(a->c->zone), zl_zone_origin(b->c->zone));
	if (c != 0)
		return c;
	unsigned sa = zl_zone_server(a->c->zone), sb = zl_zone_server(b->c->zone);
	if (sa != sb)
		return sa < sb ? -1 : 1;
	return a->zone < b->zone ? -1 : a->zone > b->zone;
}

/* The copies of one origin, n of them, sorted by server: each server's
 * copy is compared with each other server's.  A server with two copies
 * of the zone (two files in its export) is left out: which one it loads
 * is not known, and comparing the other would be a false alarm. */
static void
compare_origin(struct zl_ctx *ctx, const struct state *st,
    const struct entry *g, size_t n)
{
	const struct copy *one[ZL_MAX_SERVERS];
	size_t k = 0;
	for (size_t i = 0, j; i < n; i = j) {
		unsigned server = zl_zone_server(g[i].c->zone);
		for (j = i + 1; j < n && zl_zone_server(g[j].c->zone) == server; j++)
			;
		if (j - i > 1)
			zl_verbose(ctx, "internal DNS server %s has %zu copies of %s "
			    "(%s, %s%s): not compared with other servers'",
			    zl_server_name(ctx, server), j - i,
			    zl_zone_origin_str(g[i].c->zone),
			    zl_file_name(zl_zone_file(g[i].c->zone)),
			    zl_file_name(zl_zone_file(g[i + 1].c->zone)),
			    j - i > 2 ? ", ..." : "");
		else if (k < ZL_MAX_SERVERS) /* servers are numbered below it */
			one[k++] = g[i].c;
	}
	for (size_t a = 0; a < k; a++)
		for (size_t b = a + 1; b < k; b++)
			compare(ctx, st, one[a], one[b]);
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	if (!st->on || st->ncopies == 0)
		return;
	for (size_t i = 0; i < st->ncopies; i++)
		if (st->copies[i].count > 1) /* kept is NULL when none is */
			qsort(st->kept + st->copies[i].first, st->copies[i].count,
			    sizeof *st->kept, by_form_then_place);
	qsort(st->copies, st->ncopies, sizeof *st->copies, by_zone);
	/* the copies to compare, taken in the zones' order: a zone read in
	 * full, its origin known */
	struct entry *v = zl_alloc(st->ncopies, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < zl_zone_count(ctx); i++) {
		const struct zl_zone *z = zl_zone_at(ctx, i);
		if (zl_zone_view(z) != ZL_VIEW_INTERNAL || !zl_zone_origin(z) ||
		    !zl_zone_readable(z) || !zl_zone_complete(z))
			continue;
		struct copy key = {.zone = z};
		const struct copy *c = bsearch(&key, st->copies, st->ncopies,
		    sizeof *st->copies, by_zone), *end = st->copies + st->ncopies;
		if (c == NULL || (c > st->copies && c[-1].zone == z) ||
		    (c + 1 < end && c[1].zone == z))
			continue; /* no record, or not all in one run of kept */
		if (n < st->ncopies)
			v[n++] = (struct entry){c, i};
	}
	qsort(v, n, sizeof *v, by_origin);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && zl_dname_eq(zl_zone_origin(v[i].c->zone),
		    zl_zone_origin(v[j].c->zone)); j++)
			;
		compare_origin(ctx, st, v + i, j - i);
	}
	free(v);
}

static void
free_state(void *p)
{
	struct state *st = p;
	for (size_t i = 0; i < st->nchunks; i++)
		free(st->chunks[i]);
	free(st->chunks);
	free(st->kept);
	free(st->copies);
}

const struct zl_rule rule_split_server_drift = {
	.id = "split-server-drift",
	.severity = ZL_NOTE,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "internal DNS servers hold different copies of a zone",
	.why =
	    "Clients are given one or more internal DNS servers (by DHCP, a VPN\n"
	    "profile or by hand), and each server answers from its own copy of a\n"
	    "zone.  When two servers hold the same zone (a primary and its\n"
	    "secondary, or two domain controllers with an Active\n"
	    "Directory-integrated zone) and their copies differ, the answer a\n"
	    "client gets depends on the server it asked: a record changed on one\n"
	    "server is missing on the other until a zone transfer (NOTIFY, then\n"
	    "IXFR or AXFR) or Active Directory replication brings it over, and a\n"
	    "secondary that no longer transfers keeps answering with old data.\n"
	    "Each internal zone is compared with the zone of the same name\n"
	    "exported from each other internal DNS server (--internal\n"
	    "SERVER=PATH, or internal.SERVER in .zonelint): a record (name,\n"
	    "class, type and data; names without regard to case; the TTL apart)\n"
	    "that one copy has and the other lacks is reported at that record,\n"
	    "once for each server that lacks it, so a record whose data differs\n"
	    "is reported in both copies.  Of the SOA only the serial is\n"
	    "compared, and only when the records differ too: each domain\n"
	    "controller keeps its own serial for an Active Directory-integrated\n"
	    "zone, so copies with the same records may have different serials\n"
	    "(Microsoft KB 282826).  RRSIG, NSEC, NSEC3 and ZONEMD records are\n"
	    "made for each copy when it is signed or published, and the apex's\n"
	    "NS records name the servers that hold it (a pinpoint zone created\n"
	    "on each server names that server): they are not compared.  A copy whose $INCLUDE cannot be read is not compared,\n"
	    "nor are the copies of a server that exported two files for the same\n"
	    "zone (which one it loads is not known).  With a single internal DNS\n"
	    "server nothing is compared or kept; with several, each record of an\n"
	    "internal zone is kept in memory until the end of the run (32 bytes,\n"
	    "and the record in wire form).",
	.bad =
	    ";; file: internal/dc1/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA dc1 hostmaster 41 900 600 86400 3600\n"
	    "@    IN NS  dc1\n"
	    "dc1  IN A   10.0.0.10\n"
	    "sip  IN A   10.0.0.5\n"
	    ";; file: internal/vpndns/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA dc1 hostmaster 41 900 600 86400 3600\n"
	    "@    IN NS  dc1\n"
	    "dc1  IN A   10.0.0.10\n",
	.good =
	    ";; file: internal/dc1/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA dc1 hostmaster 42 900 600 86400 3600\n"
	    "@    IN NS  dc1\n"
	    "dc1  IN A   10.0.0.10\n"
	    "sip  IN A   10.0.0.5\n"
	    ";; file: internal/vpndns/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 1200\n"
	    "@    IN SOA dc1 hostmaster 40 900 600 86400 3600\n"
	    "@    IN NS  DC1.contoso.com.\n"
	    "SIP  IN A   10.0.0.5\n"
	    "dc1  IN A   10.0.0.10\n",
	.fix =
	    "Make the servers agree, then export the zone from each again.  For\n"
	    "an Active Directory-integrated zone, check replication between the\n"
	    "domain controllers and have the DNS server read the zone again:\n"
	    "  repadmin /syncall /AdeP\n"
	    "  dnscmd DC1 /zoneupdatefromds contoso.com\n"
	    "For a secondary zone, check that the primary notifies the secondary\n"
	    "and allows it zone transfers, and make it transfer the zone now:\n"
	    "  dnscmd VPNDNS /zonerefresh contoso.com     (Windows)\n"
	    "  rndc retransfer contoso.com                (BIND)\n"
	    "Or, when both servers are domain controllers, store the zone in\n"
	    "Active Directory with a replication scope that reaches both:\n"
	    "  Add-DnsServerPrimaryZone -Name contoso.com -ReplicationScope Forest\n"
	    "(ConvertTo-DnsServerPrimaryZone for a zone that exists already).",
	.refs = "RFC 1996 (NOTIFY); RFC 1995 (IXFR); RFC 5936 (AXFR); Microsoft "
	    "Learn, \"Understanding DNS Zone Replication in Active Directory "
	    "Domain Services\"; Microsoft KB 282826, \"Active Directory-"
	    "integrated DNS zone serial number behavior\"",
};
