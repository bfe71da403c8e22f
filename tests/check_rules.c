/* check_rules.c: the registry, and every rule's own examples: its bad
 * example yields exactly one finding of that rule, its good one none. */
#include <dirent.h>
#include <time.h>

#include "registry.h"
#include "testutil.h"

static size_t
count_of(const char *findings, const char *id)
{
	char *tag = zl_asprintf("[%s]\n", id);
	size_t n = 0;
	for (const char *p = findings; (p = strstr(p, tag)) != NULL; p++)
		n++;
	free(tag);
	return n;
}

/* An example is one zone, run as an external export named example.txt
 * (no origin from the name, so it carries its own $ORIGIN), or several
 * files, each after a ";; file: PATH" line whose path gives its view
 * (and, as internal/SERVER/FILE, its internal DNS server). */
/* An example may start with ";; options: --sip-internal-name NAME" or
 * ";; options: --now TIME" (YYYYMMDDHHMMSS), the options it needs, which
 * --explain shows with it. */
static struct lint_result
run_example(const char *text)
{
	static const char opt[] = ";; options: --sip-internal-name ";
	static const char now[] = ";; options: --now ";
	if (strncmp(text, opt, sizeof opt - 1) == 0) {
		const char *name = text + sizeof opt - 1, *eol = strchr(name, '\n');
		ck_assert_ptr_nonnull(eol);
		char *n = strndup(name, (size_t)(eol - name));
		lint_sip_internal_name = n;
		struct lint_result r = run_example(eol + 1);
		lint_sip_internal_name = NULL;
		free(n);
		return r;
	}
	if (strncmp(text, now, sizeof now - 1) == 0) {
		const char *t = text + sizeof now - 1, *eol = strchr(t, '\n');
		ck_assert_ptr_nonnull(eol);
		ck_assert_int_eq((int)(eol - t), 14);
		struct tm tm = {0};
		ck_assert_ptr_nonnull(strptime(t, "%Y%m%d%H%M%S", &tm));
		lint_now = (long long)ldns_mktime_from_utc(&tm);
		struct lint_result r = run_example(eol + 1);
		lint_now = LINT_NOW;
		return r;
	}
	if (strncmp(text, ";; file: ", 9) != 0) {
		const char *files[] = {"external/example.txt", text, NULL};
		return lint_files_opt(NULL, ZL_VIEW_EXTERNAL, files, 0);
	}
	const char *files[2 * 8 + 1];
	char *parts[8];
	size_t n = 0;
	for (const char *p = text; p && *p && n < 8;) {
		const char *eol = strchr(p, '\n');
		const char *next = strstr(eol ? eol : p, "\n;; file: ");
		size_t len = next ? (size_t)(next + 1 - p) : strlen(p);
		parts[n] = strndup(p, len);
		char *nl = strchr(parts[n], '\n');
		*nl = '\0';
		files[2 * n] = parts[n] + 9;
		files[2 * n + 1] = nl + 1;
		n++;
		p = next ? next + 1 : NULL;
	}
	files[2 * n] = NULL;
	struct lint_result r = lint_tree(files);
	for (size_t i = 0; i < n; i++)
		free(parts[i]);
	return r;
}

/* syntax-encoding's bad example is a UTF-16 file, which its text cannot
 * hold: it is run as the rule's good example saved as UTF-16LE with a
 * byte order mark, which its bad example describes. */
static struct lint_result
run_bad_example(const struct zl_rule *r)
{
	/* soa-serial-regression's needs a baseline, which its text
	 * describes: one that recorded serial 2026120301 for the zone */
	if (strcmp(r->id, "soa-serial-regression") == 0) {
		struct zl_serials s = {0};
		zl_serials_add(&s, "external/example.txt", "example.com.",
		    2026120301);
		zl_serials_sort(&s);
		lint_baseline_serials = &s;
		struct lint_result res = run_example(r->bad);
		lint_baseline_serials = NULL;
		zl_serials_free(&s);
		return res;
	}
	if (strcmp(r->id, "syntax-encoding") != 0)
		return run_example(r->bad);
	size_t len = strlen(r->good), n = 0;
	char *buf = malloc(2 + 2 * len);
	ck_assert_ptr_nonnull(buf);
	buf[n++] = (char)0xFF;
	buf[n++] = (char)0xFE;
	for (size_t i = 0; i < len; i++) {
		buf[n++] = r->good[i];
		buf[n++] = 0;
	}
	const char *files[] = {"external/example.txt", buf, NULL};
	struct lint_result res = lint_files_opt(NULL, ZL_VIEW_EXTERNAL, files, n);
	free(buf);
	return res;
}

