/* main.c: the command line, and the exit status. */
#include <getopt.h>
#include <malloc.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "baseline.h"
#include "config.h"
#include "confine.h"
#include "diag.h"
#include "engine.h"
#include "schedule.h"
#include "escape.h"
#include "examples.h"
#include "fixscript.h"
#include "explain.h"
#include "rulepages.h"
#include "inputs.h"
#include "optvalue.h"
#include "output.h"
#include "picture.h"
#include "srclines.h"
#include "stdin_name.h"
#include "zone.h"

#ifndef ZL_VERSION
#define ZL_VERSION "0.1.0"
#endif

enum {
	EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2,
};

enum {
	OPT_INTERNAL = 256, OPT_EXTERNAL, OPT_LIST, OPT_EXPLAIN, OPT_ENABLE,
	OPT_DISABLE, OPT_SEVERITY, OPT_FAIL_ON, OPT_FORMAT, OPT_COLOR,
	OPT_INTERNAL_DOMAIN, OPT_SIP_ALLOW_TARGET, OPT_PRIVATE_DOCS, OPT_SIP_DOMAIN,
	OPT_CONFIG, OPT_NO_CONFIG, OPT_MAN_RULES, OPT_BASELINE, OPT_WRITE_BASELINE,
	OPT_ALLOW_OUTSIDE, OPT_ALLOW_INCLUDE_OUTSIDE, OPT_LIMIT,
	OPT_SIP_INTERNAL_NAME, OPT_NOW, OPT_STALE_AFTER, OPT_STDIN_FILENAME,
	OPT_HTML_RULE, OPT_HTML_INDEX, OPT_RULES_URL, OPT_EXAMPLES,
	OPT_EXAMPLE_OUTPUT, OPT_PEER_TABLE, OPT_FIX_SCRIPT, OPT_FIX_SCRIPT_OUTPUT,
};

static const struct option longopts[] = {
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{"verbose", no_argument, NULL, 'v'},
	{"origin", required_argument, NULL, 'o'},
	{"jobs", required_argument, NULL, 'j'},
	{"internal", required_argument, NULL, OPT_INTERNAL},
	{"external", required_argument, NULL, OPT_EXTERNAL},
	{"list-rules", no_argument, NULL, OPT_LIST},
	{"explain", required_argument, NULL, OPT_EXPLAIN},
	{"enable", required_argument, NULL, OPT_ENABLE},
	{"disable", required_argument, NULL, OPT_DISABLE},
	{"severity", required_argument, NULL, OPT_SEVERITY},
	{"fail-on", required_argument, NULL, OPT_FAIL_ON},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"fix-script", required_argument, NULL, OPT_FIX_SCRIPT},
	{"fix-script-output", required_argument, NULL, OPT_FIX_SCRIPT_OUTPUT},
	{"color", required_argument, NULL, OPT_COLOR},
	{"internal-domain", required_argument, NULL, OPT_INTERNAL_DOMAIN},
	{"sip-domain", required_argument, NULL, OPT_SIP_DOMAIN},
	{"sip-internal-name", required_argument, NULL, OPT_SIP_INTERNAL_NAME},
	{"config", required_argument, NULL, OPT_CONFIG},
	{"no-config", no_argument, NULL, OPT_NO_CONFIG},
	{"baseline", required_argument, NULL, OPT_BASELINE},
	{"allow-outside", required_argument, NULL, OPT_ALLOW_OUTSIDE},
	{"allow-include-outside", no_argument, NULL, OPT_ALLOW_INCLUDE_OUTSIDE},
	{"write-baseline", required_argument, NULL, OPT_WRITE_BASELINE},
	{"man-rules", no_argument, NULL, OPT_MAN_RULES}, /* builds the man page */
	{"html-rule", required_argument, NULL, OPT_HTML_RULE}, /* make docs */
	{"html-index", no_argument, NULL, OPT_HTML_INDEX},
	{"example-output", required_argument, NULL, OPT_EXAMPLE_OUTPUT},
	{"peer-table", required_argument, NULL, OPT_PEER_TABLE},
	{"rules-url", required_argument, NULL, OPT_RULES_URL},
	{"examples", required_argument, NULL, OPT_EXAMPLES},
	{"sip-allow-target", required_argument, NULL, OPT_SIP_ALLOW_TARGET},
	{"private-include-documentation", no_argument, NULL, OPT_PRIVATE_DOCS},
	{"limit", required_argument, NULL, OPT_LIMIT},
	{"now", required_argument, NULL, OPT_NOW},
	{"stale-after", required_argument, NULL, OPT_STALE_AFTER},
	{"summary", no_argument, NULL, 'q'},
	{"stdin-filename", required_argument, NULL, OPT_STDIN_FILENAME},
	{NULL, 0, NULL, 0},
};

