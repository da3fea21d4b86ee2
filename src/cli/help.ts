/** Help texts: `postcloud --help` and `postcloud <command> --help`. */

export const mainHelp = `postcloud — word clouds and tooling for Markdown report posts

Usage: postcloud <command> [options]

Commands:
  cloud <post> | --all <folder>
                              Draw a post's word cloud as a JPG and link it from the post
  fm get <post> [key]         Print a post's front matter as JSON, or one value
  fm set <post> key=value…    Change front matter keys in place, every other byte kept
  keywords <file-or-folder>   Top words of a post, or of a folder of posts as one corpus
  lint <folder>               Check the posts of a folder (front matter, dates, images, clouds)
  new <folder> <title>        Start a post from a template, as the window's New Post does
  preview <post> | --all <folder>
                              The post's page as its Jekyll site publishes it (no Ruby needed)
  samples <dir>               Write a fresh copy of the sample site to try the commands on
  serve [folder]              Serve the Postcloud window to a browser on this machine
  trends <post>               What a post says that the posts of its series before it did not

Options:
  -h, --help                  Show help (also: postcloud <command> --help)
  -v, --version               Show the version

Environment:
  POSTCLOUD_DATA_DIR          The app's data folder (default: ~/.config/Postcloud on Linux)

No command writes into Postcloud's own resources folder (the bundled sample site among
them): run the commands on a copy made with postcloud samples <dir>.
`

export const newHelp = `Usage: postcloud new <folder> <title> [--template NAME] [--draft] [--date ISO] [--json]

Creates a post exactly as the window's New Post does: in a Jekyll site
_posts/YYYY-MM-DD-<slug>.md (_drafts/<slug>.md with --draft), <slug>.md elsewhere; a taken
name gets -2, -3…, and nothing is overwritten. The date is written in the site's timezone from
_config.yml when it names one, else in this machine's zone, and the file name's day is that
zone's day. The report template fills its series and days from a title shaped
<series>_<YYYYMMDD>_<YYYYMMDD> (twitter_ai_20251111_20251111) and links the word cloud where
postcloud cloud and the window's Export will write it.

Options:
  --template NAME   A template's name: report (the default), blank, or one of the folder's
                    .postcloud/templates/NAME.md, which wins over a bundled one of that name;
                    an id such as bundled:report or folder:daily works too
  --draft           Write into _drafts/ (a Jekyll site)
  --date ISO        The instant to stamp, e.g. 2025-11-11T20:30:00Z (default: now), written
                    in the site's zone
  --json            Print {"id","path"}: id relative to the folder, path absolute
  -h, --help        Show this help

Prints the new file's path. Exit status: 0 when the post was created, 1 when it could not be
(an unknown template lists the names there are), 2 for a usage error.
`

export const samplesHelp = `Usage: postcloud samples <dir>

Writes a fresh copy of the bundled sample site (a small Jekyll site with five report posts, a
draft, their word clouds and .postcloud/ settings) into <dir>, which must be new or empty, and
lists the files written. Every command can then be tried on the copy; none writes into the
bundled original.
`

export const trendsHelp = `Usage: postcloud trends <post> [options]

Compares a post's words with those of the posts of its series dated just before it (the
baseline), each counted as postcloud keywords <post> --top 0 counts it. A post's series is its
series:, else its first category, else its title without dates.

  new       words with count >= 2 in the post and in no baseline post, by count
  rising    words with count >= 2 that the baseline has, whose share grew: the 20 highest of
            score = log2((c+1)/(T+V)) - log2((b+1)/(B+V))
  falling   baseline words with b >= 4 whose share shrank: the 20 lowest scores
  (c, b: the word's count in the post and over the baseline; T, B: their totals; V: the
  distinct words of both; ties in code point order)

Options:
  --baseline N    How many earlier posts make the baseline (default 8)
  --json          Print one JSON object:
                  {"series":{"key","posts"}|null,"baseline":[ids],"new":[{"word","count"}],
                  "rising":[{"word","count","baseline","score"}],"falling":[…],"ms"}
  -h, --help      Show this help
`

