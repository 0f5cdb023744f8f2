// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit in UML: what a maintainer sees of the library at run time.
 *
 *  - debugfs (arch/arm/common/edma-debugfs.c): the files are opened
 *    through the VFS on a kernel mount of debugfs and read through their
 *    seq_file, after a known workload on a simulated DA850, and their
 *    figures are checked against it;
 *  - tracepoints (include/trace/events/edma.h): probes attached with
 *    register_trace_*() count the events of the same workloads.
 */
#include <kunit/test.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mount.h>
#include <linux/platform_device.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tracepoint.h>
#include <linux/uio.h>
#include <trace/events/edma.h>

#include "edma_ring_test_util.h"
#include "edma_test_util.h"

#define CH0(n)	EDMA_CTLR_CHAN(0, n)
#define OBS_BUF	8192

/* A string the case owns (6.1's KUnit has no kunit_kasprintf()). */
static __printf(2, 3) char *obs_fmt(struct kunit *test, const char *fmt, ...)
{
	char *buf = kunit_kzalloc(test, 256, GFP_KERNEL);
	va_list ap;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	va_start(ap, fmt);
	vsnprintf(buf, 256, fmt, ap);
	va_end(ap);
	return buf;
}

/* ---- reading debugfs ------------------------------------------------- */

static struct vfsmount *obs_mnt;

/*
 * Read a debugfs file (a path under the debugfs root) into a buffer the
 * case owns.  The open goes through debugfs' proxy and the file's own
 * open; the read is seq_read_iter() on its seq_file, with a kernel
 * buffer, as read(2) would fill a user one.
 */
static char *obs_read(struct kunit *test, const char *path)
{
	char *buf = kunit_kzalloc(test, OBS_BUF, GFP_KERNEL);
	struct kvec kv = { .iov_base = buf, .iov_len = OBS_BUF - 1 };
	struct iov_iter iter;
	struct kiocb kiocb;
	struct file *f;
	ssize_t n;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	if (!obs_mnt) {
		struct file_system_type *fs = get_fs_type("debugfs");

		KUNIT_ASSERT_NOT_NULL(test, fs);
		obs_mnt = kern_mount(fs);
		put_filesystem(fs);
		KUNIT_ASSERT_FALSE(test, IS_ERR(obs_mnt));
	}
	f = file_open_root_mnt(obs_mnt, path, O_RDONLY, 0);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(f), "open %s: %ld", path,
			       PTR_ERR_OR_ZERO(f));
	init_sync_kiocb(&kiocb, f);
	iov_iter_kvec(&iter, READ, &kv, 1, OBS_BUF - 1);
	n = seq_read_iter(&kiocb, &iter);
	fput(f);
	KUNIT_ASSERT_GE_MSG(test, n, (ssize_t)0, "read %s", path);
	buf[n] = '\0';
	return buf;
}

/* The line of text that starts with prefix, copied (without its '\n'). */
static char *obs_line(struct kunit *test, const char *text,
		      const char *prefix)
{
	size_t plen = strlen(prefix), len;
	const char *p = text;
	char *line;

	while (p && *p) {
		len = strcspn(p, "\n");
		if (len >= plen && !strncmp(p, prefix, plen)) {
			line = kunit_kzalloc(test, len + 1, GFP_KERNEL);
			KUNIT_ASSERT_NOT_NULL(test, line);
			memcpy(line, p, len);
			return line;
		}
		p = p[len] ? p + len + 1 : NULL;
	}
	return NULL;
}

/* The number after "key " in a file of "key value" lines, or -1. */
static long obs_value(struct kunit *test, const char *text, const char *key)
{
	char *prefix = obs_fmt(test, "%s ", key);
	char *line = obs_line(test, text, prefix);
	long v;

	if (!line || kstrtol(line + strlen(prefix), 10, &v))
		return -1;
	return v;
}

/* ---- a controller's files ---------------------------------------------- */

static void setup_copy(struct kunit *test, unsigned int ch,
		       enum dma_event_q q, struct edma_test_buf *src,
		       struct edma_test_buf *dst, size_t len, u8 seed)
{
	edma_test_buf_alloc(test, src, len, seed);
	edma_test_buf_alloc(test, dst, len, 0);
	memset(dst->cpu, 0, len);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(ch, edma_test_cb, dst, q),
			(int)ch);
	edma_test_program_copy(ch, src, dst, len, EDMA_CHAN_SLOT(ch));
}

