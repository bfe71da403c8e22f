/*
 * dnssec-zonemd-digest: an apex ZONEMD must match the zone's data.
 *
 * The digest needs every record of the zone, and the engine keeps none,
 * so this rule keeps copies, but only for zones that have a ZONEMD at
 * the apex.  A zone's ZONEMD sits with the apex records, at the top of
 * the file in what signers write, so the rule keeps the first PROBE
 * records of each zone; if no apex ZONEMD is among them it drops them
 * and looks at nothing more in that zone (one test per record).  With
 * a ZONEMD it keeps on, up to MAX_BYTES of copies (a count of their
 * size and of what ldns builds from them); past that, or when a ZONEMD
 * comes after the probe, the zone is not verified and verbose mode says
 * so.  The bound: a 1M-record zone with a ZONEMD peaked at 63 MiB, the
 * same zone without one at 54 MiB.
 *
 * At zone end each ZONEMD with scheme 1 (SIMPLE) and hash algorithm 1 or
 * 2 (SHA-384, SHA-512) is checked: first its serial against the SOA's
 * (RFC 8976 4), then its digest, by ldns (ldns_dnssec_zone_verify_zonemd
 * on a zone of the kept records and that one ZONEMD: ldns digests them
 * in canonical order without the ZONEMD RRset and its RRSIGs, RFC 8976
 * 3.3).  Other schemes and algorithms are skipped, as RFC 8976 says.
 * Records outside the zone are not part of it and not kept.
 */
#include <stdlib.h>

#include "../src/zonelint.h"

#define PROBE 256
#define MAX_BYTES (24u << 20)
#define MAX_ZONEMD 8

struct state {
	ldns_rr **rr;            /* copies of the zone's records */
	size_t count, cap;
	size_t bytes;            /* their size, counted as above */
	unsigned long seen;      /* records of this zone so far */
	bool zonemd;             /* an apex ZONEMD among them */
	bool off;                /* keeping nothing more in this zone */
	bool too_large;          /* stopped at MAX_BYTES */
	uint32_t late_line;      /* a ZONEMD after the probe: its line */
	ldns_rr *md[MAX_ZONEMD]; /* the apex ZONEMDs (also in rr) */
	struct zl_loc md_loc[MAX_ZONEMD];
	size_t md_count;
};

static void
drop(struct state *st)
{
	for (size_t i = 0; i < st->count; i++)
		ldns_rr_free(st->rr[i]);
	st->count = 0;
	st->bytes = 0;
	st->md_count = 0;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (st->off)
		return;
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	bool is_md = ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_ZONEMD &&
	    apex != NULL && zl_dname_eq(ldns_rr_owner(rec->rr), apex);
	if (is_md)
		st->zonemd = true;
	if (!st->zonemd && ++st->seen > PROBE) {
		drop(st);
		st->off = true;
		zl_skip_zone_records(ctx);
		return;
	}
	if (apex == NULL || !zl_dname_in(ldns_rr_owner(rec->rr), apex))
		return;
	for (size_t i = 0; is_md && i < st->md_count; i++)
		if (ldns_rr_compare(st->md[i], rec->rr) == 0)
			return; /* an exact copy: the same record, checked once */
	/* A copy: the ldns_rr, its rdf array, an rdf and its data per field
	 * and the owner, malloc's overhead on each; as much again for the
	 * ldns_dnssec_zone and the digest's canonical copies at zone end
	 * (measured: about 450 bytes per A record in all). */
	size_t rd = ldns_rr_rd_count(rec->rr);
	size_t size = 2 * (88 + 64 * (rd + 1) + rec->data_len +
	    ldns_rdf_size(ldns_rr_owner(rec->rr)));
	if (st->bytes + size > MAX_BYTES) {
		drop(st);
		st->off = st->too_large = true;
		zl_skip_zone_records(ctx);
		return;
	}
	ldns_rr *copy = ldns_rr_clone(rec->rr);
	if (copy == NULL)
		return; /* out of memory in ldns: the digest will not match */
	st->rr = zl_grow(st->rr, &st->cap, st->count + 1, sizeof *st->rr);
	st->rr[st->count++] = copy;
	st->bytes += size;
	if (is_md && st->md_count < MAX_ZONEMD) {
		st->md[st->md_count] = copy;
		st->md_loc[st->md_count++] = rec->loc;
	}
}

