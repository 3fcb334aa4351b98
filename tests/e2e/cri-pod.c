// SPDX-License-Identifier: GPL-2.0
/*
 * A kubelet's first three calls, for the tests: through the CRI on a
 * containerd socket, run a pod sandbox (host network, a cgroup parent
 * under /kubepods) and start one container in it.
 *
 *   cri-pod SOCK POD NS UID IMAGE NAME CMD...   prints the container id
 *   cri-pod SOCK --remove POD_ID                stops and removes a pod
 *
 * It uses the project's gRPC client (src/capture/grpc.c); what ptcpdump
 * prints is then checked against what was asked for here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/grpc.h"

#define SVC "/runtime.v1.RuntimeService/"

struct msg {
	uint8_t b[4096];
	size_t n;
};

static void put(struct msg *m, uint32_t num, const void *d, size_t len)
{
	size_t n = pb__put_bytes(m->b, sizeof(m->b), m->n, num, d, len);

	if (!n) {
		fprintf(stderr, "cri-pod: message too long\n");
		exit(1);
	}
	m->n = n;
}

static void put_str(struct msg *m, uint32_t num, const char *s)
{
	put(m, num, s, strlen(s));
}

static void put_msg(struct msg *m, uint32_t num, const struct msg *sub)
{
	put(m, num, sub->b, sub->n);
}

static void put_varint(struct msg *m, uint32_t num, uint64_t v)
{
	size_t n = pb__put_varint(m->b, sizeof(m->b), m->n, num, v);

	if (!n) {
		fprintf(stderr, "cri-pod: message too long\n");
		exit(1);
	}
	m->n = n;
}

static void put_label(struct msg *m, uint32_t num, const char *k, const char *v)
{
	struct msg e = { .n = 0 };

	put_str(&e, 1, k);
	put_str(&e, 2, v);
	put_msg(m, num, &e);
}

/* the first string field 1 of the reply (the id every create call returns) */
static char *call(const char *sock, const char *method, const struct msg *req)
{
	char path[128];
	uint8_t *resp;
	size_t rlen;
	struct pb b;
	struct pb_field f;
	char *id = NULL;
	int rc;

	snprintf(path, sizeof(path), SVC "%s", method);
	rc = grpc__call(sock, path, NULL, req->b, req->n, 60000, &resp, &rlen);
	if (rc < 0) {
		fprintf(stderr, "cri-pod: %s: %s\n", method, strerror(-rc));
		exit(1);
	}
	b = (struct pb){ resp, resp + rlen };
	while (!id && pb__next(&b, &f) == 1)
		if (f.num == 1 && f.type == 2 && (id = malloc(f.len + 1))) {
			memcpy(id, f.data, f.len);
			id[f.len] = '\0';
		}
	free(resp);
	return id ? id : strdup("");
}

/* PodSandboxConfig: metadata 1, labels 6, annotations 7, linux 8 */
static void sandbox_config(struct msg *cfg, const char *pod, const char *ns, const char *uid)
{
	struct msg md = { .n = 0 }, nso = { .n = 0 }, sc = { .n = 0 }, lx = { .n = 0 };
	char cg[160];

	put_str(&md, 1, pod);
	put_str(&md, 2, uid);
	put_str(&md, 3, ns);
	put_msg(cfg, 1, &md);
	put_label(cfg, 6, "app", "ptcri");
	put_label(cfg, 7, "ptcpdump.test/note", "pod annotation");
	put_varint(&nso, 1, 2);	/* network: NODE (the host's) */
	put_varint(&nso, 2, 1);	/* pid: CONTAINER */
	put_msg(&sc, 1, &nso);
	snprintf(cg, sizeof(cg), "/kubepods/besteffort/pod%s", uid);
	put_str(&lx, 1, cg);
	put_msg(&lx, 2, &sc);
	put_msg(cfg, 8, &lx);
}

int main(int argc, char **argv)
{
	struct msg cfg = { .n = 0 }, req = { .n = 0 }, cc = { .n = 0 }, md = { .n = 0 };
	struct msg img = { .n = 0 };
	char *pod_id, *ctr_id;

	if (argc == 4 && !strcmp(argv[2], "--remove")) {
		put_str(&req, 1, argv[3]);
		free(call(argv[1], "StopPodSandbox", &req));
		free(call(argv[1], "RemovePodSandbox", &req));
		return 0;
	}
	if (argc < 8) {
		fprintf(stderr, "usage: cri-pod SOCK POD NS UID IMAGE NAME CMD...\n");
		return 2;
	}
	sandbox_config(&cfg, argv[2], argv[3], argv[4]);
	put_msg(&req, 1, &cfg);
	pod_id = call(argv[1], "RunPodSandbox", &req);

	/* ContainerConfig: metadata 1, image 2, command 3, labels 9, annotations 10 */
	put_str(&md, 1, argv[6]);
	put_msg(&cc, 1, &md);
	put_str(&img, 1, argv[5]);
	put_msg(&cc, 2, &img);
	for (int i = 7; i < argc; i++)
		put_str(&cc, 3, argv[i]);
	put_label(&cc, 9, "tier", "web");
	put_label(&cc, 10, "ptcpdump.test/ctr", "container annotation");
	req.n = 0;
	put_str(&req, 1, pod_id);
	put_msg(&req, 2, &cc);
	put_msg(&req, 3, &cfg);
	ctr_id = call(argv[1], "CreateContainer", &req);
	req.n = 0;
	put_str(&req, 1, ctr_id);
	free(call(argv[1], "StartContainer", &req));
	printf("%s %s\n", pod_id, ctr_id);
	free(pod_id);
	free(ctr_id);
	return 0;
}
