import type { ReportVerdict } from '@shared/report/blocks/report-blocks';
import classes from './boardReport.module.css';
import { SourceLink } from './SourceLink';
import { verdictColours } from '@shared/report/blocks/verdict-tones';

/** The verdicts as a list, each behind a tag in the colour of its tone and with its word ("High"). */
export const ReportVerdicts = ({ verdicts, print }: { verdicts: ReportVerdict[]; print: boolean }) => (
  <ul className={classes.verdicts}>
    {verdicts.map((verdict) => {
      const { fill, ink } = verdictColours[verdict.tone];
      return (
        <li key={verdict.text} data-tone={verdict.tone}>
          <span className={classes.verdictTag} style={{ background: `#${fill}`, color: `#${ink}` }}>
            {verdict.label}
          </span>
          <span>
            <SourceLink source={verdict.source} print={print}>
              {verdict.text}
            </SourceLink>
          </span>
        </li>
      );
    })}
  </ul>
);
