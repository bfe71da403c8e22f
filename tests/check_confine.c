/* check_confine.c: the confined open (src/confine.c), table-driven, each
 * case once through openat2 and once through the walk that stands in
 * for it: what opens, what is refused, and the reason given. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "diag.h"

#define LEADS_OUT "a symbolic link or '..' leads outside the lint root " \
	"(--allow-outside DIR permits a folder)"
#define OUTSIDE "outside the lint root (--allow-outside DIR permits a folder)"

static char top[64];
static char cwd[4096];

/* top/outside/secret, top/repo/.git, top/repo/z/a.zone and links. */
static void
setup(void)
{
	ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
	strcpy(top, "/tmp/zlconfineXXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(top));
	ck_assert_int_eq(chdir(top), 0);
	ck_assert_int_eq(system("mkdir -p outside repo/.git repo/z/sub && "
	    "echo secret >outside/secret && echo a >repo/z/a.zone && "
	    "echo b >repo/z/sub/b.zone && "
	    "ln -s ../../outside/secret repo/z/up.zone && "
	    "ln -s /etc/passwd repo/z/abs.zone && "
	    "ln -s sub/b.zone repo/z/in.zone && "
	    "ln -s sub/../a.zone repo/z/dotdot-in.zone && "
	    "ln -s loop.zone repo/z/loop.zone && "
	    "ln -s /proc/self/fd/0 repo/z/fd0.zone && "
	    "ln -s ../../outside repo/z/outdir && "
	    "ln -s ../../repo/z/a.zone repo/z/out-and-in.zone && "
	    "ln -s ../outside/secret outside-link.zone"), 0);
	ck_assert_int_eq(chdir("repo"), 0);
	char why[256];
	ck_assert_msg(zl_confine_init(NULL, NULL, 0, why, sizeof why) == 0, "%s",
	    why);
}

static void
teardown(void)
{
	zl_confine_free();
	zl_confine_without_openat2(false);
	ck_assert_int_eq(chdir(cwd), 0);
	char *rm = zl_asprintf("rm -rf '%s'", top);
	ck_assert_int_eq(system(rm), 0);
	free(rm);
}

struct open_case {
	const char *path;
	int flags;
	bool named;          /* typed on the command line */
	const char *opened;  /* the first line read, or NULL */
	const char *why;     /* else the reason, exactly */
};

static const struct open_case cases[] = {
	{"z/a.zone", 0, false, "a", NULL},
	{"./z/sub/../a.zone", 0, false, "a", NULL},
	{"z/in.zone", 0, false, "b", NULL},
	{"z/dotdot-in.zone", 0, false, "a", NULL},
	{"z/up.zone", 0, false, NULL, LEADS_OUT},
	{"z/up.zone", 0, true, NULL, LEADS_OUT},
	{"z/abs.zone", 0, false, NULL, LEADS_OUT},
	/* out of the root and back in: refused on the way, as openat2 does */
	{"z/out-and-in.zone", 0, false, NULL, LEADS_OUT},
	{"z/outdir/secret", 0, false, NULL, LEADS_OUT},
	{"z/../../outside/secret", 0, false, NULL, LEADS_OUT},
	{"../outside/secret", 0, false, NULL, LEADS_OUT},
	{"/tmp", ZL_OPEN_DIR, false, NULL, OUTSIDE},
	{"/etc/passwd", 0, false, NULL, OUTSIDE},
	{"/proc/self/environ", 0, false, NULL, OUTSIDE},
	{"/dev/stdin", 0, false, NULL, OUTSIDE},
	{"z/loop.zone", 0, false, NULL, "Too many levels of symbolic links"},
	{"z/fd0.zone", 0, false, NULL, LEADS_OUT},
	{"z/missing.zone", 0, false, NULL, "No such file or directory"},
	{"z/a.zone/x", 0, false, NULL, "Not a directory"},
	{"z/sub", ZL_OPEN_DIR, false, "", NULL},
	{"z/outdir", ZL_OPEN_DIR, false, NULL, LEADS_OUT},
	{"z/a.zone", ZL_OPEN_DIR, false, NULL, "Not a directory"},
	/* typed by the person: their folders are theirs to name */
	{"../outside/secret", 0, true, "secret", NULL},
	{"../outside-link.zone", 0, true, NULL, "a symbolic link outside the "
	    "lint root (--allow-outside DIR permits a folder)"},
};

static void
check_case(const struct open_case *c)
{
	char why[256] = "";
	if (c->named)
		zl_confine_name(c->path);
	int fd = zl_open_confined(c->path, c->flags, why, sizeof why);
	if (c->opened == NULL) {
		ck_assert_msg(fd < 0, "%s: opened, expected: %s", c->path, c->why);
		ck_assert_str_eq(why, c->why);
		return;
	}
	ck_assert_msg(fd >= 0, "%s: refused: %s", c->path, why);
	if (c->flags & ZL_OPEN_DIR) {
		struct stat st;
		ck_assert_int_eq(fstat(fd, &st), 0);
		ck_assert(S_ISDIR(st.st_mode));
	} else {
		char buf[64] = "";
		ssize_t n = read(fd, buf, sizeof buf - 1);
		ck_assert_int_gt(n, 0);
		buf[strcspn(buf, "\n")] = '\0';
		ck_assert_str_eq(buf, c->opened);
	}
	close(fd);
}

START_TEST(opens_with_openat2)
{
	check_case(&cases[_i]);
}
END_TEST

START_TEST(opens_with_the_walk)
{
	zl_confine_without_openat2(true);
	check_case(&cases[_i]);
}
END_TEST

/* The second check, on what was opened, whatever opened it. */
START_TEST(an_opened_file_is_checked_again)
{
	int fd = open("z/a.zone", O_RDONLY);
	ck_assert(zl_confine_fd_inside(fd));
	close(fd);
	fd = open("../outside/secret", O_RDONLY);
	ck_assert(!zl_confine_fd_inside(fd));
	close(fd);
	fd = open("/dev/null", O_RDONLY);
	ck_assert(!zl_confine_fd_inside(fd));
	close(fd);
	fd = open("z/up.zone", O_RDONLY); /* a link out, followed */
	ck_assert(!zl_confine_fd_inside(fd));
	close(fd);
}
END_TEST

START_TEST(the_parent_of_a_file_to_write)
{
	char why[256];
	const char *name;
	int fd = zl_open_parent_confined("z/new.tsv", &name, why, sizeof why);
	ck_assert_int_ge(fd, 0);
	ck_assert_str_eq(name, "new.tsv");
	close(fd);
	fd = zl_open_parent_confined("z/outdir/new.tsv", &name, why, sizeof why);
	ck_assert_int_lt(fd, 0);
	ck_assert_str_eq(why, LEADS_OUT);
	fd = zl_open_parent_confined("../new.tsv", &name, why, sizeof why);
	ck_assert_int_lt(fd, 0);
	ck_assert_str_eq(why, LEADS_OUT);
	fd = zl_open_parent_confined("/tmp/new.tsv", &name, why, sizeof why);
	ck_assert_int_lt(fd, 0);
	ck_assert_str_eq(why, OUTSIDE);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("confine");
	TCase *tc = tcase_create("confine");
	tcase_add_checked_fixture(tc, setup, teardown);
	int n = (int)(sizeof cases / sizeof cases[0]);
	tcase_add_loop_test(tc, opens_with_openat2, 0, n);
	tcase_add_loop_test(tc, opens_with_the_walk, 0, n);
	tcase_add_test(tc, the_parent_of_a_file_to_write);
	tcase_add_test(tc, an_opened_file_is_checked_again);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
