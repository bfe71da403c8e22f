/* pagefile.c: see pagefile.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "pagefile.h"

char *
zl_page_file_read(const char *path, size_t *len, char *why, size_t whysize)
{
	int fd = zl_open_confined(path, 0, why, whysize);
	if (fd < 0)
		return NULL;
	struct stat st;
	char *buf = NULL;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		snprintf(why, whysize, "not a regular file");
	else if (st.st_size > ZL_PAGE_FILE_MAX)
		snprintf(why, whysize, "over %d bytes", ZL_PAGE_FILE_MAX);
	else if ((buf = malloc((size_t)st.st_size + 1)) != NULL) {
		ssize_t n = read(fd, buf, (size_t)st.st_size);
		if (n == st.st_size) {
			*len = (size_t)n;
			buf[n] = '\0';
		} else {
			snprintf(why, whysize, "%s", n < 0 ? strerror(errno) :
			    "it changed while being read");
			free(buf);
			buf = NULL;
		}
	} else {
		snprintf(why, whysize, "%s", strerror(errno));
	}
	close(fd);
	return buf;
}
