import { Refusal } from '@shared/messages/refusal';

/** The refusal a command ended with; fails the test when it wrote instead, or threw anything else. */
export const refusalOf = async (promise: Promise<unknown>): Promise<Refusal> => {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Refusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
};
