/*
 * fixscript_bind.c: --fix-script bind, a POSIX shell script that
 * writes, in the folder it runs in, the internal view's new zone files,
 * zonelint-internal.conf (their zone statements, for the internal view)
 * and nsupdate input for records of zones that exist:
 * zonelint-internal.nsupdate, zonelint-public.nsupdate.  It changes no
 * server.  Zone file and configuration names come from zone names, so a
 * step is written only when its names and data are plain words
 * (zl_fixscript_plain); and every word from input is single-quoted for
 * the shell all the same.  What the admin must supply is an
 * environment variable the script requires before it writes anything.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fixscript_util.h"

#define NAMEBUF (LDNS_MAX_DOMAINLEN * 4 + 2)

/* s single-quoted for the shell */
static void
shq(FILE *fp, const char *s)
{
	fputc('\'', fp);
	for (; *s; s++)
		if (*s == '\'')
			fputs("'\\''", fp);
		else
			fputc(*s, fp);
	fputc('\'', fp);
}

/* Whether the plan adds zone (so its records go in its file) */
static bool
added(const struct zl_fixscript_plan *p, const char *zone)
{
	for (size_t i = 0; i < p->count; i++)
		if (p->v[i].s->kind == ZL_FIX_ADD_ZONE &&
		    p->v[i].s->view == ZL_VIEW_INTERNAL &&
		    strcasecmp(p->v[i].s->zone, zone) == 0)
			return true;
	return false;
}

/* The record's data: a shell word, quoted, or the variable asked for */
static void
data_word(FILE *fp, const struct zl_fix_step *s)
{
	char v[64];
	if (s->data)
		shq(fp, s->data);
	else
		fprintf(fp, "\"$%s\"", zl_fixscript_var(s->param, false, v, sizeof v));
}

static void
add_zone(FILE *fp, const struct zl_fix_step *s)
{
	char z[NAMEBUF];
	zl_fixscript_nodot(s->zone, z, sizeof z);
	fputs("printf 'zone \"%s\" { type primary; file \"%s.zone\"; };\\n' ", fp);
	shq(fp, z);
	fputc(' ', fp);
	shq(fp, z);
	fputs(" >>zonelint-internal.conf\n", fp);
	/* the mailbox under the server's name: BIND's check-names takes
	 * no "_" in it, and a pinpoint SRV zone's name has one */
	fputs("printf '$ORIGIN %s\\n$TTL 3600\\n@ IN SOA %s hostmaster.%s 1 "
	    "7200 3600 1209600 300\\n@ IN NS %s\\n' ", fp);
	shq(fp, s->zone);
	fputs(" \"$INTERNAL_NS\" \"$INTERNAL_NS\" \"$INTERNAL_NS\" >", fp);
	char *f = zl_asprintf("%s.zone", z);
	shq(fp, f);
	free(f);
	fputc('\n', fp);
}

static void
record(FILE *fp, const struct zl_fixscript_plan *p, const struct zl_fix_step *s)
{
	char z[NAMEBUF], n[NAMEBUF];
	const ldns_rr_descriptor *d = ldns_rr_descript(s->type);
	const char *type = d ? d->_name : NULL;
	if (type == NULL) {
		fputs("# (this step has no form here: do it by hand)\n", fp);
		return;
	}
	char ttl[16] = "";
	if (s->ttl)
		snprintf(ttl, sizeof ttl, " %u", s->ttl);
	if (s->kind == ZL_FIX_ADD_RECORD && s->view == ZL_VIEW_INTERNAL &&
	    added(p, s->zone)) {
		fprintf(fp, "printf '%%s%s IN %%s %%s\\n' ", ttl);
		shq(fp, zl_fixscript_node(s->owner, s->zone, n, sizeof n));
		fprintf(fp, " %s ", type);
		data_word(fp, s);
		fputs(" >>", fp);
		char *f = zl_asprintf("%s.zone",
		    zl_fixscript_nodot(s->zone, z, sizeof z));
		shq(fp, f);
		free(f);
		fputc('\n', fp);
		return;
	}
	bool add = s->kind == ZL_FIX_ADD_RECORD;
	fprintf(fp, "printf 'zone %%s\\nupdate %s %%s%s IN %%s %%s\\nsend\\n' ",
	    add ? "add" : "delete", add ? (s->ttl ? ttl : " 3600") : "");
	shq(fp, s->zone);
	fputc(' ', fp);
	shq(fp, s->owner);
	fprintf(fp, " %s ", type);
	data_word(fp, s);
	fprintf(fp, " >>zonelint-%s.nsupdate\n",
	    s->view == ZL_VIEW_EXTERNAL ? "public" : "internal");
}

void
zl_fixscript_bind(FILE *fp, const struct zl_fixscript_plan *p)
{
	char v[64];
	fputs("#!/bin/sh\n# zonelint fix script: BIND.  Review it, then run it "
	    "in an empty folder: it\n# writes the internal view's new zone "
	    "files, their zone statements\n# (zonelint-internal.conf, to "
	    "include in the internal view) and nsupdate\n# input for records "
	    "of zones that exist (zonelint-internal.nsupdate,\n# "
	    "zonelint-public.nsupdate).  It changes no server; nothing here "
	    "has been run.\nset -eu\n", fp);
	for (size_t i = 0; i < p->nparams; i++) {
		zl_fixscript_var(p->params[i], false, v, sizeof v);
		fprintf(fp, "# %s: ", v);
		zl_fixscript_comment(fp, "", p->params[i]);
		fprintf(fp, ": \"${%s:?set %s first}\"\n", v, v);
	}
	bool zones = false;
	for (size_t i = 0; i < p->count; i++)
		zones |= p->v[i].s->kind == ZL_FIX_ADD_ZONE;
	if (zones)
		fputs("# INTERNAL_NS: the internal DNS server, for the new zones' "
		    "SOA and NS,\n# a name ending in a dot (dc1.example.com.)\n"
		    ": \"${INTERNAL_NS:?set INTERNAL_NS first}\"\n", fp);
	for (size_t i = 0; i < p->count; i++) {
		const struct zl_fix_step *s = p->v[i].s;
		fputc('\n', fp);
		zl_fixscript_by(fp, "# fixes ", &p->v[i]);
		if (!zl_fixscript_step_plain(s))
			fputs("# (left out: a name or datum holds characters this "
			    "script does not write)\n", fp);
		else if (s->kind == ZL_FIX_ADD_ZONE && s->view == ZL_VIEW_INTERNAL)
			add_zone(fp, s);
		else if (s->kind == ZL_FIX_ADD_ZONE)
			fputs("# (a public zone: add it by hand)\n", fp);
		else
			record(fp, p, s);
	}
	if (p->count == 0)
		fputs("# no finding has a fix this script can take\n", fp);
}
