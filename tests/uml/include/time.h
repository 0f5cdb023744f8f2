/* SPDX-License-Identifier: GPL-2.0 */
/* <time.h> for plain-C test sources built as kernel code (tests/uml). */
#ifndef _EDMA_UML_TIME_H
#define _EDMA_UML_TIME_H

#include <linux/delay.h>
#include <linux/time64.h>

#define timespec		timespec64
#define nanosleep(ts, rem)	\
	((void)(rem), msleep(DIV_ROUND_UP(timespec64_to_ns(ts), NSEC_PER_MSEC)))

#endif
