/** A post moved to the app's own trash (web host and CLI; Electron uses the system trash). */
export interface TrashEntry {
  /** Opaque id of the entry inside the trash. */
  entry: string
  /** The post's id in its folder when it was deleted. */
  id: string
  /** Absolute path of the folder the post was deleted from. */
  folder: string
  /** ISO time of the deletion. */
  deletedAt: string
}

export interface DeletedPost {
  id: string
  /** The app trash entry that can restore it; null when it went to the system trash. */
  trashEntry: string | null
}