static void
usage(FILE *fp)
{
	fputs(
	    "usage: zonelint [options] [--] [--origin NAME] FILE|DIR|- ...\n"
	    "       zonelint --list-rules | --explain RULE\n"
	    "\n"
	    "  -o, --origin NAME      zone name of the next file\n"
	    "      --stdin-filename NAME   read '-' as the file NAME: NAME\n"
	    "                         names the findings and sets the origin,\n"
	    "                         view and .zonelint (it is not opened)\n"
	    "      --internal [SERVER=]PATH   PATH is an export of the internal\n"
	    "                         view (of the internal DNS server SERVER)\n"
	    "      --external PATH    PATH is an export of the external view\n"
	    "      --enable RULE      turn on RULE (a glob such as 'sip-*')\n"
	    "      --disable RULE     turn off RULE\n"
	    "      --severity RULE=LEVEL   error, warning or note\n"
	    "      --fail-on LEVEL    lowest level that fails (default warning)\n"
	    "      --format FORMAT    text, json, sarif, github or html\n"
	    "      --fix-script FMT   the fixes as a script: powershell, dnscmd or\n"
	    "                         bind (on standard output, for the findings)\n"
	    "      --fix-script-output FILE  write it to FILE instead\n"
	    "      --rules-url BASE   JSON and SARIF link each rule to\n"
	    "                         BASE/RULE.html (default: the installed pages)\n"
	    "      --color WHEN       auto, always or never\n"
	    "      --sip-domain D     D is a SIP domain (else found from SRVs)\n"
	    "      --internal-domain D    D is internal too (e.g. corp.contoso.com)\n"
	    "      --sip-allow-target D   SRV targets under D are allowed\n"
	    "      --sip-internal-name N  internal clients must resolve N (a Lync\n"
	    "                         web service name) from internal DNS\n"
	    "      --private-include-documentation   documentation ranges are\n"
	    "                         private addresses too\n"
	    "      --config FILE      settings (default: .zonelint found upwards)\n"
	    "      --baseline FILE    report only findings not in FILE\n"
	    "      --allow-outside DIR   files under DIR may be read too (the\n"
	    "                         lint root is the repository's top)\n"
	    "      --allow-include-outside   the same for every folder\n"
	    "      --write-baseline FILE  record today's findings in FILE\n"
	    "      --no-config        ignore any .zonelint\n"
	    "  -j, --jobs N           threads that parse records (default and\n"
	    "                         0: one per core; 1: no threads)\n"
	    "      --limit NAME=N     set a bound on hostile input: generated\n"
	    "                         (records per run, default 4194304),\n"
	    "                         findings (per rule and file, default 1000),\n"
	    "                         includes (reads per run, default 100000)\n"
	    "                         or include-bytes (default 256 MiB)\n"
	    "      --now TIME         judge signature times at TIME, YYYYMMDDHHMMSS\n"
	    "                         (UTC) or seconds since the epoch (default:\n"
	    "                         the current time)\n"
	    "      --stale-after DAYS Windows aging stamps DAYS older than the\n"
	    "                         zone's newest (or --now) are stale (30)\n"
	    "  -q, --summary          text: each rule's first finding in a file,\n"
	    "                         then how many more and on which lines\n"
	    "  -v, --verbose          say what is read and decided\n"
	    "      --list-rules       list every rule\n"
	    "      --explain RULE     why RULE matters, bad and good, the fix\n"
	    "      --examples DIR     with --explain: write its examples in DIR\n"
	    "  -h, --help             this text;  -V, --version\n"
	    "      --                 the rest are files, even if they start with -\n"
	    "\n"
	    "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage\n"
	    "error or unreadable input.  See zonelint(1) for every option,\n"
	    "zonelint(5) for .zonelint and zonelint-rules(7) for the rules.\n", fp);
}


