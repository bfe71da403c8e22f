/* stdin_name.c: see stdin_name.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "stdin_name.h"

/* in's last input, "-" as pushed, renamed name. */
static void
rename_last(struct zl_inputs *in, const char *name, enum zl_view view)
{
	struct zl_input *x = &in->v[in->count - 1];
	free(x->path);
	x->path = zl_xstrdup(name);
	x->view = view != ZL_VIEW_NONE ? view : zl_view_from_path(name);
	x->from_stdin = true;
}

const char *
zl_stdin_name_apply(struct zl_inputs *in, const char *name)
{
	if (name[0] == '\0' || strcmp(name, "-") == 0)
		return "--stdin-filename takes the name of the file that standard "
		    "input stands for, not '' or '-'";
	size_t dash = 0, at = 0;
	for (size_t i = 0; i < in->count; i++)
		if (!in->v[i].from_stdin && strcmp(in->v[i].path, "-") == 0) {
			dash++;
			at = i;
		}
	if (dash == 0)
		return "--stdin-filename names standard input: give '-' as the "
		    "input to read";
	if (dash > 1)
		return "--stdin-filename names standard input, but '-' is given "
		    "more than once";
	/* the view --internal/--external gave "-", else NAME's path's:
	 * "-" itself implies none */
	struct zl_input *x = &in->v[at];
	free(x->path);
	x->path = zl_xstrdup(name);
	if (x->view == ZL_VIEW_NONE)
		x->view = zl_view_from_path(name);
	x->from_stdin = true;
	return NULL;
}

void
zl_stdin_input_add(struct zl_inputs *in, const struct zl_input *from)
{
	zl_inputs_add(in, "-", from->view, from->server, from->origin);
	rename_last(in, from->path, from->view);
}
