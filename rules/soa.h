/* soa.h: the SOA timers of a zone's apex SOA, for the soa-* rules. */
#ifndef ZL_RULES_SOA_H
#define ZL_RULES_SOA_H

#include <stdbool.h>
#include <stdint.h>

#include "../src/zonelint.h"

/* The four timers, in rdata order from field 3: refresh, retry, expire,
 * minimum (the negative-caching TTL, RFC 2308 section 4). */
enum { SOA_REFRESH, SOA_RETRY, SOA_EXPIRE, SOA_MINIMUM, SOA_TIMERS };

struct soa_timers {
	uint32_t v[SOA_TIMERS];
	struct zl_loc at[SOA_TIMERS]; /* each field's place */
};

/* Fills t from rec when rec is the SOA at its zone's apex with all seven
 * fields; false otherwise. */
bool soa_timers_of(const struct zl_record *rec, struct soa_timers *t);
/* A timer for a message: "3600 (1 hour)", "1209600 (14 days)". */
const char *soa_span(uint32_t s, char *buf, size_t size);
extern const char *const soa_timer_name[SOA_TIMERS];

#endif
