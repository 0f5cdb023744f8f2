// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the bad-input table of docs/bad-input.md, one parameter per row.
 *
 * Every case runs on a DA850 with the da850-evm DSP reservations where
 * the test owns channel 20 and slot 100 of CC0 and slot 120 of CC1, then
 * makes one call with one bad argument and checks the row's result: the
 * return value, that neither controller's registers nor PaRAM changed
 * (every bad call must leave the hardware alone), what a read hands back,
 * and whether it WARNed (NULL parameters only).
 *
 * The row names are the first column of docs/bad-input.md, and the
 * result strings its second column; tests/fuzz/check-badinput-doc.sh
 * (a 'make check' step) fails when the two disagree.
 */
#include <kunit/test.h>
#include <linux/platform_device.h>

#include "edma_test_util.h"

#define C0(n)	EDMA_CTLR_CHAN(0, n)
#define C1(n)	EDMA_CTLR_CHAN(1, n)

/* Handles the rows use. */
#define OWN_CH		C0(20)		/* allocated channel */
#define FREE_CH		C0(21)		/* nobody's channel */
#define DSP_CH		C0(8)		/* reserved for the DSP */
#define RANGE_CH	C0(40)		/* CC0 has 32 channels */
#define BAD_CTLR	EDMA_CTLR_CHAN(7, 20)
#define OWN_SLOT	C0(100)		/* allocated slot */
#define FREE_SLOT	C0(101)
#define DSP_SLOT	C0(40)		/* CC0 slots 30..79 are the DSP's */
#define RANGE_SLOT	C0(600)		/* CC0 has 128 slots */
#define CC1_SLOT	C1(120)		/* allocated slot on CC1 */
#define RUN_SLOT	C0(110)		/* an allocated run of two */

enum badinput_fn {
	ALLOC_CHANNEL, FREE_CHANNEL, ASSIGN_EVENTQ, START, STOP, PAUSE,
	RESUME, CLEAN, CLEAR_EVENT, TRIGGER, ALLOC_SLOT, FREE_SLOT_FN,
	ALLOC_CONT, FREE_CONT, SET_SRC, SET_DEST, SET_SRC_INDEX,
	SET_DEST_INDEX, SET_XFER, LINK, UNLINK, WRITE_SLOT, READ_SLOT,
	GET_POS, GET_POS_BOTH,
};

enum badinput_pre {
	PRE_NONE,
	PRE_REMOVE,	/* unregister both controllers first */
	PRE_FREE,	/* free the handle once first (double free) */
};

enum badinput_check {
	CHK_NONE,
	CHK_ZERO,	/* the read hands back zeros */
	CHK_SET,	/* the read hands back the slot's PaRAM */
	CHK_WARN,	/* a WARN fired */
};

struct badinput_row {
	const char *name;	/* first column of docs/bad-input.md */
	const char *result;	/* second column */
	enum badinput_fn fn;
	u32 handle;
	u32 arg;		/* queue, slot, count or link target */
	int id;			/* edma_alloc_cont_slots() id */
	enum badinput_pre pre;
	long ret;		/* 0 for void functions */
	enum badinput_check check;
};

#define EINV	"-EINVAL, hardware unchanged"
#define EBSY	"-EBUSY, hardware unchanged"
#define NOP	"no effect, hardware unchanged"

#define ROW(n, r, f, h, a, p, rv, c) \
	{ .name = n, .result = r, .fn = f, .handle = h, .arg = a, \
	  .pre = p, .ret = rv, .check = c }
#define CONT(n, r, h, i, s, cnt, p, rv) \
	{ .name = n, .result = r, .fn = ALLOC_CONT, .handle = h, \
	  .id = i, .arg = (s) << 16 | (cnt), .pre = p, .ret = rv }

