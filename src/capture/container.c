// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: cgroup path -> container id -> name, image, labels, pod (runtimes' on-disk state)
 *
 * Container ids come from cgroup paths (docs/DESIGN.md, "Containers"):
 *   docker      /docker/<id>, docker-<id>.scope
 *   podman      /libpod_parent/[<pod>/]libpod-<id>, libpod-<id>.scope
 *   kubelet     /kubepods/[<qos>/]pod<uid>/<id>, cri-containerd-<id>.scope, crio-<id>.scope
 * Metadata, from each runtime's own files:
 *   docker      <data-root>/containers/<id>/config.v2.json: Name, Config.Image, Config.Labels
 *   podman      /var/lib/containers/storage/overlay-containers/<id>/userdata/config.json
 *               (annotations) + containers.json (names, metadata.image-name)
 *   containerd  /run/containerd/io.containerd.runtime.v2.task/<ns>/<id>/config.json
 *               (annotations: io.kubernetes.cri.*, io.kubernetes.pod.*)
 * When the files are not there (ptcpdump in a container that has only the
 * runtime's socket), the runtime is asked: docker's engine API (HTTP), or
 * containerd's Containers.Get over gRPC in each of its namespaces (its
 * labels, image and the OCI spec's annotations). The CRI runtime (the
 * kubelet's: ListContainers, PodSandboxStatus) is asked before containerd's
 * files, as it alone knows a pod's own labels and annotations.
 * The pod comes from the io.kubernetes.pod.{name,namespace,uid} labels or
 * annotations (dockershim keeps them as docker labels). The cache is
 * bounded; a container seen once is not re-read.
 */
#include "proctab_int.h"

#include "grpc.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#define META_MAX (4 << 20)	/* largest metadata file read */

struct ctr_entry {
	char *cgroup;		/* key */
	struct ctr_info *info;	/* NULL: no container */
};

struct ctr_cache {
	char *prefix;		/* prepended to every runtime path (tests) */
	struct ctr_entry *ents;
	size_t n, max;
	char *docker_roots[4];	/* data roots of running dockerd */
	int n_docker_roots;
	int roots_done;
	int cg2_fd;		/* cgroup2 mount, -2 not looked up */
	char cg2_mnt[512];
	char *docker_sock;	/* the engine API, asked when the files are not there */
	int docker_named;	/* the user named it (--docker-address): say when it fails */
	int docker_warned;
	char *containerd_sock;	/* containerd's API, asked likewise */
	int containerd_named;
	int containerd_warned;
	char *cri_sock;		/* the CRI runtime: asked first for a container's pod */
	int cri_named;
	int cri_warned;
	void (*warn)(void *arg, const char *msg);
	void *warn_arg;
};

#define API_TIMEOUT_MS 500	/* one engine API request, connect to last byte */

/* ---- cgroup paths ------------------------------------------------------ */

/* runtimes name containers by 64 hex digits */
static int is_hex_id(const char *s, size_t n)
{
	size_t i;

	if (n != 64)
		return 0;
	for (i = 0; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static void put(char *dst, size_t len, const char *s, size_t n)
{
	if (!len)
		return;
	if (n >= len)
		n = len - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

int container__parse_cgroup(const char *path, char *id, size_t idlen, char *pod_uid,
			    size_t uidlen)
{
	static const char *const scopes[] = { "cri-containerd-", "docker-", "crio-", "libpod-" };
	const char *seg = path, *end, *kube;
	const char *best = NULL;
	size_t best_n = 0, i;

	if (pod_uid && uidlen)
		pod_uid[0] = '\0';
	if (!path)
		return 0;
	kube = strstr(path, "kubepods");
	/* the last path segment that is, or wraps, a container id */
	while (*seg) {
		size_t n;

		while (*seg == '/')
			seg++;
		end = strchr(seg, '/');
		if (!end)
			end = seg + strlen(seg);
		n = (size_t)(end - seg);
		if (n > 6 && !strncmp(end - 6, ".scope", 6))
			n -= 6;
		for (i = 0; i < sizeof(scopes) / sizeof(scopes[0]); i++) {
			size_t pl = strlen(scopes[i]);

			if (n > pl && !strncmp(seg, scopes[i], pl) && is_hex_id(seg + pl, n - pl)) {
				best = seg + pl;
				best_n = n - pl;
			}
		}
		if (is_hex_id(seg, n)) {
			best = seg;
			best_n = n;
		}
		/* kubepods: pod<uid>/<container>, the container name may be any word */
		if (kube && seg > kube && n > 3 && !strncmp(seg, "pod", 3)) {
			if (pod_uid)
				put(pod_uid, uidlen, seg + 3, n - 3);
			if (*end == '/' && end[1]) {
				const char *c = end + 1, *ce = strchr(c, '/');
				size_t cn = ce ? (size_t)(ce - c) : strlen(c);

				if (cn > 6 && !strncmp(c + cn - 6, ".scope", 6))
					cn -= 6;
				for (i = 0; i < sizeof(scopes) / sizeof(scopes[0]); i++) {
					size_t pl = strlen(scopes[i]);

					if (cn > pl && !strncmp(c, scopes[i], pl)) {
						c += pl;
						cn -= pl;
						break;
					}
				}
				best = c;
				best_n = cn;
			}
		}
		seg = end;
	}
	/* kubepods slices: kubepods-besteffort-pod<uid_with_underscores>.slice */
	if (kube && pod_uid && !pod_uid[0]) {
		const char *p = strstr(kube, "-pod");

		if (p) {
			const char *e = strstr(p, ".slice");
			size_t n = e ? (size_t)(e - p - 4) : 0, j;

			put(pod_uid, uidlen, p + 4, n);
			for (j = 0; pod_uid[j]; j++)
				if (pod_uid[j] == '_')
					pod_uid[j] = '-';
		}
	}
	if (!best || !best_n)
		return 0;
	put(id, idlen, best, best_n);
	return 1;
}

/* ---- a small JSON reader (objects, arrays, strings; enough for metadata) -- */

static const char *ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

static const char *skip_string(const char *p)
{
	for (p++; *p && *p != '"'; p++)
		if (*p == '\\' && p[1])
			p++;
	return *p ? p + 1 : p;
}

static const char *skip_value(const char *p)
{
	int depth = 0;

	p = ws(p);
	do {
		if (!*p)
			return p;
		if (*p == '"') {
			p = skip_string(p);
			continue;
		}
		if (*p == '{' || *p == '[')
			depth++;
		else if (*p == '}' || *p == ']')
			depth--;
		else if (depth == 0 && (*p == ',' || *p == '\n'))
			return p;
		p++;
	} while (depth > 0 || (*p && *p != ',' && *p != '}' && *p != ']'));
	return p;
}

/* decoded copy of the string at p (p at the opening quote); caller owns */
static char *json_str(const char *p)
{
	const char *e;
	char *s, *o;

	if (!p || *p != '"')
		return NULL;
	e = skip_string(p);
	s = malloc((size_t)(e - p) + 1);
	if (!s)
		return NULL;
	for (o = s, p++; *p && *p != '"'; p++) {
		if (*p == '\\' && p[1]) {
			p++;
			switch (*p) {
			case 'n': *o++ = '\n'; break;
			case 't': *o++ = '\t'; break;
			case 'r': *o++ = '\r'; break;
			case 'b': *o++ = '\b'; break;
			case 'f': *o++ = '\f'; break;
			case 'u': {
				unsigned int c = 0;

				if (sscanf(p + 1, "%4x", &c) == 1)
					p += 4;
				*o++ = c < 0x80 && c ? (char)c : '?';
				break;
			}
			default: *o++ = *p; break;
			}
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return s;
}

/* value of key in the object at obj (obj at '{'); NULL when absent */
static const char *json_get(const char *obj, const char *key)
{
	const char *p;
	size_t kl = strlen(key);

	if (!obj)
		return NULL;
	obj = ws(obj);
	if (*obj != '{')
		return NULL;
	p = ws(obj + 1);
	while (*p == '"') {
		const char *k = p + 1, *ke = skip_string(p);
		int match = (size_t)(ke - k - 1) == kl && !strncmp(k, key, kl);

		p = ws(ke);
		if (*p != ':')
			return NULL;
		p = ws(p + 1);
		if (match)
			return p;
		p = ws(skip_value(p));
		if (*p != ',')
			return NULL;
		p = ws(p + 1);
	}
	return NULL;
}

/* compact copy of the object/array at p; "{}" for NULL; caller owns */
static char *json_compact(const char *p)
{
	const char *e;
	char *s, *o;

	if (!p || (*p != '{' && *p != '['))
		return strdup("{}");
	e = skip_value(p);
	s = malloc((size_t)(e - p) + 1);
	if (!s)
		return NULL;
	for (o = s; p < e; p++) {
		if (*p == '"') {
			const char *q = skip_string(p);

			memcpy(o, p, (size_t)(q - p));
			o += q - p;
			p = q - 1;
		} else if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') {
			*o++ = *p;
		}
	}
	*o = '\0';
	return s;
}

static char *read_file(const char *path)
{
	struct stat st;
	char *buf;
	size_t n = 0;
	ssize_t r;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) || st.st_size > META_MAX) {
		close(fd);
		return NULL;
	}
	buf = malloc((size_t)st.st_size + 1);
	while (buf && n < (size_t)st.st_size) {
		r = read(fd, buf + n, (size_t)st.st_size - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	if (buf)
		buf[n] = '\0';
	return buf;
}

/* ---- metadata ------------------------------------------------------------ */

static void info_free(struct ctr_info *ci)
{
	if (!ci)
		return;
	free(ci->id);
	free(ci->name);
	free(ci->image);
	free(ci->labels);
	free(ci->pod);
	free(ci->pod_ns);
	free(ci->pod_uid);
	free(ci->pod_labels);
	free(ci->pod_annotations);
	free(ci);
}

/* pod fields from a labels or annotations object */
static void pod_from(struct ctr_info *ci, const char *obj, int annotations)
{
	const char *v;

	if (!obj)
		return;
	if (!ci->pod) {
		v = json_get(obj, "io.kubernetes.pod.name");
		if (!v)
			v = json_get(obj, "io.kubernetes.cri.sandbox-name");
		ci->pod = json_str(v);
	}
	if (!ci->pod_ns) {
		v = json_get(obj, "io.kubernetes.pod.namespace");
		if (!v)
			v = json_get(obj, "io.kubernetes.cri.sandbox-namespace");
		ci->pod_ns = json_str(v);
	}
	if (!ci->pod_uid) {
		v = json_get(obj, "io.kubernetes.pod.uid");
		if (!v)
			v = json_get(obj, "io.kubernetes.cri.sandbox-uid");
		ci->pod_uid = json_str(v);
	}
	if (annotations && !ci->pod_annotations)
		ci->pod_annotations = json_compact(obj);
}

/* the container name (CRI first, then the kubelet's label) and the pod
 * from a labels or annotations object of a containerd container */
static void name_pod_from(struct ctr_info *ci, const char *obj, int annotations)
{
	if (!obj)
		return;
	if (!ci->name)
		ci->name = json_str(json_get(obj, "io.kubernetes.cri.container-name"));
	if (!ci->name)
		ci->name = json_str(json_get(obj, "io.kubernetes.container.name"));
	pod_from(ci, obj, annotations);
}

/* the data roots of a running dockerd (--data-root); 1 (stop) once full */
static int add_docker_roots(void *arg, int pid)
{
	struct ctr_cache *c = arg;
	char path[64], buf[4096], *p;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	if (proc_scan__read_small(path, buf, sizeof(buf)) <= 0 || strncmp(buf, "dockerd\n", 8))
		return 0;
	snprintf(path, sizeof(path), "/proc/%d/cmdline", pid);
	n = proc_scan__read_small(path, buf, sizeof(buf));
	for (p = buf; p < buf + n && c->n_docker_roots < 4; p += strlen(p) + 1) {
		if (!strcmp(p, "--data-root") && p + strlen(p) + 1 < buf + n)
			c->docker_roots[c->n_docker_roots++] = strdup(p + strlen(p) + 1);
		else if (!strncmp(p, "--data-root=", 12))
			c->docker_roots[c->n_docker_roots++] = strdup(p + 12);
	}
	return c->n_docker_roots >= 4;
}

static void find_docker_roots(struct ctr_cache *c)
{
	c->roots_done = 1;
	c->docker_roots[c->n_docker_roots++] = strdup("/var/lib/docker");
	proc_scan__each("/proc", add_docker_roots, c);
}

/*
 * GET path on the unix socket sock (HTTP/1.0: the answer ends when the
 * connection does); the body of a 200 answer, NULL otherwise (*err the
 * reason when the socket itself failed, 0 when it answered)
 */
static char *http_get(const char *sock, const char *path, int *err)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char req[512], *buf = NULL, *body = NULL;
	size_t n = 0, cap = 0;
	struct pollfd pfd;
	int fd, r;

	*err = 0;
	if (strlen(sock) >= sizeof(sa.sun_path)) {
		*err = ENAMETOOLONG;
		return NULL;
	}
	memcpy(sa.sun_path, sock, strlen(sock) + 1);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		*err = errno;
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	r = snprintf(req, sizeof(req), "GET %s HTTP/1.0\r\nHost: docker\r\n\r\n", path);
	if (write(fd, req, (size_t)r) != r) {
		*err = errno ? errno : EIO;
		close(fd);
		return NULL;
	}
	pfd.fd = fd;
	pfd.events = POLLIN;
	for (;;) {
		ssize_t k;

		if (n + 4096 + 1 > cap) {
			char *nb;

			cap = cap ? cap * 2 : 16384;
			if (cap > META_MAX || !(nb = realloc(buf, cap)))
				break;
			buf = nb;
		}
		if (poll(&pfd, 1, API_TIMEOUT_MS) <= 0) {
			*err = ETIMEDOUT;
			break;
		}
		k = read(fd, buf + n, cap - n - 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		n += (size_t)k;
	}
	close(fd);
	if (buf) {
		char *p;

		buf[n] = '\0';
		p = strstr(buf, "\r\n\r\n");
		if (p && !strncmp(buf, "HTTP/1.", 7) && !strncmp(buf + 8, " 200", 4))
			body = strdup(p + 4);
	}
	free(buf);
	return body;
}

/* what the engine API says of the container (its inspect answer has the
 * layout of config.v2.json where we read it) */
static char *docker_api(struct ctr_cache *c, const char *id)
{
	char path[128];
	char *js;
	int err;

	if (!c->docker_sock)
		return NULL;
	snprintf(path, sizeof(path), "/containers/%s/json", id);
	js = http_get(c->docker_sock, path, &err);
	if (err && c->docker_named && !c->docker_warned && c->warn) {
		char msg[PATH_MAX + 128];

		c->docker_warned = 1;
		snprintf(msg, sizeof(msg), "warning: cannot ask docker at %s (%s): containers "
			 "are named from its files only", c->docker_sock, strerror(err));
		c->warn(c->warn_arg, msg);
	}
	return js;
}

static int from_docker(struct ctr_cache *c, struct ctr_info *ci)
{
	char path[PATH_MAX];
	const char *cfg, *v;
	char *js = NULL;
	int i;

	if (!c->roots_done)
		find_docker_roots(c);
	for (i = 0; i < c->n_docker_roots && !js && !getenv("PTCPDUMP_CTR_NO_FILES"); i++) {
		if (!c->docker_roots[i])
			continue;
		snprintf(path, sizeof(path), "%s%s/containers/%s/config.v2.json", c->prefix,
			 c->docker_roots[i], ci->id);
		js = read_file(path);
	}
	if (!js)
		js = docker_api(c, ci->id);
	if (!js)
		return 0;
	v = json_get(js, "Name");
	if (v) {
		char *n = json_str(v);

		if (n && n[0] == '/')
			memmove(n, n + 1, strlen(n));
		ci->name = n;
	}
	cfg = json_get(js, "Config");
	ci->image = json_str(json_get(cfg, "Image"));
	v = json_get(cfg, "Labels");
	ci->labels = json_compact(v);
	pod_from(ci, v, 0);
	if (ci->pod)
		ci->pod_labels = json_compact(v);
	free(js);
	return 1;
}

static int from_podman(struct ctr_cache *c, struct ctr_info *ci)
{
	static const char base[] = "/var/lib/containers/storage/overlay-containers";
	char path[PATH_MAX];
	char *js, *list;
	const char *p;

	snprintf(path, sizeof(path), "%s%s/%s/userdata/config.json", c->prefix, base, ci->id);
	js = read_file(path);
	if (!js)
		return 0;
	p = json_get(js, "annotations");
	pod_from(ci, p, 1);
	free(js);
	/* names and image: containers.json, an array of {"id", "names", "metadata"} */
	snprintf(path, sizeof(path), "%s%s/containers.json", c->prefix, base);
	list = read_file(path);
	if (list) {
		char needle[80];
		const char *hit, *obj;

		snprintf(needle, sizeof(needle), "\"%s\"", ci->id);
		hit = strstr(list, needle);
		for (obj = hit; obj && obj > list && *obj != '{'; obj--)
			;
		if (obj && *obj == '{') {
			const char *names = json_get(obj, "names");
			char *meta = json_str(json_get(obj, "metadata"));

			if (names && *names == '[')
				ci->name = json_str(ws(names + 1));
			if (meta) {
				ci->image = json_str(json_get(meta, "image-name"));
				if (!ci->name)
					ci->name = json_str(json_get(meta, "name"));
				free(meta);
			}
		}
		free(list);
	}
	if (!ci->labels)
		ci->labels = strdup("{}");
	return 1;
}

static int from_containerd(struct ctr_cache *c, struct ctr_info *ci)
{
	static const char base[] = "/run/containerd/io.containerd.runtime.v2.task";
	char path[PATH_MAX];
	struct dirent *de;
	char *js = NULL;
	const char *a;
	DIR *d;

	snprintf(path, sizeof(path), "%s%s", c->prefix, base);
	d = opendir(path);
	if (!d)
		return 0;
	while (!js && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s%s/%s/%s/config.json", c->prefix, base, de->d_name,
			 ci->id);
		js = getenv("PTCPDUMP_CTR_NO_FILES") ? NULL : read_file(path);
	}
	closedir(d);
	if (!js)
		return 0;
	a = json_get(js, "annotations");
	ci->image = json_str(json_get(a, "io.kubernetes.cri.image-name"));
	ci->labels = strdup("{}");
	name_pod_from(ci, a, 1);
	free(js);
	return 1;
}

/* ---- containerd's API (gRPC) --------------------------------------------- */

struct kv {
	char *k, *v;
};

static int kv_cmp(const void *a, const void *b)
{
	return strcmp(((const struct kv *)a)->k, ((const struct kv *)b)->k);
}

static char *pb_strdup(const struct pb_field *f)
{
	char *s = malloc(f->len + 1);

	if (s) {
		memcpy(s, f->data, f->len);
		s[f->len] = '\0';
	}
	return s;
}

/* a growing string; on allocation failure it stays as it was and err is set */
struct sbuf {
	char *p;
	size_t n, cap;
	int err;
};

static void sb_add(struct sbuf *b, const char *s, size_t k)
{
	if (b->err)
		return;
	if (b->n + k + 1 > b->cap) {
		size_t nc = b->cap ? b->cap : 256;
		char *np;

		while (nc < b->n + k + 1)
			nc *= 2;
		np = realloc(b->p, nc);
		if (!np) {
			b->err = 1;
			return;
		}
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->n, s, k);
	b->n += k;
	b->p[b->n] = '\0';
}

static void sb_json_str(struct sbuf *b, const char *s)
{
	sb_add(b, "\"", 1);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		char e[8];

		if (ch == '"' || ch == '\\') {
			e[0] = '\\';
			e[1] = (char)ch;
			sb_add(b, e, 2);
		} else if (ch < 0x20) {
			sb_add(b, e, (size_t)snprintf(e, sizeof(e), "\\u%04x", ch));
		} else {
			sb_add(b, s, 1);
		}
	}
	sb_add(b, "\"", 1);
}

/* a protobuf map<string, string> as a compact JSON object, keys sorted */
static char *kv_json(struct kv *v, size_t n)
{
	struct sbuf b = { 0 };
	size_t i;

	qsort(v, n, sizeof(*v), kv_cmp);
	sb_add(&b, "{", 1);
	for (i = 0; i < n; i++) {
		if (i)
			sb_add(&b, ",", 1);
		sb_json_str(&b, v[i].k);
		sb_add(&b, ":", 1);
		sb_json_str(&b, v[i].v);
	}
	sb_add(&b, "}", 1);
	if (b.err) {
		free(b.p);
		return strdup("{}");
	}
	return b.p;
}

static void kv_free(struct kv *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].k);
		free(v[i].v);
	}
	free(v);
}

