<?php
// Diffs two files (one paragraph per line) with wikidiff2, moved-paragraph detection on when
// run with -d wikidiff2.moved_paragraph_detection_cutoff=N above the number of changed lines.
// Prints the size of the HTML it produced, so that the work cannot be skipped.
$old = file_get_contents($argv[1]);
$new = file_get_contents($argv[2]);
echo strlen(wikidiff2_do_diff($old, $new, 2)), "\n";