/* Late ZONEMDs are only noticed while probing; a ZONEMD seen after the
 * probe gave up is caught here through the name index instead. */
static void
late_zonemd(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	const ldns_rdf *apex = zl_zone_origin(zone);
	if (apex == NULL)
		return;
	const struct zl_name *e = zl_index_find(zone, apex);
	if (e != NULL && (zl_name_types(e) & ZL_T_ZONEMD))
		zl_verbose(ctx, "%s: ZONEMD not verified: it comes after the "
		    "zone's first %d records", zl_zone_origin_str(zone), PROBE);
}

static bool
is_other(const struct state *st, const ldns_rr *rr)
{
	for (size_t i = 0; i < st->md_count; i++)
		if (st->md[i] == rr)
			return true;
	return false;
}

enum verdict { SKIPPED, MATCHES, OTHER_SERIAL, NO_MATCH };

/* ZONEMD k judged; reported by report(), which sees them all. */
static enum verdict
check(struct zl_ctx *ctx, struct state *st, const struct zl_zone *zone,
    size_t k, uint32_t *soa_serial)
{
	const ldns_rr *md = st->md[k];
	if (ldns_rr_rd_count(md) < 4)
		return SKIPPED;
	uint32_t serial = ldns_rdf2native_int32(ldns_rr_rdf(md, 0));
	uint8_t scheme = ldns_rdf2native_int8(ldns_rr_rdf(md, 1));
	uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(md, 2));
	if (scheme != 1 || (alg != 1 && alg != 2))
		return SKIPPED; /* RFC 8976 4: unknown ones are skipped */
	const ldns_rr *soa = NULL;
	for (size_t i = 0; i < st->count && soa == NULL; i++)
		if (ldns_rr_get_type(st->rr[i]) == LDNS_RR_TYPE_SOA &&
		    ldns_rr_rd_count(st->rr[i]) >= 3 &&
		    zl_dname_eq(ldns_rr_owner(st->rr[i]), zl_zone_origin(zone)))
			soa = st->rr[i];
	if (soa == NULL)
		return SKIPPED; /* no SOA: other rules say so */
	*soa_serial = ldns_rdf2native_int32(ldns_rr_rdf(soa, 2));
	if (serial != *soa_serial)
		return OTHER_SERIAL;
	ldns_dnssec_zone *z = ldns_dnssec_zone_new();
	if (z == NULL)
		return SKIPPED;
	for (size_t i = 0; i < st->count; i++) {
		ldns_rr *rr = st->rr[i];
		if (rr != md && is_other(st, rr))
			continue;
		(void)ldns_dnssec_zone_add_rr(z, rr);
	}
	ldns_status s = ldns_dnssec_zone_verify_zonemd(z);
	ldns_dnssec_zone_free(z); /* the records are ours */
	if (s == LDNS_STATUS_OK)
		return MATCHES;
	if (s != LDNS_STATUS_NO_VALID_ZONEMD) {
		zl_verbose(ctx, "%s: ZONEMD not verified: %s",
		    zl_zone_origin_str(zone), ldns_get_errorstr_by_id(s));
		return SKIPPED;
	}
	return NO_MATCH;
}

/* Do ZONEMDs a and b have the same scheme and hash algorithm? */
static bool
same_kind(const ldns_rr *a, const ldns_rr *b)
{
	return ldns_rr_rd_count(a) >= 3 && ldns_rr_rd_count(b) >= 3 &&
	    ldns_rdf2native_int8(ldns_rr_rdf(a, 1)) ==
	    ldns_rdf2native_int8(ldns_rr_rdf(b, 1)) &&
	    ldns_rdf2native_int8(ldns_rr_rdf(a, 2)) ==
	    ldns_rdf2native_int8(ldns_rr_rdf(b, 2));
}

/* Every apex ZONEMD checked; one that fails beside one of its kind that
 * matches is a stale duplicate, hygiene-zonemd-duplicate's finding
 * (one mistake, one finding), and is not reported here. */