static int
set_severity(struct zl_engine *eng, const char *arg)
{
	const char *eq = strchr(arg, '=');
	if (eq == NULL)
		return zl_usage_error("--severity takes RULE=LEVEL, not '%s'", arg);
	int sev = zl_severity_parse(eq + 1);
	if (sev < 0)
		return zl_usage_error("unknown level '%s' (error, warning, note)", eq + 1);
	char *rule = zl_asprintf("%.*s", (int)(eq - arg), arg);
	int n = zl_engine_set_severity(eng, rule, (enum zl_severity)sev);
	int ret = n ? 0 : zl_usage_error("no rule matches '%s'", rule);
	free(rule);
	return ret;
}

/* --limit, --now or --stale-after (c says which). */
static int
set_value(struct zl_options *opt, int c, const char *arg)
{
	return c == OPT_NOW ? zl_opt_now(opt, arg) : c == OPT_LIMIT ?
	    zl_opt_limit(opt, arg) : zl_opt_stale_after(opt, arg);
}

/* Adds a domain given on the command line to list. */
static int
add_domain(struct zl_names *list, const char *arg, const char *option)
{
	char *abs = arg[0] && arg[strlen(arg) - 1] == '.' ? zl_xstrdup(arg) :
	    zl_asprintf("%s.", arg);
	ldns_rdf *name = ldns_dname_new_frm_str(abs);
	free(abs);
	if (name == NULL || zl_dname_labels(name) == 0) {
		if (name)
			ldns_rdf_deep_free(name);
		return zl_usage_error("not a domain name: '%s'", arg);
	}
	zl_names_add(list, name, option);
	return 0;
}

/* What must be known before the config is read, so that the command
 * line overrides the file: which config, the folders the lint root is
 * widened by, and the first input (the lint root may come from it). */
struct early {
	const char *config;
	bool no_config;
	const char *first_input;
	const char *stdin_name;  /* --stdin-filename */
	int verbose;  /* before the config's folders are walked */
	const char **allow;
	size_t nallow;
};

static void
early_pass(int argc, char **argv, struct early *e)
{
	int c;
	e->allow = zl_xcalloc((size_t)argc, sizeof *e->allow);
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, "-hVvqo:j:", longopts, NULL)) != -1) {
		if (c == 1 || c == OPT_INTERNAL || c == OPT_EXTERNAL) {
			if (e->first_input == NULL)
				e->first_input = optarg;
		} else if (c == OPT_CONFIG) {
			e->config = optarg;
		} else if (c == OPT_STDIN_FILENAME) {
			e->stdin_name = optarg;
		} else if (c == OPT_NO_CONFIG) {
			e->no_config = true;
		} else if (c == 'v') {
			e->verbose++;
		} else if (c == OPT_ALLOW_OUTSIDE || c == OPT_ALLOW_INCLUDE_OUTSIDE) {
			e->allow[e->nallow++] = c == OPT_ALLOW_OUTSIDE ? optarg : "/";
		}
	}
	if (e->first_input == NULL && optind < argc)
		e->first_input = argv[optind]; /* after "--" */
	if (e->stdin_name && e->first_input && strcmp(e->first_input, "-") == 0)
		e->first_input = e->stdin_name;
	optind = 0;
}

/* The config to read: --config, else a .zonelint found upwards from the
 * working directory (from --stdin-filename's folder when given) within
 * the lint root; NULL for none. */
static const char *
config_path(const struct early *e, char **found)
{
	if (e->config) {
		zl_confine_name(e->config); /* typed by the person: read as named */
		return e->config;
	}
	if (e->no_config)
		return NULL;
	return *found = e->stdin_name ? zl_config_find_for(e->stdin_name) :
	    zl_config_find();
}

