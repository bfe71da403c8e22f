/*
 * hygiene-duplicate-record: the same record twice.
 *
 * A copy (same owner, class, type and data; names in the data compared
 * without case; the TTL apart) is the same record: an RRset is a set.
 * Keeping every record of a million-record zone to compare would cost
 * more than the whole name index, so a record is compared with those of
 * its run: the records just before it with the same owner entry, with no
 * other name between.  Zone files, Windows exports and dig transcripts
 * keep a name's records together; a Route 53 routing-policy set
 * (zl_record.set) starts a run of its own, as its records are another
 * answer, not more of one RRset.  A run keeps at most RUN_MAX records,
 * and takes none once it holds RUN_BYTES of data (so under RUN_BYTES
 * plus one record's 65,535); later ones are compared, not kept.  A copy
 * whose names differ in case only is one too (BIND's check-dup-records
 * looks for those), and the message says so; a TTL that differs is left
 * to hygiene-ttl-mismatch, so that each mistake is told once.  Each
 * apex SOA is compared with the zone's first instead, and a copy is
 * reported only once another record follows it: dig axfr ends its
 * transcript with the SOA again (RFC 5936 section 2.2).
 */
#include <stdlib.h>
#include <string.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"

#define RUN_MAX 64              /* records of one run kept */
#define RUN_BYTES (64u << 10)   /* and their data, in bytes */

/* A record of the current run: its data, as written, in st->bytes. */
struct kept {
	uint32_t off, len;
	struct zl_loc loc;
	uint32_t ttl;
	uint16_t type, klass;
};

struct state {
	const struct zl_name *owner; /* the run's owner entry */
	uint32_t rset;               /* and routing-policy set */
	struct kept run[RUN_MAX];
	size_t n;
	uint8_t *bytes;              /* the run's data */
	size_t len, cap;
	uint8_t *soa;                /* the zone's first apex SOA's data */
	size_t soa_cap;
	struct kept first_soa;       /* loc.line 0: none yet */
	struct kept copy;            /* an SOA copy not yet reported */
	bool copy_waits;
};

/* Copies rec's data, as written, to *buf + at, growing it. */
static void
copy_data(uint8_t **buf, size_t *cap, size_t at, const struct zl_record *rec)
{
	if (rec->data_len == 0)
		return; /* a record without data: nothing to copy (data NULL) */
	if (at + rec->data_len > *cap)
		*buf = zl_grow(*buf, cap, at + rec->data_len, 1);
	memcpy(*buf + at, rec->data, rec->data_len);
}

/* Whether rr's data is the len bytes at p, names compared without case.
 * p holds a record of rr's type, so as long as the fields before were
 * equal, a name of rr's faces a name there; and a label's length octet
 * (below 64) is no letter, so it compares exactly. */
static bool
same_data(const ldns_rr *rr, const uint8_t *p, size_t len)
{
	static const uint8_t none[1];
	if (p == NULL)
		p = none; /* no data kept yet: len is 0 */
	size_t n = ldns_rr_rd_count(rr), at = 0;
	for (size_t i = 0; i < n; i++) {
		const ldns_rdf *f = ldns_rr_rdf(rr, i);
		size_t fs = ldns_rdf_size(f);
		const uint8_t *d = ldns_rdf_data(f);
		if (at + fs > len)
			return false;
		if (ldns_rdf_get_type(f) != LDNS_RDF_TYPE_DNAME) {
			if (memcmp(d, p + at, fs) != 0)
				return false;
		} else {
			for (size_t k = 0; k < fs; k++)
				if (zl_lower(d[k]) != zl_lower(p[at + k]))
					return false;
		}
		at += fs;
	}
	return at == len;
}

/* rec (at loc) is a copy of first; exact, or names in its data differ
 * from first's in case.  A TTL that differs is hygiene-ttl-mismatch's. */
static void
report(struct zl_ctx *ctx, const struct kept *rec, const struct kept *first,
    const char *owner, bool exact)
{
	const char *of = first->loc.file != rec->loc.file ? " of " : "";
	const char *file = *of ? zl_file_name(first->loc.file) : "";
	if (rec->type == LDNS_RR_TYPE_SOA) {
		zl_report(ctx, rec->loc, "the SOA of %s, as at line %u%s%s; NSD "
		    "refuses a zone with its SOA twice", owner, first->loc.line,
		    of, file);
		return;
	}
	char *type = zl_type_str(rec->type);
	if (first->loc.file == rec->loc.file && first->loc.line == rec->loc.line)
		zl_report(ctx, rec->loc, "%s %s again: %s is included more than "
		    "once; servers load the record once", owner, type,
		    zl_file_name(rec->loc.file));
	else if (exact)
		zl_report(ctx, rec->loc, "%s %s, as at line %u%s%s; servers load "
		    "it once", owner, type, first->loc.line, of, file);
	else
		zl_report(ctx, rec->loc, "%s %s, as at line %u%s%s but for the case "
		    "of a name in its data; names compare without case, so servers "
		    "load it once", owner, type, first->loc.line, of, file);
	free(type);
}

static void
report_copy(struct zl_ctx *ctx, struct state *st, const struct zl_zone *zone)
{
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	st->copy_waits = false;
	report(ctx, &st->copy, &st->first_soa,
	    zl_dname_str(zl_zone_origin(zone), o, sizeof o), true);
}

