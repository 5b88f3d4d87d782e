import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './boardReport.module.css';

/** A figure linked to the screen it comes from, in the preview; plain text on paper. */
export const SourceLink = ({
  source,
  print,
  children,
}: {
  source?: string;
  print: boolean;
  children: ReactNode;
}) =>
  source && !print ? (
    <Link to={source} className={classes.link}>
      {children}
    </Link>
  ) : (
    <>{children}</>
  );
