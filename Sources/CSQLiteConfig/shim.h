#ifndef WIREWATCH_CSQLITECONFIG_SHIM_H
#define WIREWATCH_CSQLITECONFIG_SHIM_H
// Process-wide SQLite settings through sqlite3_config, which is variadic and so not callable from
// Swift. Only plain C types cross this module, so its sqlite3.h never meets GRDBSQLite's in Swift.
#include <sqlite3.h>

/// Turns off SQLite's memory statistics: with them on (the library's default), every allocation
/// and free takes a process-wide mutex. Must run before SQLite initialises (the first open);
/// returns SQLITE_OK, or SQLITE_MISUSE when it is too late.
static inline int ww_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
