// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default async () => {
  await Promise.resolve();
  throw new Error("lookup failed");
};
