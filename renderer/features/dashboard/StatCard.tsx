import { Anchor, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface StatCardProps {
  title: string;
  value: string;
  /** Where the figure comes from, in a sentence under it. */
  children?: ReactNode;
  to?: string;
}

/** One key figure: a title, the figure, and what it means. */
export const StatCard = ({ title, value, children, to }: StatCardProps) => (
  <Paper withBorder p="md" component="section" aria-label={title}>
    <Text size="sm" c="dimmed" fw={500}>
      {title}
    </Text>
    <Text fz={28} fw={700}>
      {to ? (
        <Anchor component={Link} to={to} inherit>
          {value}
        </Anchor>
      ) : (
        value
      )}
    </Text>
    {children}
  </Paper>
);
