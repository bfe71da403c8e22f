/* spf.h: what the mail-spf-* rules share: an SPF policy (RFC 7208) read
 * from a TXT record's data, split into its terms, each term judged. */
#ifndef RULES_SPF_H
#define RULES_SPF_H

#include "../src/zonelint.h"

/* A policy is read up to this many terms; the rest are not judged (a
 * TXT record of 65535 octets could hold 32767 one-letter terms). */
#define SPF_MAX_TERMS 256
/* DNS-querying terms a receiver allows (RFC 7208 4.6.4). */
#define SPF_MAX_LOOKUPS 10

enum spf_kind {
	SPF_VERSION, SPF_ALL, SPF_INCLUDE, SPF_A, SPF_MX, SPF_PTR, SPF_IP4,
	SPF_IP6, SPF_EXISTS, SPF_REDIRECT, SPF_EXP, SPF_MODIFIER,
	SPF_UNKNOWN
};

/* What is wrong with a term, if anything. */
enum spf_problem {
	SPF_OK,
	SPF_JOINED,      /* two terms whose strings join without a space */
	SPF_UNKNOWN_MECHANISM,
	SPF_MISSPELT_MODIFIER, /* an unknown modifier near redirect or exp */
	SPF_NO_VALUE,    /* include, exists, ip4, ip6, redirect, exp bare */
	SPF_EXTRA_VALUE, /* all:..., ptr/24 */
	SPF_BAD_ADDRESS, /* ip4:, ip6: */
	SPF_BAD_PREFIX   /* /33 on ip4, a, mx; /129 on ip6 */
};

struct spf_term {
	uint32_t off, len;      /* in the policy's text */
	uint32_t value, vlen;   /* after ':' or '=' (vlen 0: none) */
	char qualifier;         /* '+' '-' '~' '?', '+' when not written */
	enum spf_kind kind;
	enum spf_problem problem;
	uint32_t join;          /* SPF_JOINED: where the second term starts */
	const char *near;       /* SPF_MISSPELT_MODIFIER: the modifier */
};

/* A policy: the strings of one TXT record joined (RFC 7208 3.3). */
struct spf {
	char text[65536];
	uint32_t len;
	uint32_t str_off[32769];  /* where each string starts in text */
	uint32_t nstr;
	struct spf_term term[SPF_MAX_TERMS];
	uint32_t nterm;
	bool cut;                 /* more terms than SPF_MAX_TERMS */
};

/* Whether TXT data d is an SPF policy: its strings joined start
 * "v=spf1" (caselessly) then a space or the end, or its first string is
 * "v=spf1" alone and the next one joins it without a space. */
bool spf_is_policy(const uint8_t *d, uint32_t len);
/* Joins the strings of TXT data d into s's text and str_off, nothing
 * more (the DMARC rules read their records so too). */
void spf_join(struct spf *s, const uint8_t *d, uint32_t len);
/* Whether TXT data d may hold word (lower case) in any case: a cheap
 * test before a policy is read for one kind of term; true for data of
 * several strings, where the word may be split between two. */
bool spf_mentions(const uint8_t *d, uint32_t len, const char *word);
/* Reads the TXT data d into s (false when it is no SPF policy). */
bool spf_parse(struct spf *s, const uint8_t *d, uint32_t len);
/* The known name ("include:", "redirect=") a term with a problem is
 * close to, or NULL; worked out only when asked, as it costs. */
const char *spf_near(const struct spf *s, const struct spf_term *t);
/* Where offset off of s's text was written: its own column when the
 * string it lies in (each string of rec is one RDATA token) is written
 * without escapes, else the string's column, else the record's. */
struct zl_loc spf_loc(const struct spf *s, const struct zl_record *rec,
    uint32_t off);
/* n octets of text at p, escaped (\DDD) and cut to fit size, in buf. */
const char *spf_show(const char *p, size_t n, char *buf, size_t size);
/* Of the NULL-ended cands, the one closest to the n octets at w (one
 * edit away, two for words of five or more), or NULL. */
const char *spf_nearest(const char *w, size_t n, const char *const *cands);
/* The name of a term's kind as written in policies ("include"). */
const char *spf_kind_name(enum spf_kind kind);
/* Whether a term makes a DNS query (RFC 7208 4.6.4). */
bool spf_kind_queries(enum spf_kind kind);

/* The mail-spf rules' family: each TXT record is parsed once, before
 * any of them sees it, not once per rule. */
extern const struct zl_family spf_family;
/* The record being read, parsed, when it is an SPF policy spf_parse
 * took; else NULL.  For members of spf_family, from on_record. */
const struct spf *spf_current(struct zl_ctx *ctx);

#endif
