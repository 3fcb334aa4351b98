// SPDX-License-Identifier: GPL-2.0
/* \summary: the running kernel's BTF, parsed once and shared during start-up */
#include "kbtf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

static const char *file;		/* --kernel-btf */
static struct btf *vmlinux, *running;
static int parsed, parsed_running;

/* the running kernel's own BTF; PTCPDUMP_KBTF_SYSFS=path stands in for
 * /sys/kernel/btf/vmlinux (tests: a kernel without one) */
static struct btf *load_running(void)
{
	const char *fake = getenv("PTCPDUMP_KBTF_SYSFS");
	struct btf *b = fake && *fake ? btf__parse(fake, NULL) : btf__load_vmlinux_btf();

	return libbpf_get_error(b) ? NULL : b;
}

int kbtf__use_file(const char *path)
{
	if (access(path, R_OK) < 0)
		return -errno;
	file = path;
	kbtf__release();
	return 0;
}

const char *kbtf__file(void)
{
	return file;
}

const struct btf *kbtf__vmlinux(void)
{
	if (!parsed) {
		parsed = 1;
		if (file) {
			vmlinux = btf__parse(file, NULL);
			if (libbpf_get_error(vmlinux))
				vmlinux = NULL;
		} else {
			vmlinux = load_running();
		}
	}
	return vmlinux;
}

const struct btf *kbtf__running(void)
{
	if (!file)
		return kbtf__vmlinux();
	if (!parsed_running) {
		parsed_running = 1;
		running = load_running();
	}
	return running;
}

void kbtf__release(void)
{
	btf__free(vmlinux);
	btf__free(running);
	vmlinux = running = NULL;
	parsed = parsed_running = 0;
}

/*
 * libbpf matches a local type to kernel types by the name without a
 * "___flavour" suffix: the length of that part.
 */
static size_t essential_len(const char *name)
{
	size_t n = strlen(name);

	for (size_t i = n >= 5 ? n - 5 + 1 : 0; i-- > 0;)
		if (name[i] != '_' && name[i + 1] == '_' && name[i + 2] == '_' &&
		    name[i + 3] == '_' && name[i + 4] != '_')
			return i + 1;
	return n;
}

/* the kinds a CO-RE relocation starts from (a typedef: an access through a typedef'd pointer) */
static int is_root_kind(const struct btf_type *t)
{
	return btf_is_composite(t) || btf_is_any_enum(t) || btf_is_typedef(t);
}

struct names {
	char **v;
	size_t n;
};

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* the sorted, distinct essential names of the object's structs, unions, enums and typedefs (caller frees v) */
static int local_names(const struct btf *local, struct names *out)
{
	__u32 n = btf__type_cnt(local), i;
	size_t k = 0;
	char *buf, **v;

	v = calloc(n, sizeof(*v));
	if (!v)
		return -ENOMEM;
	for (i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(local, i);
		const char *name = btf__name_by_offset(local, t->name_off);
		size_t len;

		if (!is_root_kind(t) || !name || !*name)
			continue;
		len = essential_len(name);
		buf = strndup(name, len);
		if (!buf)
			goto nomem;
		v[k++] = buf;
	}
	qsort(v, k, sizeof(*v), cmp_name);
	out->v = v;
	out->n = 0;
	for (i = 0; i < k; i++) {
		if (out->n && !strcmp(v[out->n - 1], v[i]))
			free(v[i]);
		else
			v[out->n++] = v[i];
	}
	return 0;
nomem:
	while (k)
		free(v[--k]);
	free(v);
	return -ENOMEM;
}

static void names_free(struct names *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
}

/* keep id (once), and look at what it refers to later */
static void push(__u32 *keep, __u32 *stack, __u32 *top, __u32 id)
{
	if (id && !keep[id]) {
		keep[id] = 1;
		stack[(*top)++] = id;
	}
}

/*
 * The subset: every kernel struct, union, enum and typedef whose name one
 * of the object's own has, and what they embed (members, array elements,
 * typedefs and modifiers), but not what they point to: a CO-RE field
 * access never goes through a pointer, and libbpf accepts any pointer for
 * a pointer field. keep[id] becomes the type's id in the subset (0: left out).
 */