/* a map entry (key 1, value 2) into v */
static int kv_add(struct kv **v, size_t *n, const struct pb_field *f)
{
	struct pb e = { f->data, f->data + f->len };
	struct pb_field x;
	struct kv one = { 0 }, *nv;
	int r;

	while ((r = pb__next(&e, &x)) == 1) {
		if (x.type != 2 || (x.num != 1 && x.num != 2))
			continue;
		free(x.num == 1 ? one.k : one.v);
		if (x.num == 1)
			one.k = pb_strdup(&x);
		else
			one.v = pb_strdup(&x);
	}
	if (r < 0 || !one.k || *n >= 256 || !(nv = realloc(*v, (*n + 1) * sizeof(**v)))) {
		free(one.k);
		free(one.v);
		return -1;
	}
	if (!one.v)
		one.v = strdup("");
	*v = nv;
	(*v)[(*n)++] = one;
	return 0;
}

/* once per runtime the user named: why it could not be asked */
static void api_warn(struct ctr_cache *c, int named, int *warned, const char *what,
		     const char *sock, int err)
{
	char msg[PATH_MAX + 128];

	if (!named || *warned || !c->warn)
		return;
	*warned = 1;
	snprintf(msg, sizeof(msg), "warning: cannot ask %s at %s (%s): containers are named "
		 "from the runtimes' files only", what, sock, strerror(err));
	c->warn(c->warn_arg, msg);
}