export const keywordsHelp = `Usage: postcloud keywords <file-or-folder> [options]

Counts the words of the prose of Markdown posts, segmented with jieba. Front matter, code,
URLs, link and image targets, HTML and Markdown syntax, numbers and stopwords are left out;
link text is kept. A folder (all .md and .markdown files in it, recursively) is one corpus.

Words are counted as a writer means them: debris of jieba's guesses (低且) is split, terms a post
always writes whole (具身智能) count as one, and in a series of 5 or more posts (same series:,
else first category, else title without dates) the lines at least half of them repeat are
template text whose words are not counted, nor are the bundled templates' headings. A post
belongs to the nearest enclosing folder holding _config.yml or .postcloud/, else its own.

Options:
  --top N         How many words to show (default 50; 0 for all)
  --emphasis E    count (the default) or distinctive: TF-IDF of the post against the rest of
                  its series (the folder when it has none), so words every issue uses fade
  --json          Print one JSON object:
                  {"words":[{"word","count","weight","score","parts"?}],"emphasis","files",
                  "chars","tokens","ms","boilerplate"?}
                  words sorted by score (the count, or the distinctive score); weight =
                  TF-IDF with jieba's IDF table; parts = a compound term's words; boilerplate
                  (one post) = {"series","posts","enabled","lines"}
  -h, --help      Show this help

Stopwords and the user dictionary of the nearest folder holding .postcloud/ apply
(.postcloud/stopwords.txt, .postcloud/userdict.txt), and so do its word rules (split terms,
the boilerplate switch) in .postcloud/cloud.json. Segmentations are cached in
POSTCLOUD_CACHE_DIR, else the platform's cache folder (~/.cache/postcloud), at most 200 MB.
`

export const serveHelp = `Usage: postcloud serve [folder] [options]

Serves the Postcloud window on http://127.0.0.1 with a random access token. Without a folder
it opens the last folder used, else a copy of the bundled sample posts. Open the printed
address (http://127.0.0.1:PORT/?token=…): the page keeps the token for its tab and removes it
from the address bar. Ctrl-C stops the server.

Options:
  --port N      Port to listen on (default: a free one)
  --token T     Access token (default: random)
  --no-open     Do not open a browser
  -h, --help    Show this help
`

export const cloudHelp = `Usage: postcloud cloud <post.md> [options]
       postcloud cloud --all <folder> [--force] [--keep-link] [--json]

Draws the word cloud of a post's prose (segmented with jieba, the folder's stopwords, user
dictionary and word edits applied) and writes it as a JPG where the window's Export would: where
the post already links its cloud, else by the folder's naming rule (beside the post, or under
assets/wordclouds/ in a Jekyll site). The post gets a "## 词云分析" section with the link, or its
link is updated; the options used are remembered for the post in .postcloud/cloud.json. The same
post, options and seed give a byte-identical file. A file Postcloud did not write is never
overwritten: the command stops with exit status 1 and the reason.

In a Jekyll site, a cloud link the published site would not resolve (a bare wordcloud_x.jpg
beside a post in _posts/, which Jekyll never copies) is moved to the folder's rule: the image goes
to assets/wordclouds/ and the link becomes <baseurl>/assets/wordclouds/<name>. Each move is said
on standard error, naming the old link and the new; the exit status stays 0.

Options:
  --out FILE          Write the JPG to FILE instead (never over an existing file; the post is
                      not changed)
  --width W           Width in pixels (default 1200, or the post's remembered options)
  --height H          Height in pixels (default 800)
  --max-words N       Most words drawn (default 200)
  --seed S            Layout seed (default: the post's remembered seed)
  --shape NAME        rectangle or ellipse
  --mask FILE.png     Fill the opaque, non-white area of a PNG silhouette (one from
                      outside the folder is copied into .postcloud/masks/ first)
  --palette NAME      postcloud, viridis, ocean, sunset, forest, ink or pastel
  --colors MODE       by-seed (the default: colours drawn with the layout) or by-word (a
                      word's colour comes from the word alone: the same in every cloud drawn
                      with the same palette); remembered for the post like the other options
  --emphasis E        count (words sized by how often the post says them, the default) or
                      distinctive (against the rest of the post's series: words every issue
                      uses fade); remembered for the post like the other options
  --json              Print one JSON object:
                      {"out","width","height","requested","placed","seed","ms","inked"}
                      ms = layout, painting and JPEG encoding inside the process;
                      inked = share of pixels that differ from the background
  --all               Redraw every cloud of the folder whose post text or options changed
                      since it was made, or whose image is gone (posts without a cloud and
                      images not written by Postcloud are skipped), with a progress bar and a
                      summary; exit status 1 when any post failed
  --force             With --all: draw a cloud for every post
  --keep-link         Write where such a link points anyway, and leave the link as it is
  -h, --help          Show this help
`

