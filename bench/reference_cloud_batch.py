#!/usr/bin/python3
"""Reference for bench/cloud-batch.mjs: the classic pipeline, jieba + wordcloud, post by post.

    /usr/bin/python3 bench/reference_cloud_batch.py <folder> <out-folder> [seed]

All posts in one python process (fair to the reference: the interpreter, jieba's dictionary and
matplotlib's colour maps load once). For every `.md` under <folder> (dot-folders skipped, sorted):
read it, strip the YAML front matter, `jieba.cut` (HMM on, jieba's default), count the tokens of
two or more characters that hold a letter, digit or CJK character (punctuation and Markdown marks
dropped), then `WordCloud(width=1200, height=800, max_words=200, collocations=False,
font_path=Noto CJK, random_state=seed).generate_from_frequencies(counts)` and `to_file(jpg)`.
Prints one JSON object; `seconds` runs from before the imports to the last file written, the
benchmark itself times the whole command.
"""
import time

started = time.perf_counter()

import collections  # noqa: E402  (imported after the clock starts on purpose)
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402

import jieba  # noqa: E402
from wordcloud import WordCloud  # noqa: E402

jieba.setLogLevel(60)  # silence "Building prefix dict..." on stderr

FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FRONT_MATTER = re.compile(r'\A---\r?\n.*?\r?\n---\r?\n', re.S)
WORDLIKE = re.compile(r'\w')


def posts(root: str) -> list:
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith('.'))
        found.extend(os.path.join(folder, n) for n in sorted(names) if n.endswith('.md'))
    return found


def counts(text: str) -> collections.Counter:
    body = FRONT_MATTER.sub('', text, count=1)
    return collections.Counter(
        token for token in jieba.cut(body)
        if len(token.strip()) > 1 and WORDLIKE.search(token)
    )


def main() -> None:
    root, out_dir = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    os.makedirs(out_dir, exist_ok=True)
    written = []
    for path in posts(root):
        with open(path, encoding='utf-8') as handle:
            words = counts(handle.read())
        cloud = WordCloud(width=1200, height=800, max_words=200, collocations=False,
                          font_path=FONT, random_state=seed)
        cloud.generate_from_frequencies(words)
        out = os.path.join(out_dir, os.path.splitext(os.path.basename(path))[0] + '.jpg')
        cloud.to_file(out)
        written.append({'post': os.path.relpath(path, root), 'words': len(words),
                        'placed': len(cloud.layout_)})
    print(json.dumps({
        'posts': len(written),
        'seconds': time.perf_counter() - started,
        'placed': sum(w['placed'] for w in written),
        'files': written,
    }, ensure_ascii=False))


main()