static int mark(const struct btf *vm, const struct names *roots, __u32 *keep)
{
	__u32 n = btf__type_cnt(vm), *stack, top = 0, id, next = 1;
	int e = 0;

	stack = malloc(n * sizeof(*stack));
	if (!stack)
		return -ENOMEM;
	for (id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(vm, id);
		const char *name, *key;
		char ess[256];

		if (!is_root_kind(t) || !t->name_off)
			continue;
		name = btf__name_by_offset(vm, t->name_off);
		key = name;
		if (name[essential_len(name)] != '\0') {
			/* kernel names seldom carry a flavour: compare the essential part */
			snprintf(ess, sizeof(ess), "%.*s", (int)essential_len(name), name);
			key = ess;
		}
		if (bsearch(&key, roots->v, roots->n, sizeof(*roots->v), cmp_name))
			push(keep, stack, &top, id);
	}
	while (top && !e) {
		const struct btf_type *t = btf__type_by_id(vm, stack[--top]);
		__u16 vlen = btf_vlen(t);

		switch (btf_kind(t)) {
		case BTF_KIND_STRUCT:
		case BTF_KIND_UNION:
			for (__u16 i = 0; i < vlen; i++)
				push(keep, stack, &top, btf_members(t)[i].type);
			break;
		case BTF_KIND_ARRAY:
			push(keep, stack, &top, btf_array(t)->type);
			push(keep, stack, &top, btf_array(t)->index_type);
			break;
		case BTF_KIND_TYPEDEF:
		case BTF_KIND_VOLATILE:
		case BTF_KIND_CONST:
		case BTF_KIND_RESTRICT:
		case BTF_KIND_TYPE_TAG:
			push(keep, stack, &top, t->type);
			break;
		case BTF_KIND_FUNC_PROTO:
			push(keep, stack, &top, t->type);
			for (__u16 i = 0; i < vlen; i++)
				push(keep, stack, &top, btf_params(t)[i].type);
			break;
		case BTF_KIND_INT:
		case BTF_KIND_FLOAT:
		case BTF_KIND_PTR:
		case BTF_KIND_ENUM:
		case BTF_KIND_ENUM64:
		case BTF_KIND_FWD:
			break;
		default:
			e = -EOPNOTSUPP;
		}
	}
	free(stack);
	if (e)
		return e;
	for (id = 1; id < n; id++)
		if (keep[id])
			keep[id] = next++;
	return 0;
}