static void containerd_warn(struct ctr_cache *c, int err)
{
	api_warn(c, c->containerd_named, &c->containerd_warned, "containerd", c->containerd_sock,
		 err);
}

/* the first string field num of message m, or NULL */
static char *pb_string(const uint8_t *p, size_t n, uint32_t num)
{
	struct pb b = { p, p + n };
	struct pb_field f;

	while (pb__next(&b, &f) == 1)
		if (f.num == num && f.type == 2)
			return pb_strdup(&f);
	return NULL;
}

/* a map field num of message m as compact JSON */
static char *pb_map_json(const uint8_t *p, size_t n, uint32_t num)
{
	struct pb b = { p, p + n };
	struct pb_field f;
	struct kv *v = NULL;
	size_t nv = 0;
	char *js;

	while (pb__next(&b, &f) == 1)
		if (f.num == num && f.type == 2)
			(void)kv_add(&v, &nv, &f);
	js = kv_json(v, nv);
	kv_free(v, nv);
	return js;
}

/* the message field num of m (borrowed), or NULL */
static const uint8_t *pb_sub(const uint8_t *p, size_t n, uint32_t num, size_t *len)
{
	struct pb b = { p, p + n };
	struct pb_field f;

	while (pb__next(&b, &f) == 1)
		if (f.num == num && f.type == 2) {
			*len = f.len;
			return f.data;
		}
	return NULL;
}