/* With -v: the lint root, relative to the working directory (where
 * paths are read from) as the person sees it. */
static void
say_root(void)
{
	char cwd[PATH_MAX];
	const char *root = zl_confine_root();
	size_t n = strlen(root);
	if (getcwd(cwd, sizeof cwd) == NULL || strncmp(cwd, root, n) != 0 ||
	    (cwd[n] != '/' && cwd[n] != '\0')) {
		zl_eprintf("zonelint: lint root %s", root);
		return;
	}
	fputs("zonelint: lint root ", stderr);
	if (cwd[n] == '\0')
		fputc('.', stderr);
	for (const char *p = cwd + n; *p; p++)
		if (*p == '/')
			fputs(p == cwd + n ? ".." : "/..", stderr);
	fputc('\n', stderr);
}

/* Adds a path typed on the command line. */
static int
add_named(struct zl_inputs *in, const char *arg, enum zl_view view,
    const char *origin)
{
	char server[ZL_SERVER_NAME_MAX + 1];
	const char *path = view == ZL_VIEW_INTERNAL ?
	    zl_server_split(arg, server) : arg;
	if (path == NULL)
		return zl_usage_error("--internal SERVER=PATH: a server's name is 1 "
		    "to 32 letters, digits, '-', '_' or '.' (write ./%s for a file "
		    "whose name has '=')", "NAME");
	zl_confine_name(path);
	return zl_inputs_add(in, path, view, view == ZL_VIEW_INTERNAL &&
	    server[0] ? server : NULL, origin);
}

/* With a config naming zones, the command line's files are the ones to
 * report on: they join the config's zones (once), and the ids of their
 * files fill *report.  Returns how many there are. */
static size_t
merge_inputs(struct zl_inputs *cfg, struct zl_inputs *named, uint32_t **report)
{
	*report = zl_xcalloc(named->count + 1, sizeof **report);
	size_t n = 0;
	for (size_t i = 0; i < named->count; i++) {
		char a[PATH_MAX], b[PATH_MAX];
		const char *path = named->v[i].path;
		bool have = false;
		if (realpath(path, a))
			for (size_t j = 0; j < cfg->count && !have; j++)
				if (realpath(cfg->v[j].path, b) && strcmp(a, b) == 0) {
					/* the config's view, the path as typed */
					free(cfg->v[j].path);
					cfg->v[j].path = zl_xstrdup(path);
					cfg->v[j].from_stdin = named->v[i].from_stdin;
					have = true;
				}
		if (!have && named->v[i].from_stdin)
			zl_stdin_input_add(cfg, &named->v[i]);
		else if (!have)
			zl_inputs_add(cfg, path, named->v[i].view,
			    named->v[i].server, named->v[i].origin);
		(*report)[n++] = zl_file_intern(path);
	}
	return n;
}

static bool
reported(const struct zl_diag *d, const uint32_t *report, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (d->zone_file == report[i] || d->loc.file == report[i])
			return true;
	return false;
}

/* What one run of zonelint is given and has decided. */
struct run {
	struct zl_options opt;
	struct zl_engine *eng;
	struct zl_serials serials; /* the ones --baseline recorded */
	struct zl_sched *sched;  /* once the options are read */
	struct zl_inputs in, cfg;
	uint32_t *report;        /* the files the command line named */
	size_t nreport;
	const char *origin;      /* --origin, for the next input */
	const char *format;
	const char *rules_url;   /* --rules-url, else the installed pages */
	const char *explained, *examples; /* the last --explain RULE; --examples */
	const char *html_rule, *shown;    /* --html-rule RULE; --example-output */
	const char *peers;                /* --peer-table */
	const char *baseline, *write_baseline;
	const char *fix_output;  /* --fix-script-output */
	int fix_script;          /* --fix-script, enum zl_fixscript, or 0 */
	const char *config;
	const char *stdin_name;  /* --stdin-filename */
	int color, ret;          /* ret: an exit status, or -1 to go on */
	bool grouped;            /* -q: one line per rule and file, and lines */
	bool acted;              /* --explain and kin: no input is fine */
	int argc;                /* the command line, for --format html */
	char **argv;
};

