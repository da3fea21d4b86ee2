#!/usr/bin/python3
"""Reference for bench/keywords.mjs: Debian's python3-jieba over every .md file of a folder.

    /usr/bin/python3 bench/reference_keywords.py <folder>

Reads each file whole, segments it with jieba.cut (HMM on, jieba's default), counts with a
collections.Counter and prints one JSON object. `seconds` is measured inside the process, from
before `import jieba` to the finished count, so it includes loading jieba's dictionary but not
the interpreter's own start; the benchmark also times the whole command.
"""
import collections
import json
import os
import sys
import time

started = time.perf_counter()

import jieba  # noqa: E402  (imported after the clock starts on purpose)

jieba.setLogLevel(60)  # silence "Building prefix dict..." on stderr


def main() -> None:
    root = sys.argv[1]
    counter = collections.Counter()
    files = 0
    size = 0
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            if not name.endswith('.md'):
                continue
            with open(os.path.join(folder, name), encoding='utf-8') as handle:
                text = handle.read()
            files += 1
            size += len(text.encode('utf-8'))
            counter.update(jieba.cut(text))
    seconds = time.perf_counter() - started
    print(json.dumps({
        'files': files,
        'bytes': size,
        'tokens': sum(counter.values()),
        'distinct': len(counter),
        # After the clock: the 20 most frequent words of two or more characters, for a glance.
        'top': [(w, n) for w, n in counter.most_common(400) if len(w.strip()) > 1][:20],
        'seconds': seconds,
    }, ensure_ascii=False))


main()
