/* fixscript_util.h: what --fix-script's renderers share
 * (fixscript_ps.c, fixscript_dnscmd.c, fixscript_bind.c): the plan
 * fixscript.c makes, and quoting and naming helpers (fixscript_util.c). */
#ifndef ZL_FIXSCRIPT_UTIL_H
#define ZL_FIXSCRIPT_UTIL_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

struct zl_fixscript_step {
	const struct zl_fix_step *s;
	const struct zl_diag **by;  /* the findings it fixes */
	size_t nby;
};
struct zl_fixscript_plan {
	struct zl_fixscript_step *v;
	size_t count;
	const char *params[16];     /* what the admin is asked for */
	size_t nparams;
	bool external;              /* a step changes public DNS */
};
/* Writes prefix, then text with every byte outside a small set of
 * harmless ASCII (letters, digits, blank, ._:/,@()+=-) as '?', then a
 * newline: a comment no target language reads as anything else. */
void zl_fixscript_comment(FILE *fp, const char *prefix, const char *text);
/* text alone, so, without prefix or newline */
void zl_fixscript_safe(FILE *fp, const char *text);
/* The findings a step fixes, as comment lines ("FILE:LINE: RULE:
 * summary"). */
void zl_fixscript_by(FILE *fp, const char *prefix,
    const struct zl_fixscript_step *st);
/* Whether s is a name or datum of letters, digits and "-_.:*" only:
 * what every target language takes as one plain word. */
bool zl_fixscript_plain(const char *s);
/* Whether the step's zone, owner and each word of its data are plain. */
bool zl_fixscript_step_plain(const struct zl_fix_step *s);
/* owner relative to zone, without final dot, into buf: "@" for the
 * apex; owner without its final dot when it is not under zone. */
const char *zl_fixscript_node(const char *owner, const char *zone, char *buf,
    size_t size);
/* name without its final dot (an escaped dot stays), into buf. */
const char *zl_fixscript_nodot(const char *name, char *buf, size_t size);
/* A param ("pool address") as a variable name: "PoolAddress" when camel,
 * else "POOL_ADDRESS"; letters only are kept. */
const char *zl_fixscript_var(const char *param, bool camel, char *buf,
    size_t size);

void zl_fixscript_ps(FILE *fp, const struct zl_fixscript_plan *p);
void zl_fixscript_dnscmd(FILE *fp, const struct zl_fixscript_plan *p);
void zl_fixscript_bind(FILE *fp, const struct zl_fixscript_plan *p);
/* One step as PowerShell commands (no newline); false when it has none.
 * text: for a line to read, what the admin supplies is written
 * "<pool address>", else it is the script's parameter $PoolAddress. */
bool zl_fixscript_ps_step(FILE *fp, const struct zl_fix_step *s, bool text);

#endif
