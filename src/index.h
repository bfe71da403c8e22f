/* index.h: a zone's names, keyed by their wire form relative to the apex,
 * with the types each has and where the first record stands. */
#ifndef ZL_INDEX_H
#define ZL_INDEX_H

#include "zonelint.h"

struct zl_index *zl_index_new(void);
void zl_index_free(struct zl_index *ix);
/* The entry of name in zone, created when absent (*created then true).
 * The pointer is valid until the next insertion. */
struct zl_name *zl_index_get(const struct zl_zone *zone,
    const ldns_rdf *name, bool *created);
size_t zl_index_bytes(const struct zl_index *ix);

#endif