/* the container from containerd.services.containers.v1.Containers/Get */
static int containerd_get(struct ctr_cache *c, struct ctr_info *ci, const char *ns)
{
	const uint8_t *ct, *any;
	uint8_t req[128], *resp;
	size_t rlen, n, ctl, anyl;
	char *spec = NULL;
	int rc;

	n = pb__put_bytes(req, sizeof(req), 0, 1, ci->id, strlen(ci->id));
	if (!n)
		return 0;
	rc = grpc__call(c->containerd_sock, "/containerd.services.containers.v1.Containers/Get", ns,
			req, n, API_TIMEOUT_MS, &resp, &rlen);
	if (rc < 0) {
		if (rc != -ENOENT)
			containerd_warn(c, -rc);
		return 0;
	}
	/* GetContainerResponse: container 1 { labels 2, image 3, spec 5 (an Any:
	 * value 2 holds the OCI spec as JSON) } */
	ct = pb_sub(resp, rlen, 1, &ctl);
	if (!ct) {
		free(resp);
		return 0;
	}
	ci->labels = pb_map_json(ct, ctl, 2);
	ci->image = pb_string(ct, ctl, 3);
	if ((any = pb_sub(ct, ctl, 5, &anyl)))
		spec = pb_string(any, anyl, 2);
	free(resp);
	name_pod_from(ci, ci->labels, 0);
	if (spec)
		name_pod_from(ci, json_get(spec, "annotations"), 1);
	if (ci->pod && !ci->pod_labels)
		ci->pod_labels = strdup(ci->labels);
	if (!ci->name)
		ci->name = strdup(ci->id);
	free(spec);
	return 1;
}

