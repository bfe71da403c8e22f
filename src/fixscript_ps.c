/*
 * fixscript_ps.c: --fix-script powershell, the DnsServer module's
 * cmdlets.  Every name and datum goes in a single-quoted string, where
 * PowerShell expands nothing: a quote inside is doubled, and so are the
 * typographic single quotes (U+2018-U+201B) PowerShell also takes for
 * one.  What the admin must supply is a mandatory parameter.
 */
#include <stdlib.h>
#include <string.h>

#include "fixscript_util.h"

#define NAMEBUF (LDNS_MAX_DOMAINLEN * 4 + 2)

/* s as a PowerShell single-quoted string */
static void
psq(FILE *fp, const char *s)
{
	fputc('\'', fp);
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '\'')
			fputc('\'', fp);
		else if (c[0] == 0xe2 && c[1] == 0x80 && c[2] >= 0x98 &&
		    c[2] <= 0x9b) {
			fwrite(c, 1, 3, fp); /* doubled below */
			fwrite(c, 1, 3, fp);
			c += 2;
			continue;
		}
		fputc(*c, fp);
	}
	fputc('\'', fp);
}

static void
name_arg(FILE *fp, const char *opt, const char *name)
{
	char b[NAMEBUF];
	fprintf(fp, " %s ", opt);
	psq(fp, zl_fixscript_nodot(name, b, sizeof b));
}

/* The step's data, or its parameter */
static void
data_arg(FILE *fp, const char *opt, const struct zl_fix_step *s, bool text)
{
	char v[64];
	fprintf(fp, " %s ", opt);
	if (s->data)
		psq(fp, s->data);
	else if (text) { /* a line to read: what to put there */
		fputc('<', fp);
		zl_fixscript_safe(fp, s->param);
		fputc('>', fp);
	}
	else
		fprintf(fp, "$%s", zl_fixscript_var(s->param, true, v, sizeof v));
}

static void
server(FILE *fp, const struct zl_fix_step *s, bool text)
{
	if (s->view == ZL_VIEW_EXTERNAL)
		fputs(text ? " -ComputerName <public DNS server>" :
		    " -ComputerName $PublicDnsServer", fp);
}

static void
target(FILE *fp, const struct zl_fix_step *s, bool text)
{
	char b[NAMEBUF];
	name_arg(fp, "-ZoneName", s->zone);
	fputs(" -Name ", fp);
	psq(fp, zl_fixscript_node(s->owner, s->zone, b, sizeof b));
	server(fp, s, text);
}

/* SRV data "PRIORITY WEIGHT PORT TARGET": its fields, or false */
static bool
srv_fields(const char *data, unsigned *f, char *t, size_t size)
{
	int n = 0;
	if (data == NULL || sscanf(data, "%u %u %u %n", &f[0], &f[1], &f[2],
	    &n) != 3 || n == 0 || strchr(data + n, ' ') || strlen(data + n) >= size)
		return false;
	strcpy(t, data + n);
	return true;
}

static bool
add_record(FILE *fp, const struct zl_fix_step *s, bool text)
{
	unsigned f[3];
	char t[NAMEBUF];
	switch (s->type) {
	case LDNS_RR_TYPE_A:
		fputs("Add-DnsServerResourceRecordA", fp);
		target(fp, s, text);
		data_arg(fp, "-IPv4Address", s, text);
		break;
	case LDNS_RR_TYPE_AAAA:
		fputs("Add-DnsServerResourceRecordAAAA", fp);
		target(fp, s, text);
		data_arg(fp, "-IPv6Address", s, text);
		break;
	case LDNS_RR_TYPE_CNAME:
		fputs("Add-DnsServerResourceRecordCName", fp);
		target(fp, s, text);
		data_arg(fp, "-HostNameAlias", s, text);
		break;
	case LDNS_RR_TYPE_SRV:
		if (!srv_fields(s->data, f, t, sizeof t))
			return false;
		fputs("Add-DnsServerResourceRecord", fp);
		target(fp, s, text);
		fputs(" -Srv -DomainName ", fp);
		psq(fp, t);
		fprintf(fp, " -Priority %u -Weight %u -Port %u", f[0], f[1], f[2]);
		break;
	default:
		return false;
	}
	if (s->ttl)
		fprintf(fp, " -TimeToLive ([TimeSpan]::FromSeconds(%u))", s->ttl);
	return true;
}

