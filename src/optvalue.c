/* optvalue.c: see optvalue.h. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "escape.h"
#include "fixscript.h"
#include "optvalue.h"

int
zl_usage_error(const char *fmt, const char *arg)
{
	char *what = zl_asprintf(fmt, arg);
	zl_eprintf("zonelint: %s; see zonelint --help", what);
	free(what);
	return 2; /* the exit status of a usage error */
}

/* --limit NAME=N.  Only here: a .zonelint comes from the repository
 * being checked, which must not lift the bounds that protect the run. */
int
zl_opt_limit(struct zl_options *opt, const char *arg)
{
	static const struct {
		const char *name;
		size_t off;
	} limits[] = {
		{"findings", offsetof(struct zl_options, limit_findings)},
		{"generated", offsetof(struct zl_options, limit_generated)},
		{"include-bytes", offsetof(struct zl_options, limit_include_bytes)},
		{"includes", offsetof(struct zl_options, limit_includes)},
	};
	const char *eq = strchr(arg, '=');
	for (size_t i = 0; eq && i < sizeof limits / sizeof limits[0]; i++) {
		if (strlen(limits[i].name) != (size_t)(eq - arg) ||
		    strncmp(arg, limits[i].name, (size_t)(eq - arg)) != 0)
			continue;
		char *end;
		unsigned long long n = strtoull(eq + 1, &end, 10);
		/* an overflow reads as ULLONG_MAX, above the highest */
		if (eq[1] < '0' || eq[1] > '9' || *end != '\0' || n == 0 ||
		    n > 1000000000000ull)
			return zl_usage_error("--limit takes a number from 1 to "
			    "10^12, not '%s'", eq + 1);
		*(unsigned long long *)((char *)opt + limits[i].off) = n;
		return 0;
	}
	return zl_usage_error("--limit takes NAME=N, NAME one of findings, "
	    "generated, includes, include-bytes, not '%s'", arg);
}

/* The latest --now: 9999-12-31 23:59:59 UTC. */
#define NOW_MAX 253402300799ll

/* --now TIME: YYYYMMDDHHMMSS in UTC (as in RRSIG fields, kzonecheck -t)
 * or seconds since the epoch (validns -t).  Fourteen digits are always
 * a date: as seconds they would be past NOW_MAX. */
int
zl_opt_now(struct zl_options *opt, const char *arg)
{
	size_t n = strspn(arg, "0123456789");
	if (n == 0 || arg[n] != '\0' || n > 14)
		goto bad;
	if (n == 14) {
		struct tm tm = {0};
		int v[6], w[6] = {4, 2, 2, 2, 2, 2};
		const char *p = arg;
		for (int i = 0; i < 6; p += w[i], i++) {
			v[i] = 0;
			for (int k = 0; k < w[i]; k++)
				v[i] = v[i] * 10 + (p[k] - '0');
		}
		static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
		    30, 31};
		bool leap = (v[0] % 4 == 0 && v[0] % 100 != 0) || v[0] % 400 == 0;
		if (v[0] < 1970 || v[1] < 1 || v[1] > 12 || v[2] < 1 ||
		    v[2] > mdays[v[1] - 1] || (v[1] == 2 && v[2] == 29 && !leap) ||
		    v[3] > 23 || v[4] > 59 || v[5] > 59)
			goto bad;
		tm.tm_year = v[0] - 1900;
		tm.tm_mon = v[1] - 1;
		tm.tm_mday = v[2];
		tm.tm_hour = v[3];
		tm.tm_min = v[4];
		tm.tm_sec = v[5];
		opt->now = (long long)ldns_mktime_from_utc(&tm);
		opt->now_given = true;
		return 0;
	}
	long long t = strtoll(arg, NULL, 10);
	if (t > NOW_MAX)
		goto bad;
	opt->now = t;
	opt->now_given = true;
	return 0;
bad:
	return zl_usage_error("--now takes YYYYMMDDHHMMSS (UTC) or seconds since "
	    "the epoch, not '%s'", arg);
}

/* --stale-after DAYS: 1 to 36500 (a century), digits only. */
int
zl_opt_stale_after(struct zl_options *opt, const char *arg)
{
	size_t n = strspn(arg, "0123456789");
	long days = n > 0 && n <= 5 && arg[n] == '\0' ? strtol(arg, NULL, 10) : 0;
	if (days < 1 || days > 36500)
		return zl_usage_error("--stale-after takes a number of days from 1 to "
		    "36500%s", "");
	opt->stale_after_days = (int)days;
	return 0;
}


int
zl_opt_fix_script(int *format, const char *arg)
{
	*format = zl_fixscript_parse(arg);
	if (*format > 0)
		return 0;
	*format = 0;
	return zl_usage_error("--fix-script takes powershell, dnscmd or bind, "
	    "not '%s'", arg);
}