export const fmHelp = `Usage: postcloud fm get <post.md> [key]
       postcloud fm set <post.md> key=value [key=value ...] [--unset key] [--string] [--force]

get prints the post's front matter as pretty JSON, keys in the file's order (a post without
front matter prints {}), or with a key only that value: a string as it is, anything else as
JSON. A key the post does not have is exit status 1. Dates stay the strings the file has
(2025-11-11 15:33:03 +0800); 0123 is the number 123 (YAML 1.2, as Postcloud reads every post).

set changes only the named top-level keys, in place: every other byte of the file (comments,
quoting, key order, date formats, CRLF line endings, the BOM, the body) stays as it was; a
changed string keeps its quoting, a new key is added at the end of the block, and a post
without front matter gets a block. Values are read as YAML reads them: draft=true is a
boolean, count=3 a number, title=你好 and date=2025-11-11 15:33:03 +0800 strings,
tags=[日报, AI] a list, and YAML quotes make a string (count='"3"' is the string 3). A value
YAML would read as something else than what was typed (a #comment, "a: b") stays the typed
text. key= sets the empty string; null is refused (use --unset). The file is written
atomically (a temp file renamed over it, mode kept) and only if it is still what was read.
A date that cannot be read (date=2025/13/45, date=) would stop jekyll build, so it is refused:
exit status 1, the file untouched; write it like date=2025-11-11 15:33:03 +0800.

Options:
  --string       Write every value as a string, exactly as typed
  --force        Write a date that cannot be read anyway
  --unset KEY    Remove KEY (repeatable; a key the post does not have is no change)
  -h, --help     Show this help

A post whose front matter cannot be read (never closed, invalid YAML, duplicate keys, ---js)
is refused with the reason and its line and column: exit status 1, the file untouched.
`

export const lintHelp = `Usage: postcloud lint <folder> [--json]

Checks every Markdown file in the folder (recursively, skipping what Postcloud's post list
skips: dot-folders, _site, node_modules, vendor/bundle). Links are resolved against the site
the folder belongs to (the nearest folder up with _config.yml or .postcloud/): root-relative
images against the site root after its baseurl, {{ site.baseurl }} substituted.

Errors (exit status 1):
  front-matter    front matter never closed, invalid YAML or ---js (with line and column)
  duplicate-key   a front matter key written twice
  date-mismatch   the front matter date is another day than the YYYY-MM-DD- file name (in the
                  site's timezone when _config.yml has one)
  missing-image   an image (![..](..) or <img src>) whose file is not there
  image-outside   an image leading outside the site (.., /abs outside a Jekyll site, a
                  symbolic link out, file: URLs, backslashes)
  unpublished-image
                  an image the published Jekyll site would request at a URL that serves
                  no such file (x.jpg beside a post in _posts/, which Jekyll never copies);
                  the URL is resolved against the post's permalink and baseurl
  unreadable      a file that is binary, not UTF-8 or too large
Warnings:
  missing-title   no title
  missing-date    no date in the front matter and none in the file name
  no-cloud-link   no word cloud linked (![词云图](…) or an image named wordcloud…)
  stale-cloud     the post's text or cloud options changed since Postcloud drew its cloud
                  (postcloud cloud --all redraws it)
In a Jekyll site the title, date and cloud rules apply to posts (_posts/, _drafts/) only.
Remote and data: images are not checked.

Options:
  --json       Print one JSON object: {"files","errors","warnings","findings":[{"file",
               "line","column","rule","severity","message"}]}; file is relative to the
               folder, line and column are 1-based and left out when unknown
  -h, --help   Show this help

Exit status: 0 without errors (warnings allowed), 1 with errors, 2 for a usage error.
`

export const previewHelp = `Usage: postcloud preview <post> [--out FILE] [--json]
       postcloud preview --all <folder> --out-dir DIR [--json]

Renders a post inside its own Jekyll site (layouts, includes, _data, Sass, the installed theme)
as the Site view shows it, with the site's own URLs, so the page can be dropped into a built
site. No Ruby is needed. Without --out the page goes to standard output.

Options:
  --out FILE      Write the page to FILE
  --all           Every published post of the folder (drafts left out), each written to
                  DIR/<its URL> (index.html when the URL ends in /), like Jekyll's _site
  --out-dir DIR   Where --all writes
  --json          Print {"file","url","out","layouts","ms","warnings":[{"file","line","message"}]},
                  with --all {"posts":[…],"ms"}; url is page.url without the baseurl
  -h, --help      Show this help

Exit status: 0 when every page was written (warnings are printed, not fatal), 1 when a post
could not be rendered at all, 2 for a usage error.
`
