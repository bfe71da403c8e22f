/* options.h: what the command line (and later a config file) sets. */
#ifndef ZL_OPTIONS_H
#define ZL_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <ldns/ldns.h>

/* A growable list of absolute domain names, with where each came from. */
struct zl_names {
	ldns_rdf **name;
	char **source;
	size_t count;
	uint64_t tld_bits;     /* bit zl_tld_bit(L): some name's last label
	                        * is L: a quick "none can hold it" */
};
/* A bit (0-63) for a last label of n octets, any case: equal labels
 * get the same bit, most different ones another. */
unsigned zl_tld_bit(const uint8_t *label, size_t n);
void zl_names_add(struct zl_names *list, ldns_rdf *name, const char *source);
bool zl_names_has(const struct zl_names *list, const ldns_rdf *name);
/* True when name equals or is below some entry of list. */
bool zl_names_covers(const struct zl_names *list, const ldns_rdf *name);
void zl_names_free(struct zl_names *list);

struct zl_options {
	int verbose;
	int fail_on;                   /* enum zl_severity */
	bool color;
	struct zl_names sip_domains;   /* --sip-domain */
	struct zl_names internal_domains; /* --internal-domain */
	struct zl_names sip_allow_targets; /* --sip-allow-target */
	struct zl_names sip_internal_names; /* --sip-internal-name */
	bool private_include_documentation;
	int jobs;                      /* -j: threads parsing records; 0: one per core */
	/* --now: the time signatures are judged at, in seconds since the
	 * epoch; main sets the current time unless --now gives one, so that
	 * rules never read the clock and a test can fix it */
	long long now;
	bool now_given;                /* --now was given */
	/* --stale-after DAYS: a Windows aging stamp that much older than the
	 * zone's newest (or than --now) is stale; 0: the default, 30 */
	int stale_after_days;
	/* --limit NAME=N, from the command line only (a .zonelint comes from
	 * the repository being checked); 0: the default below */
	unsigned long long limit_generated;
	unsigned long long limit_findings;
	unsigned long long limit_includes;
	unsigned long long limit_include_bytes;
};

/* $GENERATE records a run may make, all zones together: a /10 of
 * reverse records (4 x 2^20), far above any real zone, far below what
 * exhausts memory (twenty 1M directives in 856 bytes did). */
#define ZL_LIMIT_GENERATED 4194304ull
/* Findings of one rule kept per file, like a compiler's error limit:
 * the rest are counted and summed up in one finding. */
#define ZL_LIMIT_FINDINGS 1000ull
/* $INCLUDE reads a run may make, and bytes read through them: a fan-out
 * of ten files each including the next ten times is 10^9 reads. */
#define ZL_LIMIT_INCLUDES 100000ull
#define ZL_LIMIT_INCLUDE_BYTES (256ull << 20)

/* Each limit in force: --limit's value, else the default above. */
#define ZL_LIMIT(o, field, dflt) ((o)->field ? (o)->field : (dflt))
static inline unsigned long long
zl_limit_generated(const struct zl_options *o)
{
	return ZL_LIMIT(o, limit_generated, ZL_LIMIT_GENERATED);
}

static inline unsigned long long
zl_limit_findings(const struct zl_options *o)
{
	return ZL_LIMIT(o, limit_findings, ZL_LIMIT_FINDINGS);
}

static inline unsigned long long
zl_limit_includes(const struct zl_options *o)
{
	return ZL_LIMIT(o, limit_includes, ZL_LIMIT_INCLUDES);
}

static inline unsigned long long
zl_limit_include_bytes(const struct zl_options *o)
{
	return ZL_LIMIT(o, limit_include_bytes, ZL_LIMIT_INCLUDE_BYTES);
}

#endif