static int cri_call(struct ctr_cache *c, const char *method, const char *id, uint8_t **resp,
		    size_t *rlen, int filter)
{
	uint8_t req[160], sub[128];
	char path[96];
	size_t n;
	int rc;

	/* ListContainers: filter 1 { id 1 }; PodSandboxStatus: pod_sandbox_id 1 */
	n = pb__put_bytes(sub, sizeof(sub), 0, 1, id, strlen(id));
	if (!n || !(n = filter ? pb__put_bytes(req, sizeof(req), 0, 1, sub, n) :
			       pb__put_bytes(req, sizeof(req), 0, 1, id, strlen(id))))
		return -ENAMETOOLONG;
	snprintf(path, sizeof(path), "/runtime.v1.RuntimeService/%s", method);
	rc = grpc__call(c->cri_sock, path, NULL, req, n, API_TIMEOUT_MS, resp, rlen);
	if (rc < 0 && rc != -ENOENT)
		api_warn(c, c->cri_named, &c->cri_warned, "the CRI runtime", c->cri_sock, -rc);
	return rc;
}

/* the container and its pod sandbox as the kubelet's runtime knows them */
static int from_cri_api(struct ctr_cache *c, struct ctr_info *ci)
{
	const uint8_t *ct, *md, *img, *st;
	uint8_t *resp, *presp;
	size_t rlen, plen, ctl, mdl, imgl, stl;
	char *pod_id;

	if (!c->cri_sock || cri_call(c, "ListContainers", ci->id, &resp, &rlen, 1) < 0)
		return 0;
	/* ListContainersResponse: containers 1; Container: pod_sandbox_id 2,
	 * metadata 3 { name 1 }, image 4 { image 1 }, labels 8, annotations 9 */
	ct = pb_sub(resp, rlen, 1, &ctl);
	if (!ct) {
		free(resp);
		return 0;
	}
	if ((md = pb_sub(ct, ctl, 3, &mdl)))
		ci->name = pb_string(md, mdl, 1);
	if ((img = pb_sub(ct, ctl, 4, &imgl)))
		ci->image = pb_string(img, imgl, 1);
	ci->labels = pb_map_json(ct, ctl, 8);
	pod_id = pb_string(ct, ctl, 2);
	free(resp);
	if (!ci->name)
		ci->name = strdup(ci->id);
	if (!pod_id)
		return 1;
	/* PodSandboxStatusResponse: status 1 { metadata 2 { name 1, uid 2,
	 * namespace 3 }, labels 7, annotations 8 } */
	if (cri_call(c, "PodSandboxStatus", pod_id, &presp, &plen, 0) == 0) {
		if ((st = pb_sub(presp, plen, 1, &stl)) && (md = pb_sub(st, stl, 2, &mdl))) {
			ci->pod = pb_string(md, mdl, 1);
			ci->pod_uid = pb_string(md, mdl, 2);
			ci->pod_ns = pb_string(md, mdl, 3);
			ci->pod_labels = pb_map_json(st, stl, 7);
			ci->pod_annotations = pb_map_json(st, stl, 8);
		}
		free(presp);
	}
	free(pod_id);
	return 1;
}