static void
set_jobs(struct run *st, const char *arg)
{
	char *end;
	long j = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || j < 0 || j > 64)
		st->ret = zl_usage_error("-j takes a number of threads from 1 to 64, "
		    "or 0 for one per core, not '%s'", arg);
	st->opt.jobs = (int)j;
}

static void
set_color(struct run *st, const char *arg)
{
	if (strcmp(arg, "auto") == 0)
		st->color = -1;
	else if (strcmp(arg, "always") == 0)
		st->color = 1;
	else if (strcmp(arg, "never") == 0)
		st->color = 0;
	else
		st->ret = zl_usage_error("--color takes auto, always or never, not "
		    "'%s'", arg);
}

/* --explain and kin: the rules' own text, no input needed; where
 * findings link to it. */
static void
doc_option(struct run *st, int c, const char *arg)
{
	if (c == OPT_RULES_URL) {
		if (!zl_rules_url_ok(arg))
			st->ret = zl_usage_error("--rules-url takes an absolute URI such "
			    "as https://example.com/zonelint/rules/, not '%s'", arg);
		st->rules_url = arg;
		return;
	}
	if (c == OPT_EXAMPLES || c == OPT_EXAMPLE_OUTPUT || c == OPT_PEER_TABLE) {
		*(c == OPT_EXAMPLES ? &st->examples : c == OPT_PEER_TABLE ?
		    &st->peers : &st->shown) = arg;
		return;
	}
	st->acted = true;
	if (c == OPT_EXPLAIN)
		st->explained = arg;
	if (c == OPT_MAN_RULES)
		zl_man_rules(stdout);
	else if (c == OPT_LIST)
		zl_list_rules(stdout);
	else if (c == OPT_HTML_INDEX)
		zl_html_index(stdout);
	else if (c == OPT_HTML_RULE)
		st->html_rule = arg; /* after --example-output, wherever it is */
	else if (zl_explain(stdout, arg) != 0)
		st->ret = zl_usage_error("no rule '%s' (zonelint --list-rules)", arg);
}

/* --html-rule RULE [--example-output FILE] [--peer-table FILE] (make
 * docs): an exit status. */
static int
html_rule(const char *id, const char *shown, const char *peers)
{
	int r = zl_html_rule(stdout, id, shown, peers);
	if (r == -1)
		return zl_usage_error("no rule '%s' (zonelint --list-rules)", id);
	return r == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
}

static void
set_format(struct run *st, const char *arg)
{
	static const char *const formats[] = {"text", "json", "sarif", "github",
	    "html"};
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
		if (strcmp(arg, formats[i]) == 0) {
			st->format = formats[i];
			return;
		}
	st->ret = zl_usage_error("unknown format '%s' (text, json, sarif, github, "
	    "html)", arg);
}

/* Options read before the others (early_pass). */
static bool
taken_early(int c)
{
	return c == OPT_ALLOW_OUTSIDE || c == OPT_ALLOW_INCLUDE_OUTSIDE ||
	    c == OPT_CONFIG || c == OPT_NO_CONFIG || c == OPT_STDIN_FILENAME;
}

