/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tracepoints of the TI EDMA3 private API (arch/arm/common/edma*.c).
 *
 * Channels are named by controller and channel number, rings by the
 * channel they run on, so that a trace can be matched with the debugfs
 * files under /sys/kernel/debug/edma/.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM edma

#if !defined(_TRACE_EDMA_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_EDMA_H

#include <linux/tracepoint.h>
#include <linux/types.h>

#ifndef _TRACE_EDMA_ERROR_KINDS
#define _TRACE_EDMA_ERROR_KINDS
/* What went wrong, as the error handlers tell it (trace_edma_error()). */
enum edma_trace_error {
	EDMA_TRACE_MISSED_EVENT,
	EDMA_TRACE_QUEUE_THRESHOLD,
	EDMA_TRACE_TCC_ERROR,
	EDMA_TRACE_TC_ERROR,
};
#endif

/* The values into the trace format, for user space to decode. */
TRACE_DEFINE_ENUM(EDMA_TRACE_MISSED_EVENT);
TRACE_DEFINE_ENUM(EDMA_TRACE_QUEUE_THRESHOLD);
TRACE_DEFINE_ENUM(EDMA_TRACE_TCC_ERROR);
TRACE_DEFINE_ENUM(EDMA_TRACE_TC_ERROR);

DECLARE_EVENT_CLASS(edma_chan,
		    TP_PROTO(unsigned int ctlr, unsigned int ch),
		    TP_ARGS(ctlr, ch),
		    TP_STRUCT__entry(__field(unsigned int, ctlr)
				     __field(unsigned int, ch)),
		    TP_fast_assign(__entry->ctlr = ctlr;
				   __entry->ch = ch;),
		    TP_printk("cc%u ch%u", __entry->ctlr, __entry->ch)
);

/* edma_start(), edma_trigger_channel(): the event enabled, or a trigger */
DEFINE_EVENT(edma_chan, edma_chan_start,
	     TP_PROTO(unsigned int ctlr, unsigned int ch),
	     TP_ARGS(ctlr, ch)
);

/* edma_stop() and edma_free_channel(): the channel stopped */
DEFINE_EVENT(edma_chan, edma_chan_stop,
	     TP_PROTO(unsigned int ctlr, unsigned int ch),
	     TP_ARGS(ctlr, ch)
);

/* the completion interrupt reports a channel's transfer complete */
DEFINE_EVENT(edma_chan, edma_chan_complete,
	     TP_PROTO(unsigned int ctlr, unsigned int ch),
	     TP_ARGS(ctlr, ch)
);

/*
 * An error the controller or a transfer controller raised: index is the
 * channel (missed event), the queue (threshold), the TC (TC error) or 0
 * (TCC error); detail the raw bits (EMR bank word, CCERR, TC ERRSTAT).
 */
TRACE_EVENT(edma_error,
	    TP_PROTO(unsigned int ctlr, enum edma_trace_error kind,
		     unsigned int index, u32 detail),
	    TP_ARGS(ctlr, kind, index, detail),
	    TP_STRUCT__entry(__field(unsigned int, ctlr)
			     __field(unsigned int, kind)
			     __field(unsigned int, index)
			     __field(u32, detail)),
	    TP_fast_assign(__entry->ctlr = ctlr;
			   __entry->kind = kind;
			   __entry->index = index;
			   __entry->detail = detail;),
	    TP_printk("cc%u %s %u detail %#x", __entry->ctlr,
		      __print_symbolic(__entry->kind,
				       { EDMA_TRACE_MISSED_EVENT, "missed-event" },
				       { EDMA_TRACE_QUEUE_THRESHOLD, "queue-threshold" },
				       { EDMA_TRACE_TCC_ERROR, "tcc-error" },
				       { EDMA_TRACE_TC_ERROR, "tc-error" }),
		      __entry->index, __entry->detail)
);

DECLARE_EVENT_CLASS(edma_ring_count,
		    TP_PROTO(unsigned int ctlr, unsigned int ch,
			     unsigned int count),
		    TP_ARGS(ctlr, ch, count),
		    TP_STRUCT__entry(__field(unsigned int, ctlr)
				     __field(unsigned int, ch)
				     __field(unsigned int, count)),
		    TP_fast_assign(__entry->ctlr = ctlr;
				   __entry->ch = ch;
				   __entry->count = count;),
		    TP_printk("cc%u ch%u count %u", __entry->ctlr, __entry->ch,
			      __entry->count)
);

/* edma_ring_notify(): one doorbell for count new buffers */
DEFINE_EVENT(edma_ring_count, edma_ring_kick,
	     TP_PROTO(unsigned int ctlr, unsigned int ch, unsigned int count),
	     TP_ARGS(ctlr, ch, count)
);

/* the ring calls its driver's callback; count: buffers not yet taken */
DEFINE_EVENT(edma_ring_count, edma_ring_notify,
	     TP_PROTO(unsigned int ctlr, unsigned int ch, unsigned int count),
	     TP_ARGS(ctlr, ch, count)
);

/* edma_ring_poll(): count buffers taken since the previous poll */
DEFINE_EVENT(edma_ring_count, edma_ring_poll,
	     TP_PROTO(unsigned int ctlr, unsigned int ch, unsigned int count),
	     TP_ARGS(ctlr, ch, count)
);

#endif /* _TRACE_EDMA_H */

/* Outside the guard: define_trace.h reads this header once more. */
#include <trace/define_trace.h>