/* one kept type into out, its references renumbered by keep; >= 0 or -errno */
static int emit(struct btf *out, const struct btf *vm, const struct btf_type *t, const __u32 *keep)
{
	const char *name = btf__name_by_offset(vm, t->name_off);
	__u16 vlen = btf_vlen(t);
	int rc;

	switch (btf_kind(t)) {
	case BTF_KIND_INT:
		return btf__add_int(out, name, t->size, btf_int_encoding(t));
	case BTF_KIND_FLOAT:
		return btf__add_float(out, name, t->size);
	case BTF_KIND_PTR:
		return btf__add_ptr(out, 0);
	case BTF_KIND_ARRAY:
		return btf__add_array(out, (int)keep[btf_array(t)->index_type],
				      (int)keep[btf_array(t)->type], btf_array(t)->nelems);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		rc = btf_is_struct(t) ? btf__add_struct(out, name, t->size) :
					btf__add_union(out, name, t->size);
		for (__u16 i = 0; i < vlen && rc >= 0; i++) {
			const struct btf_member *m = btf_members(t) + i;
			int r = btf__add_field(out, btf__name_by_offset(vm, m->name_off),
					       (int)keep[m->type], btf_member_bit_offset(t, i),
					       btf_member_bitfield_size(t, i));

			if (r < 0)
				rc = r;
		}
		return rc;
	case BTF_KIND_ENUM:
		rc = btf__add_enum(out, name, t->size);
		for (__u16 i = 0; i < vlen && rc >= 0; i++) {
			const struct btf_enum *v = btf_enum(t) + i;
			__s64 val = btf_kflag(t) ? (__s64)(__s32)v->val : (__s64)(__u32)v->val;
			int r = btf__add_enum_value(out, btf__name_by_offset(vm, v->name_off), val);

			if (r < 0)
				rc = r;
		}
		return rc;
	case BTF_KIND_ENUM64:
		rc = btf__add_enum64(out, name, t->size, btf_kflag(t));
		for (__u16 i = 0; i < vlen && rc >= 0; i++) {
			const struct btf_enum64 *v = btf_enum64(t) + i;
			int r = btf__add_enum64_value(out, btf__name_by_offset(vm, v->name_off),
						      btf_enum64_value(v));

			if (r < 0)
				rc = r;
		}
		return rc;
	case BTF_KIND_FWD:
		return btf__add_fwd(out, name, btf_kflag(t) ? BTF_FWD_UNION : BTF_FWD_STRUCT);
	case BTF_KIND_TYPEDEF:
		return btf__add_typedef(out, name, (int)keep[t->type]);
	case BTF_KIND_VOLATILE:
		return btf__add_volatile(out, (int)keep[t->type]);
	case BTF_KIND_CONST:
		return btf__add_const(out, (int)keep[t->type]);
	case BTF_KIND_RESTRICT:
		return btf__add_restrict(out, (int)keep[t->type]);
	case BTF_KIND_TYPE_TAG:
		return btf__add_type_tag(out, name, (int)keep[t->type]);
	case BTF_KIND_FUNC_PROTO:
		rc = btf__add_func_proto(out, (int)keep[t->type]);
		for (__u16 i = 0; i < vlen && rc >= 0; i++) {
			const struct btf_param *p = btf_params(t) + i;
			int r = btf__add_func_param(out, btf__name_by_offset(vm, p->name_off),
						    (int)keep[p->type]);

			if (r < 0)
				rc = r;
		}
		return rc;
	default:
		return -EOPNOTSUPP;
	}
}

/* the subset of vm that local's CO-RE relocations can match (caller frees) */
static struct btf *core_subset(const struct btf *vm, const struct btf *local, int *err)
{
	__u32 n = btf__type_cnt(vm), id;
	struct names roots = { 0 };
	struct btf *out = NULL;
	__u32 *keep = calloc(n, sizeof(*keep));
	int e = keep ? local_names(local, &roots) : -ENOMEM;

	if (!e)
		e = mark(vm, &roots, keep);
	if (!e) {
		out = btf__new_empty();
		if (!out)
			e = -errno;
	}
	for (id = 1; !e && id < n; id++)
		if (keep[id]) {
			int r = emit(out, vm, btf__type_by_id(vm, id), keep);

			if (r < 0)
				e = r;
			else if ((__u32)r != keep[id])
				e = -EINVAL;
		}
	if (e) {
		btf__free(out);
		out = NULL;
	}
	names_free(&roots);
	free(keep);
	*err = e;
	return out;
}

int kbtf_core__open(struct kbtf_core *c)
{
	c->fd = -1;
	c->path[0] = '\0';
	if (!kbtf__vmlinux())
		return -ENOENT;
	c->fd = memfd_create("ptcpdump-core-btf", MFD_CLOEXEC);
	if (c->fd < 0)
		return -errno;
	snprintf(c->path, sizeof(c->path), "/proc/self/fd/%d", c->fd);
	return 0;
}

int kbtf_core__fill(struct kbtf_core *c, const struct bpf_object *obj)
{
	const struct btf *vm = kbtf__vmlinux(), *local = bpf_object__btf(obj);
	struct btf *sub = NULL;
	const void *raw;
	__u32 size;
	int e = -ENOENT;

	if (c->fd < 0 || !vm)
		return -EBADF;
	if (local)
		sub = core_subset(vm, local, &e);
	/* without a subset, the whole BTF: slower relocation, same result */
	raw = btf__raw_data(sub ? sub : vm, &size);
	/* a memfd takes it in one write */
	if (!raw) {
		e = -ENOMEM;
	} else {
		ssize_t w = pwrite(c->fd, raw, size, 0);

		e = w == (ssize_t)size ? 0 : w < 0 ? -errno : -EIO;
	}
	btf__free(sub);
	return e;
}

void kbtf_core__close(struct kbtf_core *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	c->path[0] = '\0';
}
