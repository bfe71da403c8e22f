/*
 * baseline_write.c: --write-baseline, without trusting the repository.
 *
 * The path may be a committed symbolic link to a file outside the
 * repository, a hard link to one, or one of the zones being linted.  So
 * the name is checked without following it, and the baseline is written
 * to a new file in the same folder that is then renamed over the name:
 * whatever the old name pointed to is never opened for writing.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "baseline.h"
#include "confine.h"
#include "escape.h"
#include "inputs.h"

static int
fail(const char *display, const char *why)
{
	zl_eprintf("zonelint: cannot write baseline %s: %s", display, why);
	return -1;
}

/* Creates ".NAME.XXXXXX" beside name; its name goes to tmp. */
static int
make_temp(int dirfd, const char *name, char *tmp, size_t size)
{
	static const char abc[] =
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	for (int tries = 0; tries < 100; tries++) {
		unsigned char r[6];
		if (getrandom(r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
			struct timespec ts; /* no entropy yet: unlikely, and O_EXCL */
			clock_gettime(CLOCK_REALTIME, &ts);
			unsigned long x = (unsigned long)ts.tv_nsec ^
			    ((unsigned long)getpid() << 16) ^ (unsigned long)tries;
			for (size_t i = 0; i < sizeof r; i++, x >>= 5)
				r[i] = (unsigned char)x;
		}
		char sfx[sizeof r + 1];
		for (size_t i = 0; i < sizeof r; i++)
			sfx[i] = abc[r[i] % (sizeof abc - 1)];
		sfx[sizeof r] = '\0';
		/* at most 200 bytes of name: the whole must fit NAME_MAX */
		snprintf(tmp, size, ".%.200s.%s", name, sfx);
		int fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, 0644);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

static int
write_keys(int fd, const struct zl_diags *d, const struct zl_serials *serials)
{
	FILE *fp = fdopen(fd, "w");
	if (fp == NULL) {
		close(fd);
		return -1;
	}
	fputs("# zonelint baseline 1: file, rule, record or message\n", fp);
	if (serials != NULL)
		zl_serials_write(serials, fp);
	for (size_t i = 0; i < d->count; i++) {
		char *k = zl_baseline_key(&d->v[i]);
		fputs(k, fp);
		putc('\n', fp);
		free(k);
	}
	errno = 0;
	bool bad = fflush(fp) != 0 || ferror(fp) || fsync(fd) != 0;
	int err = errno;
	if (fclose(fp) != 0 && !bad) {
		bad = true;
		err = errno;
	}
	errno = err ? err : EIO;
	return bad ? -1 : 0;
}

int
zl_baseline_write_at(int dirfd, const char *name, const char *display,
    const struct zl_diags *d, const struct zl_serials *serials,
    zl_baseline_is_input *is_input, void *arg)
{
	if (strchr(name, '/') != NULL)
		return fail(display, "not a file name in its folder");
	if (*name == '\0' || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return fail(display, "it is not a regular file");
	struct stat st;
	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
		if (S_ISLNK(st.st_mode))
			return fail(display, "it is a symbolic link");
		if (!S_ISREG(st.st_mode))
			return fail(display, "it is not a regular file");
		if (is_input != NULL && is_input(st.st_dev, st.st_ino, arg))
			return fail(display, "it is one of the zones being linted");
	} else if (errno != ENOENT) {
		return fail(display, strerror(errno));
	}
	char tmp[256];
	int fd = make_temp(dirfd, name, tmp, sizeof tmp);
	if (fd < 0)
		return fail(display, strerror(errno));
	if (write_keys(fd, d, serials) != 0 || renameat(dirfd, tmp, dirfd, name) != 0) {
		int err = errno;
		unlinkat(dirfd, tmp, 0);
		return fail(display, strerror(err));
	}
	return 0;
}

int
zl_baseline_write(const char *path, const struct zl_diags *d,
    const struct zl_serials *serials, zl_baseline_is_input *is_input,
    void *arg)
{
	char why[256];
	const char *name;
	/* the folder through the confined open: never outside the lint root */
	int dirfd = zl_open_parent_confined(path, &name, why, sizeof why);
	if (dirfd < 0)
		return fail(path, why);
	int ret = zl_baseline_write_at(dirfd, name, path, d, serials, is_input,
	    arg);
	close(dirfd);
	return ret;
}

bool
zl_baseline_among_inputs(dev_t dev, ino_t ino, void *arg)
{
	const struct zl_inputs *in = arg;
	struct stat st;
	for (size_t i = 0; in != NULL && i < in->count; i++)
		if (!in->v[i].from_stdin && strcmp(in->v[i].path, "-") != 0 &&
		    stat(in->v[i].path, &st) == 0 &&
		    st.st_dev == dev && st.st_ino == ino)
			return true;
	return false;
}
