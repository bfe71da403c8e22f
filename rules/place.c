/* place.c: see place.h. */
#include "place.h"

enum zl_place
zl_place_of(const struct zl_zone *zone, const ldns_rdf *name,
    const struct zl_name *e)
{
	if (zl_dname_eq(name, zl_zone_origin(zone)))
		return ZL_APEX;
	unsigned labels = zl_dname_labels(name);
	for (unsigned k = 1; k < labels; k++) {
		ldns_rdf a = zl_dname_suffix(name, k);
		if (zl_dname_eq(&a, zl_zone_origin(zone)))
			break;
		const struct zl_name *up = zl_index_find(zone, &a);
		if (up && (zl_name_types(up) & ZL_T_NS))
			return ZL_BELOW;
	}
	return e && (zl_name_types(e) & ZL_T_NS) ? ZL_CUT : ZL_PLAIN;
}
