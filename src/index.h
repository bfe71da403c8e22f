/* index.h: a zone's names, keyed by their wire form relative to the apex,
 * with the types each has and where the first record stands. */
#ifndef ZL_INDEX_H
#define ZL_INDEX_H

#include "bigmem.h"
#include "zonelint.h"

/* A name in a zone's index: which types it has, and its first record;
 * opaque to rules (zonelint.h). */
struct zl_name {
	uint32_t key;      /* offset of the name's key in the index arena */
	uint32_t types;    /* ZL_T_* bits */
	struct zl_loc first;
	uint16_t first_type;
	uint16_t marks;    /* the rules' marks: bits handed out by the engine */
};
/* A million-name zone keeps a million. */
_Static_assert(sizeof(struct zl_name) == 24, "an index entry is 24 bytes");
#define ZL_MARK_BITS 16 /* bits in marks, for every rule's together */
_Static_assert(ZL_MARK_BITS == 8 * sizeof ((struct zl_name *)0)->marks,
    "ZL_MARK_BITS is the width of marks");

/* pf: the run's page helper (bigmem.h), or NULL. */
struct zl_index *zl_index_new(struct zl_prefaulter *pf);
void zl_index_free(struct zl_index *ix);
/* The entry of name in zone, created when absent (*created then true).
 * Entries never move (their blocks are never copied): a pointer to one
 * stays valid for the run. */
struct zl_name *zl_index_get(const struct zl_zone *zone,
    const ldns_rdf *name, bool *created);
/* The same with h = zl_index_hash(zone, name), worked out beforehand. */
struct zl_name *zl_index_get_hashed(const struct zl_zone *zone,
    const ldns_rdf *name, uint32_t h, bool *created);
size_t zl_index_bytes(const struct zl_index *ix);
size_t zl_index_count(const struct zl_zone *zone);

/* The hash of name's key in the index of the zone at apex (NULL: not yet
 * known): it depends only on the two, so any thread may work it out. */
uint32_t zl_index_hash(const ldns_rdf *apex, const ldns_rdf *name);
/* Loads the table slots where the hashes h[0..n) land, all at once: the
 * loads wait on memory side by side, where one at a time each would wait
 * alone (a software prefetch that misses the TLB may be dropped).
 * Returns a sum, for the caller to keep the loads from being removed. */
uint32_t zl_index_touch(const struct zl_zone *zone, const uint32_t *h,
    size_t n);
#define ZL_TOUCH_GROUP 64 /* records whose slots are loaded at once */
/* Room for about names entries without growing. */
void zl_index_reserve(struct zl_index *ix, size_t names);

#endif
