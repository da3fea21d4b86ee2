/** Help texts: `postcloud --help` and `postcloud <command> --help`. */

export const mainHelp = `postcloud — word clouds and tooling for Markdown report posts

Usage: postcloud <command> [options]

Commands:
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
