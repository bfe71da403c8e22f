/* confine.c: opening files beneath the lint root; see confine.h. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "confine.h"
#include "diag.h"

#define MAX_LINKS 40        /* symbolic links followed in one path, as Linux */
#define MAX_COMPONENTS 4096 /* folders deep in one walk: PATH_MAX / 1 */
#define OPEN_FLAGS (O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)

struct root {
	char *real;  /* real path, no trailing '/' except for "/" */
	int fd;      /* O_PATH descriptor of it */
};

static struct {
	char *cwd;
	struct root *roots;
	size_t nroots;
	char **named;
	size_t nnamed;
	bool have_proc;
} g;
static atomic_bool no_openat2; /* the kernel (or a seccomp filter) lacks it */

const char *
zl_confine_root(void)
{
	return g.nroots ? g.roots[0].real : "";
}

static bool
exists(const char *dir, const char *name)
{
	char *p = zl_asprintf("%s/%s", strcmp(dir, "/") == 0 ? "" : dir, name);
	struct stat st;
	bool yes = lstat(p, &st) == 0;
	free(p);
	return yes;
}

/* The top of the git repository holding dir (a real path), or NULL. */
static char *
repo_top(const char *dir)
{
	char *d = zl_xstrdup(dir);
	for (;;) {
		if (strcmp(d, "/") == 0)
			break; /* "/" is never a lint root */
		if (exists(d, ".git"))
			return d;
		char *slash = strrchr(d, '/');
		if (slash == d)
			break;
		*slash = '\0';
	}
	free(d);
	return NULL;
}

static int
add_root(const char *dir, char *why, size_t whysize)
{
	char real[PATH_MAX];
	if (realpath(dir, real) == NULL) {
		snprintf(why, whysize, "%s", strerror(errno));
		return -1;
	}
	int fd = open(real, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		return -1;
	}
	g.roots = zl_xrealloc(g.roots, (g.nroots + 1) * sizeof *g.roots);
	g.roots[g.nroots++] = (struct root){zl_xstrdup(real), fd};
	return 0;
}

/* Run from "/": the first named input's repository, else its folder. */
static char *
root_from_input(const char *input)
{
	char real[PATH_MAX];
	if (input == NULL || strcmp(input, "-") == 0 ||
	    realpath(input, real) == NULL)
		return NULL;
	struct stat st;
	if (stat(real, &st) == 0 && !S_ISDIR(st.st_mode)) {
		char *slash = strrchr(real, '/');
		if (slash != NULL && slash != real)
			*slash = '\0';
	}
	char *top = repo_top(real);
	return top ? top : strcmp(real, "/") ? zl_xstrdup(real) : NULL;
}

int
zl_confine_init(const char *first_input, const char *const *allow,
    size_t nallow, char *why, size_t whysize)
{
	char cwd[PATH_MAX];
	if (getcwd(cwd, sizeof cwd) == NULL) {
		snprintf(why, whysize, "cannot find the working directory: %s",
		    strerror(errno));
		return -1;
	}
	g.cwd = zl_xstrdup(cwd);
	g.have_proc = access("/proc/self/fd", F_OK) == 0;
	char *top = repo_top(cwd);
	if (top == NULL)
		top = strcmp(cwd, "/") ? zl_xstrdup(cwd) : root_from_input(first_input);
	int ret = 0;
	if (top == NULL) {
		snprintf(why, whysize, "run from \"/\" with no input to find the "
		    "lint root from: run zonelint in the repository");
		ret = -1;
	} else if (add_root(top, why, whysize) != 0) {
		ret = -1;
	}
	free(top);
	for (size_t i = 0; i < nallow && ret == 0; i++)
		if (add_root(allow[i], why, whysize) != 0) {
			char *m = zl_asprintf("--allow-outside %s: %s", allow[i], why);
			snprintf(why, whysize, "%s", m);
			free(m);
			ret = -1;
		}
	return ret;
}

void
zl_confine_free(void)
{
	for (size_t i = 0; i < g.nroots; i++) {
		close(g.roots[i].fd);
		free(g.roots[i].real);
	}
	for (size_t i = 0; i < g.nnamed; i++)
		free(g.named[i]);
	free(g.roots);
	free(g.named);
	free(g.cwd);
	memset(&g, 0, sizeof g);
}

static bool
named(const char *path)
{
	for (size_t i = 0; i < g.nnamed; i++)
		if (strcmp(g.named[i], path) == 0)
			return true;
	return false;
}

/* The absolute path, as written (no link resolved, no ".." folded). */
static char *
absolute(const char *path)
{
	if (path[0] == '/')
		return zl_xstrdup(path);
	return zl_asprintf("%s/%s", strcmp(g.cwd, "/") == 0 ? "" : g.cwd, path);
}