/* One option of the command line, in order (but those taken_early). */
static void
take_option(struct run *st, int c, char **argv)
{
	switch (c) {
	case 1: /* a path, in command-line order */
	case OPT_INTERNAL:
	case OPT_EXTERNAL: {
		enum zl_view v = c == OPT_INTERNAL ? ZL_VIEW_INTERNAL :
		    c == OPT_EXTERNAL ? ZL_VIEW_EXTERNAL : ZL_VIEW_NONE;
		if (add_named(&st->in, optarg, v, st->origin) != 0)
			st->ret = EXIT_TROUBLE;
		st->origin = NULL;
		break;
	}
	case 'o':
		st->origin = optarg;
		break;
	case 'j':
		set_jobs(st, optarg);
		break;
	case OPT_LIMIT:
	case OPT_NOW:
	case OPT_STALE_AFTER:
		if (set_value(&st->opt, c, optarg) != 0)
			st->ret = EXIT_TROUBLE;
		break;
	case OPT_BASELINE:
		st->baseline = optarg;
		zl_confine_name(optarg);
		break;
	case OPT_WRITE_BASELINE:
		st->write_baseline = optarg;
		break;
	case 'v':
		st->opt.verbose++;
		break;
	case 'q':
		st->grouped = true;
		break;
	case 'h':
		usage(stdout);
		st->ret = EXIT_CLEAN;
		break;
	case 'V':
		printf("zonelint %s (ldns %s)\n", ZL_VERSION, ldns_version());
		st->ret = EXIT_CLEAN;
		break;
	case OPT_MAN_RULES:
	case OPT_LIST:
	case OPT_EXPLAIN:
	case OPT_HTML_RULE:
	case OPT_HTML_INDEX:
	case OPT_RULES_URL:
	case OPT_EXAMPLES:
	case OPT_EXAMPLE_OUTPUT:
	case OPT_PEER_TABLE:
		doc_option(st, c, optarg);
		break;
	case OPT_ENABLE:
	case OPT_DISABLE:
		if (zl_engine_enable(st->eng, optarg, c == OPT_ENABLE) == 0)
			st->ret = zl_usage_error("no rule matches '%s'", optarg);
		break;
	case OPT_SEVERITY:
		if (set_severity(st->eng, optarg) != 0)
			st->ret = EXIT_TROUBLE;
		break;
	case OPT_FAIL_ON:
		st->opt.fail_on = zl_severity_parse(optarg);
		if (st->opt.fail_on < 0)
			st->ret = zl_usage_error("--fail-on takes error, warning or "
			    "note, not '%s'", optarg);
		break;
	case OPT_FORMAT:
		set_format(st, optarg);
		break;
	case OPT_FIX_SCRIPT:
		if (zl_opt_fix_script(&st->fix_script, optarg) != 0)
			st->ret = EXIT_TROUBLE; /* a usage error, said */
		break;
	case OPT_FIX_SCRIPT_OUTPUT:
		st->fix_output = optarg;
		break;
	case OPT_INTERNAL_DOMAIN:
		if (add_domain(&st->opt.internal_domains, optarg,
		    "--internal-domain") != 0)
			st->ret = EXIT_TROUBLE;
		break;
	case OPT_SIP_DOMAIN:
		if (add_domain(&st->opt.sip_domains, optarg, "--sip-domain") != 0)
			st->ret = EXIT_TROUBLE;
		break;
	case OPT_SIP_ALLOW_TARGET:
		if (add_domain(&st->opt.sip_allow_targets, optarg,
		    "--sip-allow-target") != 0)
			st->ret = EXIT_TROUBLE;
		break;
	case OPT_SIP_INTERNAL_NAME:
		if (add_domain(&st->opt.sip_internal_names, optarg,
		    "--sip-internal-name") != 0)
			st->ret = EXIT_TROUBLE;
		break;
	case OPT_PRIVATE_DOCS:
		st->opt.private_include_documentation = true;
		break;
	case OPT_COLOR:
		set_color(st, optarg);
		break;
	case '?':
	default:
		st->ret = zl_usage_error(optopt ? "unknown option or missing "
		    "argument near '%s'" : "unknown option '%s'",
		    argv[optind - 1]);
		break;
	}
}

/* The inputs after "--", then what the options leave to check. */
static void
settle_inputs(struct run *st, int argc, char **argv)
{
	for (int i = optind; st->ret < 0 && i < argc; i++)
		if (add_named(&st->in, argv[i], ZL_VIEW_NONE, st->origin) != 0)
			st->ret = EXIT_TROUBLE;
		else
			st->origin = NULL;
	const char *why = st->ret < 0 && st->stdin_name ?
	    zl_stdin_name_apply(&st->in, st->stdin_name) : NULL;
	if (why)
		st->ret = zl_usage_error("%s", why);
	if (st->ret < 0 && st->origin != NULL)
		st->ret = zl_usage_error("--origin %s must come before the file it "
		    "names", st->origin);
	if (st->ret < 0 && st->cfg.count > 0) {
		st->nreport = merge_inputs(&st->cfg, &st->in, &st->report);
		struct zl_inputs t = st->in;
		st->in = st->cfg;
		st->cfg = t;
	}
	if (st->ret < 0 && st->in.count == 0)
		st->ret = st->acted ? EXIT_CLEAN :
		    zl_usage_error("no zone file given%s", "");
}

