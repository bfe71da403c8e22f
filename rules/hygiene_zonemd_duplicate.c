/*
 * hygiene-zonemd-duplicate: one ZONEMD per scheme and hash algorithm.
 *
 * Only apex ZONEMD records count, and they are few; each is compared with
 * the ones before it (RDATA: serial, scheme, hash algorithm, digest).
 * An exact copy (the same data, by a 64-bit hash of it) is the same
 * record, not a second ZONEMD: hygiene-duplicate-record's note.
 */
#include <stdlib.h>

#include "../src/zonelint.h"

#define MAX_KEPT 32

struct state {
	uint16_t key[MAX_KEPT];   /* scheme << 8 | hash algorithm */
	uint32_t line[MAX_KEPT];
	uint64_t data[MAX_KEPT];  /* hash of the whole RDATA */
	size_t count;
};

static uint64_t
data_hash(const ldns_rr *rr)
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < ldns_rr_rd_count(rr); i++) {
		const ldns_rdf *f = ldns_rr_rdf(rr, i);
		const uint8_t *d = ldns_rdf_data(f);
		for (size_t k = 0; k < ldns_rdf_size(f); k++)
			h = (h ^ d[k]) * 1099511628211ull;
		h = (h ^ 0xff) * 1099511628211ull; /* field boundary */
	}
	return h;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (ldns_rr_rd_count(rec->rr) < 3 || apex == NULL ||
	    !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return; /* RFC 8976 2: a ZONEMD away from the apex means nothing */
	uint8_t scheme = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 1));
	uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2));
	uint16_t key = (uint16_t)(scheme << 8 | alg);
	uint64_t data = data_hash(rec->rr);
	for (size_t i = 0; i < st->count; i++)
		if (st->key[i] == key) {
			if (st->data[i] == data)
				return; /* a copy: the same record */
			zl_report(ctx, rec->loc, "a second ZONEMD with scheme %u and "
			    "hash algorithm %u (the first is at line %u): the zone "
			    "cannot be verified", scheme, alg, st->line[i]);
			return;
		}
	if (st->count < MAX_KEPT) {
		st->key[st->count] = key;
		st->data[st->count] = data;
		st->line[st->count++] = rec->loc.line;
	}
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	((struct state *)zl_state(ctx))->count = 0;
}

const struct zl_rule rule_hygiene_zonemd_duplicate = {
	.id = "hygiene-zonemd-duplicate",
	.severity = ZL_ERROR,
	.types = ZL_T_ZONEMD,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "ZONEMD records with the same scheme and hash algorithm",
	.why =
	    "A ZONEMD record carries a digest of the whole zone so that a\n"
	    "recipient can check it (RFC 8976).  Two ZONEMD records with the same\n"
	    "scheme and hash algorithm make verification fail: a verifier cannot\n"
	    "tell which digest to trust, so it must reject the zone.  An exact\n"
	    "copy of a ZONEMD record is the same record, not a second one:\n"
	    "hygiene-duplicate-record notes it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS ns1\n"
	    "@    IN ZONEMD 1 1 1 (\n"
	    "       01d9be0aff05f07299dd283c19a01bb498541961ff236bb1\n"
	    "       441c4044e20e8056277707dd735106870fbd3bb07c813450 )\n"
	    "@    IN ZONEMD 1 1 1 (\n"
	    "       21f7f130adca114a318b05bd17b4a9845876878e28c637a7\n"
	    "       b875a5e5cbbad7835838efc982c814c5dcad27dfcb056f2a )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "www  IN A 192.0.2.2\n",
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
	.fix =
	    "Keep one ZONEMD per scheme and hash algorithm: regenerate it after\n"
	    "the last change to the zone instead of appending a new one, e.g.\n"
	    "with ldns-signzone -z (and -Z for an unsigned zone).  BIND 9.18's\n"
	    "dnssec-signzone makes no ZONEMD.",
	.refs = "RFC 8976 sections 2 and 4",
};
