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
	uint64_t tld_lengths;  /* bit n: some name's last label has n octets
	                        * (63 for longer): a quick "none can hold it" */
};
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
	bool private_include_documentation;
	int jobs;                      /* -j: threads parsing records; 0: one per core */
	unsigned long limit_includes;  /* --limit includes=N; 0: the default */
	unsigned long long limit_include_bytes; /* --limit include-bytes=N */
};

/* The bounds on amplification, with their defaults (docs/threat-model.md):
 * $INCLUDE reads and bytes read through $INCLUDE per run. */
#define ZL_DEFAULT_INCLUDES 100000ul
#define ZL_DEFAULT_INCLUDE_BYTES (256ull << 20)
static inline unsigned long
zl_limit_includes(const struct zl_options *o)
{
	return o->limit_includes ? o->limit_includes : ZL_DEFAULT_INCLUDES;
}
static inline unsigned long long
zl_limit_include_bytes(const struct zl_options *o)
{
	return o->limit_include_bytes ? o->limit_include_bytes :
	    ZL_DEFAULT_INCLUDE_BYTES;
}

#endif
