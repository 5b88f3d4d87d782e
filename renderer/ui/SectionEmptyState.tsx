import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';

interface SectionEmptyStateProps {
  title: string;
  description: string;
  action?: { label: string; to: string };
}

/** What an empty section shows: what belongs here and, when there is one, the first thing to do. */
export const SectionEmptyState = ({ title, description, action }: SectionEmptyStateProps) => (
  <EmptyState title={title} description={description} maw={640} mx="auto" mt="xl" withIndicatorBackground>
    {action && (
      <EmptyState.Actions>
        <Button component={Link} to={action.to}>
          {action.label}
        </Button>
      </EmptyState.Actions>
    )}
  </EmptyState>
);
