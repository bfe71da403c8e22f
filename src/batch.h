/* batch.h: records read but not yet parsed, so that ldns can parse them in
 * parallel while the reader goes on.
 *
 * The reader lexes a record and adds it here as normalised text ("owner
 * TTL CLASS TYPE RDATA") with the positions of its tokens; zl_batch_parse
 * turns one entry into an ldns_rr on any thread; the reader then finishes
 * the entries in file order.  Parsing uses nothing but the entry and the
 * batch's origin, which stays fixed while the batch waits. */
#ifndef ZL_BATCH_H
#define ZL_BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <ldns/ldns.h>

#include "flatrr.h"
#include "zonelint.h"

struct zl_span {
	uint32_t off, len;     /* in the batch's text */
	uint32_t line, col;
};

struct zl_job {
	uint32_t text;         /* "owner TTL CLASS TYPE RDATA", NUL-ended */
	uint32_t owner_len;    /* the owner is the text's first bytes */
	uint32_t tok;          /* first span: [class,] type, then the data */
	uint32_t nrd;          /* data fields */
	bool has_class;
	bool explicit_ttl;
	bool encoded;          /* data encoded by the reader (svcb.h and kin) */
	ldns_rr_type type;
	uint32_t ttl;
	long long age;         /* Windows [AGE:n], or -1 */
	uint32_t set;          /* routing-policy set (Route 53), or 0 */
	bool proxied;          /* marked "; cf_tags=cf-proxied:true" */
	uint32_t file, line, col, end_line; /* where the record is */
	bool parsed;           /* the result: the record in flat, or st */
	ldns_status st;
	uint32_t owner_hash;   /* zl_index_hash of the record's owner */
	/* The parsed record (see flatrr.h).  The block stays with the slot
	 * from batch to batch, so parsing a record allocates nothing. */
	struct zl_flat flat;
};

struct zl_batch {
	struct zl_job *jobs;
	size_t n, cap, used;   /* used: slots ever filled (hold a flat block) */
	char *text;
	size_t text_len, text_cap;
	struct zl_span *spans;
	size_t nspans, spans_cap;
	const ldns_rdf *origin; /* for relative names in the data */
	const ldns_rdf *apex;  /* the zone's, fixed: see zl_index_hash */
};

/* Room for need more bytes of text; returns where they go. */
char *zl_batch_reserve_text(struct zl_batch *b, size_t need);
/* A new span; a new entry, a copy of job but for the slot's flat block. */
struct zl_span *zl_batch_add_span(struct zl_batch *b);
struct zl_job *zl_batch_add_job(struct zl_batch *b, const struct zl_job *job);

/* Parses entry i of batch (a struct zl_batch *): the pool's loop body. */
void zl_batch_parse(void *batch, size_t i);

/* Empties the batch for reuse (the slots keep their flat blocks). */
void zl_batch_clear(struct zl_batch *b);
void zl_batch_free(struct zl_batch *b);

#endif
