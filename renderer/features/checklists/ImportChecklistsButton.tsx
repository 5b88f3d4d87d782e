import { Button, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_FILE_MAX_BYTES } from '@shared/checklists/checklist-file';
import { importChecklists } from '@renderer/data/checklist-commands';
import { useFileTask } from '@renderer/files/useFileTask';
import { platform } from '@renderer/platform';
import { FileTaskStatusLine } from '@renderer/ui/FileTaskStatusLine';
import { DialogActions } from '@renderer/ui/DialogActions';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useDescribeFileProblem } from './useDescribeFileProblem';

interface Rejection {
  title: string;
  intro?: string;
  lines: string[];
}

/**
 * Imports checklist templates from a JSON file, read in the file worker: all of them, or (with the reasons
 * shown) none. A file the worker could not read is rejected with that reason.
 */
export const ImportChecklistsButton = () => {
  const { t } = useTranslation();
  const describeProblem = useDescribeFileProblem();
  const errorMessage = useErrorMessage();
  const task = useFileTask();
  const [opening, setOpening] = useState(false);
  const [rejection, setRejection] = useState<Rejection>();

  const importFile = async (): Promise<void> => {
    const opened = await platform.openFile({
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: CHECKLIST_FILE_MAX_BYTES,
    });
    if (!opened.ok) {
      notifications.show({
        color: 'red',
        message: t('checklists.importFile.failed', { reason: opened.error }),
      });
      return;
    }
    if (opened.value.status === 'cancelled') return;
    const { fileName, data } = opened.value;
    const read = await task.read('checklists', { name: fileName, bytes: data }, undefined);
    if (!read.ok && read.failure === 'cancelled') return;
    const refuse = (lines: string[]): void =>
      setRejection({
        title: t('checklists.importFile.problemsTitle'),
        intro: t('checklists.importFile.problemsIntro', { fileName }),
        lines,
      });
    if (!read.ok) return refuse([t(`common.fileTask.${read.failure}`)]);
    if (!read.value.ok) return refuse(read.value.problems.map(describeProblem));
    const summary = await importChecklists(read.value.checklists);
    notifications.show({
      color: 'green',
      message: t('checklists.importFile.done', { added: summary.added, replaced: summary.replaced }),
    });
  };

  const choose = async (): Promise<void> => {
    setOpening(true);
    try {
      await importFile();
    } catch (error) {
      setRejection({ title: t('checklists.importFile.refusedTitle'), lines: [errorMessage(error)] });
    } finally {
      setOpening(false);
    }
  };

  return (
    <>
      <FileTaskStatusLine status={task.status} onCancel={task.cancel} />
      <Button variant="default" loading={opening} onClick={() => void choose()}>
        {t('checklists.list.import')}
      </Button>
      <Modal opened={!!rejection} onClose={() => setRejection(undefined)} title={rejection?.title} size="lg">
        <Stack>
          {rejection?.intro && <Text>{rejection.intro}</Text>}
          <List spacing={4}>
            {rejection?.lines.map((line, index) => (
              <List.Item key={index}>{line}</List.Item>
            ))}
          </List>
          <DialogActions>
            <Button variant="default" onClick={() => setRejection(undefined)}>
              {t('checklists.importFile.close')}
            </Button>
          </DialogActions>
        </Stack>
      </Modal>
    </>
  );
};
