// A valid template that writes debugging output to stdout three ways. stdout is piped to
// `kubectl apply -f -`, so all three must reach stderr and stdout must hold only the manifest.
process.stdout.write("debug: process.stdout.write\n");
globalThis.console.log("debug: globalThis.console.log");

export default async () => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  globalThis.console.info("debug: globalThis.console.info in the default function");
  return { kind: "Job", name: "writes-stdout", containers: { main: { image: "busybox" } } };
};
