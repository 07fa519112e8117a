// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default class Job {
  kind = "Job";
  name = "a-class";
}