/* ask containerd in each of its namespaces (Namespaces/List) */
static int from_containerd_api(struct ctr_cache *c, struct ctr_info *ci)
{
	uint8_t *resp;
	size_t rlen;
	struct pb top;
	struct pb_field f;
	int rc, done = 0;

	if (!c->containerd_sock)
		return 0;
	rc = grpc__call(c->containerd_sock, "/containerd.services.namespaces.v1.Namespaces/List",
			NULL, (const uint8_t *)"", 0, API_TIMEOUT_MS, &resp, &rlen);
	if (rc < 0) {
		containerd_warn(c, rc == -ENOENT ? EPROTO : -rc);
		return 0;
	}
	top = (struct pb){ resp, resp + rlen };
	while (!done && pb__next(&top, &f) == 1) {
		struct pb nsm;
		struct pb_field g;

		if (f.num != 1 || f.type != 2)
			continue;
		nsm = (struct pb){ f.data, f.data + f.len };
		while (!done && pb__next(&nsm, &g) == 1) {
			char *name;

			if (g.num != 1 || g.type != 2 || !(name = pb_strdup(&g)))
				continue;
			done = containerd_get(c, ci, name);
			free(name);
		}
	}
	free(resp);
	return done;
}

static struct ctr_info *resolve(struct ctr_cache *c, const char *cgroup)
{
	char id[80], uid[80];
	struct ctr_info *ci;

