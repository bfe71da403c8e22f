/* fixscript.h: --fix-script, the findings' structured fix-its (their
 * steps, zonelint.h zl_fix_step) as one script to review and run by
 * hand: PowerShell's DnsServer module, dnscmd, or a POSIX shell script
 * that writes BIND zone files, zone statements and nsupdate input.
 * Nothing is run.  Steps go in dependency order (zones are added, then
 * records, then records are removed), each once, each under comments
 * naming the findings it fixes.  Every name and datum from input is
 * quoted for the target language, or, where the language has no safe
 * quoting (cmd.exe, BIND's file names), the step is left out and a
 * comment says so. */
#ifndef ZL_FIXSCRIPT_H
#define ZL_FIXSCRIPT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "safewrite.h"

enum zl_fixscript { ZL_FIXSCRIPT_POWERSHELL = 1, ZL_FIXSCRIPT_DNSCMD,
	ZL_FIXSCRIPT_BIND };

/* The format named by arg ("powershell", "dnscmd", "bind"), or -1. */
int zl_fixscript_parse(const char *arg);
void zl_fixscript_write(FILE *fp, const struct zl_diags *d,
    enum zl_fixscript format);
/* The same into the file path, written as safewrite.h writes (never
 * over an input is_input names, nor through a link); -1, said, when it
 * cannot be. */
int zl_fixscript_write_file(const char *path, const struct zl_diags *d,
    enum zl_fixscript format, zl_safewrite_is_input *is_input, void *arg);
/* Adds to the fix of every finding with steps and a fix one line, "PowerShell: "
 * and the steps' commands joined by "; ", what the admin supplies shown
 * as "<pool address>": so every format shows the PowerShell form. */
void zl_fixscript_annotate(struct zl_diags *d);

#endif