static void channels_lists_the_allocated_channels(struct kunit *test)
{
	struct edma_test_buf src, dst;
	char *text, *line;

	setup_copy(test, CH0(20), EVENTQ_1, &src, &dst, 16, 0x11);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(3), NULL, NULL,
						 EVENTQ_0), CH0(3));
	text = obs_read(test, "edma/cc0/channels");
	line = obs_line(test, text, "20 ");
	KUNIT_ASSERT_NOT_NULL(test, line);
	KUNIT_EXPECT_STREQ(test, line, "20 1 manual off on - edma_test_cb");
	/*
	 * Channel 3 is McASP1 TX in DA850's slave map, whose channels the
	 * dmaengine provider claims: it runs on its event, which
	 * edma_start() enables.
	 * No callback: its interrupt stays off.
	 */
	line = obs_line(test, text, "3 ");
	KUNIT_ASSERT_NOT_NULL(test, line);
	KUNIT_EXPECT_STREQ(test, line, "3 0 event off off - -");
	KUNIT_ASSERT_EQ(test, edma_start(CH0(3)), 0);
	line = obs_line(test, obs_read(test, "edma/cc0/channels"), "3 ");
	KUNIT_EXPECT_STREQ(test, line, "3 0 event on off - -");
	KUNIT_EXPECT_NULL(test, obs_line(test, text, "21 "));
	edma_free_channel(CH0(20));
	text = obs_read(test, "edma/cc0/channels");
	KUNIT_EXPECT_NULL(test, obs_line(test, text, "20 "));
}

static void param_decodes_the_allocated_sets(struct kunit *test)
{
	struct edma_test_buf src, dst;
	char *line, *want;
	int slot;

	setup_copy(test, CH0(20), EVENTQ_1, &src, &dst, 48, 0x12);
	slot = edma_alloc_slot(0, EDMA_SLOT_ANY);
	KUNIT_ASSERT_GE(test, slot, 0);
	edma_link(CH0(20), slot);
	line = obs_line(test, obs_read(test, "edma/cc0/param"), "20 ");
	KUNIT_ASSERT_NOT_NULL(test, line);
	want = obs_fmt(test, "src=%#010x dst=%#010x acnt=48 bcnt=1 ccnt=1",
			       (u32)src.dma, (u32)dst.dma);
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(line, want), "%s", line);
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(line, " tcc=20 AB,tcint "),
				  "%s", line);
	/* the link is the set's PaRAM offset, 32 bytes a set from 0x4000 */
	want = obs_fmt(test, " bidx=48/48 cidx=0/0 link=%#06x ",
			       0x4000 + EDMA_CHAN_SLOT(slot) * 32);
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(line, want), "%s", line);
	/* the free slot shows as the dummy set, linked to NULL */
	line = obs_line(test, obs_read(test, "edma/cc0/param"),
			obs_fmt(test, "%u ",
					EDMA_CHAN_SLOT(slot)));
	KUNIT_ASSERT_NOT_NULL(test, line);
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(line, " link=0xffff "), "%s",
				  line);
	edma_free_slot(slot);
	KUNIT_EXPECT_NULL(test,
			  obs_line(test, obs_read(test, "edma/cc0/param"),
				   obs_fmt(test, "%u ",
						   EDMA_CHAN_SLOT(slot))));
}

/* Queue 0 signals at two entries; its TC holds them. */
static void fill_queue0(struct kunit *test)
{
	struct edma_test_buf s[2], d[2];

	setup_copy(test, CH0(20), EVENTQ_0, &s[0], &d[0], 16, 1);
	setup_copy(test, CH0(21), EVENTQ_0, &s[1], &d[1], 16, 2);
	edma3_write(edma_test_cc(0), EDMA3_QWMTHRA,
		    (edma_test_reg(0, EDMA3_QWMTHRA) & ~0x1fu) | 2);
	edma3_tc_stall(edma_test_cc(0), 0, true);
	edma_trigger_channel(CH0(20));
	edma_trigger_channel(CH0(21));
}