	if (container__parse_cgroup(cgroup, id, sizeof(id), uid, sizeof(uid)) != 1)
		return NULL;
	ci = calloc(1, sizeof(*ci));
	if (!ci)
		return NULL;
	ci->id = strdup(id);
	if (!from_docker(c, ci) && !from_podman(c, ci) && !from_cri_api(c, ci) &&
	    !from_containerd(c, ci))
		from_containerd_api(c, ci);
	if (!ci->pod_uid && uid[0] && ci->pod)
		ci->pod_uid = strdup(uid);
	if (!ci->labels)
		ci->labels = strdup("{}");
	if (ci->pod) {
		if (!ci->pod_labels)
			ci->pod_labels = strdup("{}");
		if (!ci->pod_annotations)
			ci->pod_annotations = strdup("{}");
	}
	return ci;
}

struct ctr_cache *ctr_cache__new(const char *root_prefix, size_t max)
{
	struct ctr_cache *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	c->prefix = strdup(root_prefix ? root_prefix : "");
	c->max = max ? max : 1024;
	c->ents = calloc(c->max, sizeof(*c->ents));
	c->cg2_fd = -2;
	if (!c->prefix || !c->ents) {
		ctr_cache__free(c);
		return NULL;
	}
	return c;
}

void ctr_cache__set_docker(struct ctr_cache *c, const char *sock, int named,
			   void (*warn)(void *arg, const char *msg), void *warn_arg)
{
	free(c->docker_sock);
	c->docker_sock = sock ? strdup(sock) : NULL;
	c->docker_named = named;
	c->warn = warn;
	c->warn_arg = warn_arg;
}