/* An SOA at the apex: the first is kept, a copy waits for a next record. */
static void
apex_soa(struct state *st, const struct zl_record *rec, const struct kept *k)
{
	if (st->first_soa.loc.line == 0) {
		st->first_soa = *k;
		st->first_soa.len = rec->data_len;
		copy_data(&st->soa, &st->soa_cap, 0, rec);
		return;
	}
	if (st->first_soa.klass == k->klass &&
	    same_data(rec->rr, st->soa, st->first_soa.len)) {
		st->copy = *k;
		st->copy_waits = true;
	}
}

/* rec joins the run, while there is room. */
static void
keep(struct state *st, const struct zl_record *rec, ldns_rr_type type)
{
	if (st->n >= RUN_MAX || st->len >= RUN_BYTES)
		return;
	struct kept *k = &st->run[st->n++];
	*k = (struct kept){.off = (uint32_t)st->len, .loc = rec->loc,
	    .ttl = ldns_rr_ttl(rec->rr), .type = (uint16_t)type,
	    .klass = (uint16_t)ldns_rr_get_class(rec->rr)};
	k->len = rec->data_len;
	copy_data(&st->bytes, &st->cap, st->len, rec);
	st->len += k->len;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (st->copy_waits) /* a record follows it: not dig's closing SOA */
		report_copy(ctx, st, rec->zone);
	if (rec->name != st->owner || rec->set != st->rset) {
		st->owner = rec->name;
		st->rset = rec->set;
		st->n = st->len = 0;
	}
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	if (st->n == 0 && type != LDNS_RR_TYPE_SOA) { /* the run's first */
		keep(st, rec, type);
		return;
	}
	struct kept k = {.loc = rec->loc, .ttl = ldns_rr_ttl(rec->rr),
	    .type = (uint16_t)type,
	    .klass = (uint16_t)ldns_rr_get_class(rec->rr)};
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (type == LDNS_RR_TYPE_SOA && apex &&
	    zl_dname_eq(ldns_rr_owner(rec->rr), apex)) {
		apex_soa(st, rec, &k);
		return;
	}
	for (size_t i = 0; i < st->n; i++) {
		const struct kept *r = &st->run[i];
		if (r->type != k.type || r->klass != k.klass ||
		    !same_data(rec->rr, st->bytes ? st->bytes + r->off : NULL,
		    r->len))
			continue;
		char o[LDNS_MAX_DOMAINLEN * 4 + 2];
		bool exact = rec->data_len == 0 ||
		    memcmp(rec->data, st->bytes + r->off, r->len) == 0;
		report(ctx, &k, r, zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o),
		    exact);
		return; /* a copy is not kept: the first answers for it */
	}
	keep(st, rec, type);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	st->copy_waits = false; /* the zone's last record: dig's closing SOA */
	st->owner = NULL;
	st->n = st->len = 0;
	st->first_soa.loc.line = 0;
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->bytes);
	free(st->soa);
}

const struct zl_rule rule_hygiene_duplicate_record = {
	.id = "hygiene-duplicate-record",
	.severity = ZL_NOTE,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "the same record twice",
	.why =
	    "An RRset is a set: two records with the same name, class, type and\n"
	    "data are one record (RFC 2181 section 5), and BIND, Knot and NSD\n"
	    "load the zone.  The copy is harmless, but it is clutter that hides\n"
	    "real edits.  Names in the data compare without regard to case\n"
	    "(RFC 4343): a record that differs from another only in the case of\n"
	    "a name in its data is a copy too, and the message says so.  The TTL\n"
	    "is not compared: a copy with another TTL is also a TTL mismatch,\n"
	    "which hygiene-ttl-mismatch reports.  The SOA is the exception: NSD refuses a\n"
	    "zone that holds its SOA twice, BIND and Knot load it.  dig axfr\n"
	    "ends its transcript with the SOA again, so a copy of the SOA that\n"
	    "is the zone's last record is not reported.\n"
	    "What is compared: each record with the records just before it at\n"
	    "the same name, with no record of another name between them (the\n"
	    "first 64 such records, up to about 64 KiB of data, are kept), and\n"
	    "each SOA at the apex with the zone's first.  A copy written apart\n"
	    "from the first, after records of another name, is not found: zone\n"
	    "files, Windows exports and dig transcripts keep a name's records\n"
	    "together, and comparing across the zone would mean keeping every\n"
	    "record in memory.  A copy is not a second CNAME, DNAME, SOA or\n"
	    "ZONEMD: the rules about those leave it to this note.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA    ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS     ns1\n"
	    "ns1    IN  A      192.0.2.1\n"
	    "proxy  IN  CNAME  web.example.net.\n"
	    "proxy  IN  CNAME  web.example.net.\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA    ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS     ns1\n"
	    "ns1    IN  A      192.0.2.1\n"
	    "proxy  IN  CNAME  web.example.net.\n",
	.fix =
	    "Delete the copy.  If the TTLs differ, keep the one with the TTL you\n"
	    "mean the RRset to have; if the case differs, the one written as\n"
	    "you mean it.",
	.refs = "RFC 2181 sections 5 and 5.2; RFC 4343; RFC 5936 section 2.2",
};