static void
report(struct zl_ctx *ctx, struct state *st, const struct zl_zone *zone)
{
	enum verdict v[MAX_ZONEMD];
	uint32_t soa_serial = 0;
	for (size_t k = 0; k < st->md_count; k++)
		v[k] = check(ctx, st, zone, k, &soa_serial);
	for (size_t k = 0; k < st->md_count; k++) {
		if (v[k] != OTHER_SERIAL && v[k] != NO_MATCH)
			continue;
		bool twin_matches = false;
		for (size_t j = 0; j < st->md_count; j++)
			twin_matches |= j != k && v[j] == MATCHES &&
			    same_kind(st->md[j], st->md[k]);
		if (twin_matches)
			continue;
		const ldns_rr *md = st->md[k];
		uint32_t serial = ldns_rdf2native_int32(ldns_rr_rdf(md, 0));
		if (v[k] == OTHER_SERIAL)
			zl_report(ctx, st->md_loc[k], "its serial %u is not the "
			    "SOA serial %u, so it is a digest of another version "
			    "of the zone", serial, soa_serial);
		else
			zl_report(ctx, st->md_loc[k], "the %s digest of serial %u "
			    "does not match the zone's data",
			    ldns_rdf2native_int8(ldns_rr_rdf(md, 2)) == 1 ?
			    "SHA-384" : "SHA-512", serial);
	}
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (st->too_large)
		zl_verbose(ctx, "%s: ZONEMD not verified: the zone is too large "
		    "(more than %u MiB of records)", zl_zone_origin_str(zone),
		    MAX_BYTES >> 20);
	else if (st->off)
		late_zonemd(ctx, zone);
	else if (zl_zone_complete(zone))
		report(ctx, st, zone);
	drop(st);
	st->seen = 0;
	st->zonemd = st->off = st->too_large = false;
}

static void
free_state(void *p)
{
	struct state *st = p;
	drop(st);
	free(st->rr);
}

const struct zl_rule rule_dnssec_zonemd_digest = {
	.id = "dnssec-zonemd-digest",
	.severity = ZL_ERROR,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "ZONEMD digest does not match the zone",
	.why =
	    "A ZONEMD record at the apex carries a digest of the whole zone\n"
	    "(RFC 8976), so that whoever receives the zone (a root-zone mirror,\n"
	    "a secondary fed by file) can check that it is complete and\n"
	    "unchanged.  A digest that does not match makes a verifier reject\n"
	    "the zone: usually the zone was edited after the digest was made.\n"
	    "A ZONEMD whose serial is not the SOA serial is a digest of another\n"
	    "version of the zone and fails too.  Digests with a scheme other\n"
	    "than 1 (SIMPLE) or a hash algorithm other than 1 (SHA-384) or 2\n"
	    "(SHA-512) are not checked: RFC 8976 says to skip them.  Only the\n"
	    "first 256 records of a zone are looked at for a ZONEMD, and zones\n"
	    "whose copies would take more than 24 MiB (about 50,000 records)\n"
	    "are not verified (--verbose says so).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS ns1\n"
	    "@    IN ZONEMD 1 1 1 (\n"
	    "       01d9be0aff05f07299dd283c19a01bb498541961ff236bb1\n"
	    "       441c4044e20e8056277707dd735106870fbd3bb07c813450 )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "www  IN A 192.0.2.3\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS ns1\n"
	    "@    IN ZONEMD 1 1 1 (\n"
	    "       01d9be0aff05f07299dd283c19a01bb498541961ff236bb1\n"
	    "       441c4044e20e8056277707dd735106870fbd3bb07c813450 )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "www  IN A 192.0.2.2\n",
	.exceptions =
	    "A ZONEMD that fails beside one of the same scheme and hash\n"
	    "algorithm that matches is a stale second digest:\n"
	    "hygiene-zonemd-duplicate reports it, and this rule does not.",
	.fix =
	    "Make the digest again after the last change to the zone, with the\n"
	    "SOA serial raised (ldns-signzone -z 1:1, with -Z for an unsigned\n"
	    "zone; BIND 9.18's dnssec-signzone makes no ZONEMD), and check it\n"
	    "with ldns-verify-zone -Z.",
	.refs = "RFC 8976 sections 3 and 4",
};