/* The HTML report: the findings, the picture of the views and the
 * findings' lines as written. */
static void
render_html(struct run *st, const struct zl_diags *d)
{
	struct zl_picture *pic = zl_picture_build(st->eng, &st->opt);
	char **src = zl_source_lines(d, zl_engine_zones(st->eng));
	zl_output_html(stdout, d, &(struct zl_html_run){st->argc, st->argv,
	    &st->opt, pic, src, st->in.count});
	zl_source_lines_free(src, d->count);
	zl_picture_free(pic);
}

/* The findings in the format asked for. */
static void
render(struct run *st, const struct zl_diags *d)
{
	if (st->color < 0)
		st->color = isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL;
	if (st->fix_script && st->fix_output == NULL)
		zl_fixscript_write(stdout, d, st->fix_script);
	else if (strcmp(st->format, "html") == 0)
		render_html(st, d);
	else if (strcmp(st->format, "json") == 0)
		zl_output_json(stdout, d, st->rules_url);
	else if (strcmp(st->format, "sarif") == 0)
		zl_output_sarif(stdout, d, st->rules_url);
	else if (strcmp(st->format, "github") == 0)
		zl_output_github(stdout, d);
	else if (st->grouped)
		zl_output_text_grouped(stdout, d, st->color);
	else
		zl_output_text(stdout, d, st->color);
}

/* Keeps only the findings in the files the command line named (a
 * config's folders add the others). */
static void
keep_reported(const struct run *st, struct zl_diags *d)
{
	if (st->nreport == 0)
		return;
	size_t k = 0;
	for (size_t i = 0; i < d->count; i++) {
		if (reported(&d->v[i], st->report, st->nreport))
			d->v[k++] = d->v[i];
		else
			zl_diag_free(&d->v[i]);
	}
	d->count = k;
}

/* --write-baseline: the findings and every zone's serial. */
static int
write_baseline(struct run *st, const struct zl_diags *d)
{
	struct zl_serials now = {0};
	zl_engine_serials(st->eng, &now);
	int ret = zl_baseline_write(st->write_baseline, d, &now,
	    zl_baseline_among_inputs, &st->in);
	zl_serials_free(&now);
	return ret;
}

/* Reads and checks every input, then renders; sets st->ret. */
static void
lint(struct run *st)
{
	st->sched = zl_sched_new(&st->opt);
	zl_inputs_drop_included(&st->in, zl_sched_pool(st->sched));
	for (size_t i = 0; i < st->in.count; i++) {
		struct zl_zone *z = zl_engine_add_zone(st->eng, st->in.v[i].path,
		    st->in.v[i].view, st->in.v[i].server, st->in.v[i].origin);
		if (z == NULL) {
			zl_eprintf("zonelint: %s: exports of more than %d internal DNS "
			    "servers in one run", st->in.v[i].path, ZL_MAX_SERVERS);
			st->ret = EXIT_TROUBLE;
			return;
		}
		z->from_stdin = st->in.v[i].from_stdin;
		z->preload = st->in.v[i].preload; /* the zone's now */
		st->in.v[i].preload = NULL;
	}
	/* the serials first, for soa-* rules; a baseline that cannot be
	 * read is said once */
	bool baseline_ok = st->baseline == NULL ||
	    zl_baseline_read_serials(st->baseline, &st->serials) == 0;
	if (!baseline_ok)
		st->ret = EXIT_TROUBLE;
	zl_engine_set_baseline_serials(st->eng, &st->serials);
	zl_sched_run(st->sched, st->eng);
	zl_engine_apply_suppressions(st->eng);
	struct zl_diags *d = zl_engine_diags(st->eng);
	keep_reported(st, d);
	zl_diags_sort(d);
	zl_fixscript_annotate(d);
	if (st->baseline && baseline_ok && zl_baseline_apply(st->baseline, d) != 0)
		st->ret = EXIT_TROUBLE;
	if (st->write_baseline && write_baseline(st, d) != 0)
		st->ret = EXIT_TROUBLE;
	if (st->fix_script && st->fix_output &&
	    zl_fixscript_write_file(st->fix_output, d, st->fix_script,
	    zl_baseline_among_inputs, &st->in) != 0)
		st->ret = EXIT_TROUBLE;
	render(st, d);
	int max = zl_diags_max_severity(d);
	bool failed = max >= st->opt.fail_on && st->write_baseline == NULL;
	if (st->ret != EXIT_TROUBLE) /* else a baseline failed */
		st->ret = zl_engine_input_failed(st->eng) ? EXIT_TROUBLE :
		    failed ? EXIT_FINDINGS : EXIT_CLEAN;
	fflush(stdout);
	/* on standard error: standard output stays one finding a line */
	if (st->opt.verbose ||
	    (d->count > 0 && strcmp(st->format, "text") == 0))
		zl_output_summary(stderr, d, st->in.count);
}