/* The same five bad handles for a function that takes a channel. */
#define CHAN_ROWS(fname, f, r, rv)					\
	ROW(fname ": bad controller", r, f, BAD_CTLR, 0, PRE_NONE, rv, 0), \
	ROW(fname ": channel out of range", r, f, RANGE_CH, 0, PRE_NONE, \
	    rv, 0),							\
	ROW(fname ": channel not allocated", r, f, FREE_CH, 0, PRE_NONE, \
	    rv, 0),							\
	ROW(fname ": DSP channel", r, f, DSP_CH, 0, PRE_NONE, rv, 0),	\
	ROW(fname ": after remove", r, f, OWN_CH, 0, PRE_REMOVE, rv, 0)

/* ... and for a function that takes a slot. */
#define SLOT_ROWS(fname, f)						\
	ROW(fname ": bad controller", NOP, f, C1(0) + (7 << 16), 0,	\
	    PRE_NONE, 0, 0),						\
	ROW(fname ": slot out of range", NOP, f, RANGE_SLOT, 0, PRE_NONE, \
	    0, 0),							\
	ROW(fname ": slot not allocated", NOP, f, FREE_SLOT, 0, PRE_NONE, \
	    0, 0),							\
	ROW(fname ": DSP slot", NOP, f, DSP_SLOT, 0, PRE_NONE, 0, 0),	\
	ROW(fname ": after remove", NOP, f, OWN_SLOT, 0, PRE_REMOVE, 0, 0)

