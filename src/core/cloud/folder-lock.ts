import { queueWrite } from '../library/write-queue'

/**
 * Runs `task` alone among everything that reads, changes and writes back the folder's shared
 * cloud files (`.postcloud/cloud.json`, `clouds.json`, the word lists, masks): exports, settings
 * updates and the clouds that follow a renamed or deleted post. Without it, two changes made at
 * once would each write back what they read and one would be lost. Saves of posts queue per file
 * (never under this key), so a task here may save a post without waiting on itself.
 */
export function withCloudFiles<T>(folder: string, task: () => Promise<T>): Promise<T> {
  return queueWrite(`${folder}\0.postcloud/`, task)
}
