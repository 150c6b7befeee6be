#ifndef ALIGN_CCMARK_SHIM_H
#define ALIGN_CCMARK_SHIM_H
#include <cmark.h>
#endif
