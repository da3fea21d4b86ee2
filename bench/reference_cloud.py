#!/usr/bin/python3
"""Reference for bench/cloud-layout.mjs: amueller's wordcloud (Debian python3-wordcloud) on word lists.

    /usr/bin/python3 bench/reference_cloud.py <job.json>

The job names the canvas, the font, an output folder and, per post, a word list
(`[[word, count], ...]`) and the seeds to draw it with. For every post and seed this builds
`WordCloud(width, height, max_words, collocations=False, font_path, random_state=seed)`, calls
`generate_from_frequencies(counts)` and `to_file(<out>.jpg)`, and times exactly those three
steps with `time.perf_counter` (the imports and the interpreter's start are outside the clock).
After the clock it measures the picture: `placed` is `len(wc.layout_)`, `inked` the share of the
pixels of `wc.to_image()` (the image `to_file` saves, drawn again) that differ from the
background colour. One untimed run first warms the font file and numpy. Prints one JSON object.
"""
import json
import os
import sys
import time

import numpy
from PIL import ImageColor
from wordcloud import WordCloud


def draw(job: dict, counts: dict, seed: int, out: str) -> WordCloud:
    cloud = WordCloud(
        width=job['width'],
        height=job['height'],
        max_words=job['max_words'],
        collocations=False,
        font_path=job['font'],
        random_state=seed,
    )
    cloud.generate_from_frequencies(counts)
    cloud.to_file(out)
    return cloud


def inked_share(cloud: WordCloud) -> float:
    pixels = numpy.asarray(cloud.to_image().convert('RGB'))
    background = numpy.array(ImageColor.getrgb(cloud.background_color)[:3], dtype=pixels.dtype)
    return float(numpy.any(pixels != background, axis=2).mean())


def main() -> None:
    with open(sys.argv[1], encoding='utf-8') as handle:
        job = json.load(handle)
    os.makedirs(job['out_dir'], exist_ok=True)
    posts = job['posts']
    first = posts[0]
    draw(job, dict(first['counts']), first['seeds'][0], os.path.join(job['out_dir'], 'warm-up.jpg'))

    results = []
    for post in posts:
        counts = dict(post['counts'])
        runs = []
        for seed in post['seeds']:
            out = os.path.join(job['out_dir'], f"{post['name']}-{seed}.jpg")
            started = time.perf_counter()
            cloud = draw(job, counts, seed, out)
            ms = (time.perf_counter() - started) * 1000
            runs.append({
                'seed': seed,
                'ms': ms,
                'placed': len(cloud.layout_),
                'inked': inked_share(cloud),
                'bytes': os.path.getsize(out),
            })
        results.append({
            'name': post['name'],
            'requested': min(len(counts), job['max_words']),
            'runs': runs,
        })
    print(json.dumps({'posts': results}, ensure_ascii=False))


main()
