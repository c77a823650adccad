#ifndef WIREWATCH_CSTEMMER_SHIM_H
#define WIREWATCH_CSTEMMER_SHIM_H
// Snowball stemmers (Debian libstemmer-dev). Used only by the Analysis module.
#include <libstemmer.h>
#endif