static void queues_show_map_threshold_and_watermark(struct kunit *test)
{
	char *text, *line;
	unsigned int q, tc, prio, thr, num, wm, xcd;

	text = obs_read(test, "edma/cc0/queues");
	line = obs_line(test, text, "1 ");
	KUNIT_ASSERT_NOT_NULL(test, line);
	KUNIT_ASSERT_EQ(test, sscanf(line, "%u %u %u %u %u %u %u", &q, &tc,
				     &prio, &thr, &num, &wm, &xcd), 7);
	KUNIT_EXPECT_EQ(test, tc, 1u);
	KUNIT_EXPECT_EQ(test, thr, 16u);
	KUNIT_EXPECT_EQ(test, wm, 0u);

	fill_queue0(test);
	line = obs_line(test, obs_read(test, "edma/cc0/queues"), "0 ");
	KUNIT_ASSERT_NOT_NULL(test, line);
	KUNIT_ASSERT_EQ(test, sscanf(line, "%u %u %u %u %u %u %u", &q, &tc,
				     &prio, &thr, &num, &wm, &xcd), 7);
	KUNIT_EXPECT_EQ(test, tc, 0u);
	KUNIT_EXPECT_EQ(test, thr, 2u);
	KUNIT_EXPECT_EQ(test, num, edma_test_reg(0, EDMA3_QSTAT(0)) >> 8 & 0x1f);
	KUNIT_EXPECT_GE(test, wm, 2u);
	KUNIT_EXPECT_EQ(test, xcd, 1u);
	edma3_tc_stall(edma_test_cc(0), 0, false);
	host_irq_poll();
}

static void errors_count_queue_thresholds(struct kunit *test)
{
	char *text;

	fill_queue0(test);
	host_irq_poll();
	text = obs_read(test, "edma/cc0/errors");
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "queue_threshold0"), 1);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "queue_threshold1"), 0);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "missed_event"), 0);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "tc_error0"), 0);
	edma3_tc_stall(edma_test_cc(0), 0, false);
	host_irq_poll();
}

static void errors_count_missed_events(struct kunit *test)
{
	struct edma_test_buf s, d;
	char *text;

	setup_copy(test, CH0(14), EVENTQ_1, &s, &d, 16, 0x13);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(14)), 0);
	edma3_tc_stall(edma_test_cc(0), 1, true);
	edma3_event(edma_test_cc(0), 14);
	edma3_event(edma_test_cc(0), 14);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log_count(CH0(14), EDMA_DMA_CC_ERROR),
			1u);
	text = obs_read(test, "edma/cc0/errors");
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "missed_event"), 1);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "queue_threshold1"), 0);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "tcc_error"), 0);
	edma3_tc_stall(edma_test_cc(0), 1, false);
	host_irq_poll();
}

static void errors_count_tc_errors_by_tc(struct kunit *test)
{
	struct edma_test_buf s, d;
	char *text;

	setup_copy(test, CH0(21), EVENTQ_1, &s, &d, 16, 0x14);
	edma3_inject_tc_error(edma_test_cc(0), 1, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(21)), 0);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_TC_ERROR),
			1u);
	text = obs_read(test, "edma/cc0/errors");
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "tc_error1"), 1);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "tc_error0"), 0);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "missed_event"), 0);
}

/* ---- a controller's tracepoints ------------------------------------------ */

struct obs_chan_events {
	unsigned int start, stop, complete;
	unsigned int last_ctlr, last_ch;
};

static void obs_on_start(void *data, unsigned int ctlr, unsigned int ch)
{
	struct obs_chan_events *e = data;

	e->start++;
	e->last_ctlr = ctlr;
	e->last_ch = ch;
}

static void obs_on_stop(void *data, unsigned int ctlr, unsigned int ch)
{
	((struct obs_chan_events *)data)->stop++;
}

static void obs_on_complete(void *data, unsigned int ctlr, unsigned int ch)
{
	struct obs_chan_events *e = data;

	if (ctlr == e->last_ctlr && ch == e->last_ch)
		e->complete++;
}

