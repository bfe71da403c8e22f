/*
 * examples.c: --explain RULE --examples DIR, the rule's bad and good
 * examples as files to run zonelint on.
 *
 * An example is one zone, or several files each after a ";; file: PATH"
 * line (internal/..., external/..., internal/SERVER/FILE), and may start
 * with ";; options: --sip-internal-name NAME" or ";; options: --now
 * TIME" lines: the form tests/check_rules.c runs them in.  DIR/bad/ and
 * DIR/good/ get the files (one zone as example.txt, an external export,
 * as the unit test runs it), DIR/args-bad and DIR/args-good the one line
 * of arguments that lints each from DIR.
 *
 * DIR is made through the confined open (never outside the lint root,
 * never through a symbolic link), must not exist or be empty, and
 * everything under it is created anew (O_EXCL, O_NOFOLLOW), so nothing
 * that was there, or is put there meanwhile, is written through.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "escape.h"
#include "examples.h"
#include "registry.h"

#define MAX_FILES 8     /* files of one example (check_rules.c: 8) */
#define MAX_PATH 200    /* bytes of one example's file path */

struct ex_file {
	char path[MAX_PATH + 1];
	const char *text;
	size_t len;
};

struct example {
	struct ex_file f[MAX_FILES];
	size_t n;
	char opts[2 * MAX_PATH];  /* the ";; options:" arguments */
};

static int
fail(char *why, size_t whysize, const char *fmt, const char *arg)
{
	snprintf(why, whysize, fmt, arg);
	return -1;
}

/* A path or option word of the rule's own text, safe as one shell word
 * and as a relative path: [A-Za-z0-9._=-] and '/', no empty, "." or ".."
 * component. */
static bool
word_ok(const char *s, size_t n, bool path)
{
	if (n == 0 || n > MAX_PATH || (path && s[0] == '/'))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || strchr("._=-/", s[i])))
			return false;
	for (size_t i = 0; path && i < n;) {
		size_t k = 0;
		while (i + k < n && s[i + k] != '/')
			k++;
		if (k == 0 || (k == 1 && s[i] == '.') ||
		    (k == 2 && s[i] == '.' && s[i + 1] == '.'))
			return false;
		i += k + 1;
	}
	return true;
}

/* Splits an example into its options and files. */
static int
parse(const char *text, struct example *ex, char *why, size_t whysize)
{
	static const char opt[] = ";; options: ", file[] = ";; file: ";
	memset(ex, 0, sizeof *ex);
	const char *p = text;
	/* bounded: each turn takes one line of the rule's text */
	while (strncmp(p, opt, sizeof opt - 1) == 0) {
		const char *w = p + sizeof opt - 1, *eol = strchr(w, '\n');
		size_t n = eol ? (size_t)(eol - w) : strlen(w);
		const char *sp = memchr(w, ' ', n);
		if (sp == NULL || !word_ok(w, (size_t)(sp - w), false) ||
		    !word_ok(sp + 1, n - (size_t)(sp + 1 - w), false) ||
		    strlen(ex->opts) + n + 2 > sizeof ex->opts)
			return fail(why, whysize, "%s", "an options line of the "
			    "example is not one option and its value");
		snprintf(ex->opts + strlen(ex->opts), sizeof ex->opts -
		    strlen(ex->opts), " %.*s", (int)n, w);
		p = eol ? eol + 1 : w + n;
	}
	if (strncmp(p, file, sizeof file - 1) != 0) {
		snprintf(ex->f[0].path, sizeof ex->f[0].path, "example.txt");
		ex->f[0].text = p;
		ex->f[0].len = strlen(p);
		ex->n = 1;
		return 0;
	}
	while (p && *p) {
		if (ex->n == MAX_FILES)
			return fail(why, whysize, "%s", "an example of more than 8 files");
		const char *name = p + sizeof file - 1, *eol = strchr(name, '\n');
		size_t n = eol ? (size_t)(eol - name) : strlen(name);
		if (!word_ok(name, n, true))
			return fail(why, whysize, "%s", "an example file's path is not "
			    "a plain relative path");
		struct ex_file *f = &ex->f[ex->n++];
		memcpy(f->path, name, n);
		f->text = eol ? eol + 1 : name + n;
		const char *next = strstr(f->text, "\n;; file: ");
		f->len = next ? (size_t)(next + 1 - f->text) : strlen(f->text);
		p = next ? next + 1 : NULL;
	}
	return 0;
}

/* Opens (creating it) the folder name under dirfd, never a link. */
static int
subdir(int dirfd, const char *name)
{
	if (mkdirat(dirfd, name, 0755) != 0 && errno != EEXIST)
		return -1;
	return openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
}

