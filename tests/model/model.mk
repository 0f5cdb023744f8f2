# SPDX-License-Identifier: GPL-2.0
MODEL_SRCS := $(sort $(wildcard tests/model/*.c))