/* abs with ".", ".." and repeated '/' folded as written: for paths the
 * person typed, whose folders are theirs to name. */
static char *
folded(const char *abs)
{
	char *out = zl_xmalloc(strlen(abs) + 2);
	size_t o = 0;
	for (const char *p = abs; *p;) {
		while (*p == '/')
			p++;
		size_t n = strcspn(p, "/");
		if (n == 0 || (n == 1 && p[0] == '.')) {
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
		} else {
			out[o++] = '/';
			memcpy(out + o, p, n);
			o += n;
		}
		p += n;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = '\0';
	return out;
}

/* The part of abs below root, or NULL when abs is not written below it. */
static const char *
below(const char *abs, const struct root *root)
{
	size_t n = strlen(root->real);
	if (n == 1)
		return abs + 1;
	if (strncmp(abs, root->real, n) != 0 || (abs[n] != '/' && abs[n] != '\0'))
		return NULL;
	const char *rel = abs + n;
	while (*rel == '/')
		rel++;
	return rel;
}

static bool
under_a_root(const char *real)
{
	for (size_t i = 0; i < g.nroots; i++) {
		size_t n = strlen(g.roots[i].real);
		if (n == 1 || (strncmp(real, g.roots[i].real, n) == 0 &&
		    (real[n] == '/' || real[n] == '\0')))
			return true;
	}
	return false;
}

void
zl_confine_name(const char *path)
{
	if (named(path))
		return;
	g.named = zl_xrealloc(g.named, (g.nnamed + 1) * sizeof *g.named);
	g.named[g.nnamed++] = zl_xstrdup(path);
	/* a named folder outside the roots: what is in it may be read */
	struct stat st;
	char real[PATH_MAX], why[64];
	if (g.nroots > 0 && lstat(path, &st) == 0 && S_ISDIR(st.st_mode) &&
	    realpath(path, real) && !under_a_root(real))
		add_root(real, why, sizeof why);
}

void
zl_confine_without_openat2(bool yes)
{
	atomic_store(&no_openat2, yes);
}

static int
openat2_beneath(int dirfd, const char *rel, int flags)
{
	struct open_how how = {
		.flags = (uint64_t)flags,
		.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS,
	};
	return (int)syscall(SYS_openat2, dirfd, rel, &how, sizeof how);
}

/* RESOLVE_BENEATH by hand: one component at a time from dirfd, each
 * opened with O_NOFOLLOW; a link's text is read and walked in turn; an
 * absolute link or a ".." above dirfd fails with EXDEV. */
static int
walk_beneath(int dirfd, const char *rel, int flags)
{
	size_t cap = strlen(rel) + 1, len = cap - 1;
	char *rest = zl_xmalloc(cap);
	memcpy(rest, rel, cap);
	int *stack = zl_xmalloc(MAX_COMPONENTS * sizeof *stack);
	int depth = 0, links = 0, fd = -1, err = 0;
	stack[0] = dirfd;
	size_t pos = 0;
	while (err == 0) {
		while (pos < len && rest[pos] == '/')
			pos++;
		size_t n = strcspn(rest + pos, "/");
		bool last = pos + n >= len ||
		    rest[pos + n + strspn(rest + pos + n, "/")] == '\0';
		char comp[NAME_MAX + 1];
		if (n > NAME_MAX) {
			err = ENAMETOOLONG;
			break;
		}
		memcpy(comp, rest + pos, n);
		comp[n] = '\0';
		pos += n;
		if (n == 0 || strcmp(comp, ".") == 0) {
			if (last) {
				fd = openat(stack[depth], ".", flags);
				err = fd < 0 ? errno : 0;
				break;
			}
			continue;
		}
		if (strcmp(comp, "..") == 0) {
			if (depth == 0) {
				err = EXDEV;
				break;
			}
			close(stack[depth--]);
			if (last) {
				fd = openat(stack[depth], ".", flags);
				err = fd < 0 ? errno : 0;
				break;
			}
			continue;
		}
		int p = openat(stack[depth], comp, O_PATH | O_NOFOLLOW | O_CLOEXEC);
		struct stat st;
		if (p < 0 || fstat(p, &st) != 0) {
			err = errno;
			if (p >= 0)
				close(p);
			break;
		}
		if (S_ISLNK(st.st_mode)) {
			char target[PATH_MAX];
			ssize_t t = readlinkat(p, "", target, sizeof target - 1);
			close(p);
			if (++links > MAX_LINKS || t <= 0) {
				err = t <= 0 ? errno : ELOOP;
				break;
			}
			if (target[0] == '/') {
				err = EXDEV;
				break;
			}
			/* the link's text takes its place in what is left */
			char *next = zl_asprintf("%.*s/%s", (int)t, target, rest + pos);
			free(rest);
			rest = next;
			len = strlen(rest);
			pos = 0;
			continue;
		}
		if (last) {
			close(p);
			fd = openat(stack[depth], comp, flags | O_NOFOLLOW);
			err = fd < 0 ? errno : 0;
			break;
		}
		if (!S_ISDIR(st.st_mode) || depth + 1 >= MAX_COMPONENTS) {
			close(p);
			err = S_ISDIR(st.st_mode) ? ENAMETOOLONG : ENOTDIR;
			break;
		}
		stack[++depth] = p;
	}
	while (depth > 0)
		close(stack[depth--]);
	free(stack);
	free(rest);
	errno = err;
	return err ? -1 : fd;
}

static int
open_beneath(const struct root *root, const char *rel, int flags)
{
	if (*rel == '\0')
		rel = ".";
	if (!atomic_load_explicit(&no_openat2, memory_order_relaxed)) {
		int fd, tries = 0;
		do /* EAGAIN: a rename raced the lookup; the kernel asks to retry */
			fd = openat2_beneath(root->fd, rel, flags);
		while (fd < 0 && errno == EAGAIN && ++tries < 8);
		if (fd >= 0 || (errno != ENOSYS && errno != EPERM))
			return fd;
		atomic_store(&no_openat2, true);
	}
	return walk_beneath(root->fd, rel, flags);
}

/* The opened file's real path, checked again: the open resolved it, but
 * a check of what was opened does not depend on how. */
bool
zl_confine_fd_inside(int fd)
{
	if (!g.have_proc)
		return true; /* the resolution alone stands */
	char link[64], real[PATH_MAX];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, real, sizeof real - 1);
	if (n <= 0 || real[0] != '/')
		return false; /* a failure to resolve is outside */
	real[n] = '\0';
	return under_a_root(real);
}