static void trace_follows_a_transfer(struct kunit *test)
{
	struct obs_chan_events e = { .last_ctlr = ~0u };
	struct edma_test_buf src, dst;

	setup_copy(test, CH0(20), EVENTQ_1, &src, &dst, 64, 0x15);
	KUNIT_ASSERT_EQ(test, register_trace_edma_chan_start(obs_on_start, &e), 0);
	KUNIT_ASSERT_EQ(test, register_trace_edma_chan_stop(obs_on_stop, &e), 0);
	KUNIT_ASSERT_EQ(test,
			register_trace_edma_chan_complete(obs_on_complete, &e),
			0);
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	edma_stop(CH0(20));
	edma_free_channel(CH0(20));
	unregister_trace_edma_chan_start(obs_on_start, &e);
	unregister_trace_edma_chan_stop(obs_on_stop, &e);
	unregister_trace_edma_chan_complete(obs_on_complete, &e);
	tracepoint_synchronize_unregister();

	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, 0x15));
	KUNIT_EXPECT_EQ(test, e.start, 1u);
	KUNIT_EXPECT_EQ(test, e.last_ctlr, 0u);
	KUNIT_EXPECT_EQ(test, e.last_ch, 20u);
	KUNIT_EXPECT_EQ(test, e.complete, 1u);
	/* edma_stop() and the stop inside edma_free_channel() */
	KUNIT_EXPECT_EQ(test, e.stop, 2u);
}

struct obs_errors {
	unsigned int n[EDMA_TRACE_TC_ERROR + 1];
	unsigned int index[EDMA_TRACE_TC_ERROR + 1];
};

static void obs_on_error(void *data, unsigned int ctlr,
			 enum edma_trace_error kind, unsigned int index,
			 u32 detail)
{
	struct obs_errors *e = data;

	if (kind <= EDMA_TRACE_TC_ERROR) {
		e->n[kind]++;
		e->index[kind] = index;
	}
}

static void trace_tells_each_error_kind(struct kunit *test)
{
	struct edma_test_buf s, d, s2, d2;
	struct obs_errors e = { };

	KUNIT_ASSERT_EQ(test, register_trace_edma_error(obs_on_error, &e), 0);
	/* a TC error on TC1 */
	setup_copy(test, CH0(21), EVENTQ_1, &s2, &d2, 16, 0x17);
	edma3_inject_tc_error(edma_test_cc(0), 1, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(21)), 0);
	host_irq_poll();
	/* a missed event on channel 14, its TC held */
	setup_copy(test, CH0(14), EVENTQ_1, &s, &d, 16, 0x16);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(14)), 0);
	edma3_tc_stall(edma_test_cc(0), 1, true);
	edma3_event(edma_test_cc(0), 14);
	edma3_event(edma_test_cc(0), 14);
	host_irq_poll();
	unregister_trace_edma_error(obs_on_error, &e);
	tracepoint_synchronize_unregister();
	/*
	 * Released, the TC ends the first transfer; the event latched in ER
	 * then meets the null set the transfer linked to: one more missed
	 * event, which the probe no longer sees.
	 */
	edma3_tc_stall(edma_test_cc(0), 1, false);
	host_irq_poll();

	KUNIT_EXPECT_EQ(test, e.n[EDMA_TRACE_MISSED_EVENT], 1u);
	KUNIT_EXPECT_EQ(test, e.index[EDMA_TRACE_MISSED_EVENT], 14u);
	KUNIT_EXPECT_EQ(test, e.n[EDMA_TRACE_TC_ERROR], 1u);
	KUNIT_EXPECT_EQ(test, e.index[EDMA_TRACE_TC_ERROR], 1u);
	KUNIT_EXPECT_EQ(test, e.n[EDMA_TRACE_QUEUE_THRESHOLD], 0u);
	KUNIT_EXPECT_EQ(test, e.n[EDMA_TRACE_TCC_ERROR], 0u);
}

static void trace_tells_queue_thresholds(struct kunit *test)
{
	struct obs_errors e = { };

	KUNIT_ASSERT_EQ(test, register_trace_edma_error(obs_on_error, &e), 0);
	fill_queue0(test);
	host_irq_poll();
	unregister_trace_edma_error(obs_on_error, &e);
	tracepoint_synchronize_unregister();
	KUNIT_EXPECT_EQ(test, e.n[EDMA_TRACE_QUEUE_THRESHOLD], 1u);
	KUNIT_EXPECT_EQ(test, e.index[EDMA_TRACE_QUEUE_THRESHOLD], 0u);
	edma3_tc_stall(edma_test_cc(0), 0, false);
	host_irq_poll();
}

