import { ExistingFileDialog } from './ExistingFileDialog'
import type { PendingExport } from './pending-export'
import { UnpublishedLinkDialog } from './UnpublishedLinkDialog'
import type { CloudExport } from './useCloudExport'
import { WrongImageTypeDialog } from './WrongImageTypeDialog'

interface Props {
  pending: PendingExport
  exporter: Pick<CloudExport, 'resolveExisting' | 'resolveLink' | 'resolveType'>
}

/** The dialog for the question an export stopped at; the answer goes back to the exporter. */
export function PendingExportDialog({ pending, exporter }: Props): React.JSX.Element {
  switch (pending.kind) {
    case 'exists':
      return (
        <ExistingFileDialog
          path={pending.path}
          onChoose={(choice) => void exporter.resolveExisting(choice)}
        />
      )
    case 'unpublished':
      return (
        <UnpublishedLinkDialog
          link={pending.link}
          url={pending.url}
          rule={pending.rule}
          onChoose={(choice) => void exporter.resolveLink(choice)}
        />
      )
    case 'wrong-type':
      return (
        <WrongImageTypeDialog
          name={pending.name}
          onChoose={(choice) => void exporter.resolveType(choice)}
        />
      )
  }
}
