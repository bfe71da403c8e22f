/* output.h: rendering the sorted findings. */
#ifndef ZL_OUTPUT_H
#define ZL_OUTPUT_H

#include <stdio.h>

#include "diag.h"

/* FILE:LINE:COL: SEVERITY: MESSAGE [RULE], the form compilers use. */
void zl_output_text(FILE *fp, const struct zl_diags *d, bool color);
/* The same, each rule's findings in a file after its first one told as
 * "and N more on lines A, B, ..." (--summary, for audits). */
void zl_output_text_grouped(FILE *fp, const struct zl_diags *d, bool color);
/* The run in one line: findings by severity, in how many files and
 * zones, of how many inputs (text output ends with it on standard
 * error; -v prints it for every format, also for no finding). */
void zl_output_summary(FILE *fp, const struct zl_diags *d, size_t inputs);
/* One JSON document: {"version": 1, "findings": [...]}; see zonelint(1).
 * Each finding's help_uri is its rule's page under rules_url. */
void zl_output_json(FILE *fp, const struct zl_diags *d, const char *rules_url);
/* SARIF 2.1.0, with every rule's metadata, for code scanning; each
 * rule's helpUri is its page under rules_url. */
void zl_output_sarif(FILE *fp, const struct zl_diags *d, const char *rules_url);
/* GitHub Actions workflow commands: ::error file=...::message */
void zl_output_github(FILE *fp, const struct zl_diags *d);

/* One self-contained HTML audit report (out_html.c): run tells what was
 * linted, and brings the picture of the views (picture.h) and the
 * findings' lines as written (srclines.h), either NULL when not known. */
struct zl_picture;
struct zl_options;
struct zl_html_run {
	int argc;
	char *const *argv;             /* the command line, shown escaped */
	const struct zl_options *opt;
	const struct zl_picture *pic;
	char *const *source;           /* one per finding, or NULL */
	size_t inputs;                 /* inputs named, for the summary line */
};
void zl_output_html(FILE *fp, const struct zl_diags *d,
    const struct zl_html_run *run);

/* A JSON string, quoted; NULL writes null.  Bytes from input are
 * escaped by src/escape.h first (LF too), then '"' and '\\' for JSON. */
void zl_json_string(FILE *fp, const char *s);
/* The same for lines joined with '\n' (a fix, a help text): each line is
 * escaped, the joins are written as JSON's \n. */
void zl_json_lines(FILE *fp, const char *s);
/* A file name, escaped as src/escape.h escapes file names. */
void zl_json_path(FILE *fp, const char *path);

#endif
