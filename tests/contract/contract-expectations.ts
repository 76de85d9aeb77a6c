/** Assertion helpers shared by the contract sections. */
import { InvalidArgumentError } from '../../server/errors/api-errors';

/** The call rejects with an InvalidArgumentError naming `argument` (and matching `message` when given). */
export async function expectInvalidArgument(call: Promise<unknown>, argument: string, message?: RegExp): Promise<void> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect((error as InvalidArgumentError).argument).toBe(argument);
  expect((error as Error).message.startsWith(`${argument}: `)).toBe(true);
  if (message) expect((error as Error).message).toMatch(message);
}
