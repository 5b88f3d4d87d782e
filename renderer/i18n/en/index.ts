import { common } from './common';
import { frame } from './frame';
import { recovery } from './recovery';
import { sections } from './sections';
import { settings } from './settings';
import { validation } from './validation';
import { platform } from './platform';
import { vendors } from './vendors';
import { dependencies } from './dependencies';
import { importer } from './importer';
import { reference } from './reference';
import { concentration } from './concentration';
import { exposure } from './exposure';
import { search } from './search';
import { sbom } from './sbom';
import { licences } from './licences';
import { risks } from './risks';
import { assessments } from './assessments';
import { reports } from './reports';
import { boardReport } from './boardReport';
import { checklists } from './checklists';
import { questionnaire } from './questionnaire';
import { assessmentLists } from './assessmentLists';
import { workspaceFile } from './workspaceFile';
import { workspaceMerge } from './workspaceMerge';
import { dataExports } from './dataExports';
import { xlsx } from './xlsx';
import { reviews } from './reviews';
import { calendar } from './calendar';
import { declarations } from './declarations';
import { standards } from './standards';
import { activity } from './activity';
import { decisions } from './decisions';
import { decisionComparison } from './decisionComparison';

export const en = {
  common,
  frame,
  recovery,
  sections,
  settings,
  validation,
  platform,
  vendors,
  dependencies,
  importer,
  reference,
  concentration,
  exposure,
  search,
  sbom,
  licences,
  risks,
  assessments,
  reports,
  boardReport,
  checklists,
  questionnaire,
  assessmentLists,
  workspaceFile,
  workspaceMerge,
  dataExports,
  xlsx,
  reviews,
  calendar,
  declarations,
  standards,
  activity,
  decisions,
  decisionComparison,
} as const;
