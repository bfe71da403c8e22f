/* place.h: where a name stands in its zone, for the DNSSEC rules. */
#ifndef ZL_RULES_PLACE_H
#define ZL_RULES_PLACE_H

#include "../src/zonelint.h"

/* The apex; a delegation (NS below the apex); below a delegation (glue
 * and occluded data, not this zone's); or plain authoritative data. */
enum zl_place { ZL_APEX, ZL_CUT, ZL_BELOW, ZL_PLAIN };

/* e is name's index entry, or NULL for a name with no records. */
enum zl_place zl_place_of(const struct zl_zone *zone, const ldns_rdf *name,
    const struct zl_name *e);

#endif
