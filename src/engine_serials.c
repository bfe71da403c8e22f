/* engine_serials.c: zones' SOA serials against the ones a baseline
 * recorded (serials.h), for rules and for --write-baseline. */
#include "engine.h"
#include "engine_priv.h"
#include "serials.h"

void
zl_engine_set_baseline_serials(struct zl_engine *eng,
    const struct zl_serials *s)
{
	eng->baseline_serials = s;
}

bool
zl_zone_baseline_serial(const struct zl_ctx *ctx, const struct zl_zone *zone,
    uint32_t *serial)
{
	return zone->origin_str != NULL &&
	    zl_serials_find(ctx->eng->baseline_serials, zl_file_name(zone->file),
	    zone->origin_str, serial);
}

void
zl_engine_serials(const struct zl_engine *eng, struct zl_serials *out)
{
	for (size_t i = 0; i < eng->zones.count; i++) { /* one per zone */
		const struct zl_zone *z = eng->zones.v[i];
		if (z->soa.line != 0 && z->origin_str != NULL)
			zl_serials_add(out, zl_file_name(z->file), z->origin_str,
			    z->serial);
	}
}
