// The error a promise rejects with; a promise that resolves fails the test instead.
import { expect } from 'chai';

export async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(Error);
    return err as Error;
  }
  throw new Error('expected a rejection, the promise resolved');
}
