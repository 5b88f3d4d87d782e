import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Decision } from '@shared/domain';
import { paths } from '@renderer/paths';

/** An approved decision is not edited: its page offers to reopen it as a new revision. */
export const DecisionLocked = ({ decision }: { decision: Decision }) => {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('decisions.locked.title')}>
      {t('decisions.locked.body')}{' '}
      <Anchor component={Link} to={paths.decisions.view(decision.id)}>
        {t('decisions.locked.open')}
      </Anchor>
    </Alert>
  );
};
