/* dmarc.h: what the mail-dmarc-* rules share: a DMARC record (RFC 7489)
 * read from a TXT record's data, split into its tags. */
#ifndef RULES_DMARC_H
#define RULES_DMARC_H

#include "spf.h"

/* A record is read up to this many tags; the rest are not judged. */
#define DMARC_MAX_TAGS 64

struct dmarc_tag {
	uint32_t name, nlen;   /* in the text, spaces trimmed */
	uint32_t value, vlen;
};

struct dmarc {
	struct spf txt;        /* the strings joined (spf_join) */
	struct dmarc_tag tag[DMARC_MAX_TAGS];
	uint32_t ntag;
	bool cut;              /* more than DMARC_MAX_TAGS tags */
};

/* Whether TXT data d is a DMARC record: its first string starts
 * "v=DMARC1" (caselessly), then the end, a space, a tab or ';'. */
bool dmarc_is_record(const uint8_t *d, uint32_t len);
/* Whether name's first label is _dmarc. */
bool dmarc_name(const ldns_rdf *name);
/* Reads TXT data d into m: its tags, "name=value" split at ';'. */
void dmarc_parse(struct dmarc *m, const uint8_t *d, uint32_t len);
/* Whether tag t is named lit, caselessly. */
bool dmarc_tag_is(const struct dmarc *m, const struct dmarc_tag *t,
    const char *lit);

#endif