static void obs_exit(struct kunit *test)
{
	edma_test_exit(test);
}

static struct kunit_case edma_observe_cases[] = {
	KUNIT_CASE(channels_lists_the_allocated_channels),
	KUNIT_CASE(param_decodes_the_allocated_sets),
	KUNIT_CASE(queues_show_map_threshold_and_watermark),
	KUNIT_CASE(errors_count_queue_thresholds),
	KUNIT_CASE(errors_count_missed_events),
	KUNIT_CASE(errors_count_tc_errors_by_tc),
	KUNIT_CASE(trace_follows_a_transfer),
	KUNIT_CASE(trace_tells_each_error_kind),
	KUNIT_CASE(trace_tells_queue_thresholds),
	{}
};

static struct kunit_suite edma_observe_suite = {
	.name = "edma_uml_observe",
	.init = edma_test_init_da850,
	.exit = obs_exit,
	.test_cases = edma_observe_cases,
};

/* ---- a ring's file and tracepoints --------------------------------------- */

static int ring_obs_init(struct kunit *test)
{
	return ring_test_setup(16, 16, 256);
}

static char *ring_file(struct kunit *test, const char *name)
{
	return obs_read(test,
			obs_fmt(test, "edma/rings/%s:%s",
					dev_name(&rt.pdev->dev), name));
}

/* 8 buffers posted and kicked, notification on, 3 frames in, 3 taken. */
static void ring_rx_workload(struct kunit *test)
{
	unsigned int i;

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, 8), 0);
	KUNIT_ASSERT_TRUE(test, edma_ring_kick(rt.rx));
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb(rt.rx));
	for (i = 0; i < 3; i++)
		KUNIT_ASSERT_TRUE(test, ring_test_inject(700 + i, 64));
	KUNIT_ASSERT_EQ(test, mac_step(rt.mac, 100), 3u);
	host_irq_poll();
	for (i = 0; i < 3; i++)
		KUNIT_ASSERT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL),
				    (void *)&rt.buf[i]);
}

static void ring_file_shows_indices_and_counters(struct kunit *test)
{
	char *text;

	text = ring_file(test, "rx");
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "size"), 16);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "window"), 16);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "free"), 16);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "started"), 0);

	ring_rx_workload(test);
	KUNIT_ASSERT_GE(test, rt.rx_cbs, 1u);
	text = ring_file(test, "rx");
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "channel"), RT_CHAN);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "started"), 1);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "avail"), 8);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "kicked"), 8);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "loaded"), 8);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "last_used"), 3);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "free"), 11);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "kicks"), 1);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "polls"), 1);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "notifications"),
			(long)rt.rx_cbs);
	KUNIT_EXPECT_GE(test, obs_value(test, text, "interrupts"),
			(long)rt.rx_cbs);
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "errors"), 0);
	KUNIT_EXPECT_NOT_NULL(test, obs_line(test, text, "notification on"));
	/* the TX ring is untouched */
	text = ring_file(test, "tx");
	KUNIT_EXPECT_EQ(test, obs_value(test, text, "kicks"), 0);
	KUNIT_EXPECT_NOT_NULL(test, obs_line(test, text, "direction tx"));
}

/* The ring channel's line in channels: its state from "trigger" on. */
static char *ring_chan_state(struct kunit *test)
{
	char *line = obs_line(test, obs_read(test, "edma/cc0/channels"),
			      obs_fmt(test, "%u ",
					      RT_CHAN));
	unsigned int ch, q;
	int skip = 0;

	KUNIT_ASSERT_NOT_NULL(test, line);
	KUNIT_ASSERT_EQ(test, sscanf(line, "%u %u %n", &ch, &q, &skip), 2);
	return line + skip;
}

/*
 * The device's request names the channel: it runs on its peripheral's
 * event, owned by the device, and the interrupt column follows the IER
 * bit the ring writes itself.
 */
