import { Alert, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceFileProblem } from '@shared/workspace/workspace-file';

/** Why a file was refused (a backup, or a colleague's workspace to merge): each problem with where it is. */
export const RestoreProblemList = ({
  title,
  problems,
}: {
  title: string;
  problems: readonly WorkspaceFileProblem[];
}) => {
  const { t } = useTranslation();
  const where = (problem: WorkspaceFileProblem): string =>
    [
      problem.table
        ? t(`workspaceFile.tables.${problem.table}`)
        : problem.setting
          ? t('workspaceFile.restore.settingsGroup', {
              group: t(`workspaceFile.settings.${problem.setting}`),
            })
          : t('workspaceFile.restore.wholeFile'),
      problem.record !== undefined && t('workspaceFile.restore.record', { number: problem.record }),
      problem.id,
      problem.field !== undefined && t('workspaceFile.restore.field', { field: problem.field }),
    ]
      .filter(Boolean)
      .join(' · ');
  const message = (problem: WorkspaceFileProblem): string => {
    const table = problem.params?.table;
    const params = {
      ...problem.params,
      ...(typeof table === 'string' && { table: t(`workspaceFile.tables.${table}` as never) }),
    };
    return t(problem.message as never, params);
  };
  return (
    <Alert color="red" title={title}>
      <Table aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workspaceFile.restore.location')}</Table.Th>
            <Table.Th>{t('workspaceFile.restore.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={index}>
              <Table.Td>{where(problem)}</Table.Td>
              <Table.Td>{message(problem)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
};
