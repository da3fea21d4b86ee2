import type { OpenDoc } from './types'

/**
 * The open posts' docs by id. Never changed in place: every change makes a new map, so a snapshot
 * handed to React stays what it was.
 */
export type DocMap = ReadonlyMap<string, OpenDoc>

export function withDoc(docs: DocMap, doc: OpenDoc): DocMap {
  return new Map(docs).set(doc.id, doc)
}

export function withoutDoc(docs: DocMap, id: string): DocMap {
  if (!docs.has(id)) return docs
  const next = new Map(docs)
  next.delete(id)
  return next
}

/** Some fields of one doc changed; the same map when the post is not open. */
export function patchedDoc(docs: DocMap, id: string, change: Partial<OpenDoc>): DocMap {
  const doc = docs.get(id)
  return doc ? withDoc(docs, { ...doc, ...change }) : docs
}

/** The doc of `oldId` under `newId`; the same map when `oldId` is not open. */
export function renamedDoc(docs: DocMap, oldId: string, newId: string): DocMap {
  const doc = docs.get(oldId)
  return doc ? withDoc(withoutDoc(docs, oldId), { ...doc, id: newId }) : docs
}
