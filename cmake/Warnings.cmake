# Warnings are errors on the project's own targets. REDRAFT_SANITIZE adds AddressSanitizer and
# UndefinedBehaviorSanitizer; REDRAFT_FUZZ adds libFuzzer's coverage instrumentation as well.
function(redraft_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  if (REDRAFT_SANITIZE OR REDRAFT_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  if (REDRAFT_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()
