// Container resources: quantities, and the shorthand or full requests/limits forms.
/**
 * A Kubernetes quantity: `250m`, `1`, `1.5`, `512Mi`, `2Gi`.
 * @title quantity
 */
export type Quantity = string | number;

/** Requests and limits, as in Kubernetes. */
export interface FullResources {
  /** What the scheduler reserves: resource name → quantity. */
  requests?: Record<string, Quantity>;
  /** The most the container may use: resource name → quantity. */
  limits?: Record<string, Quantity>;
}

/**
 * Resources: `{ cpu: "500m" }` sets requests = limits; `{ cpu: "250m-1" }` sets request 250m and
 * limit 1; or the full `{ requests, limits }` form.
 * @title resources
 */
export type Resources = FullResources | Record<string, Quantity>;
