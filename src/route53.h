/* route53.h: AWS Route 53 JSON, as `aws route53 list-resource-record-sets`
 * prints it, turned into zone-file text that the reader reads like any
 * zone file, with each line of that text mapped to the line and column of
 * its value in the JSON.
 *
 * - Each value of ResourceRecords becomes one line "NAME TTL IN TYPE
 *   VALUE", at the line and column of its "Value" string; Route 53's
 *   octal escapes in names (\052 for '*') are rewritten for zone syntax.
 * - An alias (AliasTarget) is not a CNAME: Route 53 answers the name with
 *   the target's records of the set's type.  It becomes one record of the
 *   private type ZL_R53_ALIAS_TYPE (TTL 60, data: ZL_R53_ALIAS_MAGIC, the
 *   aliased type, the target name), at the line of its DNSName, so that
 *   no rule about CNAMEs or targets reads it and the leak rules can.
 * - A set with a SetIdentifier (weighted, latency, failover, geolocation,
 *   multivalue routing) gets a number of its own: records of different
 *   sets are different answers, not one RRset (zl_record.set).
 * - The SOA's lines come first, as in a zone file: Route 53 lists its
 *   records by name, so an apex alias may come before the SOA.  Without
 *   an SOA, a first line "$ORIGIN SUFFIX" at line 1 names the owners'
 *   common suffix (-v: "origin from the names' common suffix").
 * - Owners and the names in values (CNAME, NS, PTR, MX, SRV, SOA, SVCB,
 *   HTTPS, NAPTR) are absolute with or without a final dot, as Route 53
 *   reads them.
 * Bounds: ZL_R53_MAX_SETS record sets, ZL_R53_MAX_VALUES values per set,
 * jansson's nesting depth (2048), ZL_R53_MAX_ERRORS errors kept. */
#ifndef ZL_ROUTE53_H
#define ZL_ROUTE53_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ZL_R53_MAX_SETS 1000000u
#define ZL_R53_MAX_VALUES 10000u
#define ZL_R53_MAX_ERRORS 100u
#define ZL_R53_ALIAS_TYPE 65425 /* private use, RFC 6895; not 65281 or
                                 65282, Windows' WINS and WINSR */
#define ZL_R53_ALIAS_MAGIC "R53A"

/* The format's name, for -v. */
extern const char zl_route53_format[];
/* -v's "origin from SOURCE" for a zone read from Route 53 JSON: a string
 * constant (a tape keeps the pointer) naming source and the format. */
const char *zl_route53_origin_source(const char *source);

struct zl_r53_line {      /* one line of the text */
	uint32_t line, col;   /* of its value in the JSON */
	uint32_t set;         /* routing-policy set, 1, 2, ...; 0 none */
};

struct zl_r53_error {
	uint32_t line, col;
	char msg[240];
};

struct zl_r53 {
	char *text;                /* zone-file text, one record a line */
	size_t len;
	struct zl_r53_line *lines; /* nlines of them */
	size_t nlines;
	struct zl_r53_error *errors;
	size_t nerrors;            /* kept, at most ZL_R53_MAX_ERRORS */
	unsigned long more_errors; /* not kept */
};

/* Whether the n bytes at s start like Route 53 JSON: '{' first (after
 * white space), and a "ResourceRecordSets" key among them. */
bool zl_route53_detect(const char *s, size_t n);

/* Translates the n bytes of JSON at s into out (freed with
 * zl_route53_free).  Malformed JSON stops the translation with an error;
 * a record set that cannot be read is an error, and the next is read. */
void zl_route53_translate(const char *s, size_t n, struct zl_r53 *out);
void zl_route53_free(struct zl_r53 *r);

#endif
