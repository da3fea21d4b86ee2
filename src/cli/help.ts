/** Help texts: `postcloud --help` and `postcloud <command> --help`. */

export const mainHelp = `postcloud — word clouds and tooling for Markdown report posts

Usage: postcloud <command> [options]

Commands:
  cloud <post> | --all <folder>
                              Draw a post's word cloud as a JPG and link it from the post
  keywords <file-or-folder>   Top words of a post, or of a folder of posts as one corpus
  serve [folder]              Serve the Postcloud window to a browser on this machine

Options:
  -h, --help                  Show help (also: postcloud <command> --help)
  -v, --version               Show the version

Environment:
  POSTCLOUD_DATA_DIR          The app's data folder (default: ~/.config/Postcloud on Linux)
`

export const keywordsHelp = `Usage: postcloud keywords <file-or-folder> [options]

Counts the words of the prose of Markdown posts, segmented with jieba. Front matter, code,
URLs, link and image targets, HTML and Markdown syntax, numbers and stopwords are left out;
link text is kept. A folder (all .md and .markdown files in it, recursively) is one corpus.

Options:
  --top N      How many words to show (default 50; 0 for all)
  --json       Print one JSON object:
               {"words":[{"word","count","weight"}],"files","chars","tokens","ms"}
               words sorted by count, weight = TF-IDF with jieba's IDF table
  -h, --help   Show this help

Stopwords and the user dictionary of the nearest folder holding .postcloud/ apply
(.postcloud/stopwords.txt, .postcloud/userdict.txt).
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
       postcloud cloud --all <folder> [--force] [--json]

Draws the word cloud of a post's prose (segmented with jieba, the folder's stopwords, user
dictionary and word edits applied) and writes it as a JPG where the window's Export would: where
the post already links its cloud, else by the folder's naming rule (beside the post, or under
assets/wordclouds/ in a Jekyll site). The post gets a "## 词云分析" section with the link, or its
link is updated; the options used are remembered for the post in .postcloud/cloud.json. The same
post, options and seed give a byte-identical file. A file Postcloud did not write is never
overwritten: the command stops with exit status 1 and the reason.

Options:
  --out FILE          Write the JPG to FILE instead (never over an existing file; the post is
                      not changed)
  --width W           Width in pixels (default 1200, or the post's remembered options)
  --height H          Height in pixels (default 800)
  --max-words N       Most words drawn (default 200)
  --seed S            Layout seed (default: the post's remembered seed)
  --shape NAME        rectangle or ellipse
  --mask FILE.png     Fill the opaque, non-white area of a PNG silhouette
  --palette NAME      postcloud, viridis, ocean, sunset, forest, ink or pastel
  --json              Print one JSON object:
                      {"out","width","height","requested","placed","seed","ms","inked"}
                      ms = layout, painting and JPEG encoding inside the process;
                      inked = share of pixels that differ from the background
  --all               Redraw every cloud of the folder whose post text or options changed
                      since it was made, or whose image is gone (posts without a cloud and
                      images not written by Postcloud are skipped), with a progress bar and a
                      summary; exit status 1 when any post failed
  --force             With --all: draw a cloud for every post
  -h, --help          Show this help
`
