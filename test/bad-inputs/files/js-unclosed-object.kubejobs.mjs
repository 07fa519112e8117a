export default {
  kind: "Job",
  name: "unclosed",