static const struct badinput_row badinput_rows[] = {
	ROW("edma_alloc_channel: bad controller", EINV, ALLOC_CHANNEL,
	    BAD_CTLR, EVENTQ_DEFAULT, PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_channel: channel out of range", EINV, ALLOC_CHANNEL,
	    RANGE_CH, EVENTQ_DEFAULT, PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_channel: negative channel other than ANY", EINV,
	    ALLOC_CHANNEL, -5, EVENTQ_DEFAULT, PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_channel: channel already allocated", EBSY,
	    ALLOC_CHANNEL, OWN_CH, EVENTQ_DEFAULT, PRE_NONE, -EBUSY, 0),
	ROW("edma_alloc_channel: DSP channel", EBSY, ALLOC_CHANNEL, DSP_CH,
	    EVENTQ_DEFAULT, PRE_NONE, -EBUSY, 0),
	ROW("edma_alloc_channel: queue out of range", EINV, ALLOC_CHANNEL,
	    FREE_CH, 5, PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_channel: ANY with queue out of range", EINV,
	    ALLOC_CHANNEL, EDMA_CHANNEL_ANY, 5, PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_channel: after remove", EINV, ALLOC_CHANNEL, FREE_CH,
	    EVENTQ_DEFAULT, PRE_REMOVE, -EINVAL, 0),
	ROW("edma_alloc_channel: ANY after remove",
	    "-ENOMEM, hardware unchanged", ALLOC_CHANNEL, EDMA_CHANNEL_ANY,
	    EVENTQ_DEFAULT, PRE_REMOVE, -ENOMEM, 0),

	CHAN_ROWS("edma_free_channel", FREE_CHANNEL, NOP, 0),
	ROW("edma_free_channel: double free", NOP, FREE_CHANNEL, OWN_CH, 0,
	    PRE_FREE, 0, 0),
	ROW("edma_free_channel: a slot handle", NOP, FREE_CHANNEL, OWN_SLOT,
	    0, PRE_NONE, 0, 0),

	CHAN_ROWS("edma_assign_channel_eventq", ASSIGN_EVENTQ, NOP, 0),
	ROW("edma_assign_channel_eventq: queue out of range", NOP,
	    ASSIGN_EVENTQ, OWN_CH, 5, PRE_NONE, 0, 0),

	CHAN_ROWS("edma_start", START, EINV, -EINVAL),
	CHAN_ROWS("edma_trigger_channel", TRIGGER, EINV, -EINVAL),
	CHAN_ROWS("edma_stop", STOP, NOP, 0),
	CHAN_ROWS("edma_pause", PAUSE, NOP, 0),
	CHAN_ROWS("edma_resume", RESUME, NOP, 0),
	CHAN_ROWS("edma_clean_channel", CLEAN, NOP, 0),
	CHAN_ROWS("edma_clear_event", CLEAR_EVENT, NOP, 0),

	ROW("edma_alloc_slot: bad controller", EINV, ALLOC_SLOT, 7, 100,
	    PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_slot: a channel's slot", EINV, ALLOC_SLOT, 0, 21,
	    PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_slot: slot out of range", EINV, ALLOC_SLOT, 0, 128,
	    PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_slot: negative slot other than ANY", EINV,
	    ALLOC_SLOT, 0, -7, PRE_NONE, -EINVAL, 0),
	ROW("edma_alloc_slot: slot already allocated", EBSY, ALLOC_SLOT, 0,
	    100, PRE_NONE, -EBUSY, 0),
	ROW("edma_alloc_slot: DSP slot", EBSY, ALLOC_SLOT, 0, 40, PRE_NONE,
	    -EBUSY, 0),
	ROW("edma_alloc_slot: after remove", EINV, ALLOC_SLOT, 0, 101,
	    PRE_REMOVE, -EINVAL, 0),

	ROW("edma_free_slot: bad controller", NOP, FREE_SLOT_FN,
	    EDMA_CTLR_CHAN(7, 100), 0, PRE_NONE, 0, 0),
	ROW("edma_free_slot: slot out of range", NOP, FREE_SLOT_FN,
	    RANGE_SLOT, 0, PRE_NONE, 0, 0),
	ROW("edma_free_slot: slot not allocated", NOP, FREE_SLOT_FN,
	    FREE_SLOT, 0, PRE_NONE, 0, 0),
	ROW("edma_free_slot: a channel's slot", NOP, FREE_SLOT_FN, OWN_CH, 0,
	    PRE_NONE, 0, 0),
	ROW("edma_free_slot: DSP slot", NOP, FREE_SLOT_FN, DSP_SLOT, 0,
	    PRE_NONE, 0, 0),
	ROW("edma_free_slot: double free", NOP, FREE_SLOT_FN, OWN_SLOT, 0,
	    PRE_FREE, 0, 0),
	ROW("edma_free_slot: after remove", NOP, FREE_SLOT_FN, OWN_SLOT, 0,
	    PRE_REMOVE, 0, 0),

	CONT("edma_alloc_cont_slots: bad controller", EINV, 7,
	     EDMA_CONT_PARAMS_ANY, 0, 2, PRE_NONE, -EINVAL),
	CONT("edma_alloc_cont_slots: count 0", EINV, 0, EDMA_CONT_PARAMS_ANY,
	     0, 0, PRE_NONE, -EINVAL),
	CONT("edma_alloc_cont_slots: count above the non-channel slots",
	     EINV, 0, EDMA_CONT_PARAMS_ANY, 0, 97, PRE_NONE, -EINVAL),
	CONT("edma_alloc_cont_slots: unknown id", EINV, 0, 1004, 100, 2,
	     PRE_NONE, -EINVAL),
	CONT("edma_alloc_cont_slots: start in the channel slots", EINV, 0,
	     EDMA_CONT_PARAMS_FIXED_EXACT, 5, 2, PRE_NONE, -EINVAL),
	CONT("edma_alloc_cont_slots: start out of range", EINV, 0,
	     EDMA_CONT_PARAMS_FIXED_EXACT, 128, 1, PRE_NONE, -EINVAL),
	CONT("edma_alloc_cont_slots: exact run over DSP slots", EBSY, 0,
	     EDMA_CONT_PARAMS_FIXED_EXACT, 78, 4, PRE_NONE, -EBUSY),
	CONT("edma_alloc_cont_slots: exact run over an allocated slot", EBSY,
	     0, EDMA_CONT_PARAMS_FIXED_EXACT, 98, 4, PRE_NONE, -EBUSY),
	CONT("edma_alloc_cont_slots: exact run past the end", EBSY, 0,
	     EDMA_CONT_PARAMS_FIXED_EXACT, 126, 4, PRE_NONE, -EBUSY),
	CONT("edma_alloc_cont_slots: after remove", EINV, 0,
	     EDMA_CONT_PARAMS_ANY, 0, 2, PRE_REMOVE, -EINVAL),

	ROW("edma_free_cont_slots: bad controller", EINV, FREE_CONT,
	    EDMA_CTLR_CHAN(7, 110), 2, PRE_NONE, -EINVAL, 0),
	ROW("edma_free_cont_slots: count 0", EINV, FREE_CONT, RUN_SLOT, 0,
	    PRE_NONE, -EINVAL, 0),
	ROW("edma_free_cont_slots: negative count", EINV, FREE_CONT,
	    RUN_SLOT, -1, PRE_NONE, -EINVAL, 0),
	ROW("edma_free_cont_slots: run past the end", EINV, FREE_CONT,
	    C0(126), 4, PRE_NONE, -EINVAL, 0),
	ROW("edma_free_cont_slots: run with a slot not allocated", EINV,
	    FREE_CONT, RUN_SLOT, 3, PRE_NONE, -EINVAL, 0),
	ROW("edma_free_cont_slots: run of channel slots", EINV, FREE_CONT,
	    OWN_CH, 1, PRE_NONE, -EINVAL, 0),
	ROW("edma_free_cont_slots: DSP slots", EINV, FREE_CONT, DSP_SLOT, 2,
	    PRE_NONE, -EINVAL, 0),
	ROW("edma_free_cont_slots: double free", EINV, FREE_CONT, RUN_SLOT,
	    2, PRE_FREE, -EINVAL, 0),
	ROW("edma_free_cont_slots: after remove", EINV, FREE_CONT, RUN_SLOT,
	    2, PRE_REMOVE, -EINVAL, 0),

	SLOT_ROWS("edma_set_src", SET_SRC),
	SLOT_ROWS("edma_set_dest", SET_DEST),
	SLOT_ROWS("edma_set_src_index", SET_SRC_INDEX),
	SLOT_ROWS("edma_set_dest_index", SET_DEST_INDEX),
	SLOT_ROWS("edma_set_transfer_params", SET_XFER),
	SLOT_ROWS("edma_unlink", UNLINK),
	SLOT_ROWS("edma_write_slot", WRITE_SLOT),
	ROW("edma_write_slot: NULL param", "no effect, hardware unchanged, "
	    "WARN_ONCE", WRITE_SLOT, OWN_SLOT, 1, PRE_NONE, 0, CHK_WARN),

	ROW("edma_link: bad controller", NOP, LINK, EDMA_CTLR_CHAN(7, 100),
	    OWN_SLOT, PRE_NONE, 0, 0),
	ROW("edma_link: from a slot not allocated", NOP, LINK, FREE_SLOT,
	    OWN_SLOT, PRE_NONE, 0, 0),
	ROW("edma_link: to a slot not allocated", NOP, LINK, OWN_SLOT,
	    FREE_SLOT, PRE_NONE, 0, 0),
	ROW("edma_link: to a DSP slot", NOP, LINK, OWN_SLOT, DSP_SLOT,
	    PRE_NONE, 0, 0),
	ROW("edma_link: to a slot out of range", NOP, LINK, OWN_SLOT,
	    RANGE_SLOT, PRE_NONE, 0, 0),
	ROW("edma_link: to another controller", NOP, LINK, OWN_SLOT,
	    CC1_SLOT, PRE_NONE, 0, 0),
	ROW("edma_link: after remove", NOP, LINK, OWN_SLOT, OWN_CH,
	    PRE_REMOVE, 0, 0),

	ROW("edma_read_slot: bad controller", "param zero-filled",
	    READ_SLOT, EDMA_CTLR_CHAN(7, 100), 0, PRE_NONE, 0, CHK_ZERO),
	ROW("edma_read_slot: slot out of range", "param zero-filled",
	    READ_SLOT, RANGE_SLOT, 0, PRE_NONE, 0, CHK_ZERO),
	ROW("edma_read_slot: slot not allocated",
	    "reads the set (reads need no ownership)", READ_SLOT, DSP_SLOT,
	    0, PRE_NONE, 0, CHK_SET),
	ROW("edma_read_slot: NULL param", "no effect, WARN_ONCE", READ_SLOT,
	    OWN_SLOT, 1, PRE_NONE, 0, CHK_WARN),
	ROW("edma_read_slot: after remove", "param zero-filled", READ_SLOT,
	    OWN_SLOT, 0, PRE_REMOVE, 0, CHK_ZERO),

	ROW("edma_get_position: bad controller", "returns 0", GET_POS,
	    EDMA_CTLR_CHAN(7, 100), 0, PRE_NONE, 0, 0),
	ROW("edma_get_position: slot out of range", "returns 0", GET_POS,
	    RANGE_SLOT, 0, PRE_NONE, 0, 0),
	ROW("edma_get_position: after remove", "returns 0", GET_POS,
	    OWN_SLOT, 0, PRE_REMOVE, 0, 0),

	ROW("edma_get_position_both: bad controller", "both set to 0",
	    GET_POS_BOTH, EDMA_CTLR_CHAN(7, 100), 0, PRE_NONE, 0, CHK_ZERO),
	ROW("edma_get_position_both: NULL pointers", "nothing written",
	    GET_POS_BOTH, OWN_SLOT, 1, PRE_NONE, 0, 0),
	ROW("edma_get_position_both: after remove", "both set to 0",
	    GET_POS_BOTH, OWN_SLOT, 0, PRE_REMOVE, 0, CHK_ZERO),
};

