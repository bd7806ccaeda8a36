#!/usr/bin/env python3
"""Counts test cases in JUnit XML files and prints one line per suite, then
the total as "N passed, N failed". A suite whose file is missing (it crashed
or never ran) counts as one failure, so a broken suite can never look green.
Exit status: 0 when nothing failed, 1 otherwise."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def count(path: Path):
    passed = failed = skipped = 0
    root = ET.parse(path).getroot()
    for case in root.iter("testcase"):
        children = {child.tag for child in case}
        if "failure" in children or "error" in children:
            failed += 1
        elif "skipped" in children:
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped


def main(paths):
    total_passed = total_failed = total_skipped = 0
    for name in paths:
        path = Path(name)
        try:
            passed, failed, skipped = count(path)
            if passed + failed == 0:
                print(f"{path.stem}: no tests ran")
                failed = 1
        except (OSError, ET.ParseError) as error:
            print(f"{path.stem}: no results ({error.__class__.__name__})")
            passed, failed, skipped = 0, 1, 0
        else:
            print(f"{path.stem}: {passed} passed, {failed} failed, {skipped} skipped")
        total_passed += passed
        total_failed += failed
        total_skipped += skipped
    line = f"{total_passed} passed, {total_failed} failed"
    if total_skipped:
        line += f", {total_skipped} skipped"
    print(line)
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
