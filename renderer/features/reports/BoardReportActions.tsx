import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../data/errors';
import { recordReport } from '../../data/reports';
import { platform } from '../../platform';
import { localToday } from '../vendors/dates';
import { buildReportDocx } from './docx/buildReportDocx';
import { boardReportPrintPath } from './BoardReportPrintPage';
import { reportFileName } from './reportFileName';
import type { BoardReportView } from './useBoardReport';

/** Export the board report as PDF (through the print page) or as an editable Word file; both registered. */
export const BoardReportActions = ({ view }: { view: BoardReportView | undefined }) => {
  const { t } = useTranslation();
  const [building, setBuilding] = useState(false);

  const exportWord = async () => {
    if (!view) return;
    setBuilding(true);
    try {
      const data = new Uint8Array(await buildReportDocx(view.blocks, view.frame));
      const saved = await platform.saveFile({
        suggestedName: reportFileName(view.frame.title, localToday(), 'docx'),
        data,
        filters: [{ name: 'Word', extensions: ['docx'] }],
      });
      if (!saved.ok) throw new Error(saved.error);
      if (saved.value.status === 'saved') {
        await recordReport({
          kind: 'board-docx',
          title: view.frame.title,
          fileName: saved.value.fileName,
          data,
        });
        notifications.show({
          color: 'green',
          message: t('reports.board.saved', { name: saved.value.fileName }),
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('reports.board.failed', { message: describeError(error) }),
      });
    } finally {
      setBuilding(false);
    }
  };

  return (
    <Group>
      <Button component={Link} to={`${boardReportPrintPath}?export=pdf`} disabled={!view}>
        {t('reports.board.exportPdf')}
      </Button>
      <Button variant="light" onClick={() => void exportWord()} loading={building} disabled={!view}>
        {t('reports.board.exportWord')}
      </Button>
      <Button variant="subtle" component={Link} to={boardReportPrintPath} disabled={!view}>
        {t('reports.board.printView')}
      </Button>
    </Group>
  );
};
