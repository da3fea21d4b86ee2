import { embeddingRows } from './embedding-rows'
import { markupRows } from './markup-rows'
import type { PayloadRow } from './payload-row'

/**
 * Preview rows (row N is docs/BAD-INPUTS.md#bi-preview-N) whose payloads must simply render inert:
 * nothing runs, loads, embeds, submits, covers the window or navigates. Links (rows 5–8), files
 * (17, 18), titles (15), paste (22), remote images (23) and denial of service (24) have modules of
 * their own.
 */
export const renderRows: PayloadRow[] = [...embeddingRows, ...markupRows]
