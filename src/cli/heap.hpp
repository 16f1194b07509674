#pragma once

namespace redraft::cli {

// Tunes the C library's heap for a short run that builds large structures once: on virtual
// machines a page fault is a trap to the hypervisor, and thousands of them were half of a 1 MB
// diff's CPU time. Call first thing in main(), before threads start. A no-op where the C library
// or the kernel offers none of it (and under sanitizers, which bring their own allocator).
void prepare_heap();

} // namespace redraft::cli
