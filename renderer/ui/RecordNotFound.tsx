import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

interface RecordNotFoundProps {
  title: string;
  description: string;
  back: { label: string; to: string };
}

/** A link to a record that is not (or no longer) in the workspace, e.g. after it was deleted. */
export const RecordNotFound = ({ title, description, back }: RecordNotFoundProps) => (
  <>
    <PageTitle>{title}</PageTitle>
    <EmptyState description={description}>
      <EmptyState.Actions>
        <Button component={Link} to={back.to}>
          {back.label}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  </>
);
