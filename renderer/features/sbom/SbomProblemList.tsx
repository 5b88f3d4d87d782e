import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SbomProblem } from '@shared/sbom';

/** Problems (or warnings) found in an SBOM file, each with the JSON path of the value at fault. */
export const SbomProblemList = ({ problems }: { problems: readonly SbomProblem[] }) => {
  const { t } = useTranslation();
  return (
    <List spacing={4}>
      {problems.map((problem, index) => (
        <List.Item key={index}>
          <Text span>{t(problem.messageKey as never, problem.params)}</Text>
          {problem.path && (
            <Text span c="dimmed">
              {` (${t('sbom.preview.at', { path: problem.path })})`}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
};