static void
outside_reason(char *why, size_t whysize)
{
	snprintf(why, whysize, "outside the lint root (--allow-outside DIR "
	    "permits a folder)");
}

int
zl_open_confined(const char *path, int flags, char *why, size_t whysize)
{
	int oflags = OPEN_FLAGS | (flags & ZL_OPEN_DIR ? O_DIRECTORY : 0);
	if (strcmp(path, "-") == 0) {
		int fd = dup(0);
		if (fd < 0)
			snprintf(why, whysize, "%s", strerror(errno));
		return fd;
	}
	bool typed = named(path);
	char *abs = absolute(path);
	if (typed) {
		char *f = folded(abs);
		free(abs);
		abs = f;
	}
	int fd = -1, err = 0;
	bool tried = false;
	for (size_t i = 0; i < g.nroots && fd < 0; i++) {
		const char *rel = below(abs, &g.roots[i]);
		if (rel == NULL)
			continue;
		fd = open_beneath(&g.roots[i], rel, oflags);
		if (fd < 0 && (!tried || err == EXDEV))
			err = errno; /* the first reason, unless it was "outside" */
		tried = true;
	}
	if (!tried && typed) {
		/* named outside the roots: read as named, but no last link */
		fd = open(path, oflags | O_NOFOLLOW);
		err = fd < 0 ? errno : 0;
		if (fd < 0 && err == ELOOP) {
			snprintf(why, whysize, "a symbolic link outside the lint root "
			    "(--allow-outside DIR permits a folder)");
			free(abs);
			return -1;
		}
	} else if (fd >= 0 && !zl_confine_fd_inside(fd)) {
		close(fd);
		fd = -1;
		err = EXDEV;
	}
	free(abs);
	if (fd >= 0)
		return fd;
	if (!tried && !typed)
		outside_reason(why, whysize);
	else if (err == EXDEV)
		snprintf(why, whysize, "a symbolic link or '..' leads outside the "
		    "lint root (--allow-outside DIR permits a folder)");
	else
		snprintf(why, whysize, "%s", strerror(err));
	return -1;
}

int
zl_open_parent_confined(const char *path, const char **name, char *why,
    size_t whysize)
{
	const char *slash = strrchr(path, '/');
	*name = slash ? slash + 1 : path;
	if (**name == '\0' || strcmp(*name, ".") == 0 || strcmp(*name, "..") == 0) {
		snprintf(why, whysize, "not a file name");
		return -1;
	}
	char *dir = slash == NULL ? zl_xstrdup(".") : slash == path ?
	    zl_xstrdup("/") : zl_asprintf("%.*s", (int)(slash - path), path);
	int fd = zl_open_confined(dir, ZL_OPEN_DIR, why, whysize);
	free(dir);
	return fd;
}