START_TEST(registry_is_sorted_and_complete)
{
	size_t n = zl_registry_count();
	ck_assert_uint_gt(n, 0);
	for (size_t i = 1; i < n; i++)
		ck_assert_msg(strcmp(zl_registry_at(i - 1)->id, zl_registry_at(i)->id) < 0,
		    "rules/rules.def is not sorted at %s", zl_registry_at(i)->id);
	const char *top = getenv("ZONELINT_TOP");
	char *dir = zl_asprintf("%s/rules", top ? top : ".");
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	struct dirent *e;
	size_t files = 0;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		if (len < 3 || strcmp(e->d_name + len - 2, ".c") != 0)
			continue;
		char *path = zl_asprintf("%s/%s", dir, e->d_name);
		FILE *fp = fopen(path, "r");
		ck_assert_ptr_nonnull(fp);
		char line[512];
		bool defines = false;
		while (fgets(line, sizeof line, fp))
			defines |= strncmp(line, "const struct zl_rule rule_", 26) == 0;
		fclose(fp);
		free(path);
		if (!defines)
			continue; /* a helper shared by rules */
		char *id = zl_asprintf("%.*s", (int)(len - 2), e->d_name);
		for (char *p = id; *p; p++)
			if (*p == '_')
				*p = '-';
		ck_assert_msg(zl_registry_find(id) >= 0,
		    "rules/%s defines a rule missing from rules/rules.def", e->d_name);
		free(id);
		files++;
	}
	closedir(d);
	free(dir);
	ck_assert_uint_eq(files, n);
}
END_TEST

/* Rules see zones, index entries and memory through zonelint.h: none
 * includes the headers that hold the engine's own (the zone's fields,
 * the index entry with every rule's marks, the findings array). */
static void
assert_no_private_include(const char *dir, const char *file)
{
	static const char *const private[] = {"zone.h", "index.h", "engine.h",
	    "diag.h", "registry.h"};
	char *path = zl_asprintf("%s/%s", dir, file);
	FILE *fp = fopen(path, "r");
	ck_assert_ptr_nonnull(fp);
	char line[512];
	while (fgets(line, sizeof line, fp)) {
		if (strncmp(line, "#include \"", 10) != 0)
			continue;
		line[strcspn(line + 10, "\"") + 10] = '\0';
		const char *slash = strrchr(line + 10, '/');
		const char *name = slash ? slash + 1 : line + 10;
		for (size_t i = 0; i < sizeof private / sizeof *private; i++)
			ck_assert_msg(strcmp(name, private[i]) != 0,
			    "rules/%s includes %s, which is the engine's", file,
			    line + 10);
	}
	fclose(fp);
	free(path);
}

START_TEST(rules_see_only_the_rule_api)
{
	const char *top = getenv("ZONELINT_TOP");
	char *dir = zl_asprintf("%s/rules", top ? top : ".");
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	struct dirent *e;
	size_t files = 0;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		if (len > 2 && (strcmp(e->d_name + len - 2, ".c") == 0 ||
		    strcmp(e->d_name + len - 2, ".h") == 0)) {
			assert_no_private_include(dir, e->d_name);
			files++;
		}
	}
	closedir(d);
	free(dir);
	ck_assert_uint_gt(files, 0);
}
END_TEST

START_TEST(every_rule_has_its_texts)
{
	for (size_t i = 0; i < zl_registry_count(); i++) {
		const struct zl_rule *r = zl_registry_at(i);
		ck_assert_msg(r->summary && *r->summary, "%s: no summary", r->id);
		ck_assert_msg(r->why && *r->why, "%s: no why", r->id);
		ck_assert_msg(r->bad && *r->bad, "%s: no bad example", r->id);
		ck_assert_msg(r->good && *r->good, "%s: no good example", r->id);
		ck_assert_msg(r->fix && *r->fix, "%s: no fix", r->id);
	}
}
END_TEST

START_TEST(bad_example_fires_once)
{
	const struct zl_rule *r = zl_registry_at((size_t)_i);
	struct lint_result res = run_bad_example(r);
	ck_assert_msg(count_of(res.findings, r->id) == 1,
	    "%s: bad example gave:\n%s", r->id, res.findings);
	lint_free(&res);
}
END_TEST

START_TEST(good_example_is_clean)
{
	const struct zl_rule *r = zl_registry_at((size_t)_i);
	struct lint_result res = run_example(r->good);
	ck_assert_msg(count_of(res.findings, r->id) == 0,
	    "%s: good example gave:\n%s", r->id, res.findings);
	lint_free(&res);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("rules");
	TCase *tc = tcase_create("rules");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, registry_is_sorted_and_complete);
	tcase_add_test(tc, rules_see_only_the_rule_api);
	tcase_add_test(tc, every_rule_has_its_texts);
	tcase_add_loop_test(tc, bad_example_fires_once, 0, (int)zl_registry_count());
	tcase_add_loop_test(tc, good_example_is_clean, 0, (int)zl_registry_count());
	suite_add_tcase(s, tc);
	return lint_main(s);
}