static void
free_run(struct run *st)
{
	zl_inputs_free(&st->in);
	zl_inputs_free(&st->cfg);
	free(st->report);
	zl_engine_free(st->eng);
	zl_serials_free(&st->serials);
	zl_sched_free(st->sched);
	zl_names_free(&st->opt.sip_domains);
	zl_names_free(&st->opt.internal_domains);
	zl_names_free(&st->opt.sip_internal_names);
	zl_names_free(&st->opt.sip_allow_targets);
	zl_files_free();
	zl_confine_free();
}

static int
run(int argc, char **argv)
{
	struct run st = {.opt = {.fail_on = ZL_WARNING,
	    .now = (long long)time(NULL)}, .format = "text",
	    .rules_url = ZL_RULES_URL, .color = -1, .ret = -1, .argc = argc,
	    .argv = argv};
	st.eng = zl_engine_new(&st.opt);
	char *found = NULL, why[512];
	struct early early = {0};
	early_pass(argc, argv, &early);
	st.stdin_name = early.stdin_name;
	if (zl_confine_init(early.first_input, early.allow, early.nallow, why,
	    sizeof why) != 0)
		st.ret = zl_usage_error("%s", why);
	if (st.ret < 0 && early.verbose)
		say_root();
	st.config = st.ret < 0 ? config_path(&early, &found) : NULL;
	st.in.verbose = st.cfg.verbose = early.verbose; /* the config's folders too */
	if (st.config && zl_config_load(st.config, &st.opt, st.eng, &st.cfg) != 0)
		st.ret = EXIT_TROUBLE;
	opterr = 0;
	int c;
	while (st.ret < 0 &&
	    (c = getopt_long(argc, argv, "-hVvqo:j:", longopts, NULL)) != -1)
		if (!taken_early(c))
			take_option(&st, c, argv);
	if (st.ret < 0 && st.examples)
		st.ret = zl_examples_option(st.examples, st.explained);
	if (st.ret < 0 && st.html_rule)
		st.ret = html_rule(st.html_rule, st.shown, st.peers);
	settle_inputs(&st, argc, argv);
	if (st.ret < 0)
		lint(&st);
	if (st.opt.verbose && st.config)
		zl_eprintf("zonelint: settings from %s", st.config);
	int ret = st.ret;
	free_run(&st);
	free(found);
	free(early.allow);
	return ret;
}

int
main(int argc, char **argv)
{
	/* ldns allocates and frees several blocks per record: keep freed
	 * memory instead of handing it back to the kernel and faulting it
	 * in again (a tenth of the time on a big zone, more with threads). */
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	mallopt(M_TOP_PAD, 1 << 20);
	int ret = run(argc, argv);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("zonelint: writing output");
		ret = EXIT_TROUBLE;
	}
	return ret;
}
