import { answerRegister, assessmentRegister } from './assessment-registers';
import { registerContext, type RegisterContext, type RegistersInput } from './context';
import { decisionRegister } from './decision-register';
import { dependencyRegister } from './dependency-register';
import { licenceRegister } from './licence-register';
import { registerNames, type RegisterName } from './labels';
import type { RegisterTable } from './register-table';
import { actionRegister, riskRegister } from './risk-registers';
import { vendorRegister } from './vendor-register';

const registers: Record<RegisterName, (context: RegisterContext) => RegisterTable> = {
  vendors: vendorRegister,
  dependencies: dependencyRegister,
  licences: licenceRegister,
  risks: riskRegister,
  actions: actionRegister,
  assessments: assessmentRegister,
  answers: answerRegister,
  decisions: decisionRegister,
};

/** One register as a table of cells, names resolved and figures computed; text not yet neutralised. */
export const registerTable = (register: RegisterName, input: RegistersInput): RegisterTable =>
  registers[register](registerContext(input));

/** Every register, in the order of the workbook's sheets, sharing one set of look-ups. */
export const registerTables = (input: RegistersInput): RegisterTable[] => {
  const context = registerContext(input);
  return registerNames.map((register) => registers[register](context));
};
