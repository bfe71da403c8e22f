/* cap.h: findings counted per file and rule, for the cap on how many of
 * one rule one file may show (--limit findings). */
#ifndef ZL_CAP_H
#define ZL_CAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zonelint.h"

struct zl_cap {
	uint32_t file;          /* interned; the finding's, not its zone's */
	uint16_t rule;
	bool used;
	unsigned long long seen;   /* findings counted, shown or not */
	unsigned long long dropped; /* not shown and not yet summed up */
	struct zl_loc first;    /* the first of those */
	const struct zl_zone *zone; /* its zone, or NULL */
};

/* An open-addressed table: one entry per file and rule that has
 * findings, so it grows with those pairs, never with the findings. */
struct zl_caps {
	struct zl_cap *v;
	size_t count, size;     /* size: 0 or a power of two */
};

/* The entry of file and rule, made when new. */
struct zl_cap *zl_caps_get(struct zl_caps *c, uint32_t file, uint16_t rule);
void zl_caps_free(struct zl_caps *c);

#endif
