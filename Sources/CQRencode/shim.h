#ifndef NOABER_CQRENCODE_SHIM_H
#define NOABER_CQRENCODE_SHIM_H

// Debian's libqrencode (libqrencode-dev). Only NoaberQR imports this module.
#include <errno.h>
#include <qrencode.h>

/// The thread's `errno` after a failed `QRcode_encodeString` (Swift cannot read the `errno` macro portably).
static inline int noaber_qrErrno(void) { return errno; }

/// Clears `errno` before a call whose failure is reported through it.
static inline void noaber_qrClearErrno(void) { errno = 0; }

#endif
