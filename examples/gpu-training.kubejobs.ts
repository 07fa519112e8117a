import { job } from "kubejobs";

// Fine-tunes the ranking model on one GPU node; checkpoints go to a persistent volume so a
// retried pod resumes instead of starting over.
export default job({
  name: "train-ranker-v7",
  namespace: "ml",
  labels: { "acme.dev/experiment": "ranker-v7" },
  podAnnotations: { "cluster-autoscaler.kubernetes.io/safe-to-evict": "false" },
  containers: {
    trainer: {
      image: "nvcr.io/acme/ranker-train:7.0.3",
      command: ["torchrun", "--nproc_per_node=1", "train.py"],
      args: ["--epochs", "12", "--checkpoint-dir", "/checkpoints", "--data", "/data"],
      env: {
        NCCL_DEBUG: "WARN",
        WANDB_API_KEY: "secret://wandb/api-key",
        GPU_MEMORY_LIMIT: { resource: "limits.memory", divisor: "1Mi" },
      },
      resources: { cpu: "8", memory: "48Gi-64Gi", "nvidia.com/gpu": 1, ephemeralStorage: "20Gi" },
      dirs: {
        "/checkpoints": "pvc://ranker-checkpoints",
        "/data": "pvc://ranker-dataset:ro",
        // PyTorch data loaders share tensors through /dev/shm; the default 64 MiB is far too small.
        "/dev/shm": "emptydir://memory",
      },
    },
  },
  nodeSelector: { "nvidia.com/gpu.product": "NVIDIA-A100-SXM4-80GB" },
  tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
  priorityClassName: "batch-high",
  restartPolicy: "OnFailure",
  backoffLimit: 3,
  activeDeadlineSeconds: 172800,
  cleanupAfterSeconds: 259200,
});
