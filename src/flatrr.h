/* flatrr.h: a parsed record as one block of bytes, and a view of it.
 *
 * Records are parsed on any core and read by the rules on one.  An
 * ldns_rr is a tree of small blocks: read on another core, each block is
 * a cache miss that waits on the last, and freeing it there locks the
 * parsing thread's malloc arena.  So the parsing thread copies the record
 * into one contiguous block it keeps for the next record, frees the
 * ldns_rr itself, and the rules see an ldns_rr whose parts point into
 * that block: no allocation, no pointer chasing. */
#ifndef ZL_FLATRR_H
#define ZL_FLATRR_H

#include <stddef.h>
#include <stdint.h>

#include <ldns/ldns.h>

/* A growable block; cap 0 is empty. */
struct zl_flat {
	uint8_t *bytes;
	uint32_t len, cap;
};

/* Copies rr into flat, growing it as needed. */
void zl_flat_store(struct zl_flat *flat, const ldns_rr *rr);
/* Sets the TTL of the record in flat (views made before keep theirs). */
void zl_flat_set_ttl(struct zl_flat *flat, uint32_t ttl);

/* The record's data in flat: its fields' octets, one after another. */
const uint8_t *zl_flat_rdata(const struct zl_flat *flat, uint32_t *len);

/* Storage for a view: the ldns_rr and its rdf headers, reused from record
 * to record. */
struct zl_flat_view {
	ldns_rr rr;
	ldns_rdf owner;
	ldns_rdf *fields;
	ldns_rdf **field_ptrs;
	size_t cap;
};

/* An ldns_rr whose parts point into flat; valid while flat and view are
 * unchanged.  It must not be freed or grown (ldns_rr_free,
 * ldns_rr_push_rdf); ldns_rr_clone gives a record of its own. */
ldns_rr *zl_flat_view(struct zl_flat_view *view, const struct zl_flat *flat);
void zl_flat_view_free(struct zl_flat_view *view);

#endif