static void ring_channel_is_owned_by_its_device(struct kunit *test)
{
	const char *dev = dev_name(&rt.pdev->dev);

	KUNIT_EXPECT_STREQ(test, ring_chan_state(test),
			   obs_fmt(test, "event off off %s edma_ring_irq", dev));
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb(rt.rx));
	KUNIT_EXPECT_STREQ(test, ring_chan_state(test),
			   obs_fmt(test, "event on on %s edma_ring_irq", dev));
	edma_ring_disable_cb(rt.rx);
	KUNIT_EXPECT_STREQ(test, ring_chan_state(test),
			   obs_fmt(test, "event on off %s edma_ring_irq", dev));
}

static void ring_file_goes_with_the_driver(struct kunit *test)
{
	struct file *f;
	char *path;

	ring_test_unbind();
	if (!obs_mnt)
		obs_read(test, "edma/cc0/errors");
	path = obs_fmt(test, "edma/rings/%s:rx",
			       dev_name(&rt.pdev->dev));
	f = file_open_root_mnt(obs_mnt, path, O_RDONLY, 0);
	KUNIT_EXPECT_EQ(test, PTR_ERR_OR_ZERO(f), (long)-ENOENT);
	if (!IS_ERR(f))
		fput(f);
}

struct obs_ring_events {
	unsigned int kicks, kicked_bufs, notifies, polls, polled_bufs;
};

static void obs_on_kick(void *data, unsigned int ctlr, unsigned int ch,
			unsigned int count)
{
	struct obs_ring_events *e = data;

	if (ctlr == RT_RX_CTLR && ch == RT_CHAN) {
		e->kicks++;
		e->kicked_bufs += count;
	}
}

static void obs_on_notify(void *data, unsigned int ctlr, unsigned int ch,
			  unsigned int count)
{
	struct obs_ring_events *e = data;

	if (ctlr == RT_RX_CTLR && ch == RT_CHAN)
		e->notifies++;
}

static void obs_on_poll(void *data, unsigned int ctlr, unsigned int ch,
			unsigned int count)
{
	struct obs_ring_events *e = data;

	if (ctlr == RT_RX_CTLR && ch == RT_CHAN) {
		e->polls++;
		e->polled_bufs += count;
	}
}

static void ring_trace_counts_kicks_notifies_and_polls(struct kunit *test)
{
	struct obs_ring_events e = { };

	KUNIT_ASSERT_EQ(test, register_trace_edma_ring_kick(obs_on_kick, &e), 0);
	KUNIT_ASSERT_EQ(test, register_trace_edma_ring_notify(obs_on_notify, &e),
			0);
	KUNIT_ASSERT_EQ(test, register_trace_edma_ring_poll(obs_on_poll, &e), 0);
	ring_rx_workload(test);
	/* a second poll: the 3 buffers taken since the first one */
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb(rt.rx));
	unregister_trace_edma_ring_kick(obs_on_kick, &e);
	unregister_trace_edma_ring_notify(obs_on_notify, &e);
	unregister_trace_edma_ring_poll(obs_on_poll, &e);
	tracepoint_synchronize_unregister();

	KUNIT_EXPECT_EQ(test, e.kicks, 1u);
	KUNIT_EXPECT_EQ(test, e.kicked_bufs, 8u);
	KUNIT_EXPECT_EQ(test, e.notifies, rt.rx_cbs);
	KUNIT_EXPECT_EQ(test, e.polls, 2u);
	KUNIT_EXPECT_EQ(test, e.polled_bufs, 3u);
}

static struct kunit_case edma_ring_observe_cases[] = {
	KUNIT_CASE(ring_file_shows_indices_and_counters),
	KUNIT_CASE(ring_channel_is_owned_by_its_device),
	KUNIT_CASE(ring_file_goes_with_the_driver),
	KUNIT_CASE(ring_trace_counts_kicks_notifies_and_polls),
	{}
};

static void obs_suite_exit(struct kunit_suite *suite)
{
	if (obs_mnt) {
		kern_unmount(obs_mnt);
		obs_mnt = NULL;
	}
}

static struct kunit_suite edma_ring_observe_suite = {
	.name = "edma_uml_ring_observe",
	.init = ring_obs_init,
	.exit = ring_test_exit,
	.suite_exit = obs_suite_exit,
	.test_cases = edma_ring_observe_cases,
};

kunit_test_suites(&edma_observe_suite, &edma_ring_observe_suite);
