/* zone.c: what rules may read of a zone (zonelint.h). */
#include "zone.h"

const ldns_rdf *
zl_zone_origin(const struct zl_zone *zone)
{
	return zone->origin;
}

const char *
zl_zone_origin_str(const struct zl_zone *zone)
{
	return zone->origin_str;
}

enum zl_view
zl_zone_view(const struct zl_zone *zone)
{
	return zone->view;
}

unsigned
zl_zone_server(const struct zl_zone *zone)
{
	return zone->server;
}

uint32_t
zl_zone_file(const struct zl_zone *zone)
{
	return zone->file;
}

struct zl_loc
zl_zone_soa(const struct zl_zone *zone)
{
	return zone->soa;
}

struct zl_loc
zl_zone_first(const struct zl_zone *zone)
{
	return zone->first;
}

bool
zl_zone_readable(const struct zl_zone *zone)
{
	return !zone->unreadable;
}

bool
zl_zone_complete(const struct zl_zone *zone)
{
	return !zone->unreadable && !zone->incomplete;
}

bool
zl_zone_windows(const struct zl_zone *zone)
{
	return zl_format_windows(zone->format);
}

enum zl_format
zl_zone_format(const struct zl_zone *zone)
{
	return zone->format;
}

struct zl_loc
zl_zone_proxied(const struct zl_zone *zone, unsigned long *count)
{
	*count = zone->proxied_count;
	return zone->proxied;
}

struct zl_loc
zl_zone_ttl_implicit(const struct zl_zone *zone)
{
	return zone->ttl_implicit;
}

struct zl_ttl_seen
zl_zone_ttl_seen(const struct zl_zone *zone, enum zl_ttl_kind kind)
{
	return zone->ttl_seen[kind];
}

struct zl_loc
zl_zone_ttl_high(const struct zl_zone *zone, uint32_t *ttl,
    unsigned long *count)
{
	*ttl = zone->ttl_high_value;
	*count = zone->ttl_high_count;
	return zone->ttl_high;
}
