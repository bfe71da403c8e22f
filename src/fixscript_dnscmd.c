/*
 * fixscript_dnscmd.c: --fix-script dnscmd, a cmd.exe batch file of
 * dnscmd commands.  cmd.exe has no quoting that holds against every
 * byte (%, ^, &, |, <, > and " each mean something, in quotes too), so
 * a step is written only when each of its names and data is a plain
 * word (zl_fixscript_plain); else a REM line says it was left out.
 * What the admin must supply is an environment variable the script
 * checks before it changes anything.
 */
#include <stdlib.h>
#include <string.h>

#include "fixscript_util.h"

#define NAMEBUF (LDNS_MAX_DOMAINLEN * 4 + 2)

static void
step(FILE *fp, const struct zl_fix_step *s)
{
	char z[NAMEBUF], n[NAMEBUF], v[64];
	const char *server = s->view == ZL_VIEW_EXTERNAL ?
	    "%PUBLIC_DNS_SERVER%" : ".";
	zl_fixscript_nodot(s->zone, z, sizeof z);
	if (s->kind == ZL_FIX_ADD_ZONE) {
		if (s->view == ZL_VIEW_EXTERNAL)
			fprintf(fp, "dnscmd %s /zoneadd %s /primary /file %s.dns\n",
			    server, z, z);
		else
			fprintf(fp, "dnscmd %s /zoneadd %s /dsprimary /dp /forest\n",
			    server, z);
		return;
	}
	zl_fixscript_node(s->owner, s->zone, n, sizeof n);
	const char *type = ldns_rr_descript(s->type) ?
	    ldns_rr_descript(s->type)->_name : NULL;
	if (type == NULL) {
		fputs("REM (this step has no dnscmd form here: do it by hand)\n", fp);
		return;
	}
	if (s->kind == ZL_FIX_ADD_RECORD)
		fprintf(fp, "dnscmd %s /recordadd %s %s", server, z, n);
	else
		fprintf(fp, "dnscmd %s /recorddelete %s %s", server, z, n);
	if (s->kind == ZL_FIX_ADD_RECORD && s->ttl)
		fprintf(fp, " %u", s->ttl);
	fprintf(fp, " %s ", type);
	if (s->data)
		fputs(s->data, fp);
	else
		fprintf(fp, "%%%s%%", zl_fixscript_var(s->param, false, v, sizeof v));
	fputs(s->kind == ZL_FIX_REMOVE_RECORD ? " /f\n" : "\n", fp);
}

void
zl_fixscript_dnscmd(FILE *fp, const struct zl_fixscript_plan *p)
{
	char v[64];
	fputs("@echo off\nREM zonelint fix script: dnscmd.  Review it, then "
	    "run it on the internal\nREM DNS server; nothing here has been "
	    "run.\nsetlocal\n", fp);
	for (size_t i = 0; i < p->nparams; i++) {
		zl_fixscript_comment(fp, "REM set ", p->params[i]);
		zl_fixscript_var(p->params[i], false, v, sizeof v);
		fprintf(fp, "if \"%%%s%%\"==\"\" (echo set %s first& exit /b 1)\n",
		    v, v);
	}
	if (p->external)
		fputs("REM set the public DNS server the published records are "
		    "on\nif \"%PUBLIC_DNS_SERVER%\"==\"\" (echo set "
		    "PUBLIC_DNS_SERVER first& exit /b 1)\n", fp);
	for (size_t i = 0; i < p->count; i++) {
		fputc('\n', fp);
		zl_fixscript_by(fp, "REM fixes ", &p->v[i]);
		if (zl_fixscript_step_plain(p->v[i].s))
			step(fp, p->v[i].s);
		else
			fputs("REM (left out: a name or datum holds characters "
			    "cmd.exe would read as commands)\n", fp);
	}
	if (p->count == 0)
		fputs("REM no finding has a fix this script can take\n", fp);
}
