import { defineMessages } from '../i18n/types'

/**
 * What a writer reads for a failure (see ui/errorText.ts): a sentence per error code, and a more
 * specific one per situation a throw site names as its `reason` (`errors.<CODE>.<reason>`,
 * listed in shared/error-reasons.ts), with places for the error's params. `errors.withDetail`
 * says how a code's sentence goes with the back end's English detail when no params fill it:
 * English shows the detail, Chinese does not mix it in.
 */
export const errorMessages = defineMessages({
  en: {
    'errors.NO_FOLDER': 'No folder is open.',
    'errors.NOT_FOUND': 'Not found.',
    'errors.NOT_FOUND.file': '“{path}” does not exist: it was moved or deleted.',
    'errors.NOT_FOUND.folder': 'The folder “{path}” does not exist.',
    'errors.NOT_FOUND.trashEntry': 'This post is no longer in the trash.',
    'errors.NOT_FOUND.historyVersion':
      'This version of “{path}” is no longer in its local history.',
    'errors.NOT_FOUND.historyDamaged':
      'This version of “{path}” is damaged and cannot be restored.',
    'errors.NOT_FOUND.template': 'There is no template “{name}”.',
    'errors.NOT_A_FOLDER': 'That is not a folder.',
    'errors.NOT_A_FOLDER.file': '“{path}” is a file, not a folder.',
    'errors.OUTSIDE_FOLDER': 'Refused: that path leads outside the open folder.',
    'errors.OUTSIDE_FOLDER.cloudLink':
      'The post’s cloud link “{link}” points outside the open folder. Nothing was written.',
    'errors.OUTSIDE_FOLDER.otherFolder':
      'This post was deleted from another folder ({folder}). Open that folder to restore it.',
    'errors.INVALID_ARGUMENT': 'Not possible:',
    'errors.INVALID_ARGUMENT.isFolder': '“{path}” is a folder, not a file.',
    'errors.INVALID_ARGUMENT.notPost': '“{path}” is not a Markdown post (.md or .markdown).',
    'errors.INVALID_ARGUMENT.nameTooLong': 'The name “{path}” is too long for the file system.',
    'errors.INVALID_ARGUMENT.linkLoop': '“{path}” is a symbolic link that leads back to itself.',
    'errors.INVALID_ARGUMENT.emptyFolderPath': 'Type the path of the folder to open.',
    'errors.INVALID_ARGUMENT.trashInFolder':
      'The app’s trash is inside the open folder, so a deleted post would stay in it. Nothing was deleted.',
    'errors.INVALID_ARGUMENT.emptyName': 'The new name is empty.',
    'errors.INVALID_ARGUMENT.notBareName':
      '“{name}” is not a bare file name: it must not contain / or \\.',
    'errors.INVALID_ARGUMENT.hiddenName':
      '“{name}” starts with a dot: such files are hidden and not listed as posts.',
    'errors.INVALID_ARGUMENT.reservedCharacter':
      '“{name}” contains {character}, which Windows does not allow in names.',
    'errors.INVALID_ARGUMENT.controlCharacter':
      '“{name}” contains a control character, which Windows does not allow in names.',
    'errors.INVALID_ARGUMENT.nameEdges':
      '“{name}” begins or ends with a space, or ends with a dot.',
    'errors.INVALID_ARGUMENT.notMarkdownName':
      '“{name}” must end in .md or .markdown to stay a post.',
    'errors.INVALID_ARGUMENT.deviceName': '“{name}” is a device name on Windows.',
    'errors.INVALID_ARGUMENT.nameBytes':
      'The name is longer than {limit} bytes (a Chinese character takes 3).',
    'errors.INVALID_ARGUMENT.emptyTitle': 'A new post needs a title.',
    'errors.INVALID_ARGUMENT.frontMatterKey': '“{key}” cannot be a front matter key.',
    'errors.INVALID_ARGUMENT.unreadableDate':
      '“{value}” cannot be read as a date, and jekyll build stops at such a date. Write it like {example}.',
    'errors.INVALID_ARGUMENT.imageType':
      'Only PNG, JPEG, GIF and WebP images can be put into a post.',
    'errors.INVALID_ARGUMENT.remoteCloudLink':
      'The post links a cloud image on the web ({link}); Postcloud writes only files in the folder. Change the link to a local path to export.',
    'errors.INVALID_ARGUMENT.cloudLinkScheme':
      'The post’s cloud link {link} is not a file Postcloud can write to.',
    'errors.INVALID_ARGUMENT.cloudLinkNotPath':
      'The post’s cloud link “{link}” is not a file path.',
    'errors.INVALID_ARGUMENT.maskNotPng': 'A mask must be a PNG image.',
    'errors.INVALID_ARGUMENT.emptyPattern': 'The cloud file name pattern must not be empty.',
    'errors.INVALID_ARGUMENT.longPattern':
      'The cloud file name pattern is longer than {limit} characters.',
    'errors.INVALID_ARGUMENT.patternSlash':
      'The cloud file name pattern is a file name: it cannot contain / or \\.',
    'errors.INVALID_ARGUMENT.patternControl':
      'The cloud file name pattern contains control characters.',
    'errors.INVALID_ARGUMENT.patternPlaceholder':
      'The cloud file name pattern has an unknown placeholder {placeholder}; use {known}.',
    'errors.INVALID_ARGUMENT.patternFileName':
      '“{pattern}” is not usable as a file name; use {known}, or a plain name without spaces or characters like : * ? " < > |.',
    'errors.INVALID_ARGUMENT.wordCount': 'Give from 1 to {limit} words to add.',
    'errors.INVALID_ARGUMENT.emptyWord': 'A word is empty.',
    'errors.INVALID_ARGUMENT.longWord': '“{word}…” is longer than {limit} characters.',
    'errors.INVALID_ARGUMENT.wordControl': '“{word}” contains control characters.',
    'errors.INVALID_ARGUMENT.listWordCharacters':
      '“{word}” cannot be added: a word has no spaces, control characters, | or ;.',
    'errors.INVALID_ARGUMENT.listWordComment':
      '“{word}” cannot be added: a line starting with # is a comment.',
    'errors.INVALID_ARGUMENT.mergeSelf': '“{word}” cannot be merged into itself.',
    'errors.INVALID_ARGUMENT.mergeCycle': 'These merges go round in a circle: {words}.',
    'errors.INVALID_ARGUMENT.tooManyEdits': 'The folder can hold at most {limit} such entries.',
    'errors.UNPUBLISHED_LINK':
      'The link {link} would not work on the published site: it would be requested as {url}, where the site serves no such file. Nothing was written.',
    'errors.WRONG_IMAGE_TYPE':
      'The post links its cloud as {name}, which is not a {kind} file. Nothing was written.',
    'errors.CONFLICT': 'The file changed on disk.',
    'errors.CONFLICT.changed':
      '“{path}” changed on disk; nothing was written. Reload it and try again.',
    'errors.CONFLICT.deleted':
      '“{path}” was deleted or moved on disk since it was opened; nothing was written.',
    'errors.CONFLICT.created':
      '“{path}” already exists on disk; open it instead of overwriting it.',
    'errors.CONFLICT.cloudSettings':
      'The folder’s cloud settings “{path}” cannot be used. Fix or remove the file; nothing was changed.',
    'errors.EXISTS': 'That name is taken.',
    'errors.EXISTS.name': '“{path}” already exists; choose another name.',
    'errors.EXISTS.noFreeName': 'No free name like “{name}” is left; choose another name.',
    'errors.EXISTS.fileInTheWay':
      'A file is in the way of the folder “{path}”; nothing was written.',
    'errors.EXISTS.restoreTaken':
      '“{path}” exists again in the folder; rename or delete it, then restore.',
    'errors.EXISTS.cloudFolder': '“{path}” is a folder, so the cloud cannot be written there.',
    'errors.EXISTS.cloudTaken':
      '“{path}” already exists and was not written by Postcloud for this post; it was left untouched.',
    'errors.READ_ONLY': 'The file is read-only.',
    'errors.READ_ONLY.file': '“{path}” cannot be written: the disk is read-only.',
    'errors.READ_ONLY.cloudLink':
      '“{path}” is read-only, so its cloud link cannot be added; nothing was written.',
    'errors.BINARY_FILE': 'This is not a text file.',
    'errors.BINARY_FILE.historyVersion': 'This version of “{path}” is not text.',
    'errors.BAD_ENCODING': 'This file is not UTF-8 text.',
    'errors.BAD_ENCODING.template': 'The template “{name}” is not UTF-8 text.',
    'errors.BAD_ENCODING.historyVersion': 'This version of “{path}” is not UTF-8 text.',
    'errors.TOO_LARGE': 'Too large.',
    'errors.TOO_LARGE.template': 'The template “{name}” is too large.',
    'errors.TOO_LARGE.backup': 'The unsaved text of “{path}” is too large to back up.',
    'errors.TOO_LARGE.image': 'The image is larger than {limit} MB.',
    'errors.FRONT_MATTER': 'The front matter cannot be edited.',
    'errors.FRONT_MATTER.unreadable':
      'The front matter cannot be read, so it cannot be edited here. Fix it in the text.',
    'errors.FRONT_MATTER.flowMapping':
      'The front matter is written as one {…} mapping, which cannot be edited key by key. Edit it in the text.',
    'errors.FRONT_MATTER.keyForm':
      'The front matter key “{key}” is written in a form Postcloud cannot edit safely; edit it in the text.',
    'errors.FRONT_MATTER.wouldAlter':
      'Changing {keys} would alter other front matter values; edit the block in the text instead.',
    'errors.FRONT_MATTER.template':
      'The template’s front matter cannot be read, so no post was created from it.',
    'errors.PERMISSION': 'Permission denied.',
    'errors.PERMISSION.file': 'Permission denied for “{path}”.',
    'errors.PERMISSION.folder': 'The folder “{path}” cannot be opened: permission denied.',
    'errors.DISK_FULL': 'The disk is full.',
    'errors.DISK_FULL.file':
      '“{path}” cannot be written: the disk is full. The file on disk was left unchanged.',
    'errors.BUSY': 'The file is in use by another program.',
    'errors.BUSY.file': '“{path}” is in use by another program; close it there and try again.',
    'errors.IO_ERROR': 'The disk reported an error.',
    'errors.IO_ERROR.file':
      'The disk reported an error with “{path}”; check the disk or network share.',
    'errors.UNKNOWN_METHOD': 'Internal error.',
    'errors.INTERNAL': 'Something went wrong.',
    'errors.INTERNAL.file': 'Something went wrong with “{path}” ({detail}).',
    'errors.withDetail': '{sentence} {detail}'
  },
  'zh-CN': {
    'errors.NO_FOLDER': '尚未打开文件夹。',
    'errors.NOT_FOUND': '找不到。',
    'errors.NOT_FOUND.file': '找不到“{path}”，它可能已被移动或删除。',
    'errors.NOT_FOUND.folder': '文件夹“{path}”不存在。',
    'errors.NOT_FOUND.trashEntry': '这篇文章已不在回收站中。',
    'errors.NOT_FOUND.historyVersion': '“{path}”的本地历史中已没有这个版本。',
    'errors.NOT_FOUND.historyDamaged': '“{path}”的这个历史版本已损坏，无法恢复。',
    'errors.NOT_FOUND.template': '没有名为“{name}”的模板。',
    'errors.NOT_A_FOLDER': '这不是文件夹。',
    'errors.NOT_A_FOLDER.file': '“{path}”是文件，不是文件夹。',
    'errors.OUTSIDE_FOLDER': '已拒绝：该路径指向打开的文件夹之外。',
    'errors.OUTSIDE_FOLDER.cloudLink':
      '文章的词云链接“{link}”指向打开的文件夹之外。未写入任何内容。',
    'errors.OUTSIDE_FOLDER.otherFolder':
      '这篇文章是从另一个文件夹（{folder}）删除的。请打开那个文件夹再恢复。',
    'errors.INVALID_ARGUMENT': '无法完成此操作。',
    'errors.INVALID_ARGUMENT.isFolder': '“{path}”是文件夹，不是文件。',
    'errors.INVALID_ARGUMENT.notPost': '“{path}”不是 Markdown 文章（.md 或 .markdown）。',
    'errors.INVALID_ARGUMENT.nameTooLong': '名称“{path}”太长，文件系统无法保存。',
    'errors.INVALID_ARGUMENT.linkLoop': '“{path}”是一个绕回自身的符号链接。',
    'errors.INVALID_ARGUMENT.emptyFolderPath': '请输入要打开的文件夹的路径。',
    'errors.INVALID_ARGUMENT.trashInFolder':
      '应用的回收站位于打开的文件夹之内，删除的文章仍会留在其中。未删除任何内容。',
    'errors.INVALID_ARGUMENT.emptyName': '新名称为空。',
    'errors.INVALID_ARGUMENT.notBareName': '“{name}”不是单纯的文件名：不能包含 / 或 \\。',
    'errors.INVALID_ARGUMENT.hiddenName': '“{name}”以点开头：这样的文件是隐藏的，不会列为文章。',
    'errors.INVALID_ARGUMENT.reservedCharacter':
      '“{name}”包含 {character}，Windows 不允许名称中有这个字符。',
    'errors.INVALID_ARGUMENT.controlCharacter':
      '“{name}”包含控制字符，Windows 不允许名称中有控制字符。',
    'errors.INVALID_ARGUMENT.nameEdges': '“{name}”以空格开头或结尾，或以点结尾。',
    'errors.INVALID_ARGUMENT.notMarkdownName':
      '“{name}”必须以 .md 或 .markdown 结尾，才能仍是一篇文章。',
    'errors.INVALID_ARGUMENT.deviceName': '“{name}”在 Windows 上是设备名，不能用作文件名。',
    'errors.INVALID_ARGUMENT.nameBytes': '名称超过 {limit} 字节（一个汉字占 3 字节）。',
    'errors.INVALID_ARGUMENT.emptyTitle': '新文章需要标题。',
    'errors.INVALID_ARGUMENT.frontMatterKey': '“{key}”不能用作头信息的键。',
    'errors.INVALID_ARGUMENT.unreadableDate':
      '无法把“{value}”读作日期，jekyll build 遇到这样的日期会中止。请写成 {example} 这样的格式。',
    'errors.INVALID_ARGUMENT.imageType': '只能把 PNG、JPEG、GIF 和 WebP 图片放入文章。',
    'errors.INVALID_ARGUMENT.remoteCloudLink':
      '文章链接的是网络上的词云图片（{link}）；Postcloud 只写入文件夹中的文件。请把链接改为本地路径后再导出。',
    'errors.INVALID_ARGUMENT.cloudLinkScheme':
      '文章的词云链接 {link} 不是 Postcloud 能写入的文件。',
    'errors.INVALID_ARGUMENT.cloudLinkNotPath': '文章的词云链接“{link}”不是文件路径。',
    'errors.INVALID_ARGUMENT.maskNotPng': '遮罩必须是 PNG 图片。',
    'errors.INVALID_ARGUMENT.emptyPattern': '词云文件名模式不能为空。',
    'errors.INVALID_ARGUMENT.longPattern': '词云文件名模式超过了 {limit} 个字符。',
    'errors.INVALID_ARGUMENT.patternSlash': '词云文件名模式是一个文件名，不能包含 / 或 \\。',
    'errors.INVALID_ARGUMENT.patternControl': '词云文件名模式包含控制字符。',
    'errors.INVALID_ARGUMENT.patternPlaceholder':
      '词云文件名模式中的占位符 {placeholder} 无法识别；请使用 {known}。',
    'errors.INVALID_ARGUMENT.patternFileName':
      '“{pattern}”不能用作文件名；请使用 {known}，或不含空格和 : * ? " < > | 等字符的普通名称。',
    'errors.INVALID_ARGUMENT.wordCount': '一次可添加 1 到 {limit} 个词。',
    'errors.INVALID_ARGUMENT.emptyWord': '词不能为空。',
    'errors.INVALID_ARGUMENT.longWord': '“{word}…”超过了 {limit} 个字符。',
    'errors.INVALID_ARGUMENT.wordControl': '“{word}”包含控制字符。',
    'errors.INVALID_ARGUMENT.listWordCharacters':
      '无法添加“{word}”：词中不能有空格、控制字符、| 或 ;。',
    'errors.INVALID_ARGUMENT.listWordComment': '无法添加“{word}”：以 # 开头的行是注释。',
    'errors.INVALID_ARGUMENT.mergeSelf': '“{word}”不能合并到它自己。',
    'errors.INVALID_ARGUMENT.mergeCycle': '这些合并绕成了一个圈：{words}。',
    'errors.INVALID_ARGUMENT.tooManyEdits': '此文件夹最多只能保存 {limit} 条这样的设置。',
    'errors.UNPUBLISHED_LINK':
      '链接 {link} 在发布的网站上无法显示：网站会请求 {url}，但那里没有这个文件。未写入任何内容。',
    'errors.WRONG_IMAGE_TYPE': '文章的词云链接是 {name}，不是 {kind} 文件。未写入任何内容。',
    'errors.CONFLICT': '文件已在磁盘上被修改。',
    'errors.CONFLICT.changed': '“{path}” 在磁盘上已被修改，未写入任何内容。请重新载入后再试。',
    'errors.CONFLICT.deleted': '“{path}”在打开后已在磁盘上被删除或移动，未写入任何内容。',
    'errors.CONFLICT.created': '磁盘上已有“{path}”；请打开它，而不要覆盖它。',
    'errors.CONFLICT.cloudSettings':
      '此文件夹的词云设置“{path}”无法使用。请修正或删除该文件；未做任何更改。',
    'errors.EXISTS': '该名称已被占用。',
    'errors.EXISTS.name': '“{path}”已存在，请换一个名称。',
    'errors.EXISTS.noFreeName': '已找不到“{name}”这样的空闲名称，请换一个名称。',
    'errors.EXISTS.fileInTheWay': '有一个文件占住了文件夹“{path}”的位置，未写入任何内容。',
    'errors.EXISTS.restoreTaken': '文件夹中又有了“{path}”；请先重命名或删除它，再恢复。',
    'errors.EXISTS.cloudFolder': '“{path}”是文件夹，无法把词云写到那里。',
    'errors.EXISTS.cloudTaken': '“{path}”已存在，且不是 Postcloud 为这篇文章写入的；它保持原样。',
    'errors.READ_ONLY': '文件是只读的。',
    'errors.READ_ONLY.file': '无法写入“{path}”：磁盘是只读的。',
    'errors.READ_ONLY.cloudLink': '“{path}”是只读的，无法添加词云链接；未写入任何内容。',
    'errors.BINARY_FILE': '这不是文本文件。',
    'errors.BINARY_FILE.historyVersion': '“{path}”的这个历史版本不是文本。',
    'errors.BAD_ENCODING': '此文件不是 UTF-8 文本。',
    'errors.BAD_ENCODING.template': '模板“{name}”不是 UTF-8 文本。',
    'errors.BAD_ENCODING.historyVersion': '“{path}”的这个历史版本不是 UTF-8 文本。',
    'errors.TOO_LARGE': '太大了。',
    'errors.TOO_LARGE.template': '模板“{name}”太大。',
    'errors.TOO_LARGE.backup': '“{path}”未保存的文字太大，无法备份。',
    'errors.TOO_LARGE.image': '图片超过了 {limit} MB。',
    'errors.FRONT_MATTER': '无法编辑头信息。',
    'errors.FRONT_MATTER.unreadable': '头信息无法解析，因此不能在这里编辑。请在正文中修正。',
    'errors.FRONT_MATTER.flowMapping': '头信息写成了一个 {…} 映射，无法逐项编辑。请在正文中编辑。',
    'errors.FRONT_MATTER.keyForm':
      '头信息中“{key}”的写法 Postcloud 无法安全地编辑；请在正文中编辑。',
    'errors.FRONT_MATTER.wouldAlter': '修改 {keys} 会改动头信息中的其他值；请改为在正文中编辑。',
    'errors.FRONT_MATTER.template': '模板的头信息无法解析，因此没有用它创建文章。',
    'errors.PERMISSION': '权限不足。',
    'errors.PERMISSION.file': '没有权限访问“{path}”。',
    'errors.PERMISSION.folder': '没有权限打开文件夹“{path}”。',
    'errors.DISK_FULL': '磁盘已满。',
    'errors.DISK_FULL.file': '无法写入“{path}”：磁盘已满。磁盘上的文件保持不变。',
    'errors.BUSY': '文件正被其他程序占用。',
    'errors.BUSY.file': '“{path}”正被其他程序占用；请在那里关闭它后再试。',
    'errors.IO_ERROR': '磁盘读写出错。',
    'errors.IO_ERROR.file': '读写“{path}”时磁盘出错；请检查磁盘或网络共享。',
    'errors.UNKNOWN_METHOD': '内部错误。',
    'errors.INTERNAL': '出错了。',
    'errors.INTERNAL.file': '处理“{path}”时出错（{detail}）。',
    'errors.withDetail': '{sentence}'
  }
})