static void badinput_desc(const struct badinput_row *row, char *desc)
{
	strscpy(desc, row->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(badinput, badinput_rows, badinput_desc);

/* Registers and PaRAM of both controllers. */
#define SNAP_WORDS	(0x8000 / 4)

static void snapshot(u32 *buf)
{
	unsigned int c, off;

	for (c = 0; c < 2; c++)
		for (off = 0; off < 0x8000; off += 4)
			buf[c * SNAP_WORDS + off / 4] =
				edma3_peek(edma_test_cc(c), off);
}

static void do_free(const struct badinput_row *row)
{
	switch (row->fn) {
	case FREE_CHANNEL:
		edma_free_channel(row->handle);
		break;
	case FREE_SLOT_FN:
		edma_free_slot(row->handle);
		break;
	default:
		edma_free_cont_slots(row->handle, row->arg);
		break;
	}
}

static long badinput_call(const struct badinput_row *row, struct edmacc_param *out,
		    dma_addr_t *pos)
{
	u32 h = row->handle;
	struct edmacc_param p = { .opt = TCINTEN, .ccnt = 1 };

	switch (row->fn) {
	case ALLOC_CHANNEL:
		return edma_alloc_channel(h, edma_test_cb, NULL, (int)row->arg);
	case FREE_CHANNEL:
		edma_free_channel(h);
		break;
	case ASSIGN_EVENTQ:
		edma_assign_channel_eventq(h, row->arg);
		break;
	case START:
		return edma_start(h);
	case STOP:
		edma_stop(h);
		break;
	case PAUSE:
		edma_pause(h);
		break;
	case RESUME:
		edma_resume(h);
		break;
	case CLEAN:
		edma_clean_channel(h);
		break;
	case CLEAR_EVENT:
		edma_clear_event(h);
		break;
	case TRIGGER:
		return edma_trigger_channel(h);
	case ALLOC_SLOT:
		return edma_alloc_slot(h, (int)row->arg);
	case FREE_SLOT_FN:
		edma_free_slot(h);
		break;
	case ALLOC_CONT:
		return edma_alloc_cont_slots(h, row->id, row->arg >> 16,
					     row->arg & 0xffff);
	case FREE_CONT:
		return edma_free_cont_slots(h, (int)row->arg);
	case SET_SRC:
		edma_set_src(h, 0xc0001000, FIFO, W32BIT);
		break;
	case SET_DEST:
		edma_set_dest(h, 0xc0001000, FIFO, W32BIT);
		break;
	case SET_SRC_INDEX:
		edma_set_src_index(h, -4, 64);
		break;
	case SET_DEST_INDEX:
		edma_set_dest_index(h, -4, 64);
		break;
	case SET_XFER:
		edma_set_transfer_params(h, 4, 8, 2, 8, ABSYNC);
		break;
	case LINK:
		edma_link(h, row->arg);
		break;
	case UNLINK:
		edma_unlink(h);
		break;
	case WRITE_SLOT:
		edma_write_slot(h, row->arg ? NULL : &p);
		break;
	case READ_SLOT:
		edma_read_slot(h, row->arg ? NULL : out);
		break;
	case GET_POS:
		return edma_get_position(h, true);
	case GET_POS_BOTH:
		if (row->arg)
			edma_get_position_both(h, NULL, NULL);
		else
			edma_get_position_both(h, &pos[0], &pos[1]);
		break;
	}
	return 0;
}

static void bad_input_row(struct kunit *test)
{
	const struct badinput_row *row = test->param_value;
	u32 *before = kunit_kcalloc(test, 2 * SNAP_WORDS, 4, GFP_KERNEL);
	u32 *after = kunit_kcalloc(test, 2 * SNAP_WORDS, 4, GFP_KERNEL);
	struct edmacc_param out, zero = { 0 };
	dma_addr_t pos[2] = { 1, 1 };
	unsigned int warns, i;
	u32 w[8];
	long ret;

	/* a WARN provoked on purpose is a splat in a real kernel */
	if (row->check == CHK_WARN)
		ET_REQUIRE(test, HOST_CAP_WARN);
	KUNIT_ASSERT_NOT_NULL(test, before);
	KUNIT_ASSERT_NOT_NULL(test, after);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(OWN_CH, edma_test_cb, NULL,
						 EVENTQ_0), OWN_CH);
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 100), OWN_SLOT);
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 120), CC1_SLOT);
	KUNIT_ASSERT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 110, 2), RUN_SLOT);
	if (row->pre == PRE_REMOVE)
		host_platform_unregister_all();
	else if (row->pre == PRE_FREE)
		do_free(row);

	snapshot(before);
	warns = host_warn_count();
	memset(&out, 0x5a, sizeof(out));
	ret = badinput_call(row, &out, pos);
	host_irq_poll();
	snapshot(after);

	KUNIT_EXPECT_EQ(test, ret, row->ret);
	for (i = 0; i < 2 * SNAP_WORDS; i++) {
		if (before[i] != after[i]) {
			KUNIT_FAIL(test, "CC%u word %#x changed: %#x -> %#x",
				   i / SNAP_WORDS, (i % SNAP_WORDS) * 4,
				   before[i], after[i]);
			break;
		}
	}
	KUNIT_EXPECT_EQ(test, host_warn_count() - warns,
			row->check == CHK_WARN ? 1u : 0u);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
	if (row->fn == READ_SLOT && row->check == CHK_ZERO)
		KUNIT_EXPECT_TRUE(test, !memcmp(&out, &zero, sizeof(out)));
	if (row->fn == READ_SLOT && row->check == CHK_SET) {
		edma_test_param(0, EDMA_CHAN_SLOT(row->handle), w);
		KUNIT_EXPECT_TRUE(test, !memcmp(&out, w, sizeof(out)));
	}
	if (row->fn == GET_POS_BOTH) {
		KUNIT_EXPECT_EQ(test, pos[0], (dma_addr_t)(row->arg ? 1 : 0));
		KUNIT_EXPECT_EQ(test, pos[1], (dma_addr_t)(row->arg ? 1 : 0));
	}
}

static struct kunit_case edma_badinput_cases[] = {
	KUNIT_CASE_PARAM(bad_input_row, badinput_gen_params),
	{}
};

static struct kunit_suite edma_badinput_suite = {
	.name = "edma_badinput",
	.init = edma_test_init_da850_dsp,
	.exit = edma_test_exit,
	.test_cases = edma_badinput_cases,
};

kunit_test_suite(edma_badinput_suite);
