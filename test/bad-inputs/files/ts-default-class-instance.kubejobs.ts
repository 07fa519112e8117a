// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
class Template {
  kind = "Job";
  name = "instance";
  containers = { main: { image: "busybox" } };
}
export default new Template();