void ctr_cache__set_containerd(struct ctr_cache *c, const char *sock, int named)
{
	free(c->containerd_sock);
	c->containerd_sock = sock ? strdup(sock) : NULL;
	c->containerd_named = named;
}

void ctr_cache__set_cri(struct ctr_cache *c, const char *sock, int named)
{
	free(c->cri_sock);
	c->cri_sock = sock ? strdup(sock) : NULL;
	c->cri_named = named;
}

void ctr_cache__free(struct ctr_cache *c)
{
	size_t i;
	int j;

	if (!c)
		return;
	for (i = 0; i < c->n; i++) {
		free(c->ents[i].cgroup);
		info_free(c->ents[i].info);
	}
	for (j = 0; j < c->n_docker_roots; j++)
		free(c->docker_roots[j]);
	if (c->cg2_fd >= 0)
		close(c->cg2_fd);
	free(c->ents);
	free(c->prefix);
	free(c->docker_sock);
	free(c->containerd_sock);
	free(c->cri_sock);
	free(c);
}

const struct ctr_info *ctr_cache__lookup(struct ctr_cache *c, const char *cgroup)
{
	struct ctr_info *ci;
	size_t i;

	if (!c || !cgroup)
		return NULL;
	for (i = 0; i < c->n; i++)
		if (!strcmp(c->ents[i].cgroup, cgroup))
			return c->ents[i].info;
	ci = resolve(c, cgroup);
	if (c->n < c->max) {
		/* bounded: beyond max, results are not remembered (and leak nothing) */
		c->ents[c->n].cgroup = strdup(cgroup);
		if (c->ents[c->n].cgroup) {
			c->ents[c->n++].info = ci;
			return ci;
		}
	}
	info_free(ci);
	return NULL;
}

/* cgroup2 ids are kernfs node ids: a file handle of type FILEID_KERNFS */
char *ctr_cache__cgroup_path(struct ctr_cache *c, uint64_t cgroup_id)
{
	union {
		struct file_handle fh;
		char raw[sizeof(struct file_handle) + sizeof(uint64_t)];
	} h;
	struct file_handle *fh = &h.fh;
	char link[64], path[PATH_MAX];
	size_t ml;
	ssize_t n;
	int fd;

	if (!c || !cgroup_id)
		return NULL;
	if (c->cg2_fd == -2) {
		FILE *f = fopen("/proc/self/mountinfo", "re");
		char line[4096];

		c->cg2_fd = -1;
		while (f && fgets(line, sizeof(line), f)) {
			if (strstr(line, " - cgroup2 ") &&
			    sscanf(line, "%*s %*s %*s %*s %511s", c->cg2_mnt) == 1) {
				c->cg2_fd = open(c->cg2_mnt, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
				break;
			}
		}
		if (f)
			fclose(f);
	}
	if (c->cg2_fd < 0)
		return NULL;
	fh->handle_bytes = sizeof(uint64_t);
	fh->handle_type = 0xfe;	/* FILEID_KERNFS */
	memcpy(h.raw + sizeof(struct file_handle), &cgroup_id, sizeof(cgroup_id));
	fd = open_by_handle_at(c->cg2_fd, fh, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, path, sizeof(path) - 1);
	close(fd);
	if (n <= 0)
		return NULL;
	path[n] = '\0';
	ml = strlen(c->cg2_mnt);
	if (!strncmp(path, c->cg2_mnt, ml))
		return strdup(path[ml] ? path + ml : "/");
	return strdup(path);
}
