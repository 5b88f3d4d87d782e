import { Button, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseChecklistFile } from '@shared/checklists/checklist-file';
import { importChecklists } from '../../data/checklist-commands';
import { platform } from '../../platform';
import { useChecklistError } from './useChecklistError';
import { useDescribeFileProblem } from './useDescribeFileProblem';

/** A checklists file is small; anything bigger is not one. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface Rejection {
  title: string;
  intro?: string;
  lines: string[];
}

const readText = (data: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
};

/** Imports checklist templates from a JSON file: all of them, or (with the reasons shown) none. */
export const ImportChecklistsButton = () => {
  const { t } = useTranslation();
  const describeProblem = useDescribeFileProblem();
  const describeError = useChecklistError();
  const [rejection, setRejection] = useState<Rejection>();

  const choose = async (): Promise<void> => {
    const opened = await platform.openFile({
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: MAX_FILE_BYTES,
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
    const text = readText(data);
    const parsed = text === undefined ? undefined : parseChecklistFile(text);
    if (!parsed?.ok) {
      setRejection({
        title: t('checklists.importFile.problemsTitle'),
        intro: t('checklists.importFile.problemsIntro', { fileName }),
        lines: parsed ? parsed.problems.map(describeProblem) : [t('checklists.importFile.notText')],
      });
      return;
    }
    try {
      const summary = await importChecklists(parsed.checklists);
      notifications.show({
        color: 'green',
        message: t('checklists.importFile.done', { added: summary.added, replaced: summary.replaced }),
      });
    } catch (error) {
      setRejection({ title: t('checklists.importFile.refusedTitle'), lines: [describeError(error)] });
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => void choose()}>
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
          <Button variant="default" onClick={() => setRejection(undefined)} style={{ alignSelf: 'flex-end' }}>
            {t('checklists.importFile.close')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
};
