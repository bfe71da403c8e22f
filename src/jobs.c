/* jobs.c: see jobs.h.  On a hostile repository every thread must fit:
 * ldns does not check what malloc returns on a worker thread, so a
 * thread short of memory ends in an assertion, not in our message. */
#include <sched.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "jobs.h"

long
zl_jobs_fit(long asked, long cores, unsigned long long as_limit, char *why,
    size_t whylen)
{
	long jobs = asked > 0 ? asked : cores;
	why[0] = '\0';
	if (cores < 1)
		cores = 1;
	if (jobs > cores) {
		jobs = cores;
		snprintf(why, whylen, "%ld core%s", cores, cores == 1 ? "" : "s");
	}
	if (as_limit > 0) {
		unsigned long long fit = as_limit / 4 /
		    (ZL_THREAD_ARENA + ZL_THREAD_STACK);
		if (fit < 1)
			fit = 1;
		if ((unsigned long long)jobs > fit) {
			jobs = (long)fit;
			snprintf(why, whylen, "an address-space limit of %llu MiB "
			    "(ulimit -v) fits %ld thread%s", as_limit >> 20, jobs,
			    jobs == 1 ? "" : "s");
		}
	}
	return jobs < 1 ? 1 : jobs;
}

long
zl_jobs_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0 &&
	    CPU_COUNT(&set) < n)
		n = CPU_COUNT(&set);
	return n > 0 ? n : 1;
}

unsigned long long
zl_jobs_as_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return 0;
	return rl.rlim_cur;
}

void
zl_thread_attr(pthread_attr_t *attr)
{
	pthread_attr_init(attr);
	pthread_attr_setstacksize(attr, ZL_THREAD_STACK);
}
