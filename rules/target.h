/* target.h: what the rules on names that records point at (NS, MX,
 * SRV, SVCB, PTR and CNAME targets) share: the zone's answer for a name,
 * wildcards and delegations counted. */
#ifndef RULES_TARGET_H
#define RULES_TARGET_H

#include "../src/namelist.h"
#include "../src/options.h"
#include "../src/zonelint.h"

/* The types name has in zone (ZL_T_*), 0 when it has no entry. */
uint32_t target_types(const struct zl_zone *zone, const ldns_rdf *name);
/* The delegation point at or above name (below zone's apex), from label
 * `from` up: its label count up, or -1. */
int target_delegation_above(const struct zl_zone *zone, const ldns_rdf *name,
    unsigned from);
/* Whether name is below a DNAME of zone (the DNAME's owner excluded). */
bool target_below_dname(const struct zl_zone *zone, const ldns_rdf *name);
/* The types a wildcard of zone gives name, which has no entry: *.P for
 * each ancestor P up to the first that exists (its closest encloser). */
uint32_t target_wildcard_types(const struct zl_zone *zone,
    const ldns_rdf *name);
/* Whether a target was written wrong in a way hygiene-missing-final-dot
 * or hygiene-target-address-literal reports: the rules that look the
 * target up then say nothing, so that one mistake is one finding. */
bool target_misspelt(const ldns_rdf *name, const struct zl_zone *zone);

/* The host name field of an NS, MX, SRV, SVCB, HTTPS, PTR or CNAME
 * record and its RDATA field number, or NULL (another type, or no such
 * field); "." is returned as it is. */
const ldns_rdf *target_of(const ldns_rr *rr, size_t *field);
/* "MX target", "SRV target", ...: the field's name in messages. */
const char *target_role(ldns_rr_type type);
/* Where field of rec starts: its token, else the record. */
struct zl_loc target_loc(const struct zl_record *rec, size_t field);

/* Targets of MX, SRV (not SIP: sip-srv-target-no-address has those),
 * SVCB, HTTPS, PTR and CNAME records, kept until every zone is read. */
struct target_meta {
	uint16_t type;
	uint8_t view;
	uint8_t server;
};
struct target_list {
	struct zl_namelist targets;
	struct target_meta *meta;
	size_t meta_cap;
	/* the last target found satisfied, for runs of the same one */
	const struct zl_zone *last_zone;
	uint32_t last_want;
	size_t last_size;
	uint8_t last[LDNS_MAX_DOMAINLEN + 1];
	struct zl_names internal; /* internal_domains, parsed once */
};
/* The same on a list that is part of a rule's state: set up, keep a
 * target of a record of type in zone (to be looked up when the run
 * ends), check every kept one, free. */
void target_list_start(struct target_list *st);
void target_list_keep(struct target_list *st, ldns_rr_type type,
    const struct zl_zone *zone, const ldns_rdf *t, struct zl_loc at);
void target_list_check(struct zl_ctx *ctx, struct target_list *st);
void target_list_free(struct target_list *st);
/* A rule that checks targets this way has a struct target_list as its
 * state (.state_size) and these as its callbacks. */
void target_on_run_start(struct zl_ctx *ctx);
void target_on_record(struct zl_ctx *ctx, const struct zl_record *rec);
void target_on_run_end(struct zl_ctx *ctx);
void target_free_state(void *state);

#endif
