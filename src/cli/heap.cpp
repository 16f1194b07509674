// The allocator's settings. redraft's executable is linked with jemalloc (REDRAFT_STATIC_DEPS,
// CMakeLists.txt): glibc's allocator either serialises the worker threads on one arena or gives
// each thread an arena that is faulted in 4 KiB at a time, and on virtual machines page faults were
// half of a 1 MB diff's CPU time. jemalloc reads its options from this symbol when it starts:
// transparent huge pages for data and metadata (one fault per 2 MiB), and a typo in the options
// aborts every run rather than being ignored. docs/benchmarks.md, "Startup and memory".
#ifdef REDRAFT_WITH_JEMALLOC
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's interface.
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always,abort_conf:true";
}
#endif