static int
write_at(int dirfd, const char *path, const char *text, size_t len)
{
	char buf[MAX_PATH + 1];
	snprintf(buf, sizeof buf, "%s", path);
	int fd = dup(dirfd);
	char *name = buf, *slash;
	/* bounded: one turn per folder of the path */
	while (fd >= 0 && (slash = strchr(name, '/')) != NULL) {
		*slash = '\0';
		int sub = subdir(fd, name);
		close(fd);
		fd = sub;
		name = slash + 1;
	}
	if (fd < 0)
		return -1;
	int out = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0644);
	close(fd);
	if (out < 0)
		return -1;
	size_t done = 0;
	while (done < len) {
		ssize_t w = write(out, text + done, len - done);
		if (w <= 0) {
			close(out);
			return -1;
		}
		done += (size_t)w;
	}
	return close(out);
}

/* The arguments that lint the example in folder sub ("bad", "good"). */
static void
args_line(FILE *fp, const struct example *ex, const char *sub)
{
	fprintf(fp, "--no-config%s", ex->opts);
	for (size_t i = 0; i < ex->n; i++) {
		const char *p = ex->f[i].path;
		const char *slash = strchr(p, '/');
		if (ex->n == 1 && strchr(p, '/') == NULL)
			fprintf(fp, " --external %s/%s", sub, p);
		else if (strncmp(p, "internal/", 9) == 0 && slash &&
		    strchr(slash + 1, '/') != NULL)
			fprintf(fp, " --internal %.*s=%s/%s",
			    (int)(strchr(slash + 1, '/') - slash - 1), slash + 1, sub, p);
		else if (strncmp(p, "internal/", 9) == 0)
			fprintf(fp, " --internal %s/%s", sub, p);
		else if (strncmp(p, "external/", 9) == 0)
			fprintf(fp, " --external %s/%s", sub, p);
		else
			fprintf(fp, " %s/%s", sub, p);
	}
	fputc('\n', fp);
}

static int
write_example(int dirfd, const char *sub, const char *text, char *why,
    size_t whysize)
{
	struct example ex;
	if (parse(text, &ex, why, whysize) != 0)
		return -1;
	int fd = subdir(dirfd, sub);
	if (fd < 0)
		return fail(why, whysize, "cannot create %s/", sub);
	for (size_t i = 0; i < ex.n; i++)
		if (write_at(fd, ex.f[i].path, ex.f[i].text, ex.f[i].len) != 0) {
			close(fd);
			return fail(why, whysize, "cannot write %s", ex.f[i].path);
		}
	close(fd);
	char *line = NULL, name[16];
	size_t len = 0;
	FILE *m = open_memstream(&line, &len);
	args_line(m, &ex, sub);
	fclose(m);
	snprintf(name, sizeof name, "args-%s", sub);
	int ret = write_at(dirfd, name, line, len);
	free(line);
	return ret == 0 ? 0 : fail(why, whysize, "cannot write %s", name);
}

/* Is the folder at fd empty? */
static bool
empty_dir(int fd)
{
	DIR *d = fdopendir(fd);
	if (d == NULL) {
		close(fd);
		return false;
	}
	struct dirent *e;
	bool empty = true;
	/* bounded: stops at the first entry that is not . or .. */
	while (empty && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			empty = false;
	closedir(d);
	return empty;
}

int
zl_examples_write(const char *dir, const char *id, char *why, size_t whysize)
{
	int i = zl_registry_find(id);
	if (i < 0)
		return fail(why, whysize, "no rule '%s'", id);
	const struct zl_rule *r = zl_registry_at((size_t)i);
	const char *name;
	int parent = zl_open_parent_confined(dir, &name, why, whysize);
	if (parent < 0)
		return -1;
	if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || *name == '\0') {
		close(parent);
		return fail(why, whysize, "%s", "give a new folder's name");
	}
	bool made = mkdirat(parent, name, 0755) == 0;
	int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	close(parent);
	if (fd < 0)
		return fail(why, whysize, "%s", errno == ELOOP || errno == ENOTDIR ?
		    "not a folder (a symbolic link is not followed)" :
		    strerror(errno));
	if (!made && !empty_dir(dup(fd))) {
		close(fd);
		return fail(why, whysize, "%s", "the folder exists and is not empty");
	}
	int ret = write_example(fd, "bad", r->bad, why, whysize);
	if (ret == 0)
		ret = write_example(fd, "good", r->good, why, whysize);
	close(fd);
	return ret;
}

int
zl_examples_option(const char *dir, const char *rule)
{
	char why[256];
	if (rule == NULL) {
		zl_eprintf("zonelint: --examples %s needs --explain RULE; see "
		    "zonelint --help", dir);
		return 2;
	}
	if (zl_examples_write(dir, rule, why, sizeof why) != 0) {
		zl_eprintf("zonelint: --examples %s: %s", dir, why);
		return 2;
	}
	return -1;
}
