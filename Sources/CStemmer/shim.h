#ifndef ALIGN_CSTEMMER_SHIM_H
#define ALIGN_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
