/* testutil.h: run the engine on zone text written to a scratch folder and
 * capture what it read and reported, for the Check suites. */
#ifndef ZL_TESTUTIL_H
#define ZL_TESTUTIL_H


#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "diag.h"
#include "engine.h"
#include "output.h"
#include "inputs.h"
#include "rrname.h"
#include "reader.h"
#include "schedule.h"
#include "serials.h"
#include "words.h"

struct lint_result {
	char *records;   /* one line per record: "L:C TYPE OWNER TTL[ age=N][ file=F]" */
	char *findings;  /* the text output */
	int input_failed;
};

/* When set, each record line ends with " | " and the record as ldns
 * prints it. */
static bool lint_show_rr;

/* -j for the run: 0 (the default) is one thread per core, so several
 * files are read ahead onto tapes (src/tape.h) on a machine with two. */
static int lint_jobs;

/* When 0 or more, files of more bytes are streamed (src/stream.h), this
 * many events to a tape. */
static long long lint_stream_at = -1;
static size_t lint_stream_chunk;

/* When set, documentation ranges count as private addresses
 * (--private-include-documentation). */
static bool lint_private_include_documentation;

/* --now for the run: a fixed time (2026-12-01 00:00:00 UTC), so that
 * signature times judge the same whenever the tests run. */
#define LINT_NOW 1796083200ll
static long long lint_now = LINT_NOW;

/* When set, this domain is a SIP domain (--sip-domain). */
static const char *lint_sip_domain;
/* --sip-internal-name, for the run (absolute), or NULL */
static const char *lint_sip_internal_name;
/* The serials a --baseline recorded, as zl_baseline_read_serials gives
 * them (sorted), or NULL. */
static const struct zl_serials *lint_baseline_serials;

/* When set, only the rules matching these globs run (the reader's tests
 * check what the reader reports, not the zone rules). */
static const char *lint_only[4];

/* When set, called with the engine once the rules are enabled, before
 * any zone is read (the engine's own tests change it there). */
static void (*lint_engine_hook)(struct zl_engine *eng);

struct observed {
	FILE *fp;
	uint32_t main_file;
};

static inline void
observe(void *arg, const struct zl_record *rec)
{
	struct observed *o = arg;
	char *owner = ldns_rdf2str(ldns_rr_owner(rec->rr));
	char *type = zl_type_str(ldns_rr_get_type(rec->rr));
	fprintf(o->fp, "%u:%u %s %s %u", rec->loc.line, rec->loc.col, type, owner,
	    ldns_rr_ttl(rec->rr));
	if (rec->age_hours >= 0)
		fprintf(o->fp, " age=%lld", rec->age_hours);
	if (rec->loc.file != o->main_file)
		fprintf(o->fp, " file=%s", zl_file_name(rec->loc.file));
	if (lint_show_rr) {
		char *all = zl_rr_str(rec->rr);
		fprintf(o->fp, " | %s", all); /* ends with a newline */
		free(all);
	} else {
		fputc('\n', o->fp);
	}
	free(owner);
	free(type);
}

/* Sets the lint root from the working directory, as zonelint does. */
static inline void
lint_confine(void)
{
	char why[256];
	zl_confine_free();
	ck_assert_msg(zl_confine_init(NULL, NULL, 0, why, sizeof why) == 0, "%s",
	    why);
}

/* Writes files (name, text, name, text, ..., NULL) into a fresh folder,
 * then lints the first one from inside that folder (so paths in the
 * output are the names given).  origin may be NULL. */
static inline struct lint_result lint_run(const char *const *files,
    size_t ntext, const char *origin, enum zl_view view, bool every_file);

/* Writes files (name, text, ..., NULL) and lints the first one. */
static inline struct lint_result
lint_files_opt(const char *origin, enum zl_view view, const char *const *files,
    size_t ntext)
{
	return lint_run(files, ntext, origin, view, false);
}

/* Writes files and lints every one as a zone, its view from its path. */
static inline struct lint_result
lint_tree(const char *const *files)
{
	return lint_run(files, 0, NULL, ZL_VIEW_NONE, true);
}

/* In a tree, internal/SERVER/FILE is an export of internal DNS server
 * SERVER (a test convention: zonelint takes servers from --internal
 * SERVER=PATH); NULL for the unnamed one. */
static inline char *
lint_server_of(const char *path)
{
	if (strncmp(path, "internal/", 9) != 0)
		return NULL;
	const char *slash = strchr(path + 9, '/');
	return slash ? strndup(path + 9, (size_t)(slash - path - 9)) : NULL;
}