static bool
remove_record(FILE *fp, const struct zl_fix_step *s, bool text)
{
	unsigned f[3];
	char t[NAMEBUF];
	if (s->data == NULL)
		return false;
	if (s->type == LDNS_RR_TYPE_SRV) {
		if (!srv_fields(s->data, f, t, sizeof t))
			return false;
		fputs("Get-DnsServerResourceRecord", fp);
		target(fp, s, text);
		fprintf(fp, " -RRType Srv | Where-Object { $_.RecordData.Priority "
		    "-eq %u -and $_.RecordData.Weight -eq %u -and "
		    "$_.RecordData.Port -eq %u -and $_.RecordData.DomainName -eq ",
		    f[0], f[1], f[2]);
		psq(fp, t);
		fputs(" } | Remove-DnsServerResourceRecord", fp);
		name_arg(fp, "-ZoneName", s->zone);
		server(fp, s, text);
		fputs(" -Force", fp);
		return true;
	}
	const char *type = s->type == LDNS_RR_TYPE_A ? "A" :
	    s->type == LDNS_RR_TYPE_AAAA ? "AAAA" :
	    s->type == LDNS_RR_TYPE_CNAME ? "CName" : NULL;
	if (type == NULL)
		return false;
	fputs("Remove-DnsServerResourceRecord", fp);
	target(fp, s, text);
	fprintf(fp, " -RRType %s -RecordData ", type);
	psq(fp, s->data);
	fputs(" -Force", fp);
	return true;
}

bool
zl_fixscript_ps_step(FILE *fp, const struct zl_fix_step *s, bool text)
{
	/* into memory first: a step with no form writes nothing */
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	if (m == NULL)
		return false;
	bool ok;
	if (s->kind == ZL_FIX_ADD_ZONE) {
		fputs("Add-DnsServerPrimaryZone", m);
		name_arg(m, "-Name", s->zone);
		if (s->view == ZL_VIEW_EXTERNAL) {
			char b[NAMEBUF];
			server(m, s, text);
			fputs(" -ZoneFile ", m);
			char *f = zl_asprintf("%s.dns",
			    zl_fixscript_nodot(s->zone, b, sizeof b));
			psq(m, f);
			free(f);
		} else {
			fputs(" -ReplicationScope Forest", m);
		}
		ok = true;
	} else if (s->kind == ZL_FIX_ADD_RECORD) {
		ok = add_record(m, s, text);
	} else {
		ok = remove_record(m, s, text);
	}
	fclose(m);
	if (ok)
		fwrite(buf, 1, len, fp);
	free(buf);
	return ok;
}

void
zl_fixscript_ps(FILE *fp, const struct zl_fixscript_plan *p)
{
	char v[64];
	fputs("# zonelint fix script: PowerShell, DnsServer module.  Review "
	    "it, then run it\n# on the DNS server or with -ComputerName; "
	    "nothing here has been run.\n#Requires -Modules DnsServer\n"
	    "[CmdletBinding(SupportsShouldProcess = $true)]\nparam(\n", fp);
	for (size_t i = 0; i < p->nparams; i++) {
		zl_fixscript_comment(fp, i ? ",\n    # " : "    # ", p->params[i]);
		fprintf(fp, "    [Parameter(Mandatory = $true)][string]$%s",
		    zl_fixscript_var(p->params[i], true, v, sizeof v));
	}
	if (p->external)
		fprintf(fp, "%s    # the public DNS server the published records "
		    "are on\n    [Parameter(Mandatory = $true)][string]"
		    "$PublicDnsServer", p->nparams ? ",\n" : "");
	fputs("\n)\n$ErrorActionPreference = 'Stop'\n", fp);
	for (size_t i = 0; i < p->count; i++) {
		fputc('\n', fp);
		zl_fixscript_by(fp, "# fixes ", &p->v[i]);
		char *buf = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&buf, &len);
		bool ok = m && zl_fixscript_ps_step(m, p->v[i].s, false);
		if (m)
			fclose(m);
		if (ok) {
			fwrite(buf, 1, len, fp);
			fputc('\n', fp);
		} else {
			fputs("# (this step has no PowerShell form here: do it by "
			    "hand)\n", fp);
		}
		free(buf);
	}
	if (p->count == 0)
		fputs("# no finding has a fix this script can take\n", fp);
}
