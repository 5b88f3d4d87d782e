import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './DialogActions.module.css';

/**
 * The buttons that end a dialog (Cancel, Merge, Delete…), last in its body: they stick to the bottom of
 * the window when the dialog's content is taller than it, so they are never scrolled or clipped out of
 * reach at 1280 × 800.
 */
export const DialogActions = ({ children }: { children: ReactNode }) => (
  <Group justify="flex-end" className={classes.actions}>
    {children}
  </Group>
);
