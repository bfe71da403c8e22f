/* namelist.h: names with a location each, kept as wire bytes in one arena,
 * for rules that remember some names (NS targets, DS owners) until the
 * zone ends.  No allocation per name. */
#ifndef ZL_NAMELIST_H
#define ZL_NAMELIST_H

#include "zonelint.h"

struct zl_namelist {
	uint8_t *arena;
	size_t len, cap;
	struct zl_named { uint32_t off; uint16_t size; struct zl_loc loc; } *v;
	size_t count, vcap;
};

void zl_namelist_add(struct zl_namelist *l, const ldns_rdf *name,
    struct zl_loc loc);
/* Entry i as an rdf that points into the list (do not free). */
ldns_rdf zl_namelist_name(const struct zl_namelist *l, size_t i);
/* Empties the list, keeping its memory for the next zone. */
void zl_namelist_clear(struct zl_namelist *l);
void zl_namelist_free(struct zl_namelist *l);

#endif