static inline struct lint_result
lint_run(const char *const *files, size_t ntext, const char *origin,
    enum zl_view view, bool every_file)
{
	char dir[] = "/tmp/zltestXXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char cwd[4096];
	ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
	ck_assert_int_eq(chdir(dir), 0);
	lint_confine(); /* the lint root is the fresh folder */
	for (size_t i = 0; files[i]; i += 2) {
		/* each folder of the path, outermost first */
		for (const char *slash = strchr(files[i], '/'); slash;
		    slash = strchr(slash + 1, '/')) {
			char *d = strndup(files[i], (size_t)(slash - files[i]));
			mkdir(d, 0755);
			free(d);
		}
		FILE *fp = fopen(files[i], "wb");
		ck_assert_ptr_nonnull(fp);
		size_t len = ntext && i == 0 ? ntext : strlen(files[i + 1]);
		fwrite(files[i + 1], 1, len, fp);
		fclose(fp);
	}
	struct zl_options opt = {.fail_on = ZL_WARNING, .jobs = lint_jobs,
	    .now = lint_now,
	    .private_include_documentation = lint_private_include_documentation};
	if (lint_sip_domain)
		zl_names_add(&opt.sip_domains, ldns_dname_new_frm_str(lint_sip_domain),
		    "--sip-domain");
	if (lint_sip_internal_name)
		zl_names_add(&opt.sip_internal_names,
		    ldns_dname_new_frm_str(lint_sip_internal_name),
		    "--sip-internal-name");
	struct zl_engine *eng = zl_engine_new(&opt);
	zl_engine_set_baseline_serials(eng, lint_baseline_serials);
	struct zl_sched *sched = zl_sched_new(&opt);
	if (lint_stream_at >= 0)
		zl_sched_stream_at(sched, lint_stream_at, lint_stream_chunk);
	if (lint_only[0]) {
		zl_engine_enable(eng, "*", false);
		for (size_t i = 0; i < 4 && lint_only[i]; i++)
			zl_engine_enable(eng, lint_only[i], true);
	}
	if (lint_engine_hook)
		lint_engine_hook(eng);
	struct lint_result res = {0};
	size_t rlen = 0, flen = 0;
	struct observed o = {open_memstream(&res.records, &rlen), 0};
	char *server0 = every_file ? lint_server_of(files[0]) : NULL;
	struct zl_zone *z = zl_engine_add_zone(eng, files[0],
	    every_file ? zl_view_from_path(files[0]) : view, server0, origin);
	free(server0);
	o.main_file = zl_zone_file(z);
	for (size_t i = 2; every_file && files[i]; i += 2) {
		char *server = lint_server_of(files[i]);
		zl_engine_add_zone(eng, files[i], zl_view_from_path(files[i]),
		    server, NULL);
		free(server);
	}
	zl_engine_observe(eng, observe, &o);
	zl_sched_run(sched, eng);
	zl_engine_apply_suppressions(eng);
	fclose(o.fp);
	struct zl_diags *d = zl_engine_diags(eng);
	zl_diags_sort(d);
	FILE *fp = open_memstream(&res.findings, &flen);
	zl_output_text(fp, d, false);
	fclose(fp);
	res.input_failed = zl_engine_input_failed(eng);
	zl_engine_free(eng);
	zl_sched_free(sched);
	zl_names_free(&opt.sip_domains);
	zl_names_free(&opt.sip_internal_names);
	zl_files_free();
	for (size_t i = 0; files[i]; i += 2)
		unlink(files[i]);
	ck_assert_int_eq(chdir(cwd), 0);
	lint_confine();
	char *rm = zl_asprintf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(rm), 0);
	free(rm);
	return res;
}

static inline struct lint_result
lint_text(const char *name, const char *origin, const char *text)
{
	const char *files[] = {name, text, NULL};
	return lint_files_opt(origin, ZL_VIEW_NONE, files, 0);
}

static inline void
lint_free(struct lint_result *r)
{
	free(r->records);
	free(r->findings);
}

/* Asserts a lint's records and findings, each exactly. */
#define EXPECT(res, recs, finds) do { \
	ck_assert_str_eq((res).records, (recs)); \
	ck_assert_str_eq((res).findings, (finds)); \
} while (0)

/* A suite's main(): the test zones are read beneath the working folder
 * (the confined open), then every test of s runs; the exit status. */
static inline int
lint_main(Suite *s)
{
	char why[256];
	if (zl_confine_init(NULL, NULL, 0, why, sizeof why) != 0) {
		fprintf(stderr, "%s\n", why);
		return EXIT_FAILURE;
	}
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
