/* answer.h: how each internal DNS server answers a name that internal
 * Lync clients need, for the rules about the rest of the seed: from a
 * zone of its own, or only by forwarding to public DNS (sip_resolve). */
#ifndef ZL_RULES_ANSWER_H
#define ZL_RULES_ANSWER_H

#include "sip.h"

enum answer_kind {
	ANSWER_UNKNOWN, /* no loaded zone covers the name */
	ANSWER_OWN,     /* a zone of the server's own holds it */
	ANSWER_LACKS,   /* a zone of its own covers it, without it */
	ANSWER_PUBLIC,  /* no zone of its own covers it: forwarded */
};

struct answer {
	enum answer_kind kind;
	const struct zl_zone *zone; /* the zone that answers, or NULL */
};

/* How internal DNS server answers name, own meaning a record of a type
 * in want (ZL_T_* bits) there. */
struct answer answer_of(struct zl_ctx *ctx, unsigned server,
    const ldns_rdf *name, uint32_t want);

/* Every server's answer to one name. */
struct answers {
	struct answer by[ZL_MAX_SERVERS];
	unsigned count;     /* zl_server_count */
	unsigned own;       /* how many answer from their own zones */
	unsigned known;     /* how many answer at all (not UNKNOWN) */
};
void answers_of(struct zl_ctx *ctx, const ldns_rdf *name, uint32_t want,
    struct answers *out);
/* Why internal clients do not get name from internal DNS, in words, for
 * a message ("internal DNS has no zone for X and forwards it to public
 * DNS"); the servers are named when there are several.  Into buf. */
const char *answers_why(struct zl_ctx *ctx, const struct answers *a,
    const ldns_rdf *name, char *buf, size_t size);
/* The servers that forward name or lack it, "vpndns" or "dc2, vpndns",
 * into buf. */
const char *answers_lacking(struct zl_ctx *ctx, const struct answers *a,
    char *buf, size_t size);

/* Adds to finding id the PowerShell and BIND lines that make a pinpoint
 * zone name (text, absolute) whose apex has the A record address (a
 * placeholder such as "<internal address>"). */
void answer_fix_pinpoint(struct zl_ctx *ctx, size_t id, const char *name,
    const char *address);

/* Whether an external record of name is a CNAME to a target Microsoft
 * hosts (sip_data.c) or --sip-allow-target allows: public by design. */
bool answer_hosted(const struct zl_names *hosted, const struct zl_options *opt,
    const ldns_rr *rr);

#endif
