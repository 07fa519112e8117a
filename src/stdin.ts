import { decodeText, MAX_INPUT_BYTES, ReadFailureError, tooLarge } from "./load/read-file.js";

/**
 * Reads all of standard input (for the `-` argument) and checks it as files are checked
 * (load/read-file.ts `decodeText`): UTF-8 without NUL bytes, a BOM dropped, at most 10 MiB.
 * Bytes that are not text reject with a `ReadFailureError`, which the loader reports as
 * `io/binary` or `io/too-large` on `<stdin>`; decoding them as a string first would have hidden
 * invalid UTF-8 behind U+FFFD.
 */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const bytes = chunk as Buffer;
    chunks.push(bytes);
    total += bytes.length;
    // One byte over the limit is enough to refuse it: stop reading (`cat /dev/zero | ...` ends too).
    if (total > MAX_INPUT_BYTES) throw new ReadFailureError(tooLarge(total, MAX_INPUT_BYTES, { stoppedAt: true }));
  }
  const outcome = decodeText(Buffer.concat(chunks));
  if ("failure" in outcome) throw new ReadFailureError(outcome.failure);
  return outcome.text;
}
